"""The Vietnamese language layer, the bottom floor: NFC, tone-mark placement and accent folding (``text``),
syllables and stopwords (``syllables``), ordinals, figures and years (``numbers``), dates (``dates``),
document types and abbreviations (``doctypes``), directive references such as "21-KL/TW" or "KL 21"
(``refs``) and sentence boundaries (``sentences``). Pure functions over strings; it imports nothing else."""

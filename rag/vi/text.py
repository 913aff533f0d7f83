"""Vietnamese text normalisation: NFC, tone-mark placement and accent folding."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # sắc huyền hỏi ngã nặng
# Open syllables where the two placements coexist: "hoá"/"hóa", "khoẻ"/"khỏe", "uỷ"/"ủy".
_GLIDE_PAIRS = (("o", "a"), ("o", "e"), ("u", "y"))
_WORD_CHAR = r"[^\W\d_]"


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC (the storage form)."""
    return unicodedata.normalize("NFC", text)


@lru_cache(maxsize=1)
def _tone_table() -> tuple[re.Pattern[str], dict[str, str]]:
    mapping: dict[str, str] = {}
    for first, second in _GLIDE_PAIRS:
        for mark in _TONE_MARKS:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                new_style = f + nfc(s + mark)  # mark on the second vowel: "oá", "uỷ"
                old_style = nfc(f + mark) + s  # mark on the first vowel: "óa", "ủy"
                mapping[new_style] = old_style
    keys = "|".join(sorted(map(re.escape, mapping), key=len, reverse=True))
    # Only at the end of a syllable (no final consonant) and not after "q" ("quý" stays).
    pattern = re.compile(rf"(?<![qQ])({keys})(?!{_WORD_CHAR})")
    return pattern, mapping


def unify_tones(text: str) -> str:
    """Put tone marks in one placement so that "hoá" and "hóa", "uỷ" and "ủy" compare equal."""
    pattern, mapping = _tone_table()
    return pattern.sub(lambda m: mapping[m.group(1)], nfc(text))


def fold(text: str) -> str:
    """Accent-fold and lowercase: "Kết luận Đảng" -> "ket luan dang"."""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return stripped.replace("đ", "d").replace("Đ", "D").lower()


def index_form(text: str) -> str:
    """The lowercase, tone-unified form used for matching (keeps diacritics)."""
    return unify_tones(text).lower()


def has_diacritics(text: str) -> bool:
    """True when ``text`` carries any Vietnamese mark (so it is not typed without accents)."""
    return fold(text) != text.lower()

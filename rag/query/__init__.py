"""Understanding a question and finding its passages: what it asks for (``analysis``), follow-ups
resolved from earlier turns (``followup``), and hybrid retrieval that fuses dense, BM25, reference and
list-ordinal rankings over one snapshot of the index (``retrieval``)."""

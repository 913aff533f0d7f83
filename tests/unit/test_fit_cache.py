"""The fit's reading cache starts afresh when the code that reads questions or retrieves changes."""

from __future__ import annotations

from eval.answer_fit import retrieval_source_digest


def test_the_digest_follows_retrieval_code_not_the_answer_stage(tmp_path):
    (tmp_path / "query").mkdir()
    (tmp_path / "answer").mkdir()
    (tmp_path / "query" / "followup.py").write_text("SHORTHAND = {}\n")
    (tmp_path / "answer" / "features.py").write_text("FEATURES = ()\n")
    first = retrieval_source_digest(tmp_path)
    (tmp_path / "answer" / "features.py").write_text("FEATURES = ('many',)\n")
    assert retrieval_source_digest(tmp_path) == first  # a feature change keeps the cached passages
    (tmp_path / "query" / "followup.py").write_text("SHORTHAND = {'BT': 'Bí thư'}\n")
    assert retrieval_source_digest(tmp_path) != first  # a changed question reading does not

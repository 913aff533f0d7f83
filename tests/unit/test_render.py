"""How answers look in the chat: markers kept, sources listed, quotes highlighted, corpus text escaped."""

from __future__ import annotations

from rag.documents import Answer, Citation
from ui.render import REFUSAL_TITLE, escape, highlight, history_turns, message_text, render_answer

PASSAGE = "Hội nghị diễn ra sáng 15/1. Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương."
QUOTE = "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương."


def _citation(**kw) -> Citation:
    base = dict(n=1, doc_id="quang-ninh", title="Quảng Ninh: Hội nghị", source="Báo Quảng Ninh", chunk_id="c1",
                text=PASSAGE, score=0.9, quote=QUOTE)
    return Citation(**{**base, **kw})


def test_answer_keeps_markers_and_lists_sources_with_the_quote_marked():
    md = render_answer(Answer("25/10/2021 [1]\n“Kết luận số 21-KL/TW …” [1]", True, [_citation()]))
    head, sources = md.split("**Nguồn**")
    assert "25/10/2021 [1]" in head and "[1]" in head
    assert "**[1] Quảng Ninh: Hội nghị** — Báo Quảng Ninh" in sources
    assert f"<mark>{escape(QUOTE)}</mark>" in sources and escape("Hội nghị diễn ra sáng 15/1. ") in sources


def test_refusal_has_its_own_look_and_no_sources():
    md = render_answer(Answer("Không tìm thấy thông tin này trong kho tài liệu.", False, []))
    assert md.startswith(REFUSAL_TITLE) and "Nguồn" not in md


def test_corpus_text_cannot_inject_markup():
    c = _citation(text="<script>alert(1)</script> **đậm** [link](http://x)", quote="")
    md = render_answer(Answer("x [1]", True, [c]))
    assert "<script>" not in md and "\\<script\\>" in md and "\\*\\*đậm\\*\\*" in md and "\\[link\\]" in md


def test_highlight_without_a_quote_is_plain_text():
    assert highlight("a *b*", "") == "a \\*b\\*" and highlight("abc", "zzz") == "abc"


def test_history_turns_drop_the_sources_block():
    answer = render_answer(Answer("25/10/2021 [1]", True, [_citation()]))
    turns = history_turns([{"role": "user", "content": "KL 21 ban hành ngày nào?"},
                           {"role": "assistant", "content": answer},
                           {"role": "assistant", "content": [{"type": "text", "text": "phần 2"}]},
                           {"role": "system", "content": "bỏ qua"}])
    assert turns == [{"role": "user", "content": "KL 21 ban hành ngày nào?"},
                     {"role": "assistant", "content": "25/10/2021 [1]"},
                     {"role": "assistant", "content": "phần 2"}]
    assert message_text(None) == ""

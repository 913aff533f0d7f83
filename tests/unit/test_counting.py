"""A question counting kinds is answered by the statute list naming them, with how many items it has."""

from __future__ import annotations

import pytest

from rag.answer.candidates import candidates
from rag.answer.counting import count_lead, counted_kind, counts_list
from rag.documents import Chunk, Passage


@pytest.mark.parametrize("question, counted", [
    ("Có bao nhiêu hệ thống thông tin quan trọng về an ninh quốc gia?",
     "he thong thong tin quan trong ve an ninh quoc gia"),
    ("Viên chức có mấy hình thức kỷ luật?", "hinh thuc ky luat"),
    ("Có bao nhiêu trình độ giáo dục nghề nghiệp được đào tạo?", "trinh do giao duc nghe nghiep"),  # "độ" is no "do"
    ("Gồm mấy bước?", "buoc"),
    # a figure of a measure is stated by the text, not counted from a list
    ("Thời hạn thẩm định là bao nhiêu ngày?", ""),
    ("Cao Bằng kết nạp bao nhiêu đảng viên mới?", ""),
    ("Mấy giờ khai mạc?", ""),
    ("Tỷ lệ là bao nhiêu phần trăm?", ""),
    ("Kết luận 21 ban hành ngày nào?", ""),
])
def test_what_a_question_counts(question, counted):
    assert counted_kind(question) == counted


def _passage(text: str, article: str = "10") -> Passage:
    chunk = Chunk(chunk_id="c", doc_id="luat-x-dieu-10", title="Luật X – Điều 10. Hệ thống", text=text,
                  index_text=text, position=0, source="s", article=article)
    return Passage(chunk, 1.0)


LIST = ("2. Hệ thống thông tin quan trọng về an ninh quốc gia bao gồm:\na) Hệ thống thông tin quân sự;\n"
        "b) Hệ thống thông tin lưu trữ bí mật nhà nước;\nc) Hệ thống thông tin phục vụ bảo quản hiện vật.")


def test_a_statute_list_naming_what_is_counted_counts_its_items():
    passages = [_passage(LIST)]
    listed = [c for c in candidates(passages) if c.items]
    assert len(listed) == 1 and counts_list(passages, listed[0], counted_kind(
        "Có bao nhiêu hệ thống thông tin quan trọng về an ninh quốc gia?"))
    assert count_lead(listed[0]) == "Có 3 mục:"


def test_a_list_of_something_else_or_outside_a_statute_counts_nothing():
    passages = [_passage(LIST)]
    listed = [c for c in candidates(passages) if c.items][0]
    # the list names the systems, not "trình độ giáo dục nghề nghiệp"
    assert not counts_list(passages, listed, counted_kind("Có bao nhiêu trình độ giáo dục nghề nghiệp?"))
    report = [_passage(LIST, article="")]  # a report's list: its items are not a statute's enumeration
    assert not counts_list(report, [c for c in candidates(report) if c.items][0],
                           counted_kind("Có bao nhiêu hệ thống thông tin quan trọng về an ninh quốc gia?"))

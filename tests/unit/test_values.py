"""What a sentence states of the value a question asks: an event's date, the place a title is held."""

from __future__ import annotations

import pytest

from rag.answer.values import places_missing, states_when


def test_a_date_opening_a_documents_issuance_is_no_events():
    assert not states_when("Ngày 25/10/2021, Ban Chấp hành Trung ương Đảng khóa XIII ban hành Kết luận 21-KL/TW.")
    assert states_when("Ngày 15/1, Tỉnh ủy tổ chức hội nghị quán triệt Kết luận 21-KL/TW.")
    # The document's own date after its name is no event's either; the meeting's after it is.
    assert states_when("Kết luận 21-KL/TW ngày 25/10/2021 được quán triệt ngày 15/1.")
    assert not states_when("Kết luận 21-KL/TW ngày 25/10/2021 về đẩy mạnh xây dựng, chỉnh đốn Đảng.")


def test_a_place_named_before_a_title_is_the_place_asked_of():
    quoted = "Dự hội nghị có đồng chí Ngô Hoàng Ngân, Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh."
    assert places_missing("Cao Bằng Phó Bí thư Thường trực Tỉnh ủy", quoted) == ["Cao Bằng"]
    assert places_missing("Quảng Ninh Phó Bí thư Thường trực Tỉnh ủy", quoted) == []


def test_a_title_asked_after_an_officials_request_to_be_told_is_held_to_its_holder():
    from rag.answer.values import _asked_title
    from rag.query.analysis import analyse
    info = analyse("Đề nghị cho biết đồng chí Bí thư Huyện ủy Hưng Nguyên tại thời điểm Đoàn giám sát đến làm việc là "
                   "đồng chí nào?")
    assert _asked_title(info) == ["bi", "thu", "huyen", "uy"]


@pytest.mark.parametrize("question,title", [
    # whoever asks whom, the one asked named first
    ("Chào cháu, bác là đảng viên lão thành. Cháu cho bác hỏi đồng chí Chủ tịch Uỷ ban nhân dân tỉnh Quảng Ninh lúc "
     "tổ chức hội nghị quán triệt Kết luận 21 là ai? Bác cảm ơn cháu nhiều.", "chu tich uy ban nhan dan tinh"),
    # who fills the post
    ("Chức vụ Bí thư Huyện ủy Hưng Nguyên tại thời điểm giám sát do đồng chí nào đảm nhiệm?", "bi thu huyen uy"),
    # after a colon, a time first
    ("Thính giả ở xã Hạnh Phúc hỏi: Hiện nay ai đang là Chủ tịch UBND tỉnh Cao Bằng vậy chương trình?",
     "chu tich uy ban nhan dan tinh"),
    # the request to be told inside a sentence with no comma before it
    ("bài về giám sát ở hưng nguyên có nhắc ban thường vụ huyện ủy làm việc với đoàn cho tôi hỏi bí thư huyện ủy "
     "hưng nguyên lúc đó là đồng chí nào", "bi thu huyen uy"),
    ("Có ai là Chủ tịch UBND tỉnh Cao Bằng được nêu tên trong bài không?", "chu tich uy ban nhan dan tinh"),
])
def test_a_titles_holder_is_asked_in_other_words(question, title):
    from rag.answer.values import _asked_title
    from rag.query.analysis import analyse
    assert " ".join(_asked_title(analyse(question))) == title


def test_a_question_about_what_a_titles_holder_did_asks_no_holder():
    from rag.answer.values import _asked_title
    from rag.query.analysis import analyse
    assert _asked_title(analyse("Bí thư Huyện ủy Hưng Nguyên đã báo cáo những gì với đoàn giám sát?")) == []
    assert _asked_title(analyse("Ai phát biểu sau Bí thư Tỉnh ủy tại hội nghị?")) == []

"""What a sentence states of the value a question asks: an event's date, the place a title is held."""

from __future__ import annotations

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

"""What an asker tells of their own work before a request in mid-sentence is not what they ask about."""

from rag.query.analysis import analyse
from rag.query.followup import resolve_followup
from rag.vi.asker_context import without_asker_context
from rag.vi.sentences import split_source, without_guess


def test_the_askers_own_work_before_a_request_in_mid_sentence_is_left_out():
    asked = without_asker_context(
        "Em đang tổng hợp tài liệu cho đợt giám sát Kết luận 21 ở huyện mình và sếp dặn phải ghi đủ số hiệu ngày "
        "tháng văn bản, tiện thể cho hỏi luôn Kế hoạch số 77-KH/TU của Ban Thường vụ Tỉnh ủy Nghệ An được ban hành "
        "ngày nào ạ")
    assert asked == "Kế hoạch số 77-KH/TU của Ban Thường vụ Tỉnh ủy Nghệ An được ban hành ngày nào ạ"
    # a year of the asker's own, and their superior's wish, go with it
    asked = without_asker_context(
        "Năm 2021 huyện em cũng tổ chức bầu cử và em đang so số liệu với tỉnh khác, ngoài ra sếp muốn có ví dụ cụ "
        "thể, cho em hỏi ở Cao Bằng tỷ lệ cử tri đi bầu là bao nhiêu ạ")
    assert asked == "Ở Cao Bằng tỷ lệ cử tri đi bầu là bao nhiêu ạ"
    assert analyse(asked).years == []


def test_what_was_told_of_something_else_before_the_request_stays_as_context():
    asked = without_asker_context(
        "Hôm hội nghị ở Quảng Ninh đồng chí Bí thư Tỉnh ủy có nhắc Tổng Bí thư chỉ ra mấy điểm đáng chú ý và em "
        "đang ghi lại từng điểm, cho em hỏi điểm đầu tiên là gì ạ")
    assert asked == ("Hôm hội nghị ở Quảng Ninh đồng chí Bí thư Tỉnh ủy có nhắc Tổng Bí thư chỉ ra mấy điểm đáng "
                     "chú ý, điểm đầu tiên là gì ạ")
    # what the asker read or heard is what is asked about
    heard = ("Thưa, tôi nghe nói tỉnh Cao Bằng từ đầu nhiệm kỳ đến nay kết nạp được khá nhiều đảng viên mới, cho tôi "
             "hỏi chút là tất cả bao nhiêu người ạ?")
    assert without_asker_context(heard) == heard


def test_the_askers_clause_naming_what_the_question_points_back_at_stays():
    asked = without_asker_context(
        "Em đang viết tin về hội nghị quán triệt Kết luận 21 của Quảng Ninh và cần chú thích ảnh cho đúng tên "
        "người, đồng thời sếp dặn ghi rõ ai là người trực tiếp quán triệt, cho em hỏi đồng chí Bí thư Tỉnh ủy "
        "Quảng Ninh quán triệt hội nghị đó tên là gì ạ")
    assert asked == ("Em đang viết tin về hội nghị quán triệt Kết luận 21 của Quảng Ninh, đồng chí Bí thư Tỉnh ủy "
                     "Quảng Ninh quán triệt hội nghị đó tên là gì ạ")
    # a request opening the question leaves nothing told before it
    plain = "Cho em hỏi Kết luận 21 ban hành ngày nào?"
    assert without_asker_context(plain) == plain


def test_the_askers_work_is_left_out_of_the_question_read():
    resolved = resolve_followup(
        "Em đang viết tin về hội nghị quán triệt Kết luận 21 của Quảng Ninh và cần chú thích ảnh cho đúng tên "
        "người, cho em hỏi đồng chí Bí thư Tỉnh ủy Quảng Ninh quán triệt hội nghị đó tên là gì ạ", [])
    assert "ảnh" not in resolved and "Bí thư Tỉnh ủy Quảng Ninh" in resolved


def test_a_source_naming_the_document_the_question_points_back_at_is_no_source():
    question = ("Trong bài của Nghệ An có nhắc Quy định số 09-QĐ/TU ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy thì quy "
                "định đó về vấn đề gì")
    assert split_source(question) == ("", question)
    assert split_source("Trong bài về Cao Bằng, Chương trình 08-CTr/TU nhằm mục đích gì?")[0] == \
        "Trong bài về Cao Bằng"


def test_a_guess_in_a_sentence_after_the_question_is_left_out():
    asked = without_guess("Đồng chí nào lên quán triệt Kết luận số 14-KL/TW? Tôi nhớ lờ mờ là đồng chí Vũ Quyết "
                          "Thắng thì phải.")
    assert asked == "Đồng chí nào lên quán triệt Kết luận số 14-KL/TW?"

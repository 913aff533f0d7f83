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


def test_words_relaying_a_question_for_someone_else_are_left_out():
    from rag.vi.asker_context import without_relaying
    assert without_relaying("ông bảo Tổng Bí thư có chỉ ra 4 điểm đáng chú ý của Hội nghị Trung ương 4, ông hỏi điểm "
                            "đầu tiên là gì ạ?") == ("Tổng Bí thư có chỉ ra 4 điểm đáng chú ý của Hội nghị Trung ương "
                                                     "4, điểm đầu tiên là gì ạ?")
    assert without_relaying("Bố em bảo hỏi xem Chỉ thị 18-CT/TU có ngày ban hành là bao giờ?") == \
        "Chỉ thị 18-CT/TU có ngày ban hành là bao giờ?"
    assert without_relaying("Bác hỏi cháu chút: đồng chí Cao Tường Huy là chức gì?") == \
        "Đồng chí Cao Tường Huy là chức gì?"
    # a person named after "bà" is asked about
    named = "Bà Trương Thị Mai hồi đó giữ chức vụ gì?"
    assert without_relaying(named) == named


def test_a_report_asked_for_in_shorthand_asks_its_figure():
    resolved = resolve_followup("Báo cáo SL đại biểu dự HN quán triệt KL21 tại điểm cầu huyện Đầm Hà.", [])
    assert resolved.startswith("Số lượng đại biểu dự hội nghị") and resolved.endswith("là bao nhiêu?"), resolved
    assert analyse(resolve_followup("Cho biết tên dự án đường bộ cao tốc đã khởi công ở Cao Bằng.", [])).kind != \
        "person"  # a thing's name, not a person's


def test_a_document_put_out_in_a_month_or_belonging_to_a_body_is_asked_of_itself():
    from rag.query.analysis import asks_about_document
    for question in ("Kết luận số 14-KL/TW của Bộ Chính trị ra hồi tháng 9/2021, chính xác là ngày nào?",
                     "Nghị quyết số 26-NQ/TW là của Ban Chấp hành Trung ương khóa mấy?"):
        assert asks_about_document(analyse(question), ["Bộ Chính trị", "Ban Chấp hành Trung ương"], ["2021"]), question


def test_the_askers_case_is_kept_when_what_is_asked_is_about_them():
    case = "Tôi đang làm việc tại công ty X được 5 năm, cho tôi hỏi tôi có được nghỉ phép năm không?"
    assert without_asker_context(case) == case
    assert without_asker_context("Em đang viết tin, cho em hỏi tác giả Trần Hồng Minh giữ chức gì ạ") == \
        "Tác giả Trần Hồng Minh giữ chức gì ạ"

"""Document numbers said in words (dictated questions) are put in figures where nothing else can be meant."""

from __future__ import annotations

import pytest

from rag.query.followup import resolve_followup
from rag.vi.spelled import (
    counts_in_figures,
    dates_in_figures,
    document_numbers_in_figures,
    quarters_in_numerals,
    said_numbers_written,
    spelled_number,
    terms_in_roman,
    years_in_figures,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("kết luận hai mươi mốt ban hành ngày nào", "kết luận 21 ban hành ngày nào"),
    ("ket luan hai mot ban hanh ngay nao", "ket luan 21 ban hanh ngay nao"),
    ("chỉ thị số năm của tỉnh ủy", "chỉ thị số 5 của tỉnh ủy"),
    ("chỉ thị số mười tám", "chỉ thị số 18"),
    ("quy dinh mot tram linh chin", "quy dinh 109"),
    ("quyết định hai trăm lẻ năm của Bộ Chính trị", "quyết định 205 của Bộ Chính trị"),
    ("KL hai mươi mốt", "KL 21"),
    ("kế hoạch số bảy mươi bảy", "kế hoạch số 77"),
    # Said digit by digit, as voice typing writes a number read out: "bảy bảy" after a type is 77, not 7 and 7.
    ("kế hoạch bảy bảy ka hát tê u ký ngày nào", "kế hoạch 77-KH/TU ký ngày nào"),  # its code said letter by letter
    ("nghị quyết sáu tám của hội đồng nhân dân tỉnh", "nghị quyết 68 của hội đồng nhân dân tỉnh"),
    ("quy dinh hai khong nam cua bo chinh tri", "quy dinh 205 cua bo chinh tri"),
    # A plenum's number, one word, before its term.
    ("nghị quyết trung ương bảy khóa mười hai", "nghị quyết trung ương 7 khóa mười hai"),
    # A local document's number opens with its zero ("04-CT/TU"), said "không bốn".
    ("chỉ thị số không bốn của tỉnh ủy cao bằng", "chỉ thị số 04 của tỉnh ủy cao bằng"),
    ("trong nghi quyet khong tam", "trong nghi quyet 08"),
    # The day after the number is the document's date, not a count of days.
    ("chi thi muoi tam ngay 18/10/2021", "chi thi 18 ngay 18/10/2021"),
])
def test_a_number_in_words_after_a_document_type_is_put_in_figures(text, expected):
    assert document_numbers_in_figures(text) == expected


@pytest.mark.parametrize("text", [
    "kế hoạch năm 2022 có mấy mục tiêu",     # a year
    "kế hoạch năm nay",                      # "năm" alone, without "số": this year
    "nghị quyết hai năm thực hiện",          # a count of years
    "chỉ thị hai mươi năm qua",              # "twenty years", not 25
    "ket luan tu nam 2021",                  # "từ năm" typed without accents
    "kết luận từ năm 2021",
    "nghị quyết ba ba ba ba ba",             # more digits than a document number has
    "kết luận ba khóa",                      # a count of terms
    "nghị quyết không ba năm",               # three digits from a zero: no number
    "chỉ thị mười tám ngày",                 # days, with no date after them
])
def test_words_that_may_be_something_else_are_left_alone(text):
    assert document_numbers_in_figures(text) == text


def test_numbers_are_read_as_spoken():
    assert spelled_number(["mười", "lăm"]) == (15, 2)
    assert spelled_number(["hai", "mươi", "tư", "ngày"]) == (24, 3)
    assert spelled_number(["ba", "trăm", "hai", "mươi"]) == (320, 4)
    assert spelled_number(["ngày"]) is None


def test_a_dictated_question_is_asked_with_the_number_in_figures():
    assert resolve_followup("kết luận hai mươi mốt ban hành ngày nào", []) == "kết luận 21 ban hành ngày nào"


@pytest.mark.parametrize(("text", "expected"), [
    ("giao ban quý ba của ban tổ chức trung ương", "giao ban quý III của ban tổ chức trung ương"),
    ("cho hoi giao ban quy hai nam 2021", "cho hoi giao ban quy II nam 2021"),
    ("Quý tư năm 2021", "Quý IV năm 2021"),
    ("quy tu luc luong", "quy tu luc luong"),  # "quy tụ" typed without accents
    ("quý bà nào", "quý bà nào"),
])
def test_a_quarter_said_in_words_is_written_as_texts_write_it(text, expected):
    assert quarters_in_numerals(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ban chấp hành trung ương khóa mười ba ban hành", "ban chấp hành trung ương khóa XIII ban hành"),
    ("ket luan 21 cua bch tw khoa 13 ky ngay nao", "ket luan 21 cua bch tw khoa XIII ky ngay nao"),
    ("Khoá 12, 13", "Khoá XII, 13"),
    ("khóa học 2021", "khóa học 2021"),
])
def test_a_term_in_figures_or_words_is_written_in_roman_numerals(text, expected):
    assert terms_in_roman(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("nghị quyết 68 ngày chín tháng mười hai năm 2021", "nghị quyết 68 ngày 9/12/2021"),
    ("ngay hai muoi lam thang muoi nam 2021", "ngay 25/10/2021"),
    ("ngày mười lăm tháng 1", "ngày 15/1"),
    ("ngày hai tháng sau", "ngày hai tháng sau"),  # "sau" (next) is no "sáu" in an accented text
    ("ngày mai họp", "ngày mai họp"),
])
def test_a_date_said_in_words_is_written_in_figures(text, expected):
    assert dates_in_figures(text) == expected


def test_a_dictated_question_has_every_number_written_as_texts_write_it():
    assert resolve_followup("cái kết luận hai mươi mốt của ban chấp hành trung ương khóa mười ba ban hành ngày nào",
                            []) == "cái kết luận 21 của ban chấp hành trung ương khóa XIII ban hành ngày nào"


def test_the_first_and_last_months_by_name_are_written_in_figures():
    assert said_numbers_written("hội nghị ở Quảng Ninh hồi tháng Giêng kết nối mấy điểm cầu") == \
        "hội nghị ở Quảng Ninh hồi tháng 1 kết nối mấy điểm cầu"
    assert said_numbers_written("Tháng Chạp năm 2021") == "Tháng 12 năm 2021"
    assert said_numbers_written("ngày mười lăm tháng Giêng") == "ngày 15/1"
    assert said_numbers_written("ngay muoi lam thang gieng nam 2022") == "ngay 15/1/2022"
    assert said_numbers_written("giêng hai") == "giêng hai"  # no month without "tháng"


@pytest.mark.parametrize(("text", "expected"), [
    # said roughly ("hơn", "gần", "khoảng"), a round count stays as one types it rounded
    ("hội nghị có hơn hai mươi nghìn đại biểu, đúng không", "hội nghị có hơn 20 nghìn đại biểu, đúng không"),
    ("cho hon muoi lam nghin dai bieu", "cho hon 15 nghin dai bieu"),
    ("hội nghị có hai mươi nghìn đại biểu", "hội nghị có 20.000 đại biểu"),
    ("mười lăm nghìn năm trăm đại biểu", "15.500 đại biểu"),
    ("hai muoi nghin dai bieu", "20.000 dai bieu"),
    ("một triệu hai trăm nghìn đồng", "1.200.000 đồng"),
    ("quý ba năm hai nghìn không trăm hai mươi mốt", "quý ba năm 2021"),  # a year: no thousands dot
    ("năm hai nghìn linh năm", "năm 2005"),
    ("hai nghìn năm lịch sử", "2.000 năm lịch sử"),  # "năm" after the scale is the years counted
    ("chi ngo hoang ngan", "chi ngo hoang ngan"),  # folded "ngan" may be a name or "ngăn": no scale
    # A document's number, which texts write without a thousands dot ("2993-QĐ/TU").
    ("quy định số hai nghìn chín trăm chín mươi ba", "quy định số 2993"),
    ("ba ngan dong", "ba ngan dong"),
])
def test_a_count_of_thousands_said_in_words_is_written_in_figures(text, expected):
    assert counts_in_figures(text) == expected


def test_a_dictated_figure_to_check_is_written_as_texts_write_it():
    assert said_numbers_written("cao bằng mỗi năm kết nạp trên hai nghìn đảng viên, có đúng thế không") == \
        "cao bằng mỗi năm kết nạp trên 2.000 đảng viên, có đúng thế không"


@pytest.mark.parametrize(("text", "expected"), [
    ("riêng năm hai không hai ba cao bằng kết nạp bao nhiêu", "riêng năm 2023 cao bằng kết nạp bao nhiêu"),
    ("tu gio den cuoi nam hai khong hai mot", "tu gio den cuoi nam 2021"),
    ("đến năm hai không ba mươi", "đến năm 2030"),  # "hai không" and its last two figures, as said aloud
    ("quy định của bộ chính trị năm hai không mười chín", "quy định của bộ chính trị năm 2019"),
    ("năm hai không năm", "năm hai không năm"),  # one digit after "hai không": no year of this century's kind
    ("năm hai nghìn hai mốt", "năm 2021"),
    ("năm hai nghìn hai mươi hai", "năm 2022"),
    ("năm hai nghìn năm", "năm hai nghìn năm"),  # one word after "hai nghìn": maybe two thousand years
    ("năm hai năm", "năm hai năm"),
    ("năm không hai", "năm không hai"),
])
def test_a_year_said_digit_by_digit_or_as_two_thousand_and_some_is_written_in_figures(text, expected):
    assert years_in_figures(text) == expected


def test_a_dictated_date_and_year_are_written_as_texts_write_them():
    assert said_numbers_written("chi thi muoi tam ngay muoi tam thang muoi nam hai khong hai mot do ai ban hanh") \
        == "chi thi 18 ngay 18/10/2021 do ai ban hanh"


@pytest.mark.parametrize(("text", "expected"), [
    ("Đại hội Đảng bộ tỉnh Cao Bằng lần thứ mười chín diễn ra năm nào?",
     "Đại hội Đảng bộ tỉnh Cao Bằng lần thứ XIX diễn ra năm nào?"),
    ("dai hoi dang bo tinh lan thu 20 nhiem ky nao", "dai hoi dang bo tinh lan thu XX nhiem ky nao"),
    ("Hội nghị lần thứ tư", "Hội nghị lần thứ tư"),  # a meeting's number is written as said
])
def test_a_congresses_number_is_written_in_roman_numerals(text, expected):
    assert said_numbers_written(text) == expected


@pytest.mark.parametrize("text,expected", [
    ("ban bố vào trung tuần tháng Mười, cụ thể là ngày nào", "ban bố vào trung tuần tháng 10, cụ thể là ngày nào"),
    ("họp hồi tháng mười một năm 2021", "họp hồi tháng 11 năm 2021"),
    ("vào tháng Ba", "vào tháng 3"),
    ("tháng Năm", "tháng 5"),
    # Counting, not naming a month: "mỗi tháng một lần", "tháng hai đợt"; "tháng năm" is months and years.
    ("họp mỗi tháng một lần", "họp mỗi tháng một lần"),
    ("tháng hai đợt", "tháng hai đợt"),
    ("bao nhiêu tháng năm", "bao nhiêu tháng năm"),
])
def test_a_month_said_in_words_is_written_in_figures(text, expected):
    assert said_numbers_written(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("quy định chín quờ đê tê u ngày hai mươi tháng chín", "quy định 9-QĐ/TU ngày 20/9"),
    ("đề án mười bốn đê a tê u của tỉnh", "đề án 14-ĐA/TU của tỉnh"),
    ("kế hoạch bảy bảy ka hát tê u", "kế hoạch 77-KH/TU"),
    # words that only sound like letters are no code: too few, or no issuer's code after the type's
    ("quy định chín a", "quy định chín a"),
    ("kết luận hai mươi mốt u ơ", "kết luận 21 u ơ"),
])
def test_a_documents_code_said_letter_by_letter_is_written_as_texts_write_it(text, expected):
    assert said_numbers_written(text) == expected

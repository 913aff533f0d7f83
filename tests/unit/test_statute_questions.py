"""How questions about laws are read as officials and students write them: laws by their initials, quiz options
pasted with the question, statements to judge with their own dates and figures, days without a year, a stretch
of time asked, a point's second paragraph, words that only look like chat shorthand or a quarter."""

from __future__ import annotations

import pytest

from rag.answer.candidates import passage_candidates, unit_text
from rag.answer.choices import with_choice
from rag.answer.values import Asked, has_value
from rag.documents import Chunk, Passage
from rag.query.analysis import analyse
from rag.query.law_initials import spelled_out_laws, spelled_out_note, with_laws_spelled_out
from rag.vi.abbreviations import southern_said
from rag.vi.choices import split_choices
from rag.vi.spelled import quarters_in_numerals
from tests.conftest import quoted_answer

LAWS = {"luat-bao-ve-moi-truong": "Luật Bảo vệ môi trường", "luat-giao-duc": "Luật Giáo dục",
        "luat-dan-su": "Bộ luật dân sự", "luat-du-lich": "Luật Du lịch", "luat-an-ninh-mang": "Luật An ninh mạng"}


@pytest.mark.parametrize("question, written, meant", [
    ("Theo Luật BVMT, ai phải lập báo cáo?", "Luật BVMT", "Luật Bảo vệ môi trường"),
    ("khoan 2 dieu 163 luat bvmt quy dinh gi", "luat bvmt", "Luật Bảo vệ môi trường"),
    ("LGD có cấm ép học sinh học thêm không?", "LGD", "Luật Giáo dục"),
    ("Theo BLDS, nơi cư trú là gì?", "BLDS", "Bộ luật dân sự"),
    ("Luật ANM quy định gì về trẻ em?", "Luật ANM", "Luật An ninh mạng"),
])
def test_a_law_named_by_its_initials_is_the_corpus_law_they_spell(question, written, meant):
    spelled = spelled_out_laws(question, LAWS)
    assert [(s.written, s.meant) for s in spelled] == [(written, meant)]
    assert spelled_out_note(spelled) == f"Lưu ý: “{written}” được hiểu là {meant}."


def test_initials_are_spelled_out_as_the_question_is_typed():
    assert with_laws_spelled_out("Theo Luật BVMT, ai?", spelled_out_laws("Theo Luật BVMT, ai?", LAWS)) \
        == "Theo Luật Bảo vệ môi trường, ai?"
    typed = "luat bvmt quy dinh gi"
    assert with_laws_spelled_out(typed, spelled_out_laws(typed, LAWS)) == "luat bao ve moi truong quy dinh gi"
    dotted = "L. Du lịch: hồ sơ nộp ở đâu?"
    assert with_laws_spelled_out(dotted, spelled_out_laws(dotted, LAWS)) == "Luật Du lịch: hồ sơ nộp ở đâu?"


@pytest.mark.parametrize("question", [
    "Luật Du lịch quy định gì?",  # a name written out
    "Luật ĐĐ quy định gì?",  # initials of no law of the corpus (Đất đai)
    "Luật Dân sự quy định gì?",
    "Theo luật này thì sao?",
])
def test_words_that_spell_no_corpus_law_are_left(question):
    assert spelled_out_laws(question, LAWS) == []


def test_initials_two_laws_share_stand_for_neither():
    laws = {"luat-giao-duc": "Luật Giáo dục", "luat-gia-dinh": "Luật Gia đình"}
    assert spelled_out_laws("LGD quy định gì?", laws) == []


@pytest.mark.parametrize("question, stem, labels", [
    ("Kết luận 21 ban hành ngày nào? A. 15/10/2021 B. 25/10/2021 C. 14/11/2021 D. 22/10/2021",
     "Kết luận 21 ban hành ngày nào?", "ABCD"),
    ("Hội nghị nối tới bao nhiêu điểm cầu?\n1. 173\n2. 237\n3. 273\nĐáp án nào đúng?",
     "Hội nghị nối tới bao nhiêu điểm cầu?", "123"),
    ("Văn bản đó do cơ quan nào ban hành?\na) Ban Thường vụ Tỉnh ủy\nb) UBND tỉnh\nChọn đáp án đúng.",
     "Văn bản đó do cơ quan nào ban hành?", "ab"),
    ("Quy định 109 ban hành ngày nào? Chọn đáp án đúng: A. 03/01/2023 B. 05/01/2023",
     "Quy định 109 ban hành ngày nào?", "AB"),
])
def test_options_pasted_with_a_question_are_no_part_of_it(question, stem, labels):
    asked, choices = split_choices(question)
    assert asked == stem
    assert "".join(c.label for c in choices) == labels


@pytest.mark.parametrize("question", [
    "1. Kết luận 21 ban hành ngày nào? 2. Ai ký?",  # numbered questions, each asked
    "Kế hoạch có mấy nhiệm vụ: 1. Tăng cường; 2. Đẩy mạnh",
    "Ai là Bí thư Tỉnh ủy?",
    "Theo điểm A. Bên B phải làm gì?",  # one letter, no series
])
def test_a_question_without_options_is_left_whole(question):
    assert split_choices(question) == (question, [])


def test_the_option_the_answer_states_is_named_when_it_is_the_only_one():
    _, choices = split_choices("Ngày nào? A. 15/10/2021 B. 25/10/2021 C. 22/9/2021")
    said = with_choice(quoted_answer("“Kết luận số 21-KL/TW, ngày 25 tháng 10 năm 2021 …” [1]"), choices)
    assert said.answer.endswith("\nĐáp án: B. 25/10/2021")


def test_no_option_is_named_when_the_answer_states_none_or_several():
    _, choices = split_choices("Bao nhiêu? A. 166 B. 229 C. 346")
    both = quoted_answer("“… ban hành 229 nghị quyết; kỷ luật 346 đảng viên.” [1]")
    assert with_choice(both, choices) == both
    none = quoted_answer("“… ban hành 23 nghị quyết.” [1]")  # 23 is no part of 229
    assert with_choice(none, choices) == none
    noted = quoted_answer("“… ngày 25/10/2021 …” [1]\nLưu ý: một nguồn khác ghi ngày 15/10/2021 [2]")
    _, dates = split_choices("Ngày nào? A. 15/10/2021 B. 25/10/2021")
    assert with_choice(noted, dates).answer.endswith("Đáp án: B. 25/10/2021")  # what another source says: no
    _, verdicts = split_choices('Nhận định: "Có 19 hướng dẫn." A) Đúng B) Sai')
    assert with_choice(quoted_answer("“… 9 hướng dẫn …” [1]"), verdicts).answer == "“… 9 hướng dẫn …” [1]"


def test_a_day_and_month_without_a_year_is_a_date():
    assert has_value("date", "Ngày 20 tháng 11 hằng năm là ngày Nhà giáo Việt Nam.")
    assert has_value("date", "Ngày 20 tháng 11, hội nghị khai mạc.")


def test_how_long_is_answered_by_a_stretch_of_time_only():
    asked = Asked(how_long=True)
    assert not has_value("number", "a) Tổ chức gửi 01 bộ hồ sơ đến Bộ Nông nghiệp.", asked)
    assert has_value("number", "b) Trong thời hạn 15 ngày kể từ khi nhận được hồ sơ đầy đủ, Bộ thẩm định.", asked)
    assert has_value("number", "Thời gian tập sự từ 03 tháng đến 12 tháng.", asked)
    assert has_value("number", "Thường trực cấp ủy định kỳ tiếp dân hàng tháng.", asked)


def test_a_list_goes_on_past_a_paragraph_of_one_of_its_points():
    text = ("2. Việc công nhận được thực hiện theo trình tự, thủ tục sau đây:\na) Tổ chức gửi 01 bộ hồ sơ đến Bộ.\n"
            "Trong thời hạn 03 ngày làm việc, Bộ kiểm tra hồ sơ;\nb) Trong thời hạn 15 ngày, Bộ tổ chức thẩm định.")
    passages = [Passage(Chunk("d#0", "d", "Luật X 2018 – Điều 30", text, "", 0), 1.0)]
    intro = passage_candidates(0, passages[0])[0]
    assert intro.items == 2 and unit_text(passages, intro).endswith("Bộ tổ chức thẩm định.")


def test_marriage_is_no_chat_word_and_a_frequency_no_quarter():
    assert southern_said("Nam, nữ bao nhiêu tuổi thì được đăng ký kết hôn?").endswith("kết hôn?")
    assert southern_said("có làm trực tuyến hôn?") == "có làm trực tuyến không?"
    assert quarters_in_numerals("tiếp dân mỗi quý một lần") == "tiếp dân mỗi quý một lần"
    assert quarters_in_numerals("giao ban quý ba") == "giao ban quý III"


def test_a_request_opening_a_sentence_is_no_name():
    assert analyse("Công ty X làm đại lý cho Công ty Y. Hỏi Công ty X phải treo biển ở đâu?").names == ["Công"] * 2
    assert analyse("Xin hỏi Nguyễn Văn Thắng là ai?").names == ["Nguyễn Văn Thắng"]

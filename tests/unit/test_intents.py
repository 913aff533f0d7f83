"""Comparison and summary requests are recognised, accented or not; ordinary questions are not."""

import pytest

from rag.query.intents import Comparison, comparison, joined_questions, summary_target


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


@pytest.mark.parametrize("question,halves", [
    ("Em cần số liệu: Bí thư Tỉnh ủy Quảng Ninh và Bí thư Tỉnh ủy Cao Bằng là những ai?",
     ["Bí thư Tỉnh ủy Quảng Ninh là ai?", "Bí thư Tỉnh ủy Cao Bằng là ai?"]),
    # The place written once after the second title is the first's too.
    ("Trưởng ban Tổ chức Tỉnh ủy và Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An hiện là ai vậy",
     ["Trưởng ban Tổ chức Tỉnh ủy Nghệ An là ai?", "Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An là ai?"]),
    ("Trưởng ban Tổ chức Tỉnh ủy và Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An ở điểm cầu là ai?",  # "ở": no place's
     ["Trưởng ban Tổ chức Tỉnh ủy Nghệ An là ai?", "Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An ở điểm cầu là ai?"]),
    ("Để so sánh hai tỉnh: ai là Phó Bí thư Thường trực Tỉnh ủy Nghệ An, và ai là Bí thư Tỉnh ủy Quảng Ninh?",
     ["Ai là Phó Bí thư Thường trực Tỉnh ủy Nghệ An?", "Ai là Bí thư Tỉnh ủy Quảng Ninh?"]),
    ("bi thu tinh uy nao quan triet KL21 o Quang Ninh, va bi thu tinh uy nao viet bai o Cao Bang",
     ["Bi thu tinh uy nao quan triet KL21 o Quang Ninh?", "Bi thu tinh uy nao viet bai o Cao Bang?"]),
    # "với" joins two holders of the same title; a folded question's halves are asked folded.
    ("bi thu tinh uy quang ninh voi bi thu tinh uy cao bang la ai",
     ["Bi thu tinh uy quang ninh la ai?", "Bi thu tinh uy cao bang la ai?"]),
    # A search box's keywords asking two facts of one document.
    ("KH 77-KH/TU ngày, cơ quan ban hành", ["KH 77-KH/TU ngày", "KH 77-KH/TU cơ quan ban hành"]),
    ("ket luan 21 ngay ban hanh va noi dung", ["ket luan 21 ngay ban hanh", "ket luan 21 noi dung"]),
    # Dictated without a comma: "và" before a question word joins two questions.
    ("hội nghị nối trực tuyến tới bao nhiêu điểm cầu và ai là người quán triệt kết luận 21",
     ["Hội nghị nối trực tuyến tới bao nhiêu điểm cầu?", "Ai là người quán triệt kết luận 21?"]),
    # "lần lượt" (respectively) asks the same of each side, whatever the sides are; "tên gì" asks who.
    ("Người quán triệt KL 21 ở Quảng Ninh và người dẫn đoàn giám sát ở Hưng Nguyên lần lượt là những đồng chí nào ạ?",
     ["Người quán triệt KL 21 ở Quảng Ninh là ai?", "Người dẫn đoàn giám sát ở Hưng Nguyên là ai?"]),
    ("truong Ban To chuc Tinh uy Nghe An va truong Ban To chuc Tinh uy Quang Ninh ten gi",
     ["Truong Ban To chuc Tinh uy Nghe An la ai?", "Truong Ban To chuc Tinh uy Quang Ninh la ai?"]),
    ("bí thư tỉnh ủy Quảng Ninh với bí thư tỉnh ủy Cao Bằng trong mấy bài này là ai với ai ấy nhỉ",
     ["Bí thư tỉnh ủy Quảng Ninh là ai?", "Bí thư tỉnh ủy Cao Bằng trong mấy bài này là ai?"]),
    # Two asking clauses side by side; the context a follow-up was given is both halves'.
    ("Cơ quan nào ban hành, khóa mấy? (KL 21)", ["Cơ quan nào ban hành? (KL 21)", "Khóa mấy? (KL 21)"]),
    ("Câu hỏi: Ở Quảng Ninh, đồng chí nào quán triệt KL 21 và đồng chí nào quán triệt KL 14?",
     ["Ở Quảng Ninh, đồng chí nào quán triệt KL 21?", "Đồng chí nào quán triệt KL 14?"]),
    # ", còn …" joins two clauses that each ask.
    ("Hội nghị ở Quảng Ninh diễn ra hôm nào, còn đoàn giám sát làm việc ở Hưng Nguyên hôm nào?",
     ["Hội nghị ở Quảng Ninh diễn ra hôm nào?", "Đoàn giám sát làm việc ở Hưng Nguyên hôm nào?"]),
    # ", mà …" said, and "và do … nào" without a comma, join a second question; a source told first is both's.
    ("Kết luận 21-KL/TW ra ngày nào, mà ai ban hành?", ["Kết luận 21-KL/TW ra ngày nào?", "Ai ban hành?"]),
    ("Theo bài viết về Nghệ An, Kết luận 21 ban hành ngày nào và do cơ quan nào ban hành?",
     ["Theo bài viết về Nghệ An, Kết luận 21 ban hành ngày nào?",
      "Theo bài viết về Nghệ An, do cơ quan nào ban hành?"]),
    # ", đồng thời …" joins a second question as ", và …" does.
    ("HĐND tỉnh Cao Bằng đã ban hành bao nhiêu nghị quyết, đồng thời tổ chức bầu cử khóa mấy?",
     ["HĐND tỉnh Cao Bằng đã ban hành bao nhiêu nghị quyết?", "Tổ chức bầu cử khóa mấy?"]),
])
def test_two_questions_joined_in_one_are_asked_each_on_its_own(question, halves):
    assert joined_questions(question) == halves


@pytest.mark.parametrize("question", [
    "Kết luận 21 ban hành ngày nào?",
    "Kết luận 21 và Quy định 205 được nhắc trong bài nào?",  # one question about two documents
    "Hội nghị diễn ra ở đâu, và có ý nghĩa như thế nào",  # the second clause asks nothing by a question word
    "Trưởng ban Tổ chức Tỉnh ủy làm việc với Bí thư Huyện ủy Hưng Nguyên là ai?",  # "với" between two titles
    "Trưởng ban Tổ chức và Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An có mặt ở điểm cầu nào?",  # "và" before a noun
    "Bí thư Tỉnh ủy nào quán triệt KL 21, còn tỉnh ấy kết nối bao nhiêu điểm cầu?",  # "còn" clause points back
    "Tại hội nghị ở Quảng Ninh, ai quán triệt Kết luận 21?",  # the clause before the comma asks nothing
    # The second clause has no subject of its own: it asks about what the first asks for (the plan's date).
    "Thế đoàn đó còn giám sát việc thực hiện kế hoạch nào của Ban Thường vụ Tỉnh ủy, ban hành ngày nào?",
])
def test_one_question_is_not_split(question):
    assert joined_questions(question) is None


@pytest.mark.parametrize("question,parts", [
    ("1. Nghị quyết số 08 ban hành ngày nào? 2. Tại hội nghị, ai quán triệt nghị quyết này?",
     ["Nghị quyết số 08 ban hành ngày nào?", "Tại hội nghị, ai quán triệt nghị quyết này?"]),
    ("a) Những lãnh đạo nào dự hội nghị? b) Xin nêu đầy đủ họ tên từng người.",
     ["Những lãnh đạo nào dự hội nghị?", "Xin nêu đầy đủ họ tên từng người."]),
    ("(1) Kết luận 21 ban hành ngày nào; (2) do cơ quan nào ban hành?",
     ["Kết luận 21 ban hành ngày nào", "do cơ quan nào ban hành?"]),
    # what they are all about, told at length before a colon, as an official writes it
    ("Đề nghị làm rõ đối với Quy định số 11-QĐi/TW về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân: "
     "1. ngày ban hành; 2. cơ quan ban hành.",
     ["Đề nghị làm rõ đối với Quy định số 11-QĐi/TW về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân "
      "ngày ban hành", "Đề nghị làm rõ đối với Quy định số 11-QĐi/TW về trách nhiệm của người đứng đầu cấp ủy trong "
      "việc tiếp dân cơ quan ban hành."]),
])
def test_numbered_sub_questions_are_asked_each_on_its_own(question, parts):
    assert joined_questions(question) == parts


def test_one_numbered_question_is_one_question():
    assert joined_questions("1. Kết luận 21 ban hành ngày nào?") is None


def test_a_document_pointed_back_at_is_not_these_articles():
    from rag.query.intents import points_back
    assert points_back("Tại hội nghị, ai quán triệt phần kinh tế – xã hội của nghị quyết này?")
    assert not points_back("Bí thư tỉnh ủy Cao Bằng trong mấy bài này là ai?")


def test_a_second_count_joined_to_the_first_counts_by_its_words():
    from rag.query.intents import joined_questions
    assert joined_questions("Hội nghị có bao nhiêu điểm cầu và bao nhiêu đại biểu dự?") == [
        "Hội nghị có bao nhiêu điểm cầu?", "Hội nghị có bao nhiêu đại biểu dự?"]
    assert joined_questions("Cao Bằng kết nạp bao nhiêu đảng viên, và Nghệ An kết nạp bao nhiêu?") == [
        "Cao Bằng kết nạp bao nhiêu đảng viên?", "Nghệ An kết nạp bao nhiêu?"]

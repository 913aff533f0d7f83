"""What the answer scorer reads in questions and units: negation and questions asking for several things."""

import pytest

from rag.answer.candidates import candidates
from rag.answer.features import FEATURES, FeatureTable, asks_choice, asks_many, negated, subject
from rag.answer.values import has_value
from rag.documents import Chunk, Passage
from rag.index.lexical import LexicalIndex
from rag.query.analysis import analyse


@pytest.mark.parametrize("text", [
    "Người đứng đầu đơn vị không được đơn phương chấm dứt hợp đồng làm việc trong các trường hợp sau:",
    "Nghiêm cấm các hành vi sau đây:",
    "Cấm săn bắt động vật hoang dã.",
    "Người chưa đủ 18 tuổi",
    "Trường hợp nào KHÔNG được miễn án phí?",
    "truong hop nao khong duoc mien an phi",  # typed without accents
])
def test_negated_statements_and_questions(text):
    assert negated(text)


@pytest.mark.parametrize("text", [
    "Điều nào sau đây là nghĩa vụ của bên cầm giữ?",  # "cầm" (to hold), not "cấm" (to forbid)
    "Kho chứa chất thải nguy hại phải có mái che.",  # "chứa" (to contain), not "chưa" (not yet)
    "Bảo vệ hoạt động trên không gian mạng.",  # "không gian": space
    "Quan trắc chất lượng không khí.",  # "không khí": air
    "Người chưa thành niên có quyền gì?",  # a minor: a noun, not a negation
    "ben cam giu co nghia vu gi",  # without accents "cam" may be either word: not read as negation
])
def test_words_that_only_look_negated(text):
    assert not negated(text)


def test_questions_asking_for_several_things():
    assert asks_many("Hồ sơ đề nghị cấp thẻ gồm những giấy tờ nào?")
    assert asks_many("Quyền khác đối với tài sản bao gồm gì?")
    assert not asks_many("Kết luận 21 ban hành ngày nào?")
    # A list's nouns in the plural as the question's subject: "các …", or two of them together.
    assert asks_many("Các giải pháp phòng chống tham nhũng của huyện là gì?")
    assert asks_many("Nhiệm vụ, giải pháp của tỉnh Lạng Sơn để thực hiện Nghị quyết 18 là gì?")
    assert asks_many("nhiem vu va giai phap cua tinh la gi")
    assert not asks_many("Giải pháp của tỉnh là gì?")
    # the numbers or names of several: "số hiệu các đề án …"
    assert asks_many("Cho em xin số hiệu các đề án được nêu trong đoạn đó")
    assert not asks_many("Số hiệu của đề án cải cách hành chính là gì?")
    # Named further on, they are the topic, not what is asked: "Ai là tác giả bài viết về nhiệm vụ, giải pháp …?".
    assert not asks_many("Ai là tác giả bài viết về nhiệm vụ, giải pháp thực hiện Nghị quyết 18?")


def test_choice_stems_with_or_without_accents():
    assert asks_choice("Điều nào sau đây KHÔNG đúng về tài sản bảo đảm?")
    assert asks_choice("Hồ sơ đăng ký không bao gồm điều nào dưới đây?")
    assert asks_choice("dieu nao sau day la nghia vu cua ben cam giu")
    assert not asks_choice("Bên cầm giữ có những nghĩa vụ gì?")


def test_asking_to_list_or_for_several_whats_asks_many():
    assert asks_many("Tỉnh đề ra những nhiệm vụ, giải pháp gì để thực hiện Nghị quyết 18?")
    assert asks_many("Liệt kê các nhiệm vụ trọng tâm của huyện")
    assert asks_many("liet ke giup toi cac giai phap cua tinh")
    assert not asks_many("Nghị quyết 18 có nội dung gì?")


def test_what_a_statement_is_about_is_read_before_its_definition_or_list():
    assert subject("2. Bảo vệ an ninh mạng là phòng ngừa, phát hiện hành vi xâm phạm.") == [
        "bao", "ve", "an", "ninh", "mang"]
    assert subject("a) Hồ sơ đăng ký gồm có:") == ["ho", "so", "dang", "ky"]
    # A list intro's own sentence, not its items, whatever they say.
    assert subject("3. Bên bán không chịu trách nhiệm trong trường hợp sau đây:\na) Bên mua đã biết là có lỗi;") == [
        "ben", "ban", "khong", "chiu", "trach", "nhiem", "trong", "truong", "hop", "sau", "day"]
    assert subject("Tỉnh ủy đã ban hành kế hoạch thực hiện kết luận.") == []  # no definition, no list


def test_the_days_a_question_names_are_anchors_compared_as_dates():
    texts = ["Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt.",
             "Ngày 15/11, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết."]
    passages = [Passage(Chunk(chunk_id=f"c{i}", doc_id="d", title="Bài", text=t, index_text=t, position=i), 1.0, 0.8)
                for i, t in enumerate(texts)]
    table = FeatureTable(analyse("Hội nghị ngày 15/1 quán triệt gì?"), passages, LexicalIndex(texts), has_value)
    rows = table.rows(candidates(passages))
    share = [row[FEATURES.index("anchors_unit")] for row in rows]
    assert share == [1.0, 0.0]  # "15/1" is not found in "15/11"


def test_the_figures_a_question_states_anchor_units_with_them_or_a_figure_of_the_same_thing():
    texts = ["Hội nghị có hơn 15.500 đại biểu tham dự tại 237 điểm cầu.",
             "Năm 2021 có 155 đoàn viên dự hội nghị sơ kết ngày 12/12/2021."]
    passages = [Passage(Chunk(chunk_id=f"c{i}", doc_id="d", title="Bài", text=t, index_text=t, position=i), 1.0, 0.8)
                for i, t in enumerate(texts)]

    def shares(question):
        table = FeatureTable(analyse(question), passages, LexicalIndex(texts), has_value)
        return [row[FEATURES.index("anchors_unit")] for row in table.rows(candidates(passages))]

    # "hơn 25.500 đại biểu": the unit giving a figure of "đại biểu" decides it, not one with "155" in it.
    assert shares("Hội nghị có hơn 25.500 đại biểu tham dự, đúng không?") == [1.0, 0.0]
    assert shares("Có 155 người dự, đúng không?") == [0.0, 1.0]  # the figure itself, whole: not "15.500"
    assert shares("Có 12 người dự, đúng không?") == [0.0, 0.0]  # no figure of a date ("12/12/2013")

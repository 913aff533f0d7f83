"""The shipped answer scorer on statute text (a made-up law, one article per file as outside sets ship them):
it answers from the right article, quotes the clause whole, and refuses what the corpus does not hold."""

from __future__ import annotations

import pytest

from rag.answer.scorer import load_model
from tests.conftest import law_pipeline, make_pipeline

ARTICLES = {
    "luat-thu-nghiem-2020-dieu-5.txt": (
        "Luật Thử nghiệm 2020 – Điều 5. Hợp đồng thuê nhà ở",
        "1. Hợp đồng thuê nhà ở phải được lập thành văn bản và có chữ ký của các bên.\n"
        "2. Thời hạn thuê nhà ở do các bên thỏa thuận nhưng không quá 05 năm. Hết thời hạn, các bên có thể gia "
        "hạn hợp đồng.",
    ),
    "luat-thu-nghiem-2020-dieu-6.txt": (
        "Luật Thử nghiệm 2020 – Điều 6. Quyền của bên thuê",
        "Bên thuê nhà ở có các quyền sau đây:\na) Được nhận nhà ở đúng thời hạn đã thỏa thuận;\n"
        "b) Được yêu cầu bên cho thuê sửa chữa nhà ở hư hỏng;\nc) Được ưu tiên thuê tiếp khi hết hạn hợp đồng.",
    ),
    "luat-thu-nghiem-2020-dieu-8.txt": (
        "Luật Thử nghiệm 2020 – Điều 8. Những trường hợp không được gia hạn hợp đồng thuê",
        "1. Bên thuê chậm trả tiền thuê nhà ba tháng liên tiếp.\n"
        "2. Bên thuê tự ý cải tạo kết cấu nhà ở.\n"
        "3. Nhà ở thuộc diện phải phá dỡ theo quyết định của cơ quan có thẩm quyền.",
    ),
    "luat-thu-nghiem-2020-dieu-7.txt": (
        "Luật Thử nghiệm 2020 – Điều 7. Nghĩa vụ nộp thuế",
        "Bên cho thuê nhà ở có nghĩa vụ nộp thuế thu nhập theo quy định của pháp luật về thuế.",
    ),
}


@pytest.fixture(scope="module")
def statutes(tmp_path_factory, tiny_embeddings):
    return law_pipeline(tmp_path_factory, ARTICLES, tiny_embeddings, "Luật Thử nghiệm 2020")


def test_the_shipped_scorer_loads():
    model = load_model()
    assert len(model.coef) == len(model.features) and 0 < model.threshold < 1


def test_a_statute_question_is_answered_from_its_article(statutes):
    answer = statutes.ask("Theo Luật Thử nghiệm, hợp đồng thuê nhà ở có phải lập thành văn bản không?")
    assert answer.grounded, answer.answer
    assert answer.citations[0].doc_id == "luat-thu-nghiem-2020-dieu-5"
    assert "1. Hợp đồng thuê nhà ở phải được lập thành văn bản" in answer.answer  # the clause keeps its number


def test_a_list_of_rights_comes_with_its_items(statutes):
    answer = statutes.ask("Bên thuê nhà ở có những quyền gì?")
    assert answer.grounded and answer.citations[0].doc_id == "luat-thu-nghiem-2020-dieu-6"
    assert "a) Được nhận nhà ở" in answer.answer and "c) Được ưu tiên thuê tiếp" in answer.answer


def test_a_choice_stem_is_answered_with_every_clause_of_its_article(statutes):
    # "Điều nào sau đây …" comes without its options: they are drawn from the article's clauses, so all of
    # them are quoted, each line whole (the second sentence of clause 2 included), each clause cited.
    answer = statutes.ask("Điều nào sau đây đúng về việc lập hợp đồng thuê nhà ở thành văn bản?")
    assert answer.grounded, answer.answer
    assert "1. Hợp đồng thuê nhà ở phải được lập thành văn bản" in answer.answer
    assert "Hết thời hạn, các bên có thể gia hạn hợp đồng." in answer.answer
    assert [c.doc_id for c in answer.citations] == ["luat-thu-nghiem-2020-dieu-5"] * 2
    assert [c.quote[:2] for c in answer.citations] == ["1.", "2."]


def test_a_question_asking_for_several_things_gets_every_clause_the_article_lists(statutes):
    # The article's clauses are the list (its title announces them, no sentence does): one clause is a third
    # of the answer.
    answer = statutes.ask("Những trường hợp nào thì không được gia hạn hợp đồng thuê nhà ở?")
    assert answer.grounded, answer.answer
    for clause in ("1. Bên thuê chậm trả tiền thuê", "2. Bên thuê tự ý cải tạo", "3. Nhà ở thuộc diện phải phá dỡ"):
        assert clause in answer.answer
    assert {c.doc_id for c in answer.citations} == {"luat-thu-nghiem-2020-dieu-8"} and len(answer.citations) == 3


def test_what_the_corpus_does_not_hold_is_refused(statutes):
    for question in ("Giá vàng hôm nay là bao nhiêu?", "Theo Luật Hôn nhân, tuổi kết hôn của nam là bao nhiêu?"):
        answer = statutes.ask(question)
        assert not answer.grounded and answer.citations == [], (question, answer.answer)


WHOLE_LAW = """LUẬT THỬ NGHIỆM

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Luật này quy định về việc thuê nhà ở.

Điều 2. Nghĩa vụ của bên thuê
Bên thuê có các nghĩa vụ sau đây:
1. Trả tiền thuê nhà đúng hạn.
2. Giữ gìn nhà ở và sửa chữa hư hỏng do mình gây ra.
3. Trả lại nhà khi hết hạn hợp đồng.

Điều 3. Quyền của bên cho thuê
1. Bên cho thuê được nhận đủ tiền thuê nhà.
2. Bên cho thuê được đơn phương chấm dứt hợp đồng khi bên thuê không trả tiền ba tháng liên tiếp.
"""


@pytest.fixture(scope="module")
def whole_law(tmp_path_factory, tiny_embeddings):
    folder = tmp_path_factory.mktemp("whole-law")
    (folder / "luat-thu-nghiem.txt").write_text(WHOLE_LAW, encoding="utf-8")
    pipeline = make_pipeline(tmp_path_factory.mktemp("whole-law-index"), tiny_embeddings)
    pipeline.ingest_paths([folder])
    return pipeline


def test_in_a_whole_law_the_clauses_asked_for_come_from_their_own_article(whole_law):
    # Another article's list (Điều 2, the tenant's duties) is no answer to the landlord's rights (Điều 3).
    answer = whole_law.ask("Bên cho thuê có những quyền nào?")
    assert answer.grounded, answer.answer
    assert "1. Bên cho thuê được nhận đủ tiền thuê nhà." in answer.answer
    assert "2. Bên cho thuê được đơn phương chấm dứt hợp đồng" in answer.answer
    assert "nghĩa vụ" not in answer.answer
    assert [c.locator for c in answer.citations] == ["Điều 3, khoản 1", "Điều 3, khoản 2"]


ROLES = {
    "luat-tham-dinh-2021-dieu-3.txt": (
        "Luật Thẩm định 2021 – Điều 3. Thành phần hội đồng thẩm định giá nhà ở",
        "1. Hội đồng thẩm định giá nhà ở bao gồm:\na) Đại diện cơ quan tài chính cùng cấp;\n"
        "b) Đại diện cơ quan quản lý xây dựng;\nc) Chuyên gia về thẩm định giá.\n"
        "2. Hội đồng làm việc theo nguyên tắc tập thể.",
    ),
    "luat-tham-dinh-2021-dieu-4.txt": (
        "Luật Thẩm định 2021 – Điều 4. Phiên họp của hội đồng thẩm định",
        "Đại diện Đoàn Thanh niên Cộng sản Hồ Chí Minh được mời dự các phiên họp của hội đồng thẩm định giá nhà ở.",
    ),
    "luat-tham-dinh-2021-dieu-5.txt": (
        "Luật Thẩm định 2021 – Điều 5. Thời hạn thẩm định",
        "Thời hạn thẩm định giá nhà ở không quá 30 ngày kể từ ngày nhận đủ hồ sơ.",
    ),
}


def test_who_a_statute_says_a_body_is_made_of_is_answered_by_its_roles(tmp_path_factory, tiny_embeddings):
    # A statute answers "ai" with roles, not names: the list of the council's members answers, though another
    # article says a name ("Hồ Chí Minh", in a body's) and the list says none.
    law = law_pipeline(tmp_path_factory, ROLES, tiny_embeddings, "Luật Thẩm định 2021")
    answer = law.ask("Hội đồng thẩm định giá nhà ở bao gồm những ai?")
    assert answer.grounded and answer.citations[0].doc_id == "luat-tham-dinh-2021-dieu-3", answer.answer
    assert "a) Đại diện cơ quan tài chính" in answer.answer and "c) Chuyên gia về thẩm định giá" in answer.answer


COUNTED = {
    "luat-ky-luat-2022-dieu-7.txt": (
        "Luật Kỷ luật 2022 – Điều 7. Các hình thức kỷ luật đối với người lao động",
        "1. Người lao động vi phạm thì tùy theo mức độ phải chịu một trong các hình thức kỷ luật sau:\n"
        "a) Khiển trách;\nb) Cảnh cáo;\nc) Cách chức;\nd) Buộc thôi việc.\n"
        "2. Người bị kỷ luật theo khoản 1 Điều này không được nâng lương trong 12 tháng.",
    ),
    "luat-ky-luat-2022-dieu-8.txt": (
        "Luật Kỷ luật 2022 – Điều 8. Thời hiệu xử lý kỷ luật",
        "Thời hiệu xử lý kỷ luật là 24 tháng kể từ ngày có hành vi vi phạm.",
    ),
}


def test_how_many_kinds_is_answered_with_the_list_and_its_count(tmp_path_factory, tiny_embeddings):
    # "mấy hình thức kỷ luật": the list of the forms answers, with how many it names; "12 tháng" and "khoản 1"
    # elsewhere in the article are figures of something else.
    law = law_pipeline(tmp_path_factory, COUNTED, tiny_embeddings, "Luật Kỷ luật 2022")
    answer = law.ask("Người lao động có mấy hình thức kỷ luật?")
    assert answer.grounded and answer.answer.startswith("Có 4 mục:"), answer.answer
    assert "a) Khiển trách" in answer.answer and "d) Buộc thôi việc" in answer.answer
    assert answer.citations[0].doc_id == "luat-ky-luat-2022-dieu-7"
    # a figure asked is the text's, never a count of a list
    figure = law.ask("Thời hiệu xử lý kỷ luật là bao nhiêu tháng?")
    assert figure.grounded and "24 tháng" in figure.answer and "mục:" not in figure.answer

IN_FORCE = {
    "luat-vuon-cong-dong-2031-dieu-40.txt": (
        "Luật Vườn cộng đồng 2031 – Điều 40. Hiệu lực thi hành",
        "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2032.\n"
        "2. Vườn cộng đồng đang hoạt động thì trong thời hạn 12 tháng kể từ ngày Luật này có hiệu lực phải đăng ký "
        "theo quy định của Luật Vườn cộng đồng.",
    ),
    "luat-vuon-cong-dong-2031-dieu-3.txt": (
        "Luật Vườn cộng đồng 2031 – Điều 3. Giải thích từ ngữ",
        "Vườn cộng đồng là khu đất chung do người dân cùng trồng và chăm sóc.",
    ),
}


def test_a_calendar_day_asked_of_a_statute_is_answered_by_the_clause_giving_one(tmp_path_factory, tiny_embeddings):
    # "từ ngày nào" asks a day: the clause sharing more of the question's words ("kể từ ngày Luật này có hiệu
    # lực", the law's name) gives none; the one that gives the day answers.
    law = law_pipeline(tmp_path_factory, IN_FORCE, tiny_embeddings, "Luật Vườn cộng đồng 2031")
    answer = law.ask("Luật Vườn cộng đồng năm 2031 có hiệu lực từ ngày nào?")
    assert answer.grounded and "01 tháng 01 năm 2032" in answer.answer, answer.answer
    assert answer.citations[0].doc_id == "luat-vuon-cong-dong-2031-dieu-40"

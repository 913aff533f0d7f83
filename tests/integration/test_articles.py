"""Statutes in the index: "Điều N Luật X" is a direct look-up of that article (clause and point first), a law
the corpus does not have is refused, and the registry knows laws and state numbers. Every text here is made
up for the test (no real statute is copied)."""

from __future__ import annotations

import pytest

from ingest.loaders import FileMeta, load_bytes
from tests.conftest import make_pipeline

LAW = "Luật Vườn cộng đồng 2031"
# One file per article, titled as statute collections title them: "<Law> <year> – Điều <n>. <article title>".
ARTICLES = {
    1: ("Phạm vi điều chỉnh",
        "Luật này quy định việc lập, chăm sóc và sử dụng vườn cộng đồng trong khu dân cư."),
    2: ("Giải thích từ ngữ",
        "Trong Luật này, các từ ngữ dưới đây được hiểu như sau:\n"
        "1. Vườn cộng đồng là mảnh đất trồng cây do người dân trong khu dân cư cùng chăm sóc.\n"
        "2. Người giữ vườn là người được tổ dân phố giao trông coi vườn cộng đồng."),
    7: ("Quyền của người giữ vườn",
        "Người giữ vườn có các quyền sau đây:\n"
        "1. Được nhận hạt giống miễn phí mỗi mùa vụ.\n"
        "2. Được từ chối giao vườn trong các trường hợp sau đây:\n"
        "a) Người xin dùng vườn chưa đủ mười tám tuổi;\n"
        "b) Vườn đang trong thời gian cải tạo đất.\n"
        "3. Được đề nghị tổ dân phố thay người giữ vườn khi ốm đau kéo dài."),
    9: ("Thời hạn giao vườn",
        "Thời hạn giao vườn cho mỗi hộ gia đình không quá ba mươi sáu tháng."),
    11: ("Bồi thường thiệt hại",
         "Người làm hư hại cây trồng trong vườn cộng đồng phải bồi thường theo quy định của Bộ luật Dân sự 2015."),
}
# A whole statute in one file: the articles open with "Điều N." lines.
WHOLE = ("Luật Nuôi ong mật 2029\n"
         "Điều 1. Phạm vi\n"
         "Luật này quy định việc nuôi ong mật trong khu dân cư.\n"
         "Điều 2. Khoảng cách đặt tổ ong\n"
         "Tổ ong phải đặt cách nhà ở gần nhất tối thiểu hai mươi mét.\n"
         "Điều 3. Mùa lấy mật\n"
         "Người nuôi ong chỉ được lấy mật từ tháng ba đến tháng tám hằng năm.")
# A news report naming state documents and a Party plan, with what it states about them.
NEWS = ("Triển khai văn bản mới về vườn cộng đồng\n"
        "Thực hiện Nghị định số 45/2031/NĐ-CP về vườn cộng đồng, tỉnh đã giao vườn cho 120 hộ. "
        "Luật Vườn cộng đồng số 12/2031/QH16 ngày 15/6/2031 của Quốc hội có hiệu lực từ đầu năm sau. "
        "Kế hoạch số 501-KH/TU, ngày 02/3/2032 của Ban Thường vụ Tỉnh ủy Lạng Sơn về chăm sóc vườn cộng đồng "
        "được triển khai đến các chi bộ. "
        "Thông báo kết luận số 777-TB/TW của Ban Bí thư về vườn cộng đồng được quán triệt. "
        "Hội nghị quán triệt Kế hoạch số 501-KH/TU tổ chức ngày 20/3/2032 tại Hà Giang.")


def _doc(text: str, name: str, title: str = ""):
    return load_bytes(text.encode(), name, FileMeta(title=title, source="Kho thử nghiệm"))


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, tiny_embeddings):
    p = make_pipeline(tmp_path_factory.mktemp("articles"), tiny_embeddings)
    docs = [_doc(body, f"vuon-cong-dong-dieu-{n}.txt", f"{LAW} – Điều {n}. {title}")
            for n, (title, body) in ARTICLES.items()]
    docs += [_doc(WHOLE, "luat-nuoi-ong-mat.txt"), _doc(NEWS, "tin-vuon-cong-dong.txt")]
    p.ingest_documents(docs)
    return p


@pytest.mark.parametrize("question,doc_id", [
    ("Điều 7 Luật Vườn cộng đồng quy định gì?", "vuon-cong-dong-dieu-7"),
    ("Điều 9 Luật Vườn cộng đồng 2031 quy định gì?", "vuon-cong-dong-dieu-9"),
    ("Điều 1 Luật Vườn cộng đồng năm 2031 quy định những gì?", "vuon-cong-dong-dieu-1"),
    ("dieu 2 luat vuon cong dong quy dinh gi", "vuon-cong-dong-dieu-2"),
])
def test_an_article_is_looked_up_and_cited_first(pipeline, question, doc_id):
    hits = pipeline.search(question, top_k=3)
    assert hits[0].chunk.doc_id == doc_id
    answer = pipeline.ask(question)
    assert answer.grounded and answer.citations[0].doc_id == doc_id, answer.answer


def test_a_clause_and_a_point_come_before_the_rest_of_their_article(pipeline):
    answer = pipeline.ask("khoản 3 Điều 7 Luật Vườn cộng đồng quy định gì?")
    assert answer.citations[0].doc_id == "vuon-cong-dong-dieu-7"
    assert answer.citations[0].text.startswith("3. Được đề nghị tổ dân phố"), answer.answer
    assert answer.citations[0].locator == "khoản 3"
    assert "Điều 7. Quyền của người giữ vườn, khoản 3: “3. Được đề nghị" in answer.answer
    answer = pipeline.ask("điểm b khoản 2 Điều 7 Luật Vườn cộng đồng quy định gì?")
    # The clause is one chunk with its points; the answer quotes the asked point of it.
    assert answer.citations[0].locator == "khoản 2"
    assert answer.citations[0].quote.startswith("b) Vườn đang trong thời gian cải tạo đất"), answer.answer
    assert "“b) Vườn đang trong thời gian cải tạo đất" in answer.answer


def test_a_question_inside_an_article_quotes_its_sentence(pipeline):
    answer = pipeline.ask("Theo Điều 9 Luật Vườn cộng đồng, thời hạn giao vườn cho mỗi hộ là bao lâu?")
    assert answer.grounded and answer.citations[0].doc_id == "vuon-cong-dong-dieu-9"
    assert "ba mươi sáu tháng" in answer.answer


def test_articles_of_a_whole_statute_file_are_found_by_their_lines(pipeline):
    answer = pipeline.ask("Điều 3 Luật Nuôi ong mật quy định gì?")
    assert answer.grounded and "tháng ba đến tháng tám" in answer.citations[0].text, answer.answer


@pytest.mark.parametrize("question,missing", [
    ("Điều 38 Luật Cư trú quy định gì?", "không có văn bản Luật Cư trú"),
    ("Luật Cư trú 2020 quy định gì về tạm trú?", "không có văn bản Luật Cư trú 2020"),
    ("Điều 7 Luật Vườn cộng đồng 2019 quy định gì?", "không có văn bản Luật Vườn cộng đồng 2019"),
    ("Điều 50 Luật Vườn cộng đồng quy định gì?", "không có Điều 50 Luật Vườn cộng đồng"),
])
def test_a_law_or_article_the_corpus_does_not_have_is_refused(pipeline, question, missing):
    answer = pipeline.ask(question)
    assert not answer.grounded and missing in answer.answer, answer.answer


def test_a_question_by_a_law_only_referred_to_is_not_answered_from_another_law(pipeline):
    answer = pipeline.ask("Theo Bộ luật Dân sự, người làm hư hại cây trồng trong vườn cộng đồng phải làm gì?")
    assert not answer.grounded and not answer.citations, answer.answer
    assert "không có điều khoản nào của Bộ luật Dân sự (chỉ có văn bản khác nhắc đến)" in answer.answer
    # Asked by the law whose article it is, the same words are answered from it.
    answer = pipeline.ask("Theo Luật Vườn cộng đồng, người làm hư hại cây trồng trong vườn cộng đồng phải làm gì?")
    assert answer.grounded and answer.citations[0].doc_id == "vuon-cong-dong-dieu-11", answer.answer
    assert "phải bồi thường" in answer.answer


def test_the_registry_knows_laws_and_state_numbers(pipeline):
    registry = pipeline.registry()
    law = registry.lookup("Luật Vườn cộng đồng")[0]
    assert law is registry.lookup("12/2031/QH16")[0] is registry.lookup("Luật Vườn cộng đồng 2031")[0]
    assert (law.type_name, law.best("dates"), law.best("issuers"), law.year) == ("Luật", "15/06/2031", "Quốc hội",
                                                                                 "2031")
    decree = registry.lookup("NĐ 45")[0]
    assert (decree.type_name, decree.label, decree.best("issuers")) == ("Nghị định", "45/2031/NĐ-CP", "Chính phủ")
    assert decree.issuers[0].basis == "theo số hiệu 45/2031/NĐ-CP"  # read from the code, said so
    notice = registry.lookup("777-TB/TW")[0]
    assert notice.type_name == "Thông báo" and registry.lookup("Kết luận 777") == []


@pytest.mark.parametrize("question,start", [
    ("Nghị định 45/2031/NĐ-CP do cơ quan nào ban hành?", "Chính phủ (theo số hiệu 45/2031/NĐ-CP) [1]"),
    ("Luật Vườn cộng đồng 2031 ban hành ngày nào?", "15/06/2031 [1]"),
    # The question names the plan's issuer and place: still a question about the plan (failure class 5).
    ("Kế hoạch 501-KH/TU của Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành ngày nào?", "02/03/2032 [1]"),
    ("Kế hoạch 501-KH/TU ở Lạng Sơn về nội dung gì?", "Kế hoạch 501-KH/TU về chăm sóc vườn cộng đồng"),
])
def test_questions_about_a_document_use_the_registry(pipeline, question, start):
    answer = pipeline.ask(question)
    assert answer.grounded and answer.answer.startswith(start), answer.answer


def test_an_event_in_another_place_still_reads_the_passages(pipeline):
    answer = pipeline.ask("Hội nghị quán triệt Kế hoạch 501-KH/TU ở Hà Giang diễn ra ngày nào?")
    assert answer.grounded and "20/3/2032" in answer.answer and not answer.answer.startswith("02/03/2032")


def test_the_api_shows_where_an_inferred_value_comes_from(pipeline):
    from fastapi.testclient import TestClient

    from api.app import create_app
    from rag.settings import Settings

    with TestClient(create_app(Settings(), pipeline=pipeline, ui=False)) as client:
        body = client.get("/v1/directives/NĐ 45").json()
        assert (body["ref"], body["type"], body["issuer"]) == ("45/2031/NĐ-CP", "Nghị định", "Chính phủ")
        assert body["issuers"][0]["basis"] == "theo số hiệu 45/2031/NĐ-CP" and body["dates"] == []
        plan = client.get("/v1/directives/501-KH%2FTU").json()
        assert [p["value"] for p in plan["places"]] == ["Lạng Sơn"] and plan["issuers"][0]["basis"] == ""
        # The registry holds what sentences state: a statute's own title is not a mention of it.
        laws = client.get("/v1/directives", params={"type": "luat"}).json()["directives"]
        assert [(d["ref"], d["issuer"], d["year"]) for d in laws] == [("Luật Vườn cộng đồng 2031", "Quốc hội", "2031")]

"""The directive registry over the sample corpus, checked against what the texts state (read by hand),
the answers it gives, its API and CLI, and how it follows ingest, replacement and delete."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from ingest.loaders import load_bytes
from rag.settings import Settings
from tests.conftest import make_pipeline, sample_pipeline

# Read from the sample texts: number -> (type, date as stated, issuer as stated; "" where the text gives none).
EXPECTED = {
    "21-KL/TW": ("Kết luận", "25/10/2021", "Ban Chấp hành Trung ương"),
    "14-KL/TW": ("Kết luận", "22/09/2021", "Bộ Chính trị"),
    "01-KL/TW": ("Kết luận", "18/05/2021", "Bộ Chính trị"),
    "205-QĐ/TW": ("Quy định", "23/09/2019", "Bộ Chính trị"),
    "11-QĐi/TW": ("Quy định", "18/02/2019", "Bộ Chính trị"),
    "09-QĐ/TU": ("Quy định", "20/09/2021", "Ban Thường vụ Tỉnh ủy"),
    "2993-QĐ/TU": ("Quy định", "08/07/2019", "Ban Thường vụ Tỉnh ủy"),
    "109-QĐ/TW": ("Quy định", "", "Ban Bí thư"),
    "37-QĐ/TW": ("Quy định", "", "Ban Chấp hành Trung ương"),
    "217-QĐ/TW": ("Quyết định", "12/12/2013", ""),
    "218-QĐ/TW": ("Quyết định", "12/12/2013", ""),
    "77-KH/TU": ("Kế hoạch", "24/01/2022", "Ban Thường vụ Tỉnh ủy"),
    "184-KH/TU": ("Kế hoạch", "01/04/2019", "Ban Thường vụ Tỉnh ủy"),
    "18-CT/TU": ("Chỉ thị", "18/10/2021", "Ban Thường vụ Tỉnh ủy"),
    "04-CT/TU": ("Chỉ thị", "", ""),
    "05-CT/TW": ("Chỉ thị", "", ""),
    "08-NQ/TU": ("Nghị quyết", "25/11/2021", "Ban Chấp hành Đảng bộ tỉnh"),
    "68/NQ-HĐND": ("Nghị quyết", "09/12/2021", "HĐND tỉnh"),
    "26-NQ/TW": ("Nghị quyết", "", "Ban Chấp hành Trung ương"),
    "10-ĐA/TU": ("Đề án", "", "Ban Thường vụ Tỉnh ủy"),
    "03-ĐA/TU": ("Đề án", "", ""),
    "06-ĐA/TU": ("Đề án", "", ""),
    "08-ĐA/TU": ("Đề án", "", ""),
    "14-ĐA/TU": ("Đề án", "", ""),
    "08-CTr/TU": ("Chương trình", "", ""),
}


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, tiny_embeddings):
    return sample_pipeline(tmp_path_factory, "registry", tiny_embeddings)


@pytest.fixture(scope="module")
def client(pipeline):
    with TestClient(create_app(Settings(), pipeline=pipeline, ui=False)) as c:
        yield c


@pytest.mark.parametrize("ref", sorted(EXPECTED))
def test_registry_matches_what_the_texts_state(pipeline, ref):
    type_name, date, issuer = EXPECTED[ref]
    found = pipeline.registry().lookup(ref)
    assert found, f"{ref} missing from the registry"
    d = found[0]
    assert (d.label, d.type_name, d.best("dates"), d.best("issuers")) == (ref, type_name, date, issuer)


def test_kl21_keeps_both_dates_with_counts_and_sources(pipeline):
    d = pipeline.registry().lookup("21-KL/TW")[0]
    assert [a.value for a in d.dates] == ["25/10/2021", "15/10/2021"]
    best, other = d.dates
    assert best.count >= 4 and best.documents == 3 and other.count == 1
    assert {s.doc_id for s in other.statements} == {"cao-bang-xay-dung-chinh-don-dang"}
    assert "15/10/2021" in other.statements[0].sentence
    assert d.conflicts["dates"] == ["25/10/2021", "15/10/2021"]
    assert d.best("terms") == "khóa XIII"
    assert d.best("subjects").startswith("về đẩy mạnh xây dựng")


def test_bare_mentions_and_the_typo_join_the_full_number(pipeline):
    registry = pipeline.registry()
    d = registry.lookup("KL 21")[0]
    assert d is registry.lookup("21-KL/TW")[0] is registry.lookup("ket luan 21")[0] is registry.lookup("kl21")[0]
    sentences = [s.sentence for s in d.mentions]
    assert any(s.startswith("Kết luận số 21 cũng") for s in sentences)  # a bare mention after the full one
    assert any("Mục tiêu của Kết luận 21 là" in s for s in sentences) and any("21-KLTW" in s for s in sentences)
    assert not [k for k in registry.directives if k.startswith("bare|kl-21")]


def test_named_resolutions_are_told_apart_by_term(pipeline):
    labels = {d.label for d in pipeline.registry().all()}
    assert {"Nghị quyết Trung ương 4 khóa XII", "Nghị quyết Trung ương 6 khóa XII",
            "Nghị quyết Trung ương 7 khóa XII"} <= labels


def test_corpus_yields_many_documents_and_mentions(pipeline):
    records = pipeline.registry().all()
    assert len(records) >= 25 and sum(len(d.mentions) for d in records) >= 60
    assert sum(1 for d in records if d.dates and d.issuers) >= 12


@pytest.mark.parametrize("question,start,must_cite", [
    ("KL 14 ban hành ngày nào?", "22/09/2021", "14-KL/TW"),
    ("ket luan 14 do co quan nao ban hanh", "Bộ Chính trị", "14-KL/TW"),
    ("Quy định 205 về nội dung gì?", "Quy định 205-QĐ/TW về kiểm soát quyền lực", "205-QĐ/TW"),
    ("Kế hoạch 77-KH/TU của ai?", "Ban Thường vụ Tỉnh ủy", "77-KH/TU"),
    ("Quy định 11-QĐi/TW ban hành ngày nào?", "18/02/2019", "11-QĐi/TW"),
    # As officials phrase it: "quy định về cái gì", the issuer abbreviated, the issuer and date written with it,
    # the plan's period in the question, the Party term asked with "khóa mấy".
    ("QĐ 205 của BCT quy định về cái gì?", "Quy định 205-QĐ/TW về kiểm soát quyền lực", "205-QĐ/TW"),
    ("Quy định số 09-QĐ/TU ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy Nghệ An quy định về vấn đề gì?",
     "Quy định 09-QĐ/TU về luân chuyển cán bộ", "09-QĐ/TU"),
    ("Đề án số 08-ĐA/TU của Tỉnh ủy Cao Bằng giai đoạn 2021 - 2025 có nội dung gì?",
     "Đề án 08-ĐA/TU về nâng cao chất lượng, hiệu quả công tác dân vận", "08-ĐA/TU"),
    ("KL 21 do BCH TW khóa mấy ban hành?", "khóa XIII", "21-KL/TW"),
    # A local body written without its place belongs to the place of the report that names it; a programme's
    # name written without "về"; one resolution written with two codes is one record.
    ("Quy định 09-QĐ/TU của Nghệ An do ai ban hành?", "Ban Thường vụ Tỉnh ủy", "09-QĐ/TU"),
    ("Đề án 14-ĐA/TU ở Cao Bằng về gì?", "Đề án 14-ĐA/TU cải cách hành chính trong cơ quan Đảng", "14-ĐA/TU"),
    ("Nghị quyết 08-NQ/TW về nội dung gì?", "Nghị quyết 08-NQ/TU về phương hướng, nhiệm vụ năm 2022", "08-NQ/T"),
    ("Quy định 205-QĐ/TW mà Nghệ An tiếp tục thực hiện do cơ quan nào ban hành?", "Bộ Chính trị", "205-QĐ/TW"),
    # A "mà …" clause after the issuer, and a polite lead-in, still ask about the document.
    ("Anh/chị cho em hỏi Quy định 205-QĐ/TW của Bộ Chính trị mà tỉnh Nghệ An nhắc tới quy định về vấn đề gì?",
     "Quy định 205-QĐ/TW về kiểm soát quyền lực", "205-QĐ/TW"),
    # A plan described by what it carries out and where it was mentioned; a source and a section opening the
    # question.
    ("Kế hoạch số 77-KH/TU của Ban Thường vụ Tỉnh ủy Nghệ An thực hiện Kết luận Hội nghị lần thứ tư Ban Chấp hành "
     "Trung ương khóa XIII, được nhắc tới trong buổi giám sát tại Hưng Nguyên, được ban hành ngày nào?", "24/01/2022",
     "77-KH/TU"),
    ("Trong giải pháp thứ tư của bài viết về Nghệ An, Quy định số 205-QĐ/TW, ngày 23/9/2019 của Bộ Chính trị được "
     "nêu là quy định về vấn đề gì?", "Quy định 205-QĐ/TW về kiểm soát quyền lực", "205-QĐ/TW"),
    # What a plan carries out is what it is about.
    ("Kế hoạch 77-KH/TU triển khai văn bản nào?", "Kế hoạch 77-KH/TU thực hiện Kết luận Hội nghị lần thứ tư",
     "77-KH/TU"),
    # Context told first, in sentences of its own (places, a newspaper): the last sentence asks about the document;
    # "mang ngày" is its date.
    ("Bài Baonghean về đoàn giám sát tại huyện Hưng Nguyên cho biết đoàn giám sát cả việc thực hiện một kế hoạch "
     "của Ban Thường vụ Tỉnh ủy Nghệ An. Kế hoạch số 77-KH/TU đó mang ngày tháng năm nào?", "24/01/2022", "77-KH/TU"),
    # The last sentence points back at a document the context names, by its type ("Chỉ thị này").
    ("Tại hội nghị quán triệt KL 21 ở Quảng Ninh, Bí thư Tỉnh ủy có nhắc đến Chỉ thị 18-CT/TU của Ban Thường vụ Tỉnh "
     "ủy. Chỉ thị này đề ngày nào?", "18/10/2021", "18-CT/TU"),
    # … or a clause after a semicolon or a comma does.
    ("Bài viết ở Nghệ An có nhắc Quy định 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị; quy định này nói về việc gì?",
     "Quy định 205-QĐ/TW về kiểm soát quyền lực", "205-QĐ/TW"),
    ("bai nghe an co nhac quy dinh so 205-QD/TW ngay 23/9/2019, quy dinh do noi ve viec gi",
     "Quy định 205-QĐ/TW về kiểm soát quyền lực", "205-QĐ/TW"),
    # A fact heard, to be checked: the date the registry holds.
    ("Nghe nói KL 21 ban hành tháng 11/2021 phải không ạ?", "25/10/2021", "21-KL/TW"),
    # A search box's keywords: the issuer written straight after the number, its shorthand in lower case.
    ("kl 14-kl/tw bct ve noi dung gi", "Kết luận 14-KL/TW về chủ trương khuyến khích và bảo vệ cán bộ", "14-KL/TW"),
    ("NQ 08-NQ/TU BCH dang bo tinh noi dung", "Nghị quyết 08-NQ/TU về phương hướng, nhiệm vụ năm 2022", "08-NQ/T"),
    # Two documents set side by side, the later clause asking of the one it opens with; the province's body after
    # the second document is not the first's issuer.
    ("Kết luận 21 của Trung ương với Kế hoạch 77-KH/TU của Tỉnh ủy Nghệ An cách nhau bao lâu, Kế hoạch 77 ra ngày "
     "nào?", "24/01/2022", "77-KH/TU"),
    # A date written in words is no figure the texts must have.
    ("Chỉ thị số 18 ngày 18 tháng 10 năm 2021 bên Quảng Ninh thì do cơ quan nào ban hành?", "Ban Thường vụ Tỉnh ủy",
     "18-CT/TU"),
])
def test_questions_about_a_document_are_answered_from_the_registry(pipeline, question, start, must_cite):
    answer = pipeline.ask(question)
    assert answer.grounded and answer.answer.startswith(start), answer.answer
    assert answer.citations and all(must_cite in c.quote for c in answer.citations)


def test_date_conflict_is_stated_and_cited(pipeline):
    answer = pipeline.ask("Kết luận 21-KL/TW ban hành ngày nào?")
    first, *rest = answer.answer.split("\n")
    assert first.startswith("25/10/2021 [1][2][3]")
    note = next(line for line in rest if line.startswith("Lưu ý"))
    assert "15/10/2021" in note
    n = int(note.split("[", 1)[1].split("]", 1)[0])
    cited = answer.citations[n - 1]
    assert cited.doc_id == "cao-bang-xay-dung-chinh-don-dang" and "15/10/2021" in cited.quote


def test_the_source_a_question_names_states_its_value_first(pipeline):
    # "Theo bài viết ở Cao Bằng": what that report states, the other reports' date as a note.
    answer = pipeline.ask("Theo bài viết ở Cao Bằng, Kết luận 21-KL/TW ban hành ngày nào?")
    first, *rest = answer.answer.split("\n")
    assert first.startswith("15/10/2021") and any(line.startswith("Lưu ý") and "25/10/2021" in line for line in rest)
    assert answer.citations[0].doc_id == "cao-bang-xay-dung-chinh-don-dang"


def test_a_source_cited_by_its_opening_words_states_its_value_first(pipeline):
    # The Quảng Ninh report is cited by its first words, not its headline: its own wording comes first.
    answer = pipeline.ask('Bài "Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị…": Kết luận số 14-KL/TW là '
                          'về chủ trương gì?')
    assert answer.citations[0].doc_id == "quang-ninh-hoi-nghi-quan-triet-kl21", answer.answer
    assert "sáng tạo vì lợi ích chung" in answer.answer


def test_a_writing_named_inside_the_question_is_its_source(pipeline):
    answer = pipeline.ask("Ngày ban hành KL 21 trong bài của Cao Bằng là ngày nào?")
    assert answer.answer.startswith("15/10/2021"), answer.answer
    assert answer.citations[0].doc_id == "cao-bang-xay-dung-chinh-don-dang"


def test_a_documents_subject_the_corpus_never_states_is_refused(pipeline):
    # Nghị quyết 39 is named ("tổng kết Nghị quyết 39") but never described: the sentence naming it is no answer.
    answer = pipeline.ask("Nghị quyết 39 mà Ban Tổ chức Trung ương tổng kết là nghị quyết về cái gì?")
    assert not answer.grounded and "Nghị quyết 39" in answer.answer


def test_a_writings_date_to_check_is_checked_against_what_most_sources_state(pipeline):
    # The question states what the Cao Bằng report writes and asks whether it is true: the date most reports give
    # comes first, that report's own as a note.
    answer = pipeline.ask("Bài viết về Cao Bằng ghi Kết luận 21-KL/TW ra ngày mười lăm tháng mười năm 2021; có đúng "
                          "là Ban Chấp hành Trung ương ban hành Kết luận này vào đúng ngày đó không?")
    first, *rest = answer.answer.split("\n")
    assert first.startswith("25/10/2021"), answer.answer
    assert any(line.startswith("Lưu ý") and "15/10/2021" in line for line in rest)


@pytest.mark.parametrize("question", [
    "Theo bài về Cao Bằng, Kết luận số 21-KL/TW được ghi là ngày 25/10/2021, có phải không?",
    "Bài Bí thư Cao Bằng: KL21 ghi ngày 25/10/2021 - đúng?",  # a headline: the source before its colon
])
def test_what_a_named_writing_writes_is_checked_against_that_writing(pipeline, question):
    # Asked what the Cao Bằng report writes (not when the conclusion was really issued): its own date comes first.
    answer = pipeline.ask(question)
    first, *rest = answer.answer.split("\n")
    assert first.startswith("15/10/2021"), answer.answer
    assert answer.citations[0].doc_id == "cao-bang-xay-dung-chinh-don-dang"


def test_related_documents_are_listed_with_citations(pipeline):
    answer = pipeline.ask("KL 21 được thực hiện gắn với những văn bản nào?")
    assert answer.grounded and "01-KL/TW" in answer.answer and "77-KH/TU" in answer.answer
    for line in answer.answer.split("\n")[1:]:
        n = int(line.rsplit("[", 1)[1].rstrip("]"))
        assert "21-KL/TW" in answer.citations[n - 1].quote or "Kết luận 21" in answer.citations[n - 1].quote


def test_which_writings_mention_a_document_is_not_answered_by_its_registry_record(pipeline):
    # The clause after the comma asks the registry's question, but the whole asks which reports name KL 01 first.
    answer = pipeline.ask("Xin hỏi những bài nào có nhắc tới KL 01-KL/TW ngày 18/5/2021, và văn bản này do cơ quan "
                          "nào ban hành?")
    assert answer.grounded and all(w in answer.answer for w in ("Hưng Nguyên", "Nghệ An", "Cao Bằng", "Bộ Chính trị"))
    assert {c.doc_id for c in answer.citations} >= {"hung-nguyen-giam-sat-kl21", "nghe-an-nhiem-vu-giai-phap-kl21"}
    assert all("01-KL/TW" in c.quote for c in answer.citations)


@pytest.mark.parametrize("question,why", [
    # The one sentence naming it dates Kết luận 01-KL/TW (18/5/2021), not the Chỉ thị it continues.
    ("Chỉ thị 05-CT/TW ban hành ngày nào?", "nhắc đến Chỉ thị 05-CT/TW không nêu ngày ban hành"),
    ("Quy định 109-QĐ/TW về nội dung gì?", "nhắc đến Quy định 109-QĐ/TW không nêu nội dung"),
    # A clause opened by "mà" says which document is meant, not what happened.
    ("Nghị quyết 39 mà Ban Bí thư sẽ tổng kết được ban hành ngày nào?", "nhắc đến Nghị quyết 39 không nêu ngày"),
    # A state number is found without its type word; "Nghị quyết" is not a topic of the question.
    ("Nghị quyết 68/NQ-HĐND của HĐND tỉnh quy định về nội dung gì?", "nhắc đến Nghị quyết 68/NQ-HĐND không nêu"),
    # Its code typed before the number, its place, and where it is mentioned are still the document's.
    ("NQ 68/NQ-HĐND của HĐND tỉnh Quảng Ninh quy định về nội dung gì vậy?", "nhắc đến Nghị quyết 68/NQ-HĐND không"),
    ("Chỉ thị 18-CT/TU ngày 18/10/2021 của Ban Thường vụ Tỉnh ủy Quảng Ninh, được nhắc tới tại hội nghị quán triệt "
     "Kết luận 21, có nội dung về vấn đề gì?", "nhắc đến Chỉ thị 18-CT/TU không nêu nội dung"),
    # The subject ("về … Hồ Chí Minh") typed without accents, and the name in quotes before "mà …", are the
    # document's own: the sentence dating Kết luận 01 beside them is no answer.
    ("chi thi 05-CT/TW ve day manh hoc tap va lam theo tu tuong, dao duc, phong cach Ho Chi Minh ky ngay nao?",
     "nhắc đến Chỉ thị 05-CT/TW không nêu ngày ban hành"),
    ("“Quy định 109-QĐ/TW” của Ban Bí thư mà đoàn giám sát yêu cầu Hưng Nguyên quán triệt được ban hành ngày tháng "
     "năm nào?", "nhắc đến Quy định 109-QĐ/TW không nêu ngày ban hành"),
    # Typed with accents, a name in what the document is about ("… tư tưởng Hồ Chí Minh") is its own as well.
    ("Chỉ thị 05-CT/TW về học tập làm theo tư tưởng Hồ Chí Minh ra ngày nào", "nhắc đến Chỉ thị 05-CT/TW không nêu"),
    # Its date asked before the documents beside it ("…, căn cứ vào văn bản nào …?").
    ("Chương trình số 08-CTr/TU của Tỉnh ủy Cao Bằng được ban hành ngày nào, căn cứ vào văn bản nào của Trung ương?",
     "nhắc đến Chương trình 08-CTr/TU không nêu ngày ban hành"),
    # Asked in old formal words: "ban bố vào nhật kỳ nào" is "ban hành vào ngày nào".
    ("Chương trình số 08-CTr/TU của Tỉnh ủy Cao Bằng về xây dựng đội ngũ cán bộ chủ chốt các cấp được ban bố vào "
     "nhật kỳ nào?", "nhắc đến Chương trình 08-CTr/TU không nêu ngày ban hành"),
])
def test_what_no_sentence_states_of_a_known_document_is_refused(pipeline, question, why):
    answer = pipeline.ask(question)
    assert not answer.grounded and why in answer.answer and answer.citations == []


def test_a_decision_is_about_what_it_issued(pipeline):
    answer = pipeline.ask("Quyết định 217-QĐ/TW ban hành quy chế gì?")
    assert answer.answer.startswith("Quyết định 217-QĐ/TW ban hành Quy chế giám sát và phản biện xã hội")
    assert "217-QĐ/TW" in answer.citations[0].quote


def test_a_document_not_in_the_corpus_is_refused(pipeline):
    answer = pipeline.ask("Nghị quyết 57-NQ/TW ban hành ngày nào?")
    assert not answer.grounded and "không có văn bản Nghị quyết 57-NQ/TW" in answer.answer


@pytest.mark.parametrize("ref", ["KL%2021", "21-KL/TW", "21-KL%2FTW", "kl21", "ket%20luan%2021"])
def test_api_record_by_any_written_form(client, ref):
    r = client.get(f"/v1/directives/{ref}")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["ref"] == "21-KL/TW" and body["date"] == "25/10/2021" and body["conflicts"] == ["dates"]
    dates = {a["value"]: a for a in body["dates"]}
    assert set(dates) == {"25/10/2021", "15/10/2021"}
    assert dates["15/10/2021"]["count"] == 1
    assert dates["15/10/2021"]["sources"][0]["doc_id"] == "cao-bang-xay-dung-chinh-don-dang"
    assert body["mentions"] == len(body["mentions_list"]) >= 20
    assert {"01-KL/TW", "77-KH/TU"} <= {x["ref"] for x in body["related"]}


def test_api_unknown_ref_is_404(client):
    r = client.get("/v1/directives/NQ%2057")
    error = r.json()["error"]
    assert r.status_code == 404 and error["code"] == "directive_not_found" and "NQ 57" in error["message"]
    assert client.get("/v1/directives/xin%20chao").status_code == 404


def test_api_list_filters_and_pages(client):
    body = client.get("/v1/directives", params={"page_size": 5}).json()
    assert body["total"] >= 25 and len(body["directives"]) == 5 and body["directives"][0]["ref"] == "21-KL/TW"
    page2 = client.get("/v1/directives", params={"page_size": 5, "page": 2}).json()["directives"]
    assert not {d["id"] for d in page2} & {d["id"] for d in body["directives"]}
    by_type = client.get("/v1/directives", params={"type": "ket luan"}).json()["directives"]
    assert {d["ref"] for d in by_type} == {"21-KL/TW", "14-KL/TW", "01-KL/TW"}
    by_issuer = client.get("/v1/directives", params={"issuer": "Bộ Chính trị", "year": "2019"}).json()["directives"]
    assert {d["ref"] for d in by_issuer} == {"205-QĐ/TW", "11-QĐi/TW"}
    assert client.get("/v1/directives", params={"year": "20x1"}).status_code == 422


def test_registry_follows_ingest_replacement_and_delete(tmp_path, tiny_embeddings):
    p = make_pipeline(tmp_path, tiny_embeddings)
    first = load_bytes("Kết luận số 300-KL/TW ngày 01/02/2024 của Bộ Chính trị về thử nghiệm.".encode(), "a.txt")
    p.ingest_documents([first])
    assert p.registry().lookup("KL 300")[0].best("dates") == "01/02/2024"
    changed = load_bytes("Kết luận số 300-KL/TW ngày 03/02/2024 của Ban Bí thư về thử nghiệm.".encode(), "a.txt")
    p.ingest_documents([changed])
    d = p.registry().lookup("KL 300")[0]
    assert [a.value for a in d.dates] == ["03/02/2024"] and d.best("issuers") == "Ban Bí thư"
    p.delete("a")
    assert p.registry().lookup("KL 300") == []


def test_a_question_asking_for_a_document_of_another_type_is_not_about_the_one_it_names(pipeline):
    # "kế hoạch nào" beside Kết luận 21: a plan is asked for, not what the conclusion is about.
    answer = pipeline.ask("Đoàn giám sát việc thực hiện KL 21 ở huyện Hưng Nguyên còn giám sát việc thực hiện kế "
                          "hoạch nào, ban hành ngày nào?")
    assert answer.grounded and "77-KH/TU" in answer.answer and "24/01/2022" in answer.answer, answer.answer
    assert not answer.answer.startswith("Kết luận 21-KL/TW về")
    # "quy định", "hướng dẫn" are verbs too: "Kết luận 21 quy định gì?" asks what the conclusion is about.
    for question in ("Kết luận 21 quy định gì?", "Kết luận 21 hướng dẫn gì?"):
        answer = pipeline.ask(question)
        assert answer.answer.startswith("Kết luận 21-KL/TW về đẩy mạnh xây dựng"), answer.answer


def test_the_number_of_a_document_of_another_type_is_not_asked_of_the_one_it_carries_out(pipeline):
    # The programme carrying out KL 21 is asked for, not KL 21's date.
    answer = pipeline.ask("chuong trinh hanh dong cua tinh uy QN thuc hien KL21 la chuong trinh so may, ban hanh ngay "
                          "nao")
    assert "25/10/2021" not in answer.answer, answer.answer


def test_an_articles_headline_and_publication_are_its_own_metadata(pipeline):
    answer = pipeline.ask("bai viet cua Bi thu tinh uy Cao Bang dang tren trang HDND tinh ten la gi")
    assert answer.grounded and "Tăng cường xây dựng, chỉnh đốn Đảng" in answer.answer, answer.answer
    assert answer.citations[0].doc_id == "cao-bang-xay-dung-chinh-don-dang"
    history = [{"role": "user", "content": "Ai viết bài \"Tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị\" "
                                           "của Cao Bằng?"},
               {"role": "assistant", "content": "Tác giả là đồng chí Trần Hồng Minh, Bí thư Tỉnh ủy Cao Bằng."}]
    published = pipeline.ask("bai do dang ngay nao vay", history)
    assert published.grounded and "11/02/2024" in published.answer, published.answer
    # Which article says something: the one whose passage says it.
    which = pipeline.ask("Nhiệm vụ \"tham mưu tổng kết công tác quy hoạch cán bộ khóa XI, XII\" được nêu trong tài "
                         "liệu nào?")
    assert which.citations and which.citations[0].doc_id == "ban-to-chuc-tw-giao-ban-quy-iii-2021", which.answer


def test_a_document_given_as_another_provinces_is_not_the_one_the_corpus_has(pipeline):
    # KL 21 is the Central Committee's: "KL 21 của Tỉnh ủy Thái Bình" is Thái Bình's own, which the corpus lacks.
    for question, province in (("KH thuc hien KL 21 cua Tinh uy Thai Binh ban hanh ngay nao?", "Thái Bình"),
                               ("Kết luận 21 của Tỉnh ủy Nghệ An ban hành ngày nào?", "Nghệ An")):
        answer = pipeline.ask(question)
        assert not answer.grounded and f"không phải văn bản của {province}" in answer.answer, answer.answer
    # Where the corpus never says whose a local plan is, the province asked is not contradicted.
    plan = pipeline.ask("Kế hoạch 77-KH/TU của Tỉnh ủy Nghệ An ban hành ngày nào?")
    assert plan.grounded and plan.answer.startswith("24/01/2022"), plan.answer
    # A province named where the document is mentioned, or in an event's body, is no issuer of it.
    mentioned = pipeline.ask("Quy định số 205-QĐ/TW của Bộ Chính trị mà bài viết ở Nghệ An có nhắc tới ban hành ngày "
                             "nào?")
    assert mentioned.grounded and mentioned.answer.startswith("23/09/2019"), mentioned.answer
    event = pipeline.ask("Hội nghị học tập, quán triệt KL 21 của BTV Tỉnh uỷ Quảng Ninh tổ chức sáng ngày nào?")
    assert "không phải văn bản của" not in event.answer, event.answer


def test_a_document_named_after_where_it_is_mentioned_is_asked_about_itself(pipeline):
    history = [{"role": "user", "content": "Giải pháp thứ tư trong bài viết về Nghệ An là gì?"},
               {"role": "assistant", "content": "Thứ tư, tập trung xây dựng đội ngũ cán bộ các cấp."}]
    answer = pipeline.ask("Trong giải pháp đó, Kết luận số 14-KL/TW của Bộ Chính trị được nêu là ban hành ngày nào?",
                          history)
    assert answer.grounded and answer.answer.startswith("22/09/2021"), answer.answer


def test_a_local_plan_reported_by_a_provinces_newspaper_is_that_provinces(pipeline):
    # Kế hoạch 77-KH/TU "của Tỉnh ủy" is told only in Baonghean.vn's report on a district: Nghệ An's, not Quảng Ninh's.
    other = pipeline.ask("Kế hoạch số 77-KH/TU của Tỉnh ủy Quảng Ninh được ban hành ngày nào?")
    assert not other.grounded and "không phải văn bản của Quảng Ninh" in other.answer, other.answer
    own = pipeline.ask("Kế hoạch số 77-KH/TU của Tỉnh ủy Nghệ An được ban hành ngày nào?")
    assert own.grounded and own.answer.startswith("24/01/2022"), own.answer



def test_another_writing_asked_of_in_a_follow_up_gives_that_writings_date(pipeline):
    history = [{"role": "user", "content": "KL21 ban hành ngày nào theo bài Quảng Ninh?"},
               {"role": "assistant", "content": "Ngày 25/10/2021."}]
    for follow_up in ("Còn bài Cao Bằng thì ghi ngày nào?", "Còn bài Cao Bằng thì sao?"):
        answer = pipeline.ask(follow_up, history=history)
        assert answer.answer.startswith("15/10/2021"), (follow_up, answer.answer)
        assert answer.citations[0].doc_id == "cao-bang-xay-dung-chinh-don-dang"


def test_how_a_document_is_carried_out_somewhere_is_no_question_about_what_it_carries_out(pipeline):
    # "triển khai như thế nào" asks how, in a province the corpus never names: not the registry's subject.
    answer = pipeline.ask("KL 21 ở Hà Tĩnh triển khai như thế nào?")
    assert not answer.grounded and "Hà Tĩnh" in answer.answer


def test_a_document_named_by_the_wrong_type_but_described_is_the_one_the_corpus_has(pipeline):
    answer = pipeline.ask("Nghị quyết số 21 của Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng ban hành ngày nào?")
    assert answer.answer.startswith("25/10/2021"), answer.answer
    assert "không có Nghị quyết số 21" in answer.answer.split("\n")[-1]
    # The number alone is not enough: Kế hoạch 77 is no answer to a Chỉ thị 77 the corpus lacks.
    refused = pipeline.ask("Chỉ thị 77 ban hành ngày nào?")
    assert not refused.grounded and "Chỉ thị 77" in refused.answer
    # Nor is a description the question gives that no text does, nor what any question about a document asks with.
    refused = pipeline.ask("Chỉ thị 21 của Thủ tướng về phòng chống dịch ban hành ngày nào?")
    assert not refused.grounded and "Chỉ thị 21" in refused.answer, refused.answer


def test_a_document_named_by_the_wrong_type_is_the_one_the_texts_tell_of_where_the_question_does(pipeline):
    # No subject given: the corpus names Kết luận 21 where it tells of the supervision at Hưng Nguyên.
    answer = pipeline.ask("Đoàn của Tỉnh ủy về huyện Hưng Nguyên giám sát việc thực hiện Chỉ thị 21 vào sáng hôm nào?")
    assert answer.grounded and "14/11" in answer.answer, answer.answer
    assert "không có Chỉ thị 21, câu hỏi được hiểu là hỏi về Kết luận 21" in answer.answer
    # Of several documents of a number, the one described: Nghị quyết 08-NQ/TU, not Chương trình or Đề án 08.
    answer = pipeline.ask("Kết luận 08 về phương hướng, nhiệm vụ năm 2022 của Quảng Ninh do cơ quan nào ban hành?")
    assert answer.grounded and "hiểu là hỏi về Nghị quyết 08" in answer.answer, answer.answer


def test_a_document_number_typed_with_its_digits_swapped_but_described_is_the_one_the_corpus_has(pipeline):
    answer = pipeline.ask("Kết luận 12 về đẩy mạnh xây dựng, chỉnh đốn Đảng ban hành ngày nào?")
    assert answer.answer.startswith("25/10/2021"), answer.answer
    assert "không có Kết luận 12, câu hỏi được hiểu là hỏi về Kết luận 21" in answer.answer
    # The digits alone are not enough: a Kết luận 12 asked of with no description is one the corpus lacks.
    refused = pipeline.ask("Kết luận 12 ban hành ngày nào?")
    assert not refused.grounded and "Kết luận 12" in refused.answer, refused.answer


def test_a_document_its_source_cites_with_the_verb_last_is_asked_about_itself(pipeline):
    # "…, được bài viết về Nghệ An viện dẫn, …" tells where it is mentioned: no event, no topic asked.
    answer = pipeline.ask("Quy định số 205-QĐ/TW, ngày 23/9/2019 của Bộ Chính trị, được bài viết về Nghệ An viện dẫn, "
                          "có nội dung bàn về vấn đề chi, xin được biết?")
    assert answer.answer.startswith("Quy định 205-QĐ/TW về kiểm soát quyền lực trong công tác cán bộ"), answer.answer


def test_an_issuer_is_quoted_from_a_sentence_with_the_date_most_sources_give(pipeline):
    # Cao Bằng's report dates Kết luận 21 15/10/2021 where the others say 25/10/2021: its sentence is no quote for
    # the issuer while one giving the agreed date (and term) is there.
    answer = pipeline.ask("Kết luận 21-KL/TW do cơ quan nào ban hành?")
    assert answer.answer.startswith("Ban Chấp hành Trung ương")
    assert "25/10/2021" in answer.citations[0].quote and "15/10/2021" not in answer.citations[0].quote


def test_two_things_asked_of_a_document_are_both_answered_from_the_source_named(pipeline):
    answer = pipeline.ask("Theo bài viết về Nghệ An, Kết luận số 21-KL/TW được ban bố vào nhật kỳ nào và do cơ quan "
                          "nào ban hành? Kính mong được trả lời cả hai điều.")
    date, issuer = answer.answer.split("\n\n")
    assert "25/10/2021" in date and "Ban Chấp hành Trung ương" in issuer.split("\n")[1]
    assert {c.doc_id for c in answer.citations[:1]} == {"nghe-an-nhiem-vu-giai-phap-kl21"}


@pytest.mark.parametrize("question,start", [
    ("kế hoạch 77 của tỉnh ủy nghệ an ra ngày nào", "24/01/2022"),  # its issuer typed in lower case
    ("Cái Quy định 2993-QĐ/TU về nêu gương của Ban Thường vụ Tỉnh ủy Nghệ An, tôi nhớ là ký năm 2020, tôi nói thế có "
     "sai không? Ngày ban hành chính xác là ngày nào?", "08/07/2019"),  # a wrong year to check is no year asked
    ("Quy định số 205-QĐ/TW của Bộ Chính trị, đâu phải về kê khai tài sản, mà nội dung của nó là gì?",
     "Quy định 205-QĐ/TW về kiểm soát quyền lực"),
    ("Chúng tôi được nhắc thực hiện Kết luận 21 gắn với Kết luận số 01-KL/TW ngày 18/5/2021. Xin hỏi Kết luận 01 đó "
     "do cơ quan nào của Trung ương ban hành?", "Bộ Chính trị"),  # the document the asking sentence names
    ("Keets luaanj số 14-KL/TW ban hanhf ngayf naof?", "22/09/2021"),  # typed as raw Telex keys
    # A pupil's claim graded: who made it is no speaker to find.
    ("Bạn Dũng nói Quy định số 09-QĐ/TU ngày 20/9/2021 về luân chuyển cán bộ là do Bộ Chính trị ban hành. Đúng hay "
     "sai? Cơ quan nào ban hành?", "Ban Thường vụ Tỉnh ủy"),
])
def test_a_document_asked_about_in_the_ways_people_ask(pipeline, question, start):
    answer = pipeline.ask(question)
    assert answer.answer.startswith(start), answer.answer


@pytest.mark.parametrize("question", [
    "Huyện Đầm Hà ban hành kế hoạch thực hiện Kết luận 21-KL/TW vào ngày nào?",
    "Tỉnh đoàn Cao Bằng ban hành kế hoạch thực hiện Kết luận 21 ngày nào vậy anh?",
])
def test_a_plan_another_body_issued_to_carry_out_a_document_is_not_that_document(pipeline, question):
    answer = pipeline.ask(question)
    # Neither the conclusion's date nor that of Nghệ An's plan carrying it out (Kế hoạch 77-KH/TU).
    assert not answer.answer.startswith(("25/10/2021", "24/01/2022")), answer.answer


def test_the_plan_a_body_issued_to_carry_out_a_document_named_before_is_found_by_what_it_carries_out(pipeline):
    history = [{"role": "user", "content": "Quy định 11-QĐi/TW về trách nhiệm người đứng đầu cấp ủy trong tiếp dân có "
                                           "từ ngày nào?"},
               {"role": "assistant", "content": "Quy định này ban hành ngày 18/02/2019."}]
    answer = pipeline.ask("Ban Thường vụ Tỉnh ủy Nghệ An ban hành kế hoạch thực hiện quy định đó vào ngày nào?",
                          history=history)
    assert answer.answer.startswith("01/04/2019") and "Kế hoạch 184-KH/TU" in answer.answer, answer.answer


@pytest.mark.parametrize("question,start,meant", [
    ("Quy định về trách nhiệm nêu gương mà Ban Thường vụ Tỉnh ủy Nghệ An ban hành có từ ngày nào?", "08/07/2019",
     "Quy định 2993-QĐ/TU"),
    ("Văn bản Bộ Chính trị ban hành ngày 23/9/2019 mà bài về Nghệ An có nhắc đến nói về vấn đề gì?",
     "Quy định 205-QĐ/TW về kiểm soát quyền lực", "Quy định 205-QĐ/TW"),
    ("Quy định mà Ban Thường vụ Tỉnh ủy Nghệ An đưa ra ngày 20/9/2021 là về chuyện gì?",
     "Quy định 09-QĐ/TU về luân chuyển cán bộ", "Quy định 09-QĐ/TU"),
    # its issuer's and place's words, and "ban hành", are no subject it shares with another record
    ("Quy định về luân chuyển cán bộ của Ban Thường vụ Tỉnh ủy Nghệ An có ngày ban hành là bao giờ?", "20/09/2021",
     "Quy định 09-QĐ/TU"),
])
def test_a_document_named_by_what_it_is_is_the_one_the_registry_so_describes(pipeline, question, start, meant):
    answer = pipeline.ask(question)
    assert answer.answer.startswith(start), answer.answer
    assert f"được hiểu là {meant}" in answer.answer.split("\n")[-1]  # the answer says which document it took


@pytest.mark.parametrize("question", [
    "Chỉ thị ban hành ngày nào?",  # nothing describes which
    "Kế hoạch nào được ban hành năm 2022?",  # which document is the question
])
def test_a_document_type_alone_is_no_description(pipeline, question):
    assert "được hiểu là" not in pipeline.ask(question).answer

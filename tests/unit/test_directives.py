"""What a sentence states about the directives it names: every reference form, date form, body, term
and subject the registry relies on."""

from __future__ import annotations

import pytest

from rag.directives.extract import canonical_body, described_spans, extract_mentions, mentions_json, stored_mentions
from rag.directives.registry import Registry
from rag.documents import Chunk
from rag.vi.refs import find_refs


def _one(text: str):
    found = extract_mentions(text)
    assert found, text
    return found[0]


@pytest.mark.parametrize("text,label,type_name,full_key", [
    ("Thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.", "21-KL/TW", "Kết luận", "21-kl/tw"),
    ("Kế hoạch số 77-KH/TU, ngày 24/01/2022 của Ban Thường vụ Tỉnh ủy.", "77-KH/TU", "Kế hoạch", "77-kh/tu"),
    ("Quy định số 11-QĐi/TW, ngày 18/02/2019 về trách nhiệm.", "11-QĐi/TW", "Quy định", "11-qd/tw"),
    ("Chương trình số 08-CTr/TU xây dựng đội ngũ cán bộ.", "08-CTr/TU", "Chương trình", "8-ctr/tu"),
    ("Đề án số 03-ĐA/TU về nâng cao chất lượng đảng viên.", "03-ĐA/TU", "Đề án", "3-da/tu"),
    ("Nghị quyết số 68/NQ-HĐND ngày 9/12/2021 của HĐND tỉnh.", "68/NQ-HĐND", "Nghị quyết", "68/nq-hdnd"),
    ("Nghị định 30/2020/NĐ-CP của Chính phủ về công tác văn thư.", "30/2020/NĐ-CP", "Nghị định", "30/2020/nd-cp"),
    ("Quán triệt Kết luận 21-KLTW của Ban Chấp hành Trung ương.", "21-KLTW", "Kết luận", "21-kl/tw"),
    ("ban hành theo Quyết định số 217-QĐ/TW ngày 12/12/2013", "217-QĐ/TW", "Quyết định", "217-qd/tw"),
    ("Quy định số 205-QĐ/TW, ngày 23/9/2019 của Bộ Chính trị", "205-QĐ/TW", "Quy định", "205-qd/tw"),
])
def test_reference_forms(text, label, type_name, full_key):
    m = _one(text)
    assert (m.label, m.type_name, m.full_key) == (label, type_name, full_key)


@pytest.mark.parametrize("text,short_key", [
    ("Kết luận 21 được quán triệt đến chi bộ.", "kl-21"),
    ("Kết luận số 21 được quán triệt.", "kl-21"),
    ("Chương trình hành động thực hiện KL 21 của Tỉnh ủy.", "kl-21"),
])
def test_bare_mentions_keep_type_and_number(text, short_key):
    m = _one(text)
    assert m.short_key == short_key and m.full_key == ""


def test_named_resolution_with_its_term():
    m = _one("Bài học từ việc thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.")
    assert (m.label, m.short_key, m.term) == ("Nghị quyết Trung ương 4", "nq-tw-4", "khóa XII")


@pytest.mark.parametrize("text,date", [
    ("Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.", "25/10/2021"),
    ("Kết luận số 01-KL/TW, ngày 18/05/2021 của Bộ Chính trị.", "18/05/2021"),
    ("Kết luận số 21-KL/TW ngày 25 tháng 10 năm 2021 của Ban Chấp hành Trung ương.", "25/10/2021"),
    ("Kết luận số 01-KL/TW của Bộ Chính trị ngày 18/5/2021.", "18/05/2021"),
    ("Ngày 25/10/2021, Ban Chấp hành Trung ương Đảng khóa XIII ban hành Kết luận 21-KL/TW về đẩy mạnh.",
     "25/10/2021"),
    ("Hội nghị ngày 15/1 quán triệt Kết luận số 21-KL/TW.", ""),  # an event's date is not the document's
])
def test_dates(text, date):
    assert _one(text).date == date


@pytest.mark.parametrize("written,canonical", [
    ("Ban Chấp hành Trung ương Đảng", "Ban Chấp hành Trung ương"),
    ("BCH TW", "Ban Chấp hành Trung ương"),
    ("BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
    ("Ban Thường vụ Tỉnh uỷ", "Ban Thường vụ Tỉnh ủy"),
    ("BCH Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh"),
    ("Bộ Chính trị", "Bộ Chính trị"),
])
def test_issuing_bodies(written, canonical):
    assert canonical_body(written) == canonical
    assert _one(f"Kết luận số 5-KL/TW ngày 1/2/2020 của {written} về thử nghiệm.").issuer == canonical


def test_issuer_term_and_subject_up_to_the_clause_end():
    m = _one("Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII về đẩy mạnh xây dựng, "
             "chỉnh đốn Đảng và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi.")
    assert (m.issuer, m.term) == ("Ban Chấp hành Trung ương", "khóa XIII")
    assert m.subject == "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"


def test_each_item_of_a_list_gets_its_own_values():
    found = extract_mentions("Quy định số 205-QĐ/TW, ngày 23/9/2019 của Bộ Chính trị về kiểm soát quyền lực, "
                             "Kết luận số 14-KL/TW, ngày 22/9/2021 của Bộ Chính trị về chủ trương khuyến khích, "
                             "Quy định số 09-QĐ/TU, ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy về luân chuyển cán bộ.")
    assert [(m.label, m.date, m.issuer, m.subject) for m in found] == [
        ("205-QĐ/TW", "23/09/2019", "Bộ Chính trị", "về kiểm soát quyền lực"),
        ("14-KL/TW", "22/09/2021", "Bộ Chính trị", "về chủ trương khuyến khích"),
        ("09-QĐ/TU", "20/09/2021", "Ban Thường vụ Tỉnh ủy", "về luân chuyển cán bộ"),
    ]


def test_a_document_named_inside_a_subject_does_not_cut_it():
    m = _one("Kết luận số 01-KL/TW, ngày 18/05/2021 của Bộ Chính trị về tiếp tục thực hiện Chỉ thị số 05-CT/TW "
             "về đẩy mạnh học tập, làm theo tư tưởng Hồ Chí Minh.")
    assert m.subject.startswith("về tiếp tục thực hiện Chỉ thị số 05-CT/TW về đẩy mạnh học tập")


def test_offsets_point_into_the_text():
    text = "Mở đầu. Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị."
    m = _one(text)
    assert text[m.start:m.end] == "Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị."
    assert text[m.ref_start:m.ref_end] == "Kết luận số 14-KL/TW"


@pytest.mark.parametrize("text,label,type_name,full_key,number", [
    ("Luật Cư trú số 68/2020/QH14 ngày 13/11/2020 của Quốc hội.", "Luật Cư trú 2020", "Luật", "luat-cu-tru-2020",
     "68"),
    ("Theo Bộ luật Dân sự năm 2015, cá nhân có quyền.", "Bộ luật Dân sự 2015", "Bộ luật", "luat-dan-su-2015", ""),
    ("Hiến pháp năm 2013 quy định quyền con người.", "Hiến pháp 2013", "Hiến pháp", "hien-phap-2013", ""),
    ("Pháp lệnh số 02/2022/UBTVQH15 về thử nghiệm.", "02/2022/UBTVQH15", "Pháp lệnh", "2/2022/ubtvqh15", "2"),
    ("Thông tư 01/2021/TT-BNV hướng dẫn thử nghiệm.", "01/2021/TT-BNV", "Thông tư", "1/2021/tt-bnv", "1"),
    ("Nghị quyết số 15/2021/NQ-HĐND của HĐND tỉnh.", "15/2021/NQ-HĐND", "Nghị quyết", "15/2021/nq-hdnd", "15"),
    ("Quyết định số 123/QĐ-TTg ngày 1/2/2021.", "123/QĐ-TTg", "Quyết định", "123/qd-ttg", "123"),
    ("Nghị quyết số 33/2021/QH15 của Quốc hội.", "33/2021/QH15", "Nghị quyết", "33/2021/qh15", "33"),
    ("Thông báo kết luận số 123-TB/TW của Ban Bí thư.", "123-TB/TW", "Thông báo", "123-tb/tw", "123"),
])
def test_state_documents_and_laws(text, label, type_name, full_key, number):
    m = _one(text)
    assert (m.label, m.type_name, m.full_key, m.number) == (label, type_name, full_key, number)


@pytest.mark.parametrize("written,canonical", [
    ("Quốc hội", "Quốc hội"),
    ("Ủy ban Thường vụ Quốc hội", "Ủy ban Thường vụ Quốc hội"),
    ("Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    ("Bộ Nội vụ", "Bộ Nội vụ"),
    ("Hội đồng nhân dân", "HĐND"),
])
def test_state_bodies(written, canonical):
    assert canonical_body(written) == canonical


def test_the_place_named_with_the_issuer():
    m = _one("Kế hoạch số 501-KH/TU, ngày 02/3/2032 của Ban Thường vụ Tỉnh ủy Lạng Sơn về chăm sóc vườn.")
    assert (m.issuer, m.place, m.subject) == ("Ban Thường vụ Tỉnh ủy", "Lạng Sơn", "về chăm sóc vườn")
    m = _one("Ngày 02/3/2032, Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch 501-KH/TU về chăm sóc vườn.")
    assert (m.issuer, m.place) == ("Ban Thường vụ Tỉnh ủy", "Lạng Sơn")


@pytest.mark.parametrize("text,subject", [
    # A programme's name follows its number without "về".
    ("Tỉnh ủy triển khai Chương trình số 08-CTr/TU xây dựng đội ngũ cán bộ chủ chốt các cấp; tổ chức hội nghị.",
     "xây dựng đội ngũ cán bộ chủ chốt các cấp"),
    ("Đề án số 14-ĐA/TU cải cách hành chính trong các tổ chức chính trị - xã hội tỉnh giai đoạn 2032 - 2035.",
     "cải cách hành chính trong các tổ chức chính trị - xã hội tỉnh giai đoạn 2032 - 2035"),
    # After its date and issuer, what a plan carries out.
    ("Kế hoạch số 52-KH/TU, ngày 3/3/2032 của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết Hội nghị lần thứ ba "
     "của Tỉnh ủy.", "thực hiện Nghị quyết Hội nghị lần thứ ba của Tỉnh ủy"),
    # What follows a number is a predicate, not a name.
    ("Kế hoạch số 77-KH/TU được quán triệt đến từng chi bộ.", ""),
    ("Kế hoạch số 77-KH/TU tỉnh Lạng Sơn đã đi vào cuộc sống.", ""),
    ("Kết luận số 21-KL/TW đề ra sáu nhiệm vụ.", ""),  # a conclusion is not named by what it does
    # A dash before a new phrase still ends a subject; the dash of a compound does not.
    ("Đề án số 3-ĐA/TU về vườn ươm - Ảnh: Báo Lạng Sơn.", "về vườn ươm"),
])
def test_subjects_of_programmes_named_without_ve(text, subject):
    assert _one(text).subject == subject


@pytest.mark.parametrize("text,label,subject", [
    ("Tiếp tục thực hiện các quy chế như: Quy chế giám sát và phản biện xã hội của Mặt trận (ban hành theo Quyết "
     "định số 317-QĐ/TW ngày 12/12/2033), Quy định về việc góp ý xây dựng Đảng (ban hành theo Quyết định "
     "318-QĐ/TW ngày 12/12/2033).", "317-QĐ/TW", "ban hành Quy chế giám sát và phản biện xã hội của Mặt trận"),
    ("Tiếp tục thực hiện các quy chế như: Quy chế giám sát và phản biện xã hội của Mặt trận (ban hành theo Quyết "
     "định số 317-QĐ/TW ngày 12/12/2033), Quy định về việc góp ý xây dựng Đảng (ban hành theo Quyết định "
     "318-QĐ/TW ngày 12/12/2033).", "318-QĐ/TW", "ban hành Quy định về việc góp ý xây dựng Đảng"),
    ("Thực hiện Quy chế làm việc của Tỉnh ủy ban hành kèm theo Quyết định số 12-QĐ/TU ngày 3/3/2031.", "12-QĐ/TU",
     "ban hành Quy chế làm việc của Tỉnh ủy"),
    ("Các văn bản (ban hành theo Quyết định số 9-QĐ/TW) được thực hiện.", "9-QĐ/TW", ""),  # names nothing issued
])
def test_what_a_decision_issued_is_its_subject(text, label, subject):
    assert next(m for m in extract_mentions(text) if m.label == label).subject == subject


def test_a_document_of_a_place_without_a_body():
    m = _one("Đề án số 14-ĐA/TU của tỉnh Lạng Sơn về chăm sóc vườn.")
    assert (m.issuer, m.place, m.subject) == ("", "Lạng Sơn", "về chăm sóc vườn")
    q = "Đề án 14-ĐA/TU của tỉnh Lạng Sơn có nội dung gì?"
    assert [q[s:e] for s, e in described_spans(q, find_refs(q))] == [" của tỉnh Lạng Sơn"]


def test_described_spans_cover_the_issuer_and_place_written_with_a_document():
    q = "Kế hoạch 501-KH/TU của Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành ngày nào?"
    assert [q[s:e] for s, e in described_spans(q, find_refs(q))] == [" của Ban Thường vụ Tỉnh ủy Lạng Sơn"]
    q = "ke hoach 501-KH/TU cua BTV Tinh uy Lang Son ban hanh ngay nao"  # typed without accents
    assert [q[s:e] for s, e in described_spans(q, find_refs(q))] == [" cua BTV Tinh uy Lang Son"]
    q = "Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch 501-KH/TU ngày nào?"
    assert [q[s:e] for s, e in described_spans(q, find_refs(q))] == ["Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành "]
    q = "Kế hoạch 501-KH/TU của Thường vụ Tỉnh ủy Lạng Sơn ký ngày nào?"  # "Ban" left out, as officials say it
    assert [q[s:e] for s, e in described_spans(q, find_refs(q))] == [" của Thường vụ Tỉnh ủy Lạng Sơn"]
    q = "Kế hoạch 501-KH/TU của cơ quan nào?"
    assert described_spans(q, find_refs(q)) == []


def test_stored_mentions_of_an_older_extractor_are_extracted_again():
    text = "Luật Vườn cộng đồng số 12/2031/QH16 ngày 15/6/2031 của Quốc hội."
    assert stored_mentions(mentions_json(text)) == extract_mentions(text)
    assert stored_mentions("[]") is None and stored_mentions("") is None  # the version-1 list: read again


def _chunks(*texts: str) -> list[Chunk]:
    return [Chunk(chunk_id=f"c{i}", doc_id=f"d{i}", title=f"Bài {i}", text=t, index_text=t, position=0,
                  mentions=mentions_json(t)) for i, t in enumerate(texts)]


def test_registry_merges_a_law_by_name_number_and_type_word():
    registry = Registry(_chunks(
        "Luật Vườn cộng đồng số 12/2031/QH16 ngày 15/6/2031 của Quốc hội có hiệu lực.",
        "Theo Luật số 12/2031/QH16, người giữ vườn được nhận hạt giống.",
        "Bộ luật Vườn cộng đồng 2031 được nhắc lại.",
        "Luật Vườn cộng đồng được nhiều người biết.",
    ))
    law = registry.lookup("Luật Vườn cộng đồng 2031")[0]
    for ref in ("12/2031/QH16", "Luật Vườn cộng đồng", "Luật số 12/2031/QH16"):
        assert registry.lookup(ref)[0] is law, ref
    assert len(law.mentions) == 4 and (law.label, law.type_name, law.year) == ("Luật Vườn cộng đồng 2031", "Luật",
                                                                               "2031")
    assert law.best("issuers") == "Quốc hội" and not law.issuers[0].basis  # stated, not inferred
    assert law.best("terms") == "khóa XVI" and law.terms[0].basis == "theo số hiệu 12/2031/QH16"
    assert registry.lookup("Luật Vườn cộng đồng 2019") == []
    assert "luat-vuon-cong-dong" in registry.law_keys()


@pytest.mark.parametrize("sentence,issuer,basis", [
    ("Nghị định 45/2031/NĐ-CP về vườn.", "Chính phủ", "theo số hiệu 45/2031/NĐ-CP"),
    ("Quyết định số 9/QĐ-TTg về vườn.", "Thủ tướng Chính phủ", "theo số hiệu 9/QĐ-TTg"),
    ("Thông tư 03/2031/TT-BNV về vườn.", "Bộ Nội vụ", "theo số hiệu 03/2031/TT-BNV"),
    ("Nghị quyết 15/2031/NQ-HĐND về vườn.", "HĐND", "theo số hiệu 15/2031/NQ-HĐND"),
    ("Nghị quyết 15/2031/NQ-HĐND của HĐND tỉnh về vườn.", "HĐND tỉnh", ""),  # stated: the sentence wins
    ("Luật Nuôi ong 2030 quy định việc nuôi ong.", "Quốc hội", "Luật do Quốc hội thông qua"),
    ("Kết luận số 5-KL/TW về vườn.", "", ""),  # a Party code does not say which body
])
def test_registry_issuer_from_the_code(sentence, issuer, basis):
    d = Registry(_chunks(sentence)).all()[0]
    assert (d.best("issuers"), d.issuers[0].basis if d.issuers else "") == (issuer, basis)


def test_one_document_written_with_two_codes_is_one_record():
    registry = Registry(_chunks(
        "Nghị quyết số 08-NQ/TW ngày 25/11/2031 của Ban Chấp hành Đảng bộ tỉnh về phương hướng năm 2032.",
        "Nghị quyết số 08-NQ/TW ngày 25/11/2031 của BCH Đảng bộ tỉnh được quán triệt.",
        "Thực hiện Nghị quyết 08-NQ/TU ngày 25/11/2031 của BCH Đảng bộ tỉnh.",
        "Nghị quyết số 08-NQ/TW ngày 02/01/2030 của Bộ Chính trị về vườn.",  # another year and body: another one
    ))
    merged = registry.lookup("08-NQ/TU")[0]
    # A provincial body's number ends in /TU, however many sources write /TW.
    assert merged.label == "08-NQ/TU" and len(merged.mentions) == 3
    assert merged.best("subjects") == "về phương hướng năm 2032"
    assert [d.best("issuers") for d in registry.lookup("08-NQ/TW")] == ["Ban Chấp hành Đảng bộ tỉnh", "Bộ Chính trị"]

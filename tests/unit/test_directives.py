"""What a sentence states about the directives it names: every reference form, date form, body, term
and subject the registry relies on."""

from __future__ import annotations

import pytest

from rag.directives.extract import canonical_body, extract_mentions


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

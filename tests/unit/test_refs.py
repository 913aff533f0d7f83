import pytest

from rag.vi.refs import find_articles, find_refs, ref_keys


@pytest.mark.parametrize("text,short,full", [
    ("Kết luận số 21-KL/TW, ngày 25/10/2021", "kl-21", "21-kl/tw"),
    ("quán triệt Kết luận số 21-KLTW của Ban", "kl-21", "21-kl/tw"),  # the typo without slash
    ("KL 21 ban hanh ngay nao", "kl-21", None),
    ("ket luan so 21", "kl-21", None),
    ("kl21", "kl-21", None),
    ("kl-14 ngày ký", "kl-14", None),  # the code joined to its number by a hyphen
    ("QĐ 205", "qd-205", None),
    ("QĐ 205/TW năm 2019", "qd-205", "205-qd/tw"),  # the issuer after the number, the type's code left out
    ("Kết luận 21/TW", "kl-21", "21-kl/tw"),
    ("Quy định số 11-QĐi/TW", "qd-11", "11-qd/tw"),
    ("Kế hoạch số 77-KH/TU", "kh-77", "77-kh/tu"),
    ("Chương trình số 08-CTr/TU", "ctr-8", "8-ctr/tu"),
    ("Đề án số 03-ĐA/TU", "da-3", "3-da/tu"),
    ("Nghị quyết số 68/NQ-HĐND", "nq-68", "68/nq-hdnd"),
    ("Nghị định 30/2020/NĐ-CP", "nd-30", "30/2020/nd-cp"),
    ("NQ TW4", "nq-tw-4", None),
    ("Nghị quyết Trung ương 4 (khóa XI, XII)", "nq-tw-4", None),
    # A Party number typed with the separators of a state one: the same document.
    ("KH 77/KH-TU của Ban Thường vụ", "kh-77", "77-kh/tu"),
    ("Quy định 205/QĐ-TW", "qd-205", "205-qd/tw"),
    ("Đề án 14/ĐA-TU của Cao Bằng", "da-14", "14-da/tu"),
])
def test_reference_forms(text, short, full):
    refs = find_refs(text)
    assert len(refs) == 1
    assert refs[0].short_key == short and refs[0].full_key == full


def test_words_that_fold_to_codes_are_not_references():
    assert find_refs("đã 9 hướng dẫn, đã 19/28 đề án") == []


def test_query_groups_use_the_most_specific_key():
    assert [r.query_keys for r in find_refs("Kết luận 21-KL/TW và KL 14")] == [{"21-kl/tw"}, {"kl-14"}]
    assert {"kl-21", "21-kl/tw"} <= ref_keys("Kết luận số 21-KL/TW")


@pytest.mark.parametrize("text,short,full", [
    ("Thông tư 01/2021/TT-BNV", "tt-1", "1/2021/tt-bnv"),
    ("Nghị quyết số 15/2021/NQ-HĐND", "nq-15", "15/2021/nq-hdnd"),
    ("Quyết định số 123/QĐ-TTg", "qd-123", "123/qd-ttg"),
    ("Thông tư liên tịch số 05/2015/TTLT-BTC-BNV", "ttlt-5", "5/2015/ttlt-btc-bnv"),
    ("Luật số 68/2020/QH14", "luat-68", "68/2020/qh14"),
    ("Nghị quyết số 33/2021/QH15", "nq-33", "33/2021/qh15"),
    ("Pháp lệnh số 02/2022/UBTVQH15", "pl-2", "2/2022/ubtvqh15"),
    ("Nghị định 30 hướng dẫn", "nd-30", None),
    ("NĐ 30", "nd-30", None),
    ("TT 01", "tt-1", None),
    # The number's own code is the type: a "thông báo kết luận" is a Thông báo.
    ("Thông báo kết luận số 123-TB/TW", "tb-123", "123-tb/tw"),
])
def test_state_numbers(text, short, full):
    refs = find_refs(text)
    assert [(r.short_key, r.full_key) for r in refs] == [(short, full)]


@pytest.mark.parametrize("text,label,short,full,type_name", [
    ("Luật Cư trú 2020 quy định", "Luật Cư trú 2020", "luat-cu-tru", "luat-cu-tru-2020", "Luật"),
    ("Luật Viên chức năm 2010", "Luật Viên chức năm 2010", "luat-vien-chuc", "luat-vien-chuc-2010", "Luật"),
    ("Bộ luật Dân sự 2015 – Điều 1. Phạm vi", "Bộ luật Dân sự 2015", "luat-dan-su", "luat-dan-su-2015", "Bộ luật"),
    ("Bộ luật dân sự 2015", "Bộ luật dân sự 2015", "luat-dan-su", "luat-dan-su-2015", "Bộ luật"),
    ("theo luật Tố tụng hành chính 2015, Tòa án", "luật Tố tụng hành chính 2015", "luat-to-tung-hanh-chinh",
     "luat-to-tung-hanh-chinh-2015", "Luật"),
    ("Theo Luật Vườn cộng đồng, người giữ vườn", "Luật Vườn cộng đồng", "luat-vuon-cong-dong", None, "Luật"),
    ("Luật Phòng, chống tham nhũng 2018", "Luật Phòng, chống tham nhũng 2018", "luat-phong-chong-tham-nhung",
     "luat-phong-chong-tham-nhung-2018", "Luật"),
    ("Theo Luật Trồng cây, đâu là", "Luật Trồng cây", "luat-trong-cay", None, "Luật"),
    ("Hiến pháp năm 2013 quy định", "Hiến pháp năm 2013", "hien-phap", "hien-phap-2013", "Hiến pháp"),
    ("Pháp lệnh Nuôi ong quy định", "Pháp lệnh Nuôi ong", "pl-nuoi-ong", None, "Pháp lệnh"),
    ("dieu 38 luat cu tru quy dinh gi", "luat cu tru", "luat-cu-tru", None, "Luật"),  # unaccented, by its article
])
def test_named_laws(text, label, short, full, type_name):
    refs = find_refs(text)
    assert [(r.text, r.short_key, r.full_key, r.type_name) for r in refs] == [(label, short, full, type_name)]
    assert refs[0].is_law


def test_a_law_named_with_its_number_carries_the_number_as_an_alias():
    (law,) = find_refs("Luật Cư trú số 68/2020/QH14 ngày 13/11/2020")
    assert (law.full_key, law.aliases) == ("luat-cu-tru-2020", ("68/2020/qh14", "luat-68"))
    assert {"luat-cu-tru", "luat-cu-tru-2020", "68/2020/qh14", "luat-68"} == ref_keys(law.text)


@pytest.mark.parametrize("text", [
    "theo quy định của pháp luật về cư trú",
    "vi phạm kỷ luật Đảng",
    "Luật sư có thể bảo vệ quyền",
    "theo luật Việt Nam",  # a common noun: lowercase head, no year
    "trái với Hiến pháp, luật, văn bản",  # the constitution as an idea: no year
    "theo quy định của Luật này",
    "dự luật Đất đai",
])
def test_common_nouns_are_not_laws(text):
    assert [r for r in find_refs(text) if r.is_law] == []


@pytest.mark.parametrize("text,expected", [
    ("Điều 38 Luật Cư trú quy định gì?", [(38, 0, "", "luat-cu-tru")]),
    ("khoản 2 Điều 38 Luật Cư trú", [(38, 2, "", "luat-cu-tru")]),
    ("điểm a khoản 1 Điều 29 Luật Viên chức", [(29, 1, "a", "luat-vien-chuc")]),
    ("điểm đ khoản 1 Điều 29 của Luật Viên chức", [(29, 1, "đ", "luat-vien-chuc")]),
    ("Theo Điều 143, luật Tố tụng hành chính 2015, Tòa án", [(143, 0, "", "luat-to-tung-hanh-chinh")]),
    ("Luật Viên chức 2010 – Điều 29. Đơn phương chấm dứt hợp đồng", [(29, 0, "", "luat-vien-chuc")]),
    ("Điều 5 Nghị định 30/2020/NĐ-CP", [(5, 0, "", "nd-30")]),
    ("Điều 29 và Điều 30 Luật Viên chức", [(29, 0, "", "luat-vien-chuc"), (30, 0, "", "luat-vien-chuc")]),
    ("theo quy định tại Điều 5", [(5, 0, "", None)]),
])
def test_articles_clauses_and_points(text, expected):
    found = [(a.article, a.clause, a.point, a.law.short_key if a.law else None) for a in find_articles(text)]
    assert found == expected


def test_an_article_of_a_party_document_keeps_its_typed_reference():
    (a,) = find_articles("Điều 3 Quy định số 205-QĐ/TW")
    assert (a.article, a.law.short_key, a.law.full_key) == (3, "qd-205", "205-qd/tw")


def test_a_number_given_aside_after_a_documents_description_names_it():
    refs = find_refs("Quy định của Bộ Chính trị về kiểm soát quyền lực trong công tác cán bộ (số 205) ban hành "
                     "ngày nào?")
    assert [r.short_key for r in refs] == ["qd-205"]
    assert refs[0].text.startswith("Quy định của Bộ Chính trị")
    assert [r.short_key for r in find_refs("Kết luận 21 (số 21) ngày nào?")] == ["kl-21"]  # no second mention
    assert find_refs("Hội nghị có 237 điểm cầu (số 5)") == []  # no type word: no document

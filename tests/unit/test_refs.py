import pytest

from rag.vi.refs import find_refs, ref_keys


@pytest.mark.parametrize("text,short,full", [
    ("Kết luận số 21-KL/TW, ngày 25/10/2021", "kl-21", "21-kl/tw"),
    ("quán triệt Kết luận số 21-KLTW của Ban", "kl-21", "21-kl/tw"),  # the typo without slash
    ("KL 21 ban hanh ngay nao", "kl-21", None),
    ("ket luan so 21", "kl-21", None),
    ("kl21", "kl-21", None),
    ("QĐ 205", "qd-205", None),
    ("Quy định số 11-QĐi/TW", "qd-11", "11-qd/tw"),
    ("Kế hoạch số 77-KH/TU", "kh-77", "77-kh/tu"),
    ("Chương trình số 08-CTr/TU", "ctr-8", "8-ctr/tu"),
    ("Đề án số 03-ĐA/TU", "da-3", "3-da/tu"),
    ("Nghị quyết số 68/NQ-HĐND", "nq-68", "68/nq-hdnd"),
    ("Nghị định 30/2020/NĐ-CP", "nd-30", "30/2020/nd-cp"),
    ("NQ TW4", "nq-tw-4", None),
    ("Nghị quyết Trung ương 4 (khóa XI, XII)", "nq-tw-4", None),
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

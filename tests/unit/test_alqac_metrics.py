"""Statute-QA metrics on made-up values: law grouping, doc-level ranks, containment, F1, aggregation."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from eval.alqac_metrics import (
    AIG_THRESHOLD,
    answer_contains,
    answer_syllables,
    answer_text,
    cites_gold,
    content_syllables,
    doc_rank,
    group_by_law,
    law_of,
    laws_of,
    only_in_law,
    question_law,
    ranked_docs,
    score_rows,
    subsets,
    token_f1,
)


@dataclass(frozen=True)
class Q:
    id: str
    gold_docs: tuple[str, ...]


def test_law_of_is_the_doc_id_before_dieu():
    assert law_of("luat-nuoi-ong-2031-dieu-12") == "luat-nuoi-ong-2031"
    assert law_of("bo-luat-lam-banh-2030-dieu-7") == "bo-luat-lam-banh-2030"
    assert law_of("phu-luc-1") == "phu-luc-1"  # no article number: the whole id
    assert laws_of(["a-dieu-1", "b-dieu-2", "a-dieu-3"]) == ["a", "b"]
    assert question_law(("b-dieu-2", "a-dieu-1")) == "b" and question_law(()) == ""


def test_group_by_law_partitions_questions_by_their_first_gold_document():
    qs = [Q("1", ("ong-dieu-1",)), Q("2", ("banh-dieu-4",)), Q("3", ("ong-dieu-9", "banh-dieu-1")), Q("4", ())]
    groups = group_by_law(qs)
    assert list(groups) == ["", "banh", "ong"]
    assert [q.id for q in groups["ong"]] == ["1", "3"] and [q.id for q in groups["banh"]] == ["2"]
    assert sum(len(g) for g in groups.values()) == len(qs)  # a partition: folds never share a question
    assert group_by_law([{"gold": ["x-dieu-1"]}], gold=lambda q: q["gold"]) == {"x": [{"gold": ["x-dieu-1"]}]}


def test_only_in_law_needs_every_gold_document_in_that_law():
    assert only_in_law(("ong-dieu-1", "ong-dieu-2"), "ong")
    assert not only_in_law(("ong-dieu-1", "banh-dieu-2"), "ong")  # still answerable from "banh"
    assert not only_in_law((), "ong")


def test_ranked_docs_counts_each_document_once_up_to_the_depth():
    passages = ["d3", "d3", "d1", "d3", "d2", "d1"]
    assert ranked_docs(passages) == ["d3", "d1", "d2"]
    assert ranked_docs([f"d{i}" for i in range(20)], depth=10) == [f"d{i}" for i in range(10)]
    assert ranked_docs([]) == []


def test_doc_rank_is_the_first_gold_document():
    ranked = ["d3", "d1", "d2"]
    assert doc_rank(ranked, ["d1"]) == 2
    assert doc_rank(ranked, ["d2", "d3"]) == 1
    assert doc_rank(ranked, ["d9"]) is None and doc_rank([], ["d1"]) is None


def test_cites_gold_needs_an_answer_citing_a_gold_document():
    assert cites_gold(True, ["d2", "d1"], ["d1"])
    assert not cites_gold(True, ["d2"], ["d1"])
    assert not cites_gold(False, ["d1"], ["d1"])  # a refusal cites nothing, whatever it lists


def test_answer_text_drops_citation_markers():
    assert answer_text("Ong thợ [1] và ong chúa [12].").split() == ["Ong", "thợ", "và", "ong", "chúa", "."]


def test_answer_syllables_read_numbers_by_value():
    assert answer_syllables("Điều 05: 00 đồng, 2031") == ["điều", "5", "0", "đồng", "2031"]


def test_containment_as_normalised_text():
    # NFC vs decomposed input, the two tone placements ("hoá"/"hóa"), case and spacing all compare equal.
    decomposed = "Ho\u0301a đơn  THUẾ"
    assert answer_contains("Người bán xuất hoá đơn thuế [1].", decomposed)
    assert answer_contains("Mức phạt là 3 cm x 4 cm [1]", "3 cm x 4 cm")
    assert answer_contains("Ong được nuôi trong thùng gỗ [1].", "nuôi trong thùng gỗ.")  # edge punctuation
    assert not answer_contains("Ong được nuôi ngoài vườn [1].", "nuôi trong thùng gỗ")


def test_containment_by_content_syllables_in_any_order():
    assert content_syllables("Người nuôi ong phải có giấy phép") == ["người", "nuôi", "ong", "giấy", "phép"]
    # Every content syllable is there (stopwords "là", "của" are not needed), though not as one phrase.
    assert answer_contains("Giấy phép nuôi ong do người đứng đầu cấp [1].", "là giấy phép của người nuôi ong")
    assert not answer_contains("Giấy phép nuôi ong [1].", "giấy phép của người nuôi ong")  # "người" is missing
    # Negation is content: an answer without "không" does not contain a negated one.
    assert not answer_contains("Ong được bán ở chợ [1].", "ong không được bán ở chợ")
    # Numbers compare by value, so a date written out holds the same date in figures; a marker is no number.
    assert answer_contains("Luật có hiệu lực từ ngày 01 tháng 7 năm 2031 [1].", "1/7/2031")
    assert not answer_contains("Luật có hiệu lực từ ngày 01 tháng 8 năm 2031 [7].", "1/7/2031")
    # An expected answer of stopwords only must appear as text.
    assert not answer_contains("Điều này đã rõ.", "là của")
    assert not answer_contains("anything", "  ")


def test_token_f1_over_syllables():
    assert token_f1("15 ngày [1]", "15 ngày") == pytest.approx(1.0)
    assert token_f1("trong 15 ngày", "15 ngày") == pytest.approx(2 * (2 / 3) * 1 / (2 / 3 + 1))
    assert token_f1("hoá đơn", "Hóa Đơn") == pytest.approx(1.0)
    assert token_f1("05 năm", "5 năm") == pytest.approx(1.0)
    assert token_f1("ong mật", "bánh mì") == 0.0 and token_f1("", "bánh mì") == 0.0
    assert token_f1("ong ong", "ong") == pytest.approx(2 * 0.5 * 1 / 1.5)  # multisets: a repeat is not free


def _row(kind, rank, grounded, cited, contained=None, f1=None, ms=10.0, aig=None):
    return {"kind": kind, "doc_rank": rank, "grounded": grounded, "cites_gold": cited, "contained": contained,
            "f1": f1, "latency_ms": ms, "answer_in_gold": aig}


def test_score_rows_aggregates_retrieval_answers_and_latency():
    rows = [
        _row("tf", 1, True, True, ms=10),
        _row("tf", 3, True, False, ms=20),
        _row("mc", None, False, False, contained=False, f1=0.0, ms=30, aig=0.9),
        _row("ft", 12, True, True, contained=True, f1=0.5, ms=40, aig=0.5),  # rank past the depth: a miss
    ]
    s = score_rows(rows)
    assert s["n"] == 4 and s["n_with_answer"] == 2
    assert s["doc_hit@1"] == 0.25 and s["doc_hit@5"] == 0.5
    assert s["doc_mrr@10"] == pytest.approx((1 + 1 / 3) / 4)
    assert s["answered"] == 0.75 and s["cites_gold"] == 0.5
    assert s["containment"] == 0.5 and s["token_f1"] == 0.25
    assert s["latency_p50_ms"] in (20, 30) and s["latency_p95_ms"] == 40


def test_score_rows_without_answers_or_rows():
    s = score_rows([_row("tf", 1, True, True)])
    assert s["containment"] is None and s["token_f1"] is None and s["n_with_answer"] == 0
    empty = score_rows([])
    assert empty["n"] == 0 and empty["answered"] == 0.0 and empty["doc_hit@1"] == 0.0


def test_subsets_all_kinds_in_order_and_answer_in_gold():
    rows = [_row("zeta", 1, True, True), _row("tf", 1, True, True, aig=None),
            _row("mc", 1, True, True, aig=AIG_THRESHOLD), _row("mc", 1, True, True, aig=0.79)]
    parts = subsets(rows, kinds=("tf", "mc", "absent"))
    assert list(parts) == ["all", "tf", "mc", "zeta", "aig>=0.8"]
    assert len(parts["all"]) == 4 and len(parts["mc"]) == 2
    assert parts["aig>=0.8"] == [rows[2]]


def test_verbatim_subset_holds_the_extractive_questions_only_when_some_are():
    rows = [_row("mc", 1, True, True, aig=1.0) | {"verbatim": True}, _row("mc", 1, True, True, aig=0.9),
            _row("tf", 1, True, True, aig=None)]
    parts = subsets(rows, kinds=("tf", "mc"))
    assert list(parts) == ["all", "tf", "mc", "aig>=0.8", "verbatim"]
    assert parts["verbatim"] == [rows[0]]
    assert "verbatim" not in subsets(rows[1:], kinds=("tf", "mc"))

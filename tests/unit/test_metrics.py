"""Eval metrics on hand-made results: what counts as right, supported, found and refused."""

from __future__ import annotations

import json

import pytest

from eval.metrics import (
    Case,
    Passage,
    Result,
    answer_correct,
    by_kind,
    citation_supported,
    contains,
    first_hit_rank,
    hit_at,
    mrr,
    normalise,
    percentile,
    refusal_scores,
)
from eval.runner import check_thresholds, load_cases, without_accents

DATE = Case("d", "date", "KL 21 ban hành ngày nào?", answers=("25/10/2021",), docs=("na", "qn"))
LIST = Case("m", "multi", "Những tỉnh nào?", all_of=("Nghệ An", "Quảng Ninh"), docs=("na", "qn"))
REFUSE = Case("r", "unanswerable", "NQ 57?", refuse=True)


def test_normalise_dates_tones_quotes_and_spaces():
    assert normalise("Ngày 5/9/2021  “Hoá”") == 'ngày 05/09/2021 "hóa"'
    assert contains("ban hành ngày 25/10/2021 [1]", "25/10/2021") and contains("ngày 22/9/2021", "22/09/2021")
    assert contains("Sáng ngày 15/1, …", "15/1") and not contains("15/10/2021", "15/1")


def test_answer_correct_any_of_all_of_and_refusals():
    assert answer_correct(Result(DATE, "25/10/2021 [1]", True))
    assert not answer_correct(Result(DATE, "15/10/2021 [1]", True))
    assert not answer_correct(Result(DATE, "25/10/2021", False))  # a refusal that mentions it is still a refusal
    assert answer_correct(Result(LIST, "Nghệ An … Quảng Ninh", True))
    assert not answer_correct(Result(LIST, "Nghệ An", True))
    assert answer_correct(Result(REFUSE, "Không tìm thấy", False))
    assert not answer_correct(Result(REFUSE, "Nghị quyết 57 …", True))


def test_citation_support_needs_the_document_and_the_answer():
    right = Passage("qn", "… Kết luận số 21-KL/TW ngày 25/10/2021 …")
    assert citation_supported(Result(DATE, "25/10/2021 [1]", True, [right]))
    assert not citation_supported(Result(DATE, "25/10/2021 [1]", True, [Passage("cb", right.text)]))
    assert not citation_supported(Result(DATE, "25/10/2021 [1]", True, [Passage("qn", "không có ngày")]))
    assert not citation_supported(Result(REFUSE, "", False, [right]))


def test_retrieval_ranks_hit_at_k_and_mrr():
    passages = [Passage("cb", "25/10/2021"), Passage("na", "khác"), Passage("na", "ngày 25/10/2021")]
    assert first_hit_rank(Result(DATE, "", True, passages=passages)) == 3
    assert first_hit_rank(Result(DATE, "", True, passages=passages[:2])) is None
    ranks = [1, 3, None, 2]
    assert hit_at(ranks, 1) == 0.25 and hit_at(ranks, 5) == 0.75
    assert mrr(ranks) == pytest.approx((1 + 1 / 3 + 0 + 1 / 2) / 4)
    assert hit_at([], 5) == 0.0 and mrr([]) == 0.0


def test_refusal_precision_and_recall():
    results = [Result(REFUSE, "", False), Result(REFUSE, "x", True), Result(DATE, "", False),
               Result(DATE, "25/10/2021", True)]
    precision, recall = refusal_scores(results)
    assert precision == 0.5 and recall == 0.5
    assert refusal_scores([Result(DATE, "25/10/2021", True)]) == (1.0, 1.0)


def test_percentile_and_scores_by_kind():
    assert percentile([5, 1, 3, 2, 4], 0.5) == 3 and percentile([1, 2, 3, 4, 100], 0.95) == 100
    assert percentile([], 0.95) == 0.0
    results = [Result(DATE, "25/10/2021", True, [Passage("na", "25/10/2021")], [Passage("na", "25/10/2021")], 10),
               Result(REFUSE, "", False, latency_ms=30)]
    table = by_kind(results)
    assert set(table) == {"date", "unanswerable", "all"}
    assert table["all"]["accuracy"] == 1.0 and table["all"]["refusal_recall"] == 1.0
    assert table["all"]["hit@1"] == 1.0 and table["all"]["latency_median_ms"] == 20


def test_load_cases_reports_the_bad_line(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps({"id": "a", "kind": "date", "question": "q", "answers": ["x"], "docs": ["d"]})
                    + "\n\n" + json.dumps({"id": "b", "kind": "date", "question": "q"}) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"cases.jsonl:3: case 'b' needs answers"):
        load_cases(path)
    path.write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r":1: not a valid case"):
        load_cases(path)


def test_a_refusal_case_may_write_its_answers_and_docs_as_null(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text(json.dumps({"id": "r", "kind": "unanswerable", "question": "q", "answers": None, "docs": None,
                                "refuse": True}) + "\n", encoding="utf-8")
    [case] = load_cases(path)
    assert case.refuse and case.expected == () and case.docs == ()


def test_the_committed_eval_set_is_complete():
    cases = load_cases(__import__("eval.runner").runner.DEFAULT_DATASET)
    kinds = {c.kind for c in cases}
    assert len(cases) >= 80 and len({c.id for c in cases}) == len(cases)
    assert {"date", "number", "person", "subject", "list", "unaccented", "abbreviation", "followup", "multi",
            "conflict", "unanswerable"} <= kinds
    assert all(sum(c.kind == k for c in cases) >= 3 for k in kinds)
    kl21 = next(c for c in cases if c.question == "Kết luận 21-KL/TW được ban hành ngày nào?")
    assert kl21.answers == ("25/10/2021",)
    assert any("15/10/2021" in c.expected for c in cases if c.kind == "conflict")


def test_thresholds_flag_a_drop(tmp_path):
    limits = tmp_path / "t.toml"
    limits.write_text("[hoidap]\naccuracy = 0.9\ncitation_support = 0.9\nrefusal_recall = 1.0\n", encoding="utf-8")
    report = {"systems": {"hoidap": {"scores": {"all": {"accuracy": 0.95, "citation_support": 0.85,
                                                        "refusal_recall": 1.0}}}}}
    assert check_thresholds(report, limits) == ["citation_support: 0.850 < threshold 0.900"]


def test_an_eval_case_asked_without_accents_keeps_what_counts_as_right():
    case = Case("f", "date", "Kế hoạch này do ai ký?", answers=("Trần Văn Đức",), docs=("na",),
                history=({"role": "user", "content": "Kế hoạch 77 của Tỉnh ủy Nghệ An"},
                         {"role": "assistant", "content": "Kế hoạch 77-KH/TU …"}))
    folded = without_accents(case)
    assert folded.question == "Ke hoach nay do ai ky?"
    assert folded.history[0]["content"] == "Ke hoach 77 cua Tinh uy Nghe An"
    assert folded.history[1]["content"] == "Kế hoạch 77-KH/TU …"  # the system's own turn is as it answered
    assert folded.expected == case.expected and folded.docs == case.docs

"""Choosing the gate's thresholds: the report threshold by what questions end as, the statute one within each
source's share of false refusals (hand-made outcomes and items, no index)."""

from eval.answer_fit import Item, choose_threshold
from eval.report_threshold import Outcome, choose_report_threshold, out_of_fold, summary


def _o(qid, prob, answerable=True, answered=True, right=True, group="d1"):
    return Outcome(qid, group, answerable, prob, answered, right)


def test_an_outcome_is_worth_one_right_zero_refused_and_minus_one_wrong():
    assert _o("a", 0.6).worth(0.5) == 1  # answered right
    assert _o("a", 0.4).worth(0.5) == 0  # answerable, refused by the gate
    assert _o("w", 0.6, right=False).worth(0.5) == -1  # answered wrong
    assert _o("u", 0.6, answerable=False, answered=True, right=False).worth(0.5) == -1
    assert _o("u", 0.4, answerable=False, answered=True, right=False).worth(0.5) == 1  # refused by the gate
    assert _o("u", 0.6, answerable=False, answered=False, right=True).worth(0.5) == 1  # refused after the gate
    assert _o("n", None, right=False, answered=False).worth(0.9) == 0  # no gate asked: as it was


def test_the_threshold_refuses_wrong_answers_below_it_and_keeps_right_ones_above():
    found = [_o("r1", 0.9), _o("r2", 0.7), _o("r3", 0.5), _o("w1", 0.3, right=False),
             _o("u1", 0.2, answerable=False, right=False), _o("u2", 0.8, answerable=False, answered=False)]
    cut = choose_report_threshold(found, max_false_refusals=0.5)
    assert 0.3 < cut < 0.5  # midway between the last wrong answer and the first right one
    assert summary(found, cut)["right"] == round(5 / 6, 4) and summary(found, cut)["wrong_answers"] == 0.0


def test_the_report_threshold_refuses_no_more_answerable_questions_than_allowed():
    # Refusing the two wrong answers (0.1, 0.2) is worth it, but they are answerable: half of all refused.
    found = [_o("w1", 0.1, right=False), _o("w2", 0.2, right=False), _o("r3", 0.9), _o("r4", 0.8)]
    assert choose_report_threshold(found, max_false_refusals=0.2) == 0.0
    assert 0.2 < choose_report_threshold(found, max_false_refusals=0.6) < 0.8


def test_out_of_fold_chooses_each_folds_threshold_without_its_documents():
    found = [_o(f"{d}-{i}", p, right=p > 0.4, group=d) for d in ("d1", "d2", "d3", "d4", "d5")
             for i, p in enumerate((0.2, 0.6, 0.9))]
    report = out_of_fold(found, max_false_refusals=0.5)
    assert report["questions"] == 15 and len(report["fold_thresholds"]) == 5
    assert all(0.2 < t < 0.6 for t in report["fold_thresholds"]) and report["wrong_answers"] == 0.0


def _item(source, qid, answerable=True):
    return Item(source, qid, f"{source}:{qid}", answerable, rows=[[0.0]], labels=[int(answerable)])


def test_the_statute_threshold_keeps_each_sources_false_refusals_within_the_share():
    # 100 alqac questions (3 % allowed: 3) and 100 sample ones answered with none below 0.5: pooled, all six
    # refusals allowed would fall on alqac; each source's own share allows it three.
    items = [_item("alqac", f"a{i}") for i in range(100)] + [_item("sample", f"s{i}") for i in range(100)]
    probs = {f"a{i}": [i / 100] for i in range(100)} | {f"s{i}": [0.5 + i / 200] for i in range(100)}
    cut = choose_threshold(items, probs)
    assert sum(probs[f"a{i}"][0] < cut for i in range(100)) == 3


def test_an_opened_model_answers_every_question_and_records_each_probability():
    from eval.report_threshold import opened
    from rag.answer.scorer import AnswerModel, Gate

    gate = Gate(("best_logit",), (0.0,), (1.0,), (1.0,), 0.0, 0.9, "e5", report_threshold=0.8)
    plain = Gate(("best_logit",), (0.0,), (1.0,), (1.0,), 0.0, 0.9, "")
    model = AnswerModel(("cov",), (0.0,), (1.0,), (1.0,), 0.0, 0.1, version="t", gates=(gate, plain))
    seen: list[float] = []
    open_gate = opened(model, seen).gate("e5")
    p = open_gate.probability([-3.0])
    assert p < 0.1 and seen == [p]  # recorded, and far below the gate's own thresholds
    assert open_gate.threshold_for(statute=True) == 0.0 and open_gate.threshold_for(statute=False) == 0.0
    assert model.gates[0].threshold == 0.9  # the model given is left as it was

"""The gate's threshold for reports (news, commentary, directives' reports: passages of no statute), chosen on
reports' own questions.

The gate is fitted where there are questions the corpus cannot answer by design (``eval.answer_fit``: alqac-dev
asked without its law), and its threshold there keeps false refusals within the share allowed. Over reports the
same probability does not mean the same: the embedder's cosines sit lower for news than for statutes, a
question's passages are never spread over laws, and the rules before the gate (names and figures the corpus
lacks, values a sentence must state, speakers it must quote) already refuse much of what the corpus does not
answer. So the threshold for a question whose first passage is a report's is chosen on the questions asked of
``data/sample`` (``eval/data`` and the blind sets; the gate never saw the blind ones): each is answered once with
every gate open, which tells the probability the gate gives it, whether it is answered and whether rightly. The
threshold chosen is the one under which they are worth most — a right answer or a right refusal 1, a refusal of
a question the corpus answers 0, a wrong answer -1 (worse than none) — its false refusals within the share
allowed, placed midway between the probabilities on either side of it. Chosen again on each fold of documents,
it is reported out of fold.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from eval.metrics import Passage, Result, answer_correct
from eval.runner import load_cases
from rag.answer.scorer import AnswerModel, Gate

FOLDS = 5


@dataclass(frozen=True)
class Outcome:
    """One question answered with the gates open: the first gate's probability (None: no gate was asked, so no
    threshold decides it), whether the corpus answers it, whether an answer was given and whether it is right."""

    qid: str
    group: str  # the document it is about (cross-validation group)
    answerable: bool
    prob: float | None
    answered: bool
    right: bool

    def refused_at(self, threshold: float) -> bool:
        """Whether the gate refuses it at ``threshold``."""
        return self.prob is not None and self.prob < threshold

    def worth(self, threshold: float) -> int:
        """What it ends as under ``threshold``: 1 right (answered right, or refused when the corpus does not answer
        it), 0 refused when it does, -1 answered wrong — a wrong answer is worse than none."""
        if self.refused_at(threshold) or not self.answered:
            return 0 if self.answerable else 1
        return 1 if self.right else -1


@dataclass(frozen=True)
class _OpenGate(Gate):
    """A gate that answers every question and writes down the probability it gave."""

    seen: list[float] | None = field(default=None, compare=False)  # the probabilities given, in the order asked

    def probability(self, row: list[float]) -> float:
        p = super().probability(row)
        if self.seen is not None:
            self.seen.append(p)
        return p


def opened(model: AnswerModel, seen: list[float]) -> AnswerModel:
    """``model`` with its gates open (threshold 0) and recording into ``seen``."""
    gates = tuple(_OpenGate(**{**vars(g), "threshold": 0.0, "report_threshold": 0.0}, seen=seen)
                  for g in model.gates)
    return replace(model, gates=gates)


def _group(case) -> str:
    if case.docs:
        return case.docs[0]
    # A question no document answers belongs to none: dealt to a fold by its id.
    return f"none:{int(hashlib.sha256(case.id.encode()).hexdigest(), 16) % FOLDS}"


def outcomes(pipeline, model: AnswerModel, files: Iterable[Path]) -> list[Outcome]:
    """Every question of ``files`` answered by ``pipeline`` with ``model``'s gates open."""
    seen: list[float] = []
    previous = pipeline.answer_model
    pipeline.answer_model = opened(model, seen)
    out = []
    try:
        for path in files:
            for case in load_cases(path):
                seen.clear()
                answer = pipeline.ask(case.question, history=list(case.history))
                result = Result(case, answer.answer, answer.grounded, [Passage(c.doc_id, c.text)
                                                                       for c in answer.citations])
                out.append(Outcome(case.id, _group(case), not case.refuse, seen[0] if seen else None,
                                   answer.grounded, answer_correct(result)))
    finally:
        pipeline.answer_model = previous
    return out


def choose_report_threshold(found: list[Outcome], max_false_refusals: float) -> float:
    """The threshold under which ``found`` are worth most (``Outcome.worth``), its gate refusing at most
    ``max_false_refusals`` of the answerable ones, midway between the gate probabilities on either side of it."""
    probs = sorted({o.prob for o in found if o.prob is not None})
    allowed = max_false_refusals * sum(o.answerable for o in found)
    best, best_worth = 0.0, None
    for cut in [0.0, *((a + b) / 2 for a, b in zip(probs, probs[1:]))]:
        if sum(o.answerable and o.refused_at(cut) for o in found) > allowed:
            break
        worth = sum(o.worth(cut) for o in found)
        if best_worth is None or worth > best_worth:
            best, best_worth = cut, worth
    return best


def _tally(held: list[tuple[Outcome, float]]) -> dict:
    """How questions end, each under its threshold: right, answered wrong, and the share of the answerable (of the
    unanswerable) ones the gate refuses."""
    worth = [o.worth(cut) for o, cut in held]
    answerable = [(o, cut) for o, cut in held if o.answerable]
    unanswerable = [(o, cut) for o, cut in held if not o.answerable]

    def refused(pairs):
        return round(sum(o.refused_at(cut) for o, cut in pairs) / len(pairs), 4) if pairs else None

    return {"questions": len(held), "right": round(worth.count(1) / len(held), 4) if held else None,
            "wrong_answers": round(worth.count(-1) / len(held), 4) if held else None,
            "answerable_refused_by_gate": refused(answerable), "unanswerable_refused_by_gate": refused(unanswerable)}


def summary(found: list[Outcome], threshold: float) -> dict:
    """How ``found`` end under ``threshold`` (``_tally``)."""
    return _tally([(o, threshold) for o in found])


def out_of_fold(found: list[Outcome], max_false_refusals: float) -> dict:
    """Each fold's questions held to a threshold chosen on the other folds' (folds by document): how they end
    (``_tally``), and each fold's threshold."""
    groups = sorted({o.group for o in found})
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    held: list[tuple[Outcome, float]] = []
    thresholds = []
    for k in range(FOLDS):
        test = [o for o in found if fold_of[o.group] == k]
        if test:
            cut = choose_report_threshold([o for o in found if fold_of[o.group] != k], max_false_refusals)
            thresholds.append(round(cut, 4))
            held += [(o, cut) for o in test]
    return _tally(held) | {"fold_thresholds": thresholds}


def with_report_threshold(model: AnswerModel, embedder: str, threshold: float) -> AnswerModel:
    """``model`` with ``threshold`` for reports on the gate that reads ``embedder``'s cosines (the gate the
    outcomes were recorded with)."""
    gates = tuple(replace(g, report_threshold=threshold) if embedder and g.embedder == embedder else g
                  for g in model.gates)
    return replace(model, gates=gates)

"""Metrics for a statute-QA set (doc-level gold, answers to contain): pure functions over plain values.

A question has ``gold_docs`` (the documents that answer it), optionally an ``answer`` (text a good answer
contains) and ``answer_in_gold`` (how much of that answer the gold documents hold). Retrieval is scored by the
first gold document among the *distinct* documents in ranked order; answers by containment and token F1 over
syllables. The stopword list is the eval's own, so tuning the system's word lists cannot move these scores.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

# Project code used here (re-point these after a restructure).
from eval.metrics import hit_at, mrr, normalise, percentile
from rag.vi.syllables import syllables

LAW_SEPARATOR = "-dieu-"  # doc_id = "<law slug>-dieu-<n>" ("luat-du-lich-2017-dieu-39")
RANK_DEPTH = 10  # MRR@10: a gold document ranked below the 10th distinct document is a miss
AIG_THRESHOLD = 0.8  # the subset whose answer the gold articles hold (answer_in_gold >= this)

# Glue syllables that carry no content of their own; negation ("không") and comparison words ("trên", "dưới")
# are content in statutes and stay.
STOPWORDS = frozenset(
    "là của và có được những các về ở tại thì với do đã này đó theo ra một như rằng gồm bởi cái từ đến "
    "nó còn hoặc hay mà để vào nhằm cho khi nếu bị bằng phải sẽ đang cũng thế nào gì ai".split()
)
_MARKER = re.compile(r"\[\d{1,2}\]")  # citation markers in an answer: "[1]"
_EDGE_PUNCT = " \t\n.,;:!?\"'“”()…"


# -- law grouping ----------------------------------------------------------------------------------
def law_of(doc_id: str) -> str:
    """The law a document belongs to: the doc_id before "-dieu-" (the whole id when it has none)."""
    return doc_id.split(LAW_SEPARATOR, 1)[0]


def laws_of(doc_ids: Iterable[str]) -> list[str]:
    """The distinct laws of some documents, in first-seen order."""
    return list(dict.fromkeys(law_of(d) for d in doc_ids))


def question_law(gold_docs: Sequence[str]) -> str:
    """The law a question is grouped under: that of its first gold document ("" without gold)."""
    return law_of(gold_docs[0]) if gold_docs else ""


def group_by_law(questions: Iterable, gold=lambda q: q.gold_docs) -> dict[str, list]:
    """Questions partitioned by ``question_law`` (folds for cross-validation by law), laws sorted."""
    groups: dict[str, list] = {}
    for q in questions:
        groups.setdefault(question_law(gold(q)), []).append(q)
    return dict(sorted(groups.items()))


def only_in_law(gold_docs: Sequence[str], law: str) -> bool:
    """Every gold document is in ``law``: without that law the question has no answer in the corpus."""
    return bool(gold_docs) and all(law_of(d) == law for d in gold_docs)


# -- retrieval -------------------------------------------------------------------------------------
def ranked_docs(doc_ids: Iterable[str], depth: int = RANK_DEPTH) -> list[str]:
    """Distinct document ids in ranked order (passages of one document count once), at most ``depth``."""
    out: list[str] = []
    for d in doc_ids:
        if d not in out:
            out.append(d)
            if len(out) == depth:
                break
    return out


def doc_rank(ranked: Sequence[str], gold: Iterable[str]) -> int | None:
    """1-based rank of the first gold document in ``ranked`` (None when none is there)."""
    gold = set(gold)
    return next((i for i, d in enumerate(ranked, start=1) if d in gold), None)


def cites_gold(grounded: bool, cited: Iterable[str], gold: Iterable[str]) -> bool:
    """An answer (not a refusal) that cites at least one gold document."""
    return grounded and bool(set(cited) & set(gold))


# -- answers ---------------------------------------------------------------------------------------
def answer_text(answer: str) -> str:
    """The answer without citation markers."""
    return _MARKER.sub(" ", answer)


def answer_syllables(text: str) -> list[str]:
    """Lowercase, tone-unified syllables; numbers by value ("01" and "1" are one syllable)."""
    return [s.lstrip("0") or "0" if s.isdigit() else s for s in syllables(text)]


def content_syllables(text: str) -> list[str]:
    """``answer_syllables`` of ``text`` without the eval's stopwords."""
    return [s for s in answer_syllables(text) if s not in STOPWORDS]


def answer_contains(answer: str, expected: str) -> bool:
    """``answer`` holds ``expected``: as text after normalisation (NFC, one tone placement, lowercase,
    single spaces; edge punctuation of ``expected`` ignored), or every content syllable of ``expected``
    occurs in it (numbers by value: "1/1/2019" in "ngày 01 tháng 01 năm 2019"). An ``expected`` of stopwords
    only must match as text."""
    body = answer_text(answer)
    needle = normalise(expected.strip(_EDGE_PUNCT))
    if not needle:
        return False
    if needle in normalise(body):
        return True
    wanted = set(content_syllables(expected))
    return bool(wanted) and wanted <= set(answer_syllables(body))


def token_f1(answer: str, expected: str) -> float:
    """F1 of the syllable multisets (``answer_syllables``) of ``answer`` (markers dropped) and ``expected``."""
    got, want = Counter(answer_syllables(answer_text(answer))), Counter(answer_syllables(expected))
    common = sum((got & want).values())
    if not common:
        return 0.0
    precision, recall = common / sum(got.values()), common / sum(want.values())
    return 2 * precision * recall / (precision + recall)


# -- aggregation -----------------------------------------------------------------------------------
def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def score_rows(rows: Sequence[Mapping]) -> dict[str, float | int | None]:
    """Aggregate per-question rows (keys: ``doc_rank``, ``grounded``, ``cites_gold``, ``latency_ms``, and
    ``contained``/``f1`` when the question has an answer, else None). Rates are over all rows; containment
    and F1 over rows with an answer (None when there are none)."""
    ranks = [r["doc_rank"] for r in rows]
    answerable = [r for r in rows if r.get("contained") is not None]
    latencies = [r["latency_ms"] for r in rows]
    return {
        "n": len(rows),
        "doc_hit@1": hit_at(ranks, 1),
        "doc_hit@5": hit_at(ranks, 5),
        "doc_mrr@10": mrr([r if r is not None and r <= RANK_DEPTH else None for r in ranks]),
        "answered": _mean([float(bool(r["grounded"])) for r in rows]) or 0.0,
        "cites_gold": _mean([float(bool(r["cites_gold"])) for r in rows]) or 0.0,
        "n_with_answer": len(answerable),
        "containment": _mean([float(bool(r["contained"])) for r in answerable]),
        "token_f1": _mean([float(r["f1"]) for r in answerable]),
        "latency_p50_ms": percentile(latencies, 0.5),
        "latency_p95_ms": percentile(latencies, 0.95),
    }


def subsets(rows: Sequence[Mapping], kinds: Sequence[str] = ()) -> dict[str, list[Mapping]]:
    """The row sets reported: "all", each kind (``kinds`` first, in that order, then any others, sorted),
    "aig>=0.8" (rows whose ``answer_in_gold`` is at least ``AIG_THRESHOLD``) and, when some row is, "verbatim"
    (rows whose answer occurs verbatim in a gold article: the extractive questions)."""
    present = {r["kind"] for r in rows}
    order = [k for k in kinds if k in present] + sorted(present - set(kinds))
    out: dict[str, list[Mapping]] = {"all": list(rows)}
    for kind in order:
        out[kind] = [r for r in rows if r["kind"] == kind]
    out[f"aig>={AIG_THRESHOLD:g}"] = [r for r in rows if (r.get("answer_in_gold") or 0) >= AIG_THRESHOLD]
    if any(r.get("verbatim") for r in rows):
        out["verbatim"] = [r for r in rows if r.get("verbatim")]
    return out

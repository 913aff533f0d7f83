"""Eval metrics: pure functions over answers, citations, passages and timings."""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from rag.vi.text import nfc, unify_tones

_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s?/\s?(\d{1,2})(?:\s?/\s?(\d{4}))?(?![\d/])")
_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-"})


@dataclass(frozen=True)
class Case:
    """One eval question and what counts as right."""

    id: str
    kind: str
    question: str
    answers: tuple[str, ...] = ()  # any of these
    all_of: tuple[str, ...] = ()  # every one of these (list answers)
    docs: tuple[str, ...] = ()  # the answer must be cited from one of these documents
    history: tuple[dict, ...] = ()
    refuse: bool = False

    @property
    def expected(self) -> tuple[str, ...]:
        """Every string that shows the answer."""
        return self.answers + self.all_of


@dataclass(frozen=True)
class Passage:
    """A passage as a system returns it."""

    doc_id: str
    text: str


@dataclass
class Result:
    """What one system did on one case."""

    case: Case
    answer: str
    grounded: bool
    citations: list[Passage] = field(default_factory=list)
    passages: list[Passage] = field(default_factory=list)
    latency_ms: float = 0.0


def normalise(text: str) -> str:
    """Compare-friendly text: NFC, one tone placement, lowercase, zero-padded dates, plain quotes, single spaces."""

    def date(m: re.Match[str]) -> str:
        d, mo, y = m.group(1), m.group(2), m.group(3)
        return f"{int(d):02d}/{int(mo):02d}" + (f"/{y}" if y else "")

    text = unify_tones(nfc(text)).lower().translate(_QUOTES)
    return re.sub(r"\s+", " ", _DATE.sub(date, text)).strip()


def contains(text: str, expected: str) -> bool:
    """``expected`` appears in ``text`` (both normalised)."""
    return normalise(expected) in normalise(text)


def answer_correct(result: Result) -> bool:
    """A grounded answer containing any accepted answer (and every ``all_of`` string); a refusal case is
    right only when refused."""
    case = result.case
    if case.refuse:
        return not result.grounded
    if not result.grounded:
        return False
    if case.answers and not any(contains(result.answer, a) for a in case.answers):
        return False
    return all(contains(result.answer, a) for a in case.all_of)


def citation_supported(result: Result) -> bool:
    """Some cited passage belongs to an expected document and contains an expected answer."""
    case = result.case
    if case.refuse or not result.grounded:
        return False
    return any(c.doc_id in case.docs and any(contains(c.text, a) for a in case.expected) for c in result.citations)


def first_hit_rank(result: Result) -> int | None:
    """1-based rank of the first retrieved passage that contains an expected answer in an expected document."""
    case = result.case
    for rank, p in enumerate(result.passages, start=1):
        if p.doc_id in case.docs and any(contains(p.text, a) for a in case.expected):
            return rank
    return None


def hit_at(ranks: Sequence[int | None], k: int) -> float:
    """Share of cases whose first hit is at rank ``k`` or better."""
    return sum(1 for r in ranks if r is not None and r <= k) / len(ranks) if ranks else 0.0


def mrr(ranks: Sequence[int | None]) -> float:
    """Mean reciprocal rank (a miss counts 0)."""
    return sum(1 / r for r in ranks if r) / len(ranks) if ranks else 0.0


def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in [0, 1]); 0 for no values."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def refusal_scores(results: Iterable[Result]) -> tuple[float, float]:
    """(precision, recall) of refusals: refused-and-should over refused, and over should-refuse."""
    results = list(results)
    refused = [r for r in results if not r.grounded]
    should = [r for r in results if r.case.refuse]
    right = [r for r in refused if r.case.refuse]
    precision = len(right) / len(refused) if refused else 1.0
    recall = len(right) / len(should) if should else 1.0
    return precision, recall


def scores(results: Sequence[Result]) -> dict[str, float]:
    """Every metric over a set of results (answerable cases for accuracy, support and retrieval)."""
    answerable = [r for r in results if not r.case.refuse]
    ranks = [first_hit_rank(r) for r in answerable]
    precision, recall = refusal_scores(results)
    latencies = [r.latency_ms for r in results]
    return {
        "n": len(results),
        "accuracy": sum(answer_correct(r) for r in answerable) / len(answerable) if answerable else 1.0,
        "accuracy_all": sum(answer_correct(r) for r in results) / len(results) if results else 1.0,
        "citation_support": sum(citation_supported(r) for r in answerable) / len(answerable) if answerable else 1.0,
        "refusal_precision": precision,
        "refusal_recall": recall,
        "hit@1": hit_at(ranks, 1),
        "hit@5": hit_at(ranks, 5),
        "mrr": mrr(ranks),
        "latency_median_ms": statistics.median(latencies) if latencies else 0.0,
        "latency_p95_ms": percentile(latencies, 0.95),
    }


def by_kind(results: Sequence[Result]) -> dict[str, dict[str, float]]:
    """``scores`` per case kind, plus "all"."""
    kinds: dict[str, list[Result]] = {}
    for r in results:
        kinds.setdefault(r.case.kind, []).append(r)
    out = {kind: scores(rs) for kind, rs in sorted(kinds.items())}
    out["all"] = scores(results)
    return out

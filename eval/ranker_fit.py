"""What fitting the statute passage ranker (``rag.query.passage_rank``) does: each question of the outside
statute set is read as written and with its accents removed, its first ``DEPTH`` fused passages and their
ranker rows kept (``HybridRetriever.ranking_rows``), each passage labelled by whether its document is a gold
article. A logistic regression over the rows is fitted per fold; its regularisation is chosen leaving one law
out at a time among the training laws; every number reported is for questions of a law no fitted weight saw.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from eval.answer_fit import fit_standardised
from rag.query.passage_rank import RANK_FEATURES, PassageRanker
from rag.vi.text import unaccented
from service.pipeline import Pipeline

DEPTH = 30  # fused passages reordered: the candidates each retriever feeds into fusion
C_GRID = (0.01, 0.03, 0.1, 0.3, 1.0)
FORMS = ("as written", "accents removed")


@dataclass
class Probe:
    """One question in one form, its fused passages' documents and ranker rows."""

    qid: str
    law: str
    form: str
    gold: frozenset[str]
    docs: list[str]
    rows: list[list[float]]


def probes(pipeline: Pipeline, questions: Iterable, depth: int = DEPTH) -> list[Probe]:
    """Each question (``id``, ``question``, ``gold_docs``, ``law``) read in each of ``FORMS``, with the rows of the
    fused passages the reader's retrieval found (none where the question was settled before retrieval)."""
    found = []
    for q in questions:
        for form in FORMS:
            text = q.question if form == "as written" else unaccented(q.question)
            seen: dict = {}

            def capture(query, k, info, snap, where, seen=seen):
                passages, rows = pipeline.retriever.ranking_rows(query, k, info, snap, where, depth)
                seen.update(passages=passages, rows=rows)
                return passages[:k]

            pipeline.read(text, retrieve=capture)
            if seen.get("rows"):
                found.append(Probe(q.id, q.law, form, frozenset(q.gold_docs),
                                   [p.chunk.doc_id for p in seen["passages"]], seen["rows"]))
    return found


def ranks(probe: Probe, scores: list[float] | None = None) -> int | None:
    """The rank (1-based) of the first gold document among the distinct documents in ``scores`` order (fused order
    without scores); None when none is found."""
    order = range(len(probe.docs)) if scores is None else sorted(range(len(probe.docs)), key=lambda i: (-scores[i], i))
    docs = list(dict.fromkeys(probe.docs[i] for i in order))
    return next((i + 1 for i, d in enumerate(docs) if d in probe.gold), None)


def summary(found: list[int | None]) -> dict[str, float]:
    """hit@1, hit@5 and MRR@10 of the gold documents' ranks."""
    n = len(found) or 1
    return {"hit@1": round(sum(r == 1 for r in found) / n, 4),
            "hit@5": round(sum(r is not None and r <= 5 for r in found) / n, 4),
            "mrr@10": round(sum(1 / r for r in found if r is not None and r <= 10) / n, 4)}


def fit_ranker(train: list[Probe], c: float, version: str = "") -> PassageRanker:
    """The ranker fitted on ``train`` with inverse regularisation ``c``."""
    rows = [r for p in train for r in p.rows]
    labels = [int(d in p.gold) for p in train for d in p.docs]
    return PassageRanker(RANK_FEATURES, *fit_standardised(rows, labels, c), DEPTH, version)


def scored_ranks(ranker: PassageRanker, test: list[Probe]) -> list[int | None]:
    """The gold ranks of ``test`` under ``ranker``."""
    return [ranks(p, [ranker.score(r) for r in p.rows]) for p in test]


def _mrr(found: list[int | None]) -> float:
    return summary(found)["mrr@10"]


def choose_c(train: list[Probe]) -> float:
    """The regularisation whose rankers, each fitted leaving one law of ``train`` out, rank that law's gold
    documents best (MRR@10; the smaller, more regularised, on a tie)."""
    laws = sorted({p.law for p in train})
    best, chosen = -1.0, C_GRID[0]
    for c in C_GRID:
        found = [r for law in laws for r in scored_ranks(fit_ranker([p for p in train if p.law != law], c),
                                                         [p for p in train if p.law == law])]
        if _mrr(found) > best + 1e-9:
            best, chosen = _mrr(found), c
    return chosen


def law_rankers(found: list[Probe], laws: Iterable[str], progress=print) -> dict[str, PassageRanker]:
    """Per law, the ranker fitted without that law's questions (its regularisation chosen among the others)."""
    rankers = {}
    for law in laws:
        train = [p for p in found if p.law != law]
        c = choose_c(train)
        rankers[law] = fit_ranker(train, c, f"without {law}, C={c}")
        progress(f"  passage ranker without {law}: C={c}")
    return rankers


def out_of_fold(found: list[Probe], rankers: dict[str, PassageRanker]) -> dict[str, list[int | None]]:
    """Per form, the gold ranks of every probe under its law's out-of-fold ranker, and under fusion alone."""
    out: dict[str, list[int | None]] = {}
    for form in FORMS:
        part = [p for p in found if p.form == form]
        out[f"{form}: fused"] = [ranks(p) for p in part]
        out[f"{form}: ranked"] = [r for p in part for r in scored_ranks(rankers[p.law], [p])]
    return out


"""Fit how a question typed without accents is searched, out of fold by document and by law.

    python -m eval.fit_fusion [--report eval/fusion_report.json] [--no-alqac]

A question typed without accents ("cao bang de ra nhung nhiem vu trong tam nao") is matched by BM25 on its
folded syllables, where "trong" is also "trọng" and "de" also "đề" and "để". Its marks are restored from the
corpus's own spellings (``rag.vi.accents``); e5 then reads the restored question (it places the unaccented one
far from the text it stands for), and BM25 may also read it with its accented words. This grid-searches two
weights in reciprocal-rank fusion for such questions (accented questions keep 1.0 for dense search and have no
restored list): the dense list's and the restored BM25 list's.

The questions: the answerable single-turn questions of ``eval/data`` and the blind sets over ``data/sample``
typed without accents, the accented ones with their accents removed, and (when ``../shared/alqac-dev`` and its
index in ``.eval/alqac-index`` are there: ``make eval-alqac`` builds it) the alqac-dev questions with their
accents removed. Each question's reciprocal rank is that of the first passage (of the eight the answerer reads)
in an expected document (holding an expected answer, where the case gives one). Folds leave out one document
(``data/sample``) or one law (alqac) at a time: the weights are chosen on the others and scored on the left-out
questions. The out-of-fold MRR is the number reported; the weights chosen on all questions are
``Settings.unaccented_dense_weight`` and ``Settings.restored_lexical_weight``.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from pathlib import Path

from langchain_core.embeddings import Embeddings

from eval.alqac import DEFAULT_INDEX, DEFAULT_QUESTIONS, load_questions
from eval.answer_fit import SAMPLE_INDEX, local_pipeline, sample_pipeline
from eval.metrics import contains
from eval.runner import DEFAULT_DATASET, load_cases
from rag.query.analysis import analyse
from rag.reader import ANSWER_POOL
from rag.settings import Settings
from rag.vi.text import unaccented

REPORT_PATH = Path(__file__).with_name("fusion_report.json")
BLIND_DIR = Path(__file__).with_name("blind")
# (dense weight, restored-BM25 weight); 0.0 / 0.0 is BM25 on the folded syllables alone.
GRID = tuple((dense, restored) for dense in (1.0, 0.5, 0.25, 0.0) for restored in (0.0, 0.5, 1.0))


@dataclass(frozen=True)
class Probe:
    """A question typed (or made) without accents and what retrieval must find for it."""

    question: str
    source: str  # "typed unaccented", "accents removed", "alqac, accents removed"
    group: str  # the fold: the expected document, or the law
    docs: frozenset[str]
    expected: tuple[str, ...] = ()  # one of these must be in the passage (none: the document is enough)


def sample_probes(paths: list[Path]) -> list[Probe]:
    """The answerable single-turn cases with expected documents and answers: as typed when typed without
    accents, else with their accents removed."""
    probes = []
    for path in paths:
        for c in load_cases(path):
            if c.refuse or not c.expected or not c.docs or c.history:
                continue
            typed = not analyse(c.question).accented
            probes.append(Probe(c.question if typed else unaccented(c.question),
                                "typed unaccented" if typed else "accents removed", c.docs[0], frozenset(c.docs),
                                tuple(c.expected)))
    return probes


def alqac_probes(path: Path) -> list[Probe]:
    """The alqac-dev questions with their accents removed; the gold articles are what must be found."""
    return [Probe(unaccented(q.question), "alqac, accents removed", q.law, frozenset(q.gold_docs))
            for q in load_questions(path)]


class _RememberedQueries(Embeddings):
    """An embedder that embeds each query once: the grid asks every question twelve times."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self.seen: dict[str, list[float]] = {}

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        if text not in self.seen:
            self.seen[text] = self.inner.embed_query(text)
        return self.seen[text]


def reciprocal_ranks(retriever, probes: list[Probe], weights: tuple[float, float]) -> list[float]:
    """Per probe, 1 / rank of the first passage in an expected document holding an expected answer (0 if none)."""
    retriever.unaccented_dense, retriever.restored_lexical = weights
    out = []
    for probe in probes:
        passages = retriever.retrieve(probe.question, ANSWER_POOL)
        rank = next((i for i, p in enumerate(passages) if p.chunk.doc_id in probe.docs
                     and (not probe.expected or any(contains(p.chunk.text, e) for e in probe.expected))), None)
        out.append(0.0 if rank is None else 1 / (rank + 1))
    return out


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def choose(rr: dict[tuple[float, float], list[float]], keep: list[int], sources: list[str]) -> tuple[float, float]:
    """The weights with the best MRR over the probes ``keep``, each source (``sources[i]`` is probe i's)
    weighing as much as the others, so that the 343 statute questions do not drown the sample's; ties go to
    the larger dense weight, then the smaller restored one."""
    groups: dict[str, list[int]] = {}
    for i in keep:
        groups.setdefault(sources[i], []).append(i)

    def score(w: tuple[float, float]) -> float:
        return round(sum(_mean([rr[w][i] for i in group]) for group in groups.values()), 6)
    return max(GRID, key=lambda w: (score(w), w[0], -w[1]))


def main(argv: list[str] | None = None) -> int:
    """Grid-search, report out of fold, print the weights chosen on every probe."""
    parser = argparse.ArgumentParser(description="Fit how unaccented questions are searched (module docstring).")
    parser.add_argument("--report", default=str(REPORT_PATH))
    parser.add_argument("--no-alqac", action="store_true", help="leave the alqac-dev questions out")
    args = parser.parse_args(argv)
    paths = [DEFAULT_DATASET, *sorted(BLIND_DIR.glob("*.jsonl"))]
    base = Settings()
    runs = [(sample_pipeline(base, SAMPLE_INDEX), sample_probes(paths))]
    if args.no_alqac:
        print("alqac-dev left out (--no-alqac)", file=sys.stderr)
    elif DEFAULT_QUESTIONS.exists() and DEFAULT_INDEX.exists():
        runs.append((local_pipeline(base, DEFAULT_INDEX), alqac_probes(DEFAULT_QUESTIONS)))
    else:
        print(f"alqac-dev left out: {DEFAULT_QUESTIONS} or its index {DEFAULT_INDEX} is missing "
              "(make eval-alqac builds the index)", file=sys.stderr)
    probes = [p for _, ps in runs for p in ps]
    sources_of = [p.source for p in probes]
    rr: dict[tuple[float, float], list[float]] = {w: [] for w in GRID}
    for pipeline, ps in runs:
        pipeline.retriever.store.embeddings = _RememberedQueries(pipeline.retriever.store.embeddings)
        for w in GRID:
            rr[w] += reciprocal_ranks(pipeline.retriever, ps, w)
    groups = sorted({(p.source.startswith("alqac"), p.group) for p in probes})
    folds, oof = [], [0.0] * len(probes)
    for is_law, group in groups:
        test = [i for i, p in enumerate(probes) if (p.source.startswith("alqac"), p.group) == (is_law, group)]
        left_out = set(test)
        chosen = choose(rr, [i for i in range(len(probes)) if i not in left_out], sources_of)
        for i in test:
            oof[i] = rr[chosen][i]
        folds.append({"left_out": group, "questions": len(test), "weights": list(chosen),
                      "mrr": _mean([rr[chosen][i] for i in test]),
                      "mrr_bm25_folded_only": _mean([rr[(0.0, 0.0)][i] for i in test])})
    sources = sorted(set(sources_of))
    by = {s: [i for i, p in enumerate(probes) if p.source == s] for s in sources}
    chosen = choose(rr, list(range(len(probes))), sources_of)
    report = {
        "questions": {s: len(by[s]) for s in sources},
        "sources": [str(p.relative_to(DEFAULT_DATASET.parents[2])) for p in paths]
        + ([str(DEFAULT_QUESTIONS.name) + " (../shared/alqac-dev)"] if len(runs) > 1 else []),
        "mrr_by_weights": {f"dense {d} / restored {r}": {s: _mean([rr[(d, r)][i] for i in by[s]]) for s in sources}
                           for d, r in GRID},
        "folds": folds,
        "out_of_fold_mrr": {s: _mean([oof[i] for i in by[s]]) for s in sources},
        "mrr_before_restoring": {s: _mean([rr[(0.0, 0.0)][i] for i in by[s]]) for s in sources},
        "chosen": {"unaccented_dense_weight": chosen[0], "restored_lexical_weight": chosen[1]},
    }
    Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: report[k] for k in ("questions", "out_of_fold_mrr", "mrr_before_restoring", "chosen")},
                     ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

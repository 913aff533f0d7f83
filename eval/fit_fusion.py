"""Fit the weight of dense search in fusion for questions typed without accents, out of fold by document.

    python -m eval.fit_fusion [--report eval/fusion_report.json]

e5 embeds "cap uy cac cap o cao bang" far from the accented text it stands for, so its list is mostly noise
for such a question, while BM25 matches the folded syllables. Reciprocal-rank fusion rewards a chunk for being
in both lists, so a noisy dense list pushes the chunk BM25 ranks first below chunks that are merely in both.
This grid-searches the dense list's weight for unaccented questions (accented ones keep 1.0) on every
answerable, unaccented, single-turn question of ``eval/data`` and the blind sets over ``data/sample``. Each
question's reciprocal rank is that of the first passage (of the eight the answerer reads) in an expected document
that holds an expected answer. Folds leave out one document's questions at a time: the weight is chosen on the
other documents and scored on the left-out one. The out-of-fold MRR is the number reported; the weight chosen
on all of them is ``Settings.unaccented_dense_weight``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from eval.answer_fit import SAMPLE_INDEX, sample_pipeline
from eval.metrics import contains
from eval.runner import DEFAULT_DATASET, Case, load_cases
from rag.query.analysis import analyse
from rag.reader import ANSWER_POOL
from rag.settings import Settings

REPORT_PATH = Path(__file__).with_name("fusion_report.json")
BLIND_DIR = Path(__file__).with_name("blind")
GRID = (1.0, 0.75, 0.5, 0.25, 0.1, 0.0)


def unaccented_cases(paths: list[Path]) -> list[Case]:
    """The answerable, single-turn cases typed without accents, with expected documents and answers."""
    return [c for path in paths for c in load_cases(path)
            if not c.refuse and c.expected and c.docs and not c.history and not analyse(c.question).accented]


def reciprocal_ranks(pipeline, cases: list[Case], weight: float) -> list[float]:
    """Per case, 1 / rank of the first passage in an expected document holding an expected answer (0 if none)."""
    pipeline.retriever.unaccented_dense = weight
    out = []
    for case in cases:
        passages = pipeline.retriever.retrieve(case.question, ANSWER_POOL)
        rank = next((i for i, p in enumerate(passages) if p.chunk.doc_id in case.docs
                     and any(contains(p.chunk.text, e) for e in case.expected)), None)
        out.append(0.0 if rank is None else 1 / (rank + 1))
    return out


def _mean(values: list[float]) -> float:
    return round(sum(values) / len(values), 4) if values else 0.0


def choose(rr: dict[float, list[float]], keep: list[int]) -> float:
    """The weight with the best MRR over the cases ``keep``; ties go to the larger weight (the smaller change)."""
    return max(GRID, key=lambda w: (_mean([rr[w][i] for i in keep]), w))


def main(argv: list[str] | None = None) -> int:
    """Grid-search, report out of fold, print the weight chosen on every case."""
    parser = argparse.ArgumentParser(description="Fit the dense weight for unaccented questions (module docstring).")
    parser.add_argument("--report", default=str(REPORT_PATH))
    args = parser.parse_args(argv)
    paths = [DEFAULT_DATASET, *sorted(BLIND_DIR.glob("*.jsonl"))]
    cases = unaccented_cases(paths)
    pipeline = sample_pipeline(Settings(), SAMPLE_INDEX)
    rr = {w: reciprocal_ranks(pipeline, cases, w) for w in GRID}
    groups = sorted({c.docs[0] for c in cases})
    folds, oof = [], [0.0] * len(cases)
    for doc in groups:
        test = [i for i, c in enumerate(cases) if c.docs[0] == doc]
        chosen = choose(rr, [i for i, c in enumerate(cases) if c.docs[0] != doc])
        for i in test:
            oof[i] = rr[chosen][i]
        folds.append({"left_out": doc, "questions": len(test), "weight": chosen,
                      "mrr": _mean([rr[chosen][i] for i in test]), "mrr_at_1.0": _mean([rr[1.0][i] for i in test])})
    everything = list(range(len(cases)))
    report = {
        "questions": len(cases), "sources": [str(p.relative_to(DEFAULT_DATASET.parents[2])) for p in paths],
        "mrr_by_weight": {str(w): _mean(rr[w]) for w in GRID},
        "folds": folds,
        "out_of_fold_mrr": _mean(oof), "mrr_at_1.0": _mean(rr[1.0]),
        "chosen": choose(rr, everything),
    }
    Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Fit the statute passage ranker on the outside statute set, leaving one law out at a time, and report.

    python -m eval.fit_ranker [--alqac ../shared/alqac-dev] [--alqac-index .eval/alqac-index]
                              [--out rag/query/passage_ranker.json] [--report eval/passage_ranker_report.json]

How: ``eval.ranker_fit``. The report gives, per form of the question (as written, accents removed), the gold
article's hit@1 / hit@5 / MRR@10 in fusion's order and in the order of the ranker fitted without the question's
law (its regularisation chosen among the other laws), and each fold's choice. The ranker written is fitted on
every question, its regularisation chosen leaving one law out. Without the set it says so and exits 0.
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from pathlib import Path

from eval.alqac import DEFAULT_INDEX, DEFAULT_SET, corpus_files, ingest_corpus, load_questions
from eval.answer_fit import local_pipeline
from eval.ranker_fit import DEPTH, choose_c, fit_ranker, law_rankers, out_of_fold, probes, summary
from rag.query.passage_rank import RANKER_PATH
from rag.settings import Settings

REPORT_PATH = Path(__file__).with_name("passage_ranker_report.json")


def main(argv: list[str] | None = None) -> int:
    """Fit, report out of fold, write the ranker."""
    parser = argparse.ArgumentParser(description="Fit hoidap's statute passage ranker (see the module docstring).")
    parser.add_argument("--alqac", default=str(DEFAULT_SET), help="the outside statute set")
    parser.add_argument("--alqac-index", default=str(DEFAULT_INDEX))
    parser.add_argument("--out", default=str(RANKER_PATH))
    parser.add_argument("--report", default=str(REPORT_PATH))
    args = parser.parse_args(argv)
    alqac = Path(args.alqac)
    if not (alqac / "corpus").is_dir() or not (alqac / "questions.jsonl").is_file():
        print(f"{alqac} has no corpus/ and questions.jsonl: nothing to fit the passage ranker on (the shipped "
              f"{args.out} stays)", file=sys.stderr)
        return 0
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("fitting needs scikit-learn: pip install -e '.[fit]'", file=sys.stderr)
        return 2
    started = time.perf_counter()
    base = Settings().model_copy(update={"statute_passage_ranker": False})
    pipeline = local_pipeline(base, Path(args.alqac_index))
    ingest_corpus(pipeline, corpus_files(alqac / "corpus"), progress=lambda m: print(m, file=sys.stderr))
    questions = load_questions(alqac / "questions.jsonl")
    found = probes(pipeline, questions)
    laws = sorted({p.law for p in found})
    print(f"{len(found)} readings of {len(questions)} questions over {len(laws)} laws", file=sys.stderr)
    rankers = law_rankers(found, laws, progress=lambda m: print(m, file=sys.stderr))
    by_form = {name: summary(r) for name, r in out_of_fold(found, rankers).items()}
    c = choose_c(found)
    ranker = fit_ranker(found, c, f"{datetime.date.today().isoformat()}/{len(found)} readings, C={c}")
    Path(args.out).write_text(json.dumps(ranker.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    report = {
        "set": str(alqac / "questions.jsonl"), "readings": len(found), "questions": len(questions), "depth": DEPTH,
        "out_of_fold": by_form,
        "folds": {law: r.version for law, r in rankers.items()},
        "chosen": {"C": c, "version": ranker.version},
        "seconds": round(time.perf_counter() - started, 1),
    }
    Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: report[k] for k in ("out_of_fold", "chosen")}, ensure_ascii=False, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

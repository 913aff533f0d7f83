"""Fit the answer scorer on development data, choose its refusal threshold, and report out of fold.

    python -m eval.fit_answerer [--alqac ../shared/alqac-dev] [--alqac-index .eval/alqac-index]
                                [--out rag/answer/answer_model.json] [--report eval/answer_model_report.json]
                                [--keep-candidates] [--reports FILE ...]

What is fitted and how: ``eval.answer_fit``. Every number reported is out of fold; the final models are fitted
on everything and written as JSON (``rag.answer.scorer`` reads it; scikit-learn is needed only to fit).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from eval.alqac import DEFAULT_INDEX, DEFAULT_SET, corpus_files, ingest_corpus, load_questions
from eval.answer_fit import (
    CACHE_PATH,
    FOLDS,
    GATES,
    MAX_FALSE_REFUSALS,
    SAMPLE_INDEX,
    ReadingCache,
    collect_items,
    decide,
    fit,
    local_pipeline,
    rates,
    sample_pipeline,
)
from eval.report_threshold import choose_report_threshold, out_of_fold, outcomes, summary, with_report_threshold
from eval.runner import DEFAULT_DATASET
from rag.answer.features import FEATURES
from rag.answer.scorer import MODEL_PATH, load_model
from rag.settings import Settings

REPORT_PATH = Path(__file__).with_name("answer_model_report.json")
BLIND = Path(__file__).with_name("blind")


def _by_source(decisions: list[dict], sources) -> dict:
    return {"all": rates(decisions)} | {src: rates([d for d in decisions if d["item"].source == src])
                                        for src in sources}


def _rounded(names, values) -> dict[str, float]:
    return dict(zip(names, (round(v, 4) for v in values)))


def main(argv: list[str] | None = None) -> int:
    """Fit, report out of fold, write the model."""
    parser = argparse.ArgumentParser(description="Fit hoidap's answer scorer (see the module docstring).")
    parser.add_argument("--dataset", default=str(DEFAULT_DATASET))
    parser.add_argument("--alqac", default=str(DEFAULT_SET), help="the outside statute set (skipped if absent)")
    parser.add_argument("--alqac-index", default=str(DEFAULT_INDEX))
    parser.add_argument("--sample-index", default=str(SAMPLE_INDEX))
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--report", default=str(REPORT_PATH))
    parser.add_argument("--keep-candidates", action="store_true",
                        help="keep the candidate scorer of the model at --out and fit the gates only")
    parser.add_argument("--reports", nargs="*", metavar="FILE",
                        help="questions over data/sample the gate's threshold for reports is chosen on (default: "
                             "--dataset and eval/blind/*.jsonl; none given: no threshold of its own)")
    parser.add_argument("--cache", default=str(CACHE_PATH),
                        help="passages found per question, reused while the index is unchanged ('' for none)")
    args = parser.parse_args(argv)
    cache = ReadingCache(Path(args.cache) if args.cache else None)
    kept = load_model(Path(args.out)) if args.keep_candidates else None
    started = time.perf_counter()
    base = Settings()
    sample = sample_pipeline(base, Path(args.sample_index))
    embedder = sample.store.embedder  # the gate reading cosines holds for this embedder only
    sources = {"sample": f"{args.dataset} over {base.sample_dir}"}
    alqac, pipeline, questions = Path(args.alqac), None, []
    if (alqac / "corpus").is_dir() and (alqac / "questions.jsonl").is_file():
        pipeline = local_pipeline(base, Path(args.alqac_index))
        ingest_corpus(pipeline, corpus_files(alqac / "corpus"), progress=lambda m: print(m, file=sys.stderr))
        questions = load_questions(alqac / "questions.jsonl")
        sources["alqac"] = f"{alqac} (answerable; and each question without its law, unanswerable)"
    else:
        print(f"{alqac} is absent: fitting on {args.dataset} only", file=sys.stderr)
    items = collect_items(sample, Path(args.dataset), pipeline, questions, cache)
    fitted = fit(items, embedder, kept)
    model, probs, gate_probs = fitted.model, fitted.probs, fitted.gate_probs
    report = {
        "fitted": time.strftime("%Y-%m-%d"), "version": model.version, "features": list(FEATURES), "sources": sources,
        # Kept, the candidate scorer is the one fitted before (its version); the out-of-fold numbers are of the
        # procedure that fits both on the training folds.
        "candidate_scorer": "kept" if kept is not None else "fitted",
        "threshold": model.threshold, "max_false_refusals": MAX_FALSE_REFUSALS, "folds": FOLDS,
        "candidates": sum(len(it.rows) for it in items),
        "positives": sum(sum(it.labels) for it in items),
        # What hoidap does with the embedder the gate was fitted on.
        "out_of_fold": _by_source(decide(items, probs, fitted.gate_thresholds["cosines"], gate_probs["cosines"]),
                                  sources),
        # With any other embedder, or passages without cosines (the BM25-only baseline).
        "out_of_fold_without_cosines": _by_source(
            decide(items, probs, fitted.gate_thresholds["no_cosines"], gate_probs["no_cosines"]), sources),
        # The rule before the gate: the best unit's probability against the candidate threshold.
        "out_of_fold_best_unit_alone": _by_source(decide(items, probs, model.threshold), sources),
    }
    files = [Path(args.dataset), *sorted(BLIND.glob("*.jsonl"))] if args.reports is None else map(Path, args.reports)
    found = outcomes(sample, model, files)
    if found:
        cut = choose_report_threshold(found, MAX_FALSE_REFUSALS)
        gate = model.gate(embedder)
        report["report_threshold"] = {
            "threshold": cut, "embedder": embedder,
            "out_of_fold": out_of_fold(found, MAX_FALSE_REFUSALS), "chosen_on": summary(found, cut),
            # what the questions would end as under the statutes' threshold
            "at_the_gate_threshold": summary(found, gate.threshold)}
        model = with_report_threshold(model, embedder, cut)
    report["coefficients"] = _rounded(FEATURES, model.coef)
    report["gates"] = {name: {"embedder": g.embedder, "threshold": g.threshold,
                              "report_threshold": g.report_threshold, "intercept": round(g.intercept, 4),
                              "coefficients": _rounded(g.features, g.coef)} for name, g in zip(GATES, model.gates)}
    Path(args.out).write_text(json.dumps(model.to_json(), indent=1) + "\n", encoding="utf-8")
    Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps({k: report[k] for k in ("out_of_fold", "out_of_fold_without_cosines",
                                             "out_of_fold_best_unit_alone")}, indent=1))
    gated = ", ".join(f"{k} {v:.4f}" for k, v in fitted.gate_thresholds.items())
    print(f"thresholds: candidates {model.threshold:.4f}, gates {gated}; model written to {args.out} "
          f"in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

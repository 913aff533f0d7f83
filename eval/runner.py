"""Run the eval: the same cases through hoidap and both baselines, scored per kind, checked against
committed thresholds. ``hoidap eval`` is the entry point."""

from __future__ import annotations

import json
import tempfile
import time
import tomllib
from dataclasses import asdict, replace
from pathlib import Path

from eval.metrics import Case, Result, answer_correct, by_kind, citation_supported, first_hit_rank
from rag.settings import Settings
from rag.vi.text import unaccented

DEFAULT_DATASET = Path(__file__).parent / "data" / "cases.jsonl"
DEFAULT_THRESHOLDS = Path(__file__).parent / "thresholds.toml"
CHECKED = ("accuracy", "citation_support", "refusal_recall")


def jsonl_records(path: Path, what: str, build):
    """``build(record)`` for each line of a JSON Lines file, with its line number; a bad line is a
    ``ValueError`` naming the file, the line and what it should have been."""
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                out.append((number, build(json.loads(line))))
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise ValueError(f"{path}:{number}: not a valid {what} ({exc!r})") from exc
    return out


def _case(raw: dict) -> Case:
    def listed(key: str) -> tuple:  # absent and null both mean none ("answers": null on a refusal case)
        return tuple(raw.get(key) or ())

    return Case(id=raw["id"], kind=raw["kind"], question=raw["question"], answers=listed("answers"),
                all_of=listed("all_of"), docs=listed("docs"), history=listed("history"),
                refuse=bool(raw.get("refuse", False)))


def load_cases(path: Path) -> list[Case]:
    """Cases from a JSON Lines file (one case per line); a bad line is reported with its number."""
    cases = []
    for number, case in jsonl_records(path, "case", _case):
        cases.append(case)
        if not case.refuse and not (case.expected and case.docs):
            raise ValueError(f"{path}:{number}: case '{case.id}' needs answers or all_of, and docs (or refuse)")
    return cases


def _result_dict(r: Result) -> dict:
    return {
        "id": r.case.id, "kind": r.case.kind, "question": r.case.question, "history": list(r.case.history),
        "expected": list(r.case.expected), "all_of": bool(r.case.all_of), "docs": list(r.case.docs),
        "refuse": r.case.refuse, "answer": r.answer, "grounded": r.grounded, "correct": answer_correct(r),
        "citation_supported": citation_supported(r), "first_hit_rank": first_hit_rank(r),
        "latency_ms": round(r.latency_ms, 2),
        "citations": [asdict(c) for c in r.citations], "passages": [asdict(p) for p in r.passages[:5]],
    }


def without_accents(case: Case) -> Case:
    """``case`` as someone typing without accents asks it: its question and its user turns folded ("Kết luận
    21" -> "Ket luan 21"), the expected answers as they are."""
    history = tuple(dict(t, content=unaccented(t.get("content", ""))) if t.get("role") == "user" else t
                    for t in case.history)
    return replace(case, question=unaccented(case.question), history=history)


def run_eval(settings: Settings, dataset: Path = DEFAULT_DATASET, url: str | None = None,
             progress=print, with_llm: bool = False, fold_accents: bool = False) -> dict:
    """Score hoidap (in-process on a fresh index of ``settings.sample_dir``, or the server at ``url``) and the
    two baselines on the same cases with the same embedder; returns the report as a dict. ``fold_accents``
    asks every question without its accents (``without_accents``)."""
    from eval.systems import Bm25Baseline, HoidapSystem, HttpSystem, LangChainBaseline
    from ingest.loaders import expand_paths, load_file
    from service.pipeline import build_pipeline

    cases = load_cases(dataset)
    if fold_accents:
        cases = [without_accents(c) for c in cases]
    with tempfile.TemporaryDirectory(prefix="hoidap-eval-") as tmp:
        local = settings.model_copy(update={"data_dir": Path(tmp), "chroma_host": None, "collection": "eval",
                                            "llm": "none"})
        started = time.perf_counter()
        pipeline = build_pipeline(local)
        report = pipeline.ingest_paths([settings.sample_dir])
        docs = [load_file(p) for p in expand_paths([settings.sample_dir])]
        langchain = LangChainBaseline(docs, pipeline.store.embeddings, pipeline.store.client)
        progress(f"indexed {report.chunks} hoidap chunks and {langchain.chunks} LangChain-recipe chunks "
                 f"in {time.perf_counter() - started:.1f} s")
        hoidap = HttpSystem(url) if url else HoidapSystem(pipeline)
        systems = [hoidap, langchain, Bm25Baseline(pipeline)]
        if with_llm:
            from rag.answer.generate import build_llm
            from service.pipeline import Pipeline

            if settings.llm == "none":
                raise ValueError("--llm needs HOIDAP_LLM=openai and HOIDAP_LLM_BASE_URL")
            generative = Pipeline(local, pipeline.store.embeddings, pipeline.store.client, llm=build_llm(settings))
            systems.append(HoidapSystem(generative, name="hoidap+llm"))
        for system in systems:  # warm-up: model and index load are not part of any answer's latency
            system.run(cases[0])
        out: dict = {"dataset": str(dataset) + (" (without accents)" if fold_accents else ""), "cases": len(cases),
                     "embedder": pipeline.store.embedder,
                     "target": url or "in-process", "systems": {}}
        for system in systems:
            results = [system.run(case) for case in cases]
            out["systems"][system.name] = {"scores": by_kind(results), "results": [_result_dict(r) for r in results]}
    return out


def check_thresholds(report: dict, path: Path = DEFAULT_THRESHOLDS) -> list[str]:
    """The metrics that fell below the committed thresholds (empty when all hold)."""
    limits = tomllib.loads(path.read_text(encoding="utf-8"))["hoidap"]
    overall = report["systems"]["hoidap"]["scores"]["all"]
    return [f"{name}: {overall[name]:.3f} < threshold {limits[name]:.3f}"
            for name in CHECKED if name in limits and overall[name] + 1e-9 < limits[name]]


def table(report: dict) -> str:
    """The per-kind table: accuracy of hoidap and both baselines, and hoidap's other metrics."""
    systems = report["systems"]
    h = systems["hoidap"]["scores"]
    llm = "hoidap+llm" in systems
    header = (f"{'kind':13} {'n':>3}  {'hoidap':>6} {'langch':>6} {'bm25':>6}" + (f" {'+llm':>6}" if llm else "")
              + f"  {'cite':>5} {'hit@1':>5} {'hit@5':>5} {'mrr':>5}  {'p50 ms':>7} {'p95 ms':>7}")
    lines = [header, "-" * len(header)]
    for kind in h:
        def acc(name: str, kind: str = kind) -> float:
            s = systems[name]["scores"][kind]
            return s["accuracy_all"] if kind == "unanswerable" else s["accuracy"]

        s = h[kind]
        if kind == "all":
            lines.append("-" * len(header))
        extra = f" {acc('hoidap+llm'):6.2f}" if llm else ""
        lines.append(f"{kind:13} {s['n']:>3}  {acc('hoidap'):6.2f} {acc('langchain'):6.2f} {acc('bm25'):6.2f}{extra}  "
                     f"{s['citation_support']:5.2f} {s['hit@1']:5.2f} {s['hit@5']:5.2f} {s['mrr']:5.2f}  "
                     f"{s['latency_median_ms']:7.1f} {s['latency_p95_ms']:7.1f}")
    lines.append("")
    for name, data in systems.items():
        a = data["scores"]["all"]
        lines.append(f"{name:10} accuracy (answerable) {a['accuracy']:.3f}"
                     f"  citation support {a['citation_support']:.3f}"
                     f"  refusal precision {a['refusal_precision']:.3f} recall {a['refusal_recall']:.3f}"
                     f"  hit@5 {a['hit@5']:.3f}  MRR {a['mrr']:.3f}"
                     f"  latency p50 {a['latency_median_ms']:.0f} ms p95 {a['latency_p95_ms']:.0f} ms")
    ratio = h["all"]["accuracy"] / max(systems["langchain"]["scores"]["all"]["accuracy"], 1e-9)
    lines.append(f"hoidap / langchain accuracy ratio: {ratio:.2f}")
    return "\n".join(lines)

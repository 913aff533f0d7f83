"""Score hoidap, BM25-only and the plain LangChain recipe on a statute-QA set nobody on the team wrote.

``python -m eval.alqac [--corpus DIR] [--questions FILE] [--index-dir DIR] [--json OUT] [--limit N]
[--exclude-law SLUG]`` — by default the alqac-dev set in ``../shared/alqac-dev`` (beside the repository),
which is never copied into it; when the set is absent the command says so and exits 0.

The corpus is a folder of one-article files (``doc_id`` = file stem, "<law slug>-dieu-<n>") read through
hoidap's own ingest path into a persistent index folder; re-runs embed only what changed, for hoidap and for
the LangChain recipe's collection alike. The questions file is JSON Lines with ``id``, ``question``,
``kind``, ``gold_docs``, and optionally ``answer``, ``answer_in_gold``, ``label``, ``choices``.

``--out-of-fold`` asks each law's questions with an answer model fitted without that law (``eval.answer_fit``:
the scorer and gate are fitted on ``eval/data`` and the alqac questions of the other laws; scikit-learn needed):
the answered, cited and containment numbers of hoidap and BM25-only are then out of fold. Without it they use
the shipped model, which was fitted on alqac-dev's questions (development numbers there).

``--exclude-law SLUG`` builds a second index (collections suffixed ``-minus-SLUG`` in the same folder) without
that law and asks it only the questions whose gold documents are all in that law: none is answerable there,
so the right behaviour is to refuse, and "answered" is the rate of wrong answers.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib.util
import json
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from langchain_core.embeddings import Embeddings

# Project code: every import of rag/, ingest/ and eval/ is here (re-point these after the restructure).
from eval.alqac_metrics import (
    answer_contains,
    cites_gold,
    doc_rank,
    group_by_law,
    law_of,
    laws_of,
    only_in_law,
    question_law,
    ranked_docs,
    score_rows,
    subsets,
    token_f1,
)
from eval.answer_fit import CACHE_PATH, ReadingCache, collect_items, law_models, sample_pipeline
from eval.metrics import Case, Result
from eval.ranker_fit import law_rankers
from eval.ranker_fit import probes as ranker_probes
from eval.runner import DEFAULT_DATASET, jsonl_records
from eval.systems import Bm25Baseline, HoidapSystem, LangChainBaseline
from ingest.loaders import LoadError, doc_id_for, expand_paths, load_file
from rag.answer.scorer import AnswerModel
from rag.documents import IngestReport
from rag.query.passage_rank import PassageRanker
from rag.settings import Settings
from service.pipeline import Pipeline, build_pipeline

REPO = Path(__file__).resolve().parent.parent
DEFAULT_SET = REPO.parent / "shared" / "alqac-dev"
DEFAULT_CORPUS = DEFAULT_SET / "corpus"
DEFAULT_QUESTIONS = DEFAULT_SET / "questions.jsonl"
DEFAULT_INDEX = REPO / ".eval" / "alqac-index"
KINDS = ("true-false", "multiple-choice", "multiple-choice-meta", "free-text")
LANGCHAIN_COLLECTION = "langchain-recipe"
INGEST_BATCH = 64  # files per ingest call: a killed run keeps what it embedded, a failed batch is retried per file
SYSTEMS = ("hoidap", "bm25", "langchain")


@dataclass(frozen=True)
class Question:
    """One question of the set and what counts as right."""

    id: str
    question: str
    kind: str
    gold_docs: tuple[str, ...]
    answer: str | None = None
    answer_in_gold: float | None = None
    label: str | None = None
    gold_text: str | None = None  # the answer where it occurs verbatim in a gold article
    choices: dict = field(default_factory=dict, hash=False, compare=False)

    @property
    def law(self) -> str:
        """The law the question is grouped under (that of its first gold document)."""
        return question_law(self.gold_docs)


def _question(raw: dict) -> Question:
    return Question(id=str(raw["id"]), question=raw["question"], kind=raw["kind"],
                    gold_docs=tuple(raw["gold_docs"]), answer=raw.get("answer") or None,
                    answer_in_gold=raw.get("answer_in_gold"), label=raw.get("label"),
                    gold_text=raw.get("gold_text") or None, choices=raw.get("choices") or {})


def load_questions(path: Path) -> list[Question]:
    """Questions from a JSON Lines file; a bad line is reported with its number."""
    return [q for _, q in jsonl_records(path, "question", _question)]

def questions_by_law(questions: list[Question]) -> dict[str, list[Question]]:
    """Questions per law (doc_id prefix before "-dieu-" of the first gold document): folds for
    cross-validation by law, and the questions ``--exclude-law`` asks."""
    return group_by_law(questions)


# -- ingest ------------------------------------------------------------------------------------------
def corpus_files(corpus: Path, exclude_law: str | None = None) -> list[Path]:
    """The corpus files (the manifest and hidden files skipped), without those of ``exclude_law``."""
    files = expand_paths([corpus])
    if exclude_law:
        files = [f for f in files if law_of(doc_id_for(f.name)) != exclude_law]
    return files


def ingest_corpus(pipeline: Pipeline, files: list[Path], batch: int = INGEST_BATCH, progress=print) -> IngestReport:
    """Ingest ``files`` through ``Pipeline.ingest_paths`` in parts (unchanged chunks are not embedded again; a
    document that fails is listed in ``skipped`` and the others go in), then delete indexed documents that are
    no longer among them."""
    started = time.perf_counter()
    total = IngestReport()
    for start in range(0, len(files), batch):
        total = total.plus(pipeline.ingest_paths(files[start:start + batch]))
        progress(f"  ingest {min(start + batch, len(files))}/{len(files)} files: {total.embedded} chunks embedded "
                 f"so far, {time.perf_counter() - started:.0f} s")
    wanted = {doc_id_for(f.name) for f in files}
    stored, _ = pipeline.known_doc_ids_and_sources()
    removed = sum(pipeline.delete(doc_id) for doc_id in sorted(stored - wanted))
    return dataclasses.replace(total, removed=total.removed + removed, seconds=time.perf_counter() - started)


class ReusedEmbeddings(Embeddings):
    """An embedder that serves the vectors an index already holds for the same text and embeds only the rest
    with ``inner`` (queries always go to ``inner``). With it, an index of a subset of the corpus (without one
    law) goes through the same ingest path without running the model again."""

    def __init__(self, inner: Embeddings, known: dict[str, list[float]]) -> None:
        self.inner = inner
        self.known = known
        self.name = getattr(inner, "name", None) or type(inner).__name__
        self.reused = 0
        self.computed = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Known texts from the stored vectors, the others from the model."""
        missing = list(dict.fromkeys(t for t in texts if t not in self.known))
        fresh = dict(zip(missing, self.inner.embed_documents(missing))) if missing else {}
        self.reused += sum(1 for t in texts if t in self.known)
        self.computed += len(missing)
        return [[float(x) for x in self.known[t]] if t in self.known else fresh[t] for t in texts]

    def embed_query(self, text: str) -> list[float]:
        """The model's query vector."""
        return self.inner.embed_query(text)


def stored_vectors(client, collection: str, key: str = "document", page: int = 2000) -> dict[str, list[float]]:
    """``{text: vector}`` of a Chroma collection (empty when it does not exist); the text is the stored document,
    or with ``key="index_text"`` the chunk's index text (what hoidap embeds)."""
    try:
        coll = client.get_collection(collection)
    except Exception:  # noqa: BLE001 — Chroma raises different types across versions for a missing collection
        return {}
    known: dict[str, list[float]] = {}
    offset = 0
    while True:
        got = coll.get(include=["embeddings", "documents", "metadatas"], limit=page, offset=offset)
        for doc, meta, vector in zip(got["documents"], got["metadatas"], got["embeddings"]):
            text = (meta or {}).get("index_text") if key == "index_text" else doc
            if text:
                known[str(text)] = vector
        if len(got["ids"]) < page:
            return known
        offset += page


def load_documents(files: list[Path]) -> list:
    """The cleaned documents (for the LangChain recipe); unreadable files are left out (ingest reports them)."""
    docs = []
    for path in files:
        try:
            docs.append(load_file(path))
        except LoadError:
            continue
    return docs


# -- scoring -----------------------------------------------------------------------------------------
def as_case(q: Question) -> Case:
    """The question as the shared eval systems take it."""
    return Case(id=q.id, kind=q.kind, question=q.question, answers=(q.answer,) if q.answer else (),
                docs=q.gold_docs)


def row(q: Question, r: Result, error: str = "") -> dict:
    """One system's outcome on one question, with its per-question scores."""
    ranked = ranked_docs(p.doc_id for p in r.passages)
    cited = list(dict.fromkeys(c.doc_id for c in r.citations))
    has_answer = bool(q.answer)
    return {
        "id": q.id, "kind": q.kind, "law": q.law, "answer_in_gold": q.answer_in_gold,
        "verbatim": bool(q.gold_text and q.answer),
        "gold_docs": list(q.gold_docs), "ranked_docs": ranked, "doc_rank": doc_rank(ranked, q.gold_docs),
        "grounded": r.grounded, "cited_docs": cited, "cites_gold": cites_gold(r.grounded, cited, q.gold_docs),
        "expected": q.answer, "answer": r.answer,
        "contained": (r.grounded and answer_contains(r.answer, q.answer)) if has_answer else None,
        "f1": (token_f1(r.answer, q.answer) if r.grounded else 0.0) if has_answer else None,
        "latency_ms": round(r.latency_ms, 2), "error": error,
    }


def run_system(system, questions: list[Question], progress=print) -> tuple[list[dict], float]:
    """Every question through ``system`` (after one untimed warm-up); a question that raises is recorded as
    an error (not answered, nothing retrieved) and the run goes on."""
    system.run(as_case(questions[0]))
    started = time.perf_counter()
    rows = []
    for i, q in enumerate(questions, start=1):
        try:
            rows.append(row(q, system.run(as_case(q))))
        except Exception as exc:  # noqa: BLE001 — one failure is a data point, not the end of the run
            rows.append(row(q, Result(as_case(q), "", False), error=f"{type(exc).__name__}: {exc}"))
        if i % 50 == 0:
            progress(f"  {system.name}: {i}/{len(questions)} questions, {time.perf_counter() - started:.0f} s")
    return rows, time.perf_counter() - started


def score_report(rows: list[dict]) -> dict[str, dict]:
    """``score_rows`` for "all", each kind and the answer-in-gold subset."""
    return {name: score_rows(part) for name, part in subsets(rows, KINDS).items() if part}


class FoldedSystem:
    """A system over ``pipeline`` that answers each question with the answer model and the passage ranker fitted
    without that question's law (``models``, ``rankers``, by law): out-of-fold answers."""

    def __init__(self, system, pipeline: Pipeline, models: dict[str, AnswerModel], laws: dict[str, str],
                 rankers: dict[str, PassageRanker] | None = None) -> None:
        self.system, self.pipeline, self.models, self.laws = system, pipeline, models, laws
        self.rankers = rankers or {}
        self.name = system.name

    def run(self, case: Case) -> Result:
        """The inner system's answer, with the question's out-of-fold model (and ranker) in place for the call."""
        law = self.laws[case.id]
        shipped = self.pipeline.retriever.ranker
        self.pipeline.answer_model = self.models[law]
        if shipped is not None and law in self.rankers:
            self.pipeline.retriever.ranker = self.rankers[law]
        try:
            return self.system.run(case)
        finally:
            self.pipeline.answer_model = None
            self.pipeline.retriever.ranker = shipped


def fold_rankers(pipeline: Pipeline, questions: list[Question], progress=print,
                 laws: list[str] | None = None) -> dict[str, PassageRanker]:
    """Per law of ``questions`` (or of ``laws``), the statute passage ranker fitted on the other laws' questions
    (``eval.ranker_fit``); none where the pipeline ranks by fusion alone."""
    if pipeline.retriever.ranker is None:
        return {}
    progress("fitting one passage ranker per law, each without that law's questions")
    found = ranker_probes(pipeline, questions)
    return law_rankers(found, laws or sorted({q.law for q in questions}), progress)


def fold_models(pipeline: Pipeline, questions: list[Question], base: Settings, progress=print,
                laws: list[str] | None = None) -> dict[str, AnswerModel]:
    """Per law of ``questions`` (or of ``laws``), the answer model fitted on ``eval/data`` and the other laws'
    questions. ``pipeline`` is over the whole corpus: each question is also asked of it without its own law."""
    if importlib.util.find_spec("sklearn") is None:
        raise ValueError("--out-of-fold fits answer models and needs scikit-learn: pip install -e '.[fit]'")
    progress("fitting one answer model per law, each without that law's questions")
    items = collect_items(sample_pipeline(base), DEFAULT_DATASET, pipeline, questions, ReadingCache(CACHE_PATH))
    return law_models(items, pipeline.store.embedder, laws or sorted({q.law for q in questions}), progress)


# -- the run -----------------------------------------------------------------------------------------
def load_unanswerable(path: Path) -> list[Question]:
    """Questions the corpus does not answer (``id``, ``question``; ``kind`` optional), from a JSON Lines file."""
    return [q for _, q in jsonl_records(path, "question", lambda raw: Question(
        id=str(raw["id"]), question=raw["question"], kind=raw.get("kind") or "unanswerable", gold_docs=()))]


def refusals(system, questions: list[Question]) -> dict:
    """How many of ``questions`` (none of which the corpus answers) ``system`` refuses, and those it answered."""
    answered = [q.id for q in questions if system.run(as_case(q)).grounded]
    return {"n": len(questions), "refused": round(1 - len(answered) / len(questions), 3) if questions else None,
            "answered": answered}


def run(corpus: Path, questions_path: Path, index_dir: Path, *, limit: int | None = None,
        exclude_law: str | None = None, settings: Settings | None = None, embeddings=None,
        progress=print, systems: tuple[str, ...] = SYSTEMS, out_of_fold: bool = False,
        unanswerable_path: Path | None = None) -> dict:
    """Bring the index in ``index_dir`` up to date with ``corpus``, score the three systems on the questions,
    and return the report (scores per system and subset, per-question rows, timings, ingest summary). With
    ``out_of_fold``, hoidap and BM25-only answer each law's questions with a model fitted without that law.
    ``unanswerable_path`` holds questions the corpus does not answer (about laws it lacks): each system's share
    of them refused is reported too (out of fold or not, by the shipped model: they belong to no law's fold).
    With ``exclude_law`` and ``out_of_fold``, the excluded law's questions (none of which the smaller index
    answers) are asked with the model fitted without that law, whose refusal gate never saw them."""
    started = time.perf_counter()
    unanswerable = load_unanswerable(unanswerable_path) if unanswerable_path else []
    questions = load_questions(questions_path)
    every_question = questions
    files = corpus_files(corpus)
    laws = laws_of(doc_id_for(f.name) for f in files)
    suffix = ""
    if exclude_law:
        if exclude_law not in laws:
            raise ValueError(f"--exclude-law {exclude_law}: no such law in {corpus}; laws: {', '.join(laws)}")
        files = corpus_files(corpus, exclude_law)
        questions = [q for q in questions if only_in_law(q.gold_docs, exclude_law)]
        suffix = f"-minus-{exclude_law}"
    if limit:
        questions = questions[:limit]
    if not questions:
        raise ValueError("no questions to ask" + (f" of law {exclude_law}" if exclude_law else ""))
    base = settings or Settings()
    local = base.model_copy(update={"data_dir": index_dir, "chroma_host": None, "llm": "none",
                                    "collection": base.collection + suffix})
    pipeline = build_pipeline(local, embeddings=embeddings)
    if exclude_law:  # the vectors of the full index, where it exists: the smaller index embeds nothing anew
        client = pipeline.store.client
        known = stored_vectors(client, base.collection, key="index_text")
        known.update(stored_vectors(client, LANGCHAIN_COLLECTION))
        reused = ReusedEmbeddings(pipeline.store.embeddings, known)
        pipeline = build_pipeline(local, embeddings=reused, client=client)
        progress(f"reusing {len(known)} stored vectors of the full index")
    progress(f"index {index_dir} (collection {local.collection}, embedder {pipeline.store.embedder}): "
             f"{len(files)} files of {len(laws) - bool(exclude_law)} laws")
    ingest = ingest_corpus(pipeline, files, progress=progress)
    progress(f"hoidap index: {ingest.documents} documents, {ingest.chunks} chunks, {ingest.embedded} embedded, "
             f"{ingest.removed} removed, {len(ingest.skipped)} failed, {ingest.seconds:.1f} s")
    for path, why in ingest.skipped:
        progress(f"  failed: {path}: {why}")
    lc_started = time.perf_counter()
    chosen = {"hoidap": lambda: HoidapSystem(pipeline), "bm25": lambda: Bm25Baseline(pipeline),
              "langchain": lambda: LangChainBaseline(load_documents(files), pipeline.store.embeddings,
                                                     pipeline.store.client,
                                                     collection_name=LANGCHAIN_COLLECTION + suffix)}
    systems = {name: chosen[name]() for name in systems}
    unfolded = dict(systems)  # the shipped model's, for questions of no law
    langchain = systems.get("langchain")
    lc_seconds = time.perf_counter() - lc_started
    if out_of_fold:
        # The models are fitted on the whole corpus's index, whose questions are asked with and without their law.
        whole = build_pipeline(local.model_copy(update={"collection": base.collection}),
                               embeddings=pipeline.store.embeddings, client=pipeline.store.client
                               ) if exclude_law else pipeline
        models = fold_models(whole, every_question, base, progress, laws=[exclude_law] if exclude_law else None)
        rankers = fold_rankers(whole, every_question, progress, laws=[exclude_law] if exclude_law else None)
        laws = {q.id: q.law for q in questions}
        systems = {name: FoldedSystem(s, pipeline, models, laws, rankers) if name in ("hoidap", "bm25") else s
                   for name, s in systems.items()}
    if langchain is not None:
        progress(f"langchain recipe: {langchain.chunks} pieces, {langchain.added} embedded, {lc_seconds:.1f} s")
    report: dict = {
        "corpus": str(corpus), "questions": str(questions_path), "index_dir": str(index_dir),
        "collection": local.collection, "embedder": pipeline.store.embedder, "exclude_law": exclude_law,
        "out_of_fold": out_of_fold,
        "n_questions": len(questions), "questions_per_law": {k: len(v) for k, v in questions_by_law(questions).items()},
        "ingest": {"files": len(files), "documents": ingest.documents, "chunks": ingest.chunks,
                   "embedded": ingest.embedded, "removed": ingest.removed, "failures": ingest.skipped,
                   "seconds": round(ingest.seconds, 1)},
        "langchain_index": {"pieces": langchain.chunks if langchain else 0,
                            "embedded": langchain.added if langchain else 0, "seconds": round(lc_seconds, 1)},
        "timings": {}, "systems": {},
    }
    for name, system in systems.items():
        rows, seconds = run_system(system, questions, progress)
        errors = sum(1 for r in rows if r["error"])
        progress(f"{name}: {len(rows)} questions in {seconds:.1f} s" + (f", {errors} raised" if errors else ""))
        report["timings"][name] = round(seconds, 1)
        report["systems"][name] = {"scores": score_report(rows), "errors": errors, "results": rows}
        if unanswerable:
            report["systems"][name]["unanswerable"] = refusals(unfolded[name], unanswerable)
    if isinstance(pipeline.store.embeddings, ReusedEmbeddings):
        report["reused_vectors"] = pipeline.store.embeddings.reused
        report["computed_vectors"] = pipeline.store.embeddings.computed
        progress(f"of the chunks and pieces written, {report['reused_vectors']} took their vector from the full "
                 f"index and {report['computed_vectors']} were embedded by the model")
    report["timings"]["total"] = round(time.perf_counter() - started, 1)
    return report


def _fmt(value, digits: int = 3) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


def table(report: dict) -> str:
    """One row per system and subset (all, each kind, answer-in-gold >= 0.8)."""
    header = (f"{'system':9} {'subset':20} {'n':>4} {'hit@1':>6} {'hit@5':>6} {'mrr@10':>6} {'answer':>6} "
              f"{'citeG':>6} {'n_ans':>5} {'contn':>6} {'F1':>6} {'p50ms':>7} {'p95ms':>7}")
    lines = [header, "-" * len(header)]
    for name, data in report["systems"].items():
        for subset, s in data["scores"].items():
            lines.append(
                f"{name:9} {subset:20} {s['n']:>4} {_fmt(s['doc_hit@1']):>6} {_fmt(s['doc_hit@5']):>6} "
                f"{_fmt(s['doc_mrr@10']):>6} {_fmt(s['answered']):>6} {_fmt(s['cites_gold']):>6} "
                f"{s['n_with_answer']:>5} {_fmt(s['containment']):>6} {_fmt(s['token_f1']):>6} "
                f"{s['latency_p50_ms']:7.1f} {s['latency_p95_ms']:7.1f}")
        lines.append("-" * len(header))
    for name, data in report["systems"].items():
        if (u := data.get("unanswerable")) is not None:
            lines.append(f"{name}: refused {u['n'] - len(u['answered'])} of {u['n']} unanswerable questions "
                         f"({_fmt(u['refused'])})")
    lines.append("hit@k, mrr@10: first gold document among distinct documents retrieved; answer: not refused; "
                 "citeG: cites a gold document; contn, F1: over the n_ans questions with an answer; p50/p95: "
                 "latency of one answer (hoidap: Pipeline.ask).")
    if report.get("out_of_fold"):
        lines.append("out of fold: hoidap and bm25 answered each law's questions with an answer model fitted without "
                     "that law (hoidap's statute passages ordered by a ranker fitted without it too); langchain has "
                     "nothing fitted.")
    else:
        lines.append("hoidap and bm25 used the shipped answer model, fitted on eval/data and alqac-dev: on alqac-dev's "
                     "questions these are development numbers (--out-of-fold for honest ones).")
    if report.get("exclude_law"):
        lines.append(f"--exclude-law {report['exclude_law']}: every question is unanswerable from this index; "
                     "the right behaviour is to refuse, so 'answer' is the share answered wrongly.")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """The command line; exits 0 when the question set is absent."""
    parser = argparse.ArgumentParser(prog="python -m eval.alqac", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS, help="folder of one-article files")
    parser.add_argument("--questions", type=Path, default=DEFAULT_QUESTIONS, help="questions, JSON Lines")
    parser.add_argument("--index-dir", type=Path, default=DEFAULT_INDEX, help="persistent index folder (reused)")
    parser.add_argument("--json", type=Path, help="write the full report (scores and per-question rows) here")
    parser.add_argument("--limit", type=int, help="ask only the first N questions")
    parser.add_argument("--systems", default=",".join(SYSTEMS),
                        help=f"comma-separated, any of {', '.join(SYSTEMS)} (default: all three)")
    parser.add_argument("--exclude-law", metavar="SLUG",
                        help="index the corpus without this law and ask only its questions (they should be refused)")
    parser.add_argument("--out-of-fold", action="store_true",
                        help="answer each law's questions with an answer model fitted without that law")
    parser.add_argument("--unanswerable", type=Path, metavar="FILE",
                        help="questions the corpus does not answer (JSON Lines: id, question): the share refused")
    args = parser.parse_args(argv)
    if args.unanswerable is not None and not args.unanswerable.exists():
        print(f"alqac eval: --unanswerable {args.unanswerable}: no such file", file=sys.stderr)
        return 2
    missing = [str(p) for p in (args.corpus, args.questions) if not p.exists()]
    if missing:
        print(f"alqac eval: {', '.join(missing)} absent; nothing to evaluate.")
        return 0
    try:
        systems = tuple(s.strip() for s in args.systems.split(",") if s.strip())
        unknown = [s for s in systems if s not in SYSTEMS]
        if unknown:
            raise ValueError(f"--systems: unknown {', '.join(unknown)}; choose from {', '.join(SYSTEMS)}")
        report = run(args.corpus, args.questions, args.index_dir, limit=args.limit, exclude_law=args.exclude_law,
                     out_of_fold=args.out_of_fold, progress=lambda message: print(message, flush=True), systems=systems,
                     unanswerable_path=args.unanswerable)
    except ValueError as exc:
        print(f"alqac eval: {exc}", file=sys.stderr)
        return 2
    print()
    print(table(report))
    timings = ", ".join(f"{k} {v:.1f} s" for k, v in report["timings"].items())
    print(f"ingest {report['ingest']['seconds']:.1f} s ({report['ingest']['embedded']} embedded), langchain index "
          f"{report['langchain_index']['seconds']:.1f} s ({report['langchain_index']['embedded']} embedded); {timings}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"report written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

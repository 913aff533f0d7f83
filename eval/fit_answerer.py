"""Fit the answer scorer on development data, choose its refusal threshold, and report out of fold.

    python -m eval.fit_answerer [--alqac ../shared/alqac-dev] [--alqac-index .eval/alqac-index]
                                [--out rag/answer/answer_model.json] [--report eval/answer_model_report.json]

Data: ``eval/data/cases.jsonl`` over ``data/sample`` and, where it exists, the outside statute set
``../shared/alqac-dev`` (never copied here). Every candidate unit of the passages hoidap reads for a
question becomes a row of ``rag.answer.features``; it is positive when it holds the expected answer in an
expected document (for statements to judge, which have no answer text: the units of a gold article that
cover the statement best). Honestly unanswerable questions: ``eval/data``'s refusal cases, and every
alqac question asked with its own law left out of the corpus (retrieval filtered, the corpus-wide guard
run on a lexical index without that law).

Logistic regression (scikit-learn) on standardised features, cross-validated with folds by document
(``eval/data``: the expected document) and by law (alqac): every number reported is out of fold. The
threshold is the highest that keeps false refusals of answerable questions at or below 3 % out of fold.
The final model is fitted on everything and written as JSON (``rag.answer.scorer`` reads it; scikit-learn
is needed only here).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from eval.alqac import DEFAULT_INDEX, DEFAULT_SET, corpus_files, ingest_corpus, load_questions
from eval.alqac_metrics import answer_contains, content_syllables, law_of
from eval.metrics import contains
from eval.runner import DEFAULT_DATASET, load_cases
from rag.answer.candidates import unit_text
from rag.answer.extractive import absent_from_corpus, candidate_rows
from rag.answer.features import FEATURES
from rag.answer.scorer import MODEL_PATH, AnswerModel
from rag.documents import SearchFilter
from rag.index.lexical import LexicalIndex
from rag.query.articles import LawIndex
from rag.settings import Settings
from service.pipeline import Pipeline, build_pipeline

REPO = Path(__file__).resolve().parent.parent
REPORT_PATH = Path(__file__).with_name("answer_model_report.json")
MAX_FALSE_REFUSALS = 0.03
JUDGE_NEAR_BEST = 0.8  # a statement's positive units: gold-article units covering it at least this share of the best
ANSWER_SYLLABLES = 0.6  # an answer text is held when this share of its content syllables is in the unit
FOLDS = 5


@dataclass
class Item:
    """One question as the scorer sees it: its candidate rows and labels, or a refusal settled earlier."""

    source: str  # "sample" or "alqac"
    qid: str
    group: str  # cross-validation group: the document or the law
    answerable: bool
    rows: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    units: list[str] = field(default_factory=list)
    settled: str = ""  # "refused" by a rule before scoring, "answered" by the registry, "" when scored


class ReadingCache:
    """The passages retrieval found for each question, kept on disk between fits: retrieval does not depend on
    the candidates or features being fitted, and is most of a fit's time. Keyed by the index's chunk ids, so
    a changed index (or chunking) starts afresh."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple, list] = {}
        self.key: tuple = ()

    def bind(self, pipeline: Pipeline, name: str) -> None:
        """Load the entries for ``pipeline``'s index (``name`` tells the indexes of one fit apart)."""
        snap = pipeline.retriever.snapshot()
        ids = "\n".join(sorted(c.chunk_id for c in snap.live())).encode()
        self.key = (name, len(snap.live()), hashlib.sha256(ids).hexdigest())
        if self.path and self.path.exists():
            stored = pickle.loads(self.path.read_bytes())
            self.entries.update({k: v for k, v in stored.items() if k[0] == self.key})

    def read(self, pipeline: Pipeline, question: str, history: list | None = None,
             where: SearchFilter | None = None):
        """``pipeline.read`` with the passages from the cache when this question was read on this index."""
        key = (self.key, question, json.dumps(history or [], ensure_ascii=False), repr(where))
        if key in self.entries:
            cached = self.entries[key]
            return pipeline.read(question, history, where=where, retrieve=lambda *_: cached)
        reading = pipeline.read(question, history, where=where)
        self.entries[key] = reading.passages
        return reading

    def save(self) -> None:
        """Write every entry (of every index seen) back to disk."""
        if not self.path:
            return
        stored = pickle.loads(self.path.read_bytes()) if self.path.exists() else {}
        stored.update(self.entries)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_bytes(pickle.dumps(stored))


_NO_CACHE = ReadingCache(None)


def _rows(info, passages, lexical, following):
    cands, rows = candidate_rows(info, passages, lexical, following)
    return cands, rows, [unit_text(passages, c) for c in cands]


def sample_items(pipeline: Pipeline, dataset: Path, cache: ReadingCache = _NO_CACHE) -> list[Item]:
    """``eval/data`` cases as items (refusal cases are the unanswerable ones)."""
    items = []
    for case in load_cases(dataset):
        group = f"sample:{case.docs[0] if case.docs else case.id}"
        item = Item("sample", case.id, group, not case.refuse)
        reading = cache.read(pipeline, case.question, list(case.history))
        if reading.settled is not None:
            item.settled = "answered" if reading.settled.grounded else "refused"
            items.append(item)
            continue
        if absent_from_corpus(reading.info, reading.snap.lexical):
            item.settled = "refused"
            items.append(item)
            continue
        cands, rows, units = _rows(reading.info, reading.passages, reading.snap.lexical, reading.snap.following)
        for c, unit in zip(cands, units):
            doc = reading.passages[c.rank].chunk.doc_id
            holds = bool(case.expected) and any(contains(unit, a) for a in case.expected)
            item.labels.append(int(not case.refuse and holds and (not case.docs or doc in case.docs)))
        item.rows, item.units = rows, units
        items.append(item)
    return items


def _holds_answer(unit: str, answer: str) -> bool:
    if answer_contains(unit, answer):
        return True
    wanted = set(content_syllables(answer))
    return bool(wanted) and len(wanted & set(content_syllables(unit))) / len(wanted) >= ANSWER_SYLLABLES


def alqac_items(pipeline: Pipeline, questions, unanswerable: bool, cache: ReadingCache = _NO_CACHE) -> list[Item]:
    """alqac questions as items; with ``unanswerable``, each asked of the corpus without its own law."""
    snap = pipeline.retriever.snapshot()
    by_law: dict[str, list] = {}
    for q in questions:
        by_law.setdefault(q.law, []).append(q)
    items = []
    for law, qs in sorted(by_law.items()):
        print(f"  {law}: {len(qs)} questions" + (" without their law" if unanswerable else ""), file=sys.stderr)
        lexical, where = snap.lexical, None
        if unanswerable:
            kept = [c for c in snap.live() if law_of(c.doc_id) != law]
            lexical = LexicalIndex([c.indexed for c in kept])
            # By source (one per law): a filter on 1,500 document ids makes every dense query crawl.
            others = {c.source for c in kept}
            if others & {c.source for c in snap.live() if law_of(c.doc_id) == law}:
                raise ValueError(f"law {law} shares its source with other laws: cannot leave it out by source")
            where = SearchFilter(sources=tuple(sorted(others)))
            laws = LawIndex(t[1:] for t in lexical.tokens("#"))  # the laws a corpus without this one names
        for q in qs:
            item = Item("alqac", q.id + ("/minus-law" if unanswerable else ""), f"law:{law}", not unanswerable)
            reading = cache.read(pipeline, q.question, where=where)
            if reading.settled is not None:
                item.settled = "answered" if reading.settled.grounded else "refused"
                items.append(item)
                continue
            # As an index without the law would: a question naming a law that corpus never names is refused
            # before any passage is read (``Reader.read``), as is one with a name or figure it lacks.
            if absent_from_corpus(reading.info, lexical) or (
                    unanswerable and any(laws.resolve(law) is None for law in reading.info.laws)):
                item.settled = "refused"
                items.append(item)
                continue
            cands, rows, units = _rows(reading.info, reading.passages, lexical, reading.snap.following)
            gold = set(q.gold_docs)
            in_gold = [reading.passages[c.rank].chunk.doc_id in gold for c in cands]
            if unanswerable:
                labels = [0] * len(cands)
            elif q.answer and q.kind != "multiple-choice-meta":
                labels = [int(g and _holds_answer(u, q.answer)) for g, u in zip(in_gold, units)]
            else:
                covs = [row[FEATURES.index("cov")] for row in rows]
                best = max((cv for cv, g in zip(covs, in_gold) if g), default=0.0)
                labels = [int(g and best > 0 and cv >= JUDGE_NEAR_BEST * best) for cv, g in zip(covs, in_gold)]
            item.rows, item.labels, item.units = rows, labels, units
            items.append(item)
    return items


def _fit(rows: list[list[float]], labels: list[int]):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(rows)
    model = LogisticRegression(C=1.0, max_iter=2000).fit(scaler.transform(rows), labels)
    return scaler, model


def _as_model(scaler, model, threshold: float, version: str) -> AnswerModel:
    scale = [float(s) if s > 0 else 1.0 for s in scaler.scale_]
    return AnswerModel(version, FEATURES, tuple(map(float, scaler.mean_)), tuple(scale),
                       tuple(map(float, model.coef_[0])), float(model.intercept_[0]), threshold)


def out_of_fold(items: list[Item]) -> dict[str, list[float]]:
    """Each scored item's candidate probabilities from a model that never saw its group."""
    from sklearn.model_selection import GroupKFold

    scored = [it for it in items if it.rows]
    groups = sorted({it.group for it in scored})
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    probs: dict[str, list[float]] = {}
    splitter = GroupKFold(n_splits=FOLDS)
    index = list(range(len(scored)))
    for train, test in splitter.split(index, groups=[fold_of[it.group] for it in scored]):
        rows = [r for i in train for r in scored[i].rows]
        labels = [y for i in train for y in scored[i].labels]
        scaler, model = _fit(rows, labels)
        scorer = _as_model(scaler, model, 0.0, "fold")
        for i in test:
            probs[scored[i].qid] = [scorer.probability(r) for r in scored[i].rows]
    return probs


def decide(items: list[Item], probs: dict[str, list[float]], threshold: float) -> list[dict]:
    """Per item, out of fold: answered or refused, and whether the quoted unit is a positive one."""
    out = []
    for it in items:
        if it.settled:
            out.append({"item": it, "answered": it.settled == "answered", "right": it.settled == "answered"})
            continue
        p = probs.get(it.qid, [])
        best = max(range(len(p)), key=lambda i: p[i]) if p else None
        answered = best is not None and p[best] >= threshold
        out.append({"item": it, "answered": answered, "right": answered and bool(it.labels[best]),
                    "best_prob": p[best] if best is not None else 0.0})
    return out


def rates(decisions: list[dict]) -> dict:
    """Answered / false-refusal / refusal rates and unit accuracy, for answerable and unanswerable items."""
    ans = [d for d in decisions if d["item"].answerable]
    una = [d for d in decisions if not d["item"].answerable]
    answered = [d for d in ans if d["answered"]]
    return {
        "answerable": len(ans), "unanswerable": len(una),
        "answered_rate": round(len(answered) / len(ans), 4) if ans else None,
        "false_refusal_rate": round(1 - len(answered) / len(ans), 4) if ans else None,
        "refusal_rate_unanswerable": round(sum(not d["answered"] for d in una) / len(una), 4) if una else None,
        "right_unit_rate": round(sum(d["right"] for d in ans) / len(ans), 4) if ans else None,
        "right_unit_when_answered": round(sum(d["right"] for d in answered) / len(answered), 4) if answered else None,
    }


def choose_threshold(items: list[Item], probs: dict[str, list[float]]) -> float:
    """The highest threshold whose out-of-fold false refusals stay within ``MAX_FALSE_REFUSALS``."""
    best_probs = sorted(max(p) for it in items if it.answerable and (p := probs.get(it.qid)))
    settled_refused = sum(1 for it in items if it.answerable and it.settled == "refused")
    answerable = sum(1 for it in items if it.answerable)
    allowed = int(MAX_FALSE_REFUSALS * answerable) - settled_refused
    if allowed <= 0 or not best_probs:
        return 0.0
    return float(best_probs[min(allowed, len(best_probs)) - 1]) + 1e-9 if allowed < len(best_probs) else 1.0


def main(argv: list[str] | None = None) -> int:
    """Fit, report out of fold, write the model."""
    parser = argparse.ArgumentParser(description="Fit hoidap's answer scorer (see the module docstring).")
    parser.add_argument("--dataset", default=str(DEFAULT_DATASET))
    parser.add_argument("--alqac", default=str(DEFAULT_SET), help="the outside statute set (skipped if absent)")
    parser.add_argument("--alqac-index", default=str(DEFAULT_INDEX))
    parser.add_argument("--sample-index", default=str(REPO / ".eval" / "fit-sample-index"))
    parser.add_argument("--out", default=str(MODEL_PATH))
    parser.add_argument("--report", default=str(REPORT_PATH))
    parser.add_argument("--cache", default=str(REPO / ".eval" / "fit-readings.pkl"),
                        help="passages found per question, reused while the index is unchanged ('' for none)")
    args = parser.parse_args(argv)
    cache = ReadingCache(Path(args.cache) if args.cache else None)
    started = time.perf_counter()
    base = Settings()
    sample = build_pipeline(base.model_copy(update={"data_dir": Path(args.sample_index), "chroma_host": None,
                                                    "llm": "none"}))
    sample.ingest_paths([base.sample_dir])
    cache.bind(sample, "sample")
    items = sample_items(sample, Path(args.dataset), cache)
    sources = {"sample": f"{args.dataset} over {base.sample_dir}"}
    alqac = Path(args.alqac)
    if (alqac / "corpus").is_dir() and (alqac / "questions.jsonl").is_file():
        pipeline = build_pipeline(base.model_copy(update={"data_dir": Path(args.alqac_index), "chroma_host": None,
                                                          "llm": "none"}))
        ingest_corpus(pipeline, corpus_files(alqac / "corpus"), progress=lambda m: print(m, file=sys.stderr))
        questions = load_questions(alqac / "questions.jsonl")
        cache.bind(pipeline, "alqac")
        items += alqac_items(pipeline, questions, unanswerable=False, cache=cache)
        items += alqac_items(pipeline, questions, unanswerable=True, cache=cache)
        sources["alqac"] = f"{alqac} (answerable; and each question without its law, unanswerable)"
    else:
        print(f"{alqac} is absent: fitting on {args.dataset} only", file=sys.stderr)
    cache.save()
    probs = out_of_fold(items)
    threshold = choose_threshold(items, probs)
    decisions = decide(items, probs, threshold)
    report = {
        "fitted": time.strftime("%Y-%m-%d"), "features": list(FEATURES), "sources": sources,
        "threshold": threshold, "max_false_refusals": MAX_FALSE_REFUSALS, "folds": FOLDS,
        "candidates": sum(len(it.rows) for it in items),
        "positives": sum(sum(it.labels) for it in items),
        "out_of_fold": {"all": rates(decisions)} | {
            src: rates([d for d in decisions if d["item"].source == src]) for src in sources},
    }
    rows = [r for it in items for r in it.rows]
    labels = [y for it in items for y in it.labels]
    scaler, model = _fit(rows, labels)
    final = _as_model(scaler, model, threshold, time.strftime("%Y-%m-%d") + f"/{len(items)}q")
    report["coefficients"] = dict(zip(FEATURES, map(lambda c: round(c, 4), final.coef)))
    Path(args.out).write_text(json.dumps(final.to_json(), indent=1) + "\n", encoding="utf-8")
    Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(report["out_of_fold"], indent=1))
    print(f"threshold {threshold:.4f}; model written to {args.out} in {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

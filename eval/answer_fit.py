"""Fitting hoidap's answer scorer and gate: the questions as items (candidate rows and labels), cross-validated
fits by group (document or law), thresholds chosen out of fold, and models fitted without one law (for an
out-of-fold run of the answer stage on that law's questions). ``eval.fit_answerer`` is its command line.

Data: ``eval/data/cases.jsonl`` over ``data/sample`` and, where it exists, the outside statute set
``../shared/alqac-dev`` (never copied here). Every candidate unit of the passages hoidap reads for a
question becomes a row of ``rag.answer.features``; it is positive when it holds the expected answer in an
expected document (for statements to judge, which have no answer text: the units of a gold article that
cover the statement best). Honestly unanswerable questions: ``eval/data``'s refusal cases, and every
alqac question asked with its own law left out of the corpus (retrieval filtered, the corpus-wide guard
run on a lexical index without that law).

Two logistic regressions (scikit-learn) on standardised features, cross-validated with folds by document
(``eval/data``: the expected document) and by law (alqac). The candidate scorer ranks the units; the gate
decides whether the question is answered at all, from the best unit's probability and the question's own
features (``rag.answer.answerability``). The gate is fitted on candidate probabilities that are themselves
out of fold (nested folds), as it meets them on new questions. Two gates are fitted: one reading the
embedder's absolute cosines (for that embedder only) and one without. Each threshold is the highest that keeps
false refusals of answerable questions at or below 3 % out of fold.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sys
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from eval.alqac_metrics import answer_contains, content_syllables, law_of
from eval.metrics import contains
from eval.runner import load_cases
from rag.answer.answerability import COSINE_FEATURES, QUESTION_FEATURES, gate_row, question_features
from rag.answer.candidates import unit_text
from rag.answer.extractive import absent_from_corpus, candidate_rows
from rag.answer.features import FEATURES
from rag.answer.scorer import AnswerModel, Gate, Logistic
from rag.documents import SearchFilter
from rag.index.lexical import LexicalIndex
from rag.query.articles import ArticleIndex, LawIndex, laws_answered_elsewhere
from rag.settings import Settings
from service.pipeline import Pipeline, build_pipeline

REPO = Path(__file__).resolve().parent.parent
SAMPLE_INDEX = REPO / ".eval" / "fit-sample-index"
CACHE_PATH = REPO / ".eval" / "fit-readings.pkl"
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
    question: dict[str, float] = field(default_factory=dict)  # the gate's question features
    settled: str = ""  # "refused" by a rule before scoring, "answered" by the registry, "" when scored


def retrieval_source_digest(root: Path = REPO / "rag") -> str:
    """A digest of the code a question's passages depend on: everything under ``rag/`` but the answer stage
    (question reading, follow-ups, retrieval, the index), so a change there starts the cache afresh."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*.py")):
        if "answer" not in path.relative_to(root).parts:
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class ReadingCache:
    """The passages retrieval found for each question, kept on disk between fits: retrieval does not depend on
    the candidates or features being fitted, and is most of a fit's time. Keyed by the index's chunk ids and by
    the code that reads questions and retrieves (``retrieval_source_digest``), so a changed index, chunking,
    question reading or retrieval starts afresh."""

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.entries: dict[tuple, list] = {}
        self.key: tuple = ()

    def bind(self, pipeline: Pipeline, name: str) -> None:
        """Load the entries for ``pipeline``'s index (``name`` tells the indexes of one fit apart)."""
        snap = pipeline.retriever.snapshot()
        ids = "\n".join(sorted(c.chunk_id for c in snap.live())).encode()
        self.key = (name, len(snap.live()), hashlib.sha256(ids).hexdigest(), retrieval_source_digest())
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


def _rows(info, passages, lexical, following, law_rows, law_subject):
    cands, rows = candidate_rows(info, passages, lexical, following)
    return (cands, rows, [unit_text(passages, c) for c in cands],
            question_features(info, passages, lexical, law_rows, law_subject))


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
        if absent_from_corpus(reading.info, reading.snap.lexical, reading.snap.published_years):
            item.settled = "refused"
            items.append(item)
            continue
        cands, rows, units, item.question = _rows(reading.info, reading.passages, reading.snap.lexical,
                                                  reading.snap.following, reading.snap.law_rows,
                                                  reading.snap.law_subject)
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
        lexical, where, law_rows, law_subject = snap.lexical, None, snap.law_rows, snap.law_subject
        if unanswerable:
            kept = [c for c in snap.live() if law_of(c.doc_id) != law]
            lexical = LexicalIndex([c.indexed for c in kept])
            articles = ArticleIndex(kept)
            law_rows = articles.law_rows_of  # ``Snapshot.law_rows`` for the kept chunks (rows in their order)
            law_subject = articles.law_subject_of
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
            # before any passage is read (``Reader.read``), as is one with a name or figure it lacks, and one
            # naming a law it only refers to, whose first passage is another law's.
            if absent_from_corpus(reading.info, lexical) or (unanswerable and (
                    any(laws.resolve(law) is None for law in reading.info.laws)
                    or laws_answered_elsewhere(reading.info.laws, reading.passages[0].chunk if reading.passages
                                               else None, laws, articles))):
                item.settled = "refused"
                items.append(item)
                continue
            cands, rows, units, item.question = _rows(reading.info, reading.passages, lexical, reading.snap.following,
                                                      law_rows, law_subject)
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


def fit_standardised(rows: list[list[float]], labels: list[int], c: float = 1.0):
    """A logistic regression (inverse regularisation ``c``) fitted on ``rows`` standardised, as the shipped models
    store it: the means, the scales (1.0 for a constant input), the coefficients and the intercept."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    scaler = StandardScaler().fit(rows)
    model = LogisticRegression(C=c, max_iter=2000).fit(scaler.transform(rows), labels)
    scale = [float(s) if s > 0 else 1.0 for s in scaler.scale_]
    return (tuple(map(float, scaler.mean_)), tuple(scale), tuple(map(float, model.coef_[0])),
            float(model.intercept_[0]))


def _logistic(features: tuple[str, ...], rows: list[list[float]], labels: list[int]) -> Logistic:
    """A logistic regression over ``features`` fitted on ``rows``, as ``rag.answer.scorer`` stores it (no threshold)."""
    return Logistic(features, *fit_standardised(rows, labels), 0.0)


def _candidate_model(items: list[Item]) -> Logistic:
    return _logistic(FEATURES, [r for it in items for r in it.rows], [y for it in items for y in it.labels])


def _folds(items: list[Item]):
    """(train, test) items of each fold: the groups (documents, laws), sorted, dealt to ``FOLDS`` folds."""
    groups = sorted({it.group for it in items})
    fold_of = {g: i % FOLDS for i, g in enumerate(groups)}
    for k in range(FOLDS):
        yield [it for it in items if fold_of[it.group] != k], [it for it in items if fold_of[it.group] == k]


def _probs(model: Logistic, items: list[Item]) -> dict[str, list[float]]:
    return {it.qid: [model.probability(r) for r in it.rows] for it in items}


def out_of_fold(items: list[Item]) -> dict[str, list[float]]:
    """Each scored item's candidate probabilities from a model that never saw its group."""
    probs: dict[str, list[float]] = {}
    for train, test in _folds([it for it in items if it.rows]):
        probs.update(_probs(_candidate_model(train), test))
    return probs


# The gates fitted: one reading the embedder's absolute cosines, and one for any other embedder (or none).
GATES = {"cosines": QUESTION_FEATURES,
         "no_cosines": tuple(f for f in QUESTION_FEATURES if f not in COSINE_FEATURES)}


def _gate_rows(items: list[Item], probs: dict[str, list[float]], names: tuple[str, ...]) -> list[list[float]]:
    return [gate_row(max(probs[it.qid]), it.question, names) for it in items]


def _gate(items: list[Item], probs: dict[str, list[float]], names: tuple[str, ...]) -> Logistic:
    """A gate fitted on ``items`` (answerable or not) with their best candidates' probabilities ``probs``."""
    return _logistic(names, _gate_rows(items, probs, names), [int(it.answerable) for it in items])


def gates_out_of_fold(items: list[Item]) -> dict[str, dict[str, float]]:
    """Per gate, each scored item's probability of being answered, from a gate and a candidate scorer that
    never saw its group. Each fold's gate is fitted on its training items' own out-of-fold candidate
    probabilities (folds within the fold): on a new question the candidate scorer has not seen it either."""
    out: dict[str, dict[str, float]] = {name: {} for name in GATES}
    for train, test in _folds([it for it in items if it.rows]):
        inner = out_of_fold(train)
        test_probs = _probs(_candidate_model(train), test)
        for name, names in GATES.items():
            gate = _gate(train, inner, names)
            out[name].update({it.qid: gate.probability(row)
                              for it, row in zip(test, _gate_rows(test, test_probs, names))})
    return out


def decide(items: list[Item], probs: dict[str, list[float]], threshold: float,
           gate: dict[str, float] | None = None) -> list[dict]:
    """Per item, out of fold: answered or refused (the gate's probability, else the best unit's, against
    ``threshold``), and whether the quoted unit is a positive one."""
    out = []
    for it in items:
        if it.settled:
            out.append({"item": it, "answered": it.settled == "answered", "right": it.settled == "answered"})
            continue
        p = probs.get(it.qid, [])
        best = max(range(len(p)), key=lambda i: p[i]) if p else None
        score = (gate[it.qid] if gate is not None else p[best]) if best is not None else 0.0
        answered = best is not None and score >= threshold
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


def _source_threshold(items: list[Item], probs: dict[str, list[float]]) -> float:
    """The highest threshold whose out-of-fold false refusals among ``items`` stay within ``MAX_FALSE_REFUSALS``."""
    best_probs = sorted(max(p) for it in items if it.answerable and (p := probs.get(it.qid)))
    settled_refused = sum(1 for it in items if it.answerable and it.settled == "refused")
    answerable = sum(1 for it in items if it.answerable)
    allowed = int(MAX_FALSE_REFUSALS * answerable) - settled_refused
    if allowed <= 0 or not best_probs:
        return 0.0
    if allowed >= len(best_probs):
        return 1.0
    # Midway between the last question refused and the first answered, as a split of sorted values is placed.
    return (best_probs[allowed - 1] + best_probs[allowed]) / 2


def choose_threshold(items: list[Item], probs: dict[str, list[float]]) -> float:
    """The highest threshold whose out-of-fold false refusals stay within ``MAX_FALSE_REFUSALS`` of each source's
    answerable questions (``eval/data``'s, alqac-dev's): pooled, the budget would all be spent where questions are
    hardest (the sample's are answered with none refused), so those would be refused more than the share allowed."""
    sources = sorted({it.source for it in items if it.answerable})
    return min((_source_threshold([it for it in items if it.source == s], probs) for s in sources), default=0.0)


# -- the data --------------------------------------------------------------------------------------
def local_pipeline(base: Settings, index_dir: Path) -> Pipeline:
    """A pipeline on an embedded index in ``index_dir``, without an LLM: what a fit reads its questions with."""
    return build_pipeline(base.model_copy(update={"data_dir": index_dir, "chroma_host": None, "llm": "none"}))


def sample_pipeline(base: Settings, index_dir: Path = SAMPLE_INDEX) -> Pipeline:
    """A pipeline over ``data/sample`` in its own index folder (ingested incrementally), for ``eval/data``."""
    pipeline = local_pipeline(base, index_dir)
    pipeline.ingest_paths([base.sample_dir])
    return pipeline


def collect_items(sample: Pipeline, dataset: Path, alqac: Pipeline | None = None, questions=(),
                  cache: ReadingCache = _NO_CACHE) -> list[Item]:
    """Every item fitted on: ``eval/data``'s cases over ``sample`` and, with ``alqac``, its questions asked of
    the whole corpus (answerable) and each without its own law (unanswerable)."""
    if alqac is not None and alqac.store.embedder != sample.store.embedder:
        raise ValueError(f"the alqac index was embedded with {alqac.store.embedder}, "
                         f"the sample with {sample.store.embedder}")
    cache.bind(sample, "sample")
    items = sample_items(sample, dataset, cache)
    if alqac is not None:
        cache.bind(alqac, "alqac")
        items += alqac_items(alqac, questions, unanswerable=False, cache=cache)
        items += alqac_items(alqac, questions, unanswerable=True, cache=cache)
    cache.save()
    return items


# -- fitting ---------------------------------------------------------------------------------------
@dataclass
class Fit:
    """A fitted answer model and the out-of-fold probabilities its thresholds were chosen on."""

    model: AnswerModel
    probs: dict[str, list[float]]  # candidate probabilities, out of fold
    gate_probs: dict[str, dict[str, float]]  # per gate, the probability of answering, out of fold
    gate_thresholds: dict[str, float]


def fit(items: list[Item], embedder: str, candidates: AnswerModel | None = None) -> Fit:
    """The candidate scorer and both gates fitted on ``items``, each threshold chosen out of fold. With
    ``candidates``, that model's candidate scorer (and its threshold) is kept and only the gates are fitted (on the
    same out-of-fold candidate probabilities)."""
    probs = out_of_fold(items)
    gate_probs = gates_out_of_fold(items)
    gate_thresholds = {name: choose_threshold(items, {q: [v] for q, v in gp.items()})
                       for name, gp in gate_probs.items()}
    scored = [it for it in items if it.rows]
    if candidates is None:
        final = replace(_candidate_model(scored), threshold=choose_threshold(items, probs))
        version = time.strftime("%Y-%m-%d") + f"/{len(items)}q"
    else:
        if candidates.features != FEATURES:
            raise ValueError("the kept candidate scorer reads other features than rag.answer.features: refit it")
        final = Logistic(candidates.features, candidates.mean, candidates.scale, candidates.coef,
                         candidates.intercept, candidates.threshold)
        version = f"{candidates.version.split('+')[0]}+gates {time.strftime('%Y-%m-%d')}/{len(items)}q"
    gates = tuple(Gate(**vars(replace(_gate(scored, probs, names), threshold=gate_thresholds[name])),
                       embedder=embedder if name == "cosines" else "")
                  for name, names in GATES.items())
    model = AnswerModel(**vars(final), version=version, gates=gates)
    return Fit(model, probs, gate_probs, gate_thresholds)


def law_models(items: list[Item], embedder: str, laws, progress=print) -> dict[str, AnswerModel]:
    """Per law, the answer model fitted (as ``fit``) on every item but that law's questions, answerable or not:
    what an out-of-fold run of the answer stage asks that law's questions with."""
    models = {}
    for law in laws:
        started = time.perf_counter()
        models[law] = fit([it for it in items if it.group != f"law:{law}"], embedder).model
        progress(f"  answer model without {law}: {time.perf_counter() - started:.0f} s")
    return models

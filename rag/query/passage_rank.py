"""The order of statute passages after fusion, by a fitted linear ranker.

Reciprocal-rank fusion knows ranks, not what a statute question is about: "Điều nào sau đây KHÔNG đúng về quyền
của bên cầm cố?" found a one-clause article defining "cầm cố" (whose text names "bên cầm cố") before the article
titled "Quyền của bên cầm cố". A question on a statute is mostly written from one article, and says that article's
title or much of it; its words are spread over the article's clauses, not one. So each statute passage of the
fused list is scored on its fused score and rank, its cosine and BM25 score (each also against the list's best),
how much of the question's word pairs it and its whole article have (``rag.query.coverage``), and how its article's
title and the question overlap (share of each one's syllables in the other, by idf; of the title's word pairs; the
title said word for word; the title's length).

The weights are fitted by ``python -m eval.fit_ranker`` on the outside statute set (``../shared/alqac-dev``),
leaving one law out at a time; the out-of-fold report sits beside it in ``eval/``. Passages of other documents
(reports, news) keep their places: the statute passages are reordered among the places statute passages hold.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rag.documents import Chunk, Passage
from rag.index.lexical import LexicalIndex
from rag.query.coverage import pair_coverage, pairs_in, word_pairs
from rag.vi.syllables import STOPWORDS_FOLDED, folded_pairs, folded_syllables

RANKER_PATH = Path(__file__).with_name("passage_ranker.json")

RANK_FEATURES = ("score", "rank", "dense_rank", "dense_z", "bm25", "title_in_question", "question_in_title",
                 "title_said", "title_pairs", "title_length", "pairs_passage", "pairs_article")

# "Bộ luật dân sự 2015 – Điều 309. Cầm cố tài sản" (one file an article) or a heading "Điều 5. Giải thích từ ngữ"
_ARTICLE_TITLE = re.compile(r"(?:^|\s)Điều\s+\d{1,4}[a-zđ]?\s*[.:]\s*([^\n]*)")


@dataclass(frozen=True)
class PassageRanker:
    """Standardised linear weights over ``RANK_FEATURES``-named inputs; ``depth``: how many fused passages are
    reordered (the answer reads the first of them)."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    depth: int = 30
    version: str = ""

    def score(self, row: list[float]) -> float:
        """The ranker's score (a logit) for a feature ``row``, in ``features`` order."""
        return self.intercept + sum(c * (x - m) / s for c, x, m, s in zip(self.coef, row, self.mean, self.scale))

    def to_json(self) -> dict:
        """The ranker as stored."""
        return {"version": self.version, "depth": self.depth, "features": list(self.features),
                "mean": list(self.mean), "scale": list(self.scale), "coef": list(self.coef),
                "intercept": self.intercept}


def ranker_from_json(data: dict) -> PassageRanker:
    """A ``PassageRanker`` from its stored form."""
    return PassageRanker(tuple(data["features"]), tuple(map(float, data["mean"])), tuple(map(float, data["scale"])),
                         tuple(map(float, data["coef"])), float(data["intercept"]), int(data.get("depth", 30)),
                         str(data.get("version", "")))


@lru_cache(maxsize=4)
def load_ranker(path: Path = RANKER_PATH) -> PassageRanker | None:
    """The shipped ranker (read once per process); None where none was fitted."""
    if not path.is_file():
        return None
    return ranker_from_json(json.loads(path.read_text(encoding="utf-8")))


def article_title(chunk: Chunk) -> str:
    """The title of the statute article ``chunk`` is part of ("Quyền của bên cầm cố"), from its heading or its
    document's title; "" outside an article."""
    if not chunk.article:
        return ""
    for text in (chunk.heading.split("\n", 1)[0], chunk.title):
        if m := _ARTICLE_TITLE.search(text):
            return m.group(1).strip()
    return ""


def _content_syllables(text: str) -> list[str]:
    return [s for s in dict.fromkeys(folded_syllables(text)) if s not in STOPWORDS_FOLDED and not s.isdigit()]


def passage_rows(question: str, names: list[str], passages: list[Passage], bm25: list[float],
                 lexical: LexicalIndex, article_of: Callable[[Chunk], list[Chunk]]) -> list[list[float]]:
    """One row of ``RANK_FEATURES`` per passage (in fused order); ``bm25`` is each passage's BM25 score."""
    if not passages:
        return []
    pairs = word_pairs(question, frozenset(), names, lexical.contains)
    pair_weights = [lexical.idf(p) for p in pairs]
    asked = _content_syllables(question)
    asked_weights = [lexical.idf(f"~{s}") for s in asked]
    asked_set, asked_pairs = set(asked), pairs_in(question)
    folded_question = " ".join(folded_syllables(question))
    cosines = [p.dense for p in passages]
    by_cosine = sorted(range(len(passages)), key=lambda i: (-cosines[i], i))
    dense_rank = {i: 1.0 / (1 + r) for r, i in enumerate(by_cosine)}
    mean = sum(cosines) / len(cosines)
    spread = (sum((c - mean) ** 2 for c in cosines) / len(cosines)) ** 0.5 or 1.0
    best_bm25 = max(bm25) or 1.0
    articles: dict[tuple[str, str], float] = {}
    titles: dict[str, tuple[float, ...]] = {}
    rows = []
    for i, (p, lexical_score) in enumerate(zip(passages, bm25)):
        chunk = p.chunk
        key = (chunk.doc_id, chunk.article)
        if key not in articles:
            text = " ".join(c.indexed for c in (article_of(chunk) or [chunk]))
            articles[key] = pair_coverage(pairs, pair_weights, pairs_in(text).__contains__)
        title = article_title(chunk)
        if title not in titles:
            said = _content_syllables(title)
            said_weights = [lexical.idf(f"~{s}") for s in said]
            title_pairs = [f"~{a}_{b}" for a, b in folded_pairs(title)]
            folded_title = " ".join(folded_syllables(title))
            titles[title] = (
                pair_coverage(said, said_weights, asked_set.__contains__, empty=0.0),
                pair_coverage(asked, asked_weights, set(said).__contains__, empty=0.0),
                float(bool(folded_title) and f" {folded_title} " in f" {folded_question} "),
                pair_coverage(title_pairs, [lexical.idf(t) for t in title_pairs], asked_pairs.__contains__, empty=0.0),
                math.log1p(len(said)),
            )
        rows.append([p.score, 1.0 / (1 + i), dense_rank[i], (p.dense - mean) / spread, lexical_score / best_bm25,
                     *titles[title], pair_coverage(pairs, pair_weights, pairs_in(chunk.indexed).__contains__),
                     articles[key]])
    return rows


def reordered(passages: list[Passage], rows: list[list[float]], ranker: PassageRanker) -> list[Passage]:
    """``passages`` with the statute ones reordered by ``ranker`` among the places statute passages hold (ties
    keep the fused order); the others stay where they are."""
    slots = [i for i, p in enumerate(passages) if p.chunk.article]
    if len(slots) < 2:
        return passages
    index = [RANK_FEATURES.index(f) for f in ranker.features]
    scores = {i: ranker.score([rows[i][j] for j in index]) for i in slots}
    out = list(passages)
    for slot, i in zip(slots, sorted(slots, key=lambda i: (-scores[i], i))):
        out[slot] = passages[i]
    return out

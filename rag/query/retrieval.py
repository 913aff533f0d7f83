"""Hybrid retrieval: dense (Chroma) + BM25 + directive references + list ordinals, fused by RRF.

The lexical index is built from what the store holds, so any replica pointed at a shared Chroma
server can build it, and it is rebuilt when the collection's generation counter moves.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property
from itertools import zip_longest

import numpy as np

from rag.documents import Chunk, Passage, SearchFilter
from rag.index.lexical import LexicalIndex
from rag.index.store import ChunkStore
from rag.query.analysis import QuestionInfo, analyse
from rag.query.articles import ArticleIndex, LawIndex
from rag.vi.refs import ArticleRef
from rag.vi.text import unify_tones


@dataclass(frozen=True)
class Snapshot:
    """One consistent view of the index: its chunks and the lexical index built from them."""

    fingerprint: tuple[int, int]
    chunks: list[Chunk]
    by_id: dict[str, int]
    lexical: LexicalIndex
    laws: LawIndex  # the laws the chunks name
    articles: ArticleIndex  # (law, article number) -> the chunks of that article

    @cached_property
    def _reading_order(self) -> dict[str, list[Chunk]]:
        by_doc: dict[str, list[Chunk]] = {}
        for chunk in self.chunks:
            by_doc.setdefault(chunk.doc_id, []).append(chunk)
        for chunks in by_doc.values():
            chunks.sort(key=lambda c: c.position)
        return by_doc

    def following(self, chunk: Chunk, limit: int = 12) -> list[Chunk]:
        """The chunks after ``chunk`` in its document, in reading order (built once per snapshot)."""
        chunks = self._reading_order.get(chunk.doc_id, [])
        after = [c for c in chunks if c.position > chunk.position]
        return after[:limit]


def build_snapshot(fingerprint: tuple[int, int], chunks: list[Chunk]) -> Snapshot:
    """The lexical, law and article indexes of ``chunks``, built once for every question on this view."""
    lexical = LexicalIndex([c.index_text for c in chunks])
    laws = LawIndex(t[1:] for t in lexical.tokens("#"))
    return Snapshot(fingerprint, chunks, {c.chunk_id: i for i, c in enumerate(chunks)}, lexical, laws,
                    ArticleIndex(chunks))


def rrf(rankings: list[tuple[list[str], float]], k: int) -> dict[str, float]:
    """Reciprocal rank fusion of several ranked id lists, each with a weight."""
    fused: dict[str, float] = {}
    for ids, weight in rankings:
        for rank, cid in enumerate(ids):
            fused[cid] = fused.get(cid, 0.0) + weight / (k + rank + 1)
    return fused


class HybridRetriever:
    """Finds the passages for a question; holds the lexical index built from the store."""

    def __init__(self, store: ChunkStore, candidate_k: int = 30, rrf_k: int = 60) -> None:
        self.store = store
        self.candidate_k = candidate_k
        self.rrf_k = rrf_k
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()

    def snapshot(self) -> Snapshot:
        """The current lexical index, rebuilt if the collection changed since it was built."""
        fingerprint = (self.store.count(), self.store.generation())
        snap = self._snapshot
        if snap is not None and snap.fingerprint == fingerprint:
            return snap
        with self._lock:
            if self._snapshot is None or self._snapshot.fingerprint != fingerprint:
                self._snapshot = build_snapshot(fingerprint, self.store.all_chunks())
            return self._snapshot

    def missing_refs(self, info: QuestionInfo, snap: Snapshot | None = None) -> list[str]:
        """The documents a question names that no stored chunk mentions."""
        lexical = (snap or self.snapshot()).lexical
        return [text for group, text in zip(info.ref_groups, info.ref_texts)
                if not any(lexical.contains(f"#{key}") for key in group)]

    def missing_laws(self, info: QuestionInfo, snap: Snapshot | None = None) -> list[str]:
        """The laws a question names by name that the corpus never names ("Luật Cư trú 2020" in a corpus
        without it, or with only another year of it)."""
        laws = (snap or self.snapshot()).laws
        return [law.text for law in info.laws if laws.resolve(law) is None]

    def missing_articles(self, info: QuestionInfo, snap: Snapshot | None = None) -> list[str]:
        """The articles a question names of a law whose articles are indexed, that are not among them
        ("Điều 500 Luật Viên chức"). The articles of a law that is only mentioned are not judged."""
        snap = snap or self.snapshot()
        missing = []
        for a in info.articles:
            keys = snap.articles.keys_for(a, snap.laws)
            if keys and snap.articles.has_law(keys) and not snap.articles.find(keys, a):
                missing.append(a.label)
        return missing

    def article_chunks(self, article: ArticleRef, snap: Snapshot | None = None) -> list[int]:
        """The snapshot's chunks (indices) holding ``article``: the asked point and clause first."""
        snap = snap or self.snapshot()
        return snap.articles.find(snap.articles.keys_for(article, snap.laws), article)

    def lexical(self, query: str, k: int, info: QuestionInfo | None = None, snap: Snapshot | None = None,
                where: SearchFilter | None = None) -> list[Passage]:
        """The ``k`` best passages by BM25 alone (the eval's lexical baseline), with raw BM25 scores."""
        snap = snap or self.snapshot()
        scores = snap.lexical.scores(unify_tones(query))
        order = np.argsort(-scores, kind="stable") if scores.size else []
        return [Passage(snap.chunks[i], float(scores[i])) for i in order
                if scores[i] > 0 and (not where or where.matches(snap.chunks[i]))][:k]

    def retrieve(self, query: str, k: int, info: QuestionInfo | None = None,
                 snap: Snapshot | None = None, where: SearchFilter | None = None) -> list[Passage]:
        """The ``k`` best passages for ``query``, best first, with fused scores in (0, 1].

        ``where`` keeps only the chunks of some documents or sources.
        """
        snap = snap or self.snapshot()
        if not snap.chunks:
            return []
        info = info or analyse(query)
        normalised = unify_tones(query)
        scores = snap.lexical.scores(normalised)
        allowed = [where.matches(c) for c in snap.chunks] if where else None  # one pass over the chunks
        if allowed is not None:
            scores = np.where(allowed, scores, 0.0)
        by_bm25 = [i for i in np.argsort(-scores, kind="stable").tolist() if allowed is None or allowed[i]]
        bm25_ids = [snap.chunks[i].chunk_id for i in by_bm25[: self.candidate_k] if scores[i] > 0]
        dense = {c.chunk_id: score for c, score in self.store.dense(normalised, self.candidate_k,
                                                                    where.chroma_where() if where else None)}
        dense_ids = list(dense)
        rankings: list[tuple[list[str], float]] = [(bm25_ids, 1.0), (dense_ids, 1.0)]
        if info.ref_groups:
            keys = set().union(*info.ref_groups)
            mentioning = [snap.chunks[i].chunk_id for i in by_bm25 if keys & set(snap.chunks[i].refs)]
            rankings.append((mentioning[: self.candidate_k], 1.0))
        if info.ordinal:
            items = [snap.chunks[i].chunk_id for i in by_bm25 if snap.chunks[i].ordinal == info.ordinal]
            rankings.append((items[: self.candidate_k], 1.5))
        if info.articles:
            # "khoản 2 Điều 38 Luật Cư trú": that article's chunks (the clause first) ahead of every other: the
            # list weighs enough that its last entry outranks a chunk first in every other list.
            per_article = [[i for i in self.article_chunks(a, snap) if allowed is None or allowed[i]]
                           for a in info.articles]
            ids = list(dict.fromkeys(snap.chunks[i].chunk_id for group in zip_longest(*per_article)
                                     for i in group if i is not None))[: self.candidate_k]
            if ids:
                others = sum(w for _, w in rankings)
                rankings.append((ids, others * (self.rrf_k + len(ids)) / (self.rrf_k + 1) + 0.01))
        fused = rrf(rankings, self.rrf_k)
        best = sum(w for _, w in rankings) / (self.rrf_k + 1)
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])[:k]
        return [Passage(snap.chunks[snap.by_id[cid]], round(score / best, 4), dense.get(cid, 0.0))
                for cid, score in ranked if cid in snap.by_id]


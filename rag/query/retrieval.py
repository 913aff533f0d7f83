"""Hybrid retrieval: dense (Chroma) + BM25 + directive references + list ordinals, fused by RRF.

The lexical index is built from what the store holds, so any replica pointed at a shared Chroma
server can build it, and it is rebuilt when the collection's generation counter moves.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from rag.documents import Chunk, Passage, SearchFilter
from rag.index.lexical import LexicalIndex
from rag.index.store import ChunkStore
from rag.query.analysis import QuestionInfo, analyse
from rag.vi.text import unify_tones


@dataclass(frozen=True)
class Snapshot:
    """One consistent view of the index: its chunks and the lexical index built from them."""

    fingerprint: tuple[int, int]
    chunks: list[Chunk]
    by_id: dict[str, int]
    lexical: LexicalIndex

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
                chunks = self.store.all_chunks()
                self._snapshot = Snapshot(
                    fingerprint, chunks, {c.chunk_id: i for i, c in enumerate(chunks)},
                    LexicalIndex([c.index_text for c in chunks]),
                )
            return self._snapshot

    def missing_refs(self, info: QuestionInfo, snap: Snapshot | None = None) -> list[str]:
        """The documents a question names that no stored chunk mentions."""
        lexical = (snap or self.snapshot()).lexical
        return [text for group, text in zip(info.ref_groups, info.ref_texts)
                if not any(lexical.contains(f"#{key}") for key in group)]

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
        fused = rrf(rankings, self.rrf_k)
        best = sum(w for _, w in rankings) / (self.rrf_k + 1)
        ranked = sorted(fused.items(), key=lambda kv: -kv[1])[:k]
        return [Passage(snap.chunks[snap.by_id[cid]], round(score / best, 4), dense.get(cid, 0.0))
                for cid, score in ranked if cid in snap.by_id]


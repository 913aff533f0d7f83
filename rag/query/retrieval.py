"""Hybrid retrieval: dense + BM25 + directive references + list ordinals, fused by RRF. Dense search is exact
over the vectors a snapshot holds, or past ``Settings.exact_dense_max_chunks`` asks Chroma's HNSW index.

Every question reads one ``Snapshot`` (rag/query/snapshot.py) and never waits for a write: the retriever
holds the last complete generation and swaps in the next one once ``refresh`` has built it from the documents
that changed (the store's document records say which, so every replica on a shared Chroma server follows).
"""

from __future__ import annotations

import gc
import logging
import threading
import time
from contextlib import contextmanager
from dataclasses import replace
from itertools import zip_longest
from pathlib import Path

import numpy as np

from rag.documents import Passage, SearchFilter
from rag.index.lexical import top_rows
from rag.index.store import ChunkStore, backend_unavailable
from rag.query.analysis import QuestionInfo, analyse
from rag.query.checkpoint import load_snapshot
from rag.query.passage_rank import PassageRanker, passage_rows, reordered
from rag.query.snapshot import Snapshot, build_snapshot, empty_snapshot
from rag.vi.refs import ArticleRef
from rag.vi.sentences import without_opening
from rag.vi.text import unify_tones

__all__ = ["HybridRetriever", "Snapshot", "build_snapshot", "rrf"]

log = logging.getLogger("hoidap.index")


@contextmanager
def _gc_paused():
    """No cyclic garbage collection while a snapshot is loaded or built, then everything it holds is frozen
    out of the collector's view: with millions of objects alive, every collection pass otherwise walks them
    all (a refresh took three times as long). Snapshots hold no reference cycles, so an old generation is
    still freed by reference counting when its last reader lets go."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
        gc.freeze()


def catch_up(store: ChunkStore, snap: Snapshot, exact_max: int = 0) -> Snapshot:
    """The next generation of ``snap``: the documents written since its generation re-read from the store.

    An empty snapshot reads every chunk (paged). Document records of the snapshot's own generation are read
    again and applied when their version differs, so two writes that got the same generation both count.

    Up to ``exact_max`` chunks the snapshot also holds their vectors, and dense search is exact
    (``rag.index.dense``); past it the vectors are dropped and Chroma's HNSW index serves dense search."""
    generation, version = store.version()
    if not snap.version and not snap.chunks:
        records = store.doc_records()
        exact = 0 < exact_max and store.count() <= exact_max
        chunks, vectors = store.all_chunks_with_vectors(exact)
        built = empty_snapshot().apply({c.doc_id for c in chunks}, chunks, generation, version,
                                       {r.doc_id: r.version for r in records}, registry=False,
                                       vectors=vectors if exact else None)
        return _within(built, exact_max)
    records = [r for r in store.doc_records(since=snap.generation) if snap.doc_versions.get(r.doc_id) != r.version]
    if not records and version == snap.version:
        return snap
    docs = [r.doc_id for r in records]
    exact = snap.dense is not None
    chunks, vectors = store.chunks_with_vectors(docs, exact)
    return _within(snap.apply(docs, chunks, max(generation, snap.generation), version,
                              {r.doc_id: r.version for r in records}, registry=False,
                              vectors=vectors if exact else None), exact_max)


def _within(snap: Snapshot, exact_max: int) -> Snapshot:
    """``snap`` without its vectors once it holds more chunks than exact search is kept for (they are not read
    again while this process lives: a restart decides anew)."""
    if snap.dense is not None and snap.size > exact_max:
        log.info("%d chunks: more than %d, dense search now asks the store's HNSW index", snap.size, exact_max)
        return replace(snap, dense=None)
    return snap


def rrf(rankings: list[tuple[list[str], float]], k: int) -> dict[str, float]:
    """Reciprocal rank fusion of several ranked id lists, each with a weight."""
    fused: dict[str, float] = {}
    for ids, weight in rankings:
        for rank, cid in enumerate(ids):
            fused[cid] = fused.get(cid, 0.0) + weight / (k + rank + 1)
    return fused


class HybridRetriever:
    """Finds the passages for a question; holds the current snapshot and makes the next one."""

    def __init__(self, store: ChunkStore, candidate_k: int = 30, rrf_k: int = 60, refresh_s: float = 1.0,
                 persisted: Path | None = None, unaccented_dense: float = 1.0,
                 restored_lexical: float = 0.0, exact_max: int = 0, ranker: PassageRanker | None = None) -> None:
        self.store = store
        self.ranker = ranker  # reorders the statute passages of the fused list (``rag.query.passage_rank``)
        self.exact_max = exact_max  # up to this many chunks dense search is exact over the snapshot's vectors
        self.persisted = persisted  # the snapshot file start-up loads (then only later writes are read)
        self.loaded_from = ""  # how the first snapshot was made: "file" or "store"
        self.loaded_version: str | None = None
        self.documents_read = 0  # documents read from the store since the snapshot was loaded or persisted
        self.candidate_k = candidate_k
        self.rrf_k = rrf_k
        # For a question typed without accents, the weights in fusion of the dense list and of BM25 over its
        # restored words (``eval.fit_fusion``).
        self.unaccented_dense = unaccented_dense
        self.restored_lexical = restored_lexical
        self.refresh_s = refresh_s  # how often the store is asked whether another writer changed it
        self._snapshot: Snapshot | None = None
        self._lock = threading.Lock()  # one refresh at a time; readers never take it
        self._checked = 0.0
        self._poller: threading.Thread | None = None
        self._stop = threading.Event()
        self.backend_down: str | None = None  # why the last poll could not reach the store (None: it could)

    def snapshot(self) -> Snapshot:
        """The current snapshot. The first call builds it; later calls never wait for a refresh: when the last
        look at the store is older than ``refresh_s`` a background refresh is started and this question reads
        the generation already there."""
        snap = self._snapshot
        if snap is None:
            return self.refresh()
        if self.backend_down is not None and self._poller is not None:
            # The poller saw the store unreachable: answers would be from a snapshot that can no longer be
            # searched densely or kept current, so the request fails as the store would (a 503, retried).
            raise ConnectionError(f"the Chroma server is unreachable: {self.backend_down}")
        if self._poller is None and time.monotonic() - self._checked > self.refresh_s and not self._lock.locked():
            self._checked = time.monotonic()
            threading.Thread(target=self._refresh_quietly, name="hoidap-refresh", daemon=True).start()
        return snap

    def has_snapshot(self) -> bool:
        """Whether a snapshot was built already (else the first question builds it)."""
        return self._snapshot is not None

    def refresh(self) -> Snapshot:
        """Bring the snapshot up to the store's last write now (after a write, and by the poller); returns it."""
        with self._lock:
            self._checked = time.monotonic()
            started = time.perf_counter()
            with _gc_paused():
                current = self._snapshot or self._initial()
                fresh = catch_up(self.store, current, self.exact_max)
            if self._snapshot is not None and fresh is not current:
                self.documents_read += len(set(fresh.doc_versions.items()) - set(current.doc_versions.items()))
            changed = fresh is not self._snapshot
            self._snapshot = fresh  # the swap: questions that started before keep the old generation
            if fresh.registry_stale:
                # Passages first, the registry a moment later (its rebuild is the slow part of a refresh at
                # 100k chunks); until then registry questions read the previous generation's registry.
                with _gc_paused():
                    fresh = self._snapshot = fresh.with_registry()
            if changed:
                log.info("index generation %d: %d chunks (%.2f s)", fresh.generation, fresh.size,
                         time.perf_counter() - started)
            return fresh

    def _initial(self) -> Snapshot:
        loaded = load_snapshot(self.persisted, self.store) if self.persisted else None
        if loaded is not None and (loaded.dense is not None) != (0 < loaded.size <= self.exact_max):
            # Written while dense search was chosen otherwise (HOIDAP_EXACT_DENSE_MAX_CHUNKS changed): the store
            # is read instead, which holds the vectors the file lacks or drops those it holds.
            log.info("not using %s: it was written with dense search %s", self.persisted,
                     "exact" if loaded.dense is not None else "by HNSW")
            loaded = None
        self.loaded_from = "file" if loaded else "store"
        self.loaded_version = loaded.version if loaded else None
        if loaded:
            log.info("loaded the index snapshot of generation %d (%d chunks) from %s", loaded.generation,
                     loaded.size, self.persisted)
        return loaded or empty_snapshot()

    def _refresh_quietly(self) -> None:
        try:
            self.refresh()
        except Exception as exc:  # noqa: BLE001 — a failed poll is logged; the next one tries again
            if backend_unavailable(exc):
                if self.backend_down is None:  # once per outage
                    log.warning("the Chroma server is unreachable (%s); answering 503 until it is back", exc)
                self.backend_down = str(exc) or type(exc).__name__
            else:
                log.exception("could not refresh the index snapshot")
        else:
            if self.backend_down is not None:
                log.info("the Chroma server is reachable again")
            self.backend_down = None

    def check_store(self) -> None:
        """Raise when the store cannot be reached now (readiness), and remember it: questions then fail as the
        store would until the next poll reaches it again."""
        try:
            self.store.reachable()
        except Exception as exc:
            if backend_unavailable(exc):
                self.backend_down = str(exc) or type(exc).__name__
            raise

    def start_polling(self) -> None:
        """Refresh in a background thread every ``refresh_s`` (a server: other replicas' writes show up
        within about that, without any question having to notice)."""
        if self._poller is not None:
            return

        def poll() -> None:
            while not self._stop.wait(self.refresh_s):
                self._refresh_quietly()

        self._poller = threading.Thread(target=poll, name="hoidap-poll", daemon=True)
        self._poller.start()

    def stop_polling(self) -> None:
        """Stop the background refresh (tests, shutdown)."""
        self._stop.set()

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
        rows = top_rows(scores, k, snap.allowed(where) if where else None)
        return [Passage(snap.chunks[i], float(scores[i])) for i in rows]

    def retrieve(self, query: str, k: int, info: QuestionInfo | None = None,
                 snap: Snapshot | None = None, where: SearchFilter | None = None) -> list[Passage]:
        """The ``k`` best passages for ``query``, best first, with fused scores in (0, 1]: the fused list, its
        statute passages reordered by the ranker (of its first ``ranker.depth``).

        ``where`` keeps only the chunks of some documents or sources.
        """
        snap = snap or self.snapshot()
        info = info or analyse(query)
        if self.ranker is None:
            return self.fused(query, k, info, snap, where)
        passages, rows = self.ranking_rows(query, k, info, snap, where, self.ranker.depth)
        return reordered(passages, rows, self.ranker)[:k] if rows else passages

    def ranking_rows(self, query: str, k: int, info: QuestionInfo, snap: Snapshot, where: SearchFilter | None,
                     depth: int) -> tuple[list[Passage], list[list[float]]]:
        """The first ``max(k, depth)`` fused passages and the ranker's input row for each
        (``rag.query.passage_rank.RANK_FEATURES``) when any is a statute's; otherwise the first ``k`` and no rows."""
        passages, scores = self._fuse(query, max(k, depth), info, snap, where, without_statutes=k)
        if not any(p.chunk.article for p in passages):
            return passages, []
        bm25 = [float(scores[snap.by_id[p.chunk.chunk_id]]) for p in passages]
        return passages, passage_rows(unify_tones(without_opening(query)), info.names, passages, bm25, snap.lexical,
                                      snap.article_of)

    def fused(self, query: str, k: int, info: QuestionInfo | None = None,
              snap: Snapshot | None = None, where: SearchFilter | None = None) -> list[Passage]:
        """The ``k`` best passages by reciprocal-rank fusion of BM25, dense search and the lists a question's
        references, list item or articles make, best first, with fused scores in (0, 1]."""
        snap = snap or self.snapshot()
        return self._fuse(query, k, info or analyse(query), snap, where)[0]

    def _fuse(self, query: str, k: int, info: QuestionInfo, snap: Snapshot, where: SearchFilter | None,
              without_statutes: int | None = None) -> tuple[list[Passage], np.ndarray]:
        """``fused``, and every chunk's BM25 score for the question; only the first ``without_statutes`` (when
        given) where none of the ``k`` is a statute's passage (no cosine is read for the rest)."""
        if not snap.size:
            return [], np.zeros(0)
        # What a question opens with to be polite ("Xin lỗi, cho em hỏi …", "Bà tôi muốn biết …") is not looked for.
        normalised = unify_tones(without_opening(query))
        scores = snap.lexical.scores(normalised)
        allowed = snap.allowed(where) if where else None
        bm25_ids = [snap.chunks[i].chunk_id for i in top_rows(scores, self.candidate_k, allowed)]
        # e5 places a question typed without accents far from the text it stands for: it reads the question
        # with the marks this corpus's spellings most likely give it (``rag.vi.accents``).
        restored = normalised if info.accented else unify_tones(snap.lexical.restore_accents(normalised))
        vector = self.store.query_vector(restored)
        if snap.dense is not None:
            dense = {snap.chunks[row].chunk_id: cosine
                     for row, cosine in snap.dense.nearest(vector, self.candidate_k, allowed)}
        else:
            dense = dict(self.store.dense(vector, self.candidate_k, where.chroma_where() if where else None,
                                          size=snap.size))
        dense_ids = list(dense)
        rankings: list[tuple[list[str], float]] = [(bm25_ids, 1.0),
                                                   (dense_ids, 1.0 if info.accented else self.unaccented_dense)]
        if not info.accented and self.restored_lexical:
            # Nothing restored ("KL 21"): the same words score the same, so the folded list's scores serve.
            restored_scores = scores if restored == normalised else snap.lexical.scores(restored)
            rankings.append(([snap.chunks[i].chunk_id for i in top_rows(restored_scores, self.candidate_k, allowed)],
                             self.restored_lexical))
        if info.ref_groups:
            keys = set().union(*info.ref_groups)
            mentioning = _by_score(snap.rows_mentioning(keys), scores, allowed)
            rankings.append(([snap.chunks[i].chunk_id for i in mentioning[: self.candidate_k]], 1.0))
            if len(info.ref_groups) > 1:
                # "Những địa phương nào gắn KL 21 với KL 01?": a chunk naming every document asked about is what
                # such a question is about, however few of its words it shares; it weighs as much as a chunk
                # first in every other list.
                every = [i for i in mentioning if all(group.intersection(snap.chunks[i].refs)
                                                      for group in info.ref_groups)]
                if every:
                    rankings.append(([snap.chunks[i].chunk_id for i in every[: self.candidate_k]],
                                     sum(w for _, w in rankings)))
        if info.ordinal:
            items = _by_score(snap.ordinal_rows.get(info.ordinal, ()), scores, allowed)
            rankings.append(([snap.chunks[i].chunk_id for i in items[: self.candidate_k]], 1.5))
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
        if without_statutes is not None and not any(snap.chunks[snap.by_id[cid]].article for cid, _ in ranked
                                                    if cid in snap.by_id):
            ranked = ranked[:without_statutes]
        # A passage found by its words alone (a name, a number) still has a cosine, and the answer stage reads it:
        # not being among the dense list's first is no cosine of 0.
        dense |= self._cosines(snap, vector, [cid for cid, _ in ranked if cid not in dense and cid in snap.by_id])
        return [Passage(snap.chunks[snap.by_id[cid]], round(score / best, 4), dense.get(cid, 0.0))
                for cid, score in ranked if cid in snap.by_id], scores

    def _cosines(self, snap: Snapshot, vector: list[float], ids: list[str]) -> dict[str, float]:
        """The cosine of each of ``ids`` to the question's ``vector``: from the snapshot's vectors, else the store."""
        if snap.dense is None:
            return self.store.cosines(vector, ids)
        return dict(zip(ids, snap.dense.cosines(vector, [snap.by_id[cid] for cid in ids])))


def _by_score(rows, scores: np.ndarray, allowed: np.ndarray | None) -> list[int]:
    """``rows`` best BM25 score first, ties by row: their order in a stable argsort of all scores."""
    rows = np.fromiter(rows, dtype=np.int64)
    if allowed is not None:
        rows = rows[allowed[rows]]
    return rows[np.lexsort((rows, -scores[rows]))].tolist()

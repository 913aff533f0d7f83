"""Every write to the index: load, clean, chunk, embed only what is new, upsert, delete, and tell readers
(the collection's generation counter) that the index changed."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ingest.chunking import chunk_document
from ingest.loaders import FileMeta, expand_paths, load_bytes, load_files
from rag.documents import Chunk, IngestReport, SourceDocument
from rag.errors import DocumentNotFound
from rag.index.store import ChunkStore
from rag.settings import Settings

log = logging.getLogger("hoidap.ingest")

_WRITE_BATCH = 500


@dataclass(frozen=True)
class UploadResult:
    """What an upload did: ``status`` is "created", "replaced" or "unchanged"."""

    doc_id: str
    title: str
    chunks: int
    added: int
    removed: int
    status: str


class Indexer:
    """Writes documents into the store a ``Reader`` reads; one writer at a time per process."""

    def __init__(self, store: ChunkStore, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._lock = threading.RLock()  # an upload checks and writes under one hold

    # -- the collection's write primitives --------------------------------------------------------
    def _add(self, chunks: list[Chunk], vectors: list[list[float]]) -> None:
        """Store chunks with their vectors (upsert, so a retry is harmless)."""
        for i in range(0, len(chunks), _WRITE_BATCH):
            batch = chunks[i:i + _WRITE_BATCH]
            self.store.collection.upsert(
                ids=[c.chunk_id for c in batch],
                embeddings=vectors[i:i + _WRITE_BATCH],
                documents=[c.text for c in batch],
                metadatas=[c.metadata() for c in batch],
            )

    def _delete_ids(self, ids: list[str]) -> None:
        for i in range(0, len(ids), _WRITE_BATCH):
            self.store.collection.delete(ids=ids[i:i + _WRITE_BATCH])

    def _bump_generation(self) -> None:
        """Record that the collection changed, so every reader (every replica) rebuilds its view."""
        collection = self.store.client.get_collection(self.store.collection.name)
        meta = dict(collection.metadata or {})
        meta["generation"] = int(meta.get("generation", 0)) + 1
        meta["embedder"] = self.store.embedder
        self.store.collection.modify(metadata=meta)

    def _embed(self, chunks: list[Chunk], progress: bool) -> list[list[float]]:
        from tqdm import tqdm

        size = self.settings.embedding_batch_size
        vectors: list[list[float]] = []
        with tqdm(total=len(chunks), unit="chunk", desc="embedding", disable=not progress, leave=False) as bar:
            for i in range(0, len(chunks), size):
                batch = chunks[i:i + size]
                vectors.extend(self.store.embeddings.embed_documents([c.index_text for c in batch]))
                bar.update(len(batch))
        return vectors

    # -- documents ---------------------------------------------------------------------------------
    def ingest_documents(self, docs: Iterable[SourceDocument], progress: bool = False,
                         skipped: list[tuple[str, str]] | None = None) -> IngestReport:
        """Store the chunks of ``docs``; unchanged chunks (same content hash) are neither embedded nor written."""
        started = time.perf_counter()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        s = self.settings
        skipped = skipped if skipped is not None else []
        new_chunks: list[Chunk] = []
        stale: list[str] = []
        total = unchanged = 0
        seen: set[str] = set()
        with self._lock:
            for doc in docs:
                if doc.doc_id in seen:
                    skipped.append((doc.path, f"duplicate document id '{doc.doc_id}'"))
                    continue
                seen.add(doc.doc_id)
                chunks = chunk_document(doc, s.chunk_min_chars, s.chunk_max_chars)
                total += len(chunks)
                existing = self.store.ids_for_doc(doc.doc_id)
                wanted = {c.chunk_id for c in chunks}
                fresh = [dataclasses.replace(c, ingested_at=now) for c in chunks if c.chunk_id not in existing]
                stale.extend(existing - wanted)
                new_chunks.extend(fresh)
                unchanged += not fresh and existing == wanted
            vectors = self._embed(new_chunks, progress) if new_chunks else []
            # New chunks first, then the old ones go: a failure in between leaves the old answerable.
            if new_chunks:
                self._add(new_chunks, vectors)
            if stale:
                self._delete_ids(stale)
            if new_chunks or stale:
                self._bump_generation()
        return IngestReport(
            documents=len(seen), chunks=total, added=len(new_chunks), removed=len(stale),
            embedded=len(new_chunks), unchanged_documents=unchanged, skipped=list(skipped),
            seconds=time.perf_counter() - started,
        )

    def ingest_paths(self, paths: list[Path], prune: bool = False, progress: bool = False) -> IngestReport:
        """Ingest files and folders; unreadable or unsupported files are reported and skipped.

        With ``prune``, documents in the store that are not among ``paths`` are deleted.
        """
        started = time.perf_counter()
        docs, skipped = load_files(expand_paths(paths))  # pages of one source are cleaned together
        for _, reason in skipped:
            log.warning("skipped %s", reason)
        skipped.extend((str(p), f"{p}: no such file or folder") for p in paths if not p.exists())
        report = self.ingest_documents(docs, progress=progress, skipped=skipped)
        removed = report.removed
        if prune:
            keep = {d.doc_id for d in docs}
            stored = {c.doc_id for c in self.store.all_chunks()}
            for doc_id in sorted(stored - keep):
                removed += self._delete_document(doc_id)
        return dataclasses.replace(report, removed=removed, seconds=time.perf_counter() - started)

    def upload(self, data: bytes, filename: str, title: str = "", source: str = "",
               published: str = "") -> UploadResult:
        """Load, clean and ingest one uploaded file; re-uploading the same content changes nothing.

        Raises ``ingest.loaders.LoadError`` (with a reason a person can act on) for unreadable files.
        """
        doc = load_bytes(data, filename, FileMeta(title=title, source=source, published=published))
        with self._lock:
            existed = bool(self.store.ids_for_doc(doc.doc_id))
            report = self.ingest_documents([doc])
        status = "unchanged" if report.unchanged_documents else ("replaced" if existed else "created")
        return UploadResult(doc.doc_id, doc.title, report.chunks, report.added, report.removed, status)

    def _delete_document(self, doc_id: str) -> int:
        with self._lock:
            ids = sorted(self.store.ids_for_doc(doc_id))
            if ids:
                self._delete_ids(ids)
                self._bump_generation()
        return len(ids)

    def delete(self, doc_id: str) -> int:
        """Delete a document; raise ``DocumentNotFound`` when it is not indexed."""
        removed = self._delete_document(doc_id)
        if not removed:
            raise DocumentNotFound(f"No document '{doc_id}' is indexed; `hoidap stats` lists the ids.")
        return removed

"""Every write to the index: load, clean, chunk, embed only what is new, upsert, delete, and tell readers
(the collection's generation counter) that the index changed."""

from __future__ import annotations

import dataclasses
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path, PurePath

from ingest.chunking import chunk_document
from ingest.loaders import FileMeta, expand_paths, load_bytes, load_files
from rag.documents import Chunk, IngestReport, SourceDocument
from rag.errors import DocumentIdTaken, DocumentNotFound
from rag.index.store import ChunkStore
from rag.settings import Settings

log = logging.getLogger("hoidap.ingest")

_WRITE_BATCH = 500
_UNFINISHED = "unfinished_ingest"  # collection metadata: the paths of an ingest still under way (or killed)
_BUMP_EVERY_S = 5.0  # during a long ingest, tell readers about the documents written so far

Progress = Callable[[int, int], None]  # (chunks embedded so far, chunks to embed)


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

    def _set_metadata(self, **changes) -> None:
        collection = self.store.client.get_collection(self.store.collection.name)
        meta = dict(collection.metadata or {})
        meta.update(changes)
        meta["embedder"] = self.store.embedder
        self.store.collection.modify(metadata={k: v for k, v in meta.items() if v is not None})

    def _bump_generation(self) -> None:
        """Record that the collection changed, so every reader (every replica) rebuilds its view."""
        generation = self.store.client.get_collection(self.store.collection.name).metadata or {}
        self._set_metadata(generation=int(generation.get("generation", 0)) + 1)

    def unfinished_ingest(self) -> str:
        """The paths of an ingest that started and never finished (killed, crashed), or ""."""
        meta = self.store.client.get_collection(self.store.collection.name).metadata or {}
        return str(meta.get(_UNFINISHED, ""))

    @staticmethod
    def _progress_bar(total: int, progress: bool):
        from tqdm import tqdm

        return tqdm(total=total, unit="chunk", desc="embedding", disable=not progress, leave=False)

    def _embed(self, chunks: list[Chunk], bar, on_batch: Callable[[int], None] | None = None) -> list[list[float]]:
        size = self.settings.embedding_batch_size
        vectors: list[list[float]] = []
        for i in range(0, len(chunks), size):
            batch = chunks[i:i + size]
            vectors.extend(self.store.embeddings.embed_documents([c.index_text for c in batch]))
            bar.update(len(batch))
            if on_batch:
                on_batch(len(batch))
        return vectors

    # -- documents ---------------------------------------------------------------------------------
    def ingest_documents(self, docs: Iterable[SourceDocument], progress: bool = False,
                         skipped: list[tuple[str, str]] | None = None,
                         on_progress: Progress | None = None) -> IngestReport:
        """Store the chunks of ``docs``; unchanged chunks (same content hash) are neither embedded nor written.

        Each document is written as soon as it is embedded, so a run that stops (or is killed) keeps every
        document it finished, and running it again embeds only the rest. A document that fails is listed in
        ``skipped`` with the reason; the others go in. ``on_progress(embedded, total)`` follows the embedding
        (the chat's upload shows it).
        """
        started = time.perf_counter()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        s = self.settings
        skipped = skipped if skipped is not None else []
        plans: list[tuple[SourceDocument, list[Chunk], list[str]]] = []
        total = unchanged = added = removed = 0
        seen: set[str] = set()
        with self._lock:
            for doc in docs:
                if doc.doc_id in seen:
                    skipped.append((doc.path, f"duplicate document id '{doc.doc_id}'"))
                    continue
                seen.add(doc.doc_id)
                try:
                    chunks = chunk_document(doc, s.chunk_min_chars, s.chunk_max_chars, s.statute_chunks)
                    existing = self.store.ids_for_doc(doc.doc_id)
                except Exception as exc:  # noqa: BLE001 — one bad document never stops the others
                    log.exception("could not chunk %s", doc.doc_id)
                    skipped.append((doc.path or doc.doc_id, f"{doc.doc_id}: {type(exc).__name__}: {exc}"))
                    continue
                total += len(chunks)
                wanted = {c.chunk_id for c in chunks}
                fresh = [dataclasses.replace(c, ingested_at=now) for c in chunks if c.chunk_id not in existing]
                if fresh or existing - wanted:
                    plans.append((doc, fresh, sorted(existing - wanted)))
                unchanged += not fresh and existing == wanted
            to_embed = sum(len(fresh) for _, fresh, _ in plans)
            bar = self._progress_bar(to_embed, progress)
            embedded = 0

            def batch_done(n: int) -> None:  # the bar does not count when it is disabled
                nonlocal embedded
                embedded += n
                if on_progress:
                    on_progress(embedded, to_embed)
            last_bump = time.monotonic()
            try:
                for doc, fresh, stale in plans:
                    try:
                        if fresh:
                            self._add(fresh, self._embed(fresh, bar, batch_done))
                        # New chunks first, then the old ones go: a failure in between leaves the old answerable.
                        if stale:
                            self._delete_ids(stale)
                    except Exception as exc:  # noqa: BLE001 — reported with its reason; the rest go in
                        log.exception("could not store %s", doc.doc_id)
                        skipped.append((doc.path or doc.doc_id, f"{doc.doc_id}: {type(exc).__name__}: {exc}"))
                        continue
                    added, removed = added + len(fresh), removed + len(stale)
                    if time.monotonic() - last_bump > _BUMP_EVERY_S:  # readers see a long ingest as it goes
                        self._bump_generation()
                        last_bump = time.monotonic()
            finally:
                bar.close()
                if added or removed:
                    self._bump_generation()
        return IngestReport(
            documents=len(seen), chunks=total, added=added, removed=removed,
            embedded=added, unchanged_documents=unchanged, skipped=list(skipped),
            seconds=time.perf_counter() - started,
        )

    def ingest_paths(self, paths: list[Path], prune: bool = False, progress: bool = False) -> IngestReport:
        """Ingest files and folders; unreadable or unsupported files are reported and skipped.

        With ``prune``, documents in the store that are not among ``paths`` are deleted.
        """
        started = time.perf_counter()
        self._set_metadata(**{_UNFINISHED: " ".join(map(str, paths)) or "."})  # cleared when this run completes
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
        self._set_metadata(**{_UNFINISHED: ""})
        return dataclasses.replace(report, removed=removed, seconds=time.perf_counter() - started)

    def upload(self, data: bytes, filename: str, title: str = "", source: str = "",
               published: str = "", replace: bool = False, on_progress: Progress | None = None) -> UploadResult:
        """Load, clean and ingest one uploaded file; re-uploading the same content changes nothing, and a new
        version of the same file replaces the old one. ``on_progress(embedded, total)`` follows the embedding.

        Raises ``ingest.loaders.LoadError`` (with a reason a person can act on) for unreadable files, and
        ``DocumentIdTaken`` when another file already holds the id this one maps to ("Kết luận 21.pdf" and
        "ket-luan-21.txt"), unless ``replace``.
        """
        doc = load_bytes(data, filename, FileMeta(title=title, source=source, published=published))
        with self._lock:
            stored = self.store.doc_chunks(doc.doc_id)
            names = {c.file_name for c in stored if c.file_name}  # none: stored before file names were kept
            if stored and names and PurePath(filename).name not in names and not replace:
                raise DocumentIdTaken(doc.doc_id, stored[0].title, sorted(names)[0], PurePath(filename).name)
            existed = bool(stored)
            report = self.ingest_documents([doc], on_progress=on_progress)
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

"""Every write to the index: load, clean, chunk, embed only what is new, upsert, delete, and tell readers
(the collection's generation counter) that the index changed."""

from __future__ import annotations

import dataclasses
import hashlib
import logging
import math
import threading
import time
import uuid
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path, PurePath

from ingest import chunking, statute
from ingest.chunking import chunk_document
from ingest.clean import site_key
from ingest.loaders import FileMeta, doc_id_for, expand_paths, load_bytes, load_files, read_manifest
from rag.directives import extract
from rag.documents import Chunk, IngestReport, SourceDocument
from rag.errors import DocumentIdTaken, DocumentNotFound
from rag.index.store import ChunkStore, DocRecord
from rag.settings import Settings
from rag.vi import refs

log = logging.getLogger("hoidap.ingest")

_PLAN_DOCS = 200  # documents chunked and compared with the store together
_WRITE_BATCH = 500  # chunks per upsert: Chroma's cost is mostly per call, so documents are written together
_UNFINISHED = "unfinished_ingest"  # collection metadata: the paths of an ingest still under way (or killed)
_BUMP_EVERY_S = 5.0  # during a long ingest, tell readers about the documents written so far

Progress = Callable[[int, int], None]  # (chunks embedded so far, chunks to embed)

Progress = Callable[[int, int], None]  # (chunks embedded so far, chunks to embed)


@lru_cache(maxsize=1)
def _chunker_fingerprint() -> str:
    """The code that turns a document into chunks (chunking, mentions, references): when it changes, an
    unchanged file is chunked again instead of being skipped by its content hash."""
    digest = hashlib.sha256()
    for module in (chunking, statute, extract, refs):
        digest.update(Path(module.__file__).read_bytes())
    return digest.hexdigest()


def content_hash(doc: SourceDocument, settings: Settings) -> str:
    """What decides a document's chunks: its text and metadata, the chunk sizes and the chunker's code."""
    digest = hashlib.sha256(_chunker_fingerprint().encode())
    for part in (doc.doc_id, doc.title, doc.text, doc.source, doc.published,
                 str(settings.chunk_min_chars), str(settings.chunk_max_chars), settings.statute_chunks):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()


def file_fingerprints(files: list[Path], settings: Settings) -> dict[Path, tuple[str, str, str]]:
    """Per readable file: its document id, its site (the pages ``load_files`` cleans together) and a hash of
    what its document depends on before chunking — its bytes and metadata, every file of its site (their
    boilerplate is cleaned together), the chunk sizes and the chunker's code."""
    manifests: dict[Path, dict[str, FileMeta]] = {}
    entries: list[tuple[Path, FileMeta, str]] = []
    for path in files:
        if path.parent not in manifests:
            manifests[path.parent] = read_manifest(path.parent)
        meta = manifests[path.parent].get(path.name) or FileMeta()
        try:
            entries.append((path, meta, hashlib.sha256(path.read_bytes()).hexdigest()))
        except OSError:
            continue  # load_files reports it
    sites: dict[str, list[str]] = {}
    for path, meta, raw in entries:
        sites.setdefault(site_key(meta.source), []).append(f"{path.name}\0{raw}\0{meta}")
    site_prints = {key: hashlib.sha256("\n".join(sorted(parts)).encode()).hexdigest() for key, parts in sites.items()}
    out = {}
    for path, meta, raw in entries:
        site = site_key(meta.source)
        digest = hashlib.sha256(f"{_chunker_fingerprint()}\0{settings.chunk_min_chars}\0{settings.chunk_max_chars}"
                                f"\0{settings.statute_chunks}"
                                f"\0{site_prints[site]}\0{path.name}\0{raw}\0{meta}".encode())
        out[path] = (doc_id_for(path.name), site, digest.hexdigest())
    return out


def _record_vector(doc_id: str) -> list[float]:
    # The records collection needs a vector; a spread of points keeps its HNSW graph healthy.
    angle = zlib.crc32(doc_id.encode()) / 2**32 * 2 * math.pi
    return [math.cos(angle), math.sin(angle)]


class _ReportingBar:
    """A progress bar that also tells ``on_progress(embedded, total)`` (the chat's upload shows it)."""

    def __init__(self, bar, on_progress: Progress) -> None:
        self.bar, self.on_progress, self.done = bar, on_progress, 0

    @property
    def total(self):
        return self.bar.total

    @total.setter
    def total(self, value) -> None:
        self.bar.total = value

    def update(self, n: int) -> None:
        self.bar.update(n)
        self.done += n
        self.on_progress(self.done, max(self.bar.total or 0, self.done))

    def close(self) -> None:
        self.bar.close()


def _failure(doc: SourceDocument, exc: Exception) -> tuple[str, str]:
    return doc.path or doc.doc_id, f"{doc.doc_id}: {type(exc).__name__}: {exc}"


@dataclass
class _Plan:
    """One document's write: its fresh chunks (and their vectors once embedded) and the stale ids to delete."""

    doc: SourceDocument
    content_hash: str
    fresh: list[Chunk]
    stale: list[str]
    count: int  # the document's chunks after the write
    vectors: list[list[float]] | None = None
    written: bool = False
    source_hash: str = ""  # the file's bytes and site (see ``file_fingerprints``), when it came from a file


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

    def _configure_search(self) -> None:
        """Give a collection made before ``HOIDAP_HNSW_EF_SEARCH`` (or with another value) the configured one:
        the only index setting Chroma lets an existing collection change, read by every reader's next query."""
        if self.store.search_ef() != self.settings.hnsw_ef_search:
            self.store.collection.modify(configuration={"hnsw": {"ef_search": self.settings.hnsw_ef_search}})

    def _set_metadata(self, **changes) -> None:
        collection = self.store.client.get_collection(self.store.collection.name)
        meta = dict(collection.metadata or {})
        meta.update(changes)
        meta["embedder"] = self.store.embedder
        self.store.collection.modify(metadata={k: v for k, v in meta.items() if v is not None})

    def _next_generation(self) -> int:
        return self.store.generation() + 1

    def _record(self, records: list[DocRecord]) -> None:
        """Write documents' records (after their chunks), so readers know which documents to read again."""
        for i in range(0, len(records), _WRITE_BATCH):
            batch = records[i:i + _WRITE_BATCH]
            self.store.docs.upsert(ids=[r.doc_id for r in batch], embeddings=[_record_vector(r.doc_id) for r in batch],
                                   metadatas=[r.metadata() for r in batch])

    def _bump_generation(self, generation: int) -> None:
        """Record that the collection changed: every reader (every replica) reads the documents recorded at
        this generation. The version is unique per write, so two writers that took the same number are both seen."""
        self._set_metadata(generation=generation, version=uuid.uuid4().hex)

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
                         source_hashes: dict[str, str] | None = None,
                         on_progress: Progress | None = None) -> IngestReport:
        """Store the chunks of ``docs``; unchanged chunks (same content hash) are neither embedded nor written.

        A document whose content hash is recorded already is skipped without being chunked (the records are
        read in batches). Documents are embedded one by one and written together, ``_WRITE_BATCH`` chunks at a
        time, so a run that stops (or is killed) keeps every batch it wrote, and running it again embeds only
        the rest. A document that fails is listed in ``skipped`` with the reason; the others go in.
        """
        started = time.perf_counter()
        skipped = skipped if skipped is not None else []
        docs = list(docs)
        seen: set[str] = set()
        unique: list[SourceDocument] = []
        for doc in docs:
            if doc.doc_id in seen:
                skipped.append((doc.path, f"duplicate document id '{doc.doc_id}'"))
                continue
            seen.add(doc.doc_id)
            unique.append(doc)
        with self._lock:
            recorded = {r.doc_id: r for r in self.store.doc_records(ids=[d.doc_id for d in unique])}
            hashes = {d.doc_id: content_hash(d, self.settings) for d in unique}
            todo = [d for d in unique if recorded.get(d.doc_id) is None or recorded[d.doc_id].deleted
                    or recorded[d.doc_id].content_hash != hashes[d.doc_id]]
            # Same content from a file whose bytes or site changed: only its record learns the new file hash
            # (same generation and version, so no reader reads the document again).
            sources = source_hashes or {}
            redo = {d.doc_id for d in todo}
            self._record([dataclasses.replace(recorded[d.doc_id], source_hash=sources[d.doc_id]) for d in unique
                          if d.doc_id not in redo and sources.get(d.doc_id, recorded[d.doc_id].source_hash)
                          != recorded[d.doc_id].source_hash])
            unchanged = len(unique) - len(todo)
            total = sum(recorded[d.doc_id].chunks for d in unique if d.doc_id not in redo)
            added = removed = 0
            bar = self._progress_bar(0, progress)
            if on_progress is not None:
                bar = _ReportingBar(bar, on_progress)
            try:
                for i in range(0, len(todo), _PLAN_DOCS):  # a group at a time: memory stays flat on a large corpus
                    plans, chunked = self._plan(todo[i:i + _PLAN_DOCS], hashes, skipped)
                    for plan in plans:
                        plan.source_hash = (source_hashes or {}).get(plan.doc.doc_id, "")
                    bar.total = (bar.total or 0) + sum(len(p.fresh) for p in plans)
                    a, r = self._write(plans, bar, skipped)
                    total, added, removed = total + chunked, added + a, removed + r
                    unchanged += sum(1 for p in plans if p.written and not p.fresh and not p.stale)
            finally:
                bar.close()
        return IngestReport(
            documents=len(seen), chunks=total, added=added, removed=removed,
            embedded=added, unchanged_documents=unchanged, skipped=list(skipped),
            seconds=time.perf_counter() - started,
        )

    def _plan(self, docs: list[SourceDocument], hashes: dict[str, str],
              skipped: list[tuple[str, str]]) -> tuple[list[_Plan], int]:
        """Chunk the documents and compare with what is stored (ids fetched for many documents per query)."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        s = self.settings
        chunked: list[tuple[SourceDocument, list[Chunk]]] = []
        for doc in docs:
            try:
                chunked.append((doc, chunk_document(doc, s.chunk_min_chars, s.chunk_max_chars, s.statute_chunks)))
            except Exception as exc:  # noqa: BLE001 — one bad document never stops the others
                log.exception("could not chunk %s", doc.doc_id)
                skipped.append((doc.path or doc.doc_id, f"{doc.doc_id}: {type(exc).__name__}: {exc}"))
        existing = self.store.chunk_ids_of([doc.doc_id for doc, _ in chunked])
        plans = []
        for doc, chunks in chunked:
            have = existing.get(doc.doc_id, set())
            wanted = {c.chunk_id for c in chunks}
            fresh = [dataclasses.replace(c, ingested_at=now) for c in chunks if c.chunk_id not in have]
            plans.append(_Plan(doc, hashes[doc.doc_id], fresh, sorted(have - wanted), len(chunks)))
        return plans, sum(len(chunks) for _, chunks in chunked)

    def _write(self, plans: list[_Plan], bar, skipped: list[tuple[str, str]]) -> tuple[int, int]:
        """Embed each document, write them in batches, then their records and a new generation."""
        added = removed = 0
        pending: list[_Plan] = []
        last_bump = time.monotonic()
        for plan in plans:
            try:
                plan.vectors = self._embed(plan.fresh, bar) if plan.fresh else []
            except Exception as exc:  # noqa: BLE001 — reported with its reason; the rest go in
                log.exception("could not embed %s", plan.doc.doc_id)
                skipped.append(_failure(plan.doc, exc))
                continue
            pending.append(plan)
            if sum(len(p.fresh) for p in pending) >= _WRITE_BATCH or \
                    time.monotonic() - last_bump > _BUMP_EVERY_S:  # readers see a long ingest as it goes
                a, r = self._flush(pending, skipped)
                added, removed, pending, last_bump = added + a, removed + r, [], time.monotonic()
        a, r = self._flush(pending, skipped)
        added, removed = added + a, removed + r
        return added, removed

    def _flush(self, plans: list[_Plan], skipped: list[tuple[str, str]]) -> tuple[int, int]:
        """Write some documents: their new chunks in one upsert per batch (a failing batch is retried document
        by document, so only the document at fault is skipped), then their stale chunks go, then their records."""
        if not plans:
            return 0, 0
        try:
            self._add([c for p in plans for c in p.fresh], [v for p in plans for v in p.vectors or []])
            done = plans
        except Exception:  # noqa: BLE001 — find the document at fault
            done = []
            for plan in plans:
                try:
                    self._add(plan.fresh, plan.vectors or [])
                    done.append(plan)
                except Exception as exc:  # noqa: BLE001 — reported with its reason; the rest go in
                    log.exception("could not store %s", plan.doc.doc_id)
                    skipped.append(_failure(plan.doc, exc))
        # New chunks first, then the old ones go: a failure in between leaves the old answerable.
        self._delete_ids([i for p in done for i in p.stale])
        generation = self._next_generation()
        self._record([DocRecord(p.doc.doc_id, generation, uuid.uuid4().hex, p.content_hash, chunks=p.count,
                                source_hash=p.source_hash) for p in done])
        for plan in done:
            plan.written = True
        if done:
            self._bump_generation(generation)
        return sum(len(p.fresh) for p in done), sum(len(p.stale) for p in done)

    def ingest_paths(self, paths: list[Path], prune: bool = False, progress: bool = False) -> IngestReport:
        """Ingest files and folders; unreadable or unsupported files are reported and skipped.

        Files are not even loaded when their site's files (the pages cleaned together) all have the bytes and
        metadata recorded at their last ingest. With ``prune``, documents in the store that are not among
        ``paths`` are deleted.
        """
        started = time.perf_counter()
        self._set_metadata(**{_UNFINISHED: " ".join(map(str, paths)) or "."})  # cleared when this run completes
        self._configure_search()
        files = expand_paths(paths)
        prints = file_fingerprints(files, self.settings)
        recorded = {r.doc_id: r for r in self.store.doc_records(ids=sorted({d for d, _, _ in prints.values()}))}
        stale_sites = {site for doc_id, site, fp in prints.values() if recorded.get(doc_id) is None
                       or recorded[doc_id].deleted or recorded[doc_id].source_hash != fp}
        kept = {p for p in files if p in prints and prints[p][1] not in stale_sites}
        docs, skipped = load_files([p for p in files if p not in kept])  # pages of one site are cleaned together
        for _, reason in skipped:
            log.warning("skipped %s", reason)
        skipped.extend((str(p), f"{p}: no such file or folder") for p in paths if not p.exists())
        report = self.ingest_documents(docs, progress=progress, skipped=skipped,
                                       source_hashes={prints[p][0]: prints[p][2] for p in files if p in prints})
        kept_docs = {prints[p][0] for p in kept}
        report = dataclasses.replace(report, documents=report.documents + len(kept_docs),
                                     chunks=report.chunks + sum(recorded[d].chunks for d in kept_docs),
                                     unchanged_documents=report.unchanged_documents + len(kept_docs))
        removed = report.removed
        if prune:
            keep = {d.doc_id for d in docs} | kept_docs
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
                generation = self._next_generation()
                self._record([DocRecord(doc_id, generation, uuid.uuid4().hex, deleted=True)])  # a tombstone
                self._bump_generation(generation)
        return len(ids)

    def delete(self, doc_id: str) -> int:
        """Delete a document; raise ``DocumentNotFound`` when it is not indexed."""
        removed = self._delete_document(doc_id)
        if not removed:
            raise DocumentNotFound(f"No document '{doc_id}' is indexed; `hoidap stats` lists the ids.")
        return removed

"""Ingest: load, clean, chunk, embed only what is new, store; replace changed documents."""

from __future__ import annotations

import dataclasses
import logging
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.loaders import expand_paths, load_files
from rag.chunking import chunk_document
from rag.documents import Chunk, IngestReport, SourceDocument
from rag.store import ChunkStore

log = logging.getLogger("hoidap.ingest")


def _embed(embeddings: Embeddings, chunks: list[Chunk], batch_size: int, progress: bool) -> list[list[float]]:
    from tqdm import tqdm

    vectors: list[list[float]] = []
    with tqdm(total=len(chunks), unit="chunk", desc="embedding", disable=not progress, leave=False) as bar:
        for i in range(0, len(chunks), batch_size):
            batch = chunks[i:i + batch_size]
            vectors.extend(embeddings.embed_documents([c.index_text for c in batch]))
            bar.update(len(batch))
    return vectors


def ingest_documents(
    docs: Iterable[SourceDocument], store: ChunkStore, *, min_chars: int = 400, max_chars: int = 900,
    batch_size: int = 32, progress: bool = False, skipped: list[tuple[str, str]] | None = None,
) -> IngestReport:
    """Store the chunks of ``docs``; unchanged chunks (same content hash) are neither embedded nor written."""
    started = time.perf_counter()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    docs = list(docs)
    new_chunks: list[Chunk] = []
    stale: list[str] = []
    total = unchanged = 0
    seen: set[str] = set()
    for doc in docs:
        if doc.doc_id in seen:
            (skipped if skipped is not None else []).append((doc.path, f"duplicate document id '{doc.doc_id}'"))
            continue
        seen.add(doc.doc_id)
        chunks = chunk_document(doc, min_chars, max_chars)
        total += len(chunks)
        existing = store.ids_for_doc(doc.doc_id)
        wanted = {c.chunk_id for c in chunks}
        fresh = [dataclasses.replace(c, ingested_at=now) for c in chunks if c.chunk_id not in existing]
        stale.extend(existing - wanted)
        new_chunks.extend(fresh)
        unchanged += not fresh and existing == wanted
    vectors = _embed(store.embeddings, new_chunks, batch_size, progress) if new_chunks else []
    # New chunks first, then the old ones go: a failure in between leaves the old answerable.
    if new_chunks:
        store.add(new_chunks, vectors)
    if stale:
        store.delete_ids(stale)
    if new_chunks or stale:
        store.bump_generation()
    return IngestReport(
        documents=len(seen), chunks=total, added=len(new_chunks), removed=len(stale),
        embedded=len(new_chunks), unchanged_documents=unchanged, skipped=list(skipped or []),
        seconds=time.perf_counter() - started,
    )


def ingest_paths(
    paths: list[Path], store: ChunkStore, *, prune: bool = False, min_chars: int = 400, max_chars: int = 900,
    batch_size: int = 32, progress: bool = False,
) -> IngestReport:
    """Ingest files and folders; unreadable or unsupported files are reported and skipped.

    With ``prune``, documents in the store that are not among ``paths`` are deleted.
    """
    started = time.perf_counter()
    docs, skipped = load_files(expand_paths(paths))  # pages of one source are cleaned together
    for _, reason in skipped:
        log.warning("skipped %s", reason)
    missing = [p for p in paths if not p.exists()]
    skipped.extend((str(p), f"{p}: no such file or folder") for p in missing)
    report = ingest_documents(docs, store, min_chars=min_chars, max_chars=max_chars, batch_size=batch_size,
                              progress=progress, skipped=skipped)
    removed = report.removed
    if prune:
        keep = {d.doc_id for d in docs}
        stored = {c.doc_id for c in store.all_chunks()}
        for doc_id in sorted(stored - keep):
            removed += delete_document(store, doc_id)
    return IngestReport(
        documents=report.documents, chunks=report.chunks, added=report.added, removed=removed,
        embedded=report.embedded, unchanged_documents=report.unchanged_documents, skipped=report.skipped,
        seconds=time.perf_counter() - started,
    )


def delete_document(store: ChunkStore, doc_id: str) -> int:
    """Remove a document's chunks; returns how many were removed (0 if it was not indexed)."""
    ids = sorted(store.ids_for_doc(doc_id))
    if ids:
        store.delete_ids(ids)
        store.bump_generation()
    return len(ids)

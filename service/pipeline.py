"""The one object the CLI, the API and the chat share: the read side (``rag.reader.Reader``) with the
write side (``ingest.indexer.Indexer``) on the same collection."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.checkpoint import save_snapshot
from ingest.indexer import Indexer, Progress, UploadResult
from rag.documents import IngestReport, SourceDocument
from rag.index.store import build_chroma_client
from rag.reader import Reader
from rag.settings import Settings

__all__ = ["Pipeline", "UploadResult", "build_pipeline"]


class Pipeline(Reader):
    """Everything hoidap does over one collection: reads from ``Reader``, writes through ``Indexer``."""

    def __init__(self, settings: Settings, embeddings: Embeddings, client, store_kind: str = "persistent",
                 llm=None) -> None:
        super().__init__(settings, embeddings, client, store_kind=store_kind, llm=llm)
        self.indexer = Indexer(self.store, settings)
        self._persist_lock = threading.Lock()
        self._persisted_version: str | None = None

    # After each write this process reads its own change at once (the snapshot moves to the new generation
    # before the call returns); other processes and replicas see it within HOIDAP_REFRESH_SECONDS.
    def _written(self) -> None:
        if self.retriever.has_snapshot():
            self.retriever.refresh()

    def persist(self) -> bool:
        """Write the current snapshot to disk when it is newer than the one written (start-up loads it);
        True when it wrote. One write at a time; callers in other threads skip rather than wait."""
        if not self._persist_lock.acquire(blocking=False):
            return False
        try:
            snap = self.retriever.snapshot()
            if snap.version in (self._persisted_version, self.retriever.loaded_version):
                return False
            save_snapshot(snap, self.retriever.persisted, self.store)
            self._persisted_version = snap.version
            self.retriever.documents_read = 0
            return True
        finally:
            self._persist_lock.release()

    def ingest_paths(self, paths: list[Path], prune: bool = False, progress: bool = False) -> IngestReport:
        """Ingest files and folders (see ``Indexer.ingest_paths``), then build and persist the snapshot, so
        that a server starts from it in seconds."""
        report = self.indexer.ingest_paths(paths, prune=prune, progress=progress)
        if report.added or report.removed or self.retriever.has_snapshot() or not self.retriever.persisted.exists():
            self.retriever.refresh()
            self.persist()
        return report

    def ingest_documents(self, docs: list[SourceDocument]) -> IngestReport:
        """Ingest already-loaded documents."""
        report = self.indexer.ingest_documents(docs)
        self._written()
        return report

    def upload(self, data: bytes, filename: str, title: str = "", source: str = "",
               published: str = "", replace: bool = False, on_progress: Progress | None = None) -> UploadResult:
        """Load and ingest one uploaded file (see ``Indexer.upload``); ``on_progress(embedded, total)``."""
        result = self.indexer.upload(data, filename, title=title, source=source, published=published,
                                     replace=replace, on_progress=on_progress)
        self._written()
        return result

    def delete(self, doc_id: str) -> int:
        """Delete a document; ``DocumentNotFound`` when it is not indexed."""
        removed = self.indexer.delete(doc_id)
        self._written()
        return removed


def build_pipeline(settings: Settings, embeddings: Embeddings | None = None, client=None, llm=None) -> Pipeline:
    """Build the pipeline the settings describe; tests inject a small embedder or client."""
    from rag.answer.generate import build_llm
    from rag.index.embeddings import build_embeddings

    if not re.fullmatch(r"[a-zA-Z0-9._-]{3,512}", settings.collection):
        raise ValueError("HOIDAP_COLLECTION must be 3-512 characters of letters, digits, '.', '_' or '-'.")
    embeddings = embeddings or build_embeddings(settings.embedding_model, settings.embedding_batch_size)
    kind = "http" if settings.chroma_host else "persistent"
    if client is None:
        client = build_chroma_client(settings.data_dir, settings.chroma_host, settings.chroma_port)
    if llm is None:
        llm = build_llm(settings)
    return Pipeline(settings, embeddings, client, store_kind=kind, llm=llm)

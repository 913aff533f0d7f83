"""The one object the CLI, the API and the chat share: the read side (``rag.reader.Reader``) with the
write side (``ingest.indexer.Indexer``) on the same collection."""

from __future__ import annotations

import re
from pathlib import Path

from langchain_core.embeddings import Embeddings

from ingest.indexer import Indexer, UploadResult
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

    # After each write this process reads its own change at once (the snapshot moves to the new generation
    # before the call returns); other processes and replicas see it within HOIDAP_REFRESH_SECONDS.
    def _written(self) -> None:
        if self.retriever.has_snapshot():
            self.retriever.refresh()

    def ingest_paths(self, paths: list[Path], prune: bool = False, progress: bool = False) -> IngestReport:
        """Ingest files and folders (see ``Indexer.ingest_paths``)."""
        report = self.indexer.ingest_paths(paths, prune=prune, progress=progress)
        self._written()
        return report

    def ingest_documents(self, docs: list[SourceDocument]) -> IngestReport:
        """Ingest already-loaded documents."""
        report = self.indexer.ingest_documents(docs)
        self._written()
        return report

    def upload(self, data: bytes, filename: str, title: str = "", source: str = "",
               published: str = "") -> UploadResult:
        """Load and ingest one uploaded file (see ``Indexer.upload``)."""
        result = self.indexer.upload(data, filename, title=title, source=source, published=published)
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

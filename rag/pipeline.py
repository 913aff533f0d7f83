"""The one pipeline object the CLI, the API and the UI share."""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from langchain_core.embeddings import Embeddings

from rag.answer import answer_from_passages, refuse
from rag.documents import Answer, Chunk, Citation, IngestReport, Passage, SearchFilter, SourceDocument
from rag.errors import DocumentNotFound
from rag.followup import resolve_followup
from rag.questions import analyse
from rag.registry import Registry
from rag.registry_answer import answer_from_registry
from rag.retrieval import HybridRetriever
from rag.settings import Settings
from rag.store import ChunkStore, DocumentSummary, build_chroma_client, summarise
from rag.textnorm import nfc
from rag.verify import supporting_sentence, verify

log = logging.getLogger("hoidap.pipeline")

_ANSWER_POOL = 8  # passages the answerer reads; only the cited ones are returned
_LLM_PASSAGES = 6  # passages a generated answer may cite
_MULTI_POOL = 24  # "những tỉnh nào …" reads more, to find every document that answers


@dataclass(frozen=True)
class UploadResult:
    """What an upload did: ``status`` is "created", "replaced" or "unchanged"."""

    doc_id: str
    title: str
    chunks: int
    added: int
    removed: int
    status: str


class Pipeline:
    """Ingest, search and answer over one Chroma collection with one embedder."""

    def __init__(self, settings: Settings, embeddings: Embeddings, client, store_kind: str = "persistent",
                 llm=None) -> None:
        self.settings = settings
        self.llm = llm  # a LangChain chat model, or None for extractive answers only
        self.store = ChunkStore(client, settings.collection, embeddings, kind=store_kind)
        self.retriever = HybridRetriever(self.store, settings.candidate_k, settings.rrf_k)
        self._write_lock = threading.Lock()  # one writer at a time per process (uploads, deletes)
        self._registry_lock = threading.Lock()
        self._registry: tuple[object, Registry] | None = None

    # -- writing -------------------------------------------------------------------------------
    def ingest_paths(self, paths: list[Path], prune: bool = False, progress: bool = False) -> IngestReport:
        """Ingest files and folders (see ``ingest.pipeline.ingest_paths``)."""
        from ingest.pipeline import ingest_paths

        s = self.settings
        return ingest_paths(paths, self.store, prune=prune, min_chars=s.chunk_min_chars,
                            max_chars=s.chunk_max_chars, batch_size=s.embedding_batch_size, progress=progress)

    def ingest_documents(self, docs: list[SourceDocument]) -> IngestReport:
        """Ingest already-loaded documents (uploads)."""
        from ingest.pipeline import ingest_documents

        s = self.settings
        return ingest_documents(docs, self.store, min_chars=s.chunk_min_chars, max_chars=s.chunk_max_chars,
                                batch_size=s.embedding_batch_size)

    def delete(self, doc_id: str) -> int:
        """Delete a document; raise ``DocumentNotFound`` when it is not indexed."""
        from ingest.pipeline import delete_document

        with self._write_lock:
            removed = delete_document(self.store, doc_id)
        if not removed:
            raise DocumentNotFound(f"No document '{doc_id}' is indexed; `hoidap stats` lists the ids.")
        return removed

    # -- reading -------------------------------------------------------------------------------
    def search(self, query: str, top_k: int | None = None, where: SearchFilter | None = None) -> list[Passage]:
        """The best passages for ``query`` (optionally only from some documents or sources)."""
        return self.retriever.retrieve(nfc(query), top_k or self.settings.top_k, where=where)

    def _extractive(self, question: str, history: list[dict] | None, top_k: int | None,
                    where: SearchFilter | None) -> tuple[Answer, list[Passage], bool]:
        """The extractive answer, the passages it read, and whether the LLM may rephrase it (not for
        refusals and registry facts, which are exact already)."""
        query = resolve_followup(question, history)
        info = analyse(query)
        snap = self.retriever.snapshot()  # one consistent view of the index for this question
        missing = self.retriever.missing_refs(info, snap)
        if missing:
            names = ", ".join(missing)
            return replace(refuse(f"Kho tài liệu không có văn bản {names}.", info.kind), query=query), [], False
        if not where:  # questions about a document itself are answered from the registry
            found = answer_from_registry(info, self.registry(snap))
            if found:
                return replace(found, query=query), [], False
        k = max(top_k or self.settings.top_k, _MULTI_POOL if info.kind == "multi" else _ANSWER_POOL)
        passages = self.retriever.retrieve(query, k, info, snap, where)
        answer = replace(answer_from_passages(info, passages, snap.lexical), query=query)
        return answer, passages[:_LLM_PASSAGES], answer.grounded

    def ask(self, question: str, history: list[dict] | None = None, top_k: int | None = None,
            where: SearchFilter | None = None) -> Answer:
        """Answer ``question`` from the corpus, with citations, or refuse.

        ``history`` (earlier ``{"role", "content"}`` turns) resolves follow-ups such as "Nó do ai ban hành?".
        With an LLM configured, a verified generated answer replaces the extractive one when it survives.
        """
        answer = None
        for event, value in self.ask_stream(question, history, top_k, where):
            if event == "answer":
                answer = value
        assert answer is not None
        return answer

    def ask_stream(self, question: str, history: list[dict] | None = None, top_k: int | None = None,
                   where: SearchFilter | None = None) -> Iterator[tuple[str, object]]:
        """Events for one question: ("token", text) while an LLM writes, then ("answer", Answer) once."""
        base, passages, may_generate = self._extractive(question, history, top_k, where)
        if self.llm is None or not may_generate:
            yield "answer", base
            return
        from rag.generate import generate_stream

        pieces: list[str] = []
        deadline = time.monotonic() + self.settings.llm_timeout  # the whole answer, not each read
        try:
            for piece in generate_stream(self.llm, base.query, passages):
                pieces.append(piece)
                yield "token", piece
                if time.monotonic() > deadline:
                    raise TimeoutError(f"no complete answer within HOIDAP_LLM_TIMEOUT={self.settings.llm_timeout:g} s")
        except Exception as exc:  # noqa: BLE001 — any LLM failure falls back; it is reported, never a 500
            log.warning("LLM failed: %s", exc)
            yield "answer", replace(base, warning=f"LLM không trả lời được ({type(exc).__name__}); "
                                                  "đây là câu trả lời trích dẫn.")
            return
        yield "answer", self._verified(base, passages, "".join(pieces))

    def _verified(self, base: Answer, passages: list[Passage], raw: str) -> Answer:
        """The generated answer if verification leaves something, else the extractive one."""
        checked = verify(raw, [p.chunk.text for p in passages])
        if checked.refused or not checked.text:
            why = "mô hình không tìm thấy câu trả lời" if checked.refused else "kiểm chứng đã loại mọi câu"
            return replace(base, removed=checked.removed, warning=f"LLM: {why}; đây là câu trả lời trích dẫn.")
        order: list[int] = []

        def renumber(m: re.Match[str]) -> str:
            n = int(m.group(1))
            if n not in order:
                order.append(n)
            return f"[{order.index(n) + 1}]"

        text = re.sub(r"\[(\d{1,2})\]", renumber, checked.text)
        citations = []
        for new, old in enumerate(order, start=1):
            c = passages[old - 1].chunk
            citations.append(Citation(new, c.doc_id, c.title, c.source, c.chunk_id, c.text,
                                      passages[old - 1].score, supporting_sentence(c.text, text, new)))
        return Answer(text, True, citations, base.kind, base.query, mode="llm", removed=checked.removed)

    def registry(self, snap=None) -> Registry:
        """The directive registry of the current index (rebuilt when the index changes); ``snap`` is a
        snapshot the caller already holds, to keep one view of the index per question."""
        snap = snap or self.retriever.snapshot()
        with self._registry_lock:
            if self._registry is None or self._registry[0] is not snap:
                self._registry = (snap, Registry(snap.chunks))
            return self._registry[1]

    def documents(self) -> list[DocumentSummary]:
        """Indexed documents with their chunk counts."""
        return summarise(self.store.all_chunks())

    def known_doc_ids_and_sources(self) -> tuple[set[str], set[str]]:
        """The document ids and sources in the index (from the current snapshot; cheap)."""
        chunks = self.retriever.snapshot().chunks
        return {c.doc_id for c in chunks}, {c.source for c in chunks}

    def document(self, doc_id: str) -> tuple[DocumentSummary, list[Chunk]]:
        """One document's summary and its chunks in reading order; ``DocumentNotFound`` if absent."""
        chunks = self.store.doc_chunks(doc_id)
        if not chunks:
            raise DocumentNotFound(f"No document '{doc_id}' is indexed; GET /v1/documents lists the ids.")
        return summarise(chunks)[0], chunks

    def upload(self, data: bytes, filename: str, title: str = "", source: str = "",
               published: str = "") -> UploadResult:
        """Load, clean and ingest one uploaded file; re-uploading the same content changes nothing.

        Raises ``ingest.loaders.LoadError`` (with a reason a person can act on) for unreadable files.
        """
        from ingest.loaders import FileMeta, load_bytes

        doc = load_bytes(data, filename, FileMeta(title=title, source=source, published=published))
        with self._write_lock:
            existed = bool(self.store.ids_for_doc(doc.doc_id))
            report = self.ingest_documents([doc])
        status = "unchanged" if report.unchanged_documents else ("replaced" if existed else "created")
        return UploadResult(doc.doc_id, doc.title, report.chunks, report.added, report.removed, status)

    def stats(self) -> dict:
        """Counts and configuration, for `hoidap stats` and readiness checks.

        Counted from the index snapshot questions are answered from: a server already holds it, so a
        readiness probe does not re-read every chunk from Chroma."""
        chunks = self.retriever.snapshot().chunks
        return {
            "documents": len({c.doc_id for c in chunks}),
            "chunks": len(chunks),
            "embedder": self.store.embedder,
            "store": self.store.kind,
            "collection": self.settings.collection,
        }


def build_pipeline(settings: Settings, embeddings: Embeddings | None = None, client=None, llm=None) -> Pipeline:
    """Build the pipeline the settings describe; tests inject a small embedder or client."""
    from rag.embeddings import build_embeddings

    if not re.fullmatch(r"[a-zA-Z0-9._-]{3,512}", settings.collection):
        raise ValueError("HOIDAP_COLLECTION must be 3-512 characters of letters, digits, '.', '_' or '-'.")
    embeddings = embeddings or build_embeddings(settings.embedding_model, settings.embedding_batch_size)
    kind = "http" if settings.chroma_host else "persistent"
    if client is None:
        client = build_chroma_client(settings.data_dir, settings.chroma_host, settings.chroma_port)
    if llm is None:
        from rag.generate import build_llm

        llm = build_llm(settings)
    return Pipeline(settings, embeddings, client, store_kind=kind, llm=llm)

"""The systems an eval run scores on the same cases: hoidap (in-process or over HTTP) and two baselines,
(a) the plain LangChain recipe and (b) BM25-only retrieval with hoidap's answerer."""

from __future__ import annotations

import hashlib
import time

from eval.metrics import Case, Passage, Result
from rag.documents import SourceDocument
from rag.query.followup import resolve_followup
from rag.vi.sentences import split_sentences
from service.pipeline import Pipeline

RETRIEVE_K = 10  # passages kept for hit@k and MRR


def _piece_ids(pieces) -> list[str]:
    """Content-hash ids for LangChain pieces (document id, text, and the occurrence of a repeated text)."""
    seen: dict[tuple[str, str], int] = {}
    ids = []
    for piece in pieces:
        key = (str(piece.metadata.get("doc_id", "")), piece.page_content)
        repeat = seen.get(key, 0)
        seen[key] = repeat + 1
        raw = f"{key[0]}\n{key[1]}" + (f"\n#{repeat}" if repeat else "")
        ids.append(hashlib.sha256(raw.encode()).hexdigest()[:32])
    return ids


def _timed(fn):
    started = time.perf_counter()
    out = fn()
    return out, (time.perf_counter() - started) * 1000


class HoidapSystem:
    """The full system, in-process: ``Pipeline.ask`` for the answer, ``Pipeline.search`` for retrieval."""

    def __init__(self, pipeline: Pipeline, name: str = "hoidap") -> None:
        self.pipeline = pipeline
        self.name = name

    def run(self, case: Case) -> Result:
        """Answer one case (timed) and record the passages retrieval ranks for its question."""
        answer, ms = _timed(lambda: self.pipeline.ask(case.question, history=list(case.history)))
        passages = self.pipeline.search(answer.query or case.question, top_k=RETRIEVE_K)
        return Result(case, answer.answer, answer.grounded,
                      [Passage(c.doc_id, c.text) for c in answer.citations],
                      [Passage(p.chunk.doc_id, p.chunk.text) for p in passages], ms)


class HttpSystem:
    """A running hoidap server: the same cases through ``/v1/ask`` and ``/v1/search``."""

    name = "hoidap"

    def __init__(self, url: str, api_key: str | None = None) -> None:
        import httpx

        headers = {"X-API-Key": api_key} if api_key else {}
        self.client = httpx.Client(base_url=url.rstrip("/"), timeout=60, headers=headers)

    def run(self, case: Case) -> Result:
        """POST the case to the server; latency is the HTTP round trip."""
        payload = {"question": case.question, "history": list(case.history)}
        response, ms = _timed(lambda: self.client.post("/v1/ask", json=payload))
        response.raise_for_status()
        body = response.json()
        hits = self.client.post("/v1/search", json={"query": body.get("query") or case.question,
                                                    "top_k": RETRIEVE_K})
        hits.raise_for_status()
        return Result(case, body["answer"], body["grounded"],
                      [Passage(c["doc_id"], c["text"]) for c in body["citations"]],
                      [Passage(h["doc_id"], h["text"]) for h in hits.json()["results"]], ms)


class Bm25Baseline:
    """Baseline (b): BM25-only retrieval over hoidap's chunks, answered by hoidap's own extractive answerer
    (``Reader.extractive`` with lexical retrieval in place of hybrid retrieval)."""

    name = "bm25"

    def __init__(self, pipeline: Pipeline) -> None:
        self.pipeline = pipeline

    def run(self, case: Case) -> Result:
        """Retrieve by BM25 alone, then answer as hoidap would."""

        def answer():
            result, _, _ = self.pipeline.extractive(case.question, list(case.history),
                                                    retrieve=self.pipeline.retriever.lexical)
            query = resolve_followup(case.question, list(case.history))
            return result, self.pipeline.retriever.lexical(query, RETRIEVE_K)

        (result, passages), ms = _timed(answer)
        return Result(case, result.answer, result.grounded, [Passage(c.doc_id, c.text) for c in result.citations],
                      [Passage(p.chunk.doc_id, p.chunk.text) for p in passages], ms)


class LangChainBaseline:
    """Baseline (a), the plain LangChain recipe: ``RecursiveCharacterTextSplitter(1000, 200)``, dense-only
    Chroma retrieval with the same embedder, and the first sentence of the top chunk as the answer.

    Its collection is kept in sync incrementally: pieces get content-hash ids, so a collection that already
    holds them (a persistent client reused across runs) embeds nothing; pieces no longer wanted are deleted,
    and a collection built with another embedder is rebuilt."""

    name = "langchain"
    _ADD_BATCH = 64  # pieces embedded and written per call: memory stays flat, an interrupted build keeps its work

    def __init__(self, docs: list[SourceDocument], embeddings, client,
                 collection_name: str = "eval-langchain-baseline") -> None:
        from langchain_chroma import Chroma
        from langchain_core.documents import Document
        from langchain_text_splitters import RecursiveCharacterTextSplitter

        splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
        pieces = splitter.split_documents([Document(page_content=d.text, metadata={"doc_id": d.doc_id})
                                           for d in docs])
        embedder = getattr(embeddings, "name", None) or type(embeddings).__name__
        self.store = Chroma(client=client, collection_name=collection_name, embedding_function=embeddings,
                            collection_metadata={"embedder": embedder})
        if (client.get_collection(collection_name).metadata or {}).get("embedder") != embedder:
            self.store.reset_collection()
        wanted = dict(zip(_piece_ids(pieces), pieces))
        existing = set(self.store.get(include=[])["ids"])
        new = [i for i in wanted if i not in existing]
        for start in range(0, len(new), self._ADD_BATCH):
            batch = new[start:start + self._ADD_BATCH]
            self.store.add_documents([wanted[i] for i in batch], ids=batch)
        stale = sorted(existing - wanted.keys())
        if stale:
            self.store.delete(stale)
        self.chunks = len(pieces)
        self.added = len(new)

    def run(self, case: Case) -> Result:
        """Top chunk's first sentence; never refuses (the recipe has no notion of 'not in the corpus')."""
        hits, ms = _timed(lambda: self.store.similarity_search(case.question, k=RETRIEVE_K))
        passages = [Passage(str(h.metadata.get("doc_id", "")), h.page_content) for h in hits]
        if not passages:
            return Result(case, "", False, [], [], ms)
        sentences = split_sentences(passages[0].text)
        return Result(case, sentences[0] if sentences else passages[0].text, True, passages[:1], passages, ms)


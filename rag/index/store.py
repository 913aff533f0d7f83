"""The chunk store: one Chroma collection (embedded or server), read through langchain-chroma.

This side only reads; ``ingest.indexer.Indexer`` writes through the same collection."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from langchain_core.embeddings import Embeddings

from rag.documents import Chunk
from rag.errors import CollectionMismatch
from rag.index.embeddings import embedder_name

_PAGE = 2000  # rows per get(): keeps memory flat on large collections


def build_chroma_client(data_dir: Path, host: str | None = None, port: int = 8000):
    """``HttpClient`` when a server host is configured, else ``PersistentClient`` in ``data_dir``."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if host:
        return chromadb.HttpClient(host=host, port=port, settings=chroma_settings)
    data_dir.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(data_dir), settings=chroma_settings)


def backend_unavailable(exc: BaseException) -> bool:
    """True when ``exc`` (or what caused it) says the Chroma server could not be reached: down, restarting,
    dropping the connection or timing out. Such a failure passes; readers answer 503 and retry."""
    import httpx

    seen = 0
    current: BaseException | None = exc
    while current is not None and seen < 8:
        if isinstance(current, (httpx.TransportError, ConnectionError, TimeoutError)):
            return True
        current = current.__cause__ or current.__context__
        seen += 1
    return False


@dataclass(frozen=True)
class DocumentSummary:
    """One indexed document as listed by ``stats`` and the API."""

    doc_id: str
    title: str
    source: str
    published: str
    chunks: int
    ingested_at: str = ""


class ChunkStore:
    """Opens the collection, lists its chunks and searches it densely through langchain-chroma."""

    def __init__(self, client, collection_name: str, embeddings: Embeddings, kind: str = "persistent") -> None:
        from langchain_chroma import Chroma

        self.client = client
        self.kind = kind  # "persistent" (embedded) or "http" (Chroma server)
        self.embeddings = embeddings
        self.embedder = embedder_name(embeddings)
        self.collection = client.get_or_create_collection(
            collection_name,
            configuration={"hnsw": {"space": "cosine"}},
            metadata={"embedder": self.embedder, "generation": 0},
            embedding_function=None,  # we always pass vectors; never let Chroma fetch a model
        )
        recorded = (self.collection.metadata or {}).get("embedder")
        if recorded and recorded != self.embedder and self.collection.count() > 0:
            raise CollectionMismatch(
                f"Collection '{collection_name}' was built with embedding model '{recorded}', not "
                f"'{self.embedder}'. Set HOIDAP_EMBEDDING_MODEL to that model, or choose another "
                "HOIDAP_COLLECTION and ingest again."
            )
        self.vectorstore = Chroma(client=client, collection_name=collection_name, embedding_function=embeddings)

    def count(self) -> int:
        """Number of chunks stored."""
        return self.collection.count()

    def generation(self) -> int:
        """A counter bumped on every write, so replicas know to rebuild their lexical index."""
        fresh = self.client.get_collection(self.collection.name)
        return int((fresh.metadata or {}).get("generation", 0))

    def ids_for_doc(self, doc_id: str) -> set[str]:
        """Ids of the chunks stored for ``doc_id``."""
        return set(self.collection.get(where={"doc_id": doc_id}, include=[])["ids"])

    def all_chunks(self) -> list[Chunk]:
        """Every stored chunk (paged), for the lexical index and listings."""
        chunks: list[Chunk] = []
        offset = 0
        while True:
            page = self.collection.get(include=["documents", "metadatas"], limit=_PAGE, offset=offset)
            for cid, text, meta in zip(page["ids"], page["documents"], page["metadatas"]):
                chunks.append(Chunk.from_stored(cid, text or "", meta or {}))
            if len(page["ids"]) < _PAGE:
                return chunks
            offset += _PAGE

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        """The chunks of one document, in reading order."""
        page = self.collection.get(where={"doc_id": doc_id}, include=["documents", "metadatas"])
        chunks = [Chunk.from_stored(cid, text or "", meta or {})
                  for cid, text, meta in zip(page["ids"], page["documents"], page["metadatas"])]
        return sorted(chunks, key=lambda c: c.position)

    def dense(self, query: str, k: int, where: dict | None = None) -> list[tuple[Chunk, float]]:
        """Nearest chunks to ``query`` with cosine relevance in [0, 1], optionally filtered by ``where``."""
        if self.count() == 0:
            return []
        hits = self.vectorstore.similarity_search_with_relevance_scores(query, k=min(k, self.count()), filter=where)
        return [(Chunk.from_stored(doc.id or "", doc.page_content, doc.metadata), float(score))
                for doc, score in hits]


def summarise(chunks: list[Chunk]) -> list[DocumentSummary]:
    """One summary per document, sorted by id."""
    by_doc: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        by_doc.setdefault(chunk.doc_id, []).append(chunk)
    return [DocumentSummary(d, cs[0].title, cs[0].source, cs[0].published, len(cs),
                            max(c.ingested_at for c in cs))
            for d, cs in sorted(by_doc.items())]

"""The chunk store: one Chroma collection (embedded or server), read with the chromadb client directly (a dense
query needs ids and distances only, which langchain-chroma's searches cannot ask for; the LangChain baselines in
``eval`` use langchain-chroma).

This side only reads; ``ingest.indexer.Indexer`` writes through the same collection."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from langchain_core.embeddings import Embeddings

from rag.documents import Chunk
from rag.errors import CollectionMismatch
from rag.index.embeddings import embedder_name

_PAGE = 2000  # rows per get(): keeps memory flat on large collections
_DOCS_PER_GET = 200  # documents whose chunks one get() fetches
DOCS_SUFFIX = "-docs"  # the companion collection: one record per document (generation, version, content hash)


def docs_collection_name(collection: str) -> str:
    """The name of the collection that records every document's last write."""
    return f"{collection}{DOCS_SUFFIX}"


@dataclass(frozen=True)
class DocRecord:
    """A document's last write: the generation and unique version of that write, its content hash (``""`` when
    unknown) and whether it was deleted (a tombstone, so replicas learn of deletes)."""

    doc_id: str
    generation: int
    version: str
    content_hash: str = ""
    deleted: bool = False
    chunks: int = 0
    source_hash: str = ""  # the file it came from (bytes, metadata, site), so an unchanged file is not even loaded

    @classmethod
    def from_stored(cls, doc_id: str, meta: dict) -> DocRecord:
        """Rebuild a record from the docs collection's metadata."""
        return cls(doc_id, int(meta.get("gen", 0)), str(meta.get("v", "")), str(meta.get("hash", "")),
                   bool(meta.get("deleted", False)), int(meta.get("chunks", 0)), str(meta.get("source", "")))

    def metadata(self) -> dict[str, str | int | bool]:
        """As stored."""
        return {"gen": self.generation, "v": self.version, "hash": self.content_hash, "deleted": self.deleted,
                "chunks": self.chunks, "source": self.source_hash}


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
    """Opens the collection, lists its chunks and searches it densely."""

    def __init__(self, client, collection_name: str, embeddings: Embeddings, kind: str = "persistent",
                 ef_search: int = 400) -> None:
        self.client = client
        self.kind = kind  # "persistent" (embedded) or "http" (Chroma server)
        self.embeddings = embeddings
        self.embedder = embedder_name(embeddings)
        self.collection = client.get_or_create_collection(
            collection_name,
            configuration={"hnsw": {"space": "cosine", "ef_search": ef_search}},
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
        # Documents and their last write: how a reader (every replica) learns what changed since its generation.
        self.docs = client.get_or_create_collection(docs_collection_name(collection_name), embedding_function=None,
                                                    metadata={"hoidap": "document records"})

    def search_ef(self) -> int | None:
        """The HNSW ``ef_search`` the collection is configured with (None when Chroma does not say)."""
        config = self.client.get_collection(self.collection.name).configuration or {}
        return (config.get("hnsw") or {}).get("ef_search")

    def reachable(self) -> None:
        """Raise the client's error when the store cannot be reached (a Chroma server down); cheap: one
        heartbeat. Readiness asks it, since questions are answered from a snapshot held in memory."""
        self.client.heartbeat()

    def count(self) -> int:
        """Number of chunks stored."""
        return self.collection.count()

    def generation(self) -> int:
        """A counter bumped on every write, so replicas know to rebuild their lexical index."""
        return self.version()[0]

    def version(self) -> tuple[int, str]:
        """The generation and the unique version string of the last write (one cheap call)."""
        meta = self.client.get_collection(self.collection.name).metadata or {}
        return int(meta.get("generation", 0)), str(meta.get("version", ""))

    def doc_records(self, since: int | None = None, ids: list[str] | None = None) -> list[DocRecord]:
        """Document records written at generation ``since`` or later, or those of ``ids`` (batched), or all."""
        records: list[DocRecord] = []
        if ids is not None:
            for i in range(0, len(ids), _PAGE):
                page = self.docs.get(ids=ids[i:i + _PAGE], include=["metadatas"])
                records += [DocRecord.from_stored(d, m or {}) for d, m in zip(page["ids"], page["metadatas"])]
            return records
        where = {"gen": {"$gte": since}} if since is not None else None
        offset = 0
        while True:
            page = self.docs.get(where=where, include=["metadatas"], limit=_PAGE, offset=offset)
            records += [DocRecord.from_stored(d, m or {}) for d, m in zip(page["ids"], page["metadatas"])]
            if len(page["ids"]) < _PAGE:
                return records
            offset += _PAGE

    def chunks_of(self, doc_ids: list[str]) -> list[Chunk]:
        """Every stored chunk of ``doc_ids``, in the store's order (batched by document)."""
        return self.chunks_with_vectors(doc_ids, vectors=False)[0]

    def chunks_with_vectors(self, doc_ids: list[str], vectors: bool = True) -> tuple[list[Chunk], list]:
        """Every stored chunk of ``doc_ids`` in the store's order, and (with ``vectors``) each one's embedding."""
        chunks: list[Chunk] = []
        found: list = []
        include = ["documents", "metadatas", *(["embeddings"] if vectors else [])]
        for i in range(0, len(doc_ids), _DOCS_PER_GET):
            page = self.collection.get(where={"doc_id": {"$in": doc_ids[i:i + _DOCS_PER_GET]}}, include=include)
            chunks += [Chunk.from_stored(cid, text or "", meta or {})
                       for cid, text, meta in zip(page["ids"], page["documents"], page["metadatas"])]
            if vectors:
                found += list(page["embeddings"])
        return chunks, found

    def chunk_ids_of(self, doc_ids: list[str]) -> dict[str, set[str]]:
        """The stored chunk ids of each of ``doc_ids`` (batched: one query per many documents)."""
        found: dict[str, set[str]] = {d: set() for d in doc_ids}
        for i in range(0, len(doc_ids), _DOCS_PER_GET):
            page = self.collection.get(where={"doc_id": {"$in": doc_ids[i:i + _DOCS_PER_GET]}}, include=["metadatas"])
            for cid, meta in zip(page["ids"], page["metadatas"]):
                found.setdefault(str((meta or {}).get("doc_id", "")), set()).add(cid)
        return found

    def ids_for_doc(self, doc_id: str) -> set[str]:
        """Ids of the chunks stored for ``doc_id``."""
        return set(self.collection.get(where={"doc_id": doc_id}, include=[])["ids"])

    def all_chunks(self) -> list[Chunk]:
        """Every stored chunk (paged), for the lexical index and listings."""
        return self.all_chunks_with_vectors(vectors=False)[0]

    def all_chunks_with_vectors(self, vectors: bool = True) -> tuple[list[Chunk], list]:
        """Every stored chunk (paged) and (with ``vectors``) each one's embedding, in the store's order."""
        chunks: list[Chunk] = []
        found: list = []
        include = ["documents", "metadatas", *(["embeddings"] if vectors else [])]
        offset = 0
        while True:
            page = self.collection.get(include=include, limit=_PAGE, offset=offset)
            for cid, text, meta in zip(page["ids"], page["documents"], page["metadatas"]):
                chunks.append(Chunk.from_stored(cid, text or "", meta or {}))
            if vectors:
                found += list(page["embeddings"])
            if len(page["ids"]) < _PAGE:
                return chunks, found
            offset += _PAGE

    def doc_chunks(self, doc_id: str) -> list[Chunk]:
        """The chunks of one document, in reading order."""
        page = self.collection.get(where={"doc_id": doc_id}, include=["documents", "metadatas"])
        chunks = [Chunk.from_stored(cid, text or "", meta or {})
                  for cid, text, meta in zip(page["ids"], page["documents"], page["metadatas"])]
        return sorted(chunks, key=lambda c: c.position)

    def dense(self, query: str | list[float], k: int, where: dict | None = None,
              size: int | None = None) -> list[tuple[str, float]]:
        """Ids of the chunks nearest to ``query`` (a text, or its ``embed_query`` vector) with cosine relevance
        (1 - cosine distance), optionally filtered by ``where``. Only ids and distances cross the wire: the
        snapshot holds the chunks, and the documents and metadata of 30 neighbours were most of the Chroma
        server's and the worker's CPU per question.

        ``size`` is the number of chunks when the caller knows it (a snapshot does), sparing a count()."""
        size = self.count() if size is None else size
        if size == 0:
            return []
        vector = self.embeddings.embed_query(query) if isinstance(query, str) else query
        found = self.collection.query(query_embeddings=[vector], n_results=min(k, size), where=where,
                                      include=["distances"])
        return [(chunk_id, 1.0 - float(distance)) for chunk_id, distance in zip(found["ids"][0],
                                                                              found["distances"][0])]

    def query_vector(self, query: str) -> list[float]:
        """``query`` embedded as a question (what ``dense`` and ``cosines`` take)."""
        return self.embeddings.embed_query(query)

    def cosines(self, vector: list[float], ids: list[str]) -> dict[str, float]:
        """The cosine relevance of each of ``ids`` to a query's ``vector`` (ids the store lacks are left out)."""
        if not ids:
            return {}
        from chromadb.errors import ChromaError  # loaded with the client already

        try:
            found = self.collection.query(query_embeddings=[vector], ids=ids, n_results=len(ids),
                                          include=["distances"])
        except ChromaError:
            # A Chroma server asked for an id another replica has just deleted fails the whole query ("Error finding
            # id"): those passages keep no cosine until this replica's snapshot catches up with the write.
            return {}
        return {chunk_id: 1.0 - float(distance) for chunk_id, distance in zip(found["ids"][0],
                                                                              found["distances"][0])}


def summarise(chunks: list[Chunk]) -> list[DocumentSummary]:
    """One summary per document, sorted by id."""
    by_doc: dict[str, list[Chunk]] = {}
    for chunk in chunks:
        by_doc.setdefault(chunk.doc_id, []).append(chunk)
    return [DocumentSummary(d, cs[0].title, cs[0].source, cs[0].published, len(cs),
                            max(c.ingested_at for c in cs))
            for d, cs in sorted(by_doc.items())]

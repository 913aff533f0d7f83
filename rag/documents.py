"""The data that moves through hoidap: source documents, chunks, passages, citations, answers."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from pydantic import Field


@dataclass(frozen=True)
class SourceDocument:
    """A cleaned document ready for chunking. ``text`` is NFC, page chrome removed."""

    doc_id: str
    title: str
    text: str
    source: str = ""
    published: str = ""
    path: str = ""


def index_text_of(title: str, heading: str, text: str) -> str:
    """A chunk's index text: its title, heading and text, each on its own line (the empty ones left out)."""
    return "\n".join(p for p in (title, heading, text) if p)


@dataclass(frozen=True)
class Chunk:
    """A retrievable unit. ``text`` is the original wording; ``index_text`` adds title and heading."""

    chunk_id: str
    doc_id: str
    title: str
    text: str
    index_text: str
    position: int
    heading: str = ""
    ordinal: int = 0
    item_label: str = ""
    source: str = ""
    published: str = ""
    refs: tuple[str, ...] = ()
    ingested_at: str = ""  # ISO time the chunk was first stored (unchanged chunks keep theirs)
    mentions: str = ""  # JSON list of the directive mentions in ``text`` ("" = not extracted yet)
    # Where a statute chunk stands (empty for other documents): Phần, Chương, Mục, Điều, khoản, điểm, and
    # how a citation names it ("Điều 38, khoản 2"; the article left out when the title names it).
    part: str = ""
    chapter: str = ""
    section: str = ""
    article: str = ""
    clause: int = 0
    point: str = ""
    locator: str = ""
    file_name: str = ""  # the file the chunk came from (its base name): tells two files of one id apart

    @property
    def cited_place(self) -> str:
        """Where a citation says a statute chunk stands: its locator, or the article alone when the title names
        it and the article has no clauses ("Điều 75"); empty for other documents."""
        return self.locator or (f"Điều {self.article}" if self.article else "")

    @property
    def indexed(self) -> str:
        """The text BM25 reads and the embedder embeds: ``index_text``, or (a snapshot's slim copy leaves it out,
        since it is derived) the title, heading and text joined as chunking joins them."""
        return self.index_text or index_text_of(self.title, self.heading, self.text)

    def metadata(self) -> dict[str, str | int]:
        """Flat metadata as stored in Chroma (strings and ints only)."""
        return {
            "doc_id": self.doc_id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "heading": self.heading,
            "ordinal": self.ordinal,
            "item_label": self.item_label,
            "position": self.position,
            "refs": " ".join(self.refs),
            "index_text": self.indexed,
            "ingested_at": self.ingested_at,
            "mentions": self.mentions,
            "part": self.part,
            "chapter": self.chapter,
            "section": self.section,
            "article": self.article,
            "clause": self.clause,
            "point": self.point,
            "locator": self.locator,
            "file_name": self.file_name,
        }

    @classmethod
    def from_stored(cls, chunk_id: str, text: str, meta: dict) -> Chunk:
        """Rebuild a chunk from what the store returns."""
        refs = tuple(str(meta.get("refs", "")).split())
        return cls(
            chunk_id=chunk_id,
            doc_id=str(meta.get("doc_id", "")),
            title=str(meta.get("title", "")),
            text=text,
            index_text=str(meta.get("index_text", text)),
            position=int(meta.get("position", 0)),
            heading=str(meta.get("heading", "")),
            ordinal=int(meta.get("ordinal", 0)),
            item_label=str(meta.get("item_label", "")),
            source=str(meta.get("source", "")),
            published=str(meta.get("published", "")),
            refs=refs,
            ingested_at=str(meta.get("ingested_at", "")),
            mentions=str(meta.get("mentions", "")),
            part=str(meta.get("part", "")),
            chapter=str(meta.get("chapter", "")),
            section=str(meta.get("section", "")),
            article=str(meta.get("article", "")),
            clause=int(meta.get("clause", 0) or 0),
            point=str(meta.get("point", "")),
            locator=str(meta.get("locator", "")),
            file_name=str(meta.get("file_name", "")),
        )


@dataclass(frozen=True)
class Passage:
    """A chunk returned by retrieval, with its fused score (higher is better)."""

    chunk: Chunk
    score: float
    dense: float = 0.0  # cosine relevance of question and chunk in [0, 1] (0 when dense search missed it)


@dataclass(frozen=True)
class PassageRef:
    """A passage as a search hit or a citation shows it: where it comes from and its text, as stored."""

    doc_id: str
    title: str
    source: str
    chunk_id: str
    text: str
    score: float
    locator: Annotated[str, Field(description="Where a statute passage stands, e.g. \"Điều 38, khoản 2\" "
                                              "(empty for other documents).")] = ""


@dataclass(frozen=True)
class Citation(PassageRef):
    """What an answer's ``[n]`` points at."""

    n: int = 0
    quote: Annotated[str, Field(description="The sentence(s) of `text` the answer relies on, verbatim "
                                            "(for highlighting).")] = ""


@dataclass(frozen=True)
class Answer:
    """An answer with its citations; ``grounded`` is False for a refusal.

    ``query`` is the question as understood: a follow-up gets the subject of the earlier turns.
    """

    answer: str
    grounded: bool
    citations: list[Citation] = field(default_factory=list)
    kind: str = "other"
    query: str = ""
    mode: str = "extractive"  # "llm" when a verified generated answer is returned
    removed: list[str] = field(default_factory=list)  # what verification dropped or corrected, and why
    warning: str = ""  # why the LLM path was not used (server down, timeout, nothing verified)


@dataclass(frozen=True)
class SearchFilter:
    """Restrict retrieval to some documents and/or sources (empty means no restriction)."""

    doc_ids: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.doc_ids or self.sources)

    def matches(self, chunk: Chunk) -> bool:
        """True when ``chunk`` passes the filter."""
        return (not self.doc_ids or chunk.doc_id in self.doc_ids) and \
            (not self.sources or chunk.source in self.sources)

    def chroma_where(self) -> dict | None:
        """The same filter as a Chroma ``where`` clause."""
        clauses: list[dict] = []
        if self.doc_ids:
            clauses.append({"doc_id": {"$in": list(self.doc_ids)}})
        if self.sources:
            clauses.append({"source": {"$in": list(self.sources)}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}


@dataclass(frozen=True)
class IngestReport:
    """What one ingest run did."""

    documents: int = 0
    chunks: int = 0
    added: int = 0
    removed: int = 0
    embedded: int = 0
    unchanged_documents: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def plus(self, other: IngestReport) -> IngestReport:
        """Two runs' reports added up (an ingest done in parts)."""
        return IngestReport(
            self.documents + other.documents, self.chunks + other.chunks, self.added + other.added,
            self.removed + other.removed, self.embedded + other.embedded,
            self.unchanged_documents + other.unchanged_documents, self.skipped + other.skipped,
            self.seconds + other.seconds)

    @property
    def chunks_per_second(self) -> float:
        """Embedded chunks per second (0 when nothing was embedded)."""
        return self.embedded / self.seconds if self.seconds > 0 and self.embedded else 0.0

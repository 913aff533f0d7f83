"""Request and response models: the JSON contract integrators build on."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, field_validator

MAX_QUESTION_CHARS = 2000


def _require_text(value: str, message: str) -> str:
    """Reject whitespace-only text with a message that says what to type."""
    if not value.strip():
        raise ValueError(message)
    return value


class Turn(BaseModel):
    """One earlier message of the conversation."""

    role: Literal["user", "assistant"]
    content: str = Field(..., max_length=20000)


class AskRequest(BaseModel):
    """A question, optionally with the conversation so far."""

    question: str = Field(..., min_length=1, max_length=MAX_QUESTION_CHARS,
                          examples=["Kết luận 21-KL/TW được ban hành ngày nào?"])
    history: list[Turn] = Field(default_factory=list, max_length=50)
    top_k: int | None = Field(None, ge=1, le=50, description="Passages to read (default HOIDAP_TOP_K).")

    @field_validator("question")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        return _require_text(value, "the question is empty: type a question, e.g. 'Kết luận 21 ban hành ngày nào?'")


class CitationOut(BaseModel):
    """The passage an answer's ``[n]`` points at, as stored (original spelling)."""

    n: int
    doc_id: str
    title: str
    source: str
    chunk_id: str
    text: str
    score: float


class AskResponse(BaseModel):
    """An answer quoted from the corpus, or a refusal (``grounded: false``)."""

    answer: str
    grounded: bool
    citations: list[CitationOut]


class SearchRequest(BaseModel):
    """A search over the indexed passages."""

    query: str = Field(..., min_length=1, max_length=MAX_QUESTION_CHARS, examples=["KL 21 Nghệ An giải pháp"])
    top_k: int | None = Field(None, ge=1, le=50)

    @field_validator("query")
    @classmethod
    def _not_blank(cls, value: str) -> str:
        return _require_text(value, "the query is empty: type some words to search for")


class SearchHit(BaseModel):
    """One passage found, best first."""

    doc_id: str
    title: str
    source: str
    chunk_id: str
    text: str
    score: float


class SearchResponse(BaseModel):
    """Passages best first."""

    results: list[SearchHit]


class Health(BaseModel):
    """Liveness."""

    status: Literal["ok"] = "ok"

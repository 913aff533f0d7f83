"""The OpenAI chat protocol (``GET /v1/models``, ``POST /v1/chat/completions``, with and without ``stream``),
answered by the same pipeline. The citations travel with the reply: as a ``citations`` field on the
completion and on the final stream chunk, so chat clients do not lose the sources."""

from __future__ import annotations

import json
import re
import time
import uuid
from collections.abc import Iterator
from typing import Annotated, Literal

from fastapi import APIRouter, Body
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from api.deps import UNAVAILABLE, PipelineDep, error_doc
from api.errors import ApiError
from api.schemas import MAX_QUESTION_CHARS, MAX_TURN_CHARS, MAX_TURNS, CitationOut
from rag.vi.text import has_content

MODEL_ID = "hoidap"
# OpenAI's clients expect a bad request as 400, never 422 (api.app drops FastAPI's automatic 422 here).
router = APIRouter(tags=["OpenAI-compatible"], responses={**UNAVAILABLE})
_CHAT_RESPONSES = {200: {"content": {"text/event-stream": {}},
                        "description": "JSON, or server-sent events with `\"stream\": true`"},
                   400: error_doc("Yêu cầu không hợp lệ (OpenAI: invalid_request_error)"),
                   404: error_doc("Không có mô hình này (model_not_found)"),
                   413: error_doc("Thân yêu cầu quá lớn (body_too_large)")}


class ChatMessage(BaseModel):
    """One OpenAI chat message; content may be a string or a list of parts (text parts are read)."""

    model_config = ConfigDict(extra="allow", strict=True)

    role: Literal["system", "developer", "user", "assistant", "tool"]
    content: str | list[dict] | None = None

    def text(self) -> str:
        """The message's text."""
        if isinstance(self.content, str):
            return self.content
        return " ".join(str(p.get("text", "")) for p in self.content or [] if p.get("type") in ("text", None))


class ChatRequest(BaseModel):
    """An OpenAI chat completion request; sampling options are accepted and ignored (answers are quoted)."""

    model_config = ConfigDict(extra="allow", strict=True)  # "stream": 0 is rejected, not read as false

    model: str = MODEL_ID
    messages: list[ChatMessage] = Field(..., min_length=1, max_length=100)
    stream: bool = False


_EXAMPLE = {"model": "hoidap", "messages": [
    {"role": "user", "content": "Kết luận 14-KL/TW ban hành ngày nào?"},
    {"role": "assistant", "content": "22/09/2021 [1]"},
    {"role": "user", "content": "Nó do cơ quan nào ban hành?"}]}


def _question_and_history(body: ChatRequest) -> tuple[str, list[dict]]:
    if body.model != MODEL_ID:
        raise ApiError(404, "model_not_found", f"The model '{body.model}' does not exist; use '{MODEL_ID}'.")
    turns = [(m.role, m.text().strip()) for m in body.messages if m.role in ("user", "assistant")]
    last_user = max((i for i, (role, text) in enumerate(turns) if role == "user" and text), default=None)
    if last_user is None:
        raise ApiError(400, "invalid_request_error", "messages: no user message with text; the last user message "
                                                     "is the question.")
    question = turns[last_user][1]
    if not has_content(question):
        raise ApiError(400, "invalid_request_error", "messages: the last user message has no words; ask about a "
                                                     "document in words, e.g. 'Kết luận 21 ban hành ngày nào?'")
    if len(question) > MAX_QUESTION_CHARS:
        raise ApiError(400, "invalid_request_error",
                       f"messages: the question is over {MAX_QUESTION_CHARS} characters; shorten it.")
    history = [{"role": role, "content": text[:MAX_TURN_CHARS]} for role, text in turns[:last_user] if text]
    history = history[-MAX_TURNS:]
    return question, history


def _citations(answer) -> list[dict]:
    return [CitationOut(**c.__dict__).model_dump() for c in answer.citations]


def _chunk(cid: str, created: int, delta: dict, finish: str | None = None, **extra) -> str:
    body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": MODEL_ID,
            "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
    return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"


def _stream(answer, cid: str, created: int) -> Iterator[str]:
    yield _chunk(cid, created, {"role": "assistant", "content": ""})
    for piece in re.findall(r"\S+\s*|\s+", answer.answer):
        yield _chunk(cid, created, {"content": piece})
    yield _chunk(cid, created, {}, "stop", citations=_citations(answer), grounded=answer.grounded,
                 mode=answer.mode, removed=answer.removed, warning=answer.warning)
    yield "data: [DONE]\n\n"


@router.get("/v1/models", summary="Các mô hình (OpenAI)")
def list_models() -> dict:
    """The one model this server offers: ``hoidap``."""
    return {"object": "list", "data": [{"id": MODEL_ID, "object": "model", "created": 0, "owned_by": "hoidap"}]}


@router.post("/v1/chat/completions", summary="Hỏi đáp theo giao thức OpenAI", responses=_CHAT_RESPONSES)
def chat_completions(body: Annotated[ChatRequest, Body(openapi_examples={"hoi_tiep": {
        "summary": "Câu hỏi tiếp theo", "value": _EXAMPLE}})], pipeline: PipelineDep):
    """The last user message is the question, earlier messages the history. The reply's content carries
    ``[n]`` markers; ``citations`` (same shape as ``/v1/ask``) and ``grounded`` come with it."""
    question, history = _question_and_history(body)
    answer = pipeline.ask(question, history=history)
    cid, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
    if body.stream:
        return StreamingResponse(_stream(answer, cid, created), media_type="text/event-stream")
    return {"id": cid, "object": "chat.completion", "created": created, "model": MODEL_ID,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer.answer},
                         "finish_reason": "stop"}],
            "citations": _citations(answer), "grounded": answer.grounded, "query": answer.query,
            "mode": answer.mode, "removed": answer.removed, "warning": answer.warning}

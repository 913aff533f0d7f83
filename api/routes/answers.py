"""Questions and search: ``POST /v1/ask`` and ``POST /v1/search``."""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator
from typing import Annotated

from fastapi import APIRouter, Body
from fastapi.responses import StreamingResponse

from api.deps import BODY_ERRORS, UNAVAILABLE, PipelineDep
from api.errors import ApiError
from api.schemas import (
    AskRequest,
    AskResponse,
    CitationOut,
    Filters,
    SearchHit,
    SearchRequest,
    SearchResponse,
)
from rag.documents import SearchFilter
from service.pipeline import Pipeline

router = APIRouter(tags=["hỏi đáp"], responses={**BODY_ERRORS, **UNAVAILABLE})

_ASK_EXAMPLES = {
    "ngay_ban_hanh": {"summary": "Ngày ban hành", "value": {"question": "Kết luận 21-KL/TW được ban hành ngày nào?"}},
    "khong_dau": {"summary": "Gõ không dấu, viết tắt", "value": {"question": "kl 21 ban hanh ngay nao"}},
    "hoi_tiep": {"summary": "Câu hỏi tiếp theo (history)", "value": {
        "question": "Nó do cơ quan nào ban hành?",
        "history": [{"role": "user", "content": "Kết luận 14-KL/TW ban hành ngày nào?"},
                    {"role": "assistant", "content": "22/09/2021 [1]"}]}},
    "loc": {"summary": "Chỉ đọc một văn bản", "value": {
        "question": "Giải pháp thứ năm là gì?", "top_k": 5,
        "filters": {"doc_ids": ["nghe-an-nhiem-vu-giai-phap-kl21"]}}},
}
_SEARCH_EXAMPLES = {
    "tu_khoa": {"summary": "Tìm theo từ khóa", "value": {"query": "KL 21 Nghệ An giải pháp", "top_k": 5}},
    "theo_nguon": {"summary": "Lọc theo nguồn", "value": {"query": "giám sát Kết luận 21",
                                                          "filters": {"sources": ["Baonghean.vn"]}}},
}


def _search_filter(filters: Filters | None, pipeline: Pipeline) -> SearchFilter | None:
    """The filter, after checking that its ids and sources exist (a typo should not look like 'no answer')."""
    if not filters or not (filters.doc_ids or filters.sources):
        return None
    known_ids, known_sources = pipeline.known_doc_ids_and_sources()
    unknown = [d for d in filters.doc_ids if d not in known_ids]
    if unknown:
        raise ApiError(422, "unknown_document", f"filters.doc_ids: no indexed document '{unknown[0]}'; "
                                                "GET /v1/documents lists the ids.")
    unknown = [s for s in filters.sources if s not in known_sources]
    if unknown:
        raise ApiError(422, "unknown_source", f"filters.sources: no indexed document has source '{unknown[0]}'; "
                                              "GET /v1/documents lists the sources.")
    return SearchFilter(tuple(filters.doc_ids), tuple(filters.sources))


@router.post("/v1/ask", response_model=AskResponse, summary="Hỏi đáp có trích dẫn",
             responses={200: {"content": {"text/event-stream": {}},
                              "description": "JSON, or server-sent events with `\"stream\": true`"}})
def ask(body: Annotated[AskRequest, Body(openapi_examples=_ASK_EXAMPLES)], pipeline: PipelineDep):
    """Answer a question by quoting the corpus; each ``[n]`` in ``answer`` is a ``citations[].n``.
    ``grounded`` is false, with no citations, when the documents do not contain the answer."""
    where = _search_filter(body.filters, pipeline)
    history = [t.model_dump() for t in body.history]
    if body.stream:
        events = pipeline.ask_stream(body.question, history=history, top_k=body.top_k, where=where)
        first = next(events)  # retrieval runs here, so its failures are still a JSON status, not a broken stream
        return StreamingResponse(_sse(itertools.chain([first], events)), media_type="text/event-stream")
    return _response(pipeline.ask(body.question, history=history, top_k=body.top_k, where=where))


def _response(result) -> AskResponse:
    return AskResponse(
        answer=result.answer, grounded=result.grounded, query=result.query, mode=result.mode,
        removed=result.removed, warning=result.warning,
        citations=[CitationOut(**c.__dict__) for c in result.citations],
    )


def _sse(events) -> Iterator[str]:
    for event, value in events:
        if event == "token":
            yield f"event: token\ndata: {json.dumps({'text': value}, ensure_ascii=False)}\n\n"
        else:
            yield f"event: answer\ndata: {_response(value).model_dump_json()}\n\n"


@router.post("/v1/search", response_model=SearchResponse, summary="Tìm đoạn văn")
def search(body: Annotated[SearchRequest, Body(openapi_examples=_SEARCH_EXAMPLES)],
           pipeline: PipelineDep) -> SearchResponse:
    """Hybrid (BM25 + dense) search over the indexed passages, best first."""
    where = _search_filter(body.filters, pipeline)
    passages = pipeline.search(body.query, top_k=body.top_k, where=where)
    return SearchResponse(results=[
        SearchHit(doc_id=p.chunk.doc_id, title=p.chunk.title, source=p.chunk.source,
                  chunk_id=p.chunk.chunk_id, text=p.chunk.text, score=p.score, locator=p.chunk.locator)
        for p in passages
    ])

"""Liveness and readiness."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends

from api.deps import get_service
from api.errors import ApiError
from api.schemas import ErrorBody, Health, Ready
from service.state import Service

router = APIRouter(tags=["hệ thống"])


@router.get("/health", response_model=Health, summary="Tiến trình còn sống (liveness)",
            responses={503: {"model": ErrorBody, "description": "Khởi động thất bại hẳn (startup_failed)"}})
def health(service: Annotated[Service, Depends(get_service)]) -> Health:
    """``{"status": "ok"}`` while the process serves, also while the index loads or the Chroma server is away;
    503 ``startup_failed`` once start-up has failed for good (a restart is needed)."""
    if service.error:
        service.require()  # raises the 503 with the cause
    return Health()


@router.get("/ready", response_model=Ready, summary="Sẵn sàng trả lời (readiness)",
            responses={503: {"model": ErrorBody, "description": "Đang tải chỉ mục, lỗi khởi động hoặc kho trống"}})
def ready(service: Annotated[Service, Depends(get_service)]) -> Ready:
    """200 with the index's size, embedder and store once the index is loaded and holds documents;
    503 with a JSON reason and ``Retry-After`` otherwise: loading, the Chroma server unreachable (it recovers by
    itself when the server is back), empty, or failed to start."""
    pipeline = service.require()
    pipeline.retriever.check_store()  # an unreachable Chroma server is a 503 with Retry-After (the error handler's)
    stats = pipeline.stats()
    if stats["chunks"] == 0:
        raise ApiError(503, "index_empty", "The index holds no documents: run `hoidap ingest PATH` or upload one "
                                           "with POST /v1/documents.", {"Retry-After": "30"})
    return Ready(documents=stats["documents"], chunks=stats["chunks"], embedder=stats["embedder"],
                 store=stats["store"], collection=stats["collection"], dense_search=stats["dense_search"])

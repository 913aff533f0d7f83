"""Liveness and readiness."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from api.deps import get_service
from api.errors import error_response
from api.schemas import ErrorBody, Health, Ready
from service.state import Service

router = APIRouter(tags=["hệ thống"])


@router.get("/health", response_model=Health, summary="Tiến trình còn sống (liveness)")
def health() -> Health:
    """Always ``{"status": "ok"}`` while the process is serving, even while the index loads."""
    return Health()


@router.get("/ready", response_model=Ready, summary="Sẵn sàng trả lời (readiness)",
            responses={503: {"model": ErrorBody, "description": "Đang tải chỉ mục, lỗi khởi động hoặc kho trống"}})
def ready(service: Annotated[Service, Depends(get_service)]) -> Ready | JSONResponse:
    """200 with the index's size, embedder and store once the index is loaded and holds documents;
    503 with a JSON reason before that (loading, failed to start, or empty)."""
    pipeline = service.require()
    stats = pipeline.stats()
    if stats["chunks"] == 0:
        return error_response(503, "index_empty", "The index holds no documents: run `hoidap ingest PATH` or "
                                                  "upload one with POST /v1/documents.")
    return Ready(documents=stats["documents"], chunks=stats["chunks"], embedder=stats["embedder"],
                 store=stats["store"], collection=stats["collection"])

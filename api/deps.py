"""FastAPI dependencies on the service (the pipeline, 503 while it loads; the write worker) and the error
statuses the OpenAPI description lists for them."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.schemas import ErrorBody
from api.writer import WriteWorker
from service.pipeline import Pipeline
from service.state import Service


def get_service(request: Request) -> Service:
    """The app's service object."""
    return request.app.state.service


def get_pipeline(request: Request) -> Pipeline:
    """The pipeline, or 503 while it loads."""
    return get_service(request).require()


def get_writer(request: Request) -> WriteWorker:
    """The thread uploads and deletes run on."""
    return request.app.state.writer


PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
WriterDep = Annotated[WriteWorker, Depends(get_writer)]


def error_doc(description: str) -> dict:
    """An error status for the OpenAPI description: the JSON error body and what it means."""
    return {"model": ErrorBody, "description": description}


# The 503 every endpoint that reads the index may answer (with Retry-After), for the OpenAPI description.
UNAVAILABLE = {503: error_doc("Chưa sẵn sàng: đang tải chỉ mục (not_ready), máy chủ Chroma không truy cập được "
                           "(backend_unavailable) hoặc quá tải (overloaded); có Retry-After")}
INVALID = {422: error_doc("Yêu cầu không hợp lệ (invalid_request, với detail)")}
# Endpoints with a JSON body: an unreadable body (not UTF-8) is 400, an oversized one 413.
BODY_ERRORS = {400: error_doc("Thân yêu cầu không đọc được (không phải UTF-8)"),
               413: error_doc("Thân yêu cầu quá lớn (body_too_large)"), **INVALID}
KEY_ERRORS = {401: error_doc("Thiếu API key (api_key_required)"),
              403: error_doc("API key sai (invalid_api_key), hoặc chưa cấu hình HOIDAP_API_KEYS")}

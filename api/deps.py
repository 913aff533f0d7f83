"""FastAPI dependencies on the service: the pipeline (503 while it loads) and its OpenAPI description."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from api.schemas import ErrorBody
from service.pipeline import Pipeline
from service.state import Service


def get_service(request: Request) -> Service:
    """The app's service object."""
    return request.app.state.service


def get_pipeline(request: Request) -> Pipeline:
    """The pipeline, or 503 while it loads."""
    return get_service(request).require()


PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
# The 503 every endpoint that reads the index may answer while it loads (for the OpenAPI description).
LOADING_RESPONSE = {503: {"model": ErrorBody, "description": "Chỉ mục đang tải"}}

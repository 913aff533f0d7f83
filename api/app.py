"""The FastAPI app factory; nothing is built at import time."""

from __future__ import annotations

from contextlib import asynccontextmanager
from typing import Annotated

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from api.schemas import AskRequest, AskResponse, CitationOut, Health, SearchHit, SearchRequest, SearchResponse
from rag.errors import DocumentNotFound, HoidapError
from rag.pipeline import Pipeline, build_pipeline
from rag.settings import Settings


def get_pipeline(request: Request) -> Pipeline:
    """The pipeline this app serves (one per process, shared by every request)."""
    return request.app.state.pipeline


PipelineDep = Annotated[Pipeline, Depends(get_pipeline)]
router = APIRouter()


@router.get("/health", response_model=Health, tags=["system"], summary="Liveness")
def health() -> Health:
    """Always ``{"status": "ok"}`` while the process is serving."""
    return Health()


@router.post("/v1/ask", response_model=AskResponse, tags=["answers"], summary="Hỏi đáp có trích dẫn")
def ask(body: AskRequest, pipeline: PipelineDep) -> AskResponse:
    """Answer a question by quoting the corpus; each ``[n]`` in ``answer`` is a ``citations[].n``.
    ``grounded`` is false when the documents do not contain the answer."""
    history = [t.model_dump() for t in body.history]
    result = pipeline.ask(body.question, history=history, top_k=body.top_k)
    return AskResponse(
        answer=result.answer, grounded=result.grounded,
        citations=[CitationOut(**c.__dict__) for c in result.citations],
    )


@router.post("/v1/search", response_model=SearchResponse, tags=["answers"], summary="Tìm đoạn văn")
def search(body: SearchRequest, pipeline: PipelineDep) -> SearchResponse:
    """Hybrid (BM25 + dense) search over the indexed passages, best first."""
    passages = pipeline.search(body.query, top_k=body.top_k)
    return SearchResponse(results=[
        SearchHit(doc_id=p.chunk.doc_id, title=p.chunk.title, source=p.chunk.source,
                  chunk_id=p.chunk.chunk_id, text=p.chunk.text, score=p.score)
        for p in passages
    ])


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        parts.append(f"{where or 'body'}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def create_app(settings: Settings | None = None, pipeline: Pipeline | None = None) -> FastAPI:
    """Build the app; the pipeline is built from ``settings`` at startup unless one is given."""

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        if getattr(app.state, "pipeline", None) is None:
            app.state.pipeline = build_pipeline(settings or Settings())
        yield

    app = FastAPI(
        title="hoidap",
        summary="Hỏi đáp có trích dẫn trên văn bản của Đảng và Nhà nước",
        version="0.1.0",
        lifespan=lifespan,
    )
    app.state.pipeline = pipeline
    app.include_router(router)

    @app.exception_handler(RequestValidationError)
    async def _invalid(_: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse(status_code=422, content={
            "error": "invalid_request", "message": _validation_message(exc),
            "detail": [{k: e[k] for k in ("type", "loc", "msg") if k in e} for e in exc.errors()],
        })

    @app.exception_handler(DocumentNotFound)
    async def _not_found(_: Request, exc: DocumentNotFound) -> JSONResponse:
        return JSONResponse(status_code=404, content={"error": "not_found", "message": str(exc)})

    @app.exception_handler(HoidapError)
    async def _hoidap(_: Request, exc: HoidapError) -> JSONResponse:
        return JSONResponse(status_code=500, content={"error": type(exc).__name__, "message": str(exc)})

    return app

"""The FastAPI app factory: the /v1 API, health and readiness, and the Gradio chat at /ui."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import Depends, FastAPI
from fastapi.responses import RedirectResponse

from api.auth import require_read_key
from api.capacity import Capacity, Gate
from api.connections import RecycleConnections
from api.deps import KEY_ERRORS
from api.docs import DOCS_URL, install_docs
from api.errors import OPENAI_PATHS, install_error_handlers
from api.headers import SecurityHeaders, install_cors
from api.limits import UploadLimit
from api.request_context import RequestContext
from api.routes import answers, directives, documents, openai, system
from api.writer import WriteWorker
from rag.settings import Settings
from service.pipeline import Pipeline
from service.state import Service

UI_PATH = "/ui"
_DESCRIPTION = """
Hỏi đáp có trích dẫn trên văn bản của Đảng và Nhà nước (kết luận, nghị quyết, quy định, chỉ thị, kế hoạch).

* Mọi câu trả lời trích nguyên văn từ kho tài liệu, mỗi `[n]` là một phần tử `citations` có `n` tương ứng.
* `grounded: false` nghĩa là kho tài liệu không có câu trả lời.
* Các thao tác ghi (tải lên, xóa) cần API key: `Authorization: Bearer <key>` hoặc `X-API-Key: <key>`.
* Lỗi luôn là JSON `{"error": {"code": "...", "message": "...", "request_id": "..."}}`; mã yêu cầu cũng ở header
  `X-Request-ID` (gửi kèm `X-Request-ID` của bạn để dò theo). 503 luôn kèm `Retry-After`.

Giao diện hỏi đáp: [/ui](/ui).
"""


class _App(FastAPI):
    """FastAPI with the request id and the security headers outside the whole middleware stack, so that they are
    on every response (the API's, the docs', Gradio's, a 500) and no exception gets past the app."""

    def build_middleware_stack(self):
        return SecurityHeaders(RequestContext(super().build_middleware_stack()))


def create_app(settings: Settings | None = None, pipeline: Pipeline | None = None, ui: bool = True) -> FastAPI:
    """Build the app. Without ``pipeline``, it is built from ``settings`` in the background at startup
    (``/ready`` answers 503 until then); ``ui`` mounts the Gradio chat at /ui."""
    settings = settings or Settings()
    service = Service(settings, pipeline)
    writer = WriteWorker()

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        service.start_loading()
        yield
        writer.close()

    app = _App(
        title="hoidap",
        summary="Hỏi đáp có trích dẫn trên văn bản của Đảng và Nhà nước",
        description=_DESCRIPTION,
        version="0.2.0",
        lifespan=lifespan,
        docs_url=None,  # install_docs serves /docs and /redoc from packaged assets instead of a CDN
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.service = service
    app.state.writer = writer
    install_error_handlers(app)
    app.add_middleware(UploadLimit, path="/v1/documents", max_bytes=settings.max_upload_bytes())
    # Outside the body limit: a request turned away for load is never read.
    app.state.read_gate = Gate(settings.max_concurrent, settings.max_queue)
    app.state.write_gate = Gate(1, settings.max_queued_writes)
    app.add_middleware(Capacity, reads=app.state.read_gate, writes=app.state.write_gate)
    install_cors(app, settings.cors_origins)  # outside UploadLimit and Capacity: their errors reach the page too
    if settings.workers > 1:  # the kernel deals connections to the workers; a lopsided deal must not last
        app.add_middleware(RecycleConnections, every=settings.connection_requests)
    install_docs(app)
    app.include_router(system.router)
    # Reads need a key only with HOIDAP_REQUIRE_KEY_FOR_READ; only then does the OpenAPI say so (and list 401/403).
    locked = settings.require_key_for_read
    for routes in (answers, documents, directives, openai):
        app.include_router(routes.router, dependencies=[Depends(require_read_key)] if locked else None,
                           responses=KEY_ERRORS if locked else None)
    app.include_router(documents.writes)
    _openai_errors_are_400(app)

    @app.get("/", include_in_schema=False)
    def _root() -> RedirectResponse:
        return RedirectResponse(f"{UI_PATH}/" if ui else DOCS_URL)

    if ui:
        import gradio as gr

        from api.ui_guard import UiGuard
        from api.ui_page import UiPage
        from ui.chat import build_ui
        from ui.page import CSS, HEAD, theme

        # Every Gradio route follows the API's key policy (reads with HOIDAP_REQUIRE_KEY_FOR_READ, uploads always);
        # outside it, the page's language and CSP (on the key page too).
        app.add_middleware(UiGuard, settings=settings, prefix=UI_PATH)
        app.add_middleware(UiPage, prefix=UI_PATH)
        blocks = build_ui(service)
        app = gr.mount_gradio_app(app, blocks, path=UI_PATH, footer_links=["api"], theme=theme(), css=CSS,
                                  head=HEAD,
                                  max_file_size=settings.max_upload_bytes())
    return app


def _openai_errors_are_400(app: FastAPI) -> None:
    """Drop the 422 FastAPI adds to every operation with a body from the OpenAI-compatible paths, which answer
    a bad request with 400 as OpenAI does."""
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            spec = build()  # also stored in app.openapi_schema
            for path in OPENAI_PATHS:
                for operation in spec["paths"].get(path, {}).values():
                    operation.get("responses", {}).pop("422", None)
        return app.openapi_schema

    app.openapi = openapi


"""The FastAPI app factory: the /v1 API, health and readiness, and the Gradio chat at /ui."""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

from api.docs import DOCS_URL, install_docs
from api.errors import install_error_handlers
from api.headers import SecurityHeaders, install_cors
from api.limits import UploadLimit
from api.routes import answers, directives, documents, openai, system
from rag.settings import Settings
from service.pipeline import Pipeline
from service.state import Service

UI_PATH = "/ui"
_DESCRIPTION = """
Hỏi đáp có trích dẫn trên văn bản của Đảng và Nhà nước (kết luận, nghị quyết, quy định, chỉ thị, kế hoạch).

* Mọi câu trả lời trích nguyên văn từ kho tài liệu, mỗi `[n]` là một phần tử `citations` có `n` tương ứng.
* `grounded: false` nghĩa là kho tài liệu không có câu trả lời.
* Các thao tác ghi (tải lên, xóa) cần API key: `Authorization: Bearer <key>` hoặc `X-API-Key: <key>`.
* Lỗi luôn là JSON `{"error": "...", "message": "..."}`.

Giao diện hỏi đáp: [/ui](/ui).
"""


class _App(FastAPI):
    """FastAPI with the security headers outside the whole middleware stack, so that they are on every response:
    the API's, the docs', Gradio's, and the 500 that Starlette's outermost error middleware writes."""

    def build_middleware_stack(self):
        return SecurityHeaders(super().build_middleware_stack())


def create_app(settings: Settings | None = None, pipeline: Pipeline | None = None, ui: bool = True) -> FastAPI:
    """Build the app. Without ``pipeline``, it is built from ``settings`` in the background at startup
    (``/ready`` answers 503 until then); ``ui`` mounts the Gradio chat at /ui."""
    settings = settings or Settings()
    service = Service(settings, pipeline)

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        service.start_loading()
        yield

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
    install_error_handlers(app)
    app.add_middleware(UploadLimit, path="/v1/documents", max_bytes=settings.max_upload_bytes())
    install_cors(app, settings.cors_origins)  # outside UploadLimit: a 413 still reaches the browser's page
    install_docs(app)
    for routes in (system, answers, documents, directives, openai):
        app.include_router(routes.router)

    @app.get("/", include_in_schema=False)
    def _root() -> RedirectResponse:
        return RedirectResponse(f"{UI_PATH}/" if ui else DOCS_URL)

    if ui:
        import gradio as gr

        from ui.chat import build_ui

        blocks = build_ui(service)
        # System fonts: the default theme fetches Google Fonts, which closed networks cannot reach.
        theme = gr.themes.Soft(font=["system-ui", "Segoe UI", "Roboto", "sans-serif"],
                               font_mono=["ui-monospace", "monospace"])
        app = gr.mount_gradio_app(app, blocks, path=UI_PATH, footer_links=["api"], theme=theme, css=_UI_CSS,
                                  max_file_size=settings.max_upload_bytes())
    return app


_UI_CSS = """
mark { background: #fff3a3; padding: 0 2px; }
.hoidap-refusal { border-left: 4px solid #c0392b; padding-left: 8px; }
"""

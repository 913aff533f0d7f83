"""Response headers: the security headers on every response, and CORS when ``HOIDAP_CORS_ORIGINS`` asks for it."""

from __future__ import annotations

from starlette.applications import Starlette
from starlette.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

# No script-src: Gradio's page runs inline scripts and styles, and a CSP that forbade them would blank the UI.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"content-security-policy", b"frame-ancestors 'self'"),
    (b"x-frame-options", b"SAMEORIGIN"),
)


class SecurityHeaders:
    """Pure ASGI middleware: adds ``SECURITY_HEADERS`` to each HTTP response's start message (a header the
    app already set is kept). Bodies pass through untouched, so streamed responses (SSE) are not buffered."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", ()))
                present = {bytes(name).lower() for name, _ in headers}
                headers.extend((name, value) for name, value in SECURITY_HEADERS if name not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def cors_origin_list(value: str | None) -> list[str]:
    """``HOIDAP_CORS_ORIGINS`` as a list: comma-separated origins, blanks and trailing slashes dropped."""
    return [o.strip().rstrip("/") for o in (value or "").split(",") if o.strip()]


def install_cors(app: Starlette, origins_setting: str | None) -> None:
    """CORS for browser clients on the configured origins (``*`` for any); none configured: no CORS headers,
    so browsers keep other sites' pages from reading the API. Keys travel in headers, never cookies, so
    credentials stay off."""
    origins = cors_origin_list(origins_setting)
    if not origins:
        return
    app.add_middleware(
        CORSMiddleware,
        allow_origins=origins,
        allow_methods=["GET", "POST", "DELETE"],
        allow_headers=["Authorization", "X-API-Key", "Content-Type"],
        expose_headers=["Retry-After", "WWW-Authenticate", "X-Request-ID"],
        allow_credentials=False,
        max_age=600,
    )

"""The chat's page as the browser gets it: in Vietnamese (``<html lang="vi">``; Gradio writes "en") and kept on
this server by its Content-Security-Policy (Gradio's page adds Google Fonts links by itself; offline they
would hang, and hoidap promises a page that asks no other host for anything)."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

# Gradio's page runs inline scripts and compiles event handlers with new Function, hence 'unsafe-*';
# everything may come from this origin only (and data:/blob: URLs it makes itself).
CSP = ("default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
       "img-src 'self' data: blob:; font-src 'self' data:; media-src 'self' data: blob:; connect-src 'self'; "
       "worker-src 'self' blob:; frame-ancestors 'self'")


class UiPage:
    """Pure ASGI middleware for the paths under ``prefix``: the CSP on every response, and the page's
    ``lang`` set to "vi" (only the page's HTML is buffered; streams pass through)."""

    def __init__(self, app: ASGIApp, prefix: str = "/ui") -> None:
        self.app = app
        self.prefix = prefix.rstrip("/")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path == self.prefix or path.startswith(self.prefix + "/")):
            await self.app(scope, receive, send)
            return
        is_page = path in (self.prefix, self.prefix + "/") and scope.get("method") == "GET"
        start: Message | None = None
        body: list[bytes] = []

        async def send_page(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if k.lower() != b"content-security-policy"]
                headers.append((b"content-security-policy", CSP.encode()))
                message = {**message, "headers": headers}
                html = any(k.lower() == b"content-type" and v.startswith(b"text/html") for k, v in headers)
                if is_page and html:
                    start = message  # held until the body is complete
                    return
            elif message["type"] == "http.response.body" and start is not None:
                body.append(message.get("body", b""))
                if message.get("more_body"):
                    return
                page = b"".join(body).replace(b'lang="en"', b'lang="vi"', 1)
                headers = [(k, v) for k, v in start["headers"] if k.lower() != b"content-length"]
                headers.append((b"content-length", str(len(page)).encode()))
                await send({**start, "headers": headers})
                message = {"type": "http.response.body", "body": page, "more_body": False}
            await send(message)

        await self.app(scope, receive, send_page)

"""The API keys at the chat's door: every Gradio route under /ui follows the API's key policy.

Gradio's page talks to the server with the browser's own requests, which carry no ``X-API-Key``; the key a
person types is kept in an HttpOnly cookie (path /ui, SameSite=Strict) set by ``POST /ui/key``. A request
may also send the key as the API does (``Authorization: Bearer`` or ``X-API-Key``, e.g. gradio_client).

* Reads (the page, its config, the queue, Gradio's API): open unless ``HOIDAP_REQUIRE_KEY_FOR_READ``; then
  the page asks for the key and every other route answers 401/403 JSON.
* Gradio's routes that take files or input streams (upload, recording, stream input): always the write key,
  closed (403) when no key is configured.
* Static assets (scripts, styles, icons) are open: they hold no data.
"""

from __future__ import annotations

import html

from starlette.requests import HTTPConnection, Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import error_response
from rag.settings import Settings
from service.auth import key_problem
from service.errors import ServiceError
from ui.keys import KEY_COOKIE, key_message, presented_key

# Paths under the mount that hold no data (Gradio's bundled scripts, styles, icons).
_OPEN = ("assets/", "static/", "svelte/", "theme.css", "gradio_api/theme.css", "favicon.ico", "robots.txt",
         "manifest.json", "pwa_icon")
# Gradio routes a browser sends files or input streams to: writes.
_WRITES = ("gradio_api/upload", "gradio_api/process_recording", "gradio_api/stream/")


def _is_write(rest: str, method: str) -> bool:
    if rest.startswith("gradio_api/stream/"):
        return method == "POST"  # GETs there read an output stream
    return rest.startswith(_WRITES)


def key_page(problem: ServiceError | None, prefix: str, typed: bool) -> HTMLResponse:
    """The page asking for the read key (with why the last one was refused)."""
    note = ""
    if problem is not None and (typed or problem.error == "reads_disabled"):  # not before anything was typed
        note = f'<p role="alert" class="err">{html.escape(key_message(problem, write=False))}</p>'
    body = f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>hoidap — cần khóa API</title>
<style>
 body {{ font-family: system-ui, "Segoe UI", Roboto, sans-serif; margin: 0; background: #f7f7f8; color: #1c1c1f; }}
 main {{ max-width: 28rem; margin: 12vh auto; padding: 1.5rem; background: #fff; border-radius: 12px;
        box-shadow: 0 1px 4px rgba(0,0,0,.15); }}
 h1 {{ font-size: 1.3rem; margin-top: 0; }}
 label {{ display: block; font-weight: 600; margin: 1rem 0 .4rem; }}
 input {{ width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #6b6b75;
         border-radius: 6px; background: #fff; color: #1c1c1f; }}
 button {{ margin-top: 1rem; padding: .6rem 1.2rem; font-size: 1rem; border: 0; border-radius: 6px;
          background: #1d4ed8; color: #fff; cursor: pointer; }}
 button:focus-visible, input:focus-visible {{ outline: 3px solid #f59e0b; outline-offset: 2px; }}
 .err {{ color: #a61b1b; font-weight: 600; }}
 @media (prefers-color-scheme: dark) {{
   body {{ background: #111114; color: #ececf1; }} main {{ background: #1d1d22; }}
   input {{ background: #111114; color: #ececf1; border-color: #9a9aa6; }} .err {{ color: #ff9c9c; }}
 }}
</style></head>
<body><main>
<h1>Hỏi đáp văn bản — cần khóa API</h1>
<p>Máy chủ này chỉ cho người có khóa API đọc dữ liệu. Nhập khóa quản trị viên đã cấp (một khóa trong
HOIDAP_API_KEYS).</p>
{note}
<form method="post" action="{html.escape(prefix)}/key">
<label for="key">Khóa API</label>
<input id="key" name="key" type="password" autocomplete="current-password" required autofocus>
<button type="submit">Mở</button>
</form>
</main></body></html>"""
    return HTMLResponse(body, status_code=problem.status if problem is not None else 200)


class UiGuard:
    """Pure ASGI middleware guarding the paths under ``prefix`` (the Gradio mount) with the key policy, and
    serving ``POST {prefix}/key``, which checks a key and keeps it in the cookie (an empty key forgets it)."""

    def __init__(self, app: ASGIApp, settings: Settings, prefix: str = "/ui") -> None:
        self.app = app
        self.settings = settings
        self.prefix = prefix.rstrip("/")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = scope.get("path", "")
        inside = path == self.prefix or path.startswith(self.prefix + "/")
        if scope["type"] not in ("http", "websocket") or not inside:
            await self.app(scope, receive, send)
            return
        rest = path[len(self.prefix):].lstrip("/")
        method = scope.get("method", "GET")
        if rest == "key" and method == "POST":
            response = await self._set_key(Request(scope, receive))
        elif rest.startswith(_OPEN) or rest == "key":
            response = None
        else:
            write = _is_write(rest, method)
            conn = HTTPConnection(scope)
            problem = key_problem(self.settings, presented_key(conn.headers, conn.cookies), write=write)
            if problem is None:
                response = None
            elif rest == "" and method in ("GET", "HEAD"):
                response = key_page(problem, self.prefix, typed=False)
            else:
                response = error_response(conn, problem.status, problem.error, problem.message,
                                          problem.headers or None)
        if response is None:
            await self.app(scope, receive, send)
        elif scope["type"] == "websocket":
            await send({"type": "websocket.close", "code": 1008})
        else:
            await response(scope, receive, send)

    async def _set_key(self, request: Request) -> Response:
        form = await request.form()
        key = str(form.get("key") or "").strip()
        wants_json = "application/json" in request.headers.get("accept", "")
        if not key:  # forget the key
            response: Response = JSONResponse({"status": "forgotten"}) if wants_json else \
                RedirectResponse(f"{self.prefix}/", status_code=303)
            response.delete_cookie(KEY_COOKIE, path=self.prefix)
            return response
        # Any key the server accepts is remembered; what it may do is checked at each request.
        problem = key_problem(self.settings, key, write=True)
        if problem is not None:
            if wants_json:
                return error_response(request, problem.status, problem.error, key_message(problem, write=True))
            return key_page(problem, self.prefix, typed=True)
        response = JSONResponse({"status": "ok"}) if wants_json else RedirectResponse(f"{self.prefix}/",
                                                                                     status_code=303)
        response.set_cookie(KEY_COOKIE, key, path=self.prefix, httponly=True, samesite="strict",
                            secure=request.url.scheme == "https")
        return response

"""Every request's id (``X-Request-ID``), and the last net under the app: nothing escapes as a trace, a
plain-text page or a dropped connection."""

from __future__ import annotations

import json
import logging
import re
import uuid

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("hoidap.api")

HEADER = b"x-request-id"
# An incoming id is echoed only when it is short and plain: it lands in logs and in a response header.
_SANE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/+=@-]{0,127}")


def request_id(scope: Scope) -> str:
    """The id ``RequestContext`` gave this request ("" outside it)."""
    return str(scope.get("state", {}).get("request_id", ""))


def mark_logged(scope: Scope) -> None:
    """Record that this request's failure was logged with its trace (so it is not logged twice)."""
    scope.setdefault("state", {})["error_logged"] = True


def _incoming_id(scope: Scope) -> str:
    for name, value in scope.get("headers", ()):
        if name.lower() == HEADER:
            text = value.decode("latin-1").strip()
            return text if _SANE_ID.fullmatch(text) else ""
    return ""


class RequestContext:
    """Pure ASGI middleware outside Starlette's own error middleware.

    Gives each HTTP request an id (the client's ``X-Request-ID`` when it is sane, else a new one) and returns it
    as ``X-Request-ID``. Starlette re-raises an unexpected exception after its handler has answered; here it
    stops, so the server neither logs it again nor closes the keep-alive connection. An exception before any
    response is a JSON 500; one in the middle of a stream ends the stream cleanly (an ``error`` event for SSE)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        rid = _incoming_id(scope) or uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = rid
        started = finished = False
        event_stream = False

        async def send_with_id(message: Message) -> None:
            nonlocal started, finished, event_stream
            if message["type"] == "http.response.start":
                headers = [(k, v) for k, v in message.get("headers", ()) if bytes(k).lower() != HEADER]
                headers.append((HEADER, rid.encode()))
                event_stream = any(bytes(k).lower() == b"content-type" and bytes(v).startswith(b"text/event-stream")
                                   for k, v in headers)
                message = {**message, "headers": headers}
                started = True
            elif message["type"] == "http.response.body" and not message.get("more_body", False):
                finished = True
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        except Exception:  # noqa: BLE001 — the last net: the client gets JSON or a cleanly ended stream
            if not scope["state"].get("error_logged"):
                log.exception("unhandled error on %s %s (request %s)", scope.get("method"), scope.get("path"), rid)
            if not started:
                body = json.dumps({"error": {"code": "internal_error", "request_id": rid,
                                             "message": "hoidap failed on this request; try again, and report the "
                                                        f"request id {rid} if it keeps failing."}}).encode()
                await send_with_id({"type": "http.response.start", "status": 500,
                                    "headers": [(b"content-type", b"application/json"),
                                                (b"content-length", str(len(body)).encode())]})
                await send_with_id({"type": "http.response.body", "body": body})
            elif not finished:
                tail = b""
                if event_stream:
                    data = json.dumps({"error": {"code": "internal_error", "request_id": rid,
                                                 "message": "The answer could not be finished; ask again."}})
                    tail = f"event: error\ndata: {data}\n\n".encode()
                await send({"type": "http.response.body", "body": tail, "more_body": False})

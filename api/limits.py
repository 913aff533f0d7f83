"""Reject oversized request bodies before they are read (413 with the JSON error body): uploads up to
``HOIDAP_MAX_UPLOAD_MB``, every other body (questions, chat messages) up to ``MAX_JSON_BYTES``."""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import BodyTooLarge, send_error

MAX_JSON_BYTES = 8 * 1024 * 1024  # 50 turns of 20 000 characters, even written as \\uXXXX escapes


class UploadLimit:
    """ASGI middleware: bodies of ``POST`` requests to ``path`` may not exceed ``max_bytes``; other bodies may
    not exceed ``MAX_JSON_BYTES``."""

    def __init__(self, app: ASGIApp, path: str, max_bytes: int) -> None:
        self.app = app
        self.path = path
        self.max_bytes = max_bytes

    def _reject(self, scope: Scope, send: Send, upload: bool):
        if upload:
            mb = self.max_bytes / (1024 * 1024)
            return send_error(scope, send, 413, "upload_too_large", f"The upload is larger than {mb:g} MiB. Split "
                              "the document, or raise HOIDAP_MAX_UPLOAD_MB on the server.")
        return send_error(scope, send, 413, "body_too_large", f"The request body is larger than "
                          f"{MAX_JSON_BYTES // (1024 * 1024)} MiB; send a shorter question or history.")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in ("POST", "PUT", "PATCH"):
            await self.app(scope, receive, send)
            return
        upload = scope["method"] == "POST" and scope["path"].rstrip("/") == self.path
        limit = self.max_bytes if upload else MAX_JSON_BYTES
        if scope["path"].startswith("/ui"):  # Gradio bounds its own uploads (max_file_size)
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > limit:
            await self._reject(scope, send, upload)
            return
        seen = 0
        exceeded = forwarded = False

        async def counting_receive() -> Message:
            nonlocal seen, exceeded
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > limit:  # a body without (or lying about) its length
                    exceeded = True
                    raise BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal forwarded
            if exceeded:
                return  # the app's own reply to the aborted body (a 400 or 500) is replaced by the 413
            forwarded = True
            await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except BodyTooLarge:
            pass
        if exceeded and not forwarded:
            await self._reject(scope, send, upload)

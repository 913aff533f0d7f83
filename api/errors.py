"""API errors: one JSON shape, ``{"error": {"code", "message", "request_id", ...}}``, for every failure, whoever
raises it (a route, a dependency, validation, Starlette, a middleware, or an unexpected exception)."""

from __future__ import annotations

import json
import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match
from starlette.types import Scope, Send

from api.request_context import mark_logged, request_id
from ingest.loaders import ExtractionTooSlow, HtmlTooLarge, LoadError, TooLargeWhenUnpacked, TooManyPages
from rag.errors import DocumentIdTaken, DocumentNotFound, HoidapError
from rag.index.store import backend_unavailable
from service.errors import ServiceError

log = logging.getLogger("hoidap.api")

# The API raises the service's error type: one class for the chat's and the API's refusals.
ApiError = ServiceError

BACKEND_RETRY_AFTER = "5"  # seconds a client should wait while the Chroma server is unreachable
OPENAI_PATHS = ("/v1/models", "/v1/chat/completions")
_OPENAI_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                 404: "not_found_error", 409: "invalid_request_error", 413: "invalid_request_error",
                 422: "invalid_request_error", 503: "service_unavailable"}


class BodyTooLarge(Exception):
    """Raised by ``api.limits.UploadLimit`` into the app that reads a body past its limit (answered as 413)."""


def error_content(path: str, status: int, code: str, message: str, rid: str, **extra) -> tuple[int, dict]:
    """The status and body of an error: ours, or OpenAI's shape (``type``, ``param``, and 400 for a bad request)
    on the OpenAI-compatible paths, whose clients parse that."""
    error = {"code": code, "message": message, "request_id": rid}
    if path.rstrip("/") in OPENAI_PATHS:
        status = 400 if status == 422 else status
        error |= {"type": _OPENAI_TYPES.get(status, "api_error"), "param": None}
    return status, {"error": error | extra}


def error_response(request: Request, status: int, code: str, message: str, headers: dict[str, str] | None = None,
                   **extra) -> JSONResponse:
    """The JSON error response to ``request``."""
    status, body = error_content(request.url.path, status, code, message, request_id(request.scope), **extra)
    return JSONResponse(status_code=status, content=body, headers=headers)


async def send_error(scope: Scope, send: Send, status: int, code: str, message: str,
                     headers: dict[str, str] | None = None) -> None:
    """Send the JSON error from a pure ASGI middleware (before the app has answered)."""
    status, content = error_content(scope["path"], status, code, message, request_id(scope))
    body = json.dumps(content, ensure_ascii=False).encode()
    raw = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    raw += [(k.lower().encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors():
        where = ".".join(str(x) for x in err.get("loc", ()) if x != "body")
        msg = str(err.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"{where or 'body'}: {msg}")
    return "; ".join(parts) or "invalid request"


_METHOD_ORDER = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")


def allowed_methods(request: Request) -> list[str]:
    """Every method some route of the app accepts on this path, found by asking the app's routes whether each
    method would match. (Starlette's own ``Allow`` names the methods of the first route whose path matches only:
    ``PUT /v1/documents`` would have claimed GET alone, not GET and POST.)"""
    scope = request.scope
    allowed = []
    for method in _METHOD_ORDER:
        probe = {"type": "http", "method": method, "path": scope["path"], "root_path": scope.get("root_path", ""),
                 "headers": scope.get("headers", []), "query_string": b""}
        if any(route.matches(probe)[0] == Match.FULL for route in request.app.router.routes):
            allowed.append(method)
    return allowed


# A file beyond the loader's limits: 413 when it unpacks too large, 422 when it is too long or slow to read.
# Any other LoadError is 422 "unreadable_document".
_LOAD_ERRORS: tuple[tuple[type[LoadError], int, str], ...] = (
    (TooLargeWhenUnpacked, 413, "unpacks_too_large"),
    (HtmlTooLarge, 413, "html_too_large"),
    (TooManyPages, 422, "too_many_pages"),
    (ExtractionTooSlow, 422, "extraction_too_slow"),
)


def load_error_status(exc: LoadError) -> tuple[int, str]:
    """The HTTP status and error code for a file the loader refused."""
    for kind, status, code in _LOAD_ERRORS:
        if isinstance(exc, kind):
            return status, code
    return 422, "unreadable_document"


_HTTP_CODES = {400: "invalid_body", 404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 403: "forbidden"}


def install_error_handlers(app: FastAPI) -> None:
    """Map validation errors, our errors and Starlette's HTTP errors to the JSON error body."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{k: e[k] for k in ("type", "loc", "msg") if k in e} for e in exc.errors()]
        return error_response(request, 422, "invalid_request", _validation_message(exc), detail=detail)

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return error_response(request, exc.status, exc.error, exc.message, exc.headers)

    @app.exception_handler(DocumentNotFound)
    async def _not_found(request: Request, exc: DocumentNotFound) -> JSONResponse:
        return error_response(request, 404, "document_not_found", str(exc))

    @app.exception_handler(DocumentIdTaken)
    async def _taken(request: Request, exc: DocumentIdTaken) -> JSONResponse:
        return error_response(request, 409, "document_exists", str(exc), doc_id=exc.doc_id, title=exc.title)

    @app.exception_handler(LoadError)
    async def _unreadable(request: Request, exc: LoadError) -> JSONResponse:
        status, code = load_error_status(exc)
        return error_response(request, status, code, str(exc))

    @app.exception_handler(Exception)  # Starlette's outermost error middleware calls this for anything else
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        rid = request_id(request.scope)
        mark_logged(request.scope)
        if isinstance(exc, BodyTooLarge):  # the limit middleware sends its 413 in place of this reply
            return error_response(request, 413, "body_too_large", "The request body is too large.")
        if backend_unavailable(exc):
            log.warning("index store unreachable on %s %s (request %s): %s: %s", request.method, request.url.path,
                        rid, type(exc).__name__, exc)
            return error_response(request, 503, "backend_unavailable",
                                  "The index store (Chroma server) cannot be reached; retry in a few seconds.",
                                  {"Retry-After": BACKEND_RETRY_AFTER})
        log.error("unhandled error on %s %s (request %s)", request.method, request.url.path, rid, exc_info=exc)
        if isinstance(exc, HoidapError):  # ours, with a message a person can act on
            return error_response(request, 500, type(exc).__name__, str(exc))
        return error_response(request, 500, "internal_error", "hoidap failed on this request; try again, and "
                                                              f"report the request id {rid} if it keeps failing.")

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = str(exc.detail)
        headers = dict(getattr(exc, "headers", None) or {})
        if exc.status_code == 404 and message == "Not Found":
            message = f"No such endpoint: {request.method} {request.url.path}. The API is described at /docs."
        elif exc.status_code == 405:
            allowed = allowed_methods(request)  # empty under a mount (static files): keep the mount's own Allow
            if allowed:
                headers = {k: v for k, v in headers.items() if k.lower() != "allow"} | {"Allow": ", ".join(allowed)}
            given = next((v for k, v in headers.items() if k.lower() == "allow"), "")
            named = [m.strip() for m in given.split(",") if m.strip() not in ("", "HEAD")]
            use = " or ".join(named) or "another method"
            message = f"{request.method} is not allowed on {request.url.path}; use {use} (see /docs)."
        elif exc.status_code == 400 and message == "There was an error parsing the body":
            message = ("The request body could not be read: send UTF-8 JSON with 'Content-Type: application/json' "
                       "(or a multipart form for uploads).")
        return error_response(request, exc.status_code, _HTTP_CODES.get(exc.status_code, "http_error"), message,
                              headers or None)

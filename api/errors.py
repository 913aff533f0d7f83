"""API errors: one JSON shape (``{"error", "message"}``) for every failure, never an HTML page."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match

from ingest.loaders import ExtractionTooSlow, HtmlTooLarge, LoadError, TooLargeWhenUnpacked, TooManyPages
from rag.errors import DocumentNotFound, HoidapError
from service.errors import ServiceError

# The API raises the service's error type: one class for the chat's and the API's refusals.
ApiError = ServiceError


_OPENAI_PATHS = ("/v1/models", "/v1/chat/completions")
_OPENAI_TYPES = {400: "invalid_request_error", 401: "authentication_error", 403: "permission_error",
                 404: "not_found_error", 413: "invalid_request_error", 422: "invalid_request_error",
                 503: "service_unavailable"}


def error_response(status: int, error: str, message: str, headers: dict[str, str] | None = None,
                   **extra) -> JSONResponse:
    """The JSON body every error uses."""
    return JSONResponse(status_code=status, content={"error": error, "message": message, **extra}, headers=headers)


def _respond(request: Request, status: int, error: str, message: str, headers: dict[str, str] | None = None,
             **extra) -> JSONResponse:
    """Our error body, or OpenAI's shape on the OpenAI-compatible paths (their clients parse that)."""
    if request.url.path.rstrip("/") in _OPENAI_PATHS:
        status = 400 if status == 422 else status
        body = {"error": {"message": message, "type": _OPENAI_TYPES.get(status, "api_error"), "param": None,
                          "code": error}}
        return JSONResponse(status_code=status, content=body, headers=headers)
    return error_response(status, error, message, headers, **extra)


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


_HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 401: "unauthorized", 403: "forbidden"}


def install_error_handlers(app: FastAPI) -> None:
    """Map validation errors, our errors and Starlette's HTTP errors to the JSON error body."""

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = [{k: e[k] for k in ("type", "loc", "msg") if k in e} for e in exc.errors()]
        return _respond(request, 422, "invalid_request", _validation_message(exc), detail=detail)

    @app.exception_handler(ApiError)
    async def _api(request: Request, exc: ApiError) -> JSONResponse:
        return _respond(request, exc.status, exc.error, exc.message, exc.headers)

    @app.exception_handler(DocumentNotFound)
    async def _not_found(_: Request, exc: DocumentNotFound) -> JSONResponse:
        return error_response(404, "document_not_found", str(exc))

    @app.exception_handler(LoadError)
    async def _unreadable(_: Request, exc: LoadError) -> JSONResponse:
        status, code = load_error_status(exc)
        return error_response(status, code, str(exc))

    @app.exception_handler(HoidapError)
    async def _hoidap(_: Request, exc: HoidapError) -> JSONResponse:
        return error_response(500, type(exc).__name__, str(exc))

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
        return _respond(request, exc.status_code, _HTTP_CODES.get(exc.status_code, "http_error"), message,
                        headers or None)

"""API errors: one JSON shape (``{"error", "message"}``) for every failure, never an HTML page."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from ingest.loaders import ExtractionTooSlow, HtmlTooLarge, LoadError, TooLargeWhenUnpacked, TooManyPages
from rag.errors import DocumentNotFound, HoidapError


class ApiError(Exception):
    """An error with its HTTP status, a stable code and a message a person can act on."""

    def __init__(self, status: int, error: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.headers = headers or {}


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
        if exc.status_code == 404 and message == "Not Found":
            message = f"No such endpoint: {request.method} {request.url.path}. The API is described at /docs."
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}; see /docs for the methods."
        return _respond(request, exc.status_code, _HTTP_CODES.get(exc.status_code, "http_error"), message,
                        getattr(exc, "headers", None))

"""API keys: writes always need one; reads only when HOIDAP_REQUIRE_KEY_FOR_READ is true."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from api.errors import ApiError
from rag.settings import Settings

# Declared as security schemes so /docs offers an "Authorize" button; we raise our own errors.
_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer <key> (one of HOIDAP_API_KEYS)")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: <key> (one of HOIDAP_API_KEYS)")


def key_problem(settings: Settings, key: str | None, write: bool) -> ApiError | None:
    """Why ``key`` may not use a write (or read) endpoint, or None when it may."""
    if not write and not settings.require_key_for_read:
        return None
    keys = settings.api_key_list()
    if not keys:
        what = "Uploads and deletes are" if write else "Reading is"
        return ApiError(403, "writes_disabled" if write else "reads_disabled",
                        f"{what} disabled: no API key is configured on the server. Set HOIDAP_API_KEYS to one "
                        "or more comma-separated keys and restart hoidap.")
    if not key:
        return ApiError(401, "api_key_required",
                        "This endpoint needs an API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.",
                        {"WWW-Authenticate": "Bearer"})
    if not any(hmac.compare_digest(key.encode(), k.encode()) for k in keys):
        return ApiError(403, "invalid_api_key", "The API key is not valid; ask the administrator for a key "
                                                "listed in HOIDAP_API_KEYS.")
    return None


def presented_key(
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    header: Annotated[str | None, Depends(_header)],
) -> str | None:
    """Dependency: the key the client sent (Bearer first, then X-API-Key), or None."""
    if bearer and bearer.credentials.strip():
        return bearer.credentials.strip()
    return header.strip() if header and header.strip() else None


KeyDep = Annotated[str | None, Depends(presented_key)]


def require_write_key(request: Request, key: KeyDep) -> None:
    """Dependency of write endpoints."""
    problem = key_problem(request.app.state.settings, key, write=True)
    if problem:
        raise problem


def require_read_key(request: Request, key: KeyDep) -> None:
    """Dependency of read endpoints (a no-op unless HOIDAP_REQUIRE_KEY_FOR_READ is true)."""
    problem = key_problem(request.app.state.settings, key, write=False)
    if problem:
        raise problem

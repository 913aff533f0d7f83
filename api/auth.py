"""API keys: writes always need one; reads only when HOIDAP_REQUIRE_KEY_FOR_READ is true."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from service.auth import key_problem

# Declared as security schemes so /docs offers an "Authorize" button; we raise our own errors.
_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer <key> (one of HOIDAP_API_KEYS)")
_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: <key> (one of HOIDAP_API_KEYS)")


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

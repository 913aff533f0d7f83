"""API keys: writes always need one; reads only when HOIDAP_REQUIRE_KEY_FOR_READ is true.

The one key policy for every door: the API's dependencies and the chat's forms both ask it."""

from __future__ import annotations

import hmac

from rag.settings import Settings
from service.errors import ServiceError


def key_problem(settings: Settings, key: str | None, write: bool) -> ServiceError | None:
    """Why ``key`` may not use a write (or read) endpoint, or None when it may."""
    if not write and not settings.require_key_for_read:
        return None
    keys = settings.api_key_list()
    if not keys:
        what = "Uploads and deletes are" if write else "Reading is"
        return ServiceError(403, "writes_disabled" if write else "reads_disabled",
                        f"{what} disabled: no API key is configured on the server. Set HOIDAP_API_KEYS to one "
                        "or more comma-separated keys and restart hoidap.")
    if not key:
        return ServiceError(401, "api_key_required",
                        "This endpoint needs an API key: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'.",
                        {"WWW-Authenticate": "Bearer"})
    if not any(hmac.compare_digest(key.encode(), k.encode()) for k in keys):
        return ServiceError(403, "invalid_api_key", "The API key is not valid; ask the administrator for a key "
                                                "listed in HOIDAP_API_KEYS.")
    return None

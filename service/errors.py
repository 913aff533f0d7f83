"""Errors the service reports with a status, a stable code and a message a person can act on."""

from __future__ import annotations

from rag.errors import HoidapError


class ServiceError(HoidapError):
    """An error with its HTTP status, a stable code and a message saying what to do."""

    def __init__(self, status: int, error: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message
        self.headers = headers or {}

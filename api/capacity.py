"""Back-pressure: a bounded number of API requests in flight and a bounded queue; beyond the queue a request is
answered 503 with ``Retry-After`` at once, so a flood never turns into minutes of latency for everyone."""

from __future__ import annotations

import asyncio
from collections import deque

from starlette.types import ASGIApp, Receive, Scope, Send

from api.errors import send_error

RETRY_AFTER = "1"  # seconds; a queue slot frees within a few answers


class Gate:
    """At most ``limit`` holders at once and at most ``queue`` waiting; ``enter`` is False when both are full.

    State lives on one event loop (the server's); a freed slot is handed to the oldest waiter directly."""

    def __init__(self, limit: int, queue: int) -> None:
        self.limit = limit
        self.queue = queue
        self.active = 0
        self._waiters: deque[asyncio.Future[None]] = deque()

    @property
    def waiting(self) -> int:
        return len(self._waiters)

    async def enter(self) -> bool:
        """Take a slot, waiting in the queue if there is room there; False when the queue is full too."""
        if self.active < self.limit:
            self.active += 1
            return True
        if len(self._waiters) >= self.queue:
            return False
        slot = asyncio.get_running_loop().create_future()
        self._waiters.append(slot)
        try:
            await slot
        except asyncio.CancelledError:
            if slot.done() and not slot.cancelled():
                self.leave()  # the slot was handed over just as the wait was cancelled: pass it on
            else:
                try:
                    self._waiters.remove(slot)
                except ValueError:
                    pass
            raise
        return True

    def leave(self) -> None:
        """Give the slot back: to the oldest waiter, or free it."""
        while self._waiters:
            slot = self._waiters.popleft()
            if not slot.done():
                slot.set_result(None)
                return
        self.active -= 1


def is_write(scope: Scope) -> bool:
    """Uploads and deletes: they take the write gate (and run on the write worker), not a read slot."""
    return scope["method"] in ("POST", "DELETE") and scope["path"].rstrip("/").startswith("/v1/documents")


class Capacity:
    """Pure ASGI middleware: ``/v1/`` reads pass ``reads``, uploads and deletes pass ``writes``, each with its own
    limit and queue, so a burst of questions cannot starve an upload nor an upload the questions.
    ``/health``, ``/ready``, the docs and the chat UI (Gradio queues its own work) are never held back."""

    def __init__(self, app: ASGIApp, reads: Gate, writes: Gate) -> None:
        self.app = app
        self.reads = reads
        self.writes = writes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/v1/") or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        gate = self.writes if is_write(scope) else self.reads
        if not await gate.enter():
            what = "uploads and deletes" if gate is self.writes else "requests"
            await send_error(scope, send, 503, "overloaded",
                             f"hoidap is busy: {gate.active} {what} in progress and {gate.waiting} waiting. Retry "
                             f"in {RETRY_AFTER} s (the server's limits are HOIDAP_MAX_CONCURRENT and "
                             "HOIDAP_MAX_QUEUE).", {"Retry-After": RETRY_AFTER})
            return
        try:
            await self.app(scope, receive, send)
        finally:
            gate.leave()

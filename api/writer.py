"""The write worker: every upload and delete runs on one thread of its own, never on the threads that answer
questions, so a long upload holds no reader's thread (writes are serialised by the indexer anyway)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class WriteWorker:
    """One thread that runs writes in arrival order."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="hoidap-write")

    async def run(self, fn: Callable[..., T], *args, **kwargs) -> T:
        """Run ``fn`` on the worker and wait for it without blocking the event loop."""
        return await asyncio.wrap_future(self._pool.submit(fn, *args, **kwargs))

    def close(self) -> None:
        """Finish the write under way; drop the ones not started."""
        self._pool.shutdown(wait=True, cancel_futures=True)

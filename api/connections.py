"""Keep-alive connections recycled every few requests when several worker processes share the port.

Each worker listens on the port with SO_REUSEPORT and the kernel deals each new connection to one of them by
its address. A client keeps its connection, so ten clients dealt 8/2 keep one worker twice as busy as the
other for as long as they stay connected. Asking a client to reconnect after ``every`` responses
(``Connection: close``; every HTTP client reconnects by itself) deals its connection again, so a lopsided
deal does not last."""

from __future__ import annotations

from collections import OrderedDict

from starlette.types import ASGIApp, Message, Receive, Scope, Send

_REMEMBERED = 10_000  # connections counted at once (the oldest forgotten first)


class RecycleConnections:
    """ASGI middleware: the ``every``-th response on one connection closes it."""

    def __init__(self, app: ASGIApp, every: int) -> None:
        self.app = app
        self.every = every
        self._served: OrderedDict[tuple, int] = OrderedDict()

    def _last_on_connection(self, scope: Scope) -> bool:
        client = scope.get("client")
        if not client:
            return False
        key = tuple(client)  # (address, port): one connection while it lives
        served = self._served.pop(key, 0) + 1
        if served >= self.every:
            return True
        self._served[key] = served
        if len(self._served) > _REMEMBERED:
            self._served.popitem(last=False)
        return False

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not self._last_on_connection(scope):
            await self.app(scope, receive, send)
            return

        async def closing(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"connection", b"close")]}
            await send(message)

        await self.app(scope, receive, closing)

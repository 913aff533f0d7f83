"""Keep-alive connections are recycled every few responses when workers share the port."""

from starlette.applications import Starlette
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from api.connections import RecycleConnections


def _app(every: int) -> Starlette:
    app = Starlette(routes=[Route("/", lambda request: PlainTextResponse("ok"))])
    app.add_middleware(RecycleConnections, every=every)
    return app


def test_every_third_response_on_a_connection_asks_the_client_to_reconnect():
    client = TestClient(_app(3))  # one client address and port: one connection as the middleware sees it
    closes = [client.get("/").headers.get("connection") for _ in range(7)]
    assert closes == [None, None, "close", None, None, "close", None]
    assert client.get("/").text == "ok"  # the response itself is untouched


def test_connections_are_counted_apart():
    app = _app(2)
    first, second = TestClient(app, client=("10.0.0.1", 5001)), TestClient(app, client=("10.0.0.2", 5002))
    assert first.get("/").headers.get("connection") is None
    assert second.get("/").headers.get("connection") is None
    assert first.get("/").headers.get("connection") == "close"
    assert second.get("/").headers.get("connection") == "close"

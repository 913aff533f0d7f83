"""Failures the API must survive: unexpected exceptions, content-free questions, a full queue, two files that
map to one document id. Each is checked on what a client sees: the status, the JSON error, the headers."""

from __future__ import annotations

import asyncio
import json
import logging
import re
import socket
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from api.capacity import Gate
from rag.settings import Settings
from tests.conftest import free_port, sample_pipeline, serve_in_thread

KEY = "k-secret"
AUTH = {"X-API-Key": KEY}
KL199 = ("Kết luận số 199-KL/TW ngày 03/02/2023 của Bộ Chính trị về thí điểm mô hình hỏi đáp văn bản.\n\n"
         "Bộ Chính trị giao Ban Tổ chức Trung ương chủ trì hướng dẫn thực hiện thí điểm tại 7 tỉnh, thành phố.")


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, tiny_embeddings):
    return sample_pipeline(tmp_path_factory, "reliability", tiny_embeddings)


@pytest.fixture(scope="module")
def client(pipeline):
    with TestClient(create_app(Settings(api_keys=KEY), pipeline=pipeline, ui=False)) as c:
        yield c


def _error(r: httpx.Response) -> dict:
    assert r.headers["content-type"].startswith("application/json"), r.text
    body = r.json()
    assert set(body) == {"error"} and {"code", "message", "request_id"} <= set(body["error"]), body
    assert body["error"]["request_id"] == r.headers["x-request-id"]
    return body["error"]


# -- request ids and unexpected errors ---------------------------------------------------------------

def test_every_response_carries_a_request_id_and_a_sane_incoming_one_is_kept(client):
    ids = {client.get("/health").headers["x-request-id"] for _ in range(3)}
    assert len(ids) == 3 and all(re.fullmatch(r"[0-9a-f]{32}", i) for i in ids)
    assert client.get("/health", headers={"X-Request-ID": "lb-7f3a:42"}).headers["x-request-id"] == "lb-7f3a:42"
    for insane in ("x" * 200, "a b", "<script>", "ab\u00e9".encode()):
        got = client.get("/ready", headers={"X-Request-ID": insane})
        assert re.fullmatch(r"[0-9a-f]{32}", got.headers["x-request-id"]), insane
    r = client.post("/v1/ask", json={"question": ""}, headers={"X-Request-ID": "client-1"})
    assert r.status_code == 422 and _error(r)["request_id"] == "client-1"


def _app_with_failing_routes(pipeline):
    """The real app plus routes that fail the ways a dependency can (chromadb, lxml, anything)."""
    import chromadb.errors
    from fastapi.responses import StreamingResponse
    from lxml import etree

    app = create_app(Settings(), pipeline=pipeline, ui=False)

    @app.get("/v1/boom/{kind}")
    def _boom(kind: str):
        if kind == "chroma":
            raise chromadb.errors.InternalError("compaction failed")
        if kind == "lxml":
            etree.fromstring(b"<a><b></a>")
        raise RuntimeError("secret internal detail")

    @app.get("/v1/boom-stream")
    def _boom_stream():
        def events():
            yield "event: token\ndata: {}\n\n"
            raise RuntimeError("died mid-stream")
        return StreamingResponse(events(), media_type="text/event-stream")

    return app


@pytest.mark.parametrize("kind", ["chroma", "lxml", "runtime"])
def test_an_unexpected_error_is_a_json_500_with_the_id_logged_with_its_trace(pipeline, caplog, kind):
    with TestClient(_app_with_failing_routes(pipeline)) as client, caplog.at_level(logging.ERROR, "hoidap.api"):
        r = client.get(f"/v1/boom/{kind}", headers={"X-Request-ID": f"req-{kind}"})
        assert r.status_code == 500
        error = _error(r)
        assert error["request_id"] == f"req-{kind}" and "req-" + kind in error["message"]
        assert "secret internal detail" not in r.text and "Traceback" not in r.text
        assert r.headers["x-content-type-options"] == "nosniff"
    logged = [rec for rec in caplog.records if f"req-{kind}" in rec.getMessage()]
    assert len(logged) == 1 and logged[0].exc_info is not None  # once, with the trace


def _raw_requests(port: int, paths: list[str]) -> list[bytes]:
    """Send the requests one after the other on ONE keep-alive connection; the raw response of each."""
    out = []
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        reader = sock.makefile("rb")
        for path in paths:
            sock.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\n\r\n".encode())
            head = b""
            while not head.endswith(b"\r\n\r\n"):
                line = reader.readline()
                assert line, f"the server closed the connection before answering {path}"
                head += line
            length = int(re.search(rb"content-length: (\d+)", head, re.I).group(1))
            out.append(head + reader.read(length))
    return out


def test_a_500_keeps_the_connection_open_over_real_http(pipeline):
    port = free_port()
    server, thread = serve_in_thread(_app_with_failing_routes(pipeline), port)
    try:
        first, second = _raw_requests(port, ["/v1/boom/lxml", "/health"])
        assert first.startswith(b"HTTP/1.1 500") and b'"code":"internal_error"' in first
        assert b"connection: close" not in first.lower()
        assert second.startswith(b"HTTP/1.1 200") and b'{"status":"ok"}' in second
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def test_an_error_in_the_middle_of_a_stream_ends_it_with_an_error_event(pipeline):
    with TestClient(_app_with_failing_routes(pipeline)) as client:
        with client.stream("GET", "/v1/boom-stream") as r:
            assert r.status_code == 200
            body = "".join(r.iter_text())
    assert body.startswith("event: token") and "event: error" in body
    data = json.loads(body.split("event: error\ndata: ", 1)[1].split("\n", 1)[0])
    assert data["error"]["code"] == "internal_error" and data["error"]["request_id"] == r.headers["x-request-id"]


def test_a_body_that_is_not_utf8_is_400_json(client):
    r = client.post("/v1/ask", content=b'{"question": "K\xe9t lu\xe2n 21"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 400 and _error(r)["code"] == "invalid_body" and "UTF-8" in _error(r)["message"]


def test_strict_booleans_and_numbers(client):
    for payload in ({"question": "KL 21?", "stream": 0}, {"question": "KL 21?", "top_k": "5"}, {"question": 21}):
        r = client.post("/v1/ask", json=payload)
        assert r.status_code == 422 and _error(r)["code"] == "invalid_request", payload
    r = client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": "KL 21?"}], "stream": 0})
    assert r.status_code == 400 and r.json()["error"]["type"] == "invalid_request_error"


# -- questions without words, invisible characters ---------------------------------------------------

@pytest.mark.parametrize("question", ["?", "...", "\u200b\u200b", " \u200b?\ufeff ", "\u00ad", "!?!"])
def test_a_question_without_letters_or_digits_is_422_saying_what_to_ask(client, question):
    r = client.post("/v1/ask", json={"question": question})
    assert r.status_code == 422
    error = _error(r)
    assert error["code"] == "invalid_request" and "no words" in error["message"] and "Kết luận 21" in error["message"]
    r = client.post("/v1/search", json={"query": question})
    assert r.status_code == 422 and "no words" in _error(r)["message"]
    r = client.post("/v1/chat/completions", json={"messages": [{"role": "user", "content": question}]})
    assert r.status_code == 400 and "no words" in r.json()["error"]["message"]


def test_the_pipeline_refuses_a_question_without_words(pipeline):
    """The chat and the CLI reach the pipeline without the API's check: a refusal, never a citation."""
    for question in ("?", "...", "\u200b"):
        answer = pipeline.ask(question)
        assert answer.grounded is False and answer.citations == [] and "chữ hay số" in answer.answer
    assert pipeline.search("?") == []


def test_invisible_characters_inside_a_question_change_nothing(client):
    plain = "Kết luận 21-KL/TW được ban hành ngày nào?"
    dirty = "\ufeffKết\u200b luận 21-KL/\u200cTW được\u00ad ban hành\u200e ngày\u2060 nào?"
    a = client.post("/v1/ask", json={"question": plain}).json()
    b = client.post("/v1/ask", json={"question": dirty}).json()
    assert a["grounded"] and a["answer"].startswith("25/10/2021")
    assert (b["answer"], b["citations"], b["query"]) == (a["answer"], a["citations"], a["query"])


# -- back-pressure -----------------------------------------------------------------------------------

class _Held:
    """A /v1 route that holds its request until released (a slow question, on demand)."""

    def __init__(self, app) -> None:
        self.entered = threading.Semaphore(0)
        self.release = threading.Event()

        @app.get("/v1/held")
        def _held():
            self.entered.release()
            assert self.release.wait(30)
            return {"held": "done"}


@pytest.fixture
def tight_server(pipeline):
    """A real server allowing one request at a time, with one place in the queue."""
    app = create_app(Settings(api_keys=KEY, max_concurrent=1, max_queue=1), pipeline=pipeline, ui=False)
    held = _Held(app)
    port = free_port()
    server, thread = serve_in_thread(app, port)
    yield f"http://127.0.0.1:{port}", held, app.state.read_gate
    held.release.set()
    server.should_exit = True
    thread.join(timeout=10)


def test_beyond_the_queue_requests_are_503_at_once_and_served_again_after(tight_server):
    base, held, gate = tight_server
    results: dict[str, httpx.Response] = {}

    def call(name: str, method: str, path: str, **kw):
        results[name] = httpx.request(method, base + path, timeout=30, **kw)

    first = threading.Thread(target=call, args=("first", "GET", "/v1/held"))
    first.start()
    assert held.entered.acquire(timeout=10)  # the one slot is taken
    queued = threading.Thread(target=call, args=("queued", "POST", "/v1/search"), kwargs={"json": {"query": "KL 21"}})
    queued.start()
    deadline = time.time() + 10
    while gate.waiting < 1:  # the search waits in the queue: now the queue is full too
        assert time.time() < deadline
        time.sleep(0.02)
    started = time.perf_counter()
    r = httpx.post(base + "/v1/ask", json={"question": "KL 21 ban hành ngày nào?"}, timeout=30)
    assert time.perf_counter() - started < 1.0  # turned away at once, not after waiting
    assert r.status_code == 503 and r.headers["retry-after"] == "1"
    assert _error(r)["code"] == "overloaded" and "HOIDAP_MAX_QUEUE" in _error(r)["message"]
    # Probes and uploads are never behind questions.
    assert httpx.get(base + "/health").status_code == 200 and httpx.get(base + "/ready").status_code == 200
    up = httpx.post(base + "/v1/documents", files={"file": ("Kết luận 199.txt", KL199.encode())}, headers=AUTH,
                    timeout=30)
    assert up.status_code in (200, 201), up.text
    assert "queued" not in results  # still waiting behind the held request
    held.release.set()
    first.join(10)
    queued.join(10)
    assert results["first"].json() == {"held": "done"}
    assert results["queued"].status_code == 200 and results["queued"].json()["results"]
    r = httpx.post(base + "/v1/ask", json={"question": "KL 199 ban hành ngày nào?"}, timeout=30)
    assert r.status_code == 200 and r.json()["answer"].startswith("03/02/2023")
    assert httpx.delete(base + "/v1/documents/ket-luan-199", headers=AUTH, timeout=30).status_code == 200


def test_gate_hands_slots_over_in_order_and_forgets_cancelled_waiters():
    async def scenario():
        gate = Gate(limit=1, queue=2)
        assert await gate.enter()
        order: list[str] = []

        async def waiter(name: str):
            assert await gate.enter()
            order.append(name)

        a = asyncio.create_task(waiter("a"))
        cancelled = asyncio.create_task(waiter("cancelled"))
        await asyncio.sleep(0)
        assert gate.waiting == 2 and not await gate.enter()  # full: turned away at once
        cancelled.cancel()
        await asyncio.sleep(0)
        assert gate.waiting == 1
        gate.leave()
        await a
        assert order == ["a"] and gate.active == 1
        gate.leave()
        assert gate.active == 0 and gate.waiting == 0

    asyncio.run(scenario())


# -- two files, one document id ----------------------------------------------------------------------

def test_a_second_file_with_the_same_id_is_409_unless_replacing(client):
    first = client.post("/v1/documents", files={"file": ("Kết luận 199.txt", KL199.encode())}, headers=AUTH)
    assert first.status_code == 201 and first.json()["doc_id"] == "ket-luan-199"
    other = "Một văn bản khác hẳn, về thi đua khen thưởng năm 2024."
    r = client.post("/v1/documents", files={"file": ("ket-luan-199.md", other.encode())}, headers=AUTH)
    assert r.status_code == 409
    error = _error(r)
    assert error["code"] == "document_exists" and error["doc_id"] == "ket-luan-199"
    assert error["title"] == first.json()["title"] and first.json()["title"] in error["message"]
    assert "Kết luận 199.txt" in error["message"] and "replace=true" in error["message"]
    passages = client.get("/v1/documents/ket-luan-199").json()["passages"]
    assert "199-KL/TW" in passages[0]["text"]  # untouched
    # The same file again (new content) still replaces; another file replaces when asked to.
    again = client.post("/v1/documents", files={"file": ("Kết luận 199.txt", (KL199 + " Bổ sung.").encode())},
                        headers=AUTH)
    assert again.status_code == 200 and again.json()["status"] == "replaced"
    for how in ({"data": {"replace": "true"}}, {"params": {"replace": "true"}}):
        other += " Lần nữa."
        r = client.post("/v1/documents", files={"file": ("ket-luan-199.md", other.encode())}, headers=AUTH, **how)
        assert r.status_code == 200 and r.json()["status"] == "replaced", r.text
        assert "thi đua" in client.get("/v1/documents/ket-luan-199").json()["passages"][0]["text"]
    assert client.delete("/v1/documents/ket-luan-199", headers=AUTH).status_code == 200


# -- the OpenAPI description says what the server does -----------------------------------------------

def test_openapi_marks_reads_as_keyed_only_when_they_are(pipeline):
    def spec(**settings) -> dict:
        with TestClient(create_app(Settings(api_keys=KEY, **settings), pipeline=pipeline, ui=False)) as c:
            return c.get("/openapi.json").json()["paths"]

    open_reads, locked = spec(), spec(require_key_for_read=True)
    for path, method in (("/v1/ask", "post"), ("/v1/documents", "get"), ("/v1/directives", "get"),
                         ("/v1/chat/completions", "post")):
        assert "security" not in open_reads[path][method] and "401" not in open_reads[path][method]["responses"]
        assert locked[path][method]["security"] and {"401", "403"} <= set(locked[path][method]["responses"])
    for paths in (open_reads, locked):
        assert paths["/v1/documents"]["post"]["security"] and paths["/v1/documents/{doc_id}"]["delete"]["security"]
    assert {"400", "413", "422", "503"} <= set(open_reads["/v1/ask"]["post"]["responses"])
    assert {"400", "409", "413", "415", "422", "503"} <= set(open_reads["/v1/documents"]["post"]["responses"])
    chat = open_reads["/v1/chat/completions"]["post"]["responses"]
    assert "422" not in chat and {"400", "503"} <= set(chat)  # OpenAI's clients get 400 for a bad request
    assert "503" in open_reads["/health"]["get"]["responses"] and "503" in open_reads["/ready"]["get"]["responses"]

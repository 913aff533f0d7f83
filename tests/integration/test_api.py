"""The /v1 contract through FastAPI's TestClient and through a real uvicorn on loopback."""

from __future__ import annotations

import re
import threading
import time

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from tests.conftest import SAMPLE, free_port, make_pipeline


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, tiny_embeddings):
    p = make_pipeline(tmp_path_factory.mktemp("api"), tiny_embeddings)
    p.ingest_paths([SAMPLE])
    return p


@pytest.fixture(scope="module")
def client(pipeline):
    with TestClient(create_app(pipeline=pipeline)) as c:
        yield c


def test_health(client):
    assert client.get("/health").json() == {"status": "ok"}


def test_ask_returns_answer_with_numbered_citations(client):
    r = client.post("/v1/ask", json={"question": "Kết luận 21-KL/TW được ban hành ngày nào?"})
    assert r.status_code == 200
    body = r.json()
    assert set(body) == {"answer", "grounded", "citations"}
    assert body["grounded"] and body["answer"].startswith("25/10/2021")
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", body["answer"])}
    assert markers == {c["n"] for c in body["citations"]}
    cite = body["citations"][0]
    assert set(cite) == {"n", "doc_id", "title", "source", "chunk_id", "text", "score"}
    assert "25/10/2021" in cite["text"]


def test_ask_with_history_and_top_k(client):
    r = client.post("/v1/ask", json={"question": "ket luan 21 ban hanh ngay nao", "top_k": 3,
                                     "history": [{"role": "user", "content": "Chào"},
                                                 {"role": "assistant", "content": "Xin chào"}]})
    assert r.status_code == 200 and r.json()["answer"].startswith("25/10/2021")


def test_refusal_is_grounded_false_without_citations(client):
    body = client.post("/v1/ask", json={"question": "Nghị quyết 57-NQ/TW về nội dung gì?"}).json()
    assert body["grounded"] is False and body["citations"] == [] and "57-NQ/TW" in body["answer"]


def test_search_returns_best_first(client):
    body = client.post("/v1/search", json={"query": "Giải pháp thứ năm Nghệ An", "top_k": 4}).json()
    results = body["results"]
    assert len(results) == 4
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)
    assert any(r["text"].startswith("- Thứ năm") for r in results)


@pytest.mark.parametrize("payload,fragment", [
    ({"question": ""}, "question"),
    ({"question": "   "}, "the question is empty"),
    ({"question": "x" * 2001}, "2000"),
    ({"question": "KL 21?", "history": [{"role": "robot", "content": "hi"}]}, "history"),
    ({"question": "KL 21?", "history": "không phải danh sách"}, "history"),
    ({"question": "KL 21?", "top_k": 0}, "top_k"),
])
def test_bad_ask_input_is_422_with_a_message(client, payload, fragment):
    r = client.post("/v1/ask", json=payload)
    assert r.status_code == 422
    body = r.json()
    assert body["error"] == "invalid_request" and fragment in body["message"]


def test_bad_search_input_is_422(client):
    r = client.post("/v1/search", json={"query": ""})
    assert r.status_code == 422 and "query" in r.json()["message"]


def test_real_uvicorn_on_loopback(pipeline):
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(pipeline=pipeline), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        deadline = time.time() + 20
        while not server.started:
            assert time.time() < deadline, "uvicorn did not start"
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        assert httpx.get(f"{base}/health").json() == {"status": "ok"}
        body = httpx.post(f"{base}/v1/ask", json={"question": "KL 21 ban hành ngày nào?"}, timeout=30).json()
        assert body["answer"].startswith("25/10/2021") and body["citations"]
        assert httpx.post(f"{base}/v1/ask", json={"question": ""}).status_code == 422
    finally:
        server.should_exit = True
        thread.join(timeout=10)

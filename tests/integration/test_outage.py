"""A real `chroma run` stopped under a serving hoidap: every endpoint that needs it answers 503 JSON with
Retry-After, liveness stays up, and everything recovers by itself when the server is back (same port, same data);
a hoidap started while the server is down waits for it instead of failing for good."""

from __future__ import annotations

import time
from contextlib import contextmanager

import httpx
import pytest

from api.app import create_app
from rag.settings import Settings
from tests.conftest import SAMPLE, chroma_process, free_port, serve_in_thread

pytestmark = pytest.mark.slow


def _wait_status(url: str, status: int, seconds: float = 60) -> httpx.Response:
    """GET ``url`` until it answers ``status`` (or the time is up); the last response."""
    deadline = time.time() + seconds
    while True:
        r = httpx.get(url, timeout=10)
        if r.status_code == status or time.time() > deadline:
            return r
        time.sleep(0.25)


def _unavailable(r: httpx.Response) -> dict:
    assert r.status_code == 503, (r.request.url, r.status_code, r.text)
    assert r.headers["content-type"].startswith("application/json") and int(r.headers["retry-after"]) > 0
    error = r.json()["error"]
    assert error["request_id"] == r.headers["x-request-id"]
    return error


@contextmanager
def _serving(settings: Settings):
    port = free_port()
    server, thread = serve_in_thread(create_app(settings, ui=False), port)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=15)


def test_chroma_down_is_503_everywhere_and_recovers_by_itself(tmp_path, tiny_model_dir):
    from service.pipeline import build_pipeline

    port, data, log = free_port(), tmp_path / "chroma-db", tmp_path / "chroma.log"
    settings = Settings(data_dir=tmp_path / "unused", chroma_host="127.0.0.1", chroma_port=port,
                        embedding_model=str(tiny_model_dir))
    question = {"question": "Kết luận 21-KL/TW ban hành ngày nào?"}
    with chroma_process(port, data, log) as chroma:
        build_pipeline(settings).ingest_paths([SAMPLE])
        with _serving(settings) as base:
            assert _wait_status(f"{base}/ready", 200).json()["store"] == "http"
            assert httpx.post(f"{base}/v1/ask", json=question, timeout=30).json()["answer"].startswith("25/10/2021")
            chroma.terminate()
            chroma.wait(timeout=15)

            for method, path, body in (("GET", "/ready", None), ("POST", "/v1/ask", question),
                                       ("POST", "/v1/search", {"query": "KL 21"}), ("GET", "/v1/documents", None),
                                       ("GET", "/v1/documents/hung-nguyen-giam-sat-kl21", None),
                                       ("GET", "/v1/directives", None),
                                       ("POST", "/v1/ask", {**question, "stream": True})):
                error = _unavailable(httpx.request(method, base + path, json=body, timeout=30))
                assert error["code"] == "backend_unavailable" and "Chroma" in error["message"], path
            chat = httpx.post(f"{base}/v1/chat/completions", timeout=30,
                              json={"messages": [{"role": "user", "content": question["question"]}]})
            assert _unavailable(chat)["type"] == "service_unavailable"
            assert httpx.get(f"{base}/health").json() == {"status": "ok"}  # alive: do not restart it

            # A replica started during the outage waits for the server rather than failing for good.
            with _serving(settings) as late:
                error = _unavailable(_wait_status(f"{late}/ready", 503))
                deadline = time.time() + 30
                while "Chroma server" not in error["message"]:
                    assert time.time() < deadline, error
                    time.sleep(0.25)
                    error = _unavailable(httpx.get(f"{late}/ready"))
                assert error["code"] == "not_ready"
                assert httpx.get(f"{late}/health").status_code == 200

                with chroma_process(port, data, log):  # the same port and data: the index comes back whole
                    for url in (base, late):
                        ready = _wait_status(f"{url}/ready", 200, seconds=90)
                        assert ready.status_code == 200 and ready.json()["documents"] == 5, ready.text
                        body = httpx.post(f"{url}/v1/ask", json=question, timeout=30).json()
                        assert body["grounded"] and body["answer"].startswith("25/10/2021")

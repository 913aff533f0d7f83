"""With an LLM configured, a server that is down, slow or returns garbage gives the extractive answer
with a warning: never an error, never a wait past the timeout. The peers are real loopback servers."""

from __future__ import annotations

import http.server
import json
import threading
import time

import pytest

from rag.answer.generate import build_llm
from rag.settings import Settings
from tests.conftest import SAMPLE, free_port, make_pipeline

QUESTION = "Hội nghị ở Quảng Ninh được kết nối trực tuyến đến bao nhiêu điểm cầu?"


class _Peer(http.server.BaseHTTPRequestHandler):
    mode = "garbage"

    def do_POST(self):  # noqa: N802 — http.server's name
        self.rfile.read(int(self.headers.get("content-length", 0)))
        if self.mode == "slow":
            time.sleep(5)
        if self.mode == "trickle":  # valid stream chunks, one token every half second, for ten seconds
            self.send_response(200)
            self.send_header("content-type", "text/event-stream")
            self.end_headers()
            for _ in range(20):
                chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m",
                         "choices": [{"index": 0, "delta": {"content": "chậm "}, "finish_reason": None}]}
                try:
                    self.wfile.write(f"data: {json.dumps(chunk)}\n\n".encode())
                    self.wfile.flush()
                except OSError:
                    return
                time.sleep(0.5)
            return
        body = b"<html>502 Bad Gateway</html>" if self.mode == "garbage" else b"{}"
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def _serve(mode: str):
    handler = type(f"Peer_{mode}", (_Peer,), {"mode": mode})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@pytest.fixture(scope="module")
def index_dir(tmp_path_factory, tiny_embeddings):
    path = tmp_path_factory.mktemp("llm-fallback")
    make_pipeline(path, tiny_embeddings).ingest_paths([SAMPLE])
    return path


def _pipeline(index_dir, tiny_embeddings, base_url: str, timeout: float = 2.0):
    from service.pipeline import build_pipeline

    settings = Settings(data_dir=index_dir, llm="openai", llm_base_url=base_url, llm_timeout=timeout)
    return build_pipeline(settings, embeddings=tiny_embeddings, llm=build_llm(settings))


# What the warning names for each failure: the client's connection or timeout error, the pipeline's own
# deadline for a stream that never ends, and neither for a reply that is not a chat completion.
_FAILURE = {"down": "ConnectionError", "slow": "TimeoutError", "garbage": "", "trickle": "(TimeoutError)"}


@pytest.mark.parametrize("mode", ["down", "slow", "garbage", "trickle"])
def test_llm_failure_falls_back_to_the_extractive_answer(index_dir, tiny_embeddings, mode):
    server = None if mode == "down" else _serve(mode)
    url = f"http://127.0.0.1:{server.server_address[1] if server else free_port()}/v1"
    pipeline = _pipeline(index_dir, tiny_embeddings, url, timeout=1.5)
    started = time.perf_counter()
    answer = pipeline.ask(QUESTION)
    elapsed = time.perf_counter() - started
    if server:
        server.shutdown()
    assert answer.grounded and "237" in answer.answer and answer.mode == "extractive" and answer.citations
    # The fallback says the server failed (not that verification removed a real answer), and how.
    assert answer.warning.startswith("LLM không trả lời được ("), answer.warning
    assert _FAILURE[mode] in answer.warning, answer.warning
    if mode == "garbage":
        assert "Timeout" not in answer.warning and "Connection" not in answer.warning, answer.warning
    assert elapsed < 4, f"took {elapsed:.1f} s with a 1.5 s timeout"


def test_refusals_never_reach_the_llm(index_dir, tiny_embeddings):
    pipeline = _pipeline(index_dir, tiny_embeddings, f"http://127.0.0.1:{free_port()}/v1")
    answer = pipeline.ask("Nghị quyết 57-NQ/TW về nội dung gì?")
    assert not answer.grounded and answer.warning == "" and answer.mode == "extractive"


def test_llm_setting_needs_a_base_url():
    with pytest.raises(ValueError, match="HOIDAP_LLM_BASE_URL"):
        build_llm(Settings(llm="openai"))

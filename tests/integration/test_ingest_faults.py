"""kill -9 of `hoidap ingest DIR` at three points, then the same ingest again: the index equals the one an
uninterrupted ingest builds (same chunk ids and texts, no duplicate, nothing missing).

The ingest writes to a real `chroma run` server through a small loopback proxy in this test. The proxy reads
each HTTP request and, at the chosen point, holds it instead of forwarding it; the test then kills the ingest
with SIGKILL. So the point is exact and nothing in hoidap knows it is being tested: before anything is written
(the first upsert held), after a batch's chunks but before the records that mark its documents complete (the
second), and after the last document but before the final metadata write that marks the run complete."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

from rag.index.store import build_chroma_client
from tests.conftest import REPO, SAMPLE, chroma_process, free_port

pytestmark = pytest.mark.slow

Rule = Callable[[str, str, bytes], bool]  # (method, path, body) -> hold this request?


class HoldingProxy:
    """A loopback TCP proxy in front of the Chroma server that parses requests (Content-Length bodies, as the
    Chroma client sends them) and holds the first one ``rule`` picks; ``held`` is set when it does."""

    def __init__(self, upstream_port: int, rule: Rule) -> None:
        self.upstream_port = upstream_port
        self.rule = rule
        self.held = threading.Event()
        self._lock = threading.Lock()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        threading.Thread(target=self._accept, daemon=True).start()

    def close(self) -> None:
        self._listener.close()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            threading.Thread(target=self._requests, args=(client, upstream), daemon=True).start()
            threading.Thread(target=self._copy, args=(upstream, client), daemon=True).start()

    @staticmethod
    def _copy(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

    def _requests(self, client: socket.socket, upstream: socket.socket) -> None:
        buf = b""
        try:
            while True:
                while b"\r\n\r\n" not in buf:
                    data = client.recv(65536)
                    if not data:
                        return
                    buf += data
                head, buf = buf.split(b"\r\n\r\n", 1)
                match = re.search(rb"\r\ncontent-length:\s*(\d+)", head, re.I)
                assert not re.search(rb"\r\ntransfer-encoding:\s*chunked", head, re.I), head
                length = int(match.group(1)) if match else 0
                while len(buf) < length:
                    data = client.recv(65536)
                    if not data:
                        return
                    buf += data
                body, buf = buf[:length], buf[length:]
                method, path = head.split(b" ", 2)[:2]
                with self._lock:
                    hold = not self.held.is_set() and self.rule(method.decode(), path.decode(), body)
                    if hold:
                        self.held.set()
                if hold:
                    client.recv(1)  # never forwarded: wait for the ingest to die
                    return
                upstream.sendall(head + b"\r\n\r\n" + body)
        except OSError:
            pass


def nth_upsert(n: int) -> Rule:
    seen = 0

    def rule(method: str, path: str, body: bytes) -> bool:
        nonlocal seen
        if method == "POST" and path.rstrip("/").endswith("/upsert"):
            seen += 1
            return seen == n
        return False

    return rule


def final_metadata(method: str, path: str, body: bytes) -> bool:
    """The write that clears the unfinished-ingest record: the run's last step."""
    return method == "PUT" and re.search(rb'"unfinished_ingest":\s*""', body) is not None


def _ingest(port: int, collection: str, model: Path, corpus: Path) -> subprocess.Popen:
    env = {**os.environ, "HOIDAP_CHROMA_HOST": "127.0.0.1", "HOIDAP_CHROMA_PORT": str(port),
           "HOIDAP_COLLECTION": collection, "HOIDAP_EMBEDDING_MODEL": str(model), "HOIDAP_LOG_LEVEL": "WARNING",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))}
    return subprocess.Popen([sys.executable, "-m", "cli.main", "ingest", str(corpus)], env=env, cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _finish(proc: subprocess.Popen) -> tuple[str, str]:
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-3000:]
    return out, err


def _index(client, collection: str) -> tuple[dict[str, tuple[str, str, int]], dict]:
    col = client.get_collection(collection)
    got = col.get(include=["documents", "metadatas"])
    rows = {cid: (text, meta["doc_id"], int(meta["position"]))
            for cid, text, meta in zip(got["ids"], got["documents"], got["metadatas"])}
    assert len(rows) == len(got["ids"])
    places = [(doc, pos) for _, doc, pos in rows.values()]
    assert len(places) == len(set(places)), "two chunks at one place of one document"
    return rows, dict(col.metadata or {})


@pytest.fixture(scope="module")
def server_and_clean_index(tmp_path_factory, tiny_model_dir):
    """A `chroma run` server holding an uninterrupted ingest of the sample corpus (collection "clean")."""
    work = tmp_path_factory.mktemp("faults")
    port = free_port()
    with chroma_process(port, work / "db", work / "chroma.log"):
        client = build_chroma_client(work, "127.0.0.1", port)
        _finish(_ingest(port, "clean", tiny_model_dir, SAMPLE))
        clean, meta = _index(client, "clean")
        assert len({doc for _, doc, _ in clean.values()}) == 5 and not meta["unfinished_ingest"]
        yield port, client, clean


@pytest.mark.parametrize("point,rule,name", [
    # Ingest writes documents in batches: chunks first, then the records saying which documents are complete.
    ("before the first write", lambda: nth_upsert(1), "first"),
    ("after a batch's chunks, before its records", lambda: nth_upsert(2), "records"),
    ("before the final metadata", lambda: final_metadata, "final"),
])
def test_killed_ingest_resumes_to_the_same_index(server_and_clean_index, tiny_model_dir, point, rule, name):
    port, client, clean = server_and_clean_index
    collection = f"killed-{name}"
    proxy = HoldingProxy(port, rule())
    try:
        proc = _ingest(proxy.port, collection, tiny_model_dir, SAMPLE)
        assert proxy.held.wait(120), f"{point}: the ingest never reached the point: {proc.communicate()}"
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        proxy.close()
    partial, meta = _index(client, collection)
    for doc in {doc for _, doc, _ in partial.values()}:  # a document is written whole or not at all
        assert {c for c, v in partial.items() if v[1] == doc} == {c for c, v in clean.items() if v[1] == doc}, point
    assert meta["unfinished_ingest"], "a killed run must stay marked unfinished"
    assert set(partial) <= set(clean) and all(partial[c] == clean[c] for c in partial)

    out, err = _finish(_ingest(port, collection, tiny_model_dir, SAMPLE))
    assert "resuming an unfinished ingest" in err
    resumed, meta = _index(client, collection)
    assert resumed == clean, point  # same ids, texts, documents and positions: nothing lost, nothing twice
    assert not meta["unfinished_ingest"]
    new = int(re.search(r"\((\d+) new", out).group(1))
    assert new == len(clean) - len(partial)  # only what the killed run had not written was embedded

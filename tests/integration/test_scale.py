"""Scale behaviour with real parts: the persisted snapshot a start loads, re-ingest skipped by content hash,
two replica processes on one real `chroma run`, and `hoidap serve` with two worker processes."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import httpx
import pytest

from tests.conftest import LIVE_KEY, REPO, SAMPLE, free_port, make_pipeline, subprocess_server

NEW_DOC = ("Quy định số 302-QĐ/TW ngày 15/03/2024 của Ban Bí thư về thử nghiệm nhân bản chỉ mục.\n\n"
           "Ban Bí thư giao Văn phòng Trung ương Đảng theo dõi việc thực hiện Quy định 302.")
QUESTION = "Quy định 302-QĐ/TW ban hành ngày nào?"


def test_a_start_loads_the_persisted_snapshot_then_reads_only_later_writes(tiny_embeddings, tmp_path):
    from rag.documents import SourceDocument

    first = make_pipeline(tmp_path, tiny_embeddings)
    first.ingest_paths([SAMPLE])
    assert first.retriever.persisted.is_file()  # ingest wrote the snapshot beside the index
    first.ingest_documents([SourceDocument("qd-302", "Quy định 302", NEW_DOC, source="Thử nghiệm")])
    assert first.ask(QUESTION).answer.startswith("15/03/2024")

    second = make_pipeline(tmp_path, tiny_embeddings)
    answer = second.ask(QUESTION)  # from the file, plus the one document written after it
    assert second.retriever.loaded_from == "file"
    assert answer.grounded and answer.answer.startswith("15/03/2024") and answer.citations[0].doc_id == "qd-302"
    question = "ket luan 21 ban hanh ngay nao"
    assert second.ask(question).answer == first.ask(question).answer
    assert second.stats()["chunks"] == first.stats()["chunks"] == first.store.count()


def test_a_snapshot_parsed_by_another_extractor_version_is_rebuilt(tiny_embeddings, tmp_path, monkeypatch):
    # Its registry was built from mentions an older extractor found: a start reads the store instead.
    from rag.query import checkpoint

    make_pipeline(tmp_path, tiny_embeddings).ingest_paths([SAMPLE])
    monkeypatch.setattr(checkpoint, "MENTIONS_VERSION", checkpoint.MENTIONS_VERSION + 1)
    later = make_pipeline(tmp_path, tiny_embeddings)
    answer = later.ask("ket luan 21 ban hanh ngay nao")
    assert later.retriever.loaded_from != "file" and answer.answer.startswith("25/10/2021")


def test_a_snapshot_written_with_the_other_dense_search_is_rebuilt(tiny_embeddings, tmp_path):
    # A file written with exact search off has no vectors: a start with it on reads them from the store, and
    # the other way round drops them; with the same choice the file is used.
    make_pipeline(tmp_path, tiny_embeddings, exact_dense_max_chunks=0).ingest_paths([SAMPLE])
    exact = make_pipeline(tmp_path, tiny_embeddings)
    assert exact.ask("ket luan 21 ban hanh ngay nao").answer.startswith("25/10/2021")
    assert exact.retriever.loaded_from == "store" and exact.stats()["dense_search"] == "exact"
    exact.persist()
    again = make_pipeline(tmp_path, tiny_embeddings)
    assert again.stats()["dense_search"] == "exact" and again.retriever.loaded_from == "file"
    hnsw = make_pipeline(tmp_path, tiny_embeddings, exact_dense_max_chunks=0)
    assert hnsw.stats()["dense_search"] == "hnsw" and hnsw.retriever.loaded_from == "store"


def test_an_unchanged_reingest_skips_every_file_without_loading_it(tiny_embeddings, tmp_path, monkeypatch):
    import shutil

    from ingest import indexer

    calls, loaded = [], []
    real, real_load = indexer.chunk_document, indexer.load_files
    monkeypatch.setattr(indexer, "chunk_document", lambda doc, *a: calls.append(doc.doc_id) or real(doc, *a))
    monkeypatch.setattr(indexer, "load_files", lambda paths: loaded.extend(p.name for p in paths) or real_load(paths))
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE, corpus)
    pipeline = make_pipeline(tmp_path / "index", tiny_embeddings)
    first = pipeline.ingest_paths([corpus])
    assert len(calls) == 5 and first.added == first.chunks
    calls.clear()
    loaded.clear()
    again = pipeline.ingest_paths([corpus])
    assert loaded == [] and calls == []  # not even read and cleaned: the files' bytes are as recorded
    assert again.unchanged_documents == 5 and again.added == again.removed == 0 and again.documents == 5
    assert again.chunks == first.chunks  # counted from the documents' records
    path = corpus / "hung-nguyen-giam-sat-kl21.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("Sáng 14/11", "Sáng 15/11"), encoding="utf-8")
    changed = pipeline.ingest_paths([corpus])
    # the changed file's site is cleaned again together (its boilerplate is shared); only the file is re-chunked
    assert sorted(loaded) == ["ban-to-chuc-tw-giao-ban-quy-iii-2021.txt", "hung-nguyen-giam-sat-kl21.txt"]
    assert calls == ["hung-nguyen-giam-sat-kl21"] and changed.added >= 1 and changed.unchanged_documents == 4


def _serve(tmp_path: Path, name: str, **env: str):
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    full = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")])),
            "HOIDAP_DATA_DIR": str(tmp_path / name), "HOIDAP_API_KEYS": LIVE_KEY, "HOIDAP_REFRESH_SECONDS": "0.3",
            **env}

    def probe():  # serving, index loaded (an empty index is loaded too)
        r = httpx.get(f"{base}/ready", timeout=2)
        assert r.status_code == 200 or r.json()["error"]["code"] == "index_empty"

    cmd = [sys.executable, "-m", "cli.main", "serve", "--port", str(port)]
    return base, subprocess_server(cmd, tmp_path / f"{name}.log", f"hoidap serve ({name})", 120, probe, env=full)


def _cites(base: str, doc_id: str) -> bool:
    r = httpx.post(f"{base}/v1/ask", json={"question": QUESTION}, timeout=30)
    if r.status_code == 503:  # a worker still loading says so; the question goes to another process next time
        return False
    body = r.json()
    return body["grounded"] and any(c["doc_id"] == doc_id for c in body["citations"])


def _within(seconds: float, check) -> float:
    started = time.monotonic()
    while not check():
        assert time.monotonic() - started < seconds, f"not within {seconds} s"
        time.sleep(0.1)
    return time.monotonic() - started


@pytest.mark.slow
def test_two_replica_processes_on_one_chroma_server_agree_within_seconds(chroma_server, tiny_model_dir, tmp_path):
    host, port = chroma_server
    shared = {"HOIDAP_CHROMA_HOST": host, "HOIDAP_CHROMA_PORT": str(port), "HOIDAP_COLLECTION": "two-replicas",
              "HOIDAP_EMBEDDING_MODEL": str(tiny_model_dir)}
    a, serve_a = _serve(tmp_path, "replica-a", **shared)
    b, serve_b = _serve(tmp_path, "replica-b", **shared)
    with serve_a, serve_b:
        upload = httpx.post(f"{a}/v1/documents", headers={"X-API-Key": LIVE_KEY}, timeout=60,
                            files={"file": ("Quy định 302.txt", NEW_DOC.encode(), "text/plain")})
        assert upload.status_code == 201, upload.text
        assert _cites(a, "quy-dinh-302")  # the replica that wrote reads its write at once
        _within(5, lambda: _cites(b, "quy-dinh-302"))  # the other one within seconds
        assert httpx.delete(f"{b}/v1/documents/quy-dinh-302", headers={"X-API-Key": LIVE_KEY}).status_code == 200
        assert not _cites(b, "quy-dinh-302")
        _within(5, lambda: not _cites(a, "quy-dinh-302"))
        assert httpx.get(f"{a}/v1/documents").json()["documents"] == []


@pytest.mark.slow
def test_serve_with_two_workers_shares_one_index(tiny_model_dir, tmp_path):
    base, serve = _serve(tmp_path, "workers", HOIDAP_WORKERS="2", HOIDAP_EMBEDDING_MODEL=str(tiny_model_dir))
    with serve:
        def uploaded() -> bool:  # a worker still loading answers 503 not_ready with Retry-After: a client retries
            r = httpx.post(f"{base}/v1/documents", headers={"X-API-Key": LIVE_KEY}, timeout=60,
                           files={"file": ("Quy định 302.txt", NEW_DOC.encode(), "text/plain")})
            assert r.status_code in (201, 503), r.text
            assert r.status_code == 201 or (r.json()["error"]["code"] == "not_ready" and "Retry-After" in r.headers)
            return r.status_code == 201

        _within(30, uploaded)
        # Whichever worker takes a question, within seconds every answer cites the upload (the second worker may
        # still be loading when the first is ready).
        _within(20, lambda: all(_cites(base, "quy-dinh-302") for _ in range(6)))
        assert (tmp_path / "workers" / "chroma.sqlite3").is_file()  # the index is the data dir's, served by Chroma

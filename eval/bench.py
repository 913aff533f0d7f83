"""Benchmark: first-ingest and re-ingest time, chunks/s, and answer latency. Prints numbers only.

Run with ``make bench``, or ``python -m eval.bench --url http://127.0.0.1:8000 [--n 50] [--clients 10]
[--pid PID]`` to time a running server's ``/v1/ask`` (sequential, then concurrent clients) and report
its memory. ``python -m eval.bench --synthetic-chunks N --json OUT`` is the scale benchmark
(``eval.scale_bench``).
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from eval.bench_questions import QUESTIONS
from eval.metrics import percentile


def bench_in_process(sample: Path) -> None:
    from rag.settings import Settings
    from service.pipeline import build_pipeline

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        pipeline = build_pipeline(Settings(data_dir=Path(tmp)))
        first = pipeline.ingest_paths([sample])
        print(f"first ingest: {first.documents} docs, {first.chunks} chunks in {first.seconds:.2f} s "
              f"({first.chunks_per_second:.1f} chunks/s embedded; {time.perf_counter() - started:.2f} s with start-up)")
        again = pipeline.ingest_paths([sample])
        print(f"re-ingest: {again.embedded} embedded, {again.added} added in {again.seconds:.3f} s")
        pipeline.ask(QUESTIONS[0])  # warm-up: model load, lexical index
        timings = []
        for q in QUESTIONS:
            t = time.perf_counter()
            pipeline.ask(q)
            timings.append((time.perf_counter() - t) * 1000)
        print(f"ask (in-process, {len(timings)} questions): median {statistics.median(timings):.1f} ms, "
              f"p95 {percentile(timings, 0.95):.1f} ms")


def _report(label: str, timings: list[float], seconds: float) -> None:
    print(f"{label}: {len(timings)} requests, median {statistics.median(timings):.1f} ms, "
          f"p95 {percentile(timings, 0.95):.1f} ms, {len(timings) / seconds:.1f} req/s")


def _rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def bench_http(url: str, n: int, clients: int, pid: int | None) -> None:
    """Time a running server's /v1/ask: ``n`` sequential questions, then ``clients`` concurrent clients."""
    from concurrent.futures import ThreadPoolExecutor

    import httpx

    questions = [QUESTIONS[i % len(QUESTIONS)] for i in range(n)]
    if pid:
        print(f"server RSS before: {_rss_mib(pid):.0f} MiB (idle)")

    def ask(client: httpx.Client, q: str) -> float:
        t = time.perf_counter()
        client.post("/v1/ask", json={"question": q}).raise_for_status()
        return (time.perf_counter() - t) * 1000

    with httpx.Client(base_url=url, timeout=60) as client:
        ask(client, QUESTIONS[0])  # warm-up
        started = time.perf_counter()
        timings = [ask(client, q) for q in questions]
        _report("POST /v1/ask, sequential", timings, time.perf_counter() - started)

    def one_client(offset: int) -> list[float]:
        with httpx.Client(base_url=url, timeout=60) as client:
            return [ask(client, questions[(offset + i) % n]) for i in range(n)]

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        timings = [t for ts in pool.map(one_client, range(clients)) for t in ts]
    _report(f"POST /v1/ask, {clients} concurrent clients x {n}", timings, time.perf_counter() - started)
    if pid:
        print(f"server RSS after: {_rss_mib(pid):.0f} MiB")


def main() -> None:
    """Print the benchmark numbers."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", help="time a running server instead of the in-process pipeline")
    parser.add_argument("--sample", type=Path, default=Path("data/sample"))
    parser.add_argument("--n", type=int, default=50, help="questions per client (with --url)")
    parser.add_argument("--clients", type=int, default=10, help="concurrent clients (with --url)")
    parser.add_argument("--pid", type=int, help="server process id, to report its memory (with --url)")
    parser.add_argument("--synthetic-chunks", type=int, help="the scale benchmark on about this many chunks")
    parser.add_argument("--json", type=Path, default=Path("scale.json"), help="where the scale benchmark writes")
    parser.add_argument("--workdir", type=Path, help="keep the scale benchmark's corpus and indexes here")
    parser.add_argument("--workers", type=int, default=2, help="HOIDAP_WORKERS of the benchmarked server")
    parser.add_argument("--real-sample", type=int, default=2000,
                        help="chunks ingested with the real embedder for ingest_chunks_per_s_real (0: skip)")
    args = parser.parse_args()
    if args.synthetic_chunks:
        from eval.scale_bench import run

        print(json.dumps(run(args.synthetic_chunks, args.json, args.workdir, args.workers, args.real_sample),
                         indent=2))
    elif args.url:
        bench_http(args.url, args.n, args.clients, args.pid)
    else:
        bench_in_process(args.sample)


if __name__ == "__main__":
    main()

"""Load test (a script, not a test): N concurrent clients ask a running server's ``/v1/ask`` for T seconds with
the eval questions, and the counts by status, the 5xx other than deliberate 503s and the latency percentiles of
the served requests are printed (and written as JSON with ``--json``).

    python -m eval.load --url http://127.0.0.1:8000 [--clients 50] [--seconds 60] [--json out.json]

A client that gets a 503 with ``Retry-After`` waits that long before its next question, as a polite client
does (``--no-backoff`` asks again at once). Deliberate 503s are the ones hoidap sends on purpose with a JSON
code: ``overloaded`` (beyond HOIDAP_MAX_QUEUE), ``not_ready``, ``backend_unavailable``. Anything else at 5xx,
and every connection error or timeout, is a failure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from eval.metrics import percentile
from eval.runner import load_cases

DATASET = Path(__file__).parent / "data" / "cases.jsonl"
DELIBERATE_503 = frozenset({"overloaded", "not_ready", "backend_unavailable"})


@dataclass
class Tally:
    """What the clients saw."""

    statuses: Counter = field(default_factory=Counter)
    codes: Counter = field(default_factory=Counter)  # error codes of non-2xx answers
    served_ms: list[float] = field(default_factory=list)  # latency of 2xx answers
    refused_ms: list[float] = field(default_factory=list)  # latency of deliberate 503s
    failures: list[str] = field(default_factory=list)  # 5xx other than deliberate 503s, transport errors


@dataclass(frozen=True)
class Report:
    """The numbers of one run."""

    url: str
    clients: int
    seconds: float
    requests: int
    statuses: dict[str, int]
    error_codes: dict[str, int]
    served: int
    deliberate_503: int
    failures: int
    failure_examples: list[str]
    served_per_second: float
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    deliberate_503_p99_ms: float
    load_average: list[float]


def _error_code(body: bytes) -> str:
    try:
        error = json.loads(body).get("error")
    except (ValueError, AttributeError):
        return ""
    return str(error.get("code", "")) if isinstance(error, dict) else str(error or "")


async def _client(http, url: str, payloads: list[dict], offset: int, stop_at: float, tally: Tally,
                  backoff: bool) -> None:
    import httpx

    i = offset
    while time.monotonic() < stop_at:
        payload = payloads[i % len(payloads)]
        i += 1
        started = time.perf_counter()
        try:
            r = await http.post(f"{url}/v1/ask", json=payload)
        except httpx.HTTPError as exc:
            tally.statuses["transport_error"] += 1
            tally.failures.append(f"{type(exc).__name__}: {exc}")
            continue
        ms = (time.perf_counter() - started) * 1000
        tally.statuses[str(r.status_code)] += 1
        if r.is_success:
            tally.served_ms.append(ms)
            continue
        code = _error_code(r.content)
        tally.codes[code or f"http_{r.status_code}"] += 1
        if r.status_code == 503 and code in DELIBERATE_503:
            tally.refused_ms.append(ms)
            if backoff:
                wait = float(r.headers.get("retry-after", "1") or 1)
                await asyncio.sleep(min(wait, max(0.0, stop_at - time.monotonic())))
        elif r.status_code >= 500:
            tally.failures.append(f"{r.status_code} {code}: {r.text[:200]}")


async def run_load(url: str, clients: int, seconds: float, questions: Path = DATASET, timeout: float = 60.0,
                   backoff: bool = True) -> Report:
    """Run ``clients`` clients against ``url`` for ``seconds``; the report."""
    import httpx

    payloads = [{"question": c.question, "history": [dict(t) for t in c.history]} for c in load_cases(questions)]
    tally = Tally()
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(timeout=timeout, limits=limits) as http:
        (await http.get(f"{url}/ready")).raise_for_status()
        started = time.monotonic()
        stop_at = started + seconds
        await asyncio.gather(*(_client(http, url, payloads, n * 7, stop_at, tally, backoff)
                               for n in range(clients)))
        elapsed = time.monotonic() - started
    served = tally.served_ms
    return Report(
        url=url, clients=clients, seconds=round(elapsed, 1), requests=sum(tally.statuses.values()),
        statuses=dict(sorted(tally.statuses.items())), error_codes=dict(sorted(tally.codes.items())),
        served=len(served), deliberate_503=len(tally.refused_ms), failures=len(tally.failures),
        failure_examples=tally.failures[:5], served_per_second=round(len(served) / elapsed, 1),
        p50_ms=round(percentile(served, 0.50), 1), p95_ms=round(percentile(served, 0.95), 1),
        p99_ms=round(percentile(served, 0.99), 1), max_ms=round(max(served, default=0.0), 1),
        deliberate_503_p99_ms=round(percentile(tally.refused_ms, 0.99), 1),
        load_average=[round(x, 2) for x in os.getloadavg()],
    )


def render(report: Report) -> str:
    """The report as lines a person reads."""
    statuses = ", ".join(f"{k}: {v}" for k, v in report.statuses.items())
    codes = ", ".join(f"{k}: {v}" for k, v in report.error_codes.items()) or "none"
    lines = [
        f"{report.clients} clients for {report.seconds} s against {report.url}/v1/ask",
        f"requests {report.requests} ({statuses}); error codes: {codes}",
        f"served {report.served} ({report.served_per_second}/s): p50 {report.p50_ms} ms, p95 {report.p95_ms} ms, "
        f"p99 {report.p99_ms} ms, max {report.max_ms} ms",
        f"deliberate 503s {report.deliberate_503} (p99 {report.deliberate_503_p99_ms} ms); "
        f"failures (other 5xx, connection errors) {report.failures}",
        f"load average at the end: {report.load_average}",
    ]
    lines += [f"  failure: {f}" for f in report.failure_examples]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.load", description=__doc__.split("\n\n")[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="a running hoidap server")
    parser.add_argument("--clients", type=int, default=50, help="concurrent clients (default 50)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (default 60)")
    parser.add_argument("--questions", type=Path, default=DATASET, help="JSON Lines cases (default eval/data)")
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a request counts as failed")
    parser.add_argument("--no-backoff", action="store_true", help="ignore Retry-After and ask again at once")
    parser.add_argument("--json", type=Path, help="also write the report here as JSON")
    args = parser.parse_args(argv)
    if args.clients < 1 or args.seconds <= 0:
        parser.error("--clients must be at least 1 and --seconds above 0")
    report = asyncio.run(run_load(args.url.rstrip("/"), args.clients, args.seconds, args.questions, args.timeout,
                                  backoff=not args.no_backoff))
    print(render(report))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(asdict(report), ensure_ascii=False, indent=2), encoding="utf-8")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())

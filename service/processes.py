"""Child server processes (`chroma run`, `hoidap serve`, a test's model server): started with their output
appended to a log, waited for until a probe passes, and stopped when the caller is done with them."""

from __future__ import annotations

import socket
import subprocess
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path


def free_port() -> int:
    """A TCP port on loopback that nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running(cmd: list[str], log_path: Path, env: Mapping[str, str] | None = None,
            stop_timeout: float = 15.0) -> Iterator[subprocess.Popen]:
    """``cmd`` running, its output appended to ``log_path``; asked to stop when the block ends (killed when it
    does not within ``stop_timeout``), unless it has ended already."""
    with open(log_path, "ab") as log:
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=dict(env) if env else None)
    try:
        yield proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=stop_timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_ready(proc: subprocess.Popen, probe: Callable[[], bool], what: str, log_path: Path,
               timeout: float = 60.0, interval: float = 0.2) -> float:
    """Call ``probe`` until it returns True (an exception counts as not yet); returns the seconds it took.
    Raises RuntimeError, with the end of the log, when the process ends first or ``timeout`` passes."""
    started = time.perf_counter()
    while True:
        try:
            if probe():
                return time.perf_counter() - started
        except Exception:  # noqa: BLE001 — not listening yet, or not ready: try again
            pass
        if proc.poll() is not None or time.perf_counter() - started > timeout:
            state = f"exited with {proc.returncode}" if proc.poll() is not None else f"not ready after {timeout:.0f} s"
            tail = log_path.read_text(errors="replace")[-2000:] if log_path.exists() else ""
            raise RuntimeError(f"{what} {state}; the end of {log_path}:\n{tail}")
        time.sleep(interval)

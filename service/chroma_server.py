"""A `chroma run` server on HOIDAP_DATA_DIR for `hoidap serve` with several workers (an embedded Chroma index
cannot be shared by processes); nothing is started when HOIDAP_CHROMA_HOST names a server already."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rag.settings import Settings
from service.processes import free_port, running


def chroma_executable() -> str:
    """The `chroma` command installed with chromadb (beside this Python, else on PATH)."""
    beside = Path(sys.executable).parent / "chroma"
    found = str(beside) if beside.exists() else shutil.which("chroma")
    if not found:
        raise SystemExit("HOIDAP_WORKERS > 1 needs the `chroma` command (it comes with chromadb), or a Chroma "
                         "server named by HOIDAP_CHROMA_HOST.")
    return found


def _report_failure(proc: subprocess.Popen, settings: Settings, timeout: float) -> None:
    """Say so when the server exits while starting (the workers then report startup_failed)."""
    try:
        code = proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        return
    if code:
        print(f"`chroma run` on {settings.data_dir} exited with {code}; see {settings.data_dir / 'chroma-server.log'}",
              file=sys.stderr, flush=True)


@contextmanager
def shared_chroma(settings: Settings, timeout: float = 60.0) -> Iterator[dict[str, str]]:
    """The environment that points workers at one Chroma server: the configured one, or one started here on
    loopback over ``settings.data_dir`` (stopped when the block ends)."""
    if settings.chroma_host:
        yield {}
        return
    port = free_port()
    settings.data_dir.mkdir(parents=True, exist_ok=True)
    cmd = [chroma_executable(), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(settings.data_dir)]
    with running(cmd, settings.data_dir / "chroma-server.log", {**os.environ, "ANONYMIZED_TELEMETRY": "False"}) as proc:
        # Not waited for here: the workers import and start while Chroma does, and wait for it when they connect.
        threading.Thread(target=_report_failure, args=(proc, settings, timeout), daemon=True).start()
        yield {"HOIDAP_CHROMA_HOST": "127.0.0.1", "HOIDAP_CHROMA_PORT": str(port)}

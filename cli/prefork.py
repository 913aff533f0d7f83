"""`hoidap serve` with HOIDAP_WORKERS > 1: one listening socket, the snapshot read once, N forked workers.

The parent binds the port, starts (or names) the Chroma server the workers share, imports the app and reads
the persisted snapshot, freezes it out of the garbage collector's view, then forks the workers: they start
from that copy, whose pages stay shared copy-on-write, instead of each reading and holding its own. Each
worker builds its own pipeline (its own Chroma connection, poller and threads) and serves the shared socket
with uvicorn. A worker that dies is replaced; SIGTERM or SIGINT stops them all.
"""

from __future__ import annotations

import gc
import logging
import os
import signal
import socket
import time

from rag.settings import Settings

log = logging.getLogger("hoidap.serve")


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def _worker(settings: Settings, sock: socket.socket) -> None:
    """The body of a forked worker: the app on the shared socket, until uvicorn is told to stop."""
    import uvicorn

    from api.app import create_app

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, signal.SIG_DFL)  # uvicorn installs its own graceful handlers
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level=settings.log_level.lower()))
    server.run(sockets=[sock])


def _fork(settings: Settings, sock: socket.socket) -> int:
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            _worker(settings, sock)
        except BaseException:  # noqa: BLE001 — reported, then the worker ends (the parent starts another)
            log.exception("worker failed")
            code = 1
        finally:
            os._exit(code)
    return pid


def serve_workers(settings: Settings) -> int:
    """Serve with ``settings.workers`` forked processes; returns when they have all stopped."""
    from api.app import create_app  # noqa: F401 — imported once here, shared by every worker
    from rag.query.checkpoint import preload_snapshots
    from service.chroma_server import shared_chroma

    sock = _bind(settings.host, settings.port)
    with shared_chroma(settings) as env:
        if env:
            settings = settings.model_copy(update={"chroma_host": env["HOIDAP_CHROMA_HOST"],
                                                   "chroma_port": int(env["HOIDAP_CHROMA_PORT"])})
        gc.disable()
        preload_snapshots(settings.data_dir, settings.collection)
        gc.enable()
        gc.freeze()  # no collection pass touches (and so copies) the shared pages in the workers
        workers = {_fork(settings, sock) for _ in range(settings.workers)}
        stopping = False

        def stop(signum, _frame) -> None:
            nonlocal stopping
            stopping = True
            for pid in workers:
                try:
                    os.kill(pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        while workers:
            time.sleep(0.5)
            for pid in list(workers):  # only the workers: the Chroma server is its own context's to wait for
                done, status = os.waitpid(pid, os.WNOHANG)
                if not done:
                    continue
                workers.discard(pid)
                if not stopping:
                    log.warning("worker %d exited (status %d); starting another", pid, status)
                    workers.add(_fork(settings, sock))
    sock.close()
    return 0

"""`hoidap serve` with HOIDAP_WORKERS > 1: one port, the snapshot read once, N forked workers.

The parent binds the port, starts (or names) the Chroma server the workers share, imports the app and reads
the persisted snapshot, freezes it out of the garbage collector's view, then forks the workers: they start
from that copy, whose pages stay shared copy-on-write, instead of each reading and holding its own. Each
worker builds its own pipeline (its own Chroma connection, poller and threads) and serves the port with
uvicorn on a listening socket of its own (SO_REUSEPORT): the kernel deals connections to the workers' sockets
by address, where one shared socket let whichever worker woke first take most of them (79 % of ten clients'
questions went to one worker of two). A worker that dies is replaced; SIGTERM or SIGINT stops them all.
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


def _bind(host: str, port: int, listen: bool) -> socket.socket:
    """A socket on (host, port) that other sockets of this server may share (SO_REUSEPORT); listening or not."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    if listen:
        sock.listen(2048)
    return sock


def _worker(settings: Settings) -> None:
    """The body of a forked worker: the app on its own listening socket, until uvicorn is told to stop."""
    import uvicorn

    from api.app import create_app

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, signal.SIG_DFL)  # uvicorn installs its own graceful handlers
    server = uvicorn.Server(uvicorn.Config(create_app(settings), log_level=settings.log_level.lower()))
    server.run(sockets=[_bind(settings.host, settings.port, listen=True)])


def _fork(settings: Settings) -> int:
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            _worker(settings)
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

    # Held (bound, not listening: the kernel deals connections only to listening sockets) so that a port in use
    # fails here, before anything loads, and stays this server's while workers come and go.
    sock = _bind(settings.host, settings.port, listen=False)
    with shared_chroma(settings) as env:
        if env:
            settings = settings.model_copy(update={"chroma_host": env["HOIDAP_CHROMA_HOST"],
                                                   "chroma_port": int(env["HOIDAP_CHROMA_PORT"])})
        gc.disable()
        preload_snapshots(settings.data_dir, settings.collection)
        gc.enable()
        gc.freeze()  # no collection pass touches (and so copies) the shared pages in the workers
        workers = {_fork(settings) for _ in range(settings.workers)}
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
                    workers.add(_fork(settings))
    sock.close()
    return 0

"""Serve a local GGUF model over llama.cpp's OpenAI-compatible HTTP server, through the prebuilt
``xllamacpp`` wheel (no compiler needed): ``pip install xllamacpp==2026.10.11549``, then

    python -m cli.llm_server MODEL.gguf --port 8080

and point hoidap at it with ``HOIDAP_LLM=openai HOIDAP_LLM_BASE_URL=http://127.0.0.1:8080/v1``.
It serves ``/health``, ``/v1/models`` and ``/v1/chat/completions`` (with and without ``"stream": true``)
until SIGINT or SIGTERM. The model comes from the given path only: nothing is downloaded."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

XLLAMACPP = "xllamacpp==2026.10.11549"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m cli.llm_server", description=__doc__.split("\n\n")[0])
    parser.add_argument("model", type=Path, help="path to a .gguf file")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port")
    parser.add_argument("--ctx", type=int, default=4096, help="context size in tokens")
    parser.add_argument("--threads", type=int, default=2, help="CPU threads for generation and prompt processing")
    args = parser.parse_args(argv)
    if not args.model.is_file():
        parser.error(f"no model file at {args.model}")
    # llama.cpp's CPU threads synchronise through OpenMP, whose waiting threads spin by default: on a machine
    # shared with other work that made each token ~10x slower here. Passive waiting yields the core instead.
    os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
    try:
        import xllamacpp as xlc
    except ImportError:
        parser.exit(2, f"xllamacpp is not installed: pip install {XLLAMACPP}\n")

    params = xlc.CommonParams()
    params.model.path = str(args.model)
    params.hostnames = [args.host]
    params.port = args.port
    params.n_ctx = args.ctx
    params.n_parallel = 1
    params.cpuparams.n_threads = args.threads
    params.cpuparams_batch.n_threads = args.threads
    params.offline = True  # never reach a model hub, whatever the parameters say
    params.ui = False  # the API only, no web chat page

    # The server runs in native threads started by Server(); block the stop signals first so that those
    # threads inherit the mask and only this thread receives them, in sigwait below.
    stop = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop)
    server = xlc.Server(params)
    print(f"serving {args.model.name} at {server.listening_address}/v1", flush=True)
    signal.sigwait(stop)
    del server
    return 0


if __name__ == "__main__":
    sys.exit(main())

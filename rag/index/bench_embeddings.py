"""A deterministic hashing embedder for benchmarks only: no language model, no understanding.

``HOIDAP_EMBEDDING_MODEL=bench-only-hashing`` selects it; it is never a default. It lets a benchmark build a
100k-chunk index through the real ingest path in minutes, so that what is timed is hoidap's index and answer
path, not the model. Each folded syllable and syllable pair is hashed (crc32, stable across processes) into
one of ``dim`` signed buckets; the vector is L2-normalised.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
from langchain_core.embeddings import Embeddings

from rag.vi.text import fold

BENCH_EMBEDDER = "bench-only-hashing"
_WORD = re.compile(r"\w+")


class BenchHashingEmbeddings(Embeddings):
    """Hashing-trick vectors (``dim`` floats) of a text's folded syllables and syllable pairs."""

    name = BENCH_EMBEDDER

    def __init__(self, dim: int = 384) -> None:
        self.dim = dim

    def _vector(self, text: str) -> list[float]:
        words = [fold(w) for w in _WORD.findall(text.lower())]
        grams = words + [f"{a} {b}" for a, b in zip(words, words[1:])]
        hashes = np.fromiter((zlib.crc32(g.encode()) for g in grams), dtype=np.uint32, count=len(grams))
        vec = np.zeros(self.dim, dtype=np.float32)
        signs = np.where(hashes & 1, 1.0, -1.0).astype(np.float32)
        np.add.at(vec, (hashes >> 1) % self.dim, signs)
        norm = float(np.linalg.norm(vec))
        if norm == 0.0:
            vec[0], norm = 1.0, 1.0
        return (vec / norm).tolist()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        """One vector per text."""
        return [self._vector(t) for t in texts]

    def embed_query(self, text: str) -> list[float]:
        """The same hashing for a question."""
        return self._vector(text)

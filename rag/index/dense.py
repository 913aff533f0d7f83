"""Exact dense search over the stored vectors a snapshot holds, row by row.

Chroma's HNSW graph is approximate and its build is not deterministic: the same vectors inserted twice give
graphs whose 30 nearest chunks differ for some questions (6 of alqac-dev's 343 over three builds of its 5,317
chunks, ``eval.dense_determinism``), so the same corpus could be answered differently from one ingest to the
next. Below some size an exact search is both cheaper and the same every time: one pass over unit vectors
(0.5 ms at 5k chunks, 1.7 ms at 20k, 13 ms at 100k, against 1.5 ms for an HNSW query at 5k and 3 ms more for
the cosines of the passages it missed).

Rows are the snapshot's: they never move, a removed chunk's row goes dead, a new chunk gets the next row. The
buffer is shared by successive generations and only ever appended to, so a reader of an older generation is
never disturbed by the next one being made.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np


class _Buffer:
    """Rows of unit vectors with room to grow; ``filled`` rows are written and never changed again."""

    def __init__(self, dim: int, capacity: int) -> None:
        self.data = np.zeros((max(capacity, 16), dim), dtype=np.float32)
        self.filled = 0


def unit_rows(vectors: Sequence[Sequence[float]] | np.ndarray) -> np.ndarray:
    """``vectors`` as float32 rows of length 1 (a zero vector stays zero)."""
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim != 2:
        matrix = matrix.reshape(len(matrix), -1)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    return matrix / np.where(norms > 0, norms, 1.0)


def _cosines_to(matrix: np.ndarray, vector: Sequence[float]) -> np.ndarray:
    """Each unit row of ``matrix`` times ``vector`` made unit. Through einsum, not BLAS: OpenBLAS's threads keep
    spinning after a product and starved the embedder's own threads on 2 cores (a question's embedding took
    107 ms instead of 11)."""
    return np.einsum("ij,j->i", matrix, unit_rows([vector])[0])


class DenseRows:
    """One generation's vectors: the first ``count`` rows of a shared buffer and which of them are live."""

    def __init__(self, buffer: _Buffer, count: int, live: np.ndarray) -> None:
        self._buffer = buffer
        self.count = count
        self.live = live  # bool per row; dead rows are never returned

    @classmethod
    def empty(cls, dim: int = 0) -> DenseRows:
        """No rows yet (the dimension is taken from the first vectors added when ``dim`` is 0)."""
        return cls(_Buffer(dim, 0), 0, np.zeros(0, dtype=bool))

    @property
    def dim(self) -> int:
        """Length of a vector."""
        return self._buffer.data.shape[1]

    @property
    def matrix(self) -> np.ndarray:
        """This generation's rows (a view; dead rows included)."""
        return self._buffer.data[: self.count]

    def apply(self, removed: Sequence[int], added: np.ndarray) -> DenseRows:
        """The next generation: ``removed`` rows dead, ``added`` (one vector per new row, in row order) appended."""
        added = unit_rows(added) if len(added) else np.zeros((0, self.dim), dtype=np.float32)
        buffer = self._buffer
        if len(added) and self.count == 0 and buffer.filled == 0 and buffer.data.shape[1] != added.shape[1]:
            buffer = _Buffer(added.shape[1], len(added))
        if len(added) and added.shape[1] != buffer.data.shape[1]:
            raise ValueError(f"vectors of length {added.shape[1]} added to rows of length {buffer.data.shape[1]}")
        needed = self.count + len(added)
        if buffer.filled != self.count or needed > len(buffer.data):
            # Another generation was made from this one already, or no room is left: this one gets its own copy.
            grown = _Buffer(buffer.data.shape[1], max(needed, 2 * self.count))
            grown.data[: self.count] = buffer.data[: self.count]
            grown.filled = self.count
            buffer = grown
        buffer.data[self.count:needed] = added
        buffer.filled = needed
        live = np.concatenate([self.live, np.ones(len(added), dtype=bool)])
        if len(removed):
            live[np.asarray(removed, dtype=np.int64)] = False
        return DenseRows(buffer, needed, live)

    def nearest(self, vector: Sequence[float], k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """The ``k`` live rows (and ``allowed``, a row mask) with the highest cosine to ``vector``, best first;
        ties go to the lower row, so the same rows give the same list every time."""
        if not self.count or k <= 0:
            return []
        scores = _cosines_to(self.matrix, vector)
        keep = self.live if allowed is None else self.live & allowed[: self.count]
        candidates = np.flatnonzero(keep)
        if not len(candidates):
            return []
        picked = scores[candidates]
        if len(candidates) > k:
            # Every row scoring at least the k-th best, then sorted with the lower row first among equals.
            cut = np.partition(picked, len(picked) - k)[len(picked) - k]
            within = picked >= cut
            candidates, picked = candidates[within], picked[within]
        order = np.lexsort((candidates, -picked))[:k]
        return [(int(candidates[i]), float(picked[i])) for i in order]

    def cosines(self, vector: Sequence[float], rows: Sequence[int]) -> list[float]:
        """The cosine of ``vector`` to each of ``rows``."""
        if not len(rows):
            return []
        return [float(s) for s in _cosines_to(self.matrix[np.asarray(rows, dtype=np.int64)], vector)]

    def __reduce__(self):
        # Pickled as this generation's own rows only, not the shared buffer's spare room.
        return _rebuilt, (np.array(self.matrix), self.live.copy())


def _rebuilt(matrix: np.ndarray, live: np.ndarray) -> DenseRows:
    # Room for the next uploads, so the first catch-up after loading a snapshot file does not copy every row.
    buffer = _Buffer(matrix.shape[1], len(matrix) + max(1024, len(matrix) // 8))
    buffer.data[: len(matrix)] = matrix
    buffer.filled = len(matrix)
    return DenseRows(buffer, len(matrix), live)

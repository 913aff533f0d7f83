"""Exact dense search over a snapshot's rows: the true nearest rows, the same list every time, and generations
that never disturb each other."""

from __future__ import annotations

import pickle

import numpy as np
import pytest

from rag.index.dense import DenseRows


def _rows(n: int, dim: int = 8, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)


def _brute_force(vectors: np.ndarray, query: np.ndarray, rows) -> list[int]:
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    scores = unit @ (query / np.linalg.norm(query))
    return sorted(rows, key=lambda r: (-scores[r], r))


def test_nearest_rows_are_the_true_ones_by_cosine_best_first():
    vectors = _rows(200)
    dense = DenseRows.empty().apply([], vectors)
    query = _rows(1, seed=1)[0]
    found = dense.nearest(query, 10)
    assert [r for r, _ in found] == _brute_force(vectors, query, range(200))[:10]
    scores = [s for _, s in found]
    assert scores == sorted(scores, reverse=True) and all(-1.0 <= s <= 1.0 for s in scores)
    # a cosine, not a dot product: scaling the question changes nothing
    assert [r for r, _ in dense.nearest(query * 40, 10)] == [r for r, _ in found]


def test_equal_scores_go_to_the_lower_row_whatever_k():
    vectors = np.array([[1.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 0.0], [0.5, 0.5]], dtype=np.float32)
    dense = DenseRows.empty().apply([], vectors)
    assert [r for r, _ in dense.nearest([1.0, 0.0], 2)] == [0, 2]
    assert [r for r, _ in dense.nearest([1.0, 0.0], 4)] == [0, 2, 3, 4]


def test_dead_and_filtered_rows_are_never_returned():
    vectors = _rows(50)
    query = vectors[7] + 0.01
    dense = DenseRows.empty().apply([], vectors)
    assert dense.nearest(query, 1)[0][0] == 7
    later = dense.apply([7], _rows(0))
    assert 7 not in [r for r, _ in later.nearest(query, 50)] and len(later.nearest(query, 100)) == 49
    allowed = np.zeros(50, dtype=bool)
    allowed[[3, 7, 9]] = True
    assert sorted(r for r, _ in later.nearest(query, 10, allowed)) == [3, 9]
    assert dense.nearest(query, 1)[0][0] == 7  # the earlier generation still has it


def test_generations_made_from_one_parent_do_not_overwrite_each_other():
    base = DenseRows.empty().apply([], _rows(5))
    first = base.apply([], _rows(3, seed=2))
    second = base.apply([], _rows(3, seed=3))
    assert np.allclose(first.matrix[5:], DenseRows.empty().apply([], _rows(3, seed=2)).matrix)
    assert np.allclose(second.matrix[5:], DenseRows.empty().apply([], _rows(3, seed=3)).matrix)
    assert base.count == 5 and first.count == second.count == 8


def test_many_small_generations_keep_every_row():
    dense = DenseRows.empty()
    vectors = _rows(300)
    for start in range(0, 300, 7):
        dense = dense.apply([], vectors[start:start + 7])
    query = _rows(1, seed=4)[0]
    assert [r for r, _ in dense.nearest(query, 20)] == _brute_force(vectors, query, range(300))[:20]
    every = dict(dense.nearest(query, 300))
    assert dense.cosines(query, [250, 5]) == [every[250], every[5]]


def test_a_pickled_generation_is_its_own_rows_and_searches_the_same():
    dense = DenseRows.empty().apply([], _rows(40)).apply([3], _rows(0))
    copy = pickle.loads(pickle.dumps(dense))
    query = _rows(1, seed=5)[0]
    assert copy.nearest(query, 40) == dense.nearest(query, 40)
    assert copy.matrix.shape == (40, 8) and not copy.live[3]


def test_vectors_of_another_length_are_refused():
    dense = DenseRows.empty().apply([], _rows(3, dim=8))
    with pytest.raises(ValueError, match="length 4"):
        dense.apply([], _rows(2, dim=4))

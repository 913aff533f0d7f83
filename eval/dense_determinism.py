"""Whether dense search gives the same neighbours after every build of one index: Chroma's HNSW against the exact
search hoidap uses up to ``HOIDAP_EXACT_DENSE_MAX_CHUNKS`` (``rag.index.dense``).

    python -m eval.dense_determinism [--index-dir .eval/alqac-index] [--collection hoidap]
                                     [--questions ../shared/alqac-dev/questions.jsonl] [--builds 3] [--k 30]
                                     [--json OUT]

The stored vectors of one collection are written, in the same order, into ``--builds`` fresh collections (each its
own embedded Chroma in a temporary folder, built as ingest builds one: cosine space, ``ef_search`` 400); every
question is embedded once and searched in each. Printed and written as JSON: per method, how many questions get
another top ``k`` (as a set) or another top 5 in some build than in the first, and against the exact top ``k``.
Without the index or the questions it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from eval.alqac import DEFAULT_INDEX, DEFAULT_SET
from rag.index.dense import DenseRows
from rag.index.embeddings import build_embeddings
from rag.index.store import build_chroma_client
from rag.settings import Settings

_BATCH = 2000


def _stored(index_dir: Path, collection: str) -> tuple[list[str], np.ndarray]:
    found = build_chroma_client(index_dir).get_collection(collection).get(include=["embeddings"])
    return list(found["ids"]), np.asarray(found["embeddings"], dtype=np.float32)


def _hnsw_build(ids: list[str], vectors: np.ndarray, folder: Path, ef_search: int):
    collection = build_chroma_client(folder).create_collection(
        "build", configuration={"hnsw": {"space": "cosine", "ef_search": ef_search}}, embedding_function=None)
    for i in range(0, len(ids), _BATCH):
        collection.add(ids=ids[i:i + _BATCH], embeddings=vectors[i:i + _BATCH])
    return collection


def _changed(lists: list[list[list[str]]], k: int) -> int:
    """Questions whose first ``k`` ids (as a set) differ in any build from the first build's."""
    return sum(any(set(build[q][:k]) != set(lists[0][q][:k]) for build in lists[1:]) for q in range(len(lists[0])))


def main(argv: list[str] | None = None) -> int:
    """Build, search, compare, report."""
    parser = argparse.ArgumentParser(description="Dense search's neighbours across builds (see the module docstring).")
    parser.add_argument("--index-dir", default=str(DEFAULT_INDEX))
    parser.add_argument("--collection", default="hoidap")
    parser.add_argument("--questions", default=str(Path(DEFAULT_SET) / "questions.jsonl"))
    parser.add_argument("--builds", type=int, default=3)
    parser.add_argument("--k", type=int, default=30)
    parser.add_argument("--json", default="")
    args = parser.parse_args(argv)
    index_dir, questions = Path(args.index_dir), Path(args.questions)
    if not (index_dir / "chroma.sqlite3").is_file() or not questions.is_file():
        print(f"{index_dir} or {questions} is absent: nothing to compare (build the index with `make eval-alqac`).")
        return 0
    settings = Settings()
    ids, vectors = _stored(index_dir, args.collection)
    embeddings = build_embeddings(settings.embedding_model)
    texts = [json.loads(line)["question"] for line in questions.read_text(encoding="utf-8").splitlines() if line]
    asked = [embeddings.embed_query(t) for t in texts]
    exact_lists, hnsw_lists, exact_ms, hnsw_ms = [], [], [], []
    for _ in range(args.builds):
        with tempfile.TemporaryDirectory() as folder:
            collection = _hnsw_build(ids, vectors, Path(folder), settings.hnsw_ef_search)
            started = time.perf_counter()
            hnsw_lists.append([collection.query(query_embeddings=[v], n_results=args.k, include=[])["ids"][0]
                               for v in asked])
            hnsw_ms.append((time.perf_counter() - started) * 1000 / len(asked))
        dense = DenseRows.empty().apply([], vectors)
        started = time.perf_counter()
        exact_lists.append([[ids[r] for r, _ in dense.nearest(v, args.k)] for v in asked])
        exact_ms.append((time.perf_counter() - started) * 1000 / len(asked))
    versus_exact = sum(set(h[:args.k]) != set(e[:args.k]) for h, e in zip(hnsw_lists[0], exact_lists[0]))
    report = {
        "index_dir": str(index_dir), "collection": args.collection, "chunks": len(ids), "questions": len(texts),
        "builds": args.builds, "k": args.k,
        "hnsw": {f"other_top{args.k}_in_some_build": _changed(hnsw_lists, args.k),
                 "other_top5_in_some_build": _changed(hnsw_lists, 5),
                 f"first_build_top{args.k}_not_exact": versus_exact, "ms_per_query": round(float(np.mean(hnsw_ms)), 3)},
        "exact": {f"other_top{args.k}_in_some_build": _changed(exact_lists, args.k),
                  "other_top5_in_some_build": _changed(exact_lists, 5),
                  "ms_per_query": round(float(np.mean(exact_ms)), 3)},
    }
    print(json.dumps(report, indent=1))
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

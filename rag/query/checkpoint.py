"""Reading the persisted snapshot: what a process loads at start so that it is ready in seconds, not after
re-reading and re-tokenising every chunk. ``ingest.checkpoint`` writes it.

The file is a complete snapshot at one generation of one collection (the collection's id is in it, so a
recreated collection never reuses an old file). It does not have to be current: start-up loads it, then reads
from the store only the documents written since its generation (``catch_up``), like any refresh."""

from __future__ import annotations

import logging
import pickle
from pathlib import Path

from rag.directives.extract import MENTIONS_VERSION
from rag.index.store import ChunkStore
from rag.query.snapshot import Snapshot

log = logging.getLogger("hoidap.index")

FORMAT = 5  # bump when what a snapshot holds changes: an older file is then ignored (rebuilt from the store)


def snapshot_path(data_dir: Path, store: ChunkStore) -> Path:
    """Where the snapshot of ``store``'s collection is kept: beside the embedded index, or in this replica's
    own ``HOIDAP_DATA_DIR`` when the collection is on a Chroma server."""
    return Path(data_dir) / "hoidap-snapshots" / f"{store.collection.name}-{store.collection.id}.pkl"


_preloaded: dict[str, tuple[dict, Snapshot]] = {}  # read before worker processes were forked (shared pages)


def file_header(store: ChunkStore) -> dict:
    """What a snapshot file of ``store`` starts with; a file whose header differs is not used.
    The registry is built from mentions parsed by one version of the extractor: a snapshot parsed by
    another is rebuilt from the store, which re-extracts them (``chunk_mentions``)."""
    return {"format": FORMAT, "collection": str(store.collection.id), "embedder": store.embedder,
            "mentions": MENTIONS_VERSION}


def _read(path: Path) -> tuple[dict, Snapshot]:
    with path.open("rb") as f:
        header = pickle.load(f)
        if header.get("format") != FORMAT:
            raise ValueError(f"format {header.get('format')}, not {FORMAT}")
        return header, pickle.load(f)


def preload_snapshots(data_dir: Path, collection: str) -> int:
    """Read the snapshot files of ``collection`` now, before forking worker processes: each worker then starts
    from this copy (its pages shared copy-on-write) instead of reading and holding its own. Returns how many."""
    for path in sorted((Path(data_dir) / "hoidap-snapshots").glob(f"{collection}-*.pkl")):
        try:
            _preloaded[str(path)] = _read(path)
        except Exception as exc:  # noqa: BLE001 — the worker reads the store instead
            log.warning("not preloading %s: %s", path, exc)
    return len(_preloaded)


def load_snapshot(path: Path, store: ChunkStore) -> Snapshot | None:
    """The persisted snapshot, or None when there is none or it cannot be used (then the store is read)."""
    found = _preloaded.pop(str(path), None)
    if found is None and not path.is_file():
        return None
    try:
        header, snap = found or _read(path)
    except Exception as exc:  # noqa: BLE001 — a damaged file only costs a rebuild from the store
        log.warning("ignoring %s: %s", path, exc)
        return None
    if header != file_header(store):
        log.info("ignoring %s: written for another collection or embedder", path)
        return None
    if snap.generation > store.generation():
        log.info("ignoring %s: newer than the store (generation %d > %d)", path, snap.generation, store.generation())
        return None
    return snap

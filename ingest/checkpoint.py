"""Writing the persisted snapshot (``rag.query.checkpoint`` reads it): atomically, so a reader or a crash never
sees half a file, and by any number of processes at once (each writes its own temporary file)."""

from __future__ import annotations

import os
import pickle
import tempfile
from pathlib import Path

from rag.index.store import ChunkStore
from rag.query.checkpoint import file_header
from rag.query.snapshot import Snapshot


def save_snapshot(snap: Snapshot, path: Path, store: ChunkStore) -> None:
    """Write ``snap`` to ``path`` (replacing the previous file in one rename)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            pickle.dump(file_header(store), f)  # what rag.query.checkpoint compares before using the file
            pickle.dump(snap, f, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

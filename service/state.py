"""The service: its one pipeline, built in the background so a server answers /health at once, and
whether it is ready. The API and the chat both hold this object."""

from __future__ import annotations

import logging
import threading
import time

from rag.index.store import backend_unavailable
from rag.settings import Settings
from service.errors import ServiceError
from service.pipeline import Pipeline, build_pipeline

log = logging.getLogger("hoidap.api")

PERSIST_EVERY_S = 600.0  # how often a server looks whether to write its snapshot
PERSIST_AFTER_DOCS = 1000  # ... and writes it once this many documents were read from the store since it loaded


class Service:
    """Holds the pipeline (shared by the API and the chat UI) and whether it is ready."""

    def __init__(self, settings: Settings, pipeline: Pipeline | None = None) -> None:
        self.settings = settings
        self.pipeline = pipeline
        self.error: str | None = None
        self.loading = pipeline is None
        self.waiting_for = ""  # why loading is taking long: the Chroma server it keeps retrying
        self._thread: threading.Thread | None = None

    def start_loading(self) -> None:
        """Build the pipeline and warm it (lexical index, embedder) in a background thread."""
        if self.pipeline is not None or self._thread is not None:
            return
        self._thread = threading.Thread(target=self._load, name="hoidap-load", daemon=True)
        self._thread.start()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until loading ends (tests, benchmarks); True when the pipeline is there."""
        if self._thread is not None:
            self._thread.join(timeout)
        return self.pipeline is not None

    def _load(self) -> None:
        started = time.perf_counter()
        delay = 1.0
        try:
            while True:
                try:
                    pipeline = build_pipeline(self.settings)
                    pipeline.retriever.snapshot()  # the persisted snapshot, and the writes made since it
                    pipeline.store.embeddings.embed_query("khởi động")
                except Exception as exc:  # noqa: BLE001 — any failure is reported by /ready, not swallowed
                    if backend_unavailable(exc):  # the Chroma server is not up yet: not a failure, keep trying
                        self.waiting_for = (f"the Chroma server at {self.settings.chroma_host}:"
                                            f"{self.settings.chroma_port} is not reachable ({exc})")
                        log.warning("%s; retrying in %.0f s", self.waiting_for, delay)
                        time.sleep(delay)
                        delay = min(delay * 2, 30.0)
                        continue
                    log.exception("hoidap could not start")
                    self.error = f"{type(exc).__name__}: {exc}"
                else:
                    pipeline.retriever.start_polling()  # other processes' and replicas' writes, within seconds
                    self.pipeline = pipeline
                    self.waiting_for = ""
                    log.info("index loaded in %.1f s (%s)", time.perf_counter() - started,
                             "from the persisted snapshot" if pipeline.retriever.loaded_from == "file"
                             else "from the store")
                    threading.Thread(target=self._persist_every, args=(pipeline,), name="hoidap-persist",
                                     daemon=True).start()
                return
        finally:
            self.loading = False

    def _persist_every(self, pipeline: Pipeline) -> None:
        """Keep the persisted snapshot recent enough that a restart reads few documents from the store: at once
        when this start had to read the store in full, later when many documents changed. Writing it walks
        every object of the snapshot (in a forked worker that copies pages it shared), so not after each write:
        a start catches up from the store whatever the file misses."""
        if pipeline.retriever.loaded_from == "store":
            pipeline.persist()
        while True:
            time.sleep(PERSIST_EVERY_S)
            try:
                if pipeline.retriever.documents_read >= PERSIST_AFTER_DOCS:
                    pipeline.persist()
            except Exception:  # noqa: BLE001 — a failed write only makes the next start slower
                log.exception("could not persist the index snapshot")

    def require(self) -> Pipeline:
        """The pipeline, or a 503 that says why it is not there."""
        if self.pipeline is not None:
            return self.pipeline
        if self.error:
            raise ServiceError(503, "startup_failed", f"hoidap could not load its index: {self.error}")
        waiting = f" (waiting: {self.waiting_for})" if self.waiting_for else ""
        raise ServiceError(503, "not_ready", f"hoidap is still loading its index{waiting}; retry in a few seconds.",
                           {"Retry-After": "5"})


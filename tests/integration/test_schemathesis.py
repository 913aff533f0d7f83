"""The OpenAPI description is the contract: `schemathesis run` (pinned in the test extra) reads /openapi.json from
a real server on loopback, generates valid and invalid requests for every operation and runs all its checks —
no 5xx, every status, header and content type documented, every body matching its schema, invalid data
rejected, valid data accepted, 405 with Allow for other methods. Examples per operation are bounded and the
seed fixed, so a run takes seconds and fails the same way twice."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from api.app import create_app
from rag.settings import Settings
from tests.conftest import SAMPLE, free_port, make_pipeline, serve_in_thread

pytestmark = pytest.mark.slow

KEY = "schemathesis-key"

# Valid requests that no schema can tell from invalid ones, per operation: a question without a letter or digit,
# or a filter naming a document or source the index does not hold, is 422 however well formed; a chat with no
# user text is OpenAI's 400; an upload's name and bytes decide whether it is a readable .pdf (415, 422) and
# whether another file holds its id (409); without keys an upload is 403.
_CONFIG = """
seed = 20261124
[generation]
max-examples = 25
database = "none"

[[operations]]
include-path = ["/v1/ask", "/v1/search"]
checks.positive_data_acceptance.expected-statuses = ["2xx", "422"]

[[operations]]
include-path = "/v1/chat/completions"
checks.positive_data_acceptance.expected-statuses = ["2xx", "400", "404"]

[[operations]]
include-path = "/v1/documents"
include-method = "POST"
checks.positive_data_acceptance.expected-statuses = ["2xx", "401", "403", "409", "415", "422"]
"""


def _schemathesis(base: str, tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    config = tmp_path / "schemathesis.toml"
    config.write_text(_CONFIG)
    exe = Path(sys.executable).parent / "schemathesis"
    cmd = [str(exe), "--config-file", str(config), "run", f"{base}/openapi.json", "--checks", "all",
           "--workers", "1", "--no-color", *args]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=600, cwd=tmp_path,
                          env={**os.environ, "SCHEMATHESIS_HOOKS": ""})


def _run_against(settings: Settings, pipeline, tmp_path: Path, *args: str) -> str:
    port = free_port()
    server, thread = serve_in_thread(create_app(settings, pipeline=pipeline, ui=False), port)
    try:
        result = _schemathesis(f"http://127.0.0.1:{port}", tmp_path, *args)
    finally:
        server.should_exit = True
        thread.join(timeout=15)
    out = result.stdout + result.stderr
    assert result.returncode == 0, out[-20000:]
    assert re.search(r"^\s*(\d+) generated, \1 passed", out, re.M), out[-3000:]  # every case passed every check
    return out


def test_reads_match_the_openapi_description(tmp_path, tiny_embeddings):
    """Every operation with the server as shipped: reads open, writes refused for want of keys (403)."""
    pipeline = make_pipeline(tmp_path / "index", tiny_embeddings)
    pipeline.ingest_paths([SAMPLE])
    out = _run_against(Settings(max_upload_mb=1), pipeline, tmp_path)
    assert "12 selected / 12 total" in out


def test_writes_match_the_openapi_description(tmp_path, tiny_embeddings):
    """Uploads and deletes with a valid key, on an index of their own."""
    pipeline = make_pipeline(tmp_path / "index", tiny_embeddings)
    pipeline.ingest_paths([SAMPLE])
    out = _run_against(Settings(api_keys=KEY, max_upload_mb=1), pipeline, tmp_path,
                       "--include-path-regex", "^/v1/documents", "-H", f"X-API-Key: {KEY}")
    assert "4 selected / 12 total" in out

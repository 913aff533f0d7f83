"""The API keys at the chat's door (issue 13.4), over real HTTP against the mounted app: with
HOIDAP_REQUIRE_KEY_FOR_READ every Gradio route but its static assets needs a key and the page asks for it;
Gradio's own upload route always needs the write key, and is closed when no key is configured."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.conftest import LIVE_KEY, SAMPLE, free_port, make_pipeline, serve_in_thread

KEY = "khoa-doc-123"


@pytest.fixture(scope="module")
def serve(tmp_path_factory, tiny_embeddings):
    """Start hoidap (API + chat) on loopback with the given settings over two sample documents."""
    from api.app import create_app

    servers = []

    def start(**overrides) -> str:
        pipeline = make_pipeline(tmp_path_factory.mktemp("ui-keys"), tiny_embeddings, **overrides)
        pipeline.ingest_paths(sorted(SAMPLE.glob("*.txt"))[:2])
        port = free_port()
        servers.append(serve_in_thread(create_app(pipeline.settings, pipeline), port))
        return f"http://127.0.0.1:{port}"

    yield start
    for server, thread in servers:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def locked(serve) -> str:
    return serve(api_keys=KEY, require_key_for_read=True)


def test_read_key_page_asks_for_the_key_in_vietnamese(locked):
    page = httpx.get(f"{locked}/ui/")
    assert page.status_code == 401 and page.headers["content-type"].startswith("text/html")
    assert '<html lang="vi">' in page.text and 'name="key" type="password"' in page.text and "Khóa API" in page.text
    assert "window.gradio_config" not in page.text  # the page (which embeds the app's config) is not served
    assert "default-src 'self'" in page.headers["content-security-policy"]

    wrong = httpx.post(f"{locked}/ui/key", data={"key": "sai"})
    assert wrong.status_code == 403 and "Khóa API không đúng" in wrong.text and "hoidap_key" not in wrong.headers.get(
        "set-cookie", "")
    right = httpx.post(f"{locked}/ui/key", data={"key": KEY})
    assert right.status_code == 303 and right.headers["location"] == "/ui/"
    cookie = right.headers["set-cookie"]
    assert cookie.startswith(f"hoidap_key={KEY};") and "HttpOnly" in cookie and "Path=/ui" in cookie
    assert "SameSite=strict" in cookie
    page = httpx.get(f"{locked}/ui/", cookies={"hoidap_key": KEY})
    assert page.status_code == 200 and "window.gradio_config" in page.text and '<html\n\tlang="vi"' in page.text
    forget = httpx.post(f"{locked}/ui/key", data={"key": ""}, headers={"Accept": "application/json"})
    assert forget.json() == {"status": "forgotten"} and 'hoidap_key=""' in forget.headers["set-cookie"]


@pytest.mark.parametrize("method,path", [
    ("GET", "/ui/config"),
    ("GET", "/ui/gradio_api/info"),
    ("POST", "/ui/gradio_api/queue/join"),
    ("POST", "/ui/gradio_api/call/directives"),
    ("POST", "/ui/gradio_api/run/directives"),
    ("GET", "/ui/gradio_api/file=/etc/hostname"),
    ("GET", "/ui/gradio_api/heartbeat/abc"),
])
def test_every_gradio_route_needs_the_read_key(locked, method, path):
    body = {"data": ["KL 21"], "fn_index": 0, "session_hash": "x"}
    r = httpx.request(method, f"{locked}{path}", json=body if method == "POST" else None)
    assert r.status_code == 401 and r.json()["error"]["code"] == "api_key_required" and r.headers["www-authenticate"]
    r = httpx.request(method, f"{locked}{path}", json=body if method == "POST" else None,
                      headers={"X-API-Key": "sai"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "invalid_api_key"


def test_static_assets_stay_open_and_the_key_opens_the_rest(locked):
    page = httpx.get(f"{locked}/ui/", cookies={"hoidap_key": KEY})
    script = re.search(r'src="\./(assets/index-[^"]+\.js)"', page.text).group(1)
    assert httpx.get(f"{locked}/ui/{script}").status_code == 200  # no data in Gradio's bundle
    config = httpx.get(f"{locked}/ui/config", headers={"Authorization": f"Bearer {KEY}"})
    assert config.status_code == 200 and config.json()["title"] == "hoidap — Hỏi đáp văn bản"


def test_registry_is_not_readable_without_the_read_key(locked):
    from gradio_client import Client

    with pytest.raises(Exception):  # noqa: B017 — gradio_client cannot even read the app's config
        Client(f"{locked}/ui/", verbose=False)
    client = Client(f"{locked}/ui/", verbose=False, headers={"X-API-Key": KEY})
    table, _choices, record = client.predict("KL 21", api_name="/directives")
    assert "21-KL/TW" in table and "<h3>Kết luận 21-KL/TW</h3>" in record


def _upload(base: str, headers: dict | None = None) -> httpx.Response:
    files = {"files": ("thu.txt", "Kết luận số 99-KL/TW ngày 01/01/2024.".encode(), "text/plain")}
    return httpx.post(f"{base}/ui/gradio_api/upload", files=files, headers=headers or {})


def test_gradio_upload_route_needs_the_write_key(live_server):
    """Reads are open on this server, writes are not: Gradio's own upload route takes no file without a key."""
    base = live_server.base
    assert httpx.get(f"{base}/ui/config").status_code == 200
    r = _upload(base)
    assert r.status_code == 401 and r.json()["error"]["code"] == "api_key_required"
    assert _upload(base, {"X-API-Key": "sai"}).json()["error"]["code"] == "invalid_api_key"
    r = _upload(base, {"X-API-Key": LIVE_KEY})
    assert r.status_code == 200 and r.json()[0].endswith("thu.txt")
    assert _upload(base, {"Cookie": f"hoidap_key={LIVE_KEY}"}).status_code == 200  # the page's way
    assert httpx.post(f"{base}/ui/key", data={"key": LIVE_KEY}).status_code == 303


def test_gradio_upload_route_is_closed_without_configured_keys(serve):
    base = serve(api_keys=None)
    r = _upload(base, {"X-API-Key": "anything"})
    assert r.status_code == 403 and r.json()["error"]["code"] == "writes_disabled"
    assert httpx.get(f"{base}/ui/config").status_code == 200  # reading stays open

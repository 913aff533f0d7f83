"""The REST API through FastAPI's TestClient: every endpoint and every error status."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from rag.settings import Settings
from tests.conftest import make_pipeline, sample_pipeline
from tests.files import docx_bomb

KEY = "k-secret"
AUTH = {"Authorization": f"Bearer {KEY}"}
NEW_DOC = ("Kết luận số 199-KL/TW ngày 03/02/2023 của Bộ Chính trị về thí điểm mô hình hỏi đáp văn bản.\n\n"
           "Bộ Chính trị giao Ban Tổ chức Trung ương chủ trì, phối hợp với các cơ quan liên quan hướng dẫn "
           "thực hiện thí điểm tại 7 tỉnh, thành phố.")


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, tiny_embeddings):
    return sample_pipeline(tmp_path_factory, "api", tiny_embeddings)


def _client(pipeline, **settings) -> TestClient:
    return TestClient(create_app(Settings(**settings), pipeline=pipeline, ui=False))


@pytest.fixture(scope="module")
def client(pipeline):
    with _client(pipeline, api_keys=f"{KEY},second-key", max_upload_mb=0.05) as c:
        yield c


def _ask(client, question, **extra):
    r = client.post("/v1/ask", json={"question": question, **extra})
    assert r.status_code == 200, r.text
    return r.json()


# -- system ---------------------------------------------------------------------------------------

def test_health(client):
    assert client.get("/health").json() == {"status": "ok"}


def test_ready_reports_the_index(client):
    body = client.get("/ready").json()
    assert body == {"status": "ready", "documents": 5, "chunks": body["chunks"], "embedder": body["embedder"],
                    "store": "persistent", "collection": "hoidap", "dense_search": "exact"}
    assert body["chunks"] > 20 and re.fullmatch(r"model \(sha256:[0-9a-f]{12}\)", body["embedder"])  # name + files


def test_ready_is_503_while_loading(tmp_path):
    # Without the lifespan (no `with`), nothing has loaded yet: the state a load balancer sees first.
    client = TestClient(create_app(Settings(data_dir=tmp_path), ui=False))
    r = client.get("/ready")
    assert r.status_code == 503 and r.json()["error"]["code"] == "not_ready" and r.headers["retry-after"] == "5"
    assert client.get("/health").status_code == 200
    assert client.post("/v1/ask", json={"question": "KL 21?"}).status_code == 503


def test_ready_is_503_with_the_reason_when_startup_fails(tmp_path):
    app = create_app(Settings(data_dir=tmp_path, embedding_model=str(tmp_path / "no-such-model")), ui=False)
    with TestClient(app) as client:
        assert app.state.service.wait(30) is False
        r = client.get("/ready")
        assert r.status_code == 503
        error = r.json()["error"]
        assert error["code"] == "startup_failed" and "HOIDAP_EMBEDDING_MODEL" in error["message"]
        health = client.get("/health")  # failed for good: a supervisor should restart the process
        assert health.status_code == 503 and health.json()["error"]["code"] == "startup_failed"


def test_ready_is_503_when_the_index_is_empty(tmp_path, tiny_embeddings):
    with _client(make_pipeline(tmp_path, tiny_embeddings)) as client:
        r = client.get("/ready")
        error = r.json()["error"]
        assert r.status_code == 503 and error["code"] == "index_empty" and "hoidap ingest" in error["message"]


def test_root_redirects_and_unknown_routes_are_json(client):
    r = client.get("/", follow_redirects=False)
    assert r.status_code == 307 and r.headers["location"] == "/docs"  # no UI mounted in this app
    r = client.get("/v1/nope")
    assert r.status_code == 404 and r.json()["error"]["code"] == "not_found" and "/docs" in r.json()["error"]["message"]
    r = client.put("/v1/ask", json={})
    assert r.status_code == 405 and r.json()["error"]["code"] == "method_not_allowed"


# -- answers --------------------------------------------------------------------------------------

def test_ask_returns_answer_with_numbered_citations_and_quotes(client):
    body = _ask(client, "Kết luận 21-KL/TW được ban hành ngày nào?")
    assert {"answer", "grounded", "citations", "query"} <= set(body)
    assert body["grounded"] and body["answer"].startswith("25/10/2021")
    markers = {int(n) for n in re.findall(r"\[(\d+)\]", body["answer"])}
    assert markers == {c["n"] for c in body["citations"]}
    for cite in body["citations"]:
        assert {"n", "doc_id", "title", "source", "chunk_id", "text", "score", "quote"} <= set(cite)
        assert cite["quote"] and cite["quote"] in cite["text"]
    assert "25/10/2021" in body["citations"][0]["quote"]


def test_refusal_is_grounded_false_without_citations(client):
    body = _ask(client, "Nghị quyết 57-NQ/TW về nội dung gì?")
    assert body["grounded"] is False and body["citations"] == [] and "57-NQ/TW" in body["answer"]


def test_follow_up_pronoun_retrieves_the_earlier_document(client):
    history = [{"role": "user", "content": "Kết luận 14-KL/TW ban hành ngày nào?"},
               {"role": "assistant", "content": "22/09/2021 [1]"}]
    body = _ask(client, "Nó do cơ quan nào ban hành?", history=history)
    assert "14-KL/TW" in body["query"]
    assert body["grounded"] and "Bộ Chính trị" in body["answer"]
    assert all("14-KL/TW" in c["text"] for c in body["citations"])


def test_follow_up_what_about_reuses_the_previous_question(client):
    history = [{"role": "user", "content": "KL 21 ban hành ngày nào?"},
               {"role": "assistant", "content": "25/10/2021 [1]"}]
    body = _ask(client, "Còn KL 14 thì sao?", history=history)
    assert body["query"] == "KL 14 ban hành ngày nào?"
    assert body["answer"].startswith("22/09/2021")
    assert _ask(client, "Còn KL 14 thì sao?")["query"] == "Còn KL 14 thì sao?"  # no history: nothing to carry


def test_filters_restrict_ask_and_search(client):
    doc = "quang-ninh-hoi-nghi-quan-triet-kl21"
    body = _ask(client, "Kết luận 21-KL/TW được ban hành ngày nào?", filters={"doc_ids": [doc]})
    assert body["grounded"] and {c["doc_id"] for c in body["citations"]} == {doc}
    r = client.post("/v1/search", json={"query": "giám sát Kết luận 21", "top_k": 10,
                                        "filters": {"sources": ["Baonghean.vn"]}})
    assert r.status_code == 200 and r.json()["results"]
    assert {h["source"] for h in r.json()["results"]} == {"Baonghean.vn"}


@pytest.mark.parametrize("filters,error", [
    ({"doc_ids": ["khong-co"]}, "unknown_document"),
    ({"sources": ["Báo không có"]}, "unknown_source"),
    ({"doc_ids": "nghe-an"}, "invalid_request"),
    ({"tag": ["x"]}, "invalid_request"),
])
def test_bad_filters_are_422(client, filters, error):
    r = client.post("/v1/ask", json={"question": "KL 21 ban hành ngày nào?", "filters": filters})
    assert r.status_code == 422 and r.json()["error"]["code"] == error and "filters" in r.json()["error"]["message"]


def test_search_returns_best_first(client):
    results = client.post("/v1/search", json={"query": "Giải pháp thứ năm Nghệ An", "top_k": 4}).json()["results"]
    assert len(results) == 4
    assert [r["score"] for r in results] == sorted((r["score"] for r in results), reverse=True)
    assert any(r["text"].startswith("- Thứ năm") for r in results)


@pytest.mark.parametrize("payload,fragment", [
    ({"question": ""}, "question"),
    ({"question": "   "}, "the question is empty"),
    ({"question": "x" * 2001}, "2000"),
    ({"question": "KL 21?", "history": [{"role": "robot", "content": "hi"}]}, "history"),
    ({"question": "KL 21?", "history": "không phải danh sách"}, "history"),
    ({"question": "KL 21?", "history": [{"role": "user"}]}, "history.0.content"),
    ({"question": "KL 21?", "top_k": 0}, "top_k"),
    ({"question": "KL 21?", "top_k": 51}, "top_k"),
])
def test_bad_ask_input_is_422_with_a_message(client, payload, fragment):
    r = client.post("/v1/ask", json=payload)
    assert r.status_code == 422
    body = r.json()
    assert body["error"]["code"] == "invalid_request" and fragment in body["error"]["message"]


def test_bad_search_input_is_422(client):
    r = client.post("/v1/search", json={"query": ""})
    assert r.status_code == 422 and "query" in r.json()["error"]["message"]


def test_malformed_json_is_422(client):
    r = client.post("/v1/ask", content=b"{not json", headers={"content-type": "application/json"})
    assert r.status_code == 422 and r.json()["error"]["code"] == "invalid_request"


# -- documents ------------------------------------------------------------------------------------

def test_list_and_read_documents(client):
    docs = client.get("/v1/documents").json()["documents"]
    assert [d["doc_id"] for d in docs] == sorted(d["doc_id"] for d in docs) and len(docs) == 5
    nghe_an = next(d for d in docs if d["doc_id"] == "nghe-an-nhiem-vu-giai-phap-kl21")
    assert nghe_an["source"] == "Trang thông tin điện tử Đảng bộ Khối (Nghệ An)"
    assert nghe_an["published"] and re.match(r"\d{4}-\d\d-\d\dT", nghe_an["ingested_at"])
    detail = client.get("/v1/documents/nghe-an-nhiem-vu-giai-phap-kl21").json()
    assert detail["title"] == nghe_an["title"] and len(detail["passages"]) == nghe_an["chunks"]
    positions = [p["position"] for p in detail["passages"]]
    assert positions == sorted(positions)
    assert any(p["text"].startswith("- Thứ năm") and p["item_label"] for p in detail["passages"])


def test_unknown_document_is_404(client):
    r = client.get("/v1/documents/khong-co-van-ban-nay")
    assert r.status_code == 404 and r.json()["error"]["code"] == "document_not_found"


def test_upload_ask_delete_ask(client):
    files = {"file": ("Kết luận 199.txt", NEW_DOC.encode(), "text/plain")}
    r = client.post("/v1/documents", files=files, data={"source": "Thử nghiệm"}, headers=AUTH)
    assert r.status_code == 201, r.text
    assert r.json() | {"chunks": 1} == {"doc_id": "ket-luan-199", "title": r.json()["title"], "chunks": 1,
                                       "added": r.json()["added"], "removed": 0, "status": "created"}
    again = client.post("/v1/documents", files=files, data={"source": "Thử nghiệm"}, headers={"X-API-Key": KEY})
    assert again.status_code == 200 and again.json()["status"] == "unchanged" and again.json()["added"] == 0

    body = _ask(client, "Kết luận 199 ban hành ngày nào?")
    assert body["answer"].startswith("03/02/2023") and body["citations"][0]["doc_id"] == "ket-luan-199"
    assert body["citations"][0]["source"] == "Thử nghiệm"
    body = _ask(client, "Thí điểm tại bao nhiêu tỉnh, thành phố?", filters={"doc_ids": ["ket-luan-199"]})
    assert "7" in body["answer"]

    r = client.delete("/v1/documents/ket-luan-199", headers=AUTH)
    assert r.status_code == 200 and r.json() == {"doc_id": "ket-luan-199", "removed_chunks": 1}
    body = _ask(client, "Kết luận 199 ban hành ngày nào?")
    assert body["grounded"] is False and not any(c["doc_id"] == "ket-luan-199" for c in body["citations"])
    assert client.delete("/v1/documents/ket-luan-199", headers=AUTH).status_code == 404


def test_changed_upload_replaces_the_document(client):
    name = "thu-nghiem.md"
    first = client.post("/v1/documents", files={"file": (name, b"# Tieu de\n\nNoi dung ban dau ve hoi dap.")},
                        headers=AUTH)
    second = client.post("/v1/documents", files={"file": (name, b"# Tieu de\n\nNoi dung moi ve hoi dap.")},
                         headers=AUTH)
    assert first.status_code == 201 and second.status_code == 200
    assert second.json()["status"] == "replaced" and second.json()["removed"] >= 1
    passages = client.get("/v1/documents/thu-nghiem").json()["passages"]
    assert [p["text"] for p in passages] == ["Noi dung moi ve hoi dap."]
    client.delete("/v1/documents/thu-nghiem", headers=AUTH)


@pytest.mark.parametrize("headers,status,error", [
    ({}, 401, "api_key_required"),
    ({"Authorization": "Bearer wrong"}, 403, "invalid_api_key"),
    ({"X-API-Key": "wrong"}, 403, "invalid_api_key"),
    ({"Authorization": "Basic " + KEY}, 401, "api_key_required"),
])
def test_writes_need_a_valid_key(client, headers, status, error):
    r = client.post("/v1/documents", files={"file": ("a.txt", NEW_DOC.encode())}, headers=headers)
    assert r.status_code == status and r.json()["error"]["code"] == error
    r = client.delete("/v1/documents/nghe-an-nhiem-vu-giai-phap-kl21", headers=headers)
    assert r.status_code == status
    if status == 401:
        assert r.headers["www-authenticate"] == "Bearer"
    assert len(client.get("/v1/documents").json()["documents"]) == 5


def test_writes_are_disabled_without_configured_keys(pipeline):
    with _client(pipeline) as client:
        r = client.post("/v1/documents", files={"file": ("a.txt", NEW_DOC.encode())}, headers=AUTH)
        assert r.status_code == 403 and r.json()["error"]["code"] == "writes_disabled"
        assert "HOIDAP_API_KEYS" in r.json()["error"]["message"]
        assert client.post("/v1/ask", json={"question": "KL 21 ban hành ngày nào?"}).status_code == 200


def test_reads_can_require_a_key(pipeline):
    with _client(pipeline, api_keys=KEY, require_key_for_read=True) as client:
        assert client.post("/v1/ask", json={"question": "KL 21?"}).status_code == 401
        assert client.get("/v1/documents", headers={"X-API-Key": "nope"}).status_code == 403
        assert client.post("/v1/search", json={"query": "KL 21"}, headers=AUTH).status_code == 200
        assert client.get("/v1/documents", headers=AUTH).status_code == 200
        assert client.get("/health").status_code == 200 and client.get("/ready").status_code == 200


@pytest.mark.parametrize("name,data,status,error", [
    ("virus.exe", b"MZ\x90\x00", 415, "unsupported_media_type"),
    ("no-suffix", b"text", 415, "unsupported_media_type"),
    ("hong.pdf", b"%PDF-1.4 not really a pdf", 422, "unreadable_document"),
    ("latin1.txt", "Kết luận".encode("cp1258", errors="replace") + b"\xff\xfe\x00", 422, "unreadable_document"),
    ("rong.txt", b"", 422, "empty_file"),
    ("bom.docx", docx_bomb(10 * 1024 * 1024, skeleton=False), 413, "unpacks_too_large"),
    ("lon.txt", b"a" * 60_000, 413, "upload_too_large"),
])
def test_bad_uploads_are_rejected_and_write_nothing(client, name, data, status, error):
    before = client.get("/v1/documents").json()["documents"]
    r = client.post("/v1/documents", files={"file": (name, data)}, headers=AUTH)
    assert r.status_code == status, r.text
    assert r.json()["error"]["code"] == error and r.json()["error"]["message"]
    assert client.get("/v1/documents").json()["documents"] == before


def test_a_filename_is_never_a_path(client):
    r = client.post("/v1/documents", files={"file": ("../../etc/Kết luận 5.txt", NEW_DOC.encode())}, headers=AUTH)
    assert r.status_code == 201 and r.json()["doc_id"] == "ket-luan-5"
    assert client.delete("/v1/documents/ket-luan-5", headers=AUTH).status_code == 200


def test_missing_file_field_is_422(client):
    r = client.post("/v1/documents", data={"title": "x"}, headers=AUTH)
    assert r.status_code == 422 and "file" in r.json()["error"]["message"]


# -- contract -------------------------------------------------------------------------------------

def test_openapi_documents_every_endpoint_with_examples(client):
    spec = client.get("/openapi.json").json()
    operations = {(m.upper(), p): op for p, ops in spec["paths"].items() for m, op in ops.items()}
    assert set(operations) == {("GET", "/health"), ("GET", "/ready"), ("POST", "/v1/ask"), ("POST", "/v1/search"),
                               ("GET", "/v1/documents"), ("POST", "/v1/documents"),
                               ("GET", "/v1/documents/{doc_id}"), ("DELETE", "/v1/documents/{doc_id}"),
                               ("GET", "/v1/directives"), ("GET", "/v1/directives/{ref}"),
                               ("GET", "/v1/models"), ("POST", "/v1/chat/completions")}
    schemas = spec["components"]["schemas"]
    for (method, path), op in operations.items():
        assert op["summary"], (method, path)
        if path.startswith(("/v1/models", "/v1/chat/")):
            continue  # OpenAI's own schema, documented by OpenAI
        ok = op["responses"].get("200") or op["responses"]["201"]
        ref = ok["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[1]
        assert schemas[ref].get("examples"), f"{method} {path}: response {ref} has no example"
    assert len(operations[("POST", "/v1/ask")]["requestBody"]["content"]["application/json"]["examples"]) >= 3
    assert "Kết luận" in str(operations[("POST", "/v1/ask")]["requestBody"])
    assert operations[("POST", "/v1/documents")]["security"]
    assert client.get("/docs").status_code == 200


# -- web: offline docs, security headers, CORS, methods --------------------------------------------

class _Links(HTMLParser):
    """Every URL-valued attribute of a page (src, href, spec-url …)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.urls += [value for name, value in attrs if value and name in ("src", "href", "spec-url", "action")]


_ASSET_TYPES = {".js": "javascript", ".css": "text/css", ".png": "image/png", ".json": "application/json"}


@pytest.mark.parametrize("page,needs", [("/docs", ("swagger-ui-bundle.js", "swagger-ui.css")),
                                        ("/redoc", ("redoc.standalone.js",))])
def test_docs_pages_load_only_assets_the_app_serves(client, page, needs):
    r = client.get(page)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    links = _Links()
    links.feed(r.text)
    assert all(any(u.endswith(n) for u in links.urls) for n in needs), links.urls
    assert not re.search(r"https?://|(src|href)=[\"']//", r.text), "an external URL is left on the page"
    assert "fonts.googleapis" not in r.text
    for url in links.urls:
        assert url.startswith("/") and not url.startswith("//"), url
        asset = client.get(url)
        assert asset.status_code == 200 and asset.content, url
        kind = next(t for suffix, t in _ASSET_TYPES.items() if url.endswith(suffix))
        assert kind in asset.headers["content-type"], (url, asset.headers["content-type"])
        if url.endswith(".css"):  # no @import of web fonts or images from elsewhere
            assert "@import" not in asset.text and not re.search(r"url\(\s*[\"']?(https?:)?//", asset.text)
    # What the scripts load at run time (ReDoc's logo from cdn.redoc.ly) the page's CSP keeps on this origin.
    csp = {d.split()[0]: d.split()[1:] for d in r.headers["content-security-policy"].split(";") if d.strip()}
    for directive in ("img-src", "font-src", "connect-src"):
        assert all(not re.match(r"https?:|\*", source) for source in csp[directive]), csp
    assert csp["frame-ancestors"] == ["'self'"]
    if page == "/docs":  # the validator badge would be an <img> from validator.swagger.io
        assert '"validatorUrl": null' in r.text
        assert "url: '/openapi.json'" in r.text


def test_docs_behind_a_path_prefix_point_under_it(pipeline):
    with TestClient(create_app(Settings(), pipeline=pipeline, ui=False), root_path="/hoidap") as client:
        links = _Links()
        links.feed(client.get("/docs").text)
        assert links.urls and all(u.startswith("/hoidap/docs-assets/") for u in links.urls), links.urls


_SECURITY = {"x-content-type-options": "nosniff", "referrer-policy": "no-referrer",
             "content-security-policy": "frame-ancestors 'self'", "x-frame-options": "SAMEORIGIN"}


def _assert_secured(r):
    """The four headers; a page may carry a stricter CSP of its own (the docs do) if it keeps frame-ancestors."""
    seen = {k: r.headers.get(k) for k in _SECURITY}
    csp = seen.pop("content-security-policy") or ""
    assert seen == {k: v for k, v in _SECURITY.items() if k != "content-security-policy"}, (r.request.url, seen)
    assert "frame-ancestors 'self'" in [d.strip() for d in csp.split(";")], (r.request.url, csp)


def test_security_headers_on_json_errors_docs_and_assets(client):
    for r in (client.get("/health"), client.post("/v1/search", json={"query": "KL 21"}),
              client.get("/v1/nope"), client.put("/v1/ask"), client.post("/v1/ask", json={"question": ""}),
              client.post("/v1/documents", files={"file": ("a.txt", b"x")}),  # 401 from a dependency
              client.post("/v1/documents", files={"file": ("lon.txt", b"a" * 60_000)}, headers=AUTH),  # raw 413
              client.get("/docs"), client.get("/redoc"), client.get("/openapi.json"),
              client.get("/docs-assets/swagger-ui.css"), client.get("/", follow_redirects=False)):
        assert r.status_code in (200, 307, 401, 404, 405, 413, 422)
        _assert_secured(r)
        if r.request.url.path not in ("/docs", "/redoc"):
            assert r.headers["content-security-policy"] == "frame-ancestors 'self'"  # no script-src anywhere else


def test_security_headers_on_a_streamed_answer(client):
    with client.stream("POST", "/v1/ask", json={"question": "KL 21 ban hành ngày nào?", "stream": True}) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        _assert_secured(r)
        body = "".join(r.iter_text())
    assert "event: answer" in body and "25/10/2021" in body


def test_security_headers_on_an_unhandled_500(pipeline):
    app = create_app(Settings(), pipeline=pipeline, ui=False)

    @app.get("/boom")
    def _boom():
        raise RuntimeError("boom")

    with TestClient(app, raise_server_exceptions=False) as client:
        r = client.get("/boom")
        assert r.status_code == 500
        _assert_secured(r)


def test_security_headers_middleware_forwards_each_chunk_as_it_comes():
    """Pure ASGI: a chunk reaches the server before the app produces the next one (an SSE stream stays live)."""
    import asyncio

    from api.headers import SecurityHeaders

    forwarded: list[dict] = []
    first_chunk_out = asyncio.Event()

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-type", b"text/event-stream"), (b"x-frame-options", b"DENY")]})
        await send({"type": "http.response.body", "body": b"event: token\n\n", "more_body": True})
        await asyncio.wait_for(first_chunk_out.wait(), 2)  # times out if the middleware held the chunk back
        await send({"type": "http.response.body", "body": b"event: answer\n\n"})

    async def send(message):
        forwarded.append(message)
        if message.get("more_body"):
            first_chunk_out.set()

    async def receive():
        return {"type": "http.request", "body": b""}

    asyncio.run(SecurityHeaders(app)({"type": "http", "method": "GET", "path": "/"}, receive, send))
    assert [m["type"] for m in forwarded] == ["http.response.start", "http.response.body", "http.response.body"]
    headers = dict(forwarded[0]["headers"])
    assert headers[b"x-frame-options"] == b"DENY"  # a header the app set is kept, not doubled
    assert [k for k, _ in forwarded[0]["headers"]].count(b"x-frame-options") == 1
    assert headers[b"x-content-type-options"] == b"nosniff"


def test_no_cors_headers_by_default(client):
    origin = {"Origin": "https://app.example.vn"}
    assert "access-control-allow-origin" not in client.get("/health", headers=origin).headers
    r = client.options("/v1/ask", headers={**origin, "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers and r.status_code == 405


def test_cors_answers_configured_origins_only(pipeline):
    allowed, other = "https://app.example.vn", "https://evil.example.com"
    with _client(pipeline, cors_origins=f" {allowed}/ , http://localhost:5173") as client:
        preflight = {"Access-Control-Request-Method": "POST",
                     "Access-Control-Request-Headers": "content-type,x-api-key"}
        r = client.options("/v1/ask", headers={"Origin": allowed, **preflight})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == allowed
        assert "POST" in r.headers["access-control-allow-methods"]
        assert {"content-type", "x-api-key"} <= {h.strip().lower() for h in
                                                 r.headers["access-control-allow-headers"].split(",")}
        assert "access-control-allow-credentials" not in r.headers
        _assert_secured(r)
        r = client.post("/v1/search", json={"query": "KL 21"}, headers={"Origin": allowed})
        assert r.status_code == 200 and r.headers["access-control-allow-origin"] == allowed

        r = client.options("/v1/ask", headers={"Origin": other, **preflight})
        assert r.status_code == 400 and "access-control-allow-origin" not in r.headers
        r = client.post("/v1/search", json={"query": "KL 21"}, headers={"Origin": other})
        assert r.status_code == 200 and "access-control-allow-origin" not in r.headers


@pytest.mark.parametrize("method,path,allow", [
    ("PUT", "/v1/ask", "POST"),
    ("GET", "/v1/search", "POST"),
    ("PUT", "/v1/documents", "GET, POST"),  # two routes share the path: both methods are named
    ("PATCH", "/v1/documents/nghe-an-nhiem-vu-giai-phap-kl21", "GET, DELETE"),
    ("POST", "/health", "GET"),
    ("DELETE", "/docs", "GET"),
    ("POST", "/openapi.json", "GET, HEAD"),
])
def test_wrong_method_is_405_with_allow_and_the_json_error(client, method, path, allow):
    r = client.request(method, path, headers=AUTH)
    assert r.status_code == 405 and r.headers["allow"] == allow
    body = r.json()["error"]
    assert set(body) == {"code", "message", "request_id"} and body["code"] == "method_not_allowed"
    assert body["message"].startswith(f"{method} is not allowed on {path}; use ")
    assert all(m in body["message"] for m in allow.split(", ") if m != "HEAD")
    assert body["request_id"] == r.headers["x-request-id"]
    _assert_secured(r)


def test_wrong_method_on_the_openai_paths_keeps_openais_error_shape(client):
    r = client.get("/v1/chat/completions")
    assert r.status_code == 405 and r.headers["allow"] == "POST"
    assert r.json()["error"]["code"] == "method_not_allowed" and "use POST" in r.json()["error"]["message"]

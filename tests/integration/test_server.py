"""The whole service on a real uvicorn on loopback, started like `hoidap serve` (index loaded in the
background), called with httpx: every endpoint, the error statuses, and upload -> ask -> delete -> ask."""

from __future__ import annotations

import re

import httpx
import pytest

from tests.conftest import LIVE_KEY

DOC = ("Quy định số 301-QĐ/TW ngày 14/03/2024 của Ban Bí thư về thử nghiệm tra cứu văn bản.\n\n"
       "Ban Bí thư giao Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện Quy định 301.")


@pytest.fixture(scope="module")
def http(live_server):
    with httpx.Client(base_url=live_server.base, timeout=30) as client:
        yield client


def test_health_ready_docs_and_ui(http):
    assert http.get("/health").json() == {"status": "ok"}
    ready = http.get("/ready").json()
    assert ready["status"] == "ready" and ready["documents"] == 5 and ready["store"] == "persistent"
    assert http.get("/").status_code == 307 and http.get("/").headers["location"] == "/ui/"
    assert "swagger" in http.get("/docs").text.lower()
    assert http.get("/openapi.json").json()["info"]["title"] == "hoidap"
    ui = http.get("/ui/")
    assert ui.status_code == 200 and "gradio" in ui.text.lower()


def test_security_headers_on_the_chat_ui_and_its_assets(http):
    """The Gradio app mounted at /ui sits inside the same headers middleware as the API."""
    ui = http.get("/ui/")
    script = re.search(r'src="\./([^"]+\.js)"', ui.text).group(1)  # the page's own bundle, relative to /ui/
    for r in (ui, http.get(f"/ui/{script}"), http.get("/ui/config")):
        assert r.status_code == 200, r.request.url
        assert r.headers["x-content-type-options"] == "nosniff" and r.headers["x-frame-options"] == "SAMEORIGIN"
        # The chat's own CSP keeps frame-ancestors and every fetch on this origin (Gradio adds Google Fonts links).
        csp = [d.strip() for d in r.headers["content-security-policy"].split(";")]
        assert "frame-ancestors 'self'" in csp and "default-src 'self'" in csp and "font-src 'self' data:" in csp
        assert r.headers["referrer-policy"] == "no-referrer"


def test_ask_search_and_documents(http):
    body = http.post("/v1/ask", json={"question": "ket luan 21 ban hanh ngay nao"}).json()
    assert body["grounded"] and body["answer"].startswith("25/10/2021") and body["citations"]
    hits = http.post("/v1/search", json={"query": "Thứ năm Nghệ An", "top_k": 3}).json()["results"]
    assert len(hits) == 3
    docs = http.get("/v1/documents").json()["documents"]
    assert len(docs) == 5
    detail = http.get(f"/v1/documents/{docs[0]['doc_id']}").json()
    assert len(detail["passages"]) == docs[0]["chunks"]


def test_follow_up_over_http(http):
    history = [{"role": "user", "content": "Kết luận 14-KL/TW ban hành ngày nào?"},
               {"role": "assistant", "content": "22/09/2021 [1]"}]
    body = http.post("/v1/ask", json={"question": "Nó do cơ quan nào ban hành?", "history": history}).json()
    assert body["grounded"] and all("14-KL/TW" in c["text"] for c in body["citations"])


def test_error_statuses_over_http(http, live_server):
    assert http.post("/v1/ask", json={"question": ""}).status_code == 422
    assert http.post("/v1/ask", json={"question": "x" * 2001}).status_code == 422
    assert http.post("/v1/ask", json={"question": "KL 21", "history": [{"role": 1}]}).status_code == 422
    assert http.get("/v1/documents/khong-co").status_code == 404
    files = {"file": ("a.txt", DOC.encode())}
    assert http.post("/v1/documents", files=files).status_code == 401
    assert http.post("/v1/documents", files=files, headers={"X-API-Key": "sai"}).status_code == 403
    r = http.post("/v1/documents", files={"file": ("a.odt", b"x")}, headers={"X-API-Key": LIVE_KEY})
    assert r.status_code == 415 and ".docx" in r.json()["error"]["message"]
    big = b"a" * (live_server.settings.max_upload_bytes() + 10)
    r = http.post("/v1/documents", files={"file": ("big.txt", big)}, headers={"X-API-Key": LIVE_KEY})
    assert r.status_code == 413 and r.json()["error"]["code"] == "upload_too_large"


def test_body_without_length_is_still_limited(http, live_server):
    limit = live_server.settings.max_upload_bytes()

    def chunks():  # a well-formed multipart body whose file part never ends before the limit
        yield b'--zzz\r\nContent-Disposition: form-data; name="file"; filename="big.txt"\r\n\r\n'
        for _ in range(limit // 65536 + 2):
            yield b"x" * 65536
        yield b"\r\n--zzz--\r\n"

    headers = {"X-API-Key": LIVE_KEY, "content-type": "multipart/form-data; boundary=zzz"}
    r = http.post("/v1/documents", content=chunks(), headers=headers)  # a generator is sent chunked
    assert r.status_code == 413 and r.json()["error"]["code"] == "upload_too_large"


def test_upload_ask_delete_ask_over_http(http):
    headers = {"Authorization": f"Bearer {LIVE_KEY}"}
    r = http.post("/v1/documents", files={"file": ("Quy định 301.txt", DOC.encode())}, headers=headers)
    assert r.status_code == 201 and r.json()["doc_id"] == "quy-dinh-301"
    body = http.post("/v1/ask", json={"question": "Quy định 301 ban hành ngày nào?"}).json()
    assert body["answer"].startswith("14/03/2024") and body["citations"][0]["doc_id"] == "quy-dinh-301"
    assert http.get("/ready").json()["documents"] == 6
    assert http.delete("/v1/documents/quy-dinh-301", headers=headers).json()["removed_chunks"] == 1
    body = http.post("/v1/ask", json={"question": "Quy định 301 ban hành ngày nào?"}).json()
    assert body["grounded"] is False and body["citations"] == []
    assert http.get("/ready").json()["documents"] == 5


def test_eval_against_the_running_server(live_server, tmp_path):
    import json

    from eval.report import render_html
    from eval.runner import check_thresholds, run_eval, table

    cases = tmp_path / "cases.jsonl"
    cases.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in [
        {"id": "kl21", "kind": "date", "question": "Kết luận 21-KL/TW được ban hành ngày nào?",
         "answers": ["25/10/2021"], "docs": ["nghe-an-nhiem-vu-giai-phap-kl21", "hung-nguyen-giam-sat-kl21",
                                             "quang-ninh-hoi-nghi-quan-triet-kl21"]},
        {"id": "diemcau", "kind": "number", "question": "Hội nghị ở Quảng Ninh kết nối đến bao nhiêu điểm cầu?",
         "answers": ["237"], "docs": ["quang-ninh-hoi-nghi-quan-triet-kl21"]},
        {"id": "nq57", "kind": "unanswerable", "question": "Nghị quyết 57-NQ/TW về nội dung gì?", "refuse": True},
    ]), encoding="utf-8")
    report = run_eval(live_server.settings, cases, url=live_server.base, progress=lambda _: None)
    assert report["target"] == live_server.base and set(report["systems"]) == {"hoidap", "langchain", "bm25"}
    overall = report["systems"]["hoidap"]["scores"]["all"]
    assert overall["accuracy"] == 1.0 and overall["refusal_recall"] == 1.0 and overall["citation_support"] == 1.0
    assert report["systems"]["langchain"]["scores"]["all"]["refusal_recall"] == 0.0  # the recipe never refuses
    text = table(report)
    assert text.splitlines()[0].split()[:5] == ["kind", "n", "hoidap", "langch", "bm25"]
    page = render_html(report, text, check_thresholds(report))
    assert "<svg" in page and "All thresholds hold" in page and "hoidap misses (0)" in page

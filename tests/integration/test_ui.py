"""The chat UI at /ui: through gradio_client, and in a real headless Chromium (Debian's) with Playwright."""

from __future__ import annotations

import pytest

from eval.screenshots import CHROMIUM_FLAGS, ask, chat_page, chromium_path, scroll_answers_to_top
from tests.conftest import LIVE_KEY


@pytest.fixture(scope="module")
def ui(live_server):
    from gradio_client import Client

    return Client(f"{live_server.base}/ui/", verbose=False)


def _last_answer(history: list[dict]) -> str:
    from ui.render import message_text

    return message_text(history[-1]["content"])


def test_chat_answers_with_sources_and_highlight(ui):
    question, history = ui.predict("Kết luận 21-KL/TW được ban hành ngày nào?", [], "", api_name="/chat")
    assert question == ""  # the box is cleared for the next question
    answer = _last_answer(history)
    assert answer.startswith("25/10/2021 [1]")
    assert "**Nguồn**" in answer and "<mark>" in answer and "nghe\\-an" not in answer
    assert "**[1] " in answer and "25/10/2021" in answer.split("**Nguồn**", 1)[1]


def test_chat_follow_up_uses_the_conversation(ui):
    _, history = ui.predict("Kết luận 14-KL/TW ban hành ngày nào?", [], "", api_name="/chat")
    assert _last_answer(history).startswith("22/09/2021")
    _, history = ui.predict("Nó do cơ quan nào ban hành?", history, "", api_name="/chat")
    answer = _last_answer(history)
    assert len(history) == 4 and "Bộ Chính trị" in answer and "14-KL/TW" in answer


def test_chat_refusal_looks_like_a_refusal(ui):
    _, history = ui.predict("Nghị quyết 57-NQ/TW về nội dung gì?", [], "", api_name="/chat")
    answer = _last_answer(history)
    assert answer.startswith("⚠️ **Không có câu trả lời trong kho tài liệu**")
    assert "57-NQ/TW" in answer and "**Nguồn**" not in answer


def test_documents_panel_lists_uploads_and_deletes(ui, tmp_path):
    from gradio_client import handle_file

    table, _choices = ui.predict("", api_name="/documents")
    assert len(table["data"]) == 5 and table["headers"][0] == "Mã văn bản"

    path = tmp_path / "Chỉ thị 77.txt"
    path.write_text("Chỉ thị số 77-CT/TW ngày 05/05/2024 của Ban Bí thư về thử nghiệm giao diện.\n\n"
                    "Ban Bí thư yêu cầu các cấp ủy thực hiện thử nghiệm giao diện hỏi đáp.", encoding="utf-8")
    status, _, _ = ui.predict(handle_file(str(path)), "", api_name="/upload")
    assert status.startswith("❌") and "khóa API" not in status and "API key" in status  # no key typed
    status, _, _ = ui.predict(handle_file(str(path)), "sai", api_name="/upload")
    assert status.startswith("❌") and "not valid" in status
    status, table, _ = ui.predict(handle_file(str(path)), LIVE_KEY, api_name="/upload")
    assert status.startswith("✅") and "chi-thi-77" in status and len(table["data"]) == 6

    _, history = ui.predict("Chỉ thị 77 ban hành ngày nào?", [], "", api_name="/chat")
    assert _last_answer(history).startswith("05/05/2024")

    status, table, _ = ui.predict("chi-thi-77", LIVE_KEY, api_name="/delete")
    assert status.startswith("🗑️") and len(table["data"]) == 5
    _, history = ui.predict("Chỉ thị 77 ban hành ngày nào?", [], "", api_name="/chat")
    assert _last_answer(history).startswith("⚠️")


def test_browser_asks_follows_up_and_sees_the_cited_passage(live_server, tmp_path):
    if not chromium_path():
        pytest.skip("Debian's chromium is not installed: `apt-get install chromium` (make test does this)")
    with chat_page(live_server.base) as page:
        assert page.url.endswith("/ui/")
        box = page.locator("#question textarea")
        box.fill("ket luan 21 ban hanh ngay nao")
        box.press("Enter")
        first_mark = page.locator("#chatbot mark").first
        first_mark.wait_for(state="visible", timeout=30_000)
        chat = page.locator("#chatbot")
        assert "25/10/2021 [1]" in chat.inner_text()
        assert "Nguồn" in chat.inner_text() and "25/10/2021" in first_mark.inner_text()

        ask(page, "Còn KL 14 thì sao?", "22/09/2021")  # clicks "Gửi"
        assert "14-KL/TW" in chat.inner_text()
        scroll_answers_to_top(page)
        page.screenshot(path=str(tmp_path / "chat.png"))
    assert (tmp_path / "chat.png").stat().st_size > 10_000  # the page rendered (docs/ is `make screenshots`)


def test_directives_tab_lists_the_registry_and_shows_a_record(ui):
    table, choices = ui.predict(api_name="/directives")
    assert table["headers"][1] == "Số hiệu" and len(table["data"]) >= 25
    kl21 = next(row for row in table["data"] if row[1] == "21-KL/TW")
    assert kl21[2] == "25/10/2021" and kl21[-1] == "ngày"
    key = next(value for label, value in choices["choices"] if label == "Kết luận 21-KL/TW")
    record = ui.predict(key, api_name="/directive")
    assert "### Kết luận 21-KL/TW" in record and "15/10/2021 — 1 lần" in record and "Các nguồn ghi khác nhau" in record
    assert "Các lần được nhắc đến (2" in record and "21-KLTW" in record


@pytest.mark.parametrize("page,rendered", [
    ("/docs", "#swagger-ui .opblock-summary-path[data-path='/v1/ask']"),
    ("/redoc", "redoc h1"),
])
def test_browser_renders_the_api_docs_without_leaving_the_machine(live_server, page, rendered):
    """/docs and /redoc render from the server's own assets: the browser asks no other host for anything."""
    executable = chromium_path()
    if not executable:
        pytest.skip("Debian's chromium is not installed: `apt-get install chromium` (make test does this)")
    from urllib.parse import urlsplit

    from playwright.sync_api import sync_playwright

    local = urlsplit(live_server.base).netloc
    elsewhere: list[str] = []
    errors: list[str] = []

    def only_local(route):
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).netloc == local:
            route.continue_()
        else:
            elsewhere.append(url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            tab = browser.new_page(viewport={"width": 1280, "height": 900})
            tab.set_default_timeout(60_000)
            tab.route("**/*", only_local)
            tab.on("pageerror", lambda exc: errors.append(str(exc)))
            response = tab.goto(f"{live_server.base}{page}", wait_until="load")
            assert response.headers["x-frame-options"] == "SAMEORIGIN"
            tab.locator(rendered).first.wait_for(state="visible")
            assert "hoidap" in tab.locator("body").inner_text()
        finally:
            browser.close()
    assert elsewhere == [] and errors == []

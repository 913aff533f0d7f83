"""The chat UI at /ui: through gradio_client, and in a real headless Chromium (Debian's) with Playwright at
1280 and 390 px in light and dark mode, checked by axe-core."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

from eval.screenshots import (
    CHROMIUM_FLAGS,
    LAYOUTS,
    SCHEMES,
    ask,
    chromium,
    chromium_path,
    open_chat,
    search_registry,
    settle,
)
from tests.conftest import LIVE_KEY

NO_CHROMIUM = "Debian's chromium is not installed: `apt-get install chromium` (make test does this)"


@pytest.fixture(scope="module")
def ui(live_server):
    from gradio_client import Client

    return Client(f"{live_server.base}/ui/", verbose=False)


@pytest.fixture(scope="module")
def writer(live_server):
    from gradio_client import Client

    return Client(f"{live_server.base}/ui/", verbose=False, headers={"X-API-Key": LIVE_KEY})


def _last_answer(history: list[dict]) -> str:
    from ui.render import message_text

    return message_text(history[-1]["content"])


def test_chat_answers_with_folded_sources_and_highlight(ui):
    question, history = ui.predict("Kết luận 21-KL/TW được ban hành ngày nào?", [], api_name="/chat")
    assert question == ""  # the box is cleared for the next question
    answer = _last_answer(history)
    head, sources = answer.split("<!--hoidap-sources-->")
    assert head.startswith("25/10/2021 [1]") and "<details" not in head
    assert "<details class=\"hd-src\"><summary>" in sources and "<mark>" in sources and " open" not in sources


def test_chat_follow_up_uses_the_conversation(ui):
    _, history = ui.predict("Kết luận 14-KL/TW ban hành ngày nào?", [], api_name="/chat")
    assert _last_answer(history).startswith("22/09/2021")
    _, history = ui.predict("Nó do cơ quan nào ban hành?", history, api_name="/chat")
    answer = _last_answer(history).split("<!--hoidap-sources-->")[0]
    assert len(history) == 4 and "Bộ Chính trị" in answer and "14-KL/TW" in answer


def test_chat_refusal_looks_like_a_refusal(ui):
    _, history = ui.predict("Nghị quyết 57-NQ/TW về nội dung gì?", [], api_name="/chat")
    answer = _last_answer(history)
    assert answer.startswith("⚠️ **Không có câu trả lời trong kho tài liệu**")
    assert "57-NQ/TW" in answer and "hd-sources" not in answer


def test_documents_upload_with_metadata_and_delete(ui, writer, tmp_path):
    from gradio_client import handle_file

    table, _choices = ui.predict(api_name="/documents")
    assert table.count("<tr>") == 6 and "<th scope=\"col\">Tiêu đề</th>" in table  # header + 5 documents

    path = tmp_path / "Chỉ thị 77.txt"
    path.write_text("Chỉ thị số 77-CT/TW ngày 05/05/2024 của Ban Bí thư về thử nghiệm giao diện.\n\n"
                    "Ban Bí thư yêu cầu các cấp ủy thực hiện thử nghiệm giao diện hỏi đáp.", encoding="utf-8")
    with pytest.raises(Exception):  # noqa: B017 — without a key, Gradio's upload route refuses the file itself
        ui.predict(handle_file(str(path)), "", "", "", api_name="/upload")
    status = writer.predict(handle_file(str(path)), "Chỉ thị thử nghiệm", "Văn phòng", "05/05/2024",
                            api_name="/upload")
    assert status == "✅ Đã thêm «Chỉ thị thử nghiệm» — 1 đoạn."
    table, _ = ui.predict(api_name="/documents")
    assert '<td data-label="Tiêu đề">Chỉ thị thử nghiệm</td><td data-label="Nguồn">Văn phòng</td>' \
           '<td data-label="Ngày đăng">05/05/2024</td>' in table
    _, _, record = ui.predict("CT 77", api_name="/directives")
    assert "<h3>Chỉ thị 77-CT/TW</h3>" in record and "05/05/2024" in record

    _, history = ui.predict("Chỉ thị 77 ban hành ngày nào?", [], api_name="/chat")
    assert _last_answer(history).startswith("05/05/2024")
    assert ui.predict("chi-thi-77", api_name="/delete").startswith("❌ Cần khóa API")
    assert writer.predict("chi-thi-77", api_name="/delete") == "🗑️ Đã xóa «Chỉ thị thử nghiệm» (1 đoạn)."
    table, _ = ui.predict(api_name="/documents")
    assert table.count("<tr>") == 6 and "Chỉ thị thử nghiệm" not in table
    _, history = ui.predict("Chỉ thị 77 ban hành ngày nào?", [], api_name="/chat")
    assert _last_answer(history).startswith("⚠️")


def test_directives_tab_searches_and_shows_a_record(ui):
    table, choices, record = ui.predict("", api_name="/directives")
    assert table.count("<tr>") >= 26 and "<th scope=\"col\">Số hiệu</th>" in table and not record
    assert ("Nghị quyết Trung ương 4 khóa XII", ) == tuple(label for label, _ in choices["choices"]
                                                          if label.startswith("Nghị quyết Trung ương 4 khóa XII"))
    for query in ("KL 21", "21-KL/TW", "ket luan 21"):
        table, choices, record = ui.predict(query, api_name="/directives")
        assert table.count("<tr>") == 2 and '<td data-label="Nguồn ghi khác nhau">⚠ ngày</td>' in table, query
        assert "<h3>Kết luận 21-KL/TW</h3>" in record and "15/10/2021</span> — 1 câu, 1 tài liệu" in record
    key = choices["value"]
    assert "<h3>Kết luận 21-KL/TW</h3>" in ui.predict(key, api_name="/directive")
    table, _, record = ui.predict("Nghị quyết 57-NQ/TW", api_name="/directives")
    assert "Không tìm thấy văn bản nào khớp «Nghị quyết 57-NQ/TW»" in table and record == ""


# -- in a real browser --------------------------------------------------------------------------------------

def _axe_violations(page) -> list[dict]:
    """axe-core's WCAG 2.1 A/AA violations on the page as it is (contrast included)."""
    import axe_playwright_python

    if not page.evaluate("typeof window.axe !== 'undefined'"):
        page.add_script_tag(content=(Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text())
    return page.evaluate("""async () => {
        const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa']}});
        return r.violations.map(v => ({id: v.id, nodes: v.nodes.map(n => n.target.join(' ') + ': ' +
                                                                         n.failureSummary.split('\\n')[1])}));
    }""")


def _english_labels(page) -> list[str]:
    """Accessible names, titles and placeholders Gradio left in English (a Vietnamese one has diacritics)."""
    from rag.vi.text import has_diacritics

    values = page.evaluate("""() => [...document.querySelectorAll('[aria-label], [title], [placeholder]')]
        .filter(e => e.offsetParent !== null || e.tagName === 'DIV')
        .flatMap(e => ['aria-label', 'title', 'placeholder'].map(a => e.getAttribute(a)).filter(Boolean))""")
    return [v for v in values if not has_diacritics(v) and v not in ("hoidap",)]


def _keep_local(page, base: str) -> list[str]:
    """Abort (and list) every request to another host: the page must work with the network cut."""
    local = urlsplit(base).netloc
    elsewhere: list[str] = []

    def only_local(route):
        url = route.request.url
        if urlsplit(url).scheme in ("data", "blob") or urlsplit(url).netloc == local:
            route.continue_()
        else:
            elsewhere.append(url)
            route.abort()

    page.route("**/*", only_local)
    return elsewhere


@pytest.fixture(scope="module")
def browser():
    if not chromium_path():
        pytest.skip(NO_CHROMIUM)
    with chromium() as b:
        yield b


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("scheme", SCHEMES)
def test_browser_chat_and_registry_in_every_layout(browser, live_server, layout, scheme):
    page = open_chat(browser, live_server.base, layout, scheme)
    elsewhere = _keep_local(page, live_server.base)
    errors: list[str] = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        width = LAYOUTS[layout][0]
        assert page.evaluate("document.documentElement.lang") == "vi"
        assert page.evaluate("scrollY") == 0  # the page opens at the top
        assert "Đặt câu hỏi về kết luận" in page.locator("#chatbot").inner_text()  # the empty chat says what to do
        assert _axe_violations(page) == []

        ask(page, "ket luan 21 ban hanh ngay nao", "25/10/2021 [1]")
        ask(page, "Còn KL 14 thì sao?", "22/09/2021 [1]")
        # The newest answer is in view, from its first line: not scrolled down to the end of its sources.
        view = page.evaluate("""() => {
            const box = document.querySelector('#chatbot .bubble-wrap').getBoundingClientRect();
            const bots = document.querySelectorAll('#chatbot .bot-row');
            const a = bots[bots.length - 1].getBoundingClientRect();
            return {box_top: box.top, box_bottom: box.bottom, top: a.top, height: innerHeight};
        }""")
        assert view["box_top"] - 1 <= view["top"] < min(view["box_bottom"], view["height"]) - 60, view
        assert page.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the screen

        sources = page.locator("#chatbot .bot-row").last.locator("details.hd-src")
        assert sources.count() >= 1
        assert page.evaluate("[...document.querySelectorAll('#chatbot details.hd-src')].every(d => !d.open)")
        summary = sources.first.locator("summary")
        line = summary.inner_text()
        assert line.startswith("[1] ") and "“" in line and "14-KL/TW" in line
        summary.focus()
        page.keyboard.press("Enter")  # a source opens from the keyboard
        mark = sources.first.locator("mark")
        mark.wait_for(state="visible")
        assert "14-KL/TW" in mark.inner_text()
        assert sources.nth(1).evaluate("d => d.open") is False  # the others stay folded
        assert _axe_violations(page) == []  # contrast of the quote highlight in this scheme included
        assert _english_labels(page) == []

        search_registry(page, "KL 21", "Kết luận 21-KL/TW")
        table = page.locator("#directive-table table")
        assert "21-KL/TW" in table.inner_text() and "⚠ ngày" in table.inner_text()
        assert page.locator("#directive-table td").first.evaluate("e => getComputedStyle(e).fontFamily") \
            .split(",")[0].strip('"') in ("system-ui", "Segoe UI", "Roboto", "sans-serif")
        assert page.evaluate("document.documentElement.scrollWidth") <= width
        detail = page.locator("#directive-detail").inner_text()
        assert "15/10/2021 — 1 câu, 1 tài liệu" in detail and "Các nguồn ghi khác nhau" in detail
        assert _axe_violations(page) == []
        assert _english_labels(page) == []
    finally:
        page.context.close()
    assert elsewhere == [] and errors == []


def test_browser_chat_survives_a_reload_lists_every_item_and_copies_clean_text(browser, live_server):
    question = "Nhiệm vụ, giải pháp của Nghệ An để thực hiện Kết luận 21 là gì?"
    expected = httpx.post(f"{live_server.base}/v1/ask", json={"question": question}).json()
    assert expected["grounded"]
    page = open_chat(browser, live_server.base)
    try:
        ask(page, question, expected["answer"].splitlines()[0])
        shown = page.locator("#chatbot .bot-row").last.inner_text()
        lines = [line.strip().removeprefix("- ") for line in expected["answer"].splitlines() if line.strip()]
        assert len(lines) > 2  # a list answer
        for line in lines:  # every item of the answer is rendered, in full ("- " items as a Markdown list)
            assert line in shown, line

        page.locator("#chatbot .bot-row").last.hover()
        page.locator("#chatbot").get_by_role("button", name="Sao chép").last.click()  # the newest answer's
        copied = page.evaluate("navigator.clipboard.readText()")
        assert copied.startswith(expected["answer"].strip() + "\n\nNguồn:\n[1] ")
        assert "<" not in copied and "**" not in copied and len(re.findall(r"^\[\d+\] ", copied, re.M)) == len(
            expected["citations"])

        page.reload(wait_until="domcontentloaded")
        page.locator("#question textarea").wait_for(state="visible")
        page.wait_for_function("document.querySelector('#chatbot').innerText.includes("
                               f"{json.dumps(expected['answer'].splitlines()[0])})")
        assert page.evaluate("scrollY") == 0
        page.get_by_role("button", name="Cuộc hội thoại mới").click()
        page.wait_for_function("!document.querySelector('#chatbot .bot-row')")
        page.reload(wait_until="domcontentloaded")
        page.locator("#question textarea").wait_for(state="visible")
        settle(page)
        assert page.locator("#chatbot .bot-row").count() == 0  # a new conversation stays new
    finally:
        page.context.close()


def test_browser_registry_understands_unaccented_names(browser, live_server):
    page = open_chat(browser, live_server.base, "phone", "dark")
    try:
        search_registry(page, "ket luan 21", "Kết luận 21-KL/TW")
        search_registry(page, "nghi quyet trung uong 4", "Nghị quyết Trung ương 4 khóa XII")
        assert "Nghị quyết Nghị quyết" not in page.locator("#directive-table").inner_text()
    finally:
        page.context.close()


def test_browser_upload_with_metadata_then_delete_after_confirmation(browser, live_server, tmp_path):
    path = tmp_path / "Chỉ thị 88.txt"
    path.write_text("Chỉ thị số 88-CT/TW ngày 06/06/2024 của Ban Bí thư về kiểm thử trình duyệt.\n\n"
                    "Ban Bí thư yêu cầu kiểm thử giao diện trên điện thoại và máy tính.", encoding="utf-8")
    page = open_chat(browser, live_server.base)
    try:
        page.get_by_role("tab", name="Tài liệu").click()
        page.locator("#doc-table table").wait_for()
        assert not page.locator("#write-panel").is_visible()  # no key yet: no forms
        assert "Nhập khóa API để tải lên" in page.locator("#key-status").inner_text()
        page.locator("#api-key input").fill("sai")
        page.locator("#use-key").click()
        page.wait_for_function("document.querySelector('#key-status').innerText.includes('Khóa API không đúng')")
        page.locator("#api-key input").fill(LIVE_KEY)
        page.locator("#use-key").click()
        page.locator("#write-panel").wait_for(state="visible")

        page.locator("#upload-file input[type=file]").set_input_files(str(path))
        page.locator("#upload-file").get_by_text("Chỉ thị 88.txt").wait_for()
        page.locator("#upload-title textarea").fill("Chỉ thị kiểm thử trình duyệt")
        page.locator("#upload-source textarea").fill("Văn phòng Trung ương")
        page.locator("#upload-date textarea").fill("06/06/2024")
        page.locator("#upload-btn").click()
        page.wait_for_function("document.querySelector('#doc-status').innerText.includes('Đã thêm')")
        page.wait_for_function("document.querySelector('#doc-table').innerText.includes('Văn phòng Trung ương')")
        assert "06/06/2024" in page.locator("#doc-table").inner_text()
        search_registry(page, "CT 88", "Chỉ thị 88-CT/TW")  # the registry tab sees it too
        assert "06/06/2024" in page.locator("#directive-detail").inner_text()

        page.get_by_role("tab", name="Tài liệu").click()
        page.locator("#delete-choice input").click()
        page.get_by_role("option", name="Chỉ thị kiểm thử trình duyệt").click()
        page.locator("#delete-btn").click()
        page.locator("#delete-confirm").wait_for(state="visible")
        assert "Xóa «Chỉ thị kiểm thử trình duyệt» (1 đoạn) khỏi kho?" in page.locator("#doc-status").inner_text()
        assert "Chỉ thị kiểm thử trình duyệt" in page.locator("#doc-table").inner_text()  # nothing deleted yet
        page.locator("#delete-yes").click()
        page.wait_for_function("document.querySelector('#doc-status').innerText.includes('Đã xóa')")
        page.wait_for_function("!document.querySelector('#doc-table').innerText.includes('Văn phòng Trung ương')")
        assert not page.locator("#delete-confirm").is_visible()
    finally:
        page.context.close()
    assert httpx.get(f"{live_server.base}/v1/directives/CT%2088").status_code == 404


@pytest.mark.parametrize("page,rendered", [
    ("/docs", "#swagger-ui .opblock-summary-path[data-path='/v1/ask']"),
    ("/redoc", "redoc h1"),
])
def test_browser_renders_the_api_docs_without_leaving_the_machine(browser, live_server, page, rendered):
    """/docs and /redoc render from the server's own assets: the browser asks no other host for anything."""
    tab = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    try:
        tab.set_default_timeout(60_000)
        elsewhere = _keep_local(tab, live_server.base)
        tab.on("pageerror", lambda exc: errors.append(str(exc)))
        response = tab.goto(f"{live_server.base}{page}", wait_until="load")
        assert response.headers["x-frame-options"] == "SAMEORIGIN"
        tab.locator(rendered).first.wait_for(state="visible")
        assert "hoidap" in tab.locator("body").inner_text()
    finally:
        tab.close()
    assert elsewhere == [] and errors == []


def test_chromium_flags_keep_the_browser_offline():
    assert {"--disable-background-networking", "--disable-component-update", "--headless"} <= set(CHROMIUM_FLAGS)


def test_upload_reports_its_embedding_progress(tmp_path, tiny_embeddings):
    """What the documents tab's progress bar follows while a large file is embedded."""
    from tests.conftest import make_pipeline

    pipeline = make_pipeline(tmp_path, tiny_embeddings, embedding_batch_size=2)
    text = "\n\n".join(f"Đoạn {i}: Ban Bí thư yêu cầu các cấp ủy thực hiện nội dung số {i}. " * 6 for i in range(12))
    seen: list[tuple[int, int]] = []
    result = pipeline.upload(text.encode(), "Tài liệu dài.txt", on_progress=lambda done, total: seen.append(
        (done, total)))
    assert result.status == "created" and len(seen) >= 3
    assert seen[-1] == (result.chunks, result.chunks) and [d for d, _ in seen] == sorted(d for d, _ in seen)

"""Screenshots for the README, taken from a running hoidap in Debian's headless Chromium (Playwright
drives it through ``executable_path``; no browser is downloaded): ``make screenshots``.

    python -m eval.screenshots --url http://127.0.0.1:8000 --out docs

It writes the chat and the registry ("Văn bản") on a desktop (1280 px) and a phone (390 px), in light and dark
mode: ``docs/{chat,registry}-{desktop,phone}-{light,dark}.png``. The browser test uses the same helpers.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-quic", "--no-first-run", "--disable-sync"]
LAYOUTS = {"desktop": (1280, 900), "phone": (390, 844)}
SCHEMES = ("light", "dark")


def chromium_path() -> str | None:
    """Debian's Chromium (or ``HOIDAP_TEST_CHROMIUM``), or None when it is not installed."""
    return os.environ.get("HOIDAP_TEST_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@contextmanager
def chromium() -> Iterator:
    """One headless Chromium for a whole run; closed when the block ends."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if not executable:
        raise RuntimeError("Debian's chromium is not installed: `apt-get install chromium`")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            yield browser
        finally:
            browser.close()


def open_chat(browser, base_url: str, layout: str = "desktop", scheme: str = "light"):
    """A new page (its own storage) on the chat, its question box visible."""
    width, height = LAYOUTS[layout]
    context = browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN", color_scheme=scheme,
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    page.set_default_timeout(60_000)
    # Not "networkidle": Gradio keeps connections open; wait for the question box instead.
    page.goto(f"{base_url.rstrip('/')}/ui/", wait_until="domcontentloaded")
    page.locator("#question textarea").wait_for(state="visible")
    settle(page)
    return page


def settle(page) -> None:
    """Wait until Gradio has no output pending (it dims pending outputs, which would fail a contrast check)."""
    page.wait_for_function("document.querySelectorAll('.pending, .eta-bar').length === 0", timeout=30_000)
    page.wait_for_timeout(300)


def ask(page, question: str, wait_for: str) -> None:
    """Type ``question``, send it with Enter and wait until the chat shows ``wait_for``."""
    box = page.locator("#question textarea")
    box.fill(question)
    box.press("Enter")
    page.wait_for_function(f"document.querySelector('#chatbot').innerText.includes({json.dumps(wait_for)})",
                           timeout=30_000)
    settle(page)


def search_registry(page, query: str, title: str) -> None:
    """Open the "Văn bản" tab, search ``query`` and wait for the record ``title``."""
    page.get_by_role("tab", name="Văn bản").click()
    page.locator("#directive-table table, #directive-table .hd-empty").first.wait_for()
    box = page.locator("#directive-search textarea")
    box.fill(query)
    box.press("Enter")
    page.wait_for_function("document.querySelector('#directive-detail h3')?.innerText === "
                           f"{json.dumps(title)}", timeout=30_000)
    settle(page)


def take(base_url: str, out: Path) -> list[Path]:
    """The chat and the registry in every layout and colour scheme."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    with chromium() as browser:
        for layout in LAYOUTS:
            for scheme in SCHEMES:
                page = open_chat(browser, base_url, layout, scheme)
                ask(page, "ket luan 21 ban hanh ngay nao", "25/10/2021 [1]")
                page.locator("#chatbot details.hd-src summary").first.click()  # one source opened
                page.wait_for_timeout(300)
                written.append(out / f"chat-{layout}-{scheme}.png")
                page.screenshot(path=str(written[-1]))
                search_registry(page, "KL 21", "Kết luận 21-KL/TW")
                written.append(out / f"registry-{layout}-{scheme}.png")
                page.screenshot(path=str(written[-1]))
                page.context.close()
    return written


def main(argv: list[str] | None = None) -> int:
    """Take the README's screenshots from the server at ``--url``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default="docs")
    args = parser.parse_args(argv)
    for path in take(args.url, Path(args.out)):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

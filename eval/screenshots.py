"""Screenshots for the README, taken from a running hoidap in Debian's headless Chromium (Playwright
drives it through ``executable_path``; no browser is downloaded): ``make screenshots``.

    python -m eval.screenshots --url http://127.0.0.1:8000 --out docs
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


def chromium_path() -> str | None:
    """Debian's Chromium (or ``HOIDAP_TEST_CHROMIUM``), or None when it is not installed."""
    return os.environ.get("HOIDAP_TEST_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")


@contextmanager
def chat_page(base_url: str, width: int = 1280, height: int = 1000) -> Iterator:
    """A Playwright page on the chat, its question box visible; the browser closes when the block ends."""
    from playwright.sync_api import sync_playwright

    executable = chromium_path()
    if not executable:
        raise RuntimeError("Debian's chromium is not installed: `apt-get install chromium`")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_FLAGS)
        try:
            page = browser.new_page(viewport={"width": width, "height": height}, locale="vi-VN")
            page.set_default_timeout(60_000)
            # Not "networkidle": Gradio keeps connections open; wait for the question box instead.
            page.goto(f"{base_url.rstrip('/')}/", wait_until="domcontentloaded")
            page.locator("#question textarea").wait_for(state="visible")
            yield page
        finally:
            browser.close()


def ask(page, question: str, wait_for: str) -> None:
    """Type ``question`` and wait until the page shows ``wait_for``."""
    page.locator("#question textarea").fill(question)
    page.locator("#send").click()
    page.wait_for_function(f"document.body.innerText.includes({json.dumps(wait_for)})", timeout=30_000)


def scroll_answers_to_top(page) -> None:
    """Show the first answer and its sources (the chat scrolls to the newest)."""
    page.evaluate("""() => {
        for (const el of document.querySelectorAll('#chatbot *'))
            if (el.scrollHeight > el.clientHeight + 10) el.scrollTop = 0;
    }""")


def chat_screenshot(base_url: str, path: Path) -> None:
    """Ask an unaccented question and a follow-up in the chat, then save the page with the first answer."""
    with chat_page(base_url) as page:
        ask(page, "ket luan 21 ban hanh ngay nao", "25/10/2021")
        ask(page, "Còn KL 14 thì sao?", "22/09/2021")
        scroll_answers_to_top(page)
        path.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(path))


def main(argv: list[str] | None = None) -> int:
    """Take the README's screenshots from the server at ``--url``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000")
    parser.add_argument("--out", default="docs")
    args = parser.parse_args(argv)
    target = Path(args.out) / "chat.png"
    chat_screenshot(args.url, target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

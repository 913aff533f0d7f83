"""The page around the Blocks: its <head> script and its styles (contrast checked in light and dark mode)."""

from __future__ import annotations

import json

import gradio as gr

from ui.render import COPY_MARK
from ui.strings import GRADIO_PREFIXES, GRADIO_TEXT

# Gradio's own words are English and its copy button copies a message's raw Markdown. This script puts
# Gradio's words in Vietnamese (ui.strings), makes the copy button give the answer's clean text (embedded by
# ui.render), and keeps the newest question and answer in view without scrolling past them.
HEAD = """
<script>
(() => {
  // Gradio's words: exact texts, aria-labels, titles and placeholders (answers and tables are left alone).
  const TEXT = __GRADIO_TEXT__, PREFIXES = __GRADIO_PREFIXES__, ATTRS = ["aria-label", "title", "placeholder"];
  const SKIP = ".message-content, .hd-sources, .hd-table, .hd-record, textarea";
  const word = (s) => { const t = s.trim(); return t && t in TEXT ? s.replace(t, TEXT[t]) : null; };
  const fixAttr = (el, name) => {
    const v = el.getAttribute(name);
    if (v == null) return;
    let n = word(v);
    for (const [p, vi] of Object.entries(PREFIXES)) if (v.startsWith(p)) n = vi;
    if (n !== null && n !== v) el.setAttribute(name, n);
  };
  const walk = (node) => {
    if (node.nodeType === 3) {
      if (node.parentElement && node.parentElement.closest(SKIP)) return;
      const n = word(node.nodeValue);
      if (n !== null && n !== node.nodeValue) node.nodeValue = n;
      return;
    }
    if (node.nodeType !== 1) return;
    // Gradio marks its example questions role="list" around buttons, which is not a list: a group.
    if (node.matches('.examples[role="list"]')) node.setAttribute("role", "group");
    node.querySelectorAll('.examples[role="list"]').forEach((el) => el.setAttribute("role", "group"));
    for (const name of ATTRS) fixAttr(node, name);
    if (node.closest(SKIP)) return;
    for (const el of node.querySelectorAll("[aria-label], [title], [placeholder]")) {
      ATTRS.forEach((a) => fixAttr(el, a));
    }
    const texts = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
    for (let t = texts.nextNode(); t; t = texts.nextNode()) walk(t);
  };
  // The page is Vietnamese: Gradio's i18n sets <html lang> to its locale ("en"); keep "vi".
  const html = document.documentElement;
  const keepLang = () => { if (html.getAttribute("lang") !== "vi") html.setAttribute("lang", "vi"); };
  keepLang();
  new MutationObserver((changes) => {
    for (const c of changes) {
      if (c.type === "attributes" && c.attributeName === "lang") keepLang();
      else if (c.type === "attributes") fixAttr(c.target, c.attributeName);
      else if (c.type === "characterData") walk(c.target);
      else c.addedNodes.forEach(walk);
    }
  }).observe(html, { subtree: true, childList: true, characterData: true, attributes: true,
                      attributeFilter: [...ATTRS, "lang"] });
  walk(document.body);
  // The copy button: Gradio writes the message's Markdown; give the clean text ui.render put in it instead.
  const MARK = "__COPY_MARK__";
  const clip = navigator.clipboard;
  if (clip && clip.writeText) {
    const write = clip.writeText.bind(clip);
    clip.writeText = (text) => {
      const at = typeof text === "string" ? text.lastIndexOf(MARK) : -1;
      if (at >= 0) {
        const b64 = text.slice(at + MARK.length).split("-->")[0];
        const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
        text = new TextDecoder().decode(bytes);
      }
      return write(text);
    };
  }
  // After an answer: scroll the chat so that the newest question starts at its top (the answer follows),
  // instead of the bottom of its sources.
  window.hoidapShowNewest = () => {
    const run = () => {
      const chat = document.querySelector("#chatbot");
      if (!chat) return;
      const users = chat.querySelectorAll(".message-row.user-row, .user-row");
      const last = users[users.length - 1];
      if (!last) return;
      let box = last.parentElement;
      while (box && box !== chat.parentElement && box.scrollHeight <= box.clientHeight + 1) box = box.parentElement;
      if (!box || box === chat.parentElement) return;
      const top = last.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
      box.scrollTop = Math.max(0, top - 8);
    };
    requestAnimationFrame(() => requestAnimationFrame(run));
    setTimeout(run, 250);
  };
  // The API key box posts to /ui/key, which keeps the key in an HttpOnly cookie for Gradio's own requests.
  window.hoidapUseKey = async (key) => {
    const url = location.pathname.replace(/\\/?$/, "/") + "key";
    try {
      await fetch(url, { method: "POST", headers: { Accept: "application/json" },
                         body: new URLSearchParams({ key: key || "" }), credentials: "same-origin" });
    } catch (e) { console.error(e); }
    return key;
  };
})();
</script>
""".replace("__COPY_MARK__", COPY_MARK).replace("__GRADIO_TEXT__", json.dumps(GRADIO_TEXT, ensure_ascii=False)) \
    .replace("__GRADIO_PREFIXES__", json.dumps(GRADIO_PREFIXES, ensure_ascii=False))

def theme() -> gr.themes.Base:
    """Gradio's Soft theme with system fonts (the default one fetches Google Fonts) and its indigo labels and
    buttons darkened to WCAG AA contrast (4.5:1) in light and dark mode."""
    return gr.themes.Soft(font=["system-ui", "Segoe UI", "Roboto", "sans-serif"],
                          font_mono=["ui-monospace", "monospace"]).set(
        block_label_text_color="*primary_700", block_label_text_color_dark="*primary_100",
        block_title_text_color="*primary_700", block_title_text_color_dark="*primary_100",
        block_info_text_color="*neutral_600", block_info_text_color_dark="*neutral_300",
        button_primary_background_fill="*primary_700", button_primary_background_fill_hover="*primary_800",
        button_primary_background_fill_dark="*primary_600", button_primary_background_fill_hover_dark="*primary_700",
        button_primary_text_color="white", button_primary_text_color_dark="white",
        input_placeholder_color="*neutral_500", input_placeholder_color_dark="*neutral_400",
    )


CSS = """
footer .show-api, footer .show-api * { color: #4b5563 !important; }
.dark footer .show-api, .dark footer .show-api * { color: #c5c5d0 !important; }
button[role="tab"].selected { color: #4338ca !important; }
.dark button[role="tab"].selected { color: #a5b4fc !important; }
:root { --hd-muted: #4b4b57; --hd-mark-bg: #fff1a8; --hd-mark-fg: #1c1c1f; --hd-border: #c9c9d1;
        --hd-accent: #1d4ed8; --hd-warn: #7a2e00; --hd-card: #f7f7f9; }
.dark { --hd-muted: #c5c5d0; --hd-mark-bg: #6b5600; --hd-mark-fg: #ffffff; --hd-border: #4a4a55;
        --hd-accent: #9ab8ff; --hd-warn: #ffb37a; --hd-card: #202027; }
mark { background: var(--hd-mark-bg) !important; color: var(--hd-mark-fg) !important; padding: 0 2px; }
.hd-sources-title { font-weight: 600; margin: .25rem 0 !important; }
.hd-src { border: 1px solid var(--hd-border); border-radius: 8px; margin: .35rem 0; padding: .35rem .6rem; }
.hd-src > summary { cursor: pointer; line-height: 1.45; }
.hd-src > summary:focus-visible, .hd-record summary:focus-visible { outline: 3px solid var(--hd-accent);
        outline-offset: 2px; }
.hd-src-where { color: var(--hd-muted); }
.hd-src-quote { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
        margin-left: 1.1rem; }
.hd-src[open] .hd-src-quote { display: none; }
.hd-passage { margin: .5rem 0 !important; }
.hd-docid { color: var(--hd-muted); font-size: .9em; margin: 0 !important; }
.hd-table-wrap { overflow-x: auto; }
.hd-table { width: 100%; border-collapse: collapse; font-family: inherit; font-size: .95rem; }
.hd-table caption { text-align: left; font-weight: 600; padding: .4rem 0; }
.hd-table th, .hd-table td { text-align: left; vertical-align: top; padding: .45rem .5rem;
        border-bottom: 1px solid var(--hd-border); }
.hd-table th { background: var(--hd-card); }
.hd-empty { color: var(--hd-muted); }
.hd-conflict, .hd-table td[data-label="Nguồn ghi khác nhau"] { color: var(--hd-warn); font-weight: 600; }
.hd-record h4 { margin: .8rem 0 .2rem; }
.hd-record .hd-value { font-weight: 600; }
@media (min-width: 641px) {
  .hd-table td[data-label="Số hiệu"], .hd-table td[data-label="Ngày"] { white-space: nowrap; }
}
@media (max-width: 640px) {
  .hd-table thead { position: absolute; left: -9999px; }
  .hd-table caption { display: block; }
  .hd-table, .hd-table tbody, .hd-table tr, .hd-table td { display: block; width: 100%; box-sizing: border-box; }
  .hd-table tr { border: 1px solid var(--hd-border); border-radius: 8px; margin: .5rem 0; padding: .3rem .5rem; }
  .hd-table td { border: 0; padding: .15rem 0; }
  .hd-table td:empty { display: none; }
  .hd-table td::before { content: attr(data-label) ": "; font-weight: 600; }
}
"""

"""How an answer looks in the chat: the answer with its [n] markers, then its sources folded, one line each
(number, title, source, date, the quoted sentence), opening on click to the passage with the quote marked.
Pure functions over ``Answer``; corpus text is escaped, never trusted as markup."""

from __future__ import annotations

import base64
import html
import re

from rag.documents import Answer, Citation

SOURCES_MARK = "<!--hoidap-sources-->"  # where the sources block starts in a chat message
COPY_MARK = "<!--hoidap-copy:"  # the clean text the copy button gives (base64), read by the page's script
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
REFUSAL_TITLE = "⚠️ **Không có câu trả lời trong kho tài liệu**"


def escape(text: str) -> str:
    """Text shown literally in Markdown (no HTML, no emphasis, no links)."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;")).replace("\n", "  \n")


def _escape_keep_markers(text: str) -> str:
    """Like ``escape`` but ``[n]`` markers stay readable as they are."""
    parts = re.split(r"(\[\d+\])", text)
    return "".join(p if re.fullmatch(r"\[\d+\]", p) else escape(p) for p in parts)


def _html(text: str) -> str:
    """Text as HTML on one Markdown block: escaped, line breaks as <br> (a blank line would end the block)."""
    return html.escape(text).replace("\r", "").replace("\n", "<br>")


def highlight(text: str, quote: str) -> str:
    """The passage as HTML, with ``quote`` (a verbatim part of it) marked."""
    pos = text.find(quote) if quote else -1
    if pos < 0:
        return _html(text)
    end = pos + len(quote)
    return f"{_html(text[:pos])}<mark>{_html(text[pos:end])}</mark>{_html(text[end:])}"


def _where(c: Citation, date: str) -> str:
    return " · ".join(part for part in (c.source, date) if part)


def _titled(c: Citation) -> str:
    """The title with a statute passage's place ("Luật Cư trú 2020, Điều 38, khoản 2")."""
    return f"{c.title}, {c.locator}" if c.locator else c.title


def render_citation(c: Citation, date: str = "") -> str:
    """One source, folded: its line (number, title, source, date, quote) opens to the passage."""
    where = _where(c, date)
    quote = c.quote or c.text[:200]
    summary = (f'<span class="hd-src-title"><b>[{c.n}]</b> {_html(_titled(c))}</span>'
               + (f' <span class="hd-src-where">{_html(where)}</span>' if where else "")
               + f' <span class="hd-src-quote">“{_html(quote)}”</span>')
    return (f'<details class="hd-src"><summary>{summary}</summary>'
            f'<blockquote class="hd-passage">{highlight(c.text, c.quote)}</blockquote>'
            f'<p class="hd-docid">Mã tài liệu: <code>{html.escape(c.doc_id)}</code></p></details>')


def copy_text(answer: Answer, dates: dict[str, str] | None = None) -> str:
    """The answer as plain text, its citations as a list (what the copy button gives)."""
    if not answer.grounded:
        return answer.answer
    dates = dates or {}
    lines = [answer.answer.strip(), "", "Nguồn:"]
    for c in answer.citations:
        where = _where(c, dates.get(c.doc_id, ""))
        quote = f": “{c.quote}”" if c.quote else ""
        lines.append(f"[{c.n}] {_titled(c)}" + (f" — {where}" if where else "") + quote)
    return "\n".join(lines)


def render_answer(answer: Answer, dates: dict[str, str] | None = None) -> str:
    """The chat message for an answer: a refusal is marked as one and has no sources. ``dates`` gives each
    cited document's date (doc_id -> date)."""
    dates = dates or {}
    if not answer.grounded:
        return f"{REFUSAL_TITLE}\n\n> {escape(answer.answer)}"
    notes = ""
    if answer.mode == "llm":
        notes += "\n\n*✍️ Câu trả lời do mô hình soạn từ các nguồn; từng câu đã được kiểm chứng.*"
    if answer.warning:
        notes += f"\n\n*ℹ️ {escape(answer.warning)}*"
    n = len(answer.citations)
    sources = "".join(render_citation(c, dates.get(c.doc_id, "")) for c in answer.citations)
    block = (f'<div class="hd-sources"><p class="hd-sources-title">Nguồn ({n}) — bấm vào một nguồn để xem đoạn '
             f'trích</p>{sources}</div>')
    copy = base64.b64encode(copy_text(answer, dates).encode()).decode()
    return f"{_escape_keep_markers(answer.answer)}{notes}\n\n{SOURCES_MARK}\n\n{block}\n\n{COPY_MARK}{copy}-->"


def message_text(content) -> str:
    """The text of a Gradio chat message's content (a string or a list of parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, dict):
        return str(content.get("text") or content.get("content") or "")
    if isinstance(content, list | tuple):
        return " ".join(message_text(part) for part in content)
    return ""


def history_turns(messages: list[dict]) -> list[dict]:
    """Gradio's chat history as API turns (the answers without their sources block)."""
    turns = []
    for m in messages or []:
        role = m.get("role") if isinstance(m, dict) else None
        if role not in ("user", "assistant"):
            continue
        text = message_text(m.get("content")).split(SOURCES_MARK, 1)[0].strip()
        if text:
            turns.append({"role": role, "content": text})
    return turns

"""How an answer looks in the chat: the answer with its [n] markers, then each source with the quoted
sentence highlighted. Pure functions over ``Answer``; corpus text is escaped, never trusted as markup."""

from __future__ import annotations

import re

from rag.directives.registry import Directive
from rag.documents import Answer, Chunk, Citation

SOURCES_HEADING = "**Nguồn**"
_SEPARATOR = "\n\n---\n\n"
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
REFUSAL_TITLE = "⚠️ **Không có câu trả lời trong kho tài liệu**"


def escape(text: str) -> str:
    """Text shown literally in Markdown (no HTML, no emphasis, no links)."""
    return _MD_SPECIAL.sub(r"\\\1", text.replace("&", "&amp;")).replace("\n", "  \n")


def _escape_keep_markers(text: str) -> str:
    """Like ``escape`` but ``[n]`` markers stay readable as they are."""
    parts = re.split(r"(\[\d+\])", text)
    return "".join(p if re.fullmatch(r"\[\d+\]", p) else escape(p) for p in parts)


def highlight(text: str, quote: str) -> str:
    """The passage as Markdown, with ``quote`` (a verbatim part of it) marked."""
    pos = text.find(quote) if quote else -1
    if pos < 0:
        return escape(text)
    before, middle, after = text[:pos], text[pos:pos + len(quote)], text[pos + len(quote):]
    return f"{escape(before)}<mark>{escape(middle)}</mark>{escape(after)}"


def render_citation(c: Citation) -> str:
    """One source: number, title, source and the passage with its quoted sentence highlighted."""
    where = f" — {escape(c.source)}" if c.source else ""
    passage = highlight(c.text, c.quote).replace("  \n", "  \n> ")
    return f"**[{c.n}] {escape(c.title)}**{where}  \n`{c.doc_id}`\n\n> {passage}"


def render_answer(answer: Answer) -> str:
    """The chat message for an answer: a refusal is marked as one and has no sources."""
    if not answer.grounded:
        return f"{REFUSAL_TITLE}\n\n> {escape(answer.answer)}"
    sources = "\n\n".join(render_citation(c) for c in answer.citations)
    notes = ""
    if answer.mode == "llm":
        notes += "\n\n*✍️ Câu trả lời do mô hình soạn từ các nguồn; từng câu đã được kiểm chứng.*"
    if answer.warning:
        notes += f"\n\n*ℹ️ {escape(answer.warning)}*"
    return f"{_escape_keep_markers(answer.answer)}{notes}{_SEPARATOR}{SOURCES_HEADING}\n\n{sources}"


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
        text = message_text(m.get("content")).split(_SEPARATOR, 1)[0].strip()
        if text:
            turns.append({"role": role, "content": text})
    return turns


_MAX_MENTIONS = 30
_ATTRIBUTES = (("dates", "Ngày ban hành"), ("issuers", "Cơ quan ban hành"), ("places", "Địa phương"), ("terms", "Khóa"),
               ("subjects", "Nội dung"))


def render_directive(d: Directive, chunks: dict[str, Chunk]) -> str:
    """A registry record: every attested value with its count and the sentences stating it."""
    lines = [f"### {escape(d.title)}", f"Được nhắc đến {len(d.mentions)} lần."]
    if d.conflicts:
        lines.append("⚠️ **Các nguồn ghi khác nhau** — xem các giá trị bên dưới.")
    for name, title in _ATTRIBUTES:
        values = getattr(d, name)
        if not values:
            continue
        lines.append(f"\n**{title}**")
        for a in values:
            basis = f" ({escape(a.basis)})" if a.basis else ""
            lines.append(f"- {escape(a.value)}{basis} — {a.count} lần, {a.documents} tài liệu")
            for st in a.statements[:3]:
                c = chunks.get(st.chunk_id)
                where = escape(c.title) if c else st.doc_id
                lines.append(f"    > {escape(st.sentence)}  \n    > — *{where}*")
    lines.append(f"\n**Các lần được nhắc đến ({len(d.mentions)})**")
    for i, st in enumerate(d.mentions[:_MAX_MENTIONS], start=1):
        c = chunks.get(st.chunk_id)
        lines.append(f"{i}. {escape(st.sentence)} — *{escape(c.title) if c else st.doc_id}*")
    if len(d.mentions) > _MAX_MENTIONS:
        lines.append(f"… và {len(d.mentions) - _MAX_MENTIONS} lần khác (GET /v1/directives/{{ref}} liệt kê đủ).")
    return "\n".join(lines)

"""One registry record as HTML: every attested value with how many sentences and documents state it and the
sentences themselves (the first few shown, the rest folded), then every mention, folded."""

from __future__ import annotations

import html

from rag.directives.registry import Attested, Directive, Registry, Statement
from service.registry_search import display_title

_SHOWN = 1  # statements shown under a value before the rest fold
_ATTRIBUTES = (("dates", "Ngày ban hành"), ("issuers", "Cơ quan ban hành"), ("places", "Địa phương"),
               ("terms", "Khóa"), ("subjects", "Nội dung"))


def _statement(st: Statement, registry: Registry) -> str:
    c = registry.chunks.get(st.chunk_id)
    where = " · ".join(p for p in ((c.title if c else st.doc_id), (c.source if c else "")) if p)
    return f'<li><q>{html.escape(st.sentence)}</q> <span class="hd-src-where">— {html.escape(where)}</span></li>'


def _statements(statements: list[Statement], registry: Registry) -> str:
    shown = "".join(_statement(s, registry) for s in statements[:_SHOWN])
    rest = statements[_SHOWN:]
    more = ""
    if rest:
        more = (f"<details><summary>Xem thêm {len(rest)} câu ghi giá trị này</summary><ul>"
                + "".join(_statement(s, registry) for s in rest) + "</ul></details>")
    return f"<ul>{shown}</ul>{more}"


def _value(a: Attested, registry: Registry) -> str:
    basis = f" ({html.escape(a.basis)})" if a.basis else ""
    titles = dict.fromkeys((registry.chunks[s.chunk_id].title if s.chunk_id in registry.chunks else s.doc_id)
                           for s in a.statements)
    sources = "; ".join(html.escape(t) for t in titles)
    return (f'<li><span class="hd-value">{html.escape(a.value)}</span>{basis} — {a.count} câu, {a.documents} tài liệu'
            f'<br><span class="hd-src-where">Nguồn: {sources}</span>{_statements(a.statements, registry)}</li>')


def render_record(d: Directive, registry: Registry) -> str:
    """The record of one directive (its name once, every value with its sources, every mention)."""
    docs = len({s.doc_id for s in d.mentions})
    parts = [f'<div class="hd-record"><h3>{html.escape(display_title(d))}</h3>',
             f"<p>Được nhắc đến {len(d.mentions)} lần trong {docs} tài liệu.</p>"]
    if d.conflicts:
        parts.append('<p class="hd-conflict" role="note">⚠ <b>Các nguồn ghi khác nhau</b> — xem các giá trị '
                     "bên dưới, mỗi giá trị kèm nguồn ghi nó.</p>")
    for name, title in _ATTRIBUTES:
        values: list[Attested] = getattr(d, name)
        if values:
            parts.append(f"<h4>{title}</h4><ul class=\"hd-values\">"
                         + "".join(_value(a, registry) for a in values) + "</ul>")
    related = [(registry.get(k), n) for k, n in d.related]
    if any(r for r, _ in related):
        items = "".join(f"<li>{html.escape(display_title(r))} ({n} câu)</li>" for r, n in related if r)
        parts.append(f"<h4>Được nhắc cùng</h4><ul>{items}</ul>")
    parts.append(f"<details><summary>Các lần được nhắc đến ({len(d.mentions)})</summary><ol>"
                 + "".join(_statement(s, registry) for s in d.mentions) + "</ol></details></div>")
    return "".join(parts)

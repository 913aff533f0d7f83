"""The registry and documents as HTML tables in the page's own font: a table on a wide screen, one card per
row on a phone (each cell carries its column name for that layout). Every value is escaped."""

from __future__ import annotations

import html

from rag.directives.registry import Directive
from rag.index.store import DocumentSummary
from service.registry_search import display_number

_CONFLICT_NAMES = {"dates": "ngày", "issuers": "cơ quan ban hành", "terms": "khóa"}
DIRECTIVE_COLUMNS = ("Loại", "Số hiệu", "Ngày", "Cơ quan ban hành", "Nội dung", "Số lần nhắc", "Nguồn ghi khác nhau")
DOCUMENT_COLUMNS = ("Tiêu đề", "Nguồn", "Ngày đăng", "Số đoạn", "Mã tài liệu", "Lập chỉ mục lúc")


def html_table(caption: str, headers: tuple[str, ...], rows: list[list[str]], empty: str, css: str) -> str:
    """A captioned table of plain-text cells, or ``empty`` as a note when there are no rows."""
    if not rows:
        return f'<p class="hd-empty" role="status">{html.escape(empty)}</p>'
    head = "".join(f'<th scope="col">{html.escape(h)}</th>' for h in headers)
    body = "".join("<tr>" + "".join(f'<td data-label="{html.escape(h)}">{html.escape(str(v))}</td>'
                                    for h, v in zip(headers, row)) + "</tr>" for row in rows)
    return (f'<div class="hd-table-wrap"><table class="hd-table {css}"><caption>{html.escape(caption)}</caption>'
            f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>")


def conflict_mark(d: Directive) -> str:
    """"⚠ ngày" when sources give this record different dates (and so on), else ""."""
    names = [_CONFLICT_NAMES[c] for c in sorted(d.conflicts)]
    return f"⚠ {', '.join(names)}" if names else ""


def directives_table(records: list[Directive], query: str = "") -> str:
    """The registry (or the records matching ``query``) as a table."""
    rows = [[d.type_name, display_number(d), d.best("dates"), d.best("issuers"), d.best("subjects"),
             str(len(d.mentions)), conflict_mark(d)] for d in records]
    caption = f"{len(records)} văn bản khớp «{query}»" if query else f"{len(records)} văn bản được nhắc đến"
    empty = (f"Không tìm thấy văn bản nào khớp «{query}». Thử viết số hiệu như 21-KL/TW, KL 21 hoặc ket luan 21, "
             "hoặc vài từ của tên, cơ quan ban hành, nội dung.") if query else \
        "Kho tài liệu chưa nhắc đến văn bản nào. Tải tài liệu lên ở thẻ «Tài liệu»."
    return html_table(caption, DIRECTIVE_COLUMNS, rows, empty, "hd-directives")


def documents_table(docs: list[DocumentSummary]) -> str:
    """The indexed documents as a table."""
    rows = [[d.title, d.source, d.published, str(d.chunks), d.doc_id, d.ingested_at.replace("T", " ")]
            for d in docs]
    return html_table(f"{len(docs)} tài liệu đã lập chỉ mục", DOCUMENT_COLUMNS, rows,
                      "Chưa có tài liệu nào. Tải tài liệu lên ở bên dưới (cần khóa API).", "hd-documents")

"""The registry tab's search, names, table and record view over a small real registry."""

from __future__ import annotations

from rag.directives.registry import Registry
from rag.documents import Chunk
from service.registry_search import display_number, display_title, search_directives
from ui.record import render_record
from ui.tables import directives_table, documents_table

TEXTS = {
    "nghe-an": "Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương về đẩy mạnh xây dựng, "
               "chỉnh đốn Đảng. Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng.",
    "quang-ninh": "Quán triệt Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương. Kết luận số "
                  "14-KL/TW ngày 22/9/2021 của Bộ Chính trị về khuyến khích cán bộ năng động.",
    "cao-bang": "Tỉnh ủy thực hiện Kết luận số 21-KL/TW, ngày 15/10/2021 của Ban Chấp hành Trung ương.",
}


def _registry() -> Registry:
    chunks = [Chunk(f"{d}-0", d, f"Bài {d} <b>", t, t, 0, source="Báo") for d, t in TEXTS.items()]
    return Registry(chunks)


def test_search_understands_abbreviations_numbers_and_unaccented_text():
    registry = _registry()
    for query in ("KL 21", "21-KL/TW", "ket luan 21", "kl21", "Kết luận 21"):
        assert [display_title(d) for d in search_directives(registry, query)] == ["Kết luận 21-KL/TW"], query
    assert [d.label for d in search_directives(registry, "bo chinh tri")] == ["14-KL/TW"]
    assert {d.label for d in search_directives(registry, "ket luan")} == {"21-KL/TW", "14-KL/TW"}
    assert search_directives(registry, "Nghị quyết 57-NQ/TW") == []
    assert len(search_directives(registry, "  ")) == len(registry.all())


def test_names_say_the_type_once():
    named = next(d for d in _registry().all() if d.type_name == "Nghị quyết")
    assert display_title(named) == "Nghị quyết Trung ương 4 khóa XII"
    assert display_number(named) == "Trung ương 4 khóa XII"
    kl21 = search_directives(_registry(), "KL 21")[0]
    assert (display_title(kl21), display_number(kl21)) == ("Kết luận 21-KL/TW", "21-KL/TW")


def test_table_marks_conflicts_escapes_and_says_what_to_do_when_empty():
    registry = _registry()
    table = directives_table(search_directives(registry, "KL 21"), "KL 21")
    assert "<caption>1 văn bản khớp «KL 21»</caption>" in table
    assert '<td data-label="Ngày">25/10/2021</td>' in table
    assert '<td data-label="Nguồn ghi khác nhau">⚠ ngày</td>' in table
    empty = directives_table([], "57-NQ/TW <x>")
    assert "Không tìm thấy văn bản nào khớp «57-NQ/TW &lt;x&gt;»" in empty and "ket luan 21" in empty
    assert "Chưa có tài liệu nào" in documents_table([])


def test_record_shows_each_value_with_its_sources():
    registry = _registry()
    html = render_record(search_directives(registry, "KL 21")[0], registry)
    assert "<h3>Kết luận 21-KL/TW</h3>" in html and "Các nguồn ghi khác nhau" in html
    assert "25/10/2021</span> — 2 câu, 2 tài liệu" in html and "15/10/2021</span> — 1 câu, 1 tài liệu" in html
    assert "Nguồn: Bài cao-bang &lt;b&gt;" in html and "ngày 15/10/2021 của Ban Chấp hành Trung ương" in html
    assert "Các lần được nhắc đến (3)" in html

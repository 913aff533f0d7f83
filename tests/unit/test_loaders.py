"""Each supported format loads; bad files are reported by name, never crash the batch."""

import io
import re

import pytest

from ingest.indexer import Indexer
from ingest.loaders import (
    MAX_PDF_PAGES,
    ExtractionTooSlow,
    HtmlTooLarge,
    LoadError,
    LoadLimits,
    MiB,
    TooLargeWhenUnpacked,
    TooManyPages,
    check_docx_archive,
    doc_id_for,
    load_bytes,
)
from rag.settings import Settings
from tests.files import blank_pdf, docx_bomb, minimal_docx


def _minimal_pdf(text: str) -> bytes:
    """A one-page PDF with a text layer (ASCII, Helvetica)."""
    stream = f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, obj in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + obj + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def test_txt_and_md():
    doc = load_bytes("Tiêu đề\nKết luận số 21-KL/TW ngày 25/10/2021.".encode(), "bai viet.txt")
    assert doc.title == "Tiêu đề" and "25/10/2021" in doc.text and doc.doc_id == "bai-viet"
    md = load_bytes("# Kết luận 21\n\n**Ngày 25/10/2021** ban hành.".encode(), "kl.md")
    assert md.title == "Kết luận 21" and "Ngày 25/10/2021 ban hành." in md.text


def test_html_main_text_without_navigation():
    html = ("<html><head><title>Kết luận 21</title></head><body><nav>Trang chủ | Tin mới | Liên hệ</nav>"
            "<article><h1>Kết luận 21</h1><p>" + "Ngày 25/10/2021, Ban Chấp hành Trung ương ban hành Kết luận "
            "số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị. " * 3 + "</p></article>"
            "<footer>Địa chỉ: 1 Đường A</footer></body></html>")
    doc = load_bytes(html.encode(), "trang.html")
    assert "21-KL/TW" in doc.text and "Trang chủ" not in doc.text and "Địa chỉ" not in doc.text


def test_pdf_with_text_layer():
    doc = load_bytes(_minimal_pdf("Ket luan 21-KL/TW ngay 25/10/2021"), "kl21.pdf")
    assert "21-KL/TW" in doc.text and "25/10/2021" in doc.text


def test_docx():
    from docx import Document

    d = Document()
    d.add_heading("Kết luận 21", level=1)
    d.add_paragraph("Ngày 25/10/2021, Ban Chấp hành Trung ương ban hành Kết luận số 21-KL/TW.")
    buf = io.BytesIO()
    d.save(buf)
    doc = load_bytes(buf.getvalue(), "kl21.docx")
    assert doc.title == "Kết luận 21" and "21-KL/TW" in doc.text


@pytest.mark.parametrize("name,data,why", [
    ("bang.xlsx", b"PK\x03\x04", "unsupported file type '.xlsx'"),
    ("hong.pdf", b"not a pdf", "unreadable PDF"),
    ("hong.docx", b"not a zip", "unreadable .docx"),
    ("latin.txt", "Kết luận".encode("cp1258", errors="replace") + b"\xff\xfe\xfa", "not UTF-8"),
])
def test_bad_files_raise_a_clear_error(name, data, why):
    with pytest.raises(LoadError) as err:
        load_bytes(data, name)
    assert name in str(err.value) and why in str(err.value)


def test_bad_file_is_skipped_and_the_rest_of_the_batch_is_ingested(tmp_path, tiny_embeddings):
    from rag.index.store import ChunkStore, build_chroma_client

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "tot.txt").write_text("Tiêu đề\nKết luận số 21-KL/TW ngày 25/10/2021.", encoding="utf-8")
    (tmp_path / "docs" / "hong.pdf").write_bytes(b"garbage")
    (tmp_path / "docs" / "bang.xlsx").write_bytes(b"garbage")
    store = ChunkStore(build_chroma_client(tmp_path / "index"), "loaders-test", tiny_embeddings)
    report = Indexer(store, Settings()).ingest_paths([tmp_path / "docs", tmp_path / "khong-co.txt"])
    assert report.documents == 1 and report.added == 1
    reasons = " ".join(r for _, r in report.skipped)
    assert "hong.pdf" in reasons and "bang.xlsx" in reasons and "khong-co.txt" in reasons


def test_doc_ids_are_path_safe():
    assert doc_id_for("../../etc/Kết luận 21.pdf") == "ket-luan-21"


# -- bounded unpacking ----------------------------------------------------------------------------

def test_docx_zip_bomb_is_refused_from_its_directory_without_unpacking(monkeypatch):
    import time
    import tracemalloc

    import docx

    bomb = docx_bomb(60 * MiB)  # 60 MiB of XML packed into about 0.2 MB
    assert len(bomb) < 1 * MiB
    monkeypatch.setattr(docx, "Document", lambda *_: pytest.fail("the bomb was handed to python-docx"))
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(TooLargeWhenUnpacked) as err:
            load_bytes(bomb, "bom.docx")
        elapsed = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert elapsed < 2 and peak < 5 * MiB  # nothing was unpacked
    assert re.search(r"^bom\.docx: .* unpacks to 6\d\.\d MiB, more than the 50\.0 MiB limit", str(err.value))


def test_docx_that_packs_too_well_is_refused():
    bomb = docx_bomb(10 * MiB)  # under the size limit, but packed more than 100 times
    with pytest.raises(TooLargeWhenUnpacked) as err:
        load_bytes(bomb, "nen.docx")
    assert "times its size" in str(err.value)
    check_docx_archive(bomb, "nen.docx", max_ratio=1000)  # a higher limit lets it through
    small = docx_bomb(100_000)  # packs as well, but is too small to matter
    assert load_bytes(small, "nho.docx").text.startswith("Đảng Cộng sản Việt Nam")


def test_docx_with_too_many_files_is_refused():
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(minimal_docx())) as source, zipfile.ZipFile(buf, "w") as padded:
        for info in source.infolist():
            padded.writestr(info, source.read(info.filename))
        for i in range(30):
            padded.writestr(f"word/media/image{i}.png", b"")
    with pytest.raises(TooLargeWhenUnpacked) as err:
        load_bytes(buf.getvalue(), "nhieu.docx", limits=LoadLimits(docx_max_members=20))
    assert "files" in str(err.value)
    assert "21-KL/TW" in load_bytes(buf.getvalue(), "nhieu.docx").text  # within the default limit


def test_pdf_with_more_pages_than_the_limit_is_refused():
    pdf = blank_pdf(12)
    with pytest.raises(TooManyPages) as err:
        load_bytes(pdf, "dai.pdf", limits=LoadLimits(pdf_max_pages=10))
    assert "12 pages" in str(err.value) and "10" in str(err.value) and "dai.pdf" in str(err.value)
    with pytest.raises(LoadError) as err:  # within the limit: read, and found to have no text
        load_bytes(pdf, "dai.pdf")
    assert not isinstance(err.value, TooManyPages) and "no text layer" in str(err.value)
    assert MAX_PDF_PAGES == 2000 and LoadLimits().pdf_max_pages == MAX_PDF_PAGES


def test_pdf_extraction_past_its_deadline_is_stopped(monkeypatch):
    import ingest.loaders as loaders

    with pytest.raises(ExtractionTooSlow) as err:
        load_bytes(_minimal_pdf("Ket luan 21-KL/TW"), "cham.pdf", limits=LoadLimits(pdf_timeout_s=0))
    assert "cham.pdf" in str(err.value) and "page 1 of 1" in str(err.value)
    # the deadline also stops a page in the middle of its content stream
    calls = []

    def clock() -> float:  # start, before page 1, first operator: in time; then 1000 s later
        calls.append(None)
        return 0.0 if len(calls) <= 3 else 1000.0

    monkeypatch.setattr(loaders, "monotonic", clock)
    with pytest.raises(ExtractionTooSlow) as err:
        load_bytes(_minimal_pdf("Ket luan 21-KL/TW"), "cham.pdf")
    assert "page 1 of 1" in str(err.value) and len(calls) == 4  # stopped at the page's second operator


def test_html_longer_than_the_limit_is_refused_before_parsing(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "extract", lambda *_, **__: pytest.fail("parsed"))
    page = ("<html><body><article><p>" + "Kết luận số 21-KL/TW về xây dựng Đảng. " * 100
            + "</p></article></body></html>").encode()
    with pytest.raises(HtmlTooLarge) as err:
        load_bytes(page, "dai.html", limits=LoadLimits(html_max_chars=2000))
    assert "dai.html" in str(err.value) and "2,000 characters" in str(err.value)
    with pytest.raises(HtmlTooLarge):  # far too many bytes: refused before decoding
        load_bytes(page * 10, "dai.html", limits=LoadLimits(html_max_chars=2000))

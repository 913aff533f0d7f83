"""Read .txt, .md, .html, .pdf and .docx files into cleaned ``SourceDocument`` objects.

Text is decoded by ``ingest.encoding`` (UTF-8, UTF-16 and the legacy Vietnamese encodings). What a file unpacks
to is bounded, not just its size: a .docx is checked as a zip before it is parsed, a PDF's pages are counted
and its text extraction has a deadline, and HTML is measured before trafilatura parses it.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zipfile
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from time import monotonic

from ingest.clean import boilerplate_by_source, clean_text, site_key
from ingest.encoding import UndecodableText, decode_text
from rag.documents import SourceDocument
from rag.vi.text import fold, nfc

log = logging.getLogger(__name__)

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MANIFEST_NAME = "manifest.json"

MiB = 1024 * 1024
MAX_DOCX_UNPACKED_BYTES = 50 * MiB
"""A .docx whose files add up to more than this when unpacked is refused before it is parsed."""
MAX_DOCX_RATIO = 100.0
"""... and so is one that unpacks to more than this many times its size (a zip bomb; Word's XML packs 5-20x)."""
DOCX_RATIO_FLOOR_BYTES = 1 * MiB
"""The ratio is only judged above this unpacked size: a small, very compressible file is harmless."""
MAX_DOCX_MEMBERS = 1000
"""Files inside one .docx (a long report with images has a few hundred)."""
MAX_PDF_PAGES = 2000
PDF_TIMEOUT_S = 60.0
"""Wall-clock time for one PDF's text extraction."""
MAX_HTML_CHARS = 10 * MiB
"""Characters of decoded HTML handed to trafilatura."""


class LoadError(Exception):
    """A file that cannot be read; the message says why."""


class TooLargeWhenUnpacked(LoadError):
    """A .docx whose unpacked contents exceed the limits (size, compression ratio or number of files)."""


class HtmlTooLarge(LoadError):
    """An HTML page too long to extract an article from."""


class TooManyPages(LoadError):
    """A PDF with more pages than are read."""


class ExtractionTooSlow(LoadError):
    """A PDF whose text extraction ran past its deadline."""


@dataclass(frozen=True)
class LoadLimits:
    """Bounds on what one file may unpack to and how long it may take; the defaults are the module constants."""

    docx_max_unpacked_bytes: int = MAX_DOCX_UNPACKED_BYTES
    docx_max_ratio: float = MAX_DOCX_RATIO
    docx_max_members: int = MAX_DOCX_MEMBERS
    pdf_max_pages: int = MAX_PDF_PAGES
    pdf_timeout_s: float = PDF_TIMEOUT_S
    html_max_chars: int = MAX_HTML_CHARS


DEFAULT_LIMITS = LoadLimits()


@dataclass(frozen=True)
class FileMeta:
    """Metadata a manifest gives for one file."""

    title: str = ""
    source: str = ""
    published: str = ""


def doc_id_for(name: str) -> str:
    """A stable, path-safe document id from a file name: "Kết luận 21.pdf" -> "ket-luan-21"."""
    stem = Path(name).stem
    slug = re.sub(r"[^a-z0-9]+", "-", fold(stem)).strip("-")
    return slug[:100] or "document"


def _decode(data: bytes, name: str) -> str:
    try:
        decoded = decode_text(data)
    except UndecodableText as exc:
        raise LoadError(f"{name}: not UTF-8 text, and no other encoding gives readable Vietnamese (tried "
                        f"{', '.join(exc.tried)}); open it in a text editor or a converter such as Unikey's, "
                        "save it as UTF-8 and ingest again") from None
    if decoded.encoding != "UTF-8":
        log.info("%s: read as %s", name, decoded.encoding)
    return decoded.text


def _markdown_to_text(text: str) -> str:
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)


def _mib(n: float) -> str:
    return f"{n / MiB:.1f} MiB"


def _html_to_text(data: bytes, name: str, max_chars: int = MAX_HTML_CHARS) -> tuple[str, str]:
    import trafilatura  # lazy: only HTML needs it

    too_large = f"{name}: the HTML page is longer than {max_chars:,} characters; save only the article " \
                "(or print it to PDF) and ingest that"
    if len(data) > 4 * max_chars:  # no supported encoding decodes to fewer than a quarter as many characters
        raise HtmlTooLarge(too_large)
    html = _decode(data, name)
    if len(html) > max_chars:
        raise HtmlTooLarge(too_large)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True)
    if not text:
        raise LoadError(f"{name}: no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "") or ""
    return text, title


class _PastDeadline(Exception):
    pass


def _pdf_to_text(data: bytes, name: str, max_pages: int = MAX_PDF_PAGES,
                 timeout_s: float = PDF_TIMEOUT_S) -> str:
    """The PDF's text layer, page by page; more than ``max_pages`` pages or more than ``timeout_s`` seconds of
    extraction is refused. The deadline is checked before each page and at each content-stream operator, so
    one slow page is stopped too (pypdf itself caps what one stream may decompress to)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    deadline = monotonic() + timeout_s

    def check_deadline(*_: object) -> None:
        if monotonic() >= deadline:
            raise _PastDeadline

    pages: list[str] = []
    count = 0
    try:
        reader = PdfReader(io.BytesIO(data))
        count = len(reader.pages)
        if count > max_pages:
            raise TooManyPages(f"{name}: the PDF has {count:,} pages, more than the {max_pages:,} that are read; "
                               "split it into parts and ingest them one by one")
        for page in reader.pages:
            check_deadline()
            pages.append(page.extract_text(visitor_operand_before=check_deadline) or "")
    except _PastDeadline:
        raise ExtractionTooSlow(f"{name}: reading the PDF's text took more than {timeout_s:g} s (stopped at page "
                                f"{len(pages) + 1} of {count}); split it into smaller files, or re-save it with "
                                "a PDF printer, and ingest again") from None
    except (PyPdfError, ValueError, KeyError) as exc:  # PyPdfError: unreadable, or past pypdf's own limits
        raise LoadError(f"{name}: unreadable PDF ({exc})") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise LoadError(f"{name}: the PDF has no text layer (scanned?); OCR it first")
    return text


def check_docx_archive(data: bytes, name: str, max_unpacked_bytes: int = MAX_DOCX_UNPACKED_BYTES,
                       max_ratio: float = MAX_DOCX_RATIO, max_members: int = MAX_DOCX_MEMBERS) -> None:
    """Refuse a .docx from its zip directory alone, before anything is unpacked.

    The sizes in the directory are a true bound: Python's zipfile (which python-docx reads through) stops at
    the declared size and fails the CRC check on a member that would unpack to more.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError) as exc:
        raise LoadError(f"{name}: unreadable .docx ({exc})") from exc
    if len(members) > max_members:
        raise TooLargeWhenUnpacked(f"{name}: the .docx holds {len(members):,} files, more than the {max_members:,} "
                                   "that are read; save it again from Word, or save it as PDF, and ingest that")
    unpacked = sum(m.file_size for m in members)
    if unpacked > max_unpacked_bytes:
        raise TooLargeWhenUnpacked(f"{name}: the .docx unpacks to {_mib(unpacked)}, more than the "
                                   f"{_mib(max_unpacked_bytes)} limit; remove large images or split the document")
    ratio = unpacked / max(len(data), 1)
    if unpacked > DOCX_RATIO_FLOOR_BYTES and ratio > max_ratio:
        raise TooLargeWhenUnpacked(f"{name}: the .docx unpacks to {ratio:.0f} times its size ({_mib(unpacked)}); "
                                   f"no real document packs more than {max_ratio:g} times, so it is not read. "
                                   "Save it again from Word and ingest that")
    odd = sorted({m.compress_type for m in members} - {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED})
    if odd:
        raise LoadError(f"{name}: unreadable .docx (compression method {odd[0]}, which Word does not write); "
                        "save it again from Word")


def _docx_to_text(data: bytes, name: str, max_unpacked_bytes: int = MAX_DOCX_UNPACKED_BYTES,
                  max_ratio: float = MAX_DOCX_RATIO, max_members: int = MAX_DOCX_MEMBERS) -> str:
    from docx import Document
    from lxml.etree import XMLSyntaxError

    check_docx_archive(data, name, max_unpacked_bytes, max_ratio, max_members)
    try:
        doc = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, XMLSyntaxError) as exc:
        raise LoadError(f"{name}: unreadable .docx ({exc})") from exc
    return "\n".join(p.text for p in doc.paragraphs)


_TITLE_MAX = 200


def _shorten(text: str) -> str:
    """A title cut from a long first sentence, at a word boundary."""
    if len(text) <= _TITLE_MAX:
        return text
    return text[:text.rfind(" ", 0, _TITLE_MAX - 1)].rstrip(" ,;") + "…"


def _extract(data: bytes, name: str, limits: LoadLimits = DEFAULT_LIMITS) -> tuple[str, str]:
    """A file's text before cleaning, and the page title for HTML; raise ``LoadError`` (or one of its
    subclasses for a file beyond ``limits``) with the reason."""
    suffix = Path(name).suffix.lower()
    html_title = ""
    if suffix in (".txt", ".md"):
        text = _decode(data, name)
        if suffix == ".md":
            text = _markdown_to_text(text)
    elif suffix in (".html", ".htm"):
        text, html_title = _html_to_text(data, name, limits.html_max_chars)
    elif suffix == ".pdf":
        text = _pdf_to_text(data, name, limits.pdf_max_pages, limits.pdf_timeout_s)
    elif suffix == ".docx":
        text = _docx_to_text(data, name, limits.docx_max_unpacked_bytes, limits.docx_max_ratio,
                             limits.docx_max_members)
    else:
        raise LoadError(f"{name}: unsupported file type '{suffix or '(none)'}'; use one of "
                        + ", ".join(SUPPORTED_SUFFIXES))
    return text, html_title


def _document(text: str, html_title: str, name: str, meta: FileMeta,
              boilerplate: Collection[str] = frozenset()) -> SourceDocument:
    cleaned = clean_text(text, boilerplate)
    if not cleaned.strip():
        raise LoadError(f"{name}: no text left after cleaning")
    first_line = cleaned.split("\n", 1)[0].strip()
    # A short first line without a full stop is a heading; a first sentence is content and stays in the body.
    is_heading = len(first_line) <= _TITLE_MAX and not first_line.endswith((".", ";", ":", "…"))
    title = nfc(meta.title or html_title or (first_line if is_heading else _shorten(first_line)))
    body = cleaned
    if "\n" in cleaned and is_heading and (first_line == title or title.startswith(first_line)):
        body = cleaned.split("\n", 1)[1]  # the title travels in metadata and index text
    return SourceDocument(
        doc_id=doc_id_for(name), title=title, text=body, source=nfc(meta.source),
        published=nfc(meta.published), path=name,
    )


def load_bytes(data: bytes, name: str, meta: FileMeta | None = None,
               boilerplate: Collection[str] = frozenset(), limits: LoadLimits = DEFAULT_LIMITS) -> SourceDocument:
    """Turn a file's bytes into a cleaned document; raise ``LoadError`` (or one of its subclasses for a file
    beyond ``limits``) with the reason.

    ``boilerplate``: lines known to recur on other pages of the document's site (see ``load_files``).
    """
    text, html_title = _extract(data, name, limits)
    return _document(text, html_title, name, meta or FileMeta(), boilerplate)


def read_manifest(folder: Path) -> dict[str, FileMeta]:
    """Per-file metadata from ``manifest.json`` in ``folder`` (empty when there is none)."""
    path = folder / MANIFEST_NAME
    if not path.is_file():
        return {}
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {name: FileMeta(**{k: str(v) for k, v in entry.items() if k in FileMeta.__dataclass_fields__})
            for name, entry in raw.get("files", {}).items()}


def expand_paths(paths: list[Path]) -> list[Path]:
    """Files under the given paths (folders are walked, sorted; the manifest itself is skipped)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and p.name != MANIFEST_NAME
                         and not p.name.startswith("."))
        else:
            files.append(path)
    return files


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror})") from exc


def load_file(path: Path, limits: LoadLimits = DEFAULT_LIMITS) -> SourceDocument:
    """Load one file from disk, with manifest metadata from its folder when present.

    The file is cleaned on its own; ``load_files`` also removes what it shares with other pages of its site.
    """
    return load_bytes(_read(path), path.name, read_manifest(path.parent).get(path.name), limits=limits)


def load_files(paths: list[Path],
               limits: LoadLimits = DEFAULT_LIMITS) -> tuple[list[SourceDocument], list[tuple[str, str]]]:
    """Load files together: the pages of one source (the manifest's ``source``) are cleaned with that site's
    boilerplate, the short lines found at the edges of two or more of them.

    Returns the documents in the order of ``paths`` and (path, reason) for each file that was skipped.
    """
    manifests: dict[Path, dict[str, FileMeta]] = {}
    extracted: list[tuple[int, Path, FileMeta, str, str]] = []
    skipped: list[tuple[int, str, str]] = []
    for n, path in enumerate(paths):
        if path.parent not in manifests:
            manifests[path.parent] = read_manifest(path.parent)
        meta = manifests[path.parent].get(path.name) or FileMeta()
        try:
            extracted.append((n, path, meta, *_extract(_read(path), path.name, limits)))
        except LoadError as exc:
            skipped.append((n, str(path), str(exc)))
    sites = boilerplate_by_source((meta.source, text) for _, _, meta, text, _ in extracted)
    docs: list[SourceDocument] = []
    for n, path, meta, text, html_title in extracted:
        try:
            docs.append(_document(text, html_title, path.name, meta, sites.get(site_key(meta.source), frozenset())))
        except LoadError as exc:
            skipped.append((n, str(path), str(exc)))
    return docs, [(path, reason) for _, path, reason in sorted(skipped)]

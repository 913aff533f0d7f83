"""Read .txt, .md, .html, .pdf and .docx files into cleaned ``SourceDocument`` objects."""

from __future__ import annotations

import io
import json
import re
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from ingest.clean import boilerplate_by_source, clean_text, site_key
from rag.documents import SourceDocument
from rag.vi.text import fold, nfc

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf", ".docx")
MANIFEST_NAME = "manifest.json"


class LoadError(Exception):
    """A file that cannot be read; the message says why."""


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
    for encoding in ("utf-8-sig", "utf-16"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
            break
        return text
    raise LoadError(f"{name}: not UTF-8 text; save it as UTF-8 and ingest again")


def _markdown_to_text(text: str) -> str:
    text = re.sub(r"^#{1,6}\s*", "", text, flags=re.MULTILINE)
    text = re.sub(r"\*\*(.+?)\*\*|__(.+?)__", lambda m: m.group(1) or m.group(2), text)
    return re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)


def _html_to_text(data: bytes, name: str) -> tuple[str, str]:
    import trafilatura  # lazy: only HTML needs it

    html = _decode(data, name)
    text = trafilatura.extract(html, include_comments=False, include_tables=True, favor_precision=True)
    if not text:
        raise LoadError(f"{name}: no article text found in the HTML page")
    meta = trafilatura.extract_metadata(html)
    title = (meta.title if meta and meta.title else "") or ""
    return text, title


def _pdf_to_text(data: bytes, name: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError) as exc:
        raise LoadError(f"{name}: unreadable PDF ({exc})") from exc
    text = "\n".join(pages)
    if not text.strip():
        raise LoadError(f"{name}: the PDF has no text layer (scanned?); OCR it first")
    return text


def _docx_to_text(data: bytes, name: str) -> str:
    import zipfile

    from docx import Document

    try:
        doc = Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise LoadError(f"{name}: unreadable .docx ({exc})") from exc
    return "\n".join(p.text for p in doc.paragraphs)


_TITLE_MAX = 200


def _shorten(text: str) -> str:
    """A title cut from a long first sentence, at a word boundary."""
    if len(text) <= _TITLE_MAX:
        return text
    return text[:text.rfind(" ", 0, _TITLE_MAX - 1)].rstrip(" ,;") + "…"


def _extract(data: bytes, name: str) -> tuple[str, str]:
    """A file's text before cleaning, and the page title for HTML; raise ``LoadError`` with the reason."""
    suffix = Path(name).suffix.lower()
    html_title = ""
    if suffix in (".txt", ".md"):
        text = _decode(data, name)
        if suffix == ".md":
            text = _markdown_to_text(text)
    elif suffix in (".html", ".htm"):
        text, html_title = _html_to_text(data, name)
    elif suffix == ".pdf":
        text = _pdf_to_text(data, name)
    elif suffix == ".docx":
        text = _docx_to_text(data, name)
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
               boilerplate: Collection[str] = frozenset()) -> SourceDocument:
    """Turn a file's bytes into a cleaned document; raise ``LoadError`` with the reason.

    ``boilerplate``: lines known to recur on other pages of the document's site (see ``load_files``).
    """
    text, html_title = _extract(data, name)
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


def load_file(path: Path) -> SourceDocument:
    """Load one file from disk, with manifest metadata from its folder when present.

    The file is cleaned on its own; ``load_files`` also removes what it shares with other pages of its site.
    """
    return load_bytes(_read(path), path.name, read_manifest(path.parent).get(path.name))


def load_files(paths: list[Path]) -> tuple[list[SourceDocument], list[tuple[str, str]]]:
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
            extracted.append((n, path, meta, *_extract(_read(path), path.name)))
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

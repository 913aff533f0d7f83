"""Read .txt, .md, .html, .pdf and .docx files into cleaned ``SourceDocument`` objects."""

from __future__ import annotations

import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from ingest.clean import clean_text
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


def load_bytes(data: bytes, name: str, meta: FileMeta | None = None) -> SourceDocument:
    """Turn a file's bytes into a cleaned document; raise ``LoadError`` with the reason."""
    suffix = Path(name).suffix.lower()
    meta = meta or FileMeta()
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
    cleaned = clean_text(text)
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


def load_file(path: Path) -> SourceDocument:
    """Load one file from disk, with manifest metadata from its folder when present."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LoadError(f"{path}: cannot read ({exc.strerror})") from exc
    meta = read_manifest(path.parent).get(path.name)
    return load_bytes(data, path.name, meta)

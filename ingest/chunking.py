"""Structure-aware chunking: list items stay whole and know their ordinal and heading.

Paragraph text is packed into chunks of roughly ``min_chars``..``max_chars`` characters and cut
only at sentence boundaries. Every chunk's ``index_text`` carries the document title and the
nearest heading, so a place named only in the title still finds the chunk.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from pathlib import PurePath

from ingest.statute import StatuteUnit, article_in_title, is_statute, statute_units
from rag.directives.extract import mentions_json
from rag.documents import Chunk, SourceDocument, index_text_of
from rag.vi.numbers import ORDINAL_WORDS, VI_LETTERS, alternation
from rag.vi.refs import ref_keys
from rag.vi.sentences import split_sentences

_ORD = alternation(ORDINAL_WORDS)
_BULLET = r"[-–•+*]"
_ITEM_PATTERNS = (
    # "- Thứ nhất, …", "Thứ năm: …"
    ("thu", re.compile(rf"^(?:{_BULLET}\s*)?(Thứ\s+({_ORD}))\s*[,:.]", re.IGNORECASE)),
    # "Một là, …", "Năm là …"
    ("la", re.compile(rf"^(?:{_BULLET}\s*)?(({_ORD})\s+là)\s*[,:]?\s", re.IGNORECASE)),
    # "1. …", "2) …"
    ("num", re.compile(r"^((\d{1,2})[.)])\s+\S")),
    # "a) …"
    ("letter", re.compile(r"^(([a-zđ])\))\s+\S")),
    # "- …", "• …"
    ("bullet", re.compile(rf"^({_BULLET})\s+\S")),
)
_HARD_MAX_FACTOR = 2  # a list item up to twice max_chars stays in one chunk


@dataclass(frozen=True)
class ListItem:
    """What a list-item line says about itself."""

    style: str
    label: str
    ordinal: int  # 0 for a plain bullet: numbered by position


def parse_item(line: str) -> ListItem | None:
    """Recognise a list-item line and its ordinal ("- Thứ năm, …" -> 5)."""
    for style, pattern in _ITEM_PATTERNS:
        m = pattern.match(line)
        if not m:
            continue
        label = m.group(1).strip()
        if style in ("thu", "la"):
            ordinal = ORDINAL_WORDS[m.group(2).lower()]
            label = label[0].upper() + label[1:]
        elif style == "num":
            ordinal = int(m.group(2))
        elif style == "letter":
            letter = m.group(2)
            alphabet = VI_LETTERS if letter in VI_LETTERS else "abcdefghijklmnopqrstuvwxyz"
            ordinal = alphabet.index(letter) + 1
        else:
            ordinal = 0
        return ListItem(style, label, ordinal)
    return None


def is_heading(line: str) -> bool:
    """A section heading: a short line written in capitals ("NGHIÊN CỨU KỸ, TRIỂN KHAI HIỆU QUẢ").

    Short mixed-case lines are usually captions or bylines, so they stay body text.
    """
    letters = [c for c in line if c.isalpha()]
    return len(line) <= 160 and len(letters) >= 8 and line.isupper()


def _list_intro(paragraph: str) -> str:
    """The sentence that announces a list ("… một số nhiệm vụ, giải pháp sau đây:")."""
    last = split_sentences(paragraph)[-1] if paragraph else ""
    return last.rstrip(":").strip()[:300] if last.endswith(":") else ""


def _pack_sentences(paragraphs: list[str], min_chars: int, max_chars: int) -> list[str]:
    chunks: list[str] = []
    current: list[list[str]] = []  # paragraphs, each a list of sentences

    def size() -> int:
        return sum(len(s) + 1 for para in current for s in para)

    def flush() -> None:
        if current:
            chunks.append("\n".join(" ".join(p) for p in current if p))
            current.clear()

    for para in paragraphs:
        if current and size() >= min_chars and size() + len(para) > max_chars:
            flush()
        current.append([])
        for sentence in split_sentences(para):
            if size() and size() + len(sentence) > max_chars:
                flush()
                current.append([])
            current[-1].append(sentence)
    flush()
    if len(chunks) > 1 and len(chunks[-1]) < min_chars // 2:  # no orphan byline chunk
        chunks[-2:] = [chunks[-2] + "\n" + chunks[-1]]
    return chunks


def _split_long_item(text: str, max_chars: int) -> list[str]:
    if len(text) <= max_chars * _HARD_MAX_FACTOR:
        return [text]
    return _pack_sentences([text], max_chars // 2, max_chars)


@dataclass
class _Draft:
    text: str
    heading: str
    ordinal: int = 0
    label: str = ""


def _drafts(text: str, min_chars: int, max_chars: int) -> list[_Draft]:
    drafts: list[_Draft] = []
    section = ""  # nearest heading line
    intro = ""  # sentence announcing the current list
    pending: list[str] = []
    last_item: ListItem | None = None
    bullet_count = 0

    def flush() -> None:
        for piece in _pack_sentences(pending, min_chars, max_chars):
            drafts.append(_Draft(piece, section))
        pending.clear()

    for line in (ln.strip() for ln in text.split("\n")):
        if not line:
            continue
        item = parse_item(line)
        if item:
            flush()
            if item.style == "bullet":
                bullet_count = bullet_count + 1 if last_item and last_item.style == "bullet" else 1
            ordinal = item.ordinal or bullet_count
            label = item.label if item.ordinal else f"Ý {ordinal}"
            for piece in _split_long_item(line, max_chars):
                drafts.append(_Draft(piece, intro or section, ordinal, label))
            last_item = item
            continue
        if last_item:  # a paragraph after a list closes it
            last_item, intro, bullet_count = None, "", 0
        if is_heading(line):
            flush()
            section = line
            continue
        pending.append(line)
        if line.endswith(":"):
            flush()
            intro = _list_intro(line)
    flush()
    return drafts


def _statute_drafts(doc: SourceDocument, max_chars: int, unit: StatuteUnit) -> list[tuple[_Draft, dict]]:
    """A statute's units as drafts, each with its place (Phần … điểm) and locator."""
    titled = bool(article_in_title(doc.title))
    out = []
    for u in statute_units(doc.title, doc.text, unit, max_chars):
        place = {**dataclasses.asdict(u.place), "locator": u.place.locator(titled)}
        for piece in _split_long_item(u.text, max_chars):
            out.append((_Draft(piece, u.heading, u.ordinal, u.label), place))
    return out


def chunk_document(doc: SourceDocument, min_chars: int = 400, max_chars: int = 900,
                   statute_unit: StatuteUnit = "clause") -> list[Chunk]:
    """Split a cleaned document into chunks with content-hash ids (a statute by its articles and clauses)."""
    if is_statute(doc.title, doc.text):
        drafts = _statute_drafts(doc, max_chars, statute_unit)
    else:
        drafts = [(d, {}) for d in _drafts(doc.text, min_chars, max_chars)]
    chunks = []
    seen: dict[str, int] = {}
    for position, (draft, place) in enumerate(drafts):
        index_text = index_text_of(doc.title, draft.heading, draft.text)
        # Content-hash ids keep unchanged chunks unembedded on re-ingest; a passage the document repeats
        # ("a) Có lý lịch rõ ràng;" under two clauses) gets its occurrence number, so ids stay unique.
        repeat = seen.get(index_text, 0)
        seen[index_text] = repeat + 1
        key = f"{doc.doc_id}\n{index_text}" + (f"\n#{repeat}" if repeat else "")
        chunk_id = hashlib.sha256(key.encode()).hexdigest()[:32]
        chunks.append(Chunk(
            chunk_id=chunk_id, doc_id=doc.doc_id, title=doc.title, text=draft.text,
            index_text=index_text, position=position, heading=draft.heading,
            ordinal=draft.ordinal, item_label=draft.label, source=doc.source,
            published=doc.published, refs=tuple(sorted(ref_keys(index_text))),
            mentions=mentions_json(draft.text), file_name=PurePath(doc.path).name if doc.path else "", **place,
        ))
    return chunks

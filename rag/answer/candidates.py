"""Answer candidates: the sentences and clauses of the retrieved passages, each a unit an answer may quote
whole. A sentence that announces a list ("… gồm:", "… như sau:") brings the items that follow it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rag.documents import Chunk, Passage
from rag.vi.sentences import sentence_spans

MAX_ITEMS = 8  # items a list intro brings; more are shown as "…"
MAX_UNIT_CHARS = 1200
_ITEM_START = re.compile(r"(?:[a-zđ]\)|\d{1,2}[.)]|[-–•+*])\s")


@dataclass(frozen=True)
class Candidate:
    """A unit of one passage: ``text[start:end]`` of the passage's chunk, quoted whole."""

    rank: int  # the passage's rank in retrieval
    start: int
    end: int
    index: int  # position among the passage's sentences
    items: int = 0  # list items carried after an intro sentence
    more_items: bool = False  # the list goes on past what the unit carries
    tail: tuple[Chunk, ...] = ()  # items stored as chunks of their own, after the intro's chunk


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _with_items(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Extend an intro ending at ``end`` over the item lines that follow it (items, new end, more)."""
    items, pos = 0, end
    while pos < len(text) and text[pos] == "\n":
        nxt = pos + 1
        if not _ITEM_START.match(text, nxt):
            # A paragraph of the item before it ("a) … gửi hồ sơ …\nTrong thời hạn 03 ngày …\nb) …"): the list
            # goes on after it.
            after = _line_end(text, nxt)
            if not items or after >= len(text) or not _ITEM_START.match(text, after + 1) \
                    or after - start > MAX_UNIT_CHARS:
                break
            end = pos = after
            continue
        if items == MAX_ITEMS or _line_end(text, nxt) - start > MAX_UNIT_CHARS:
            return items, end, True
        items += 1
        end = pos = _line_end(text, nxt)
    return items, end, False


# The chunks after a chunk in its document (``Snapshot.following``): where a list's items stand when each
# item was stored as a chunk of its own.
Following = Callable[[Chunk], list[Chunk]]


def _statute_item(intro: Chunk, nxt: Chunk) -> bool:
    """Whether ``nxt`` is an item of the list ``intro`` (a statute chunk) announces: an article's opening
    words announce its numbered clauses, a long clause's opening its points stored in chunks of their own."""
    if not intro.article or nxt.article != intro.article:
        return False
    if intro.clause == 0:
        return nxt.clause > 0 and not nxt.point
    return nxt.clause == intro.clause and bool(nxt.point)


def _item_chunks(chunk: Chunk, intro: str, following: Following | None) -> tuple[tuple[Chunk, ...], bool]:
    """The item chunks that follow ``chunk`` and belong to the list its last sentence announces."""
    if following is None:
        return (), False
    wanted = intro.rstrip().rstrip(":").strip()
    items = []
    for nxt in following(chunk):
        heading = nxt.heading.strip()
        if not _statute_item(chunk, nxt) and (not (nxt.ordinal or _ITEM_START.match(nxt.text)) or not heading
                                              or not wanted.startswith(heading)):
            break
        if len(items) == MAX_ITEMS:
            return tuple(items), True
        items.append(nxt)
    return tuple(items), False


# A list written inline: an intro, ":", items separated by ";" ("… vẫn còn một số hạn chế: Việc tổ chức … chưa
# thường xuyên; Việc triển khai … lúng túng.").
_INLINE_LIST = re.compile(r":\s+(\w+)[^:]*?;")


def _inline_items(text: str, spans: list[tuple[int, int]], i: int) -> tuple[int, int]:
    """The items of an inline list sentence ``spans[i]`` announces and the end of the unit: its own ";"-separated
    items, then the sentences after it in the same paragraph that open as its first item does ("Việc …; Việc ….
    Việc …."): the list goes on past the full stop. (0, end) for a sentence that is no inline list."""
    s, e = spans[i]
    m = _INLINE_LIST.search(text, s, e)
    if not m:
        return 0, e
    items, end = text[m.end(1):e].count(";") + 1, e
    first = m.group(1).lower()
    for ns, ne in spans[i + 1:]:
        words = text[ns:ne].split(maxsplit=1)
        if "\n" in text[end:ns] or not words or words[0].lower() != first or items == MAX_ITEMS \
                or ne - s > MAX_UNIT_CHARS:
            break
        items, end = items + 1, ne
    return items, end


def passage_candidates(rank: int, passage: Passage, following: Following | None = None) -> list[Candidate]:
    """The units of one passage, in reading order."""
    text = passage.chunk.text
    spans = sentence_spans(text)
    out = []
    for i, (s, e) in enumerate(spans):
        intro = text[s:e].rstrip().endswith(":")
        if not intro and (inline := _inline_items(text, spans, i))[0]:
            out.append(Candidate(rank, s, inline[1], i, inline[0]))
        elif intro:
            items, end, more = _with_items(text, s, e)
            tail: tuple[Chunk, ...] = ()
            if not items and i == len(spans) - 1:  # the list goes on in the next chunks
                tail, more = _item_chunks(passage.chunk, text[s:e], following)
            out.append(Candidate(rank, s, end, i, items + len(tail), more, tail))
        else:
            out.append(Candidate(rank, s, e, i))
    return out


def candidates(passages: list[Passage], following: Following | None = None) -> list[Candidate]:
    """Every unit of every passage, passage by passage."""
    return [c for rank, p in enumerate(passages) for c in passage_candidates(rank, p, following)]


def unit_text(passages: list[Passage], c: Candidate) -> str:
    """What a candidate says: its span, and the item chunks it carries."""
    head = passages[c.rank].chunk.text[c.start:c.end]
    return "\n".join([head, *(chunk.text for chunk in c.tail)])

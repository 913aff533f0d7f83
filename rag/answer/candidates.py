"""Answer candidates: the sentences and clauses of the retrieved passages, each a unit an answer may quote
whole. A sentence that announces a list ("… gồm:", "… như sau:") brings the items that follow it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.documents import Passage
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


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _with_items(text: str, start: int, end: int) -> tuple[int, int, bool]:
    """Extend an intro ending at ``end`` over the item lines that follow it (items, new end, more)."""
    items, pos = 0, end
    while pos < len(text) and text[pos] == "\n":
        nxt = pos + 1
        if not _ITEM_START.match(text, nxt):
            break
        if items == MAX_ITEMS or _line_end(text, nxt) - start > MAX_UNIT_CHARS:
            return items, end, True
        items += 1
        end = pos = _line_end(text, nxt)
    return items, end, False


def passage_candidates(rank: int, passage: Passage) -> list[Candidate]:
    """The units of one passage, in reading order."""
    text = passage.chunk.text
    out = []
    for i, (s, e) in enumerate(sentence_spans(text)):
        if text[s:e].rstrip().endswith(":"):
            items, end, more = _with_items(text, s, e)
            out.append(Candidate(rank, s, end, i, items, more))
        else:
            out.append(Candidate(rank, s, e, i))
    return out


def candidates(passages: list[Passage]) -> list[Candidate]:
    """Every unit of every passage, passage by passage."""
    return [c for rank, p in enumerate(passages) for c in passage_candidates(rank, p)]

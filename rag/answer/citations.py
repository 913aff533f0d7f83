"""The one citation numberer: passages are numbered ``[n]`` in the order an answer first cites them."""

from __future__ import annotations

import re
from collections.abc import Callable

from rag.documents import Chunk, Citation, Passage

MARKER = re.compile(r"\s*\[(\d{1,2})\]")  # an answer's citation marker, with the space before it: " [1]"


def citation_of(chunk: Chunk, score: float, n: int, quote: str) -> Citation:
    """The citation ``[n]`` of ``chunk``, quoting ``quote`` of it (a statute chunk's place in its law shown)."""
    return Citation(chunk.doc_id, chunk.title, chunk.source, chunk.chunk_id, chunk.text, score,
                    locator=chunk.cited_place, n=n, quote=quote)


class Citations:
    """Numbers the chunks an answer cites and remembers the spans of their text it relies on."""

    def __init__(self) -> None:
        self._cited: list[tuple[Chunk, float]] = []
        self._number: dict[str, int] = {}
        self._spans: dict[str, list[tuple[int, int]]] = {}

    def mark(self, chunk: Chunk, score: float = 1.0, span: tuple[int, int] | None = None) -> str:
        """The ``[n]`` for ``chunk``; ``span`` is the part of its text the answer relies on."""
        n = self._number.get(chunk.chunk_id)
        if n is None:
            self._cited.append((chunk, score))
            n = self._number[chunk.chunk_id] = len(self._cited)
        if span:
            self._spans.setdefault(chunk.chunk_id, []).append(span)
        return f"[{n}]"

    def mark_passage(self, passage: Passage, span: tuple[int, int] | None = None) -> str:
        """``mark`` for a retrieved passage (its fused score travels with the citation)."""
        return self.mark(passage.chunk, passage.score, span)

    def build(self, quote: Callable[[Chunk, int], str] | None = None) -> list[Citation]:
        """The citations in number order; ``quote(chunk, n)`` overrides the quoted text when given."""
        out = []
        for n, (c, score) in enumerate(self._cited, start=1):
            if quote is not None:
                quoted = quote(c, n)
            else:
                spans = self._spans.get(c.chunk_id)
                quoted = c.text[min(s for s, _ in spans):max(e for _, e in spans)].strip() if spans else ""
            out.append(citation_of(c, score, n, quoted))
        return out

"""One generation of the index as every question reads it, and how the next generation is made from it.

A ``Snapshot`` holds, for rows that never move while a process lives (a deleted chunk's row goes dead, a new
chunk gets the next row): the chunks, the BM25 index, their stored vectors (for exact dense search, while the
index is small enough), and the maps a question looks things up in — chunk id,
directive key, list ordinal, source and document to rows, each document's rows in reading order, the laws
and articles, and the directive registry. ``apply`` builds the next generation from the previous one and the
documents that changed, in time proportional to what changed (the registry is rebuilt from parsed mentions),
never on the request path: readers keep the generation they hold until the new one is complete.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np

from rag.directives.extract import Mention
from rag.directives.registry import Registry, chunk_mentions
from rag.documents import Chunk, SearchFilter, index_text_of
from rag.index.dense import DenseRows
from rag.index.lexical import LexicalIndex, lexical_tokens
from rag.index.store import DocumentSummary, summarise
from rag.query.articles import ArticleIndex, LawIndex
from rag.vi.numbers import years_written
from rag.vi.syllables import STOPWORDS_FOLDED, folded_syllables
from rag.vi.text import fold, unaccented

_CASING_ROWS = 8  # texts read to tell whether two words are written as a name
_CASING_CACHE = 100_000  # word pairs a snapshot remembers the answer for
_CASING_TEXTS = 4_096  # chunk texts a snapshot keeps unaccented for reading capitals
# Function words, folded, that are no syllable of a person's name: "thi" is "thì" but also "Thị", "do" "Đỗ",
# "thu" "Thu", "bao" "Bảo" (the corpus's capitals decide those).
_NEVER_NAMES = STOPWORDS_FOLDED - {"thi", "do", "nam", "thu", "lan", "nhu", "tu", "tai", "nhung", "thang", "bao"}
_SENTENCE_OPENERS = ".!?:;\n\"“(-–•"


def chunk_tokens(chunk: Chunk) -> list[str]:
    """The BM25 tokens of a stored chunk (its directive keys are the ``refs`` ingest computed from the same text)."""
    return lexical_tokens(chunk.indexed, refs=chunk.refs)


def _slim(chunk: Chunk) -> Chunk:
    """The chunk as a snapshot keeps it: its mentions parsed and held apart (not as JSON text), its index text
    left out when it is the usual join of title, heading and text (``Chunk.indexed`` makes it again: it would
    be the largest field), and the strings many chunks repeat (title, source, heading, keys, file, place,
    ingest time) held once, not once per chunk (the store returns a copy with each chunk; a shared string is
    also pickled once)."""
    i = sys.intern
    derived = chunk.index_text == index_text_of(chunk.title, chunk.heading, chunk.text)
    return replace(chunk, mentions="", index_text="" if derived else chunk.index_text, title=i(chunk.title),
                   source=i(chunk.source), published=i(chunk.published), heading=i(chunk.heading),
                   item_label=i(chunk.item_label), doc_id=i(chunk.doc_id), refs=tuple(i(r) for r in chunk.refs),
                   ingested_at=i(chunk.ingested_at), file_name=i(chunk.file_name), part=i(chunk.part),
                   chapter=i(chunk.chapter), section=i(chunk.section), article=i(chunk.article),
                   point=i(chunk.point), locator=i(chunk.locator))


def _slim_mentions(mentions: list[Mention]) -> list[Mention]:
    """Mentions with their repeated strings (keys, labels, issuers, terms, types) held once."""
    i = sys.intern
    return [replace(m, short_key=i(m.short_key), full_key=i(m.full_key), label=i(m.label), type_name=i(m.type_name),
                    number=i(m.number), date=i(m.date), issuer=i(m.issuer), term=i(m.term), place=i(m.place),
                    aliases=tuple(i(a) for a in m.aliases)) for m in mentions]


def _is_word_char(text: str, at: int) -> bool:
    return 0 <= at < len(text) and (text[at].isalnum() or text[at] == "_")


def _pairs_at(folded: str, a: str, b: str) -> Iterator[tuple[int, int]]:
    """Where the whole words ``a`` and ``b`` stand one after the other (whitespace between) in ``folded``: the
    start of each, left to right, not overlapping (a regular expression per pair cost more than the search)."""
    at = folded.find(a)
    while at >= 0:
        after = at + len(a)
        second = after
        while second < len(folded) and folded[second].isspace():
            second += 1
        if (second > after and not _is_word_char(folded, at - 1) and folded.startswith(b, second)
                and not _is_word_char(folded, second + len(b))):
            yield at, second
            at = folded.find(a, second + len(b))
        else:
            at = folded.find(a, at + 1)


@dataclass(frozen=True)
class Snapshot:
    """One consistent view of the index; every look-up a question makes is by key, never a scan of the rows."""

    generation: int
    version: str
    chunks: list[Chunk | None]  # by row; None for a dead row
    by_id: dict[str, int]
    lexical: LexicalIndex
    laws: LawIndex  # the laws the chunks name
    articles: ArticleIndex  # (law, article number) -> the chunks of that article
    registry: Registry
    mentions: list[list[Mention] | None]  # parsed directive mentions by row
    doc_rows: dict[str, tuple[int, ...]]  # each document's rows in reading order
    ref_rows: dict[str, tuple[int, ...]]  # directive key -> rows that mention it (ascending)
    ordinal_rows: dict[int, tuple[int, ...]]  # list ordinal -> rows of items with it (ascending)
    source_rows: dict[str, tuple[int, ...]]  # source -> rows
    doc_versions: dict[str, str] = field(default_factory=dict)  # the write each document was last read at
    registry_stale: bool = False  # the registry is the previous generation's until ``with_registry`` runs
    dense: DenseRows | None = None  # the chunks' vectors by row; None: dense search asks the store (HNSW)

    @property
    def size(self) -> int:
        """Live chunks."""
        return len(self.by_id)

    def live(self) -> list[Chunk]:
        """Every live chunk, in row order (listings and offline tools; never per question)."""
        return [c for c in self.chunks if c is not None]

    def document(self, doc_id: str) -> list[Chunk]:
        """The chunks of one document, in reading order."""
        return [self.chunks[r] for r in self.doc_rows.get(doc_id, ())]

    def following(self, chunk: Chunk, limit: int = 12) -> list[Chunk]:
        """The chunks after ``chunk`` in its document, in reading order."""
        return [c for c in self.document(chunk.doc_id) if c.position > chunk.position][:limit]

    def article_of(self, chunk: Chunk) -> list[Chunk]:
        """The chunks of ``chunk``'s statute article (in its own document), in reading order; none for a chunk
        outside an article."""
        if not chunk.article:
            return []
        return [c for c in self.document(chunk.doc_id) if c.article == chunk.article]

    def law_rows(self, chunk: Chunk) -> list[int]:
        """The rows of every article of the law ``chunk`` is an article of; none outside a statute."""
        return self.articles.law_rows_of(chunk)

    def law_subject(self, chunk: Chunk) -> tuple[str, ...]:
        """The folded syllables of the subject of the law ``chunk`` is an article of
        (``ArticleIndex.law_subject_of``)."""
        return self.articles.law_subject_of(chunk)

    def rows_mentioning(self, keys: Iterable[str]) -> set[int]:
        """Rows whose chunk mentions any of the directive ``keys``."""
        found: set[int] = set()
        for key in keys:
            found.update(self.ref_rows.get(key, ()))
        return found

    def rows_naming(self, name: str) -> list[int]:
        """Rows whose chunk has ``name`` whole: each of its syllable pairs, accent-folded ("Cao Tuong Huy" typed
        without accents finds "Cao Tường Huy"), in row order."""
        folded = folded_syllables(name)
        rows: set[int] | None = None
        for a, b in zip(folded, folded[1:]):
            having = set(self.lexical.rows_of(f"~{a}_{b}").tolist())
            rows = having if rows is None else rows & having
        return sorted(rows or ())

    def written_capitalised(self, first: str, second: str) -> bool:
        """Whether the texts write the words ``first second`` (any accents) with capitals mid-sentence at least
        as often as without ("Nghệ An", "Trần Hồng Minh": a name), looking at the first texts that have them.
        Function words never open or close a name (but those that are also names' syllables, "Thị"); each pair
        is looked at once per snapshot."""
        a, b = fold(first), fold(second)
        if a in _NEVER_NAMES or b in _NEVER_NAMES:
            return False
        known = self._capitalised.get((a, b))
        if known is None:
            if len(self._capitalised) > _CASING_CACHE:  # questions' word pairs are endless; a snapshot's life is not
                self._capitalised.clear()
            known = self._capitalised[(a, b)] = self._count_capitalised(a, b)
        return known

    @cached_property
    def _capitalised(self) -> dict[tuple[str, str], bool]:
        return {}

    def _count_capitalised(self, a: str, b: str) -> bool:
        capitals = lower = 0
        for row in self.lexical.rows_with(f"~{a}_{b}", _CASING_ROWS):
            text, folded = self._casing_text(row)
            for first, second in _pairs_at(folded, a, b):
                before = text[:first].rstrip()
                if not before or before[-1] in _SENTENCE_OPENERS:
                    # A sentence's or a list item's first word is capitalised anyway, the word after it is not:
                    # "; Lê Đức Cường - Ủy viên …" is a name, "Tại Hội nghị" says nothing (a function word opens).
                    if a in STOPWORDS_FOLDED or not text[first].isupper():
                        continue
                    if text[second].isupper():
                        capitals += 1
                    else:
                        lower += 1
                elif text[first].isupper() and text[second].isupper():
                    capitals += 1
                else:
                    lower += 1
        return capitals > 0 and capitals >= lower

    def _casing_text(self, row: int) -> tuple[str, str]:
        """A chunk's text without marks, and the same lowercase letter for letter (its words are looked up in
        the second, their capitals read in the first); kept for the rows many questions' pairs read."""
        known = self._casing_texts.get(row)
        if known is None:
            if len(self._casing_texts) > _CASING_TEXTS:
                self._casing_texts.clear()
            text = unaccented(self.chunks[row].text)
            folded = text.lower()
            if len(folded) != len(text):  # a letter whose lowercase is longer ("İ") stays as it is
                folded = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
            known = self._casing_texts[row] = (text, folded)
        return known

    @cached_property
    def _casing_texts(self) -> dict[int, tuple[str, str]]:
        return {}

    def allowed(self, where: SearchFilter) -> np.ndarray:
        """A row mask of the chunks ``where`` keeps (built from the document and source maps)."""
        def mask(groups: dict[str, tuple[int, ...]], names: tuple[str, ...]) -> np.ndarray:
            m = np.zeros(len(self.chunks), dtype=bool)
            for name in names:
                m[list(groups.get(name, ()))] = True
            return m

        keep = np.ones(len(self.chunks), dtype=bool)
        if where.doc_ids:
            keep &= mask(self.doc_rows, where.doc_ids)
        if where.sources:
            keep &= mask(self.source_rows, where.sources)
        return keep

    @cached_property
    def doc_ids(self) -> frozenset[str]:
        """The documents indexed."""
        return frozenset(self.doc_rows)

    @cached_property
    def documents(self) -> list[DocumentSummary]:
        """One summary per document, sorted by id (made once per snapshot)."""
        return summarise([self.chunks[r] for rows in self.doc_rows.values() for r in rows])

    @cached_property
    def published_years(self) -> frozenset[str]:
        """The years the documents were published in, from their metadata (made once per snapshot): a question
        may date an article by its publication ("bài đăng đầu tháng 2 năm 2024"), which its text never states."""
        return frozenset(y for d in self.documents for y in years_written(d.published))

    @cached_property
    def sources(self) -> frozenset[str]:
        """The sources indexed."""
        return frozenset(self.source_rows)

    # -- the next generation ---------------------------------------------------------------------------
    def with_registry(self) -> Snapshot:
        """This snapshot with the registry of its own chunks (when ``apply`` left the previous one)."""
        if not self.registry_stale:
            return self
        live_rows = sorted(self.by_id.values())
        registry = Registry([self.chunks[r] for r in live_rows], [self.mentions[r] for r in live_rows])
        return replace(self, registry=registry, registry_stale=False)

    def apply(self, docs: Iterable[str], stored: list[Chunk], generation: int, version: str,
              doc_versions: dict[str, str] | None = None, registry: bool = True,
              vectors: list | None = None) -> Snapshot:
        """The next generation: the documents ``docs`` now have exactly the chunks of ``stored`` that are theirs
        (none: deleted), given in the store's order.

        Chunks a document keeps keep their rows; new ones get rows after the last, in the store's order; the
        rows of chunks it no longer has go dead. ``vectors`` (one per chunk of ``stored``) keep the rows' vectors
        for exact dense search; without them the next generation has none (dense search asks the store)."""
        chunks = list(self.chunks)
        mentions = list(self.mentions)
        by_id = dict(self.by_id)
        changed = set(docs)
        wanted = {c.chunk_id for c in stored if c.doc_id in changed}
        removed = [row for d in changed for row in self.doc_rows.get(d, ()) if chunks[row].chunk_id not in wanted]
        seen: set[str] = set()
        added: list[Chunk] = []
        for c in stored:  # ids are unique per document and position
            if c.doc_id in changed and c.chunk_id not in by_id and c.chunk_id not in seen:
                seen.add(c.chunk_id)
                added.append(c)
        removed_chunks = [chunks[r] for r in removed]
        for row in removed:
            del by_id[chunks[row].chunk_id]
            chunks[row] = None
            mentions[row] = None
        first = len(chunks)
        for i, chunk in enumerate(added):
            by_id[chunk.chunk_id] = first + i
            mentions.append(_slim_mentions(chunk_mentions(chunk)))
            chunks.append(_slim(chunk))
        lexical = self.lexical.apply(np.asarray(removed, dtype=np.int64), (chunk_tokens(c) for c in removed_chunks),
                                     (chunk_tokens(c) for c in added))  # tokenised one chunk at a time
        gone = set(removed)
        new_rows = [(first + i, c) for i, c in enumerate(added)]

        def update(old: dict, keys_of, order=None) -> dict:
            return _updated(old, gone, [(k, r) for r, c in zip(removed, removed_chunks) for k in keys_of(c)],
                            [(k, r) for r, c in new_rows for k in keys_of(c)], order)

        doc_rows = update(self.doc_rows, lambda c: (c.doc_id,), order=lambda r: (chunks[r].position, r))
        ref_rows = update(self.ref_rows, lambda c: c.refs)
        ordinal_rows = update(self.ordinal_rows, lambda c: (c.ordinal,) if c.ordinal else ())
        source_rows = update(self.source_rows, lambda c: (c.source,))
        touched = set(changed) | {c.doc_id for c in removed_chunks}
        # The registry depends only on the chunks' mentions: when no mention came or went it is the same one.
        same = self.registry_stale is False and not any(self.mentions[r] for r in removed) and \
            not any(mentions[r] for r, _ in new_rows)
        dense = None
        if vectors is not None and (self.dense is not None or not self.chunks):
            vector_of = dict(zip((c.chunk_id for c in stored), vectors))
            dense = (self.dense or DenseRows.empty()).apply(removed, np.asarray([vector_of[c.chunk_id] for c in added],
                                                                                dtype=np.float32))
        snap = Snapshot(generation, version, chunks, by_id, lexical, LawIndex(t[1:] for t in lexical.tokens("#")),
                        self.articles.updated(chunks, doc_rows, touched), self.registry, mentions, doc_rows,
                        ref_rows, ordinal_rows, source_rows, {**self.doc_versions, **(doc_versions or {})},
                        registry_stale=not same or self.registry_stale, dense=dense)
        return snap.with_registry() if registry else snap


def empty_snapshot() -> Snapshot:
    """A snapshot with nothing in it (the start of every build)."""
    return Snapshot(0, "", [], {}, LexicalIndex(), LawIndex(()), ArticleIndex([]), Registry([]), [], {}, {}, {}, {})


def build_snapshot(chunks: list[Chunk], generation: int = 0, version: str = "",
                   vectors: list | None = None) -> Snapshot:
    """The snapshot of ``chunks`` (in the store's order; with their ``vectors``, exact dense search), built once
    for every question on this view."""
    return empty_snapshot().apply({c.doc_id for c in chunks}, chunks, generation, version, vectors=vectors)


def _updated(old: dict, gone: set[int], removed: list[tuple], added: list[tuple], order=None) -> dict:
    """A copy of a key -> rows map after some rows went (``removed``: their (key, row)) and some came
    (``added``); only the keys they touch are recomputed, and a key left without rows is dropped."""
    fresh: dict = {}
    for key, _ in removed:
        fresh.setdefault(key, [])
    for key, row in added:
        fresh.setdefault(key, []).append(row)
    out = dict(old)
    for key, new in fresh.items():
        rows = [r for r in old.get(key, ()) if r not in gone] + new
        rows.sort(key=order)
        if rows:
            out[key] = tuple(rows)
        else:
            out.pop(key, None)
    return out

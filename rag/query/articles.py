"""Laws and their articles in one index snapshot: which laws the corpus names (to refuse "the corpus has no
Luật X") and, for each (law, article number), the chunks that hold that article (so "khoản 2 Điều 38 Luật
Cư trú" is a direct look-up, not a search).

Built once per snapshot from what every chunk already carries: its title ("Luật Viên chức 2010 – Điều 29.
Đơn phương chấm dứt hợp đồng làm việc", a statute file per article), or a title naming the law with "Điều N."
lines opening the article in its text (a whole statute in one file); clauses and points from the list items
("2.", "a)") in reading order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from rag.documents import Chunk
from rag.vi.refs import ArticleRef, RefMention, find_articles, find_refs

_FULL_LAW_KEY = re.compile(r"^(.*)-((?:19|20)\d{2})$")
_LAW_KEY = re.compile(r"^(?:(?:luat|pl)-[a-z]+(?:-[a-z]+)*|hien-phap)$")
_ARTICLE_LINE = re.compile(r"(?m)^\s*Điều\s+(\d{1,4})\s*[.:]")
_CLAUSE = re.compile(r"^(\d{1,3})[.)]\s")
_POINT = re.compile(r"^([a-zđ])\)\s")
_LEADING_NUMBER = re.compile(r"\d+")


def is_law_key(key: str) -> bool:
    """A key of a law named by its name ("luat-cu-tru", "hien-phap"), not of a number."""
    return bool(_LAW_KEY.match(key))


class LawIndex:
    """The laws a corpus names, by short key, with the years it gives them."""

    def __init__(self, keys: Iterable[str]) -> None:
        self.years: dict[str, set[str]] = {}
        for key in keys:
            m = _FULL_LAW_KEY.match(key)
            if m and is_law_key(m.group(1)):
                self.years.setdefault(m.group(1), set()).add(m.group(2))
            elif is_law_key(key):
                self.years.setdefault(key, set())

    def resolve(self, law: RefMention) -> str | None:
        """The corpus's key for a law a question names, or None when the corpus does not name it.

        A question's name may run on past the name ("Theo Luật Du lịch đâu là …" reads "Du lịch đâu"): the
        longest law of the corpus whose name begins it is the one. A year the corpus never gives that law,
        when it gives others ("Luật Viên chức 2012", the corpus having 2010), is another law."""
        if not law.is_law:
            return None
        key = law.short_key
        if key not in self.years:
            longer = [k for k in self.years if key.startswith(k + "-")]
            key = max(longer, key=len) if longer else ""
        if not key:
            return None
        years = self.years[key]
        if law.year and years and law.year not in years:
            return None
        return key


@dataclass(frozen=True)
class _Place:
    index: int  # the chunk's index in the snapshot
    clause: int
    point: str


class ArticleIndex:
    """(law key, article number) -> the chunks of that article, in reading order, with clause and point.

    Kept per document, so the next generation re-reads only the documents that changed."""

    def __init__(self, chunks: list[Chunk]) -> None:
        by_doc: dict[str, list[int]] = {}
        for i, c in enumerate(chunks):
            by_doc.setdefault(c.doc_id, []).append(i)
        for indices in by_doc.values():
            indices.sort(key=lambda i: chunks[i].position)
        self._docs = {d: _document_places(chunks, rows) for d, rows in by_doc.items()}
        self._merge({d: rows[0] for d, rows in by_doc.items()})

    def updated(self, chunks: list[Chunk | None], doc_rows: dict[str, tuple[int, ...]],
                touched: set[str]) -> ArticleIndex:
        """The index after the documents ``touched`` changed (``doc_rows``: every document's rows in reading
        order); the others' places are kept as they were."""
        new = ArticleIndex.__new__(ArticleIndex)
        new._docs = dict(self._docs)
        for doc_id in touched:
            rows = doc_rows.get(doc_id)
            if rows:
                new._docs[doc_id] = _document_places(chunks, list(rows))
            else:
                new._docs.pop(doc_id, None)
        new._merge({d: min(doc_rows[d]) for d, places in new._docs.items() if places[0]})
        return new

    def _merge(self, first_rows: dict[str, int]) -> None:
        """One map from every document's places, documents in the order of their first row."""
        self._places: dict[tuple[str, int], list[_Place]] = {}
        self.laws: set[str] = set()  # keys of the laws whose articles are indexed
        self._doc_law: dict[str, str] = {}  # document -> the key of the law its articles are of
        self._law_rows: dict[str, list[int]] = {}  # that key -> the rows of every article of the law
        self.names: dict[str, str] = {}  # a law's short key -> its name as its titles write it ("Luật Giáo dục")
        for doc_id in sorted(first_rows, key=first_rows.get):
            places, laws, law, name = self._docs[doc_id]
            for key, place in places:
                self._places.setdefault(key, []).append(place)
            self.laws |= laws
            if places and name:
                self.names.update((key, name) for key in laws if is_law_key(key))
            if places:
                self._doc_law[doc_id] = law
                self._law_rows.setdefault(law, []).extend(dict.fromkeys(p.index for _, p in places))

    def find(self, keys: Iterable[str], article: ArticleRef) -> list[int]:
        """The chunks of ``article`` (of the law with one of ``keys``): the asked point, then the asked clause,
        then the rest of the article, each in reading order."""
        places: list[_Place] = []
        for key in keys:
            places = self._places.get((key, article.article), [])
            if places:
                break

        def order(p: _Place) -> int:
            if article.clause and p.clause == article.clause:
                return 0 if (article.point and p.point == article.point) else (1 if article.point else 0)
            return 2 if article.clause else 0

        return [p.index for p in sorted(places, key=order)]

    def keys_for(self, article: ArticleRef, laws: LawIndex) -> list[str]:
        """The keys to look ``article``'s law up by: the corpus's name for a named law (with the asked year
        first), or the document's own numbers ("Điều 5 Nghị định 30/2020/NĐ-CP")."""
        law = article.law
        if law is None:
            return []
        if not law.is_law:
            return [k for k in (law.full_key, *law.aliases, law.short_key) if k]
        key = laws.resolve(law)
        if key is None:
            return []
        return [f"{key}-{law.year}", key] if law.year else [key]

    def law_rows(self, doc_id: str) -> list[int]:
        """The rows of every indexed article of the law whose articles ``doc_id`` holds (one file per article,
        or the whole law in one); none for a document without articles."""
        law = self._doc_law.get(doc_id)
        return self._law_rows[law] if law else []

    def law_rows_of(self, chunk: Chunk) -> list[int]:
        """``law_rows`` of the document ``chunk`` is from."""
        return self.law_rows(chunk.doc_id)

    def law_subject_of(self, chunk: Chunk) -> tuple[str, ...]:
        """The accent-folded syllables of the subject of the law whose article ``chunk`` is ("to", "tung", "hanh",
        "chinh" for the Luật Tố tụng hành chính: its name without "Luật" or its year); none for a chunk of no law's
        article, or of a law known by its number ("Nghị định 30/2020/NĐ-CP") or by no subject ("Hiến pháp")."""
        law = self._doc_law.get(chunk.doc_id, "")
        m = _FULL_LAW_KEY.match(law)
        key = m.group(1) if m else law
        if not is_law_key(key) or key == "hien-phap":
            return ()
        return tuple(key.split("-")[1:])

    def has_law(self, keys: Iterable[str]) -> bool:
        """Whether any article of the law with one of ``keys`` is indexed."""
        return any(k in self.laws for k in keys)


def laws_without_articles(named: Iterable[RefMention], laws: LawIndex, articles: ArticleIndex) -> list[str]:
    """The laws a question names (as it writes them) that the corpus names but holds no article of, in a corpus
    holding some law's articles; none when it holds an article of any law named. "Theo Bộ luật Dân sự, …" asked of
    statutes that only refer to that code is not answered by their articles."""
    if not articles.laws:
        return []
    known = [(law, key) for law in named if (key := laws.resolve(law))]
    if any(articles.has_law([f"{key}-{law.year}", key] if law.year else [key]) for law, key in known):
        return []
    return [law.text for law, _ in known]


def laws_answered_elsewhere(named: Iterable[RefMention], first: Chunk | None, laws: LawIndex,
                            articles: ArticleIndex) -> list[str]:
    """``laws_without_articles`` where the first passage found (``first``) is another law's article; none
    otherwise (a report naming the law may be what answers)."""
    if first is None or not articles.law_rows_of(first):
        return []
    return laws_without_articles(named, laws, articles)


_Places = list[tuple[tuple[str, int], _Place]]


def _document_places(chunks: list[Chunk], indices: list[int]) -> tuple[_Places, set[str], str, str]:
    """The (law, article) places of one document's chunks (``indices`` in reading order), its law keys, the
    law's own key (its full number or name with year, "luat-vien-chuc-2010": what every file of it shares) and
    the law's name as the title writes it ("Luật Viên chức"; "" for a law known by its number)."""
    places: _Places = []
    laws: set[str] = set()
    title = chunks[indices[0]].title
    refs = find_refs(title)
    titled = next((a for a in find_articles(title, refs) if a.law is not None), None)
    law = titled.law if titled else (refs[0] if refs else None)
    if law is None:
        return places, laws, "", ""
    keys = law.keys
    current = titled.article if titled else 0
    clause = 0
    for i in indices:
        chunk = chunks[i]
        if m := _LEADING_NUMBER.match(chunk.article):  # a statute chunk knows its place
            for key in keys:
                places.append(((key, int(m.group(0))), _Place(i, chunk.clause, chunk.point)))
            laws |= keys
            continue
        text = "\n".join(p for p in (chunk.heading, chunk.text) if p)
        opened = [] if titled else [int(n) for n in _ARTICLE_LINE.findall(text)]
        # A chunk that opens with "Điều N." holds nothing of the article before it.
        here = ([current] if current and not (opened and _ARTICLE_LINE.match(text)) else []) + opened
        if opened:
            current, clause = opened[-1], 0
        label = chunk.item_label or chunk.text[:6]
        point = ""
        if m := _CLAUSE.match(label + " "):
            clause = int(m.group(1))
        elif m := _POINT.match(label + " "):
            point = m.group(1)
        for article in dict.fromkeys(here):
            for key in keys:
                places.append(((key, article), _Place(i, clause, point)))
            laws |= keys
    name = f"{law.type_name} {law.name}" if law.is_law and law.name else ""
    return places, laws, law.full_key or law.short_key, name

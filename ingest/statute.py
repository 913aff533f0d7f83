"""Statute structure: Phần / Chương / Mục / Điều / khoản / điểm, and the units a statute is chunked into.

A legal normative document is read as articles ("Điều 38. Quyền …"), each made of clauses ("2. …") that
may hold points ("a) …"). The default unit is the clause with its points (``clause``): a clause is what a
question about a statute is answered by, and a point alone loses the clause that gives it meaning. Other
units: the whole article (``article``, when it fits) or every line item on its own (``point``). A unit
longer than the hard limit is cut between points, each piece headed by its clause's opening words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Literal

from rag.vi.numbers import VI_LETTERS

StatuteUnit = Literal["clause", "article", "point"]

_PART = re.compile(r"^(?:PHẦN|Phần)\s+(THỨ\s+[A-ZÀ-Ỹ]+|thứ\s+\w+|[IVXLC]+|\d+)\b", re.UNICODE)
_CHAPTER = re.compile(r"^(?:CHƯƠNG|Chương)\s+([IVXLC]+|\d+)\b")
# A section, or a sub-section ("Tiểu mục 8"), which stands for it: the nearest heading.
_SECTION = re.compile(r"^(?:MỤC|Mục|TIỂU MỤC|Tiểu mục)\s+(\d+)\b")
ARTICLE_LINE = re.compile(r"^Điều\s+(\d{1,4}[a-zđ]?)\s*[.:]\s*(.*)$")
_CLAUSE = re.compile(r"^(\d{1,3})\.\s+\S")
_POINT = re.compile(r"^([a-zđ])\)\s+\S")
_TITLE_ARTICLE = re.compile(r"(?:^|\s[–-]\s|\s)Điều\s+(\d{1,4}[a-zđ]?)\s*[.:]")
# "Bộ luật dân sự 2015 – Điều 345. …", "Điều 5. …": a title that is an article's heading, not one naming an article
_ARTICLE_HEADING_TITLE = re.compile(r"(?:^|\s[–-]\s)Điều\s+\d{1,4}[a-zđ]?\s*\.")


@dataclass
class Place:
    """Where a unit stands in the statute."""

    part: str = ""
    chapter: str = ""
    section: str = ""
    article: str = ""
    clause: int = 0
    point: str = ""

    def locator(self, article_in_title: bool) -> str:
        """"Điều 38, khoản 2, điểm a" (the article left out when the document's title already names it)."""
        bits = []
        if self.article and not article_in_title:
            bits.append(f"Điều {self.article}")
        if self.clause:
            bits.append(f"khoản {self.clause}")
        if self.point:
            bits.append(f"điểm {self.point}")
        return ", ".join(bits)


@dataclass
class StatuteUnitDraft:
    """One chunk's worth of a statute: its lines, where it stands, what heads it."""

    text: str
    place: Place
    heading: str = ""  # the article heading (whole-statute files) and, for a cut clause, its opening words
    ordinal: int = 0
    label: str = ""


@dataclass
class _Clause:
    number: int  # 0: the article's own lines before any clause
    lines: list[str] = field(default_factory=list)
    points: list[tuple[str, str]] = field(default_factory=list)  # (letter, line)


@dataclass
class _Article:
    place: Place
    heading: str
    clauses: list[_Clause] = field(default_factory=list)


def article_in_title(title: str) -> str:
    """The article number a one-article document's title names ("Luật Du lịch 2017 – Điều 39. …" -> "39")."""
    m = _TITLE_ARTICLE.search(title)
    return m.group(1) if m else ""


def is_statute(title: str, text: str) -> bool:
    """A statute: one article whose title is its heading ("Luật X – Điều 5. …"), one whose title names it and whose
    text is clauses, or a text of "Điều N." lines. (An article of paragraphs only is one: "Điều 345. Hình thức, nội
    dung tín chấp" with the next sub-section's heading after it.)"""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    if _ARTICLE_HEADING_TITLE.search(title):
        return True
    if article_in_title(title):
        return any(_CLAUSE.match(ln) or _POINT.match(ln) for ln in lines) or len(lines) <= 3
    return sum(1 for ln in lines if ARTICLE_LINE.match(ln)) >= 2


def _articles(title: str, text: str) -> list[_Article]:
    place = Place(article=article_in_title(title))
    current = _Article(replace(place), "", [_Clause(0)])
    out = [current]
    pending_heading = ""  # "Chương II" waits for its name on the next line
    for raw in text.split("\n"):
        line = raw.strip()
        if not line:
            continue
        if pending_heading:
            if line.isupper():
                setattr(place, pending_heading, f"{getattr(place, pending_heading)} {line}")
                pending_heading = ""
                continue
            pending_heading = ""
        if m := _PART.match(line):
            place.part, place.chapter, place.section, pending_heading = line, "", "", "part"
            continue
        if m := _CHAPTER.match(line):
            place.chapter, place.section, pending_heading = line, "", "chapter"
            continue
        if m := _SECTION.match(line):
            place.section, pending_heading = line, "section"
            continue
        if m := ARTICLE_LINE.match(line):
            place.article = m.group(1)
            current = _Article(replace(place), line, [_Clause(0)])
            out.append(current)
            continue
        clause = current.clauses[-1]
        if m := _CLAUSE.match(line):
            current.clauses.append(_Clause(int(m.group(1)), [line]))
        elif m := _POINT.match(line):
            clause.points.append((m.group(1), line))
        elif clause.points:  # a line after the points closes the list: it belongs to the clause
            clause.points[-1] = (clause.points[-1][0], clause.points[-1][1] + "\n" + line)
        else:
            clause.lines.append(line)
    return [a for a in out if a.heading or any(c.lines or c.points for c in a.clauses)]


def _clause_text(clause: _Clause) -> str:
    return "\n".join([*clause.lines, *(line for _, line in clause.points)])


def _opening(clause: _Clause) -> str:
    """A cut clause's heading: its intro sentence without the list colon."""
    return " ".join(clause.lines).rstrip().rstrip(":").strip()[:300]


def _pack_points(clause: _Clause, place: Place, heading: str, max_chars: int) -> list[StatuteUnitDraft]:
    """A clause too long for one chunk: its intro, then its points packed up to ``max_chars`` each."""
    opening = _opening(clause)
    head = "\n".join(h for h in (heading, opening) if h)
    drafts = []
    if clause.lines:
        drafts.append(StatuteUnitDraft("\n".join(clause.lines), replace(place, clause=clause.number),
                                       heading, clause.number, f"{clause.number}." if clause.number else ""))
    group: list[tuple[str, str]] = []

    def flush() -> None:
        if group:
            first = group[0][0]
            drafts.append(StatuteUnitDraft(
                "\n".join(line for _, line in group),
                replace(place, clause=clause.number, point=first),
                head, VI_LETTERS.find(first) + 1, f"{first})"))
            group.clear()

    for letter, line in clause.points:
        if group and sum(len(x) + 1 for _, x in group) + len(line) > max_chars:
            flush()
        group.append((letter, line))
    flush()
    return drafts


def statute_units(title: str, text: str, unit: StatuteUnit = "clause",
                  max_chars: int = 900) -> list[StatuteUnitDraft]:
    """The chunks of a statute text, in reading order, each with its place (article, clause, point)."""
    hard_max = 2 * max_chars
    drafts: list[StatuteUnitDraft] = []
    for article in _articles(title, text):
        heading = article.heading
        body = "\n".join(t for t in (_clause_text(c) for c in article.clauses) if t)
        if unit == "article" and len(body) <= hard_max:
            drafts.append(StatuteUnitDraft(body or heading, article.place, heading if body else ""))
            continue
        for clause in article.clauses:
            clause_text = _clause_text(clause)
            if not clause_text:
                continue
            place = replace(article.place, clause=clause.number)
            label = f"{clause.number}." if clause.number else ""
            if unit == "point" and clause.points:
                drafts.extend(_pack_points(clause, article.place, heading, 1))
            elif len(clause_text) <= hard_max:
                drafts.append(StatuteUnitDraft(clause_text, place, heading, clause.number, label))
            else:
                drafts.extend(_pack_points(clause, article.place, heading, max_chars))
        if not any(c.lines or c.points for c in article.clauses):  # an article of its heading only
            drafts.append(StatuteUnitDraft(heading, article.place))
    return drafts

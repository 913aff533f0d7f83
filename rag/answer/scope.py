"""Whether an answer from news or a directive is of the scope its question asks: a figure of the thing it
counts ("bao nhiêu đảng viên" is not answered by "sau hơn 1 năm"), and of the place it names ("Điểm cầu huyện
Đầm Hà có bao nhiêu đại biểu?" is not answered by the province's total). Statute clauses and statements to
judge are not held to it."""

from __future__ import annotations

import re

from rag.answer.citations import MARKER
from rag.answer.values import asked_of
from rag.documents import Answer
from rag.query.analysis import QuestionInfo
from rag.vi.doctypes import ABBREVIATIONS
from rag.vi.names import bare_names, find_places, leading_name
from rag.vi.syllables import STOPWORDS_FOLDED
from rag.vi.text import fold

# "bao nhiêu đảng viên", "mấy tiếng": what a "how many" question counts (its first word, folded), and the other
# words a text may count it by.
_COUNTED = re.compile(r"\b(?:bao nhieu|may)\s+(?:luot\s+)?([a-z]+)")
_SAME_UNIT = {"tieng": ("tieng", "gio"), "gio": ("tieng", "gio"), "nguoi": ("nguoi", "dai bieu", "can bo", "dang vien")}
_NOT_COUNTED = frozenset(STOPWORDS_FOLDED | {"phan", "lan"})  # "bao nhiêu phần trăm", "gấp bao nhiêu lần": a ratio
_EXPANDED = {fold(k).lower(): fold(v).split()[0] for k, v in ABBREVIATIONS.items()}  # "NQ": "nghi"
_SPELLED = r"(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|trieu)"


def counted_noun(question: str) -> str:
    """The first word of what a "bao nhiêu …" / "mấy …" question counts, folded ("dang" of "đảng viên", "nghi"
    of "NQ"), or "" when it names nothing ("tỷ lệ là bao nhiêu", "bao nhiêu phần trăm")."""
    m = _COUNTED.search(fold(question).lower())
    if not m or m.group(1) in _NOT_COUNTED:
        return ""
    return _EXPANDED.get(m.group(1), m.group(1))


def _counts(text: str, noun: str) -> bool:
    """Whether ``text`` gives a figure, in digits or words, of ``noun`` (or of its other names): "166 đảng
    viên", "hơn 15.500 đại biểu", "bốn điểm", with at most two words between ("9.178 lượt đảng viên")."""
    folded = fold(text).lower()
    figure = rf"(?:\d(?:[\d.,/]*\d)?|\b{_SPELLED})"
    return any(re.search(rf"{figure}\s+(?:\w+\s+){{0,2}}{re.escape(name)}\b", folded)
               for name in _SAME_UNIT.get(noun, (noun,)))


_LEVELS = {"xã": 0, "phường": 0, "huyện": 1, "quận": 1, "thị xã": 1, "thành phố": 1, "tỉnh": 2}


# "ở Quảng Ninh", "tại Cao Bằng": a place named without its unit (of unknown level, so the widest).
_AT_PLACE = re.compile(r"\b(?:ở|tại|o|tai)\s+(?=(\w+(?:\s+\w+){0,2}))")


def _narrowest_places(question: str) -> list[str]:
    """The places a question names at its narrowest level ("huyện Đầm Hà" of "… huyện Đầm Hà, tỉnh Quảng
    Ninh"; "ở Quảng Ninh", "cử tri Nghệ An" when it names no unit): a figure or date of a wider place is not
    theirs."""
    places = [(_LEVELS[unit], name) for unit, name in find_places(question)]
    places += [(len(_LEVELS), " ".join(words)) for m in _AT_PLACE.finditer(question)
               if len(words := leading_name(m.group(1))) >= 2]
    named = {fold(name) for _, name in places}
    places += [(len(_LEVELS), name) for name in bare_names(question) if fold(name) not in named]
    if not places:
        return []
    level = min(level for level, _ in places)
    return [name for lv, name in places if lv == level]


def out_of_scope(info: QuestionInfo, answer: Answer) -> str:
    """Why a figure or an event's date from news is of another thing or place than the one asked ("" when it
    is not): a "bao nhiêu X" answer gives a figure of X, and the narrowest place the question names stands in the
    quoted sentence or its document's title ("Điểm cầu huyện Đầm Hà có bao nhiêu đại biểu?": the province's total
    is not the district's). A date question naming a document may name its issuer's place ("Kế hoạch 77-KH/TU …
    Tỉnh ủy Nghệ An"): not held to it."""
    if info.judge or any(c.locator for c in answer.citations):
        return ""
    said = MARKER.sub(" ", answer.answer)
    if info.kind == "number" and (noun := counted_noun(info.text)) and not _counts(said, noun):
        return "Các đoạn văn tìm được không nêu con số này."
    if not (info.kind == "number" or (info.kind == "date" and asked_of(info).event)):
        return ""
    quoted = fold(said + " " + " ".join(c.title for c in answer.citations))
    elsewhere = [name for name in _narrowest_places(info.text) if fold(name) not in quoted]
    return f"Các đoạn văn tìm được không nêu riêng cho {elsewhere[0]}." if elsewhere else ""

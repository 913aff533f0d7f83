"""Requests that are not one question: a comparison of two things ("So sánh A và B", "A khác gì B") and a
summary of a document ("Tóm tắt Kết luận 21"). Each is answered from parts the answerer can ground: one
answer per side of a comparison, the headings or opening sentences of a document."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.vi.text import fold

# Patterns run on the folded question (no diacritics, lowercase), so unaccented questions work too; the
# sides are cut from the question as written, at the same offsets (folding keeps the length).
_COMPARE = (
    re.compile(r"^\s*(?:hay\s+)?so sanh\s+(?:giua\s+)?(?P<a>.+?)\s+(?:voi|va)\s+(?P<b>.+?)\s*[?.!]*\s*$"),
    re.compile(r"^\s*(?:su\s+|diem\s+)?khac\s+(?:nhau|biet)\s+(?:giua\s+)?(?P<a>.+?)\s+va\s+(?P<b>.+?)"
               r"(?:\s+la\s+gi|\s+o\s+dau|\s+the\s+nao|\s+nhu\s+the\s+nao)?\s*[?.!]*\s*$"),
    re.compile(r"^\s*(?P<a>.+?)\s+khac\s+(?:gi|nhau\s+(?:gi|the\s+nao|nhu\s+the\s+nao|o\s+(?:diem|cho)\s+nao))"
               r"\s+(?:so\s+)?(?:voi\s+)?(?P<b>.+?)\s*[?.!]*\s*$"),
    re.compile(r"^\s*(?P<a>.+?)\s+va\s+(?P<b>.+?)\s+khac\s+(?:nhau|biet)\b.*$"),
    re.compile(r"^\s*(?P<a>.+?)\s+(?:co\s+(?:gi|diem\s+nao)\s+khac(?:\s+nhau|\s+biet)?|khac\s+(?:nhau|biet|gi))"
               r"\s+(?:so\s+)?voi\s+(?P<b>.+?)\s*[?.!]*\s*$"),
    re.compile(r"^\s*(?P<a>.+?)\s+khac\s+so\s+voi\s+(?P<b>.+?)\s*[?.!]*\s*$"),
    re.compile(r"^\s*(?P<a>.+?)\s+khac\s+voi\s+(?P<b>.+?\s+(?:o\s+(?:diem|cho)\s+nao|(?:nhu\s+)?the\s+nao|ra\s+sao))"
               r"\s*[?.!]*\s*$"),
)
_SUMMARY = re.compile(r"^\s*(?:hay\s+|xin\s+|vui long\s+)?(?:tom tat|tom luoc|khai quat)(?:\s+|(?=[?.!]|$))"
                      r"(?:lai\s+)?(?:(?:noi dung|nhung noi dung chinh|y chinh)\s+(?:cua\s+)?)?(?P<what>.*?)"
                      r"\s*[?.!]*\s*$")
# What a side may trail that asks how, not what ("… ở điểm nào", "… thế nào").
_TRAILING = re.compile(r"(?:\s+(?:o\s+(?:diem|cho)\s+nao|nhu\s+the\s+nao|the\s+nao|ra\s+sao|khong|"
                       r"la\s+gi|o\s+dau|nhau))+$")
_MIN_SIDE = 2  # characters: a side must name something


@dataclass(frozen=True)
class Comparison:
    """The two things a comparison asks about, as written."""

    first: str
    second: str


def comparison(question: str) -> Comparison | None:
    """The two sides of a comparison request, or None when the question is not one."""
    folded = fold(question)
    if len(folded) != len(question):  # offsets would not line up; unusual characters: treat as no comparison
        return None
    for pattern in _COMPARE:
        m = pattern.match(folded)
        if m:
            a, b = (question[m.start(g):m.start(g) + len(_TRAILING.sub("", m.group(g)))].strip(" ,;:")
                    for g in ("a", "b"))
            if len(a) >= _MIN_SIDE and len(b) >= _MIN_SIDE:
                return Comparison(a, b)
    return None


def summary_target(question: str) -> str | None:
    """What a summary request names ("Tóm tắt Kết luận 21" -> "Kết luận 21"; "" when it names nothing), or
    None when the question is not a summary request."""
    folded = fold(question)
    m = _SUMMARY.match(folded)
    if not m or len(folded) != len(question):
        return None
    return question[m.start("what"):m.end("what")].strip(" ,;:")

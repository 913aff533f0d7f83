"""A quiz question pasted whole, its options with it: "Kết luận 21 ban hành ngày nào? A. 15/10/2021 B. 25/10/2021
C. … D. …", the options on lines of their own ("a) …", "1. …"), "Chọn đáp án đúng." after them. The stem is the
question; the options are what the asker was offered, no words of the question (a figure or date among them is in no
text and decides nothing)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.vi.text import fold

_SERIES = ("ABCD", "abcd", "1234")
# A line opening with an option's label: "A. …", "B) …", "c. …", "2) …".
_LINE_OPTION = re.compile(r"^\s*([A-Da-d1-4])\s*[.):]\s+(\S.*?)\s*$")
# Options written on the question's own line, after it: "… ngày nào? A. 29/6 B. 30/6 C. 1/7 D. 2/7".
_INLINE_FIRST = re.compile(r"(?<=[?:.!])\s*A\s*[.)]\s+")
_INLINE_NEXT = {label: re.compile(rf"(?<=\S)\s+{label}\s*[.)]\s+") for label in "BCD"}
# A request to choose after the last option on that line: "… D. 2/7. Chọn đáp án đúng."
_INLINE_TRAILER = re.compile(r"[.!]?\s+(?:hãy\s+)?(?:chọn|đáp án|phương án)\b.*$", re.IGNORECASE)
# What asks to choose, before or after the options: "Chọn đáp án đúng.", "Đáp án nào đúng?", "(chọn 1)".
_CHOOSE = re.compile(r"^\W*(?:hãy\s+)?(?:chọn|đáp án|phương án|câu trả lời)\b[^?.!]*[?.!:]*\W*$"
                     r"|^\W*\(?chọn\s+\d\)?\W*$", re.IGNORECASE)
_CHOOSE_AT_END = re.compile(r"[\s.,;]*(?:hãy\s+)?(?:chọn|khoanh)\s+(?:một\s+|1\s+)?(?:đáp án|phương án|câu)"
                            r"(?:\s+(?:đúng|đúng nhất|chính xác))?\s*[:.]?\s*$", re.IGNORECASE)
_MAX_OPTION = 300


@dataclass(frozen=True)
class Choice:
    """One option as written: its label ("B") and text ("25/10/2021")."""

    label: str
    text: str


def _consecutive(labels: list[str]) -> bool:
    return len(labels) >= 2 and any(series.startswith("".join(labels)) for series in _SERIES)


def _valid(options: list[Choice]) -> bool:
    return _consecutive([o.label for o in options]) and all(
        o.text and "?" not in o.text and len(o.text) <= _MAX_OPTION for o in options)


def _stem(text: str) -> str:
    return _CHOOSE_AT_END.sub("", text.rstrip()).rstrip()


def _from_lines(question: str) -> tuple[str, list[Choice]] | None:
    lines = question.splitlines()
    first = next((i for i, line in enumerate(lines) if i and _LINE_OPTION.match(line)), None)
    if first is None:
        return None
    options, end = [], first
    for line in lines[first:]:
        if not line.strip():
            end += 1
            continue
        m = _LINE_OPTION.match(line)
        if not m:
            break
        options.append(Choice(m.group(1), m.group(2)))
        end += 1
    rest = [line for line in lines[end:] if line.strip()]
    if not _valid(options) or not all(_CHOOSE.match(line) for line in rest):
        return None
    stem = _stem("\n".join(lines[:first]))
    return (stem, options) if stem.strip() else None


def _inline(question: str) -> tuple[str, list[Choice]] | None:
    m = _INLINE_FIRST.search(question)
    if m is None:
        return None
    bounds = [(m.start(), m.end(), "A")]
    for label in "BCD":
        nxt = _INLINE_NEXT[label].search(question, bounds[-1][1])
        if nxt is None:
            break
        bounds.append((nxt.start(), nxt.end(), label))
    options = [Choice(label, question[e:bounds[i + 1][0] if i + 1 < len(bounds) else len(question)].strip())
               for i, (_, e, label) in enumerate(bounds)]
    last = options[-1].text
    trailer = _INLINE_TRAILER.search(last)
    if trailer:
        options[-1] = Choice(options[-1].label, last[:trailer.start()].strip())
    options = [Choice(o.label, o.text.rstrip(" ;,")) for o in options]
    if not _valid(options):
        return None
    stem = _stem(question[:m.start()])
    return (stem, options) if stem.strip() else None


def split_choices(question: str) -> tuple[str, list[Choice]]:
    """The question without the options pasted with it, and those options (none when it has none)."""
    found = _from_lines(question) or _inline(question)
    return found if found else (question, [])


def is_verdict(choice: Choice) -> bool:
    """An option that is a verdict ("Đúng", "Sai"), not a value: the statement is the question."""
    return fold(choice.text).lower().strip(" .") in {"dung", "sai", "co", "khong"}

"""Check a generated answer sentence by sentence against the passages it was given.

A sentence is kept when each ``[n]`` points at a given passage and every date, number and document
number it states appears in a passage it cites. A wrong marker is corrected when exactly one given
passage supports the sentence; otherwise the sentence is dropped, and the reason is recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rag.answer.citations import MARKER
from rag.vi.dates import DATE_OR_DAY_MONTH, date_key
from rag.vi.numbers import NUMBER, figure_value
from rag.vi.refs import find_refs
from rag.vi.sentences import split_sentences
from rag.vi.text import index_form

_REFUSAL = re.compile(r"không (tìm thấy|có) thông tin|không có trong (các )?tài liệu|tài liệu không (đề cập|nêu)",
                      re.IGNORECASE)


@dataclass
class Verified:
    """The kept text (markers refer to the given passages, 1-based) and what was removed, with why."""

    text: str = ""
    removed: list[str] = field(default_factory=list)
    refused: bool = False


def facts(sentence: str) -> set[str]:
    """The dates (normalised), numbers and document numbers a sentence states."""
    text = MARKER.sub(" ", sentence)
    found = {f"date:{date_key(m)}" for m in DATE_OR_DAY_MONTH.finditer(text)}
    masked = DATE_OR_DAY_MONTH.sub(" ", text)
    for r in find_refs(masked):
        if r.full_key:
            found.add(f"ref:{r.full_key}")
        masked = masked.replace(r.text, " ")
    found |= {f"num:{figure_value(n)}" for n in NUMBER.findall(masked)}
    return found


def passage_facts(text: str) -> set[str]:
    """Every fact a passage can support (same normalisation as ``facts``)."""
    return facts(text) | {f"ref:{r.short_key}" for r in find_refs(text)}


def _supported(claims: set[str], passage: set[str]) -> bool:
    return claims <= passage


def verify(answer: str, passages: list[str]) -> Verified:
    """Keep the sentences of ``answer`` that its citations support (see module docstring)."""
    if _REFUSAL.search(answer) and not MARKER.search(answer):
        return Verified(refused=True)
    known = [passage_facts(index_form(p)) for p in passages]
    kept: list[str] = []
    removed: list[str] = []
    for sentence in split_sentences(answer.strip()):
        sentence = sentence.strip()
        if not sentence:
            continue
        markers = [int(n) for n in MARKER.findall(sentence)]
        claims = facts(index_form(sentence))
        body = MARKER.sub("", sentence).strip()
        if len(re.findall(r"\w+", body)) < 2:  # a bare "[1]" or a stray word says nothing
            removed.append(f"no content: {sentence}")
            continue
        if body.endswith("?"):  # small models echo the question; a question answers nothing
            removed.append(f"a question, not an answer: {sentence}")
            continue
        valid = [n for n in dict.fromkeys(markers) if 1 <= n <= len(passages)]
        supporting = [i for i, k in enumerate(known, start=1) if _supported(claims, k)]
        if valid and any(n in supporting for n in valid) and (claims or valid):
            good = [n for n in valid if n in supporting]
            kept.append(_with_markers(body, good))
            if len(good) < len(markers):
                removed.append(f"marker corrected: {sentence}")
        elif claims and len(supporting) == 1:
            kept.append(_with_markers(body, supporting))
            removed.append(f"marker corrected: {sentence}")
        else:
            why = "no valid citation" if not valid else "states what its citations do not: " + ", ".join(
                sorted(c.split(":", 1)[1] for c in claims - set().union(*(known[n - 1] for n in valid))))
            removed.append(f"{why}: {sentence}")
    return Verified(" ".join(kept), removed)


def _with_markers(body: str, numbers: list[int]) -> str:
    end = re.search(r"[.!?…]+$", body)
    tail = end.group(0) if end else ""
    core = body[:len(body) - len(tail)].rstrip()
    return core + " " + "".join(f"[{n}]" for n in numbers) + tail


def supporting_sentence(passage: str, answer: str, n: int) -> str:
    """The sentence of ``passage`` that best supports the answer's sentences marked ``[n]`` (for highlighting):
    the one sharing most of their facts, else most of their words; "" when nothing is shared."""
    cited = [s for s in split_sentences(answer) if f"[{n}]" in s]
    claims = set().union(*(facts(index_form(s)) for s in cited)) if cited else set()
    words = set(re.findall(r"\w+", index_form(" ".join(cited))))
    best, best_score = "", (0, 0)
    for sentence in split_sentences(passage):
        form = index_form(sentence)
        score = (len(claims & passage_facts(form)), len(words & set(re.findall(r"\w+", form))))
        if score > best_score:
            best, best_score = sentence.strip(), score
    return best

"""Detect references to directives ("21-KL/TW", "KL 21", "ket luan so 21", "NQ TW4") in raw text.

References are read from the raw text, never from a word segmenter's output (segmenters split
"21-KL/TW" into pieces). Each mention yields a *short key* ("kl-21": type + number) that any
spelling of the reference maps to, and for full numbers a *full key* ("21-kl/tw").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.vi.doctypes import CASE_SENSITIVE_CODES, CODES, TYPE_WORDS
from rag.vi.text import fold

_PARTY_RE = re.compile(
    r"(?<![\w/])(\d{1,4})\s?-\s?(qdi|qd|kl|nq|ctr|ct|kh|hd|tb|da)"
    r"(?:/([a-z]{2,6})|(tw|tu|hu|du))(?![\w])"
)
_STATE_RE = re.compile(
    r"(?<![\w/])(\d{1,5})/(?:(\d{4})/)?(nq|nd|qd|tt|ct|kh|tb|hd)-([a-z]{2,8})(?![\w])"
)
_TYPED_RE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(TYPE_WORDS, key=len, reverse=True))
    + r"|qdi|ctr|kl|nq|qd|ct|kh|da|hd|tb)\s*(?:so\s*)?(\d{1,4})(?![\d/\w])"
)
_NAMED_RE = re.compile(r"(?<!\w)(?:nghi quyet|nq)\s*(?:hoi nghi\s*)?(?:trung uong|tw)\s*(\d{1,2})(?!\d)")


@dataclass(frozen=True)
class RefMention:
    """One mention of a directive in a text: its keys and where it stands."""

    short_key: str
    full_key: str | None
    start: int
    end: int
    text: str

    @property
    def query_keys(self) -> set[str]:
        """The keys a question's mention must match: the full number when given, else type + number."""
        return {self.full_key} if self.full_key else {self.short_key}


def _fold_same_length(text: str) -> str:
    # Per-character folding keeps offsets valid for the original text.
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f if len(f) == 1 else ch.lower())
    return "".join(out)


def _num(value: str) -> str:
    return str(int(value))


def find_refs(text: str) -> list[RefMention]:
    """All directive mentions in ``text``, in order of appearance, overlapping forms merged."""
    folded = _fold_same_length(text)
    found: list[RefMention] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], short: str, full: str | None) -> None:
        s, e = m.span()
        if any(s < te and ts < e for ts, te in taken):
            return
        taken.append((s, e))
        found.append(RefMention(short, full, s, e, text[s:e]))

    for m in _PARTY_RE.finditer(folded):
        num, code, issuer = _num(m.group(1)), m.group(2), m.group(3) or m.group(4)
        add(m, f"{CODES[code]}-{num}", f"{num}-{CODES[code]}/{issuer}")
    for m in _STATE_RE.finditer(folded):
        num, year, code, issuer = _num(m.group(1)), m.group(2), m.group(3), m.group(4)
        full = f"{num}/{year + '/' if year else ''}{code}-{issuer}"
        add(m, f"{CODES[code]}-{num}", full)
    for m in _NAMED_RE.finditer(folded):
        add(m, f"nq-tw-{_num(m.group(1))}", None)
    for m in _TYPED_RE.finditer(folded):
        word = m.group(1)
        if word in CASE_SENSITIVE_CODES and not text[m.start(1):m.end(1)].isupper():
            continue
        code = TYPE_WORDS.get(word) or CODES[word]
        # "Kết luận số 21-KL/TW": extend to the full number when one follows directly.
        full_m = _PARTY_RE.match(folded, m.start(2))
        full = None
        if full_m:
            full = f"{_num(full_m.group(1))}-{CODES[full_m.group(2)]}/{full_m.group(3) or full_m.group(4)}"
            s = m.start()
            taken[:] = [(ts, te) for ts, te in taken if not (ts >= s and te <= full_m.end())]
            found[:] = [r for r in found if not (r.start >= s and r.end <= full_m.end())]
            taken.append((s, full_m.end()))
            found.append(RefMention(f"{code}-{_num(m.group(2))}", full, s, full_m.end(), text[s:full_m.end()]))
            continue
        add(m, f"{code}-{_num(m.group(2))}", None)
    found.sort(key=lambda r: r.start)
    return found


def ref_keys(text: str) -> set[str]:
    """Every key (short and full) of every directive mentioned in ``text``."""
    keys: set[str] = set()
    for ref in find_refs(text):
        keys.add(ref.short_key)
        if ref.full_key:
            keys.add(ref.full_key)
    return keys


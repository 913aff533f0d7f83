"""What a question asks for: its kind, list ordinal, named documents, years, names and key words."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from rag.vi.doctypes import ABBREVIATIONS
from rag.vi.numbers import NUMBER, ORDINALS_FOLDED, YEAR, alternation
from rag.vi.refs import find_refs
from rag.vi.syllables import STOPWORDS, STOPWORDS_FOLDED, syllables
from rag.vi.text import fold, has_diacritics

_KIND_PATTERNS = (
    ("multi", re.compile(r"\bnhung (tinh|dia phuong|bai viet|bai bao|noi|don vi|huyen|co quan|dang bo|"
                         r"tai lieu|nguon) nao\b")),
    ("date", re.compile(r"\b(ngay nao|khi nao|bao gio|thoi gian nao|thoi diem nao|nam nao|thang nao|"
                        r"ngay thang nao|ngay bao nhieu|ngay may|luc nao|ban hanh ngay|ky ngay|ngay ban hanh)\b")),
    ("number", re.compile(r"\b(bao nhieu|may|so luong|so lieu)\b")),
    ("issuer", re.compile(r"\b(cua ai|do ai|ai ban hanh|co quan nao|cap nao|don vi nao|la cua)\b")),
    ("person", re.compile(r"\b(ai|dong chi nao|nguoi nao|tac gia|ong nao|ba nao|chu tri)\b")),
    ("subject", re.compile(r"\b(noi dung|la gi|ve gi|gi|van de nao|viec gi|muc tieu|nhiem vu nao)\b")),
)
_LIST_NOUNS = {"giai", "phap", "nhiem", "vu", "bien", "y", "diem", "muc", "yeu", "cau", "noi", "dung"}
_MULTI_WORDS = {"bai", "viet", "bao", "nhac", "de", "cap", "tinh", "dia", "phuong", "noi", "don", "vi", "huyen",
                "nguon", "tai", "lieu", "co", "quan", "dang", "bo"}
_SUBJECT_WORDS = {"noi", "dung", "van", "de", "viec", "co", "quan", "don", "vi", "cap", "ban", "hanh"}


@dataclass(frozen=True)
class QuestionInfo:
    """The parts of a question the retriever and the answerer use."""

    text: str
    kind: str
    ordinal: int = 0
    ref_groups: list[set[str]] = field(default_factory=list)
    ref_texts: list[str] = field(default_factory=list)
    years: list[str] = field(default_factory=list)
    numbers: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    terms: list[str] = field(default_factory=list)
    accented: bool = True


def _ordinal(folded: str) -> int:
    m = re.search(r"\bthu\s+(\d{1,2}|" + alternation(ORDINALS_FOLDED) + r")\b", folded)
    if m:
        word = m.group(1)
        if word == "tu" and "thu tu" in folded and re.search(r"thu tu\s+(uu tien|sap xep)", folded):
            return 0  # "thứ tự" (order), not "thứ tư"
        return int(word) if word.isdigit() else ORDINALS_FOLDED[word]
    # "Năm là, …" opens a sentence or clause; "77-KH/TU là" is a document code followed by "là".
    m = re.search(r"(?:^|[,.;:?!]\s*)(" + alternation(ORDINALS_FOLDED) + r")\s+la\b", folded)
    if m and m.group(1) != "nhat":
        return ORDINALS_FOLDED[m.group(1)]
    m = re.search(r"\b(?:y|muc|diem|giai phap|nhiem vu)\s+(\d{1,2})\b", folded)
    return int(m.group(1)) if m else 0


def _names(question: str, ref_spans: list[tuple[int, int]]) -> list[str]:
    """Runs of capitalised words (proper names), outside directive references and abbreviations."""
    names = []
    words = [(m.start(), m.group(0)) for m in re.finditer(r"[^\W\d_]+", question)]
    run: list[tuple[int, str]] = []

    def close() -> None:
        # A lone sentence-initial capital is no name ("Ai", "Khi"); "Nghệ An ..." at the start is one.
        words_in_run = [w for start, w in run if start > 0 or len(run) > 1]
        if words_in_run:
            names.append(" ".join(words_in_run))
        run.clear()

    for start, word in words:
        inside_ref = any(s <= start < e for s, e in ref_spans)
        capital = word[0].isupper() and (not word.isupper() or (len(word) == 1 and bool(run))) \
            and word not in ABBREVIATIONS  # "Nguyễn Văn A": a one-letter name ends a run
        if capital and not inside_ref:
            run.append((start, word))
        else:
            close()
    close()
    return names


def analyse(question: str) -> QuestionInfo:
    """Parse a question (NFC or not, with or without diacritics)."""
    folded = fold(question)
    refs = find_refs(question)
    spans = [(r.start, r.end) for r in refs]
    outside = "".join(" " if any(s <= i < e for s, e in spans) else ch for i, ch in enumerate(question))
    ordinal = _ordinal(folded)
    kind = "list" if ordinal else "other"
    if not ordinal:
        for name, pattern in _KIND_PATTERNS:
            if pattern.search(folded):
                kind = name
                break
    if kind == "issuer" and not refs:
        kind = "person"
    accented = has_diacritics(question)
    terms = [s for s in syllables(outside) if not s.isdigit()
             and (s not in STOPWORDS if accented else s not in STOPWORDS_FOLDED)]
    if kind in ("subject", "issuer"):  # "về nội dung gì", "cơ quan nào": the question words themselves
        terms = [t for t in terms if fold(t) not in _SUBJECT_WORDS]
    if kind == "multi":  # "những bài viết nào nhắc đến …": the question's own nouns, not the subject
        terms = [t for t in terms if fold(t) not in _MULTI_WORDS]
    if kind == "list":  # "giải pháp thứ năm": the noun names the list, the item need not repeat it
        terms = [t for t in terms if fold(t) not in _LIST_NOUNS]
    numbers = [n for n in NUMBER.findall(outside) if not YEAR.fullmatch(n)]
    if ordinal:
        numbers = [n for n in numbers if n != str(ordinal)]
    return QuestionInfo(
        text=question, kind=kind, ordinal=ordinal,
        ref_groups=[r.query_keys for r in refs],
        ref_texts=[r.text for r in refs],
        years=YEAR.findall(outside), numbers=numbers, names=_names(question, spans),
        terms=terms, accented=accented,
    )


_ISSUANCE = re.compile(r"\b(ban hanh|ky|ra doi|thong qua|co hieu luc)\b")


def asks_about_document(info: QuestionInfo) -> bool:
    """True when the question asks about the named document itself (its date, issuer, subject), not about
    an event or a place that mentions it: it says "ban hành" or has no other key words, names, years."""
    if not info.ref_groups or info.names or info.years or info.numbers:
        return False
    return bool(_ISSUANCE.search(fold(info.text))) or not info.terms

"""A document named by what it is rather than by its number: "Quy định về trách nhiệm nêu gương mà Ban Thường vụ Tỉnh
ủy Nghệ An ban hành có từ ngày nào?", "Văn bản Bộ Chính trị ban hành ngày 23/9/2019 … nói về vấn đề gì?". When the
registry holds exactly one document of that type whose date or subject the question gives, and nothing the question
gives of it (its date, its issuer) contradicts the record, that document is meant; the answer says which it took."""

from __future__ import annotations

import re

from rag.directives.registry import Directive, Registry
from rag.vi.dates import DATE, normalise_date
from rag.vi.doctypes import TYPE_WORDS
from rag.vi.names import find_places
from rag.vi.numbers import alternation
from rag.vi.places import PROVINCE_WORDS
from rag.vi.syllables import content_pairs
from rag.vi.text import fold

# A type word not followed by a number (folded): "quy định về …", "kế hoạch của …", "văn bản …".
# Not one asked for ("kế hoạch nào", "văn bản gì": which document is the question).
_TYPE_NAMED = re.compile(rf"\b({alternation(TYPE_WORDS)}|van ban)\b(?!\s+(?:so\s+)?\d|\s+(?:nao|gi)\b)")
# Bodies that issue documents (folded), longest first so "ban thuong vu tinh uy" is not read as "tinh uy".
_BODIES = ("ban chap hanh trung uong", "ban thuong vu tinh uy", "ban thuong vu huyen uy", "bo chinh tri",
           "ban bi thu", "ban chap hanh dang bo tinh", "tinh uy", "huyen uy", "hdnd tinh", "ubnd tinh", "chinh phu",
           "quoc hoi")
_ISSUING_WORDS = "ban hanh ngay ky"
_SHARED_PAIRS = 2  # word pairs of the record's subject the question must share, when it gives no date


def _bodies(folded: str) -> list[str]:
    found: list[str] = []
    for body in _BODIES:
        if re.search(rf"\b{body}\b", folded) and not any(body in f for f in found):
            found.append(body)
    return found


def _where(d: Directive, registry: Registry) -> str:
    """What the corpus says of where record ``d`` is from (folded): its issuers, places, and the titles and sources
    of the texts that mention it."""
    mentioned = [registry.chunks[m.chunk_id] for m in d.mentions if m.chunk_id in registry.chunks]
    return fold(" ".join([*(a.value for a in (*d.issuers, *d.places)), *(f"{c.title} {c.source}" for c in mentioned)]))


def _fits(d: Directive, code: str, dates: set[str], bodies: list[str], asked: set[tuple[str, str]],
          places: list[str], registry: Registry) -> int:
    """How well record ``d`` fits what the question says of its document (0: it does not)."""
    if code and not d.short_key.startswith(f"{code}-"):
        return 0
    # (run together: a province's paper writes it so, "Baonghean.vn")
    if places and not all(re.sub(r"\W", "", fold(p)) in re.sub(r"\W", "", _where(d, registry)) for p in places):
        return 0  # "Huyện Đầm Hà ban hành kế hoạch …": not a plan only Nghệ An's texts tell of
    own_dates = {a.value for a in d.dates}
    if dates and not dates <= own_dates:
        return 0
    issuers = [fold(a.value).lower() for a in d.issuers]
    if bodies and not all(any(b in i or i in b for i in issuers) for b in bodies):
        return 0
    subject = max((len(asked & set(content_pairs(a.value))) for a in d.subjects), default=0)
    if not (dates or subject >= _SHARED_PAIRS):
        return 0
    return len(dates) * 3 + subject + len(bodies)


def described_document(question: str, registry: Registry,
                       named: frozenset[str] | set[str] = frozenset()) -> tuple[str, Directive] | None:
    """The type words as written ("Quy định") and the one registry document the question describes by type,
    date, issuer or subject, or None when it describes none or several equally well. A question that also names
    documents (their keys ``named``) describes another only as one issued ("Ban Thường vụ Tỉnh ủy ban hành kế hoạch
    thực hiện Quy định 11-QĐi/TW vào ngày nào?"), never one of them."""
    folded = fold(question).lower()
    m = _TYPE_NAMED.search(folded)
    issued = m and re.search(rf"\b(?:ban hanh|xay dung|de ra)\s+(?:(?:mot|cac)\s+)?{m.group(1)}\b", folded)
    # The document described is what the question is about: it opens the question, or is what a body issued ("…
    # ban hành kế hoạch thực hiện quy định đó …"); not a document named inside another phrase ("Người quán triệt phần
    # … trong nghị quyết về phương hướng năm 2022 … giữ chức vụ gì?").
    if not m or (named and not issued) or not (issued or not folded[:m.start()].strip(" \"“'(")):
        return None
    code = "" if m.group(1) == "van ban" else TYPE_WORDS[m.group(1)]
    dates = {normalise_date(d) for d in DATE.finditer(question)}
    bodies = _bodies(folded)
    # The places it names: after a unit ("huyện Đầm Hà"), or a province by name anywhere ("Tỉnh đoàn Cao Bằng").
    places = list(dict.fromkeys([name for _, name in find_places(question)]
                                + [" ".join(p) for p in PROVINCE_WORDS if re.search(rf"\b{' '.join(p)}\b", folded)]))
    # What it is about: not the words naming its issuer, place or issuing ("của Ban Thường vụ Tỉnh ủy Nghệ An có ngày
    # ban hành …" is no subject a record shares).
    told = {w for phrase in (*bodies, *places, _ISSUING_WORDS) for w in fold(phrase).lower().split()}
    asked = {pair for pair in content_pairs(question[m.end():]) if not set(pair) <= told}
    fits = sorted(((f, d) for d in registry.all()
                   if d.key not in named and (f := _fits(d, code, dates, bodies, asked, places, registry))),
                  key=lambda fd: -fd[0])
    if not fits or (len(fits) > 1 and fits[1][0] == fits[0][0]):
        return None
    return question[m.start():m.end()], fits[0][1]


def described_note(written: str, d: Directive) -> str:
    """What the answer says of the document it took the description for."""
    return f"Lưu ý: “{written}” được hiểu là {d.title}."



_ASKED = {"date": "ban hành ngày nào?", "issuer": "do cơ quan nào ban hành?", "subject": "về nội dung gì?"}


def described_question(d: Directive, kind: str) -> str:
    """The question asked of the document taken for the description, by its number ("Quy định 2993-QĐ/TU ban hành
    ngày nào?"): what else the question said served to find it."""
    return f"{d.title} {_ASKED[kind]}"

"""Requests that are not one question: a comparison of two things ("So sánh A và B", "A khác gì B") and a
summary of a document ("Tóm tắt Kết luận 21"). Each is answered from parts the answerer can ground: one
answer per side of a comparison, the headings or opening sentences of a document."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.query.analysis import QuestionInfo, analyse
from rag.query.followup import points_at_person
from rag.vi.doctypes import TYPE_WORDS
from rag.vi.names import TITLE_FOLDED
from rag.vi.numbers import alternation
from rag.vi.refs import find_refs
from rag.vi.text import fold, folded_aligned, typed_with_accents

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
    if (folded := folded_aligned(question)) is None:  # offsets would not line up: treat as no comparison
        return None
    for pattern in _COMPARE:
        m = pattern.match(folded)
        if m:
            a, b = (question[m.start(g):m.start(g) + len(_TRAILING.sub("", m.group(g)))].strip(" ,;:")
                    for g in ("a", "b"))
            if len(a) >= _MIN_SIDE and len(b) >= _MIN_SIDE:
                return Comparison(a, b)
    return None


# Two questions joined in one, each asked on its own (folded):
# - "Bí thư Tỉnh ủy Quảng Ninh và Bí thư Tỉnh ủy Cao Bằng là những ai?": two titles whose holders are asked;
# - "ai là Phó Bí thư … Nghệ An …, và ai là Phó Bí thư … Quảng Ninh?", "Bí thư Tỉnh ủy nào …, và Bí thư Tỉnh ủy nào
#   …?": two clauses that each ask.
_TITLE = TITLE_FOLDED
_BOTH_HOLDERS = re.compile(rf"^(?P<head>.*?)(?P<a>\b{_TITLE}\b[^,;?]*?)\s+(?P<join>va|voi)\s+"
                           rf"(?P<b>\b{_TITLE}\b[^,;?]*?)"
                           r"\s+(?:lan luot\s+)?(?:hien\s+)?(?:dang\s+)?"
                           r"(?:la\s+(?:nhung\s+)?(?:ai(?:\s+(?:voi|va)\s+ai)?|nguoi nao|dong chi nao)"
                           r"|ten\s+(?:la\s+)?gi)\b"
                           r"[\s?.!]*(?:(?:vay|a|nhi|the|ay)\b[\s?.!]*)*$")
# "A và B lần lượt là những đồng chí nào?": "lần lượt" (respectively) asks the same of each ("A là ai?", "B là
# ai?"), whatever A and B are.
_RESPECTIVELY = re.compile(r"^(?P<a>.+?)\s+va\s+(?P<b>.+?)\s+lan luot\s+la\s+(?:nhung\s+)?"
                           r"(?P<ask>ai|(?:dong chi|nguoi) nao|gi|bao nhieu|ngay nao)\b[\s?.!]*(?:vay|a|nhi|the)?"
                           r"[\s?.!]*$")
_RESPECTIVELY_ASKED = {"ai": "là ai", "dong chi nao": "là ai", "nguoi nao": "là ai", "gi": "là gì",
                       "bao nhieu": "là bao nhiêu", "ngay nao": "là ngày nào"}
_TITLE_AT = re.compile(_TITLE)
# "…, và …", "… hôm nào, còn … hôm nào?", "… ra ngày nào, mà ai ban hành?" (said), "…, đồng thời …", "…, ngoài ra …"
_JOIN = re.compile(r"\s*[,;]\s*(?:va|con|ma|(?:va\s+)?dong thoi|ngoai ra)\s+")
# Said without a comma, "và" joins two questions where a question word follows it ("… bao nhiêu điểm cầu và ai là
# người …", "… ngày nào và do cơ quan nào ban hành?"); before a noun it joins the parts of one ("Trưởng ban A và B
# là ai?").
_JOIN_BARE = re.compile(r"\s+va\s+(?=(?:do\s+)?(?:ai|bao nhieu|khi nao|ngay nao|nam nao|o dau|tai sao|vi sao|"
                        r"(?:dong chi|nguoi|ong|ba|co quan|don vi) nao)\b)")
# Two asking clauses side by side, a comma between ("Cơ quan nào ban hành, khóa mấy?"); a clause with no subject of
# its own after one that has one asks about what that one asks for ("… kế hoạch nào của Tỉnh ủy, ban hành ngày
# nào?": the plan's date, not the context's document's), so the two are one question.
_JOIN_COMMA = re.compile(r"\s*,\s+")
_SUBJECT_WORDS = 3  # key words beside the asking ones: more, and a clause says what it asks about
# The context a follow-up was given, after the question ("… khóa mấy? (KL 21)"): every half's.
_GIVEN_CONTEXT = re.compile(r"\s*(\([^()]*\))\s*$")


def has_subject(clause: str) -> bool:
    """Whether ``clause`` says what it asks about: a document, a name, or more key words than the asking ones."""
    return says_subject(analyse(clause))


def says_subject(info: QuestionInfo) -> bool:
    """``has_subject`` of a clause already read."""
    return bool(info.ref_texts or info.names or len(info.other_terms) > _SUBJECT_WORDS)


# What asks in a clause (folded): the question words, not "không" (a clause of a fact to check).
_ASKS = re.compile(r"\b(?:gi|nao|ai|bao nhieu|may|ho (?:va )?ten)\b")  # "(cho biết) họ tên đồng chí …": a name
# A clause that points back ("…, và văn bản này do ai ban hành?") is no question alone.
_POINTS_BACK = re.compile(r"\b(?:này|đó|ấy|nói trên|nay|ay)\b", re.IGNORECASE)
# A unit whose place, written once after the second title, is the first's too ("Trưởng ban Tổ chức Tỉnh ủy và
# Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An").
_UNIT_END = re.compile(r"\b(?:tinh uy|huyen uy|thanh uy|dang uy|tinh|huyen)\s*$")
_SOURCE_HEAD = re.compile(r"\s*(?:theo|trong|can cu(?: vao)?)\s+(?:bai|ban tin|tin|bao)\b[^,?]{0,60},")
_CONTEXT_HEAD = re.compile(r"^[^:?]{3,200}:\s+")  # "Để so sánh thành phần dự họp giữa hai tỉnh: …"


def _same_title(a: str, b: str) -> bool:
    """Whether two folded phrases open with the same title: "với" joins two holders only so ("Bí thư Tỉnh ủy Quảng
    Ninh với Bí thư Tỉnh ủy Cao Bằng"); otherwise it is a meeting's ("Trưởng ban … làm việc với Bí thư …")."""
    first, second = _TITLE_AT.match(a), _TITLE_AT.match(b)
    return bool(first and second and first.group(0) == second.group(0))


# A search box's keywords asking two facts of one thing ("KH 77-KH/TU ngày, cơ quan ban hành"), folded.
_FIELD = r"(?:ngay(?: ban hanh)?|co quan ban hanh|noi dung|so hieu|nguoi ky)"
_KEYWORD_FIELDS = re.compile(rf"(?P<head>.+?)\s+(?P<a>{_FIELD})\s*(?:,|;|\bva\b)\s*(?P<b>{_FIELD})\W*$")


# Sub-questions numbered in one message: "1. … ngày nào? 2. … ai …?", "(1) …; (2) …", "a) … b) …".
_NUMBERED = re.compile(r"(?:^|(?<=[?.!;:]))\s*\(?(?:\d{1,2}|[a-h])[.)]\s+")


# Numbers in sequence after a space only ("… 1) cấp ủy kỷ luật bao nhiêu đảng viên 2) UBKT …"): "1)", "2)", … in order.
_NUMBERED_INLINE = re.compile(r"(?:^|(?<=\s))\(?(\d)\)\s+")
# What the numbered questions are all about, told before the first ("Cao Bằng từ đầu nhiệm kỳ: 1) … 2) …").
_NUMBERED_HEAD = re.compile(r"^\s*([^:?]{3,160}?)\s*:\s*$")


def numbered_questions(question: str) -> list[str] | None:
    """The sub-questions of a message that numbers them, each without its number (and with what they are all about,
    told before the first with a colon), or None."""
    marks = list(_NUMBERED.finditer(question))
    if len(marks) < 2:
        inline = list(_NUMBERED_INLINE.finditer(question))
        marks = inline if [int(m.group(1)) for m in inline] == list(range(1, len(inline) + 1)) else []
    if len(marks) < 2:
        return None
    head = question[:marks[0].start()]
    told = _NUMBERED_HEAD.match(head)
    if head.strip() and not told:
        return None
    ends = [m.start() for m in marks[1:]] + [len(question)]
    parts = [question[m.end():end].strip(" ;") for m, end in zip(marks, ends)]
    if told:
        parts = [f"{told.group(1)} {p}" for p in parts]
    if marks[0].re is _NUMBERED_INLINE:  # asked one after another with no mark between: each is a question
        parts = [p if p.endswith(("?", ".", "!")) else f"{p}?" for p in parts]
    return parts if all(len(p.split()) >= 2 for p in parts) else None


# Questions asked one after another, each closed by its question mark ("Theo bài Cao Bằng: tỷ lệ cử tri đi bầu là
# bao nhiêu? HĐND tỉnh ban hành bao nhiêu nghị quyết?").
_AFTER_QUESTION_MARK = re.compile(r"(?<=\?)\s+(?=\S)")


def separate_questions(question: str) -> list[str] | None:
    """Two or three questions in one message, each closed by "?", each asking and saying what it asks about (one
    pointing back, "Ông ấy giữ chức gì?", is read after the first as a follow-up is), with what they are all about
    told before the first with a colon; None otherwise."""
    head = m.group(0) if (m := _CONTEXT_HEAD.match(question)) else ""
    parts = [p.strip() for p in _AFTER_QUESTION_MARK.split(question[len(head):])]
    if not 2 <= len(parts) <= 3 or not all(p.endswith("?") for p in parts):
        return None
    told = head.strip().rstrip(":").strip()
    for i, part in enumerate(parts):
        folded = fold(part).lower()
        info = analyse(part)
        if not _ASKS.search(folded) or _POINTS_BACK.search(part) or not says_subject(info):
            return None
        # Without a head they share, a later one names what it is about ("Hội nghị có bao nhiêu điểm cầu?" after
        # "Ai chủ trì hội nghị giao ban quý III?" is about that one).
        if i and not told and not (info.ref_texts or info.names):
            return None
    return [f"{told}, {_lowered(p)}" if told else p for p in parts]


def _lowered(text: str) -> str:
    """``text`` with its first letter in lower case, unless it opens an abbreviation ("HĐND", "UBKT")."""
    return text if text[1:2].isupper() else text[:1].lower() + text[1:]


# A document pointed back at ("… của nghị quyết này?", "văn bản đó"), folded; not "mấy bài này" (these articles).
_DOCUMENT_POINTED = re.compile(rf"\b(?:{alternation(TYPE_WORDS)}|van ban)\s+(?:nay|do|ay|noi tren|tren)\b")


def points_back(clause: str, before: str = "") -> bool:
    """Whether ``clause`` points back at a document or a person named before it ("… của nghị quyết này?", "văn bản
    đó", "ông ấy", "bài viết của ông"), or at what ``before`` (the clause before it) names by the same two words ("…
    tại hội nghị đó" after "Hội nghị quán triệt … kết nối đến bao nhiêu điểm cầu")."""
    folded = fold(clause).lower()
    if _DOCUMENT_POINTED.search(folded) or points_at_person(clause):
        return True
    named = fold(before).lower()
    if _TIME_POINTED.search(folded) and _EVENT_NAMED.search(named):
        return True  # "… khi nào, và ai phát biểu chỉ đạo hôm đó?": the day of the event the clause before names
    return bool(named) and any(re.search(rf"\b{m.group(1)}\b", named) for m in _THING_POINTED.finditer(folded))


# The day or occasion of an event pointed back at ("hôm đó", "buổi ấy", "dịp đó"), and an event named (folded).
_TIME_POINTED = re.compile(r"\b(?:hom|buoi|dip|ngay)\s+(?:do|ay)\b")
_EVENT_NAMED = re.compile(r"\b(?:hoi nghi|buoi lam viec|cuoc hop|phien hop|giao ban|le)\b")


# What a clause points back at by two words ("hội nghị đó", "buổi làm việc ấy"), folded; not "bài này", "thời điểm
# đó" (no thing a clause before names).
_THING_POINTED = re.compile(r"\b((?!thoi\b|luc\b|khi\b)[a-z]+ [a-z]+)\s+(?:nay|do|ay|noi tren)\b")


# Between two documents asked the same of ("Nghị quyết 68 và Chỉ thị 18 …", "KL 21, KL 14 …"), and what may stand
# between the second and what is asked ("…, hai văn bản đó thì ban hành ngày nào?"), folded.
_DOCUMENTS_JOINED = re.compile(r"\s*(?:,|va|voi|cung|cung voi)\s*")
# ("… Chỉ thị 18-CT/TU — 2 văn bản đó ngày bao nhiêu?": pointed at after a dash, counted in digits)
_BOTH_POINTED = re.compile(r"\s*[,—–-]?\s*(?:(?:ca\s+)?(?:hai|2)\s+van ban\s+(?:do|nay|tren)?|ca hai)?"
                           r"\s*(?:thi\s+)?,?\s*")
_ASKED_OF_BOTH = re.compile(r"^(?:duoc\s+)?(?:ban hanh|ky|ra doi|de ngay|mang ngay|do\s|cua\s|la cua|noi ve|ve\s"
                            r"|co noi dung|thuoc khoa|ngay (?:nao|bao nhieu|thang)\b)")


_TYPED_BEFORE = re.compile(rf"\b(?:{alternation(TYPE_WORDS)})\s+(?:so\s+)?$")  # "Nghị quyết (số) " before a number


def both_documents(question: str) -> list[str] | None:
    """"Nghị quyết 68/NQ-HĐND và Chỉ thị 18-CT/TU ban hành ngày nào?" -> the same asked of each ("Nghị quyết
    68/NQ-HĐND ban hành ngày nào?", "Chỉ thị 18-CT/TU ban hành ngày nào?"): two documents named side by side, then
    what is asked of them (their date, issuer or subject); None otherwise."""
    refs = [r for r in find_refs(question) if not r.is_law]
    if len(refs) != 2:
        return None
    a, b = refs
    if (folded := folded_aligned(question)) is None:
        return None

    def typed_start(ref) -> int:  # with the type written before its number
        return ref.start - len(m.group(0)) if (m := _TYPED_BEFORE.search(folded[:ref.start])) else ref.start
    start, second = typed_start(a), typed_start(b)
    # Each may be told with its issuer ("Chỉ thị 18-CT/TU của Ban Thường vụ Tỉnh ủy và Nghị quyết số 68/NQ-HĐND của
    # HĐND tỉnh lần lượt ban hành ngày nào?"), which its half keeps.
    a_end = a.end + (m.end() if (m := _ISSUER_TOLD.match(folded[a.end:second])) else 0)
    if second < a.end or not _DOCUMENTS_JOINED.fullmatch(folded[a_end:second]):
        return None
    b_end = b.end + (m.end() if (m := _ISSUER_TOLD.match(folded[b.end:])) and _ASKED_OF_BOTH.match(
        _RESPECTIVELY_SAID.sub("", folded[_BOTH_POINTED.match(folded, b.end + m.end()).end():])) else 0)
    rest = _BOTH_POINTED.match(folded, b_end)
    asked = _RESPECTIVELY_SAID.sub("", question[rest.end():].strip())
    if not _ASKED_OF_BOTH.match(fold(asked).lower()) or not _ASKS.search(fold(asked).lower()):
        return None
    head = question[:start]
    return [f"{head}{question[start:a_end]} {asked}", f"{head}{question[second:b_end]} {asked}"]


# A document's issuer told after it, up to what follows it (folded): " của Ban Thường vụ Tỉnh ủy".
_ISSUER_TOLD = re.compile(r"\s+cua\s+(?:[\w.-]+\s+){0,5}?[\w.-]+(?=\s*(?:,|[—–]|va\b|voi\b|lan luot\b|duoc\b|ban hanh\b"
                          r"|ky\b|ra doi\b|de ngay\b|mang ngay\b)|\s*$)")
# "lần lượt" (respectively) before what is asked of both: said of the two, asked of each.
_RESPECTIVELY_SAID = re.compile(r"^\s*(?:lần lượt|lan luot)\s+", re.IGNORECASE)


_COUNT_ASKED = re.compile(r"\b(?:bao nhieu|may)\b")  # folded


def joined_questions(question: str) -> list[str] | None:
    """The questions a question joins ("A và B là những ai?", or "A với B" of one title -> "A là ai?", "B là ai?";
    "ai là A, và ai là B?" -> "ai là A?", "ai là B?"; numbered ones, ``numbered_questions``), or None when it asks
    one thing. The context told before a colon is left out."""
    if (numbered := numbered_questions(question)) is not None:
        return numbered
    if (both := both_documents(question)) is not None:
        return both
    if (separate := separate_questions(question)) is not None:
        return separate
    if (folded := folded_aligned(question)) is None:
        return None
    if (m := _KEYWORD_FIELDS.fullmatch(folded.strip())) and not _ASKS.search(folded):
        text = question.strip()
        return [f"{text[:m.end('head')]} {text[m.start(f):m.end(f)]}" for f in ("a", "b")]
    if (m := _BOTH_HOLDERS.match(folded)) and (m.group("join") == "va" or _same_title(m.group("a"), m.group("b"))):
        head = question[:m.start("a")]
        a, b = question[m.start("a"):m.end("a")].strip(), question[m.start("b"):m.end("b")].strip()
        after = folded[m.start("b"):m.end("b")]
        if _UNIT_END.search(fold(a).lower()) and (unit := re.search(r"\b(?:tinh uy|huyen uy|thanh uy)\s+", after)):
            words = question[m.start("b") + unit.end():].split()
            place = " ".join(words[:next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))])
            if place:
                a = f"{a} {place}"
        head = head if not _CONTEXT_HEAD.match(fold(head).lower()) else ""
        who = "là ai?" if typed_with_accents(question) else "la ai?"  # a folded question's halves stay folded
        return [f"{head}{t} {who}" if head else f"{t[:1].upper()}{t[1:]} {who}" for t in (a, b)]
    start = m.end() if (m := _CONTEXT_HEAD.match(folded)) else 0
    if (m := _RESPECTIVELY.match(folded, start)) and _ASKS.search(m.group("ask")):
        asked = _RESPECTIVELY_ASKED[m.group("ask")]
        asked = asked if typed_with_accents(question) else fold(asked)
        halves = (question[m.start(f):m.end(f)].strip(" ,") for f in ("a", "b"))
        return [f"{h[:1].upper()}{h[1:]} {asked}?" for h in halves]
    context = _GIVEN_CONTEXT.search(folded)
    end = context.start() if context else len(folded)
    joins = list(_JOIN.finditer(folded, start, end)) or list(_JOIN_BARE.finditer(folded, start, end))
    by_comma = not joins
    joins = joins or list(_JOIN_COMMA.finditer(folded, start, end))
    if len(joins) != 1:
        return None
    j = joins[0]
    first, second = question[start:j.start()].strip(), question[j.end():end].strip(" ?.!")
    if not (_ASKS.search(fold(first).lower()) and _ASKS.search(fold(second).lower())) \
            or (_POINTS_BACK.search(second) and not points_back(second, first)):
        return None  # (a half pointing back at the document the first names is read after it, as a follow-up)
    if by_comma and has_subject(first) and not has_subject(second):
        return None
    if context:  # "Cơ quan nào ban hành, khóa mấy? (KL 21)": the context is both halves'
        given = question[context.start(1):context.end(1)]
        first, second = f"{first.rstrip(' ?.!')}? {given}", f"{second}? {given}"
        return [f"{first[:1].upper()}{first[1:]}", f"{second[:1].upper()}{second[1:]}"]
    first = first.rstrip(" ?.!")
    # "… thi hành kỷ luật bao nhiêu tổ chức Đảng và bao nhiêu đảng viên?": the second counts by the first's words,
    # said once before what asks.
    if _COUNT_ASKED.match(fold(second).lower()) and (asked := _COUNT_ASKED.search(fold(first).lower())):
        second = f"{first[:asked.start()]}{second}"
    # The source told first ("Theo bài viết về Nghệ An, … ngày nào và do cơ quan nào ban hành?") is both halves'.
    if (told := _SOURCE_HEAD.match(folded, start)) and not _SOURCE_HEAD.match(fold(second).lower()):
        second = f"{question[told.start():told.end()].strip()} {second[:1].lower()}{second[1:]}"
    return [f"{first[:1].upper()}{first[1:]}?", f"{second[:1].upper()}{second[1:]}?"]


def summary_target(question: str) -> str | None:
    """What a summary request names ("Tóm tắt Kết luận 21" -> "Kết luận 21"; "" when it names nothing), or
    None when the question is not a summary request."""
    folded = folded_aligned(question)
    m = _SUMMARY.match(folded) if folded is not None else None
    if not m:
        return None
    return question[m.start("what"):m.end("what")].strip(" ,;:")

"""The values a question asks for — a figure, a date, a person — and whether a text states one: a figure the
question does not state itself, a date of the event asked about (not of a document named beside it), a person
holding the title asked about. The answer stage reads them to choose units and to refuse answers that quote
no such value."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.answer.citations import MARKER
from rag.directives.registry import code_level
from rag.documents import Answer
from rag.query.analysis import MONEY_NOUNS, QuestionInfo, asks_issuance, name_asked
from rag.vi.abbreviations import spelled_out_folded
from rag.vi.dates import DATE, DAY_MONTH
from rag.vi.doctypes import CODES, QD_NAMES, TYPE_NAMES, TYPE_WORDS
from rag.vi.names import TITLE_FOLDED, bare_names, find_people, find_places, full_names, site_labels
from rag.vi.numbers import NUMBER, NUMBER_WORDS, ORDINAL_WORDS, SPELLED_QUANTITY, YEAR, alternation, offered_figures
from rag.vi.refs import RefMention, find_refs
from rag.vi.sentences import ASKING_WORD, courtesy_spans, split_sentences, without_final_particles
from rag.vi.syllables import STOPWORDS_FOLDED, syllables
from rag.vi.text import fold

VALUE_KINDS = ("date", "number", "person", "title", "term")  # question kinds that ask for a value a unit must state


def _figure_key(text: str) -> str:
    """A figure as a value: digits only, without leading zeros ("01" and "1", "1.422" and "1422" agree)."""
    return re.sub(r"\D", "", text).lstrip("0") or "0"


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def _next_word(text: str, end: int) -> str:
    m = _NEXT_WORD.match(text, end)
    return fold(m.group(1)) if m else ""


def given_figures(question: str) -> frozenset[tuple[str, str]]:
    """The figures a question states itself, each with the word after it ("sau hơn 1 năm": ("1", "nam")): a
    unit giving the same figure of the same thing repeats the question, it does not answer it. Not figures offered
    to choose from ("237 hay 273 điểm cầu?")."""
    offered = set().union(*offered_figures(question))  # "237 hay 273?": the one a unit states answers the choice
    return frozenset((_figure_key(m.group(0)), _next_word(question, m.end())) for m in NUMBER.finditer(question)
                     if m.group(0).rstrip("%") not in offered)


@dataclass(frozen=True)
class Asked:
    """What a value question already says: the figures it states, and whether it asks about an event (it names
    no document, so a document's date is no answer)."""

    figures: frozenset[tuple[str, str]] = frozenset()
    event: bool = False
    people: tuple[str, ...] = ()  # the names whose titles a "chức vụ gì" question asks for
    title: tuple[str, ...] = ()  # the title whose holder a "… là ai?" question asks for (folded words)
    named: tuple[str, ...] = ()  # people a "who" question names as someone else than the one asked (folded)
    how_long: bool = False  # "bao lâu (một lần)": a stretch of time, or how often ("hàng tháng")
    nth: bool = False  # "lần thứ mấy": which time an event is held, written "lần thứ XX" or "lần thứ 3"
    years: tuple[str, ...] | None = None  # "năm nào": a year answers it, but those the question gives (None: not asked)
    percent: bool = False  # "tỷ lệ", "bao nhiêu phần trăm": a percentage answers it, no other figure
    money: bool = False  # "kinh phí bao nhiêu": an amount of money answers it ("12 tỷ đồng"), no other figure
    horizon: bool = False  # "tầm nhìn đến năm nào": a plan's horizon answers it, which dates no event
    time_counted: bool = False  # "bao nhiêu năm", "mấy tháng": a stretch of time is the figure asked


def asked_of(info: QuestionInfo) -> Asked:
    """The ``Asked`` of a question."""
    return Asked(given_figures(info.text), asks_event(info),
                 _people(info.names) if info.kind == "title" else (),
                 tuple(_asked_title(info)) if info.kind == "person" else (),
                 _others_named(info) if info.kind == "person" else (),
                 bool(_HOW_LONG.search(fold(info.text))), bool(_NTH_ASKED.search(fold(info.text))),
                 tuple(YEAR.findall(info.text)) if _YEAR_ASKED.search(fold(info.text)) else None,
                 bool(_PERCENT_ASKED.search(fold(info.text))), bool(_MONEY_ASKED.search(fold(info.text).lower())),
                 bool(_HORIZON.search(fold(info.text).lower())),
                 bool(_TIME_COUNTED.search(fold(info.text).lower())))


def _others_named(info: QuestionInfo) -> tuple[str, ...]:
    """The people a "who" question names beside the one it asks for ("Đồng chí Nguyễn Xuân Ký dẫn lời của vị lãnh
    đạo nào?"), folded; not the one "X là ai?" asks about."""
    folded = fold(info.text)
    people = [fold(n) for n in full_names(info.names)]
    return tuple(p for p in people if not re.search(rf"\b{re.escape(p)}\s*(?:,[^,?]*,\s*)?la\s+(?:ai|nguoi nao)\b",
                                                     folded))


def _people(names: list[str]) -> tuple[str, ...]:
    """Of the names a "chức vụ gì" question gives, the people ("Lê Đức Cường", not "Tỉnh" or "Nghệ An" of "trong
    Tỉnh ủy Nghệ An"); all of them when none is a full name ("ông Ký")."""
    people = tuple(full_names(names))
    return people or tuple(names)


_HOW_LONG = re.compile(r"\bbao lau\b")
_TIME_COUNTED = re.compile(r"\b(?:bao nhieu|may)\s+(?:ngay|thang|nam|gio|tuan|phut|quy)\b")
# "Đến năm nào … trở thành tỉnh khá?": a year is the value ("năm 2030 trở thành …"), not only a day's date.
# Not "ngày tháng năm nào", "tháng năm nào": the day or month is asked with the year; a year alone is no answer.
_YEAR_ASKED = re.compile(r"(?<!thang )\bnam (?:nao|may|bao nhieu)\b")
_A_YEAR = re.compile(r"\bnăm\s+((?:19|20)\d{2})\b", re.IGNORECASE)
# A plan's horizon ("quy hoạch … thời kỳ 2021 - 2030, tầm nhìn đến năm 2050"; folded) is when nothing happens: no
# answer to when something was or will be done ("sân bay … dự kiến khởi công năm nào"), unless the horizon is asked.
_HORIZON = re.compile(r"\btam nhin\b")
_HORIZON_BEFORE = re.compile(r"\btam nhin\s+(?:(?:den|toi)\s+)?$")
# "Đại hội … lần thứ mấy?": its number is written as an ordinal, in Roman figures as often as not ("lần thứ XX").
_NTH_ASKED = re.compile(r"\blan thu (?:may|bao nhieu)\b")
_NTH = re.compile(rf"\blần thứ\s+(?:[IVXLC]+\b|\d+\b|{alternation(ORDINAL_WORDS)}\b)", re.IGNORECASE)
# How often, in words: "định kỳ tiếp dân hàng tháng", "mỗi quý một lần" answer "bao lâu một lần" with no figure.
_FREQUENCY = re.compile(r"\b(?:hằng|hàng|mỗi)\s+(?:ngày|tuần|tháng|quý|năm|kỳ|kì)\b", re.IGNORECASE)
# A stretch of time, what "bao lâu" asks: a figure of days, months, years, hours ("15 ngày", "03 tháng", "ba năm").
_COUNT_WORD = rf"(?:{'|'.join(NUMBER_WORDS)})"
_DURATION = re.compile(rf"(?<![\w.,])(?:\d+(?:[.,]\d+)?|{_COUNT_WORD}(?:\s+{_COUNT_WORD})*)\s+"
                       r"(?:ngày|tháng|năm|giờ|tuần|phút|quý)(?!\w)", re.IGNORECASE)
# The time since something ("sau hơn 1 năm thực hiện …"): how long ago, not what is counted.
_ELAPSED = re.compile(rf"\b(?:sau|qua)\s+(?:(?:hơn|gần|khoảng|chưa đầy)\s+)?{_DURATION.pattern}", re.IGNORECASE)


# When a meeting was held (folded): "khai mạc ngày nào", "bế mạc vào ngày …", "diễn ra khi nào".
HELD_WHEN = re.compile(r"\b(?:khai mac|be mac|dien ra|nhom hop|hop)\s+(?:vao\s+)?"
                       r"(?:ngay|thang|nam|khi|luc|hom|bao gio)\b")


def asks_event(info: QuestionInfo) -> bool:
    """Whether a value question is about an event, not a document: it names none, names one only as what the
    event was about ("Đoàn giám sát làm việc với huyện về việc thực hiện KL 21 vào ngày nào?"), or asks when a
    meeting was held ("Hội nghị Trung ương 4 – nơi ban hành Kết luận 21 – khai mạc ngày nào?")."""
    if info.laws:  # a statute question asks what the law says, dates included
        return False
    if HELD_WHEN.search(fold(info.text).lower()):
        return True
    if not info.ref_groups:
        # "Văn bản của Bộ Chính trị về … mang số hiệu và ngày ban hành nào?": a document described, not named.
        return not _DOCUMENT_DATE.search(fold(info.text).lower())
    folded = fold(info.text).lower()
    first = min((folded.find(fold(t).lower()) for t in info.ref_texts), key=lambda i: (i < 0, i))
    # Named after the question, as context ("… ngày nào? (KL 21, Hưng Nguyên)", also without its mark).
    if 0 <= folded.find("?") < first or folded[:first].count("(") > folded[:first].count(")"):
        return True
    return first > 0 and bool(_EVENT_TOPIC.search(folded[:first]))


# A document's own date asked for: "ngày ban hành", "ban hành ngày nào", "ký ngày nào", with "số hiệu".
# Or a document described, its date asked right after its type: "… ban hành kèm theo quyết định ngày nào?".
_DOC_NOUNS = alternation([*TYPE_WORDS, "van ban"])  # the types of document, folded, and "văn bản"
# ("… được ban hành theo quyết định số mấy và vào ngày nào?": its number asked first, then its date)
_DOCUMENT_DATE = re.compile(r"\bngay ban hanh\b|\b(?:ban hanh|ky) (?:vao )?ngay (?:nao|bao nhieu|may)\b"
                            r"|\b(?:ban hanh|ky)(?: \w+){1,8}? va (?:vao )?ngay (?:nao|bao nhieu|may)\b"
                            rf"|\b(?:{_DOC_NOUNS}) (?:vao )?ngay (?:nao|bao nhieu|may)\b")
# What an event does with a document it is about: "về việc thực hiện", "quán triệt", "giám sát việc triển khai".
_EVENT_TOPIC = re.compile(r"\b(?:thuc hien|quan triet|trien khai|hoc tap|ve viec|giam sat|so ket|tong ket|ve)"
                          r"(?:\s+(?:thuc hien|trien khai|viec))*\s*$")
# An event named right before the document it is about ("dự hội nghị quán triệt Kết luận 21", folded): the document
# tells which event, and those at it need not be named with it.
_EVENT_NOUN = re.compile(r"\b(?:hoi nghi|buoi lam viec|cuoc hop|doan giam sat|doan kiem tra)\b")
_EVENT_BEFORE = re.compile(_EVENT_NOUN.pattern + r"(?:\s+\w+){0,3}?\s*(?:hoc tap,?\s+)?" + _EVENT_TOPIC.pattern)


# An earlier turn's subjects carried after a follow-up ("ai quán triệt … ở hội nghị đó (KL21, Quảng Ninh)").
_CONTEXT_AFTER = re.compile(r"\(([^()]*)\)\s*$")


def documents_name_an_event(info: QuestionInfo) -> bool:
    """Whether every document the question names is named as what an event it asks about is on ("Ai dự hội nghị
    quán triệt Kết luận 21?", "… ở hội nghị đó (KL21, Quảng Ninh)": the earlier turn's event), not as what the
    person asked did ("Ai quán triệt Kết luận 14?")."""
    context = _CONTEXT_AFTER.search(info.text)
    asked = fold(info.text[:context.start()] if context else info.text).lower()

    def names_event(start: int) -> bool:
        if context and start >= context.start():
            return bool(_EVENT_NOUN.search(asked))
        return bool(_EVENT_BEFORE.search(fold(info.text[:start]).lower()))

    return bool(info.ref_texts) and all(names_event(start) for ref in info.ref_texts
                                        if (start := info.text.find(ref)) >= 0)


# A date written with the document it dates ("Kết luận số 21-KL/TW, ngày 15/10/2021"): not an event's date.
_REF_DATE_GAP = re.compile(r"[\s,(]*(?:ban hành\s+)?(?:ngày\s*)?$", re.IGNORECASE)


def _dates(text: str) -> list[re.Match[str]]:
    """Every date of ``text`` (with its year or day and month alone), in order."""
    return sorted((m for pattern in (DATE, DAY_MONTH) for m in pattern.finditer(text)), key=lambda m: m.start())


# What follows a date that opens a document's issuance ("Ngày 25/10/2021, Ban Chấp hành Trung ương … ban hành
# Kết luận …"), up to the document's name: no other date, no clause's end.
_ISSUED_AFTER = re.compile(r"[^;.\d]{0,120}?\bban hành\s+$", re.IGNORECASE)


def _event_dates(sentence: str) -> list[re.Match[str]]:
    """The dates of ``sentence`` that do not date a document named right before them, or whose issuance they open."""
    refs = find_refs(sentence)
    found = _dates(sentence)
    return [m for m in found if not any(r.end <= m.start() and _REF_DATE_GAP.fullmatch(sentence[r.end:m.start()])
                                        for r in refs)
            and not any(r.start >= m.end() and _ISSUED_AFTER.fullmatch(sentence[m.end():r.start]) for r in refs)]


# A time of day said of an event (folded): "buổi chiều", "sáng ngày 15/1", "chiều 30/9".
_TIME_OF_DAY = re.compile(r"\b(?:buoi\s+(?:sang|chieu|toi|trua)"
                          r"|(?:sang|chieu|toi|trua)\s+(?:ngay\s+)?\d{1,2}/\d{1,2})\b")


def states_when(text: str) -> bool:
    """Whether ``text`` says when an event happened: a date not dating a document named before it, or a time of
    day ("… tổ chức vào buổi chiều", "Sáng ngày 15/1, …")."""
    return bool(_event_dates(text) or _TIME_OF_DAY.search(fold(text).lower()))


# A year naming a time ("năm 2021", "giai đoạn 2021 - 2025"), not a count.
_YEAR_BEFORE = re.compile(r"(?:năm|giai đoạn|nhiệm kỳ|đến|[-–])\s*$", re.IGNORECASE)
_YEAR_AFTER = re.compile(r"\s*[-–]\s*(?:19|20)\d{2}\b")


_FRACTION = re.compile(r"(?<![\w/.,])\d{1,5}/\d{1,5}(?![\w/])")


_PERCENT_ASKED = re.compile(r"\bphan tram\b|%|\bt[iy] le\b")
_PERCENTAGE = re.compile(r"(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(?:%|phần trăm|phan tram)", re.IGNORECASE)
# What asks an amount of money (folded), and one written: "12,5 tỷ đồng", "300 triệu", "2.000.000 đồng", "1 triệu USD".
_MONEY_ASKED = re.compile(rf"\b(?:{MONEY_NOUNS}|tong von|bao nhieu tien)\b")
_CURRENCY = r"(?:đồng|USD|VNĐ|VND)"
_MONEY = re.compile(rf"(?<![\d.,])(\d+(?:[.,]\d+)*)\s*(?:(?:nghìn|ngàn|triệu|tỷ|tỉ)\s*{_CURRENCY}?|{_CURRENCY})(?!\w)",
                    re.IGNORECASE)


def _given(masked: str, figure: str, end: int, given: frozenset[tuple[str, str]]) -> bool:
    """Whether ``figure`` (ending at ``end`` in ``masked``), with the word after it, is one the question states."""
    return (_figure_key(figure), _next_word(masked, end)) in given


def _figure(masked: str, given: frozenset[tuple[str, str]]) -> re.Match[str] | None:
    """The first figure of ``masked`` that the question does not state itself and that is not a year; a part of
    a whole ("19/28 đề án") counts (dates are masked before)."""
    found = sorted([*NUMBER.finditer(masked), *_FRACTION.finditer(masked)], key=lambda m: m.start())
    for m in found:
        if _given(masked, m.group(0), m.end(), given):
            continue
        if YEAR.fullmatch(m.group(0)) and (_YEAR_BEFORE.search(masked[:m.start()])
                                           or _YEAR_AFTER.match(masked, m.end())):
            continue
        return m
    return SPELLED_QUANTITY.search(masked)


# Titles, folded ("Phó Bí thư", "Ủy viên Trung ương Đảng"), and how one is written beside a name: "X, Ủy viên …",
# "X - Bí thư …", "X (Chủ tịch …)", "X là Trưởng ban …" after it; "Bí thư Tỉnh ủy (đồng chí) X" before it.
_TITLE = TITLE_FOLDED
_TITLE_AFTER = re.compile(rf"\s*(?:,|-|–|\(|la|hien la)?\s*{_TITLE}\b")
_TITLE_BEFORE = re.compile(rf"\b{_TITLE}\b[\w\s]{{0,40}}$")


def _titled_name(sentence: str, people: tuple[str, ...]) -> tuple[int, int] | None:
    """Where ``sentence`` names one of ``people`` with a title beside them (the name and the title)."""
    folded = fold(sentence)
    for name in people:
        for m in re.finditer(re.escape(fold(name)), folded):
            if after := _TITLE_AFTER.match(folded, m.end()):
                return m.start(), after.end()
            if before := _TITLE_BEFORE.search(folded, max(0, m.start() - 60), m.start()):
                return before.start(), m.end()
    return None


# A number joined to a word by a hyphen is part of a name ("Covid-19", "SARS-CoV-2"), not a figure.
_NAMED_NUMBER = re.compile(r"(?<=[^\W\d_])-\d+\b")


# Several people told by their office, not by name: "các đồng chí Thường trực Huyện ủy, HĐND, lãnh đạo UBND huyện".
OFFICE_HOLDERS = re.compile(r"\b(?:các|những)\s+đồng\s+chí\s+((?-i:[A-ZĐ])[^;.:]*)", re.IGNORECASE)
_VENUE = re.compile(r"\bdiem cau\s+((?:tinh|huyen|thi xa|thanh pho)\s+)?(\w+(?:\s+\w+)?)")


def venue_asked(info: QuestionInfo) -> str:
    """The venue a question asks of ("… ai dự ở điểm cầu Nghệ An?": "nghe an", folded), named with capitals; ""
    when it names none."""
    m = _VENUE.search(fold(info.text).lower())
    return m.group(2) if m and any(w[:1].isupper() for w in info.text[m.start(2):m.end(2)].split()) else ""


def office_venue(info: QuestionInfo) -> str:
    """The venue a "who" question asks of, where those there may be told by their office (``told_by_office``); ""
    for another kind of question or none named."""
    return venue_asked(info) if info.kind == "person" else ""


def told_by_office(unit: str, venue: str) -> bool:
    """Whether ``unit`` tells who was at ``venue`` (``office_venue``) by their office ("Dự tại điểm cầu huyện Đầm Hà
    có các đồng chí Thường trực Huyện ủy, HĐND …"), not by name."""
    return bool(venue) and bool(OFFICE_HOLDERS.search(unit)) and venue in fold(unit).lower()


def value_span(kind: str, sentence: str, asked: Asked = Asked()) -> tuple[int, int] | None:
    """Where ``sentence`` states the kind of value a question of ``kind`` asks for ((0, 0) for other kinds, None
    when it states none)."""
    if kind == "date":  # the first date the sentence gives: the event's, before any document's date
        if asked.event:
            dates = _event_dates(sentence)
            m = dates[0] if dates else None
        else:
            found = [m for m in (DATE.search(sentence), DAY_MONTH.search(sentence)) if m]
            m = min(found, key=lambda x: x.start()) if found else None
        if m is None and asked.years is not None:
            m = next((y for y in _A_YEAR.finditer(sentence) if y.group(1) not in asked.years
                      and (asked.horizon or not _HORIZON_BEFORE.search(fold(sentence[max(0, y.start() - 20):y.start()])
                                                                       .lower()))), None)
    elif kind == "number":
        masked = DATE.sub(lambda d: "x" * len(d.group(0)), sentence)
        masked = DAY_MONTH.sub(lambda d: "x" * len(d.group(0)), masked)
        # A clause's or point's own number ("1. Thời hiệu …") states no figure.
        masked = re.sub(r"(?m)^\s*(?:\d{1,3}[.)]|[a-zđ]\))\s", lambda d: "x" * len(d.group(0)), masked)
        for r in find_refs(sentence):
            masked = masked[:r.start] + "x" * (r.end - r.start) + masked[r.end:]
        masked = _NAMED_NUMBER.sub(lambda d: "x" * len(d.group(0)), masked)
        if not (asked.how_long or asked.time_counted):
            # "sau hơn 1 năm thực hiện …": the time since something is no count of what is asked ("số đảng
            # viên …"); a stretch of time stated as the value ("Thời hiệu … là 24 tháng") still is one.
            masked = _ELAPSED.sub(lambda d: "x" * len(d.group(0)), masked)
        if asked.percent or asked.money:
            m = next((p for p in (_PERCENTAGE if asked.percent else _MONEY).finditer(masked)
                      if not _given(masked, p.group(1), p.end(1), asked.figures)), None)
        else:
            # "bao lâu": a figure of something else ("01 bộ hồ sơ") is no stretch of time.
            m = (_DURATION.search(masked) or _FREQUENCY.search(masked)) if asked.how_long \
                else _figure(masked, asked.figures) or (_NTH.search(masked) if asked.nth else None)
    elif kind == "person":
        if asked.title:
            return _holder(sentence, asked.title)
        # A person the question names is not who it asks for: a figure it states is no answer either.
        return next((span for span in find_people(sentence)
                     if not any(fold(sentence[span[0]:span[1]]) in p or p in fold(sentence[span[0]:span[1]])
                                for p in asked.named)), None)
    elif kind == "title":
        return _titled_name(sentence, asked.people)
    elif kind == "term":  # "nhiệm kỳ nào", "khóa mấy": a term by its years or its number
        m = _TERM.search(sentence)
    else:
        return (0, 0)
    return m.span() if m else None


# A term of office or of a Party committee: "nhiệm kỳ 2025 - 2030", "khóa XIII", "khoá 13".
_TERM = re.compile(r"\b(?:[Nn]hiệm kỳ|[Kk]hóa|[Kk]hoá)\s+(?:\d{4}\s*[-–]\s*\d{4}|[IVXLC]+\b|\d{1,2}\b)")


def has_value(kind: str, unit: str, asked: Asked = Asked()) -> bool:
    """Whether ``unit`` states the kind of value a question of ``kind`` asks for (a date — of an event when the
    question names no document —, a figure the question does not give itself, a name, the asked person's
    title)."""
    return value_span(kind, unit, asked) is not None


# "Bí thư Huyện ủy Hưng Nguyên là ai?", "Ai là Trưởng ban Tổ chức Trung ương …?": a title and the two words of the
# body after it. The person an answer names must hold that title where the answer names them.
# What asks the holder's name: "là ai" ("là ai người", as a learner says it), "tên (đầy đủ) là gì", "là đồng chí nào";
# a short place phrase may come first ("Ở Quảng Ninh, Phó Bí thư … là ai?").
_WHO = (r"(?:la (?:ai(?: nguoi)?|nguoi nao|(?:ong|ba|dong chi|anh|chi|bac|chu|co|vi) nao)"
        r"|ten (?:(?:ong|ba|dong chi) )?(?:day du )?(?:la )?(?:gi|chi)"  # "tên chi": the Centre's "gì"
        r"|ho (?:va )?ten (?:day du )?(?:la )?gi)")
# "Ở X, đồng chí Bí thư …", "Còn Phó Bí thư …" (a follow-up).
# ("vị Chủ tịch …": "vị" is a courteous "the"; "ông người Bí thư …": a learner's classifier after it)
_PLACE_FIRST = (r"(?:(?:vay|the|thi)\s+)?(?:con\s+)?(?:(?:o|tai)\s+[\w\s]{1,30},\s*)?"
                # a time said first: "Hồi đó Bí thư Tỉnh ủy … là ai?", "Hiện nay, …"
                r"(?:(?:(?:hoi|luc|khi|thoi diem)\s+(?:do|ay)|hien nay|hien tai|bay gio)\s*,?\s+)?"
                r"(?:(?:dong chi|ong|ba|vi)\s+(?:nguoi\s+)?)?")
# The title: its head, two more words ("Bí thư Tỉnh ủy", "Trưởng ban Tổ chức"), and the committee they belong to
# when it goes on ("Trưởng ban Tổ chức Tỉnh ủy" is not "Trưởng ban Tổ chức Trung ương"), up to the place.
_BODY = (r"(?:\s+(?:tinh uy|huyen uy|thanh uy|thi uy|dang uy|trung uong|thuong truc|thuong vu|hdnd|ubnd|mttq|"
         r"hoi dong nhan dan|uy ban nhan dan|nhan dan|tinh|huyen))*")
# (Not a word that asks or checks: "Tên trưởng đoàn đúng chưa?" asks of "trưởng đoàn"; nor one joining another
# title: "kể tên Bí thư và các Phó Bí thư" asks of "Bí thư", and so does "bí thư phó bí thư".)
_NOT_TITLE_WORD = r"(?!(?:dung|chua|khong|co|la|nao|gi|ai|ay|do|nay|da|duoc|hien|vay|the|va|voi|hoac|cac|nhung|pho)\b)"
_ASKED_TITLE = rf"({_TITLE}(?:\s+{_NOT_TITLE_WORD}\w+){{0,2}}{_BODY})"
# Context a follow-up took from earlier turns may stand after the question ("… là ai? (Kết luận 21, Quảng Ninh)").
# Context may come first, the title opening the last clause ("Hội nghị giao ban …, ở điểm cầu Nghệ An thì trưởng ban
# tổ chức tỉnh ủy dự là ai").
# A second question may be joined to it ("… là ai và đã báo cáo những gì?", "… là ai, có phát biểu gì không?"): the
# person must still hold the title.
# So may who is meant, said again after a comma ("… tên gì vậy, cái ông tiếp đoàn giám sát hôm đó?").
# So may a clause about them ("… là ai, ông ấy báo cáo gì với đoàn giám sát?").
# So may a request about the answer ("… hiện là ai, cho mình xin tên để gửi giấy mời").
_JOINED = (r"(?:\s*,?\s+(?:va|co|roi|dong thoi)\b[^?]*|\s*,\s*(?:cho|xin|nho|giup)\b[^?]*"
           r"|(?:\s+(?:vay|the|nhi))?\s*,\s*(?:cai|nguoi|vi)\s+(?:ong|ba|dong chi)?\b[^?]*"
           r"|(?:\s+(?:vay|the|nhi))?\s*,\s*(?:ong|ba|dong chi|nguoi) (?:ay|do|nay)\b[^?]*)?")
_NOW = r"(?:(?:hien nay|hien|dang|bay gio|luc do|khi do)\s+)?"
# A headline's subject before a colon ("Hưng Nguyên: Bí thư Huyện ủy là ai?")
_HEADED = r"(?:[^:?,]{1,40}(?::|\s[-–]\s)\s*)?"  # or after a dash: "Hưng Nguyên giám sát KL21 - phó đoàn là ai?"
# (A question may end in "?", "??", "..." or no mark at all.)
# ("Xin hỏi đồng chí phó trưởng đoàn … là ai?": after the request to be told)
# ("Dạ, Chủ tịch … là ai?": a polite "yes" said first)
# ("Đề nghị cho biết đồng chí Bí thư … là đồng chí nào?": the request to be told, as an official writes it)
# ("Cháu cho bác hỏi …": whoever asks whom; the one asked may be named first)
_ASKING_OPENS = (r"(?:da\s*,?\s+(?=\w))?(?:(?:xin|kinh|(?:\w+\s+)?cho\s+"
                 r"(?:toi|tui|em|minh|chau|bac|chu|co|anh|chi|con))\s+hoi\s*,?\s*"
                 r"|(?:(?:de nghi|xin|vui long|kinh de nghi)\s+)?cho\s+biet\s*,?\s*)?")
# The holder said with a relative clause: "người (mà) (đang) làm / giữ (chức / vị trí) …".
# ("giữ cương vị", "giữ chức vụ", "giữ chức danh", "giữ vị trí": the same post, in other words)
_HOLDS = r"giu(?:\s+(?:chuc(?:\s+(?:vu|danh))?|vi tri|cuong vi))?"
_HOLDER_CLAUSE = rf"nguoi\s+(?:ma\s+)?{_NOW}(?:lam|{_HOLDS})\s+"
_TITLE_QUESTION = (re.compile(rf"^\s*{_ASKING_OPENS}{_HEADED}{_PLACE_FIRST}{_ASKED_TITLE}\b.*\b{_WHO}{_JOINED}"
                              r"[\s?.!…,]*(?:\([^)]*\)\s*)?$"),
                   # "Ai (hiện) là …": a word of time may stand before the verb; what the question tells first
                   # ("Tại điểm cầu Nghệ An, ai là …") ends at a comma.
                   # ("Ai là người mà đang làm Bí thư …": the holder said with a relative clause)
                   # ("Kính hỏi ai là …", "Cho tôi hỏi ai là …": after the request to be told)
                   # ("… có biết ai đang là …", "… muốn biết xem ai là …"; "Ai là người mà giữ vị trí của …")
                   # ("Ở Hưng Nguyên, ai làm phó trưởng đoàn giám sát?": who serves as it)
                   # ("Đồng chí nào là phó trưởng đoàn …?": the holder asked as a comrade)
                   # ("…, hỏi: Hiện nay ai đang là …": after a colon, a time first; "Có ai là … không?")
                   re.compile(r"(?:^|[,:]|\bthi|\bhoi|\bbiet|\bxem|\bco)\s*"
                              r"(?:(?:hien nay|hien tai|bay gio|luc do|khi do)\s*,?\s*)?"
                              r"(?:ai|nguoi nao|(?:dong chi|ong|ba|vi) nao)\s+"
                              rf"{_NOW}(?:la|lam|{_HOLDS})\s+"
                              rf"(?:{_HOLDER_CLAUSE}(?:cua\s+)?)?{_ASKED_TITLE}\b"),
                   # "(Chức vụ) Bí thư Huyện ủy … do đồng chí nào đảm nhiệm?": the holder as who fills the post
                   re.compile(rf"^\s*{_ASKING_OPENS}{_HEADED}(?:chuc (?:vu|danh)\s+)?{_PLACE_FIRST}{_ASKED_TITLE}\b"
                              r"[^,;:.?]*\bdo\s+(?:ai|nguoi nao|(?:dong chi|ong|ba|vi)\s+nao)\s+"
                              r"(?:dam nhiem|dam nhan|nam giu|giu|dam trach)\b"),
                   # "Là ai, (người đang làm) Chủ tịch UBND tỉnh … hiện nay?": the ask put first
                   re.compile(rf"^\s*la ai\s*,\s*(?:{_HOLDER_CLAUSE})?{_ASKED_TITLE}\b"),
                   # (after a comma, the request to be told may come first: "…, cho tôi hỏi hiện nay đồng chí …")
                   # (or with none, when it is said: "bài về … có nhắc … cho tôi hỏi bí thư … là đồng chí nào")
                   re.compile(rf"(?:,|\bthi|(?=\b(?:xin|cho\s+\w+)\s+hoi\b))\s*{_ASKING_OPENS}{_PLACE_FIRST}"
                              rf"{_ASKED_TITLE}\b[^,;:.]*\b{_WHO}{_JOINED}"
                              r"[\s?.!…]*$"),
                   # "Phó trưởng ban Tổ chức Tỉnh ủy Nghệ An nào có mặt …?": which holder of the title.
                   re.compile(rf"^\s*{_PLACE_FIRST}{_ASKED_TITLE}(?:\s+(?!nao\b)\w+){{0,3}}\s+nao\b"),
                   # "… có đồng chí Trưởng ban Tổ chức Tỉnh ủy nào dự?": the same, said of a comrade.
                   re.compile(rf"\b(?:dong chi|ong|ba)\s+{_ASKED_TITLE}(?:\s+(?!nao\b)\w+){{0,3}}\s+nao\b"),
                   # "Cho biết họ tên đồng chí Bí thư Huyện ủy … đã báo cáo …": the name of the title's holder.
                   re.compile(rf"\b(?:ho (?:va )?ten|ten)\s+(?:day du\s+)?(?:cua\s+)?(?:(?:dong chi|ong|ba|vi)\s+)?"
                              rf"{_ASKED_TITLE}\b"),
                   # "Bí thư Huyện ủy Hưng Nguyên ai vậy, …?": said without "là", a particle or a comma after "ai".
                   re.compile(rf"^\s*{_HEADED}{_PLACE_FIRST}{_ASKED_TITLE}\b(?:\s+(?!ai\b)\w+){{0,3}}\s+{_NOW}ai"
                              r"(?:\s+(?:vay|the|nhi|a|day)\b|\s*,)"))
# The bodies of several words a title may name (folded, written in full).
_BODY_PHRASE = re.compile(r"\b(?:hoi dong nhan dan|uy ban nhan dan|mat tran to quoc|dai bieu quoc hoi|uy ban kiem tra"
                          r"|ban thuong vu|tinh uy|huyen uy|thanh uy|dang uy)\b")
_TITLE_WINDOW = 100  # characters either side of the name: "đồng chí X, Ủy viên …, Bí thư Tỉnh ủy"


# A search box's query that is a title alone ("phó chủ tịch thường trực UBND tỉnh Quảng Ninh"): its holder, when
# no word asks anything else.
# (or named last, after where it is held: "Cao Bằng Phó Bí thư Thường trực Tỉnh ủy", "… Hưng Nguyên trưởng đoàn")
_TITLE_KEYWORDS = re.compile(rf"^\s*{_ASKED_TITLE}\b[^?]*$|(?<!\w){_ASKED_TITLE}\W*$")


def _without_courtesy(text: str) -> str:
    """``text`` without its greeting, thanks and requests to be told (``courtesy_spans``)."""
    for start, end in reversed(courtesy_spans(text)):
        text = text[:start] + " " + text[end:]
    return text


def _asked_title(info: QuestionInfo, keywords: bool = True) -> list[str]:
    """The title a "who is" question asks the holder of, as folded syllables (none when it asks no title); with
    ``keywords``, also a search box's title alone."""
    folded = spelled_out_folded(info.text)
    # Told in several sentences, the last one asks ("Tôi thấy … . Vậy đồng chí Chủ tịch UBND tỉnh … là ai?"), or the
    # one with the question mark, when the context follows it ("Bí thư Huyện ủy … là ai? Hôm đoàn giám sát về …").
    sentences = split_sentences(info.text)
    asking = [s for s in sentences[:-1] if s.rstrip().endswith("?")] + sentences[-1:] if len(sentences) > 1 else []
    # Each without the particles it ends with ("… tên là gì ạ? Cho tôi hỏi với ạ."), as the question's end is.
    # Without what it says to the reader first ("Kính gửi quý cơ quan, cho tôi hỏi phó trưởng đoàn … là ai?").
    plain = _without_courtesy(info.text)
    texts = [folded, *(spelled_out_folded(without_final_particles(s)) for s in [*asking, info.text])]
    if plain != info.text:
        texts.append(spelled_out_folded(plain))
    # A clause before a comma asking it, another asked after ("… tên là gì vậy, có báo cáo gì tại buổi giám sát
    # không?"): the holder is asked all the same.
    texts += [spelled_out_folded(without_final_particles(info.text[:m.start()])) for m in re.finditer(",", info.text)]
    for text in dict.fromkeys(texts):
        for pattern in _TITLE_QUESTION:
            if m := pattern.search(text):
                return m.group(1).split()
    if keywords and not ASKING_WORD.search(folded) and (m := _TITLE_KEYWORDS.search(folded)):
        return (m.group(1) or m.group(2)).split()
    return []


def _holder(sentence: str, title: tuple[str, ...]) -> tuple[int, int] | None:
    """The first person ``sentence`` names with ``title`` among their own titles: those written
    after the name up to the next person ("Nguyễn Xuân Ký, Ủy viên …, Bí thư Tỉnh ủy; Ngô Hoàng Ngân, Phó Bí
    thư …"), or right before it with no comma between ("Trưởng ban Tổ chức Trung ương Đảng Trương Thị Mai")."""
    people = list(find_people(sentence))
    for i, (start, end) in enumerate(people):
        stop = people[i + 1][0] if i + 1 < len(people) else len(sentence)
        after = sentence[end:min(stop, end + _TITLE_WINDOW)].split(";")[0]
        before = re.split(r"[,;:]", sentence[max(people[i - 1][1] if i else 0, start - _TITLE_WINDOW):start])[-1]
        if _holds(f"{before} {after}", title):
            return start, end
    return None


def _holds(titles: str, title: tuple[str, ...]) -> bool:
    """Whether ``titles`` (a person's own) write ``title``: its title words as a phrase, not as a deputy's ("Phó
    Chủ tịch" does not hold "Chủ tịch"), and the body's words anywhere ("Đoàn giám sát … do X làm trưởng đoàn")."""
    words = " ".join(re.findall(r"\w+", spelled_out_folded(titles)))  # "ĐBQH": "dai bieu quoc hoi"
    phrase = " ".join(title)
    core = re.match(_TITLE, phrase)  # "chu tich" of "chu tich ubnd tinh": the rest may stand apart
    head, rest = (core.group(0), phrase[core.end():].split()) if core else (phrase, [])
    deputy = "" if title[0] == "pho" else r"(?<!pho )"
    # A body of several words is named as such ("hội đồng nhân dân"), not by its words scattered ("xã hội", "đồng
    # chí"); other words anywhere.
    bodies = _BODY_PHRASE.findall(" ".join(rest))
    return bool(re.search(rf"{deputy}\b{re.escape(head)}\b", words)) and set(rest) <= set(words.split()) \
        and all(re.search(rf"\b{body}\b", words) for body in bodies)


def places_missing(question: str, text: str) -> list[str]:
    """The places ``question`` names by their unit ("tỉnh Cao Bằng", "Tinh uy Cao Bang") or as a two-word name
    standing alone ("Giám đốc Sở Nội vụ Nghệ An") that ``text`` does not."""
    folded = fold(text)
    labels = site_labels(text)  # "Baonghean.vn": Nghệ An's paper
    named = [name for _, name in find_places(question)] + bare_names(question, at_start=True)
    return [name for name in dict.fromkeys(named) if fold(name) not in folded
            and not any(fold(name).lower().replace(" ", "") in label for label in labels)]


# "… là chương trình số mấy?", "mang số hiệu bao nhiêu?": the number of a document (with a document type named);
# not "trên tổng số bao nhiêu", "số lượng", a count.
_ASKS_DOC_NUMBER = re.compile(r"\b(?:so hieu|(?<!\btong )so (?:may|bao nhieu))\b")
_TYPE_WORD = re.compile(rf"\b(?:{alternation(TYPE_WORDS)})\b")


def asks_document_number(info: QuestionInfo) -> bool:
    """Whether the question asks for a document's number ("Kế hoạch … là kế hoạch số mấy?", "tổng kết NQ số
    mấy?") or for documents ("… triển khai những văn bản nào?", "Tỉnh có những đề án nào về …?")."""
    folded = fold(info.text).lower()
    typed = bool(_TYPE_WORD.search(folded) or _type_codes(info.text))
    # "… Kết luận 21 … do một đồng chí … làm trưởng đoàn; người đó tên là gì?": a person's name, not a document's.
    return bool(_ASKS_DOC_NUMBER.search(folded) and typed) or (bool(_ASKS_DOCUMENTS.search(folded))
                                                                and name_asked(folded) != "person")


# A type written as its code, in capitals ("NQ số mấy", "KH nào"): lower-case "da", "ct" are words ("đã").
_CODE_WORD = re.compile(r"(?<![\w/-])([A-ZĐ][A-Za-zĐđ]{1,2})(?![\w/-])")


def _type_codes(text: str) -> set[str]:
    """The document types ``text`` names by their codes, in capitals ("NQ": "nq")."""
    return {CODES[fold(m.group(1))] for m in _CODE_WORD.finditer(text)
            if fold(m.group(1)) in CODES and m.group(1)[:2].isupper()}


# "những văn bản nào", "các đề án gì", "những kế hoạch, quy định nào", "kế hoạch nào" (folded): documents of a
# type, or of several, or of any ("văn bản"). Not "quy định nào" or "hướng dẫn gì", also verbs ("Luật quy định
# gì"), unless plural ("những quy định nào").
_ASKS_DOCUMENTS = re.compile(rf"\b(?:nhung|cac)\s+(?:{_DOC_NOUNS})(?:\s*(?:,|va|hoac)\s*(?:{_DOC_NOUNS}))*"
                             rf"\s+(?:\w+\s+){{0,2}}?(?:nao|gi)\b"
                             rf"|\b(?!quy dinh|huong dan|thong bao)(?:{_DOC_NOUNS})\s+nao\b"
                             # "quy định nào của Ban Thường vụ …": a body's, it is a document, no verb
                             r"|\b(?:quy dinh|huong dan|thong bao)\s+nao\s+(?:cua|do)\b"
                             # "Đề án đó có tên là gì?", "de an ma … ten la gi": its name
                             rf"|\b(?!quy dinh|huong dan|thong bao)(?:{_DOC_NOUNS})\b[^?.]*\bten\s+(?:la\s+)?gi\b")


def numberless(info: QuestionInfo, answer: Answer) -> str:
    """Why an answer to "… số mấy?" of a document gives no number of a document of the type asked, besides those
    the question names ("" when it does): "Chương trình hành động của Tỉnh ủy" beside "Kết luận số 21-KL/TW" is
    no answer to "… là chương trình số mấy?", nor is a province's plan ("Kế hoạch số 77-KH/TU") to "Huyện ủy …
    ban hành kế hoạch số mấy?"."""
    if any(c.locator for c in answer.citations) or not asks_document_number(info):
        return ""  # a statute's clause answers "theo quy định nào" without a number
    text = MARKER.sub(" ", answer.answer)
    level = issuer_level_asked(info.text)
    if any(not level or code_level(ref.full_key) in ("", level) for ref in _numbered_documents(info, text)) or (
            _titled_document(info, text)):
        return ""
    return "Các đoạn văn tìm được không nêu số hiệu của văn bản này."


# The level of a Party committee (folded, shorthand spelled out): a district's, a province's, the centre's, as
# ``code_level`` names them.
_LEVELS = {"huyen": r"huyen uy|dang bo huyen", "tinh": r"tinh uy|dang bo tinh",
           "tw": r"bo chinh tri|ban bi thu|ban chap hanh trung uong|trung uong dang"}
_LEVEL = re.compile("|".join(f"(?P<{k}>{v})" for k, v in _LEVELS.items()))
# A committee named as issuing the document asked: "Huyện ủy Hưng Nguyên (đã) ban hành kế hoạch …" (or "ra",
# "phát hành", "ký", "xây dựng" it).
_COMMITTEE_DOES = rf"\b(?:{_LEVEL.pattern})(?:\s+\w+){{0,3}}?\s+(?:da\s+)?"  # "Huyện ủy Hưng Nguyên (đã) …"
_ISSUER_ASKED = re.compile(rf"{_COMMITTEE_DOES}(?:ban hanh|phat hanh|ra|ky|xay dung)\s+"
                           rf"(?:(?:mot|cac|nhung)\s+)?(?:{alternation(TYPE_WORDS)})\b")
# …or as concretising another by it: "Tỉnh ủy Cao Bằng cụ thể hóa Kết luận 21 bằng văn bản nào".
_ISSUED_BY_ASKED = re.compile(rf"{_COMMITTEE_DOES}(?:cu the hoa|trien khai|thuc hien)\b[^?]{{0,80}}?\bbang\s+"
                              rf"(?:(?:mot|cac|nhung)\s+)?(?:van ban|{alternation(TYPE_WORDS)})\b")


def issuer_level_asked(text: str) -> str:
    """The level ("huyen", "tinh", "tw") of the committee the question says issued the document it asks about,
    or ""."""
    folded = spelled_out_folded(text).lower()
    m = _ISSUER_ASKED.search(folded) or _ISSUED_BY_ASKED.search(folded)
    return next((k for k in _LEVELS if m.group(k)), "") if m else ""


def _types_named(info: QuestionInfo) -> tuple[set[str], bool]:
    """The document types the question names beside the documents it names by number (their codes: "kh" of "kế
    hoạch số mấy"), and whether it names documents of any type ("những văn bản nào")."""
    unnamed = info.text
    for named in info.ref_texts:  # "… thực hiện Kết luận 21": that type word names the document asked about
        unnamed = unnamed.replace(named, " ")
    rest = fold(unnamed).lower()
    return {TYPE_WORDS[m.group(0)] for m in _TYPE_WORD.finditer(rest)} | _type_codes(unnamed), "van ban" in rest


# ("ban hành quy định về …": "quy định" may be the verb, what the document lays down)
_ISSUES_TYPE = re.compile(rf"\b(?:ban hanh|xay dung|de ra)\s+(?:(?:mot|cac|nhung)\s+)?"
                          rf"({alternation({w: c for w, c in TYPE_WORDS.items() if w != 'quy dinh'})})\b")


def asks_other_documents(info: QuestionInfo, type_code: str) -> bool:
    """Whether the question asks for documents of a type other than ``type_code`` ("(KL 21 …) … thực hiện kế
    hoạch nào?" beside a named conclusion), or for the number of one ("chương trình hành động … thực hiện KL21 là
    chương trình số mấy"); "Kết luận 21 quy định gì?" asks none ("quy định" is also a verb)."""
    types, anything = _types_named(info)
    folded = fold(info.text).lower()
    if _ASKS_DOC_NUMBER.search(folded) and types - {type_code}:
        return True
    # "Tỉnh ủy … cụ thể hóa Kết luận 21 bằng văn bản nào, … ban hành ngày nào?": the document it was carried out by.
    if _ISSUED_BY_ASKED.search(spelled_out_folded(info.text).lower()):
        return True
    # "Huyện Đầm Hà ban hành kế hoạch thực hiện Kết luận 21-KL/TW vào ngày nào?": that plan's date is asked, not
    # the conclusion's it carries out.
    unnamed = info.text
    for named in info.ref_texts:
        unnamed = unnamed.replace(named, " ")
    if (issued := _ISSUES_TYPE.search(fold(unnamed).lower())) and TYPE_WORDS[issued.group(1)] != type_code:
        return True
    return bool(_ASKS_DOCUMENTS.search(folded)) and not anything and type_code not in types


def _numbered_documents(info: QuestionInfo, text: str) -> list[RefMention]:
    """The documents ``text`` names by number whose type the question names ("kế hoạch số mấy": "Kế hoạch số
    77-KH/TU"), other than the documents the question names itself."""
    asked = set().union(*info.ref_groups) if info.ref_groups else set()
    types, anything = _types_named(info)
    # "Chương trình … mang số hiệu văn bản là bao nhiêu": a programme's number ("Ngoài … Chương trình hành động …,
    # hội nghị còn quán triệt những văn bản nào?" asks documents of any type)
    anything = anything and not (types and _ASKS_DOC_NUMBER.search(fold(info.text).lower()))
    return [ref for ref in find_refs(text)
            if (anything or ref.short_key.split("-")[0] in types) and not (ref.keys & asked)]


def states_document_number(info: QuestionInfo, text: str) -> bool:
    """Whether ``text`` names a document of a type the question names by its number (see ``_numbered_documents``)
    or by its title in quotes ("… hoàn chỉnh các sản phẩm Đề án “Về tiếp tục đẩy mạnh xây dựng, chỉnh đốn Đảng …”"
    answers "đề án nào")."""
    return bool(_numbered_documents(info, text)) or _titled_document(info, text)


_QUOTED_AFTER = re.compile(r"\s*[\"“]")


def _titled_document(info: QuestionInfo, text: str) -> bool:
    types, _ = _types_named(info)
    return any(TYPE_WORDS[m.group(0)] in types and _QUOTED_AFTER.match(text, m.end())
               for m in _TYPE_WORD.finditer(fold(text).lower()))


def document_count(info: QuestionInfo, text: str) -> int:
    """How many documents of a type the question asks for ``text`` names by number."""
    return len({r.short_key for r in _numbered_documents(info, text)})


_DESCRIPTION_END = re.compile(r"[;:.]|\n")


def document_numbers_span(info: QuestionInfo, text: str) -> tuple[int, int] | None:
    """From the first to the last document ``text`` numbers of the type the question asks several of ("số hiệu các
    đề án …": "Đề án số 03-ĐA/TU … 14-ĐA/TU")."""
    refs = _numbered_documents(info, text)
    return (min(r.start for r in refs), max(r.end for r in refs)) if refs else None


def document_number_span(info: QuestionInfo, text: str) -> tuple[int, int] | None:
    """Where ``text`` numbers the document the question describes: of the documents of the type asked, the one
    whose description (up to the next document, ";" or full stop) shares the most words with the question
    ("… Đề án số 06-ĐA/TU về nâng cao chất lượng đội ngũ cán bộ …; Đề án số 14-ĐA/TU cải cách hành chính …")."""
    refs = _numbered_documents(info, text)
    if not refs:
        return None
    asked = set(syllables(fold(info.text))) - STOPWORDS_FOLDED
    starts = sorted(r.start for r in find_refs(text))

    def shared(ref: RefMention) -> int:
        end = min([s for s in starts if s > ref.start] + [len(text)])
        if m := _DESCRIPTION_END.search(text, ref.end, end):
            end = m.start()
        return len(asked & set(syllables(fold(text[ref.end:end]))))

    best = max(refs, key=lambda r: (shared(r), -r.start))
    return best.start, best.end


def untitled(info: QuestionInfo, answer: Answer) -> str:
    """Why an answer to "X là ai?" names nobody holding title X ("" when it does): a sentence naming someone
    beside the body asked about is no answer."""
    # Read as another kind ("Phó trưởng ban … nào có mặt …?"), only a question that asks for the title's holder.
    title = _asked_title(info) if info.kind == "person" else _asked_title(info, keywords=False) \
        if info.kind == "other" else []
    if not title:
        return ""
    if not _holder(MARKER.sub(" ", answer.answer), tuple(title)):
        return "Các đoạn văn tìm được không nói ai giữ chức vụ này."
    # "Trưởng ban Tuyên giáo Tỉnh ủy Cao Bằng là ai?": the holder of that title in another province is no answer.
    missing = places_missing(info.text, " ".join(f"{c.title} {c.source} {c.text}" for c in answer.citations))
    if missing:
        return f"Các đoạn văn tìm được không nói ai giữ chức vụ này ở {missing[0]}."
    return ""


def valueless(info: QuestionInfo, answer: Answer) -> str:
    """Why an answer to "bao nhiêu", "ngày nào" or "ai" from news or a directive states no figure, date or
    person, or of a question of any kind about a person's birth or home town none ("" when it does): the nearest
    sentence is no answer. A statute may answer with a rule ("theo thỏa thuận", "Thẩm phán"), so its clauses are not
    held to it, nor is a statement to judge."""
    if info.judge or any(c.locator for c in answer.citations):
        return ""
    quoted = MARKER.sub(" ", answer.answer)
    if _BIOGRAPHY_ASKED.search(fold(info.text).lower()) and not _BIOGRAPHY.search(fold(quoted).lower()):
        # "… sinh năm nào?", "… quê ở đâu?": a year or a place the sentence gives of something else is no answer.
        return "Các đoạn văn tìm được không nêu năm sinh, quê quán của người này."
    if info.kind not in VALUE_KINDS or (info.kind == "number" and asks_document_number(info)):
        return ""  # a document's number is checked by ``numberless``
    if not has_value(info.kind, quoted, asked_of(info)) and not told_by_office(quoted, office_venue(info)):
        return {"number": "Các đoạn văn tìm được không nêu con số này.",
                "date": "Các đoạn văn tìm được không nêu thời gian này.",
                "person": "Các đoạn văn tìm được không nêu tên người này.",
                "title": "Các đoạn văn tìm được không nêu chức vụ của người này.",
                "term": "Các đoạn văn tìm được không nêu nhiệm kỳ, khóa này."}[info.kind]
    if info.kind == "date" and _DEADLINE_ASKED.search(fold(info.text).lower()) and not _DEADLINE.search(quoted):
        # "… phải báo cáo … trước ngày nào?": the day something is done (a visit's "Sáng 14/11") is no deadline.
        return "Các đoạn văn tìm được không nêu thời hạn này."
    if asks_span(info) and not _states_span(quoted):
        # "Hội nghị … diễn ra từ ngày nào đến ngày nào?": one date (another event's, or the start alone) is no span.
        return "Các đoạn văn tìm được không nêu thời gian này."
    asked_text = info.text.lower() if info.accented else fold(info.text).lower()
    if info.kind in ("person", "number") and _ABSENCE_ASKED[info.accented].search(asked_text) \
            and not _ABSENCE.search(quoted.lower()):
        # "Những đồng chí nào vắng mặt …?", "Ai không dự …?": those present are no answer.
        return "Các đoạn văn tìm được không nói ai vắng mặt."
    if info.kind == "person" and asks_signer(info) and not _SIGNED.search(quoted):
        # "Kết luận 21 do đồng chí nào ký?": a person named beside the document did not sign it.
        return "Các đoạn văn tìm được không nói ai ký văn bản này."
    return ""


# Who was absent, asked ("vắng mặt", "không (tham) dự", "không có mặt"; folded for a question typed without accents,
# where "vang" may also be "vâng", said before asking) and said in a text.
_ABSENT = r"\bvắng\b|\b(?:không|chưa)\s+(?:(?:tham|đến)\s+)?dự\b|\bkhông\s+có\s+mặt\b"
_ABSENCE_ASKED = {True: re.compile(_ABSENT),
                  False: re.compile(r"\bvang\s+mat\b|\b(?:khong|chua)\s+(?:(?:tham|den)\s+)?du\b|\bkhong\s+co\s+mat\b")}
_ABSENCE = re.compile(rf"{_ABSENT}|\bxin\s+phép\b|\bcáo\s+(?:vắng|bệnh)\b")
# A person's birth, age or home town asked (folded), and stated: reports on meetings seldom give them.
_BIOGRAPHY_ASKED = re.compile(r"\bsinh\s+(?:vao\s+)?(?:nam|ngay|thang)\b|\b(?:nam|ngay)\s+sinh\b"
                              r"|\b(?:bao nhieu|may)\s+tuoi\b"
                              r"|\bque\s+(?:quan\s+)?(?:o\s+)?(?:dau|nao)\b|\bque\s+quan\b")
_BIOGRAPHY = re.compile(r"\bsinh\s+(?:vao\s+)?(?:nam|ngay|thang)\b|\b(?:nam|ngay)\s+sinh\b|\btuoi\b|\bque\b")
# "từ ngày nào đến ngày nào", "từ bao giờ đến bao giờ" (folded): a span of time asked, its start and its end.
_WHEN = r"(?:(?:ngay|thang|nam)\s+(?:nao|may|bao nhieu)|bao gio|khi nao|luc nao)"
# A deadline asked ("trước ngày nào", "chậm nhất là ngày nào", "hạn chót", folded) and one stated.
_DEADLINE_ASKED = re.compile(r"\btruoc ngay (?:nao|may|bao nhieu)\b|\bcham nhat (?:la )?(?:ngay|khi|luc) nao\b"
                             r"|\bhan (?:chot|cuoi)\b|\bthoi han (?:la )?(?:ngay|den ngay) nao\b")
_DEADLINE = re.compile(r"\b(?:trước|chậm nhất|hạn|thời hạn|đến hết|trong)\s+(?:là\s+)?"
                       r"(?:(?:ngày|tháng|năm)\s+)?(?:\d|quý\s+(?:[IV]+\b|\d))", re.IGNORECASE)
_SPAN_ASKED = re.compile(rf"\btu\s+{_WHEN}\s+(?:cho\s+)?den\s+{_WHEN}")


def asks_span(info: QuestionInfo) -> bool:
    """Whether a date question asks a span of time ("… diễn ra từ ngày nào đến ngày nào?"), as no document's date
    answers."""
    return info.kind == "date" and bool(_SPAN_ASKED.search(fold(info.text).lower()))


def _states_span(text: str) -> bool:
    """Whether ``text`` gives a span of time: two dates (not those of documents named before them: "Sáng 14/11, …
    Kết luận số 21-KL/TW, ngày 25/10/2021 …" gives one), or "từ … đến …" with a figure on each side."""
    return len({m.start() for m in _event_dates(text)}) >= 2 or bool(_SPAN_STATED.search(fold(text).lower()))


_SPAN_STATED = re.compile(r"\btu\b[^.;]{0,40}\d[^.;]{0,40}\bden\b[^.;]{0,20}\d")


# With its accent (folded, "ky" is also "kỳ", term, and "kỷ", discipline) and in lower case: "Ký" is a name's.
_SIGNED = re.compile(r"\bký\b")


# Typed without accents, "ky" is signing where who did it is asked right before it, or "ban hành" follows it ("do
# dong chi nao ky ban hanh", "ai ky"): "ky" alone may be "kỳ" ("nhiem ky") or "kỷ" ("ky luat").
_SIGNED_FOLDED = re.compile(r"\b(?:ai|nao)\s+ky\b(?!\s+(?:nay|truoc|sau|toi|luat|niem|cuong|hop))"
                            r"|\bky\s+ban\s+hanh\b|\bnguoi\s+ky\b")


def asks_signer(info: QuestionInfo) -> bool:
    """"… do đồng chí nào ký?": the question asks who signed, not about someone named "… Xuân Ký"."""
    text = info.text
    for name in info.names:
        text = text.replace(name, " ")
    return bool(_SIGNED.search(text)) or (not info.accented and bool(_SIGNED_FOLDED.search(fold(text).lower())))


# "Chương trình hành động của Tỉnh ủy … ban hành ngày nào?", "Ngày ban hành kế hoạch của huyện …": the date of a
# document the question names by its type alone (folded; "Kế hoạch số 77 …" and "KH 77" are named by number).
# (Or as what a body issued: "Ban Thường vụ Huyện ủy … ban hành kế hoạch thực hiện Kết luận 21 vào ngày nào?")
_UNNUMBERED_DOCUMENT = re.compile(rf"(?:^\W*|\bngay\s+(?:ban hanh|ky)\s+(?:cua\s+)?|\b(?:ban hanh|ky)\s+)"
                                  r"(?:(?:cac|bo|ban)\s+)?"
                                  rf"({alternation(TYPE_WORDS)})\b(?!\s+(?:so\s+)?\d)(?![\w-]*\s*\d)")
_DOCUMENT_WORD = re.compile(rf"\b(?:{alternation(TYPE_WORDS)})\b")
_DOCUMENT_DATE_WINDOW = 80  # characters between a document's type word and its date: "…, số 77-KH/TU, ngày …"
_CLAUSE_END = re.compile(r"[;.](?!\d)")  # not a date's or a number's dot


# The committee a dated document is said to be of, right after its date (folded): "… ngày 24/01/2022 của Ban Thường vụ
# Tỉnh ủy" (its level, by ``_LEVEL``'s groups).
_ISSUER_AFTER = re.compile(rf"\s*(?:,\s*)?(?:cua|do)\s+(?:ban thuong vu\s+|ban chap hanh\s+)?(?:{_LEVEL.pattern})")


def _dated_as(folded: str, type_word: str, level: str = "") -> bool:
    """Whether (folded) ``folded`` gives a date to a document of ``type_word``: the date after the type word, with no
    other document, ";" or full stop between ("Kế hoạch số 77-KH/TU, ngày 24/01/2022"), or before it in a sentence
    telling of its issuance ("Ngày 25/10/2021, … đã ban hành Kết luận …"). With ``level``, the level of the committee
    the question says issued it ("huyen"), a document said to be another level's ("… ngày 24/01/2022 của Ban Thường
    vụ Tỉnh ủy") is not it."""
    for t in re.finditer(rf"\b{type_word}\b", folded):
        after = folded[t.end():t.end() + _DOCUMENT_DATE_WINDOW]
        stop = min([m.start() for m in (_DOCUMENT_WORD.search(after), _CLAUSE_END.search(after)) if m]
                   + [len(after)])
        dated = DATE.search(after[:stop]) or DAY_MONTH.search(after[:stop])
        if dated and level and (issuer := _ISSUER_AFTER.match(after, dated.end())) \
                and not issuer.group(level):
            continue  # another committee's
        if dated:
            return True
        before = folded[max(0, t.start() - _DOCUMENT_DATE_WINDOW):t.start()]
        before = _CLAUSE_END.split(before)[-1]
        if "ban hanh" in before and not _DOCUMENT_WORD.search(before) and DATE.search(before):
            return True
    return False


def undated_document(info: QuestionInfo, answer: Answer) -> str:
    """Why an answer to "<document named by its type> ban hành ngày nào?" gives no date of it ("" when it does): a
    sentence dating the directive it carries out, or an event, is no answer."""
    if info.kind != "date" or info.judge or not asks_issuance(info):
        return ""
    m = _UNNUMBERED_DOCUMENT.search(fold(info.text).lower())
    if not m:
        return ""
    # The committee the question says issued it ("Ban Thường vụ Huyện ủy Hưng Nguyên ban hành kế hoạch …").
    if _dated_as(fold(MARKER.sub(" ", answer.answer)).lower(), m.group(1), issuer_level_asked(info.text)):
        return ""
    code = TYPE_WORDS[m.group(1)]
    name = TYPE_NAMES.get(code) or QD_NAMES.get(m.group(1), "văn bản")
    return f"Các đoạn văn tìm được không ghi ngày ban hành của {name.lower()} được hỏi."

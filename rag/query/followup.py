"""Follow-up questions: carry the subject of earlier user turns into a question that refers back.

Deterministic rules, no LLM: "Nó do cơ quan nào ban hành?" after a question about Kết luận 14-KL/TW
becomes "Kết luận 14-KL/TW do cơ quan nào ban hành?"; "Còn KL 14 thì sao?" after "KL 21 ban hành
ngày nào?" becomes "KL 14 ban hành ngày nào?". A question that names its own document is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache

from rag.query.analysis import TITLE_NOUN, analyse, characterised_term, count_keywords_asked
from rag.vi.abbreviations import SHORTHAND, WRITTEN, southern_said, spell_out
from rag.vi.asker_context import without_asker_context, without_relaying
from rag.vi.casing import lowercase_shouted
from rag.vi.dates import short_years_written, slashed_dates
from rag.vi.dialect import central_said
from rag.vi.doctypes import CASE_SENSITIVE_CODES, DOCUMENT_TYPES, QD_NAMES, TYPE_NAMES, TYPE_WORDS
from rag.vi.english import english_asked, without_english_tail
from rag.vi.formal import formal_plain
from rag.vi.hashtags import hashtags_read
from rag.vi.names import TITLE_OPENING, find_people, find_person, find_places
from rag.vi.numbers import ORDINAL_WORDS, alternation
from rag.vi.partial import exact_asked
from rag.vi.places import is_province
from rag.vi.purpose import without_purpose
from rag.vi.refs import find_articles, find_refs
from rag.vi.sentences import (
    excerpt_after,
    forwarded_question,
    requested_asked,
    self_corrected,
    split_source,
    without_afterthought,
    without_answer_form,
    without_comparison,
    without_contrast,
    without_filler,
    without_final_particles,
    without_greeting,
    without_guess,
    without_label,
    without_letter_frame,
    without_nominal_frame,
    without_restatement,
    without_self_description,
    without_set_aside,
    without_source_request,
    without_stutter,
    without_verbatim_request,
    writing_tells,
)
from rag.vi.spelled import said_numbers_written
from rag.vi.syllables import DEMONSTRATIVES, STOPWORDS_FOLDED, syllables
from rag.vi.telex import telex_read
from rag.vi.text import (
    as_typed,
    fold,
    folded_aligned,
    has_diacritics,
    modern_y,
    nfc,
    pasted_plain,
    plain_forms,
    split_joined_words,
    typed_with_accents,
    unaccented,
    undoubled_endings,
    unify_tones,
    unsegmented,
    without_pictographs,
)
from rag.vi.vni import vni_read

# A type's code as officials type it ("qđ đó", "KL này"), but those that fold to an ordinary word ("da": "đã").
_TYPED_CODES = {code: words for code, _, words in DOCUMENT_TYPES if code not in CASE_SENSITIVE_CODES} | {
    "qđ": ("quy dinh", "quyet dinh")}
_DOC_NOUNS = alternation([name.lower() for name in (*TYPE_NAMES.values(), *QD_NAMES.values())] + ["văn bản"]
                         + list(_TYPED_CODES))
_PLACE_NOUNS = "tỉnh|huyện|thành phố|địa phương|xã|đảng bộ"
_PERSON_NOUNS = "ông|bà|anh|chị|cô|chú|bác|đồng chí|người|tác giả"
_FOLLOW_TAIL = r"(?:thì\s+)?(?:sao|thế nào|như thế nào|ra sao)"


def _both(pattern: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern for accented text and its accent-folded twin for unaccented text."""
    return re.compile(pattern, re.IGNORECASE), re.compile(fold(pattern), re.IGNORECASE)


# "văn bản vừa nói", "quy định nêu trên": a document just named points back as "văn bản đó" does.
_JUST_NAMED = r"vừa\s+(?:nói|nêu|nhắc|đề cập|hỏi|kể)(?:\s+(?:đến|tới))?|kể trên|nêu trên"
_DOC_PRONOUN = _both(rf"\b(?:(?:{_DOC_NOUNS})\s+(?:{DEMONSTRATIVES}|{_JUST_NAMED})|nó)\b")
_PLACE_PRONOUN = _both(rf"\b(?:{_PLACE_NOUNS})\s+(?:{DEMONSTRATIVES})\b|\bở (?:đó|đấy)\b")
# ("bài viết của ông đăng ngày nào": "ông" alone, whose the thing is, no name after it)
_PERSON_PRONOUN = _both(rf"\b(?:{_PERSON_NOUNS})\s+(?:{DEMONSTRATIVES})\b"
                        r"|(?<=\bcủa )(?:ông|bà)\b(?!\s+(?:bà|ông|(?-i:[A-ZĐ])))")
# "Lúc đó huyện đã thực hiện … được bao lâu?", "cuốn tài liệu mà tỉnh xuất bản", "làm việc với huyện vào buổi sáng
# ngày nào": a unit with no name, acting or acted with, is the one the conversation is about.
_BARE_UNIT = _both(r"\b(tỉnh|huyện)(?=\s+(?:đã|đang|có|được|vẫn|còn|mới)\s)"
                   r"|(?:(?<=\bmà )|(?<=\bvới )|(?<=\bvề )|(?<=\btại )|(?<=\bở ))(tỉnh|huyện)"
                   r"(?=\s+(?!ủy\b|uỷ\b|nào\b|này\b|đó\b|ấy\b)(?-i:[a-zđà-ỹ]))")
# Any other thing pointed back at ("buổi làm việc đó", "đợt giám sát này"); typed without accents, only these
# nouns: folded, "này" is also "nay" ("đến nay").
_EVENT_NOUNS = ("hội nghị|cuộc họp|chương trình|nội dung|giải pháp|nhiệm vụ|trong|buổi làm việc|buổi|đoàn giám sát|"
                "đoàn|đợt|sự kiện|hội thảo|kỳ họp|lễ|bài viết|bài báo|"
                "lúc|khi|hồi|thời điểm")  # the time of the event talked about: "lúc đó hoàn thành được bao nhiêu …"
_OTHER_PRONOUN = (re.compile(rf"\b(?!(?:{_PERSON_NOUNS}|anh|chị)\s)\w+\s+(?:đó|này|ấy)\b", re.IGNORECASE),
                  re.compile(fold(rf"\b(?:{_EVENT_NOUNS})\s+(?:đó|này|ấy)\b"), re.IGNORECASE))
_WHAT_ABOUT = _both(rf"^\s*(?:(?:vậy|thế)\s+)?còn\s+(.+?)\s*(?:{_FOLLOW_TAIL})?\s*[?.!]*\s*$")
_X_THEN = _both(r"^\s*(.+?)\s+thì\s+(?:sao|thế nào|như thế nào|ra sao)\s*[?.!]*\s*$")
# "Còn X thì số hiệu là gì?": X asks a question of its own, it does not ask the previous one again about X. So does
# a fact checked: "Còn tỷ lệ …, bản thảo cũng ghi “trên 95%” — vậy có đúng không?"
# (as does a draft's detail to correct: "…, nháp ghi “tại 20 trường …” — sửa giúp số trường")
_ASKS_ITS_OWN = _both(r"\b(?:gì|ai|nào|bao nhiêu|mấy|bao giờ|bao lâu|đâu|(?:đúng|phải|chính xác)\s+(?:không|chưa)"
                      r"|hay không|sửa\s+(?:lại\s+)?(?:giúp|giùm|dùm|hộ)|sai chỗ nào|chỗ nào sai)\b")
_CONTINUING_OPENING = r"^\s*(?:(?:vậy|thế)\s+)?còn"  # "(vậy/thế) còn …" opening a question
_CONTINUING = _both(rf"{_CONTINUING_OPENING}\b")
# That opening, and the "thì" after the question's subject; typed without accents, not the "thi" of "thi hành",
# "thi đua" ("con UBKT cac cap thi hanh ky luat bao nhieu dang vien").
_THI_WORDS = "hành|đua|công|tuyển|cử|đấu"
_CONTINUING_PARTICLES = _both(rf"{_CONTINUING_OPENING}\s+|\s+thì\s+(?!(?:{_THI_WORDS})\b)(?=\w)")
_COUNT_OF = re.compile(r"^(?:số lượng|số|so luong|so)\s+(.+)$", re.IGNORECASE)
_ORDINAL = rf"thứ\s+(?:\d{{1,2}}|{alternation(ORDINAL_WORDS)})"  # "thứ năm", "thứ 2"
_ORDINAL_PHRASE = _both(rf"\b{_ORDINAL}\b")


@dataclass(frozen=True)
class _Subject:
    """What an earlier question was about, the person the conversation last named, and the places it named
    (unit, name), the latest first."""

    refs: list[str]
    names: list[str]
    person: str = ""
    places: tuple[tuple[str, str], ...] = ()
    answered_refs: tuple[str, ...] = ()  # the documents the last answer named ("Theo Quyết định số 217-QĐ/TW.")
    asked_document: bool = False  # the last question asked for a document ("… còn giám sát kế hoạch nào?")
    source: str = ""  # the writing the last question named as its source ("Trong bài về Nghệ An")

    @property
    def entities(self) -> list[str]:
        """The documents, then the names, a later question may take as its context."""
        return [*self.refs, *self.names]


def _pick(patterns: tuple[re.Pattern[str], re.Pattern[str]], text: str) -> re.Pattern[str]:
    return patterns[0] if has_diacritics(text) else patterns[1]


# The bodies and titles shorthand stands for, folded ("tinh uy", "ban thuong vu", "uy ban kiem tra"), longest first:
# each is written with capitals on some words only, so a run of capitals inside one ("Tỉnh" of "Tỉnh ủy") is no name.
_BODY = re.compile(r"\b(?:" + alternation({fold(v).lower() for v in (*SHORTHAND.values(), *WRITTEN.values(),
                                                                         "Trung ương")}) + r")\b")


def _names_of(text: str, bodies: bool = False) -> list[str]:
    """The names ``analyse`` reads in ``text``, but a capitalised part of a body or title ("Ban Thường" of "Ban
    Thường vụ Huyện ủy", "Tỉnh" of "Tỉnh ủy") is no name of its own: left out, or with ``bodies`` read as the whole
    body ("Ban Tổ chức Trung ương"), once."""
    spans = [m.span() for m in _BODY.finditer(fold(text).lower())]  # folding keeps every position
    names: list[str] = []
    for name in analyse(text).names:
        at = text.find(name)
        body = next(((a, b) for a, b in spans if a <= at < b), None) if at >= 0 else None
        if body is None:
            names.append(name)
        elif bodies and text[body[0]:body[1]] not in names:
            names.append(text[body[0]:body[1]])
    return names


def _subject(question: str) -> _Subject:
    info = analyse(question)
    places = _places(question)
    # A place keeps the unit it was named with ("huyện Hưng Nguyên"): carried into a later question, it is then read
    # as the district it is, narrower than the province beside it, not as a second place of the same level.
    units = {name: unit for unit, name in places if unit}
    names = [f"{units[n]} {n}" if n in units else n for n in _names_of(question, bodies=True)]
    return _Subject(list(info.doc_texts), names, _person(question), places, source=info.source)


# "… ở Hưng Nguyên": a place named without its unit (of unknown unit), after "ở" or "tại".
_AT_PLACE = re.compile(r"\b(?:ở|tại|o|tai)\s+((?:[A-ZĐ][^\W\d_]*\s+){1,2}[A-ZĐ][^\W\d_]*)\b")


def _places(text: str) -> tuple[tuple[str, str], ...]:
    named = find_places(text)
    at = [("", m.group(1)) for m in _AT_PLACE.finditer(text)
          if find_person(m.group(1)) is None and all(m.group(1) != n for _, n in named)]
    return tuple(reversed(named + at))


def _place_for(pronoun: str, subject: _Subject) -> str:
    """The place "tỉnh đó", "huyện này" or "ở đó" points at: the latest place of that unit the conversation
    named, else the question's own subject name, else the latest place named at all."""
    unit = " ".join(fold(pronoun).split()[:-1])
    same_unit = [name for u, name in subject.places if fold(u) == unit]
    if same_unit:
        return same_unit[0]
    if subject.names:
        return subject.names[0]
    return subject.places[0][1] if subject.places else ""


def _person(text: str) -> str:
    """The first person's name in ``text`` ("" when it names none)."""
    span = find_person(text)
    return text[span[0]:span[1]] if span else ""


# A person called by an honorific and their given name alone ("đồng chí Cường", "ông Thông", "bà Mai").
_GIVEN_NAME = re.compile(r"\b(?:đồng chí|dong chi|đ/c|ông|bà|anh|chị|bác|chú|ong|ba|chi|bac|chu)\s+"
                         r"((?-i:[A-ZĐ])[^\W\d_]*)(?!\s+(?-i:[A-ZĐ]))(?!\w)", re.IGNORECASE)


def given_names_in_full(question: str, people: list[str]) -> str:
    """``question`` with a person it calls by their given name ("Thế còn đồng chí Cường thì giữ chức vụ gì?") named
    in full, when exactly one of ``people`` (the conversation's full names) has it ("Lê Đức Cường")."""
    def full(m: re.Match[str]) -> str:
        named = {p for p in people if p.split()[-1] == m.group(1)}
        if len(named) != 1:
            return m.group(0)
        return m.group(0)[:m.start(1) - m.start()] + named.pop()
    return _GIVEN_NAME.sub(full, question)


def _bare_unit_place(unit: str, subject: _Subject) -> str:
    """The place a unit named without its name stands for: the latest the conversation named with that unit, else
    the latest it named without one ("ở Hưng Nguyên"), or for "tỉnh" a province the conversation named; "" when
    none."""
    places = [name for u, name in subject.places if fold(u) == fold(unit).lower()] \
        or [name for u, name in subject.places if not u]
    if not places and fold(unit).lower() == "tinh":  # "Cao Bằng lồng ghép …": a province named without "tỉnh"
        places = [n for n in subject.names if is_province(n)]
    return places[0] if places else ""


def _replace_span(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


# A writing by the name of its place or author ("bài Cao Bằng", "bài viết về Nghệ An", "bai cua dong chi Giang").
_WRITING = re.compile(r"^(?:bài viết|bài báo|bài|báo cáo|bai viet|bai bao|bai|bao cao)\s+"
                      r"(?:(?:của|về|ở|trên|bên|cua|ve|o|tren|ben)\s+)?"
                      r"(?:(?:tỉnh|huyện|đồng chí|tinh|huyen|dong chi)\s+)?"
                      r"(?-i:[A-ZĐ])", re.IGNORECASE)


def _what_about(question: str, previous: str) -> str | None:
    """"Còn X thì sao?": the previous question asked again about X."""
    m = _pick(_WHAT_ABOUT, question).match(question) or _pick(_X_THEN, question).match(question)
    if not m or not previous:
        return None
    x = m.group(1).strip(" ,")
    # "Còn mốc năm 2030 thì tỉnh đặt mục tiêu … như thế nào?": after "thì" it asks a question of its own.
    if _pick(_ASKS_ITS_OWN, x).search(x) or re.search(r"\s(?:thì|thi)\s+\S", x, re.IGNORECASE):
        return None
    # "Còn cơ quan ban hành văn bản đó thế nào?": something of the document pointed back at, asked of its own.
    if _pick(_DOC_PRONOUN, x).search(x) and not find_refs(x):
        return None
    x_articles, prev_articles = find_articles(x), find_articles(previous)
    if x_articles and prev_articles:  # "Còn Điều 9 thì sao?" after "Điều 7 Luật X quy định gì?"
        a, new = prev_articles[0], x_articles[0]
        end = a.law.end if new.law and a.law and a.law.start >= a.end else a.end  # a law of its own replaces it
        return _replace_span(previous, a.start, end, x if new.law else new.text)
    x_refs = find_refs(x)
    prev_refs = find_refs(previous)
    if x_refs and prev_refs:
        r = prev_refs[0]
        return _replace_span(previous, r.start, r.end, x)
    if _WRITING.match(x):  # "Còn bài Cao Bằng thì sao?": the same question, read in that writing instead
        rest = split_source(previous)[1]
        return f"{'Theo' if has_diacritics(x) else 'theo'} {x}, {rest}"
    prev_names = _names_of(previous)
    count = _COUNT_OF.match(x)
    if count and prev_names:  # "Còn số mô hình “Dân vận khéo” thì sao?": the same subject, another count
        # Words written as the follow-up writes them: typed without accents, it is read as such.
        how_many = "có bao nhiêu" if has_diacritics(x) else "co bao nhieu"
        return f"{prev_names[0] if has_diacritics(x) else unaccented(prev_names[0])} {how_many} {count.group(1)}?"
    if TITLE_OPENING.match(fold(x)) and analyse(previous).kind == "person":
        # "Còn phó bí thư thường trực?" after "hội nghị … ai dự": who held that title there (a title is no name).
        who = "là ai?" if has_diacritics(x) else "la ai?"
        return _with_context(f"{x} {who}", _subject(previous).entities or [_as_context(previous)])
    x_names = analyse("còn " + x).names
    if x_names and prev_names:
        pos = previous.find(prev_names[0])
        if pos >= 0:
            return _replace_span(previous, pos, pos + len(prev_names[0]), x_names[0])
    ordinal = _pick(_ORDINAL_PHRASE, x).search(x)
    prev_ordinal = _pick(_ORDINAL_PHRASE, previous).search(previous)
    if ordinal and prev_ordinal:
        return _replace_span(previous, prev_ordinal.start(), prev_ordinal.end(), ordinal.group(0))
    # "còn điểm cầu Nghệ An?" after "… ai dự ở điểm cầu TW?": the same noun, another place, in its stead.
    words = fold(x).lower().split()
    if len(words) >= 3 and (same := re.search(rf"\b{re.escape(' '.join(words[:2]))}\s+(?:\w+\s*){{1,3}}?(?=[?,.;:!]|$)",
                                              fold(previous).lower())):
        return _replace_span(previous, same.start(), same.end(), x)
    # "Còn giám sát chuyên đề thì sao?" after "… cấp ủy kiểm tra bao nhiêu lượt?": another act, counted the same way,
    # in the earlier one's stead.
    act, earlier_act = _ACT.match(fold(x).lower()), _ACT.search(fold(previous).lower())
    if act and earlier_act and act.group(0) != earlier_act.group(0):
        return _replace_span(previous, earlier_act.start(), earlier_act.end(), x)
    asked = analyse(previous)
    if asked.kind == "number" and prev_names and _ACT.search(fold(x).lower()) and not _ACT.match(fold(x).lower()):
        # "thế còn tổ chức đảng bị kỷ luật" after "số đảng viên kết nạp Cao Bằng": another thing counted, by its own
        # act, of the same subject (not added to the earlier count).
        how_many = "có bao nhiêu" if has_diacritics(x) else "co bao nhieu"
        return f"{prev_names[0] if has_diacritics(x) else unaccented(prev_names[0])} {how_many} {x}?"
    term = characterised_term(asked)
    at = fold(previous).lower().find(term) if term else -1  # folding keeps every position
    if at >= 0 and len(x.split()) <= _TERM_WORDS:
        # "Còn chống?" after "… “xây” là nhiệm vụ như thế nào?": the other term, characterised the same way.
        return _replace_span(previous, at, at + len(term), x)
    if asked.kind == "number" and _MEASURE.match(fold(x).lower()) and (context := _subject(previous).entities):
        # "Còn tỷ lệ cử tri đi bầu thì sao?" after "HĐND tỉnh Cao Bằng ban hành bao nhiêu nghị quyết?": another
        # figure of the same subject, named (the earlier action and counted thing are not this one's). Anything
        # else ("còn giám sát chuyên đề", "còn trung bình mỗi năm") narrows the earlier count: it is added to it.
        return _with_context(f"{x} là bao nhiêu?" if has_diacritics(x) else f"{x} la bao nhieu?", context)
    return f"{previous.rstrip(' ?.!')} {x}?"


_TERM_WORDS = 3  # "chống", "kiên quyết chống": another term, not a question of its own
# What is done to members and organisations, counted in reports (folded).
_ACT = re.compile(r"\b(?:kiem tra|giam sat|ket nap|ky luat|khai tru|khen thuong|thi hanh ky luat)\b")
# "chức vụ?", "chuc danh gi?" (folded): a person's titles asked with nothing else.
_TITLES_ONLY = re.compile(rf"^\W*(?:(?:giu|la)\s+)?{TITLE_NOUN}(?:\s+(?:la\s+)?(?:gi|nao))?\W*$")
_MEASURE = re.compile(r"(?:ty le|ti le|so|tong so|muc|con so)\b")  # "tỷ lệ …", "số …": a figure named


def _refers_back(question: str, subject: _Subject, previous: str = "") -> str | None:
    """Put the earlier subjects where the question points back at them ("nó", "văn bản này", "tỉnh đó", "bà
    ấy"): each kind of pronoun once, so "Đoàn của bà ấy làm việc với huyện đó …" gets both. ``previous``: the
    earlier question, whose venues an event pointed back at is not held to."""
    own_document = bool(find_refs(question))
    doc = subject.refs[0] if subject.refs else (subject.names[0] if subject.names else "")
    resolved = question
    # "Ông ấy" is a person: the one the last answer or question named, never a place ("Ông Quảng Ninh").
    # A question naming its own document points back at no document, but still at a place or a person ("Huyện đó
    # đã thực hiện Kết luận 21 được bao lâu?").
    pronouns = ((_DOC_PRONOUN, lambda p: _document_for(p, subject) or doc, False),
                (_PLACE_PRONOUN, lambda p: _place_for(p, subject), True),
                (_PERSON_PRONOUN, lambda _: subject.person, True))
    for patterns, entity_of, keep_noun in pronouns[own_document:]:
        m = _pick(patterns, question).search(resolved)
        entity = entity_of(m.group(0)) if m else ""
        if not has_diacritics(question):  # still a question typed without accents, read as one
            entity = unaccented(entity)
        if not m or not entity:
            continue
        # "người đó" is the person: no word one calls someone by before the name ("Người Phạm Thị …").
        if keep_noun and " " in m.group(0) and not m.group(0).lower().startswith(("ở", "o ", "người", "nguoi")):
            noun = m.group(0).rsplit(" ", 1)[0]
            resolved = _replace_span(resolved, m.start(), m.end(), f"{noun} {entity}")
        elif m.group(0).lower() in ("ở đó", "o do", "ở đấy", "o day"):
            # "ở" as the question writes it: an accent written into a question typed without any changes how it is read
            resolved = _replace_span(resolved, m.start(), m.end(), f"{m.group(0).split()[0]} {entity}")
        else:
            resolved = _replace_span(resolved, m.start(), m.end(), entity)
    if (m := _pick(_BARE_UNIT, question).search(resolved)) and (place := _bare_unit_place(unit := m[m.lastindex],
                                                                                            subject)):
        resolved = _replace_span(resolved, m.start(), m.end(),
                                 f"{unit} {place if has_diacritics(question) else unaccented(place)}")
    if resolved != question:
        return resolved
    if own_document:
        return None
    if _pick(_OTHER_PRONOUN, question).search(question):
        # "tại hội nghị ấy" points at the event, not at the venue the earlier question asked of ("… điểm cầu Nghệ An
        # có đồng chí … nào dự?"): a figure the event reports is no venue's.
        event = bool(_EVENT_POINTED.search(fold(question).lower()))
        venues = {v.group(2) for v in _VENUE.finditer(previous)} if event else set()
        entities = [e for e in subject.entities if e not in venues]
        # "hội nghị đó" after "… dự hội nghị giao ban nào": the event the earlier question named is the one meant,
        # not the person it asked about ("… do cơ quan nào tổ chức" is the event's, whoever attended); an event
        # the earlier subjects tell already (its document, its place) stays told by them.
        people = [e for e in entities if _is_person(e)]
        if event and (people or not entities) and (named := _event_named(previous)):
            entities = [e for e in entities if e not in people] + [named]
        if entities:
            return _with_context(question, entities)
    return None


# The kinds of event a question points back at or names.
_EVENTS = ("hội nghị", "cuộc họp", "buổi làm việc", "hội thảo", "kỳ họp")
# An event an earlier question names: its kind (typed with accents or without) and the words after it, up to an
# asking or pointing word.
_EVENT_NAMED = re.compile(rf"\b(?:{alternation({*_EVENTS, *map(fold, _EVENTS)})})"
                          r"(?:\s+(?!(?:nào|gì|ai|đó|này|ấy|nao|gi|do|nay|ay|o|ở|tai|tại)\b)[^\W\d_]+){1,4}",
                          re.IGNORECASE)


def _is_person(name: str) -> bool:
    """Whether ``name`` is a person's name as a whole."""
    return any(a == 0 and b == len(name) for a, b in find_people(name))


def _event_named(previous: str) -> str:
    """The event ``previous`` names with what tells it apart ("hội nghị giao ban"), or ""."""
    m = _EVENT_NAMED.search(previous)
    return m.group(0) if m else ""


# An event pointed back at ("hội nghị ấy", "buổi làm việc đó"), folded.
_EVENT_POINTED = re.compile(rf"\b(?:{alternation({*map(fold, _EVENTS), 'su kien'})})\s+(?:do|nay|ay)\b")


def document_pointed_back(question: str, context: str) -> str | None:
    """``question`` with the document it points back at by its type ("Chỉ thị này đề ngày nào?") written in, the
    latest of that type ``context`` names (the sentences told before it: "… có nhắc đến Chỉ thị 18-CT/TU …"), or
    by "văn bản đó" the only document it names; None when it names a document of its own or points at none."""
    question = _normalised(question)
    m = _pick(_DOC_PRONOUN, question).search(question)
    if find_refs(question) or not m:
        return None
    subject = _subject(_normalised(context))
    doc = _document_for(m.group(0), subject)
    if not doc and fold(m.group(0)).startswith("van ban") and len(subject.refs) == 1:
        doc = subject.refs[0]  # "văn bản đó": the one document the sentences before name (of two, either)
    if not doc:
        return None
    return _replace_span(question, m.start(), m.end(), doc if has_diacritics(question) else unaccented(doc))


@lru_cache(maxsize=64)
def _type_names(noun: str) -> tuple[tuple[str, ...], re.Pattern[str] | None]:
    """How a reference of the type ``noun`` (folded) begins, and the pattern of one written by the type's code (None
    for a type without one); compiled once per type."""
    names = (noun, *_TYPED_CODES.get(noun, ()))  # "qđ đó": a "qđ 205" or a "Quy định số 205-QĐ/TW"
    codes = {TYPE_WORDS[n] for n in names if n in TYPE_WORDS} | ({noun} & set(TYPE_NAMES))
    if not codes:
        return names, None
    # A number names its type by its code: "nghị quyết đó" after "… mang số 68/NQ-HĐND"; so does a reference typed
    # with the code for the type ("quy định đó" after "QĐ số 205-QĐ/TW", "NQ08").
    alternatives = "|".join(sorted(codes))
    return names, re.compile(rf"^(?:\d[\w.]*[/-](?:{alternatives})(?:[/-]|$)|(?:{alternatives})(?![a-z]))")


# A question asking for a document (folded): "… kế hoạch nào của Tỉnh ủy?", "văn bản gì", "quy định số mấy".
_DOCUMENT_ASKED = re.compile(rf"\b(?:van ban|{alternation(TYPE_WORDS)})\s+(?:\w+\s+){{0,2}}?(?:nao|gi|so may)\b")


def _document_for(pronoun: str, subject: _Subject) -> str:
    """The document "quyết định đó", "kế hoạch này" points at: the latest of that type the conversation named, the
    last answer's first ("… Theo Quyết định số 217-QĐ/TW." — "Quyết định đó ban hành ngày nào?"); "" for "nó", or
    when none is of that type. "Văn bản này" is a document of any type: the one the last answer named, when the
    questions named none ("Có văn bản nào … không?" — "Có, Quy định số 09-QĐ/TU …" — "Văn bản đó …"), else ""."""
    noun = fold(pronoun.rsplit(" ", 1)[0]) if " " in pronoun.strip() else ""
    if noun == "van ban":
        # (the one an answer names first is what it answers: "Kế hoạch số 77-KH/TU …, thực hiện Kết luận Hội nghị
        # lần thứ tư …")
        answered = list(dict.fromkeys(subject.answered_refs))
        # (and so is the one an answer gives to a question asking for a document, whatever the question named)
        return answered[0] if answered and (not subject.refs or subject.asked_document) else ""
    if not noun:
        return ""
    names, coded = _type_names(noun)
    return next((r for r in (*subject.answered_refs, *subject.refs)
                 if fold(r).startswith(names) or (coded is not None and coded.match(fold(r).strip()))), "")


def _normalised(text: str) -> str:
    """NFC without emoji, full-width punctuation as ASCII ("？") and odd spaces as plain ones, a word segmenter's "_"
    between syllables ("Kết_luận"), words typed as raw Telex or VNI keystrokes read ("ngayf naof", "nga2y na2o"), two
    words typed without a space parted ("BanTổ chức"), no greeting or spoken filler opening it ("Chào bot!", "à thế còn
    …"), no word said twice, nor what the asker tells of themselves before asking or adds after it (nor of their own
    work before a request in mid-sentence: "Em đang tổng hợp …, tiện thể cho hỏi luôn …", nor whom they ask for:
    "ông cháu hỏi là …"), nor the documents
    set aside before the one asked about ("Trừ Nghị quyết 08 ra, …"), nor what they want the answer for ("Để làm slide,
    …"), nor a nominalised question's frame ("Việc … được thực hiện vào ngày nào?"), a last vowel typed twice written
    once ("nàoo"), one tone-mark placement, read one way when typed mostly without accents, dialect and old formal words
    as the texts write them, chat shorthand spelled out ("BT TT TU", "đ/c"), English asking words in Vietnamese ("issue
    date") and a closing request in English left out ("…, his name please?"), numbers said in words written as texts
    write them ("kết luận hai mươi mốt", "quý ba", "khóa 13"), dates typed with dashes or dots written with slashes
    ("25-11-2021"), a rough figure then the exact one asked as the figure asked ("hơn 6.000 …, con số cụ thể là bao
    nhiêu?"), keywords closing with a count asked as a question ("… đảng viên số lượng" -> "… đảng viên là bao
    nhiêu?")."""
    # (A closing request in English goes before Telex is read: "his" is no "hí".)
    pasted = forwarded_question(without_label(pasted_plain(plain_forms(nfc(text)))))
    plain = without_english_tail(without_pictographs(hashtags_read(unsegmented(without_letter_frame(pasted)))))
    read = self_corrected(without_stutter(without_filler(without_contrast(without_comparison(without_set_aside(
        without_relaying(without_asker_context(without_self_description(without_greeting(split_joined_words(vni_read(telex_read(plain)))))))))))))
    cased = lowercase_shouted(modern_y(unify_tones(undoubled_endings(
        without_nominal_frame(without_purpose(without_verbatim_request(without_guess(without_afterthought(without_restatement(without_answer_form(without_source_request(excerpt_after(read)))))))))))))
    typed = as_typed(formal_plain(central_said(southern_said(cased))))
    # (Read again once English is: "…, please explain ngắn gọn?" asks of the answer's form in Vietnamese only then.)
    english = without_answer_form(english_asked(typed, typed_with_accents(typed)))
    written = slashed_dates(short_years_written(said_numbers_written(spell_out(english)))).strip()
    return count_keywords_asked(exact_asked(requested_asked(written)))


def resolve_followup(question: str, history: list[dict] | None,
                     capitalise: Callable[[str], str] | None = None) -> str:
    """The question to retrieve and answer with, given the earlier turns of the conversation.

    ``history`` holds ``{"role": "user" | "assistant", "content": str}`` dicts; user turns carry the subject,
    and an answer carries the person it names ("Ai chủ trì?" … "Ông ấy giữ chức vụ gì?"). Earlier follow-ups are
    resolved first, so "Còn …" chains keep their subject. ``capitalise`` gives the questions typed in lowercase
    their names' capitals first ("con quang ninh thi sao" after "bi thu tu cao bang la ai"): names are read by them.
    """
    def typed(text: str) -> str:
        text = _normalised(text)
        return capitalise(text) if capitalise is not None else text

    question = typed(question)
    previous = ""
    subject = _Subject([], [])
    people: list[str] = []  # the conversation's full names ("Lê Đức Cường"), for one called by a given name after
    for turn in history or []:
        content = str(turn.get("content", ""))
        content = _normalised(content) if turn.get("role") == "assistant" else typed(content)
        if not content:
            continue
        people += [content[a:b] for a, b in find_people(content)]
        if turn.get("role") == "assistant":  # an answer names people and places the next question may point at
            subject = replace(subject, person=_person(content) or subject.person,
                              places=_places(content) + subject.places,
                              answered_refs=tuple(r.text for r in find_refs(content)))
            continue
        if turn.get("role") != "user":
            continue
        resolved = _resolve_one(content, previous, subject)
        previous = resolved
        found = _subject(resolved)
        if found.refs or found.names:
            subject = _Subject(found.refs, found.names, found.person or subject.person,
                               found.places + subject.places)
        elif found.places:  # named only where it is written ("Căn cứ bài viết của tỉnh Cao Bằng, thì …")
            subject = replace(subject, places=found.places + subject.places)
        subject = replace(subject, asked_document=bool(_DOCUMENT_ASKED.search(fold(resolved).lower())),
                          source=found.source)
    return _resolve_one(given_names_in_full(question, people), previous, subject)


def _as_context(previous: str) -> str:
    """An earlier question as the context of a later one: without its closing marks."""
    return previous.strip().rstrip("?.! ")


def points_at_person(text: str) -> bool:
    """Whether ``text`` points back at a person ("ông ấy", "người đó", "bài viết của ông")."""
    return bool(_pick(_PERSON_PRONOUN, text).search(text))


def in_context_of(question: str, previous: str) -> str:
    """``question`` with an earlier question after it as its context ("Ai phát biểu chỉ đạo? (Giao ban quý III …)")."""
    return _with_context(question, [_as_context(previous)])


def _with_context(question: str, entities: list[str]) -> str:
    """The question with the earlier subjects after it, without accents when it is typed without them (so it is
    still read as an unaccented question)."""
    context = ", ".join(entities)
    return f"{question.rstrip()} ({context if has_diacritics(question) else unaccented(context)})"


# A venue of an event ("điểm cầu Trung ương", "điểm cầu Nghệ An"): its capitalised name after "điểm cầu".
_VENUE = re.compile(r"\b(điểm cầu|diem cau)\s+((?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*)*(?:\s+(?:ương|uong)\b)?)",
                    re.IGNORECASE)


def _without_particles(question: str) -> str:
    """``question`` without its opening "còn" and the "thì" after its subject; a "thì" between two names becomes a
    comma ("Còn ở điểm cầu Nghệ An thì Trưởng ban …": "Nghệ An" and "Trưởng ban" are not one name)."""
    def joint(m: re.Match) -> str:
        before, after = question[:m.start()].split()[-1:], question[m.end():m.end() + 1]
        return ", " if before and before[0][:1].isupper() and after.isupper() else " "

    return _pick(_CONTINUING_PARTICLES, question).sub(joint, question, count=2).strip()


def _continued(question: str, subject: _Subject, previous: str = "") -> str | None:
    """"Còn đề án cải cách hành chính thì số hiệu là gì?": a question of its own that goes on in the same
    context, which it takes (the earlier documents and names) when it names none of its own. "Còn ở điểm cầu Nghệ
    An thì ai dự?" after a question about who attended at another venue: the same event, at that venue."""
    if not _pick(_CONTINUING, question).match(question):
        return None
    joined = _without_particles(question)
    venue, earlier = _VENUE.search(question), _VENUE.search(previous)
    if venue and earlier and not find_refs(question) and venue.group(2) != earlier.group(2):
        # The earlier subjects, or when it named none ("Hội nghị giao ban quý III ngày 30/9 có ai dự tại điểm cầu
        # Trung ương?") the earlier question itself, at this venue.
        event = _replace_span(previous, earlier.start(2), earlier.end(2), venue.group(2)).rstrip(" ?.!")
        return _with_context(joined, subject.entities or [event])
    if _WRITING.match(joined) and not find_refs(joined) and subject.refs:
        # "Còn bài bên Cao Bằng thì ghi ngày nào?": what that writing says of the documents asked about before.
        return _with_context(joined, subject.refs)
    if find_refs(question) or analyse(question).names:
        # "còn đề án 14-ĐA/TU thì áp dụng cho giai đoạn nào?": its own subject; "còn" and "thì" only join it on.
        return joined
    return _with_context(question, subject.entities) if subject.entities else None


_VALUE_KINDS = ("date", "number", "person", "title", "issuer", "term")
_ELLIPTICAL_WORDS = 3  # content syllables: "ban hành ngày nào?", "ai ký?", "bao nhiêu đại biểu dự?"
# "Thế / vậy (thì) …" opening a question only joins it to the conversation ("thế có bao nhiêu đại biểu dự?"), as
# "đồng thời", "ngoài ra" do to the question before in the same message ("…, đồng thời tổ chức bầu cử khóa mấy?").
_DISCOURSE_OPENING = re.compile(r"^\s*(?:(?:ừ|ờ|ừm|vâng|dạ|um|u|o|vang|da)\s*,?\s+)?"
                                r"(?:thế|vậy|the|vay|đồng thời|dong thoi|ngoài ra|ngoai ra|bên cạnh đó|ben canh do)"
                                r"(?:\s+(?:thì|thi))?\s*,?\s+", re.IGNORECASE)


def _elliptical(question: str, subject: _Subject) -> str | None:
    """"Ban hành ngày nào?" after a question about a plan: a question for a value (a date, a figure, a person, an
    issuer) too short to have a subject of its own (no document, no name, at most three syllables besides the
    asking and function words), or opened by "vậy / thế", asks about the last one. "Chuyển đổi số là gì?" asks
    about a topic of its own."""
    if subject.person and _TITLES_ONLY.match(fold(question).lower()):
        return f"{subject.person} {question.strip()}"  # "chức vụ?" after an answer naming someone: their titles
    info = analyse(question)
    # ("Vậy trung bình mỗi năm là khoảng 3.000 đảng viên phải không?": a fact to check, going on from the last one;
    # "Thế có điểm cầu huyện nào được nhắc tên cụ thể không?": a thing of the last one's, going on from it)
    goes_on = bool(_DISCOURSE_OPENING.match(question))
    if find_refs(question) or info.names or (info.kind not in _VALUE_KINDS and not goes_on):
        return None
    content = [w for w in syllables(_DISCOURSE_OPENING.sub("", question)) if fold(w) not in STOPWORDS_FOLDED]
    if info.kind in ("issuer", "term"):  # "cơ quan nào ban hành, khóa mấy?": the words that ask are no subject
        own = {fold(t) for t in info.other_terms}
        content = [w for w in content if fold(w) in own]
    # "Vậy tổng cộng có bao nhiêu đại biểu tham dự?": opened by "vậy / thế", it goes on from the last question
    # however many words it has.
    entities = _in_scope(question, subject.entities)
    return _with_context(question, entities) \
        if entities and (goes_on or len(content) <= _ELLIPTICAL_WORDS) else None


# A scope over every place (folded): "toàn ngành", "toàn quốc", "cả nước", "toàn Đảng".
_EVERYWHERE = re.compile(r"\b(?:toan (?:nganh|quoc|dang|tinh)|ca nuoc|tren ca nuoc|toan bo nganh)\b")


def _in_scope(question: str, entities: list[str]) -> list[str]:
    """The earlier subjects a question goes on with, without the places when it asks over every place ("thế toàn
    ngành đã ban hành mấy hướng dẫn" after a question about the venue in Nghệ An)."""
    if not _EVERYWHERE.search(fold(question).lower()):
        return entities
    return [e for e in entities if not (is_province(e) or _places(e))]


# "… thì là bao nhiêu?", "… được mấy?" (folded): a figure asked with nothing named that it counts, after it or as
# "số …", "tỷ lệ …" ("Còn số đảng viên bị kỷ luật là bao nhiêu?" names its own).
# "bao nhiêu người": anyone counted ("còn đột phá thì mấy cái" counts the "đột phá" it names)
_COUNTS_NOTHING = re.compile(r"\b(?:bao nhieu|may)(?:\s+nguoi)?\W*$")
_COUNT_NAMED = re.compile(r"\b(?:so|ty le|ti le|muc|tong)\b")


# "thế còn đảng viên thì bao nhiêu lượt?" (folded, particles left out): another thing counted in the same unit.
_OTHER_COUNTED = re.compile(r"^\W*(?:(?:the|vay)\s+)?con\s+(?P<x>\w+(?:\s+\w+){0,3}?)\s+thi\s+(?:(?:co|duoc|la)\s+)?"
                            r"(?:bao nhieu|may)\s+(?P<unit>\w+)\W*$")


def _other_counted(question: str, previous: str) -> str | None:
    """"Thế còn đảng viên thì bao nhiêu lượt?" after "… cấp ủy các cấp kiểm tra bao nhiêu lượt tổ chức Đảng?": the
    earlier count asked again of the other thing, counted in the same unit ("… bao nhiêu lượt đảng viên?")."""
    asked = without_final_particles(question)
    folded = folded_aligned(asked)
    m = _OTHER_COUNTED.match(folded.lower()) if folded is not None else None
    prior = folded_aligned(previous)
    if m is None or prior is None:
        return None
    counted = re.search(rf"\b(?:bao nhieu|may)\s+{re.escape(m.group('unit'))}\s+(?P<y>\w+(?:\s+\w+){{0,3}}?)"
                        r"(?=\s*(?:[?,.;:!]|$|\s(?:o|tai|trong|tu|cua|nam|da|duoc)\b))", prior.lower())
    if counted is None:
        return None
    return _replace_span(previous, counted.start("y"), counted.end("y"), asked[m.start("x"):m.end("x")])


# "còn UBKT các cấp thi hành kỷ luật bao nhiêu" (folded, particles left out): another body's count, nothing named
# that it counts; and what an earlier "bao nhiêu …" question counted (its first two words: "đảng viên").
_OTHER_BODY_COUNTS = re.compile(r"^\W*(?:(?:the|vay)\s+)?con\s+(?P<x>\w+(?:\s+\w+){2,12}?)\s+(?:thi\s+)?"
                                r"(?:(?:co|duoc|la)\s+)?(?:bao nhieu|may)\W*$")
_COUNTED_BEFORE = re.compile(r"\b(?:bao nhieu|may)\s+(?P<noun>(?!(?:la|thi|vay|the|a|nhi)\b)\w+(?:\s+\w+)?)")


def _counted_by_another(question: str, previous: str) -> str | None:
    """"Còn UBKT các cấp thi hành kỷ luật bao nhiêu?" after "Cao Bằng cấp ủy thi hành kỷ luật bao nhiêu đảng viên
    …?": the other body's count of what the earlier question counted ("… bao nhiêu đảng viên?"), in its context."""
    asked = without_final_particles(question)
    folded, prior = folded_aligned(asked), folded_aligned(previous)
    m = _OTHER_BODY_COUNTS.match(folded.lower()) if folded is not None else None
    if m is not None and _COUNT_NAMED.search(m.group("x")):
        return None  # "Còn số đảng viên bị kỷ luật là bao nhiêu?" names what it counts
    counted = _COUNTED_BEFORE.search(prior.lower()) if m is not None and prior is not None else None
    if m is None or counted is None or analyse(previous).kind != "number":
        return None
    how_many = "bao nhiêu" if has_diacritics(question) else "bao nhieu"
    noun = previous[counted.start("noun"):counted.end("noun")]
    return _with_context(f"{asked[m.start('x'):m.end('x')]} {how_many} {noun}", [_as_context(previous)])


def _same_count(question: str, previous: str) -> str | None:
    """"Tính bình quân mỗi năm thì là bao nhiêu?" after "Từ đầu nhiệm kỳ Cao Bằng kết nạp được bao nhiêu đảng viên
    mới?": a figure asked of nothing it names, no document or name of its own, is a figure of what the earlier
    "how many" question counted, which is its context (its subject and what it counts)."""
    folded = fold(without_final_particles(question)).lower()
    if not _COUNTS_NOTHING.search(folded) or _COUNT_NAMED.search(folded):
        return None  # read first: most follow-ups are not worth analysing twice here
    info = analyse(question)
    if info.kind != "number" or find_refs(question) or info.names or analyse(previous).kind != "number":
        return None
    return _with_context(question, [_as_context(previous)])


# "Cái thứ hai là gì?", "còn ý cuối cùng?" (folded): an item by position, of no list the question names.
_ITEM_ONLY = re.compile(r"^\W*(?:(?:the|vay)\s+(?:thi\s+)?)?(?:con\s+)?(?:cai|y|diem|muc)\s+"
                        r"(thu\s+\w+|cuoi cung|sau cung|dau tien)\b")
# The list an earlier question asked for ("những nhiệm vụ, giải pháp nào", "mấy nhóm giải pháp"), as written.
_LIST_ASKED = re.compile(r"\b((?:nhiệm vụ, giải pháp|nhiệm vụ và giải pháp|giải pháp|nhiệm vụ|biện pháp|yêu cầu|"
                         r"nội dung|nhiem vu, giai phap|nhiem vu va giai phap|giai phap|nhiem vu|bien phap|yeu cau|"
                         r"noi dung)(?:\s+(?:trọng tâm|chủ yếu|trong tam|chu yeu))?)\b", re.IGNORECASE)


def _item_of_list(question: str, previous: str, subject: _Subject) -> str | None:
    """"Cái thứ hai là gì?", "Thế cái thứ năm là gì?" after "… đề xuất những nhiệm vụ, giải pháp nào …?": the item
    of the list the earlier question asked for ("nhiệm vụ, giải pháp thứ hai là gì?"), in the earlier context."""
    m = _ITEM_ONLY.match(fold(question))
    listed = _LIST_ASKED.search(previous)
    if not m or not listed:
        return None
    rest = question[m.start(1):]  # "thứ hai là gì?": folding keeps every position
    asked = f"{listed.group(1)} {rest}"
    return _with_context(asked, subject.entities) if subject.entities else asked


# A follow-up that is a position alone ("thu hai", "còn cái cuối cùng thì sao?"), folded.
_POSITION_ONLY = re.compile(r"^\W*(?:(?:the|vay)\s+)?(?:con\s+)?(?:(?:cai|y|diem|muc)\s+)?"
                            r"(thu\s+\w+|cuoi cung|sau cung|dau tien)(?:\s+(?:thi sao|la gi|nua))?\W*$")


def _position_only(question: str, previous: str) -> str | None:
    """"thu hai" after "giai phap thu nhat kl21 nghe an": the earlier question with the position it names in place of
    its own (its list, document and place kept)."""
    m = _POSITION_ONLY.match(fold(question).lower())
    earlier = _pick(_ORDINAL_PHRASE, previous).search(previous)
    if not m or not earlier:
        return None
    return _replace_span(previous, earlier.start(), earlier.end(), question[m.start(1):m.end(1)])


# "… thứ hai trong số đó", "trong đó, …": among what the previous question asked for.
_AMONG_THOSE = _both(r"\btrong\s+(?:số\s+)?(?:đó|này|ấy)\b")


def _among_those(question: str, previous: str) -> str | None:
    """"Hội nghị thứ hai trong số đó là hội nghị gì?" after "… cần chuẩn bị triển khai mấy hội nghị?": what the
    earlier question counted or listed is the context (it names them; "đó" does not)."""
    if not _pick(_AMONG_THOSE, question).search(question):
        return None
    return _with_context(question, [_as_context(previous)])


# An item of a list pointed back at ("trong giải pháp đó", "nhiệm vụ này"), and an earlier question's item named by
# its place ("giải pháp thứ năm", "nhiệm vụ, giải pháp thứ 2"), folded.
_ITEM_NOUNS = "giải pháp|nhiệm vụ|biện pháp|yêu cầu|nội dung|ý|điểm|mục"
_ITEM_POINTER = _both(rf"\b(?:{_ITEM_NOUNS})\s+(?:đó|này|ấy|nói trên)\b")
_ITEM_BY_PLACE = re.compile(fold(rf"\b(?:{_ITEM_NOUNS})(?:(?:,|\s+và)\s+(?:{_ITEM_NOUNS}))?\s+{_ORDINAL}\b"),
                            re.IGNORECASE)


def _item_pointed_back(question: str, previous: str) -> str | None:
    """"Trong giải pháp đó cần chú trọng kiểm tra ai?" after "Theo bài ở Nghệ An, giải pháp thứ năm … là gì?": the
    item the earlier question named by its place, with that question as the context (its document and source)."""
    m = _pick(_ITEM_POINTER, question).search(question)
    named = _ITEM_BY_PLACE.search(fold(previous))
    if not m or not named:
        return None
    item = previous[named.start():named.end()]  # folding keeps every position
    if not has_diacritics(question):
        item = unaccented(item)
    resolved = _replace_span(question, m.start(), m.end(), item)
    return _with_context(resolved, [_as_context(previous)])


# "giải pháp kế tiếp", "nhiệm vụ tiếp theo", "cái liền trước": the item after (or before) the one asked last.
_NEXT_ITEM = _both(rf"\b(?:{_ITEM_NOUNS}|cái)\s+(?:(kế tiếp|tiếp theo|tiếp sau|kế đến|liền sau)"
                   r"|(liền trước|trước đó))\b")
# Where the earlier question put the item: "thứ ba", or "đầu tiên" (the first).
_PLACE_ASKED = _both(rf"\b(?:{_ORDINAL}|đầu tiên)\b")
# How a list item's place is written when it is asked ("giải pháp thứ tư", not "thứ bốn").
_PLACE_WORDS = {1: "nhất", 2: "hai", 3: "ba", 4: "tư", 5: "năm", 6: "sáu", 7: "bảy", 8: "tám", 9: "chín", 10: "mười"}


def _next_item(question: str, previous: str) -> str | None:
    """"Còn giải pháp kế tiếp sau đó là gì?" after "… giải pháp thứ ba là gì?": the earlier question asked again of
    the next item (or the one before, "liền trước")."""
    m = _pick(_NEXT_ITEM, question).search(question)
    place = _pick(_PLACE_ASKED, previous).search(previous)
    if not m or not place:
        return None
    n = analyse(previous).ordinal + (1 if m.group(1) else -1)
    if n not in _PLACE_WORDS:
        return None
    word = f"thứ {_PLACE_WORDS[n]}"
    return _replace_span(previous, place.start(), place.end(), word if has_diacritics(previous) else fold(word))


def _own_document_pointed(question: str) -> str | None:
    """"Trong đó có nhắc KL 14-KL/TW, KL này ban hành ngày nào?": the document pointed at by its type is one the
    question itself named before it, so the question stands as it is (the reader asks its last clause of that
    document); no earlier turn is its subject."""
    m = _pick(_DOC_PRONOUN, question).search(question)
    refs = [r.text for r in find_refs(question) if r.end <= m.start()] if m else []
    return question if refs and _document_for(m.group(0), _Subject(refs, [])) else None


def _told_of_context(question: str, subject: _Subject) -> str | None:
    """"Còn bài Cao Bằng thì ghi ngày nào?" after a question about KL 21: another writing, telling of the
    conversation's document, which goes after its verb of telling ("bài Cao Bằng ghi KL21 ngày nào?") when the
    question names no document and nothing else after that verb."""
    tells = writing_tells(question)
    rest = question[tells.end():] if tells else ""
    if not tells or not subject.refs or find_refs(question) or analyse(rest).names:
        return None
    pointer = _pick(_DOC_PRONOUN, rest).search(rest)
    doc = _document_for(pointer.group(0), subject) if pointer else ""
    if doc:  # "… thì ghi kết luận đó ngày nào?": the document pointed at, in its place
        told = f"{question[:tells.end()]}{rest[:pointer.start()]}{doc}{rest[pointer.end():]}"
    else:
        told = f"{question[:tells.end()]}{subject.refs[0]} {rest}"
    return _pick(_CONTINUING_PARTICLES, told).sub(" ", told, count=2).strip()


# "Con số đó", "số liệu này", "con số vừa nêu": the figure the previous answer gave.
_FIGURE_POINTED = _both(rf"\b(?:con\s+)?số(?:\s+(?:liệu|lượng))?\s+(?:{DEMONSTRATIVES}|{_JUST_NAMED}|trên)\b")


def _figure_pointed_back(question: str, previous: str) -> str | None:
    """"Con số đó có đạt mục tiêu … không?" after "… kết nạp được bao nhiêu đảng viên mới?": the figure is what the
    earlier "how many" question counted, which is the context (its subject and what it counts)."""
    if not _pick(_FIGURE_POINTED, question).search(question) or analyse(previous).kind != "number":
        return None
    return _with_context(question, [_as_context(previous)])


# A field of work pointed back at by its noun ("về công tác này", "nội dung đó"), and what the earlier question calls
# it: the noun and the words after it, up to a word that ends the phrase ("… công tác phòng, chống tham nhũng để giảng
# dạy …": "công tác phòng, chống tham nhũng").
_FIELD_NOUNS = r"(?:công tác|nội dung|vấn đề|lĩnh vực|phong trào|mô hình)"
_FIELD_POINTED = _both(rf"\b({_FIELD_NOUNS})\s+(?:này|đó|ấy|trên)\b")
_FIELD_NOUNS_FOLDED = fold(_FIELD_NOUNS)
# A matter pointed back at without its noun: "về việc ấy", "việc đó".
_MATTER_POINTED = _both(r"\b(việc)\s+(?:này|đó|ấy|trên)\b")
# (read folded: the earlier question is matched without its marks)
_PHRASE_END = fold(r"(?=\s+(?:để|tại|ở|của|và|là|có|được|đã|đang|sẽ|thì|với|trong|cho|vào|như|bao nhiêu|mấy|nào|gì|"
                   r"ra sao|thế nào)\b|\s*[?.!;:(]|\s*$)")


def _field_named_before(question: str, previous: str) -> str:
    """``question`` with a field of work it points back at ("Còn cuốn tài liệu … về công tác này …", "… về việc ấy")
    named as the earlier question named it ("công tác phòng, chống tham nhũng"); the question itself otherwise."""
    m = _pick(_FIELD_POINTED, question).search(question)
    # "việc ấy" points at whatever field the earlier question named, by whichever noun.
    noun = fold(m.group(1)).lower() if m else _FIELD_NOUNS_FOLDED
    if not m and not (m := _pick(_MATTER_POINTED, question).search(question)):
        return question
    if (folded := folded_aligned(previous)) is None:  # its spans are the earlier question's
        return question
    earlier = re.search(rf"\b{noun}\s+(\w[\w\s,–-]{{2,60}}?){_PHRASE_END}", folded)
    if not earlier or earlier.group(1).strip(" ,").count(" ") < 1:
        return question  # ("nội dung gì" names no field)
    field = previous[earlier.start():earlier.end()].strip(" ,")
    if not has_diacritics(question):
        field = unaccented(field)
    return _replace_span(question, m.start(), m.end(), field)


def _resolve_one(question: str, previous: str, subject: _Subject) -> str:
    if not previous:
        return question
    question = _field_named_before(question, previous)
    return _same_source(question, subject.source, _resolved(question, previous, subject))


def _same_source(question: str, source: str, resolved: str) -> str:
    """``resolved`` asked of ``source``, the writing the earlier question named ("Trong bài về Nghệ An, giải pháp
    thứ nhất … là gì?" … "Còn giải pháp thứ tư thì …?"), when it names no source, name or place of its own."""
    if not _FRAMING_SOURCE.match(source) or source in resolved:
        return resolved
    # (A question naming its own document, a name or a place asks of that: "QĐ 205 được ban hành ngày nào?")
    info = analyse(question)
    if info.source or info.names or info.ref_groups or _places(question):
        return resolved
    return f"{source}, {resolved}"


# A source that frames what is asked of it ("Trong bài về Nghệ An, …", "Theo bài viết …, …"), not a writing that
# tells something ("Bài về … có nêu …").
_FRAMING_SOURCE = re.compile(r"(?i)(?:trong|theo|căn cứ|can cu)\s")


def _resolved(question: str, previous: str, subject: _Subject) -> str:
    return (_own_document_pointed(question) or _told_of_context(question, subject) or _next_item(question, previous)
            or _position_only(question, previous)
            or _what_about(question, previous)
            or _item_of_list(question, previous, subject)
            or _among_those(question, previous) or _item_pointed_back(question, previous)
            or _figure_pointed_back(question, previous) or _refers_back(question, subject, previous)
            or _other_counted(question, previous) or _counted_by_another(question, previous)
            or _same_count(question, previous)
            or _continued(question, subject, previous) or _elliptical(question, subject) or question)

"""Capitals for the names in a question typed all in lowercase.

Places and people are read from capitals ("tỉnh Nghệ An", "Trần Hồng Minh"): a question typed all in lowercase
("bi thu tinh uy nghe an la ai") has none, so the place it asks about is not seen and another province's
secretary answers it. Two words in a row get capitals when the corpus writes them so mid-sentence
(``capitalised``: "nghe an" -> "Nghe An", "tran hong minh" -> "Tran Hong Minh"), and a province's name gets them
after a unit, whether the corpus has it or not ("tinh uy ha tinh" -> "tinh uy Ha Tinh": a province the answer
must then not take for another). A question with a capital in a word of its own after the first (not "KL21", nor
"Ban Thường vụ" spelled out of "BTV") keeps the user's casing but for a person's whole name and a province's
name after a unit.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rag.vi.abbreviations import CAPITALS_ONLY, SHORTHAND, WRITTEN
from rag.vi.doctypes import CODES, DOCUMENT_TYPES
from rag.vi.names import SURNAMES, UNIT_PHRASES
from rag.vi.places import LONGEST, PROVINCE_WORDS, PROVINCES
from rag.vi.text import fold, has_diacritics, unaccented

_WORD = re.compile(r"\w+", re.UNICODE)
_UNITS = tuple(tuple(fold(u).split()) for u in UNIT_PHRASES)
_SPELLED_WORDS = frozenset(w for full in SHORTHAND.values() for w in f"{full} {unaccented(full)}".split())

Pair = Callable[[str, str], bool]  # two lowercase words -> whether the corpus writes them as a name


# Where a place stands (folded): after "ở", "tại", a unit or its committee ("tỉnh", "tu", "tỉnh ủy", "btv tu"),
# "điểm cầu": "BTV Tỉnh ủy NA", "hội nghị ở QN"; opening the question or after "của" ("CB từ đầu nhiệm kỳ kết nạp
# …", "bài của CB"), but not as the first of members listed ("của CB, ĐV", "CB và đảng viên": there "CB" is "cán
# bộ"), nor as what is asked about ("NA là tỉnh nào?"), nor a document's code before its number ("KH 77").
_NOT_LISTED = r"(?!\s*(?:,|;|va\b|la\b|dv\b|dang vien\b|cap\b|chu chot\b|lanh dao\b|\d))"
_INITIALS = re.compile(r"\b(?:o|tai|ben|tinh uy|tinh|tu|diem cau)\s+([a-z]{2,3})(?![\w/-])"
                       r"|(?:^\W*|\bcua\s+)([a-z]{2,3})(?![\w/-])" + _NOT_LISTED
                       # Typed in capitals, a province's initials stand for it after any word, as a keyword
                       # question writes whose figure it asks ("Tỷ lệ cử tri đi bầu NA nhiệm kỳ …", "kết nạp QN").
                       # (Not a writing's: "bài QN" names the report, as typed.)
                       + r"|(?<=[a-z]\s)(?<!\bbai\s)(?<!\bbao\s)(?<!\btin\s)([a-z]{2,3})(?![\w/-])" + _NOT_LISTED)
# Initials chat uses for something else wherever they stand: "tại HN" is "tại hội nghị" as often as a place; typed
# in lower case, "cb" is "cán bộ" ("của cb").
_NOT_PLACES = frozenset({"HN", "hn", "cb"})
# Capitals chat and notes use for words, which stand for a place only where a place stands ("ở CB", "tại TH"), not
# after any word: cán bộ, trường hợp, kiểm tra, thanh niên, thành viên, doanh nghiệp, văn phòng, toàn quốc,
# phát triển, lãnh đạo, giáo dục, bình thường.
_WORDS_BY_INITIALS = frozenset({"CB", "TH", "KT", "TN", "TV", "DN", "VP", "TQ", "PT", "LD", "GD", "BT"})


def _by_initials() -> dict[str, tuple[str, ...]]:
    """The provinces of two words or more by their folded initials ("qn": Quảng Nam, Quảng Ngãi, Quảng Ninh)."""
    found: dict[str, tuple[str, ...]] = {}
    for name in PROVINCES:
        if len(name.split()) > 1:
            key = "".join(w[0] for w in fold(name).split())
            found[key] = (*found.get(key, ()), name)
    return found


_NAMED_BY_INITIALS = _by_initials()


def provinces_from_initials(text: str, capitalised: Pair) -> str:
    """``text`` with a province written by its initials in capitals where a place stands ("BTV Tỉnh ủy NA", "ở
    QN") written out, when exactly one province the corpus writes has those initials ("Quảng Ninh", not also
    Quảng Nam); without accents in a question typed without them."""
    accented = has_diacritics(text)
    words = re.sub(r"\S*\d\S*", " ", text)  # a document's code ("KL21") is typed in capitals however the rest is
    lowered, shouted = words == words.lower(), words == words.upper()
    out, last = [], 0
    for m in _INITIALS.finditer(fold(text)):  # folding keeps offsets
        group = next(g for g in (1, 2, 3) if m.group(g))
        token = text[m.start(group):m.end(group)]
        # (in lower case only where the whole question is: "qn tổ chức …", "ở hội nghị bên qn …"; after any word only
        # in capitals, in a question not typed all in them)
        typed = token.isupper() or (token.islower() and lowered)
        if group == 3 and (not token.isupper() or shouted or token in _WORDS_BY_INITIALS):
            continue
        if not typed or token in SHORTHAND or token in _NOT_PLACES or fold(token).lower() in CODES:
            continue
        known = [p for p in _NAMED_BY_INITIALS.get(m.group(group), ()) if capitalised(*fold(p).split()[:2])]
        if len(known) == 1:
            out.append(text[last:m.start(group)] + (known[0] if accented else unaccented(known[0])))
            last = m.end(group)
    return "".join(out) + text[last:]


# What stays in capitals when a question typed all in capitals is lowered: shorthand for bodies and titles and the
# codes of document types ("BTV", "HĐND", "KL", "QĐ"), which are read by their capitals.
_KEPT_CAPITALS = frozenset({*(k for k in SHORTHAND if k.isupper()), *WRITTEN,
                            *(code.upper() for code, _, _ in DOCUMENT_TYPES), "QĐ", "NĐ", "ĐA", "TW", "TƯ", "BCHTW"})
_TOKEN = re.compile(r"[\w/.-]+")
_ROMAN = re.compile(r"[IVXL]{1,6}")
_BEFORE_ROMAN = frozenset({"khoa", "quy", "thu", "lan"})  # "KHÓA XIII", "QUÝ III", "LẦN THỨ XX"
_SHOUTED_WORDS = 3
_LETTERS = re.compile(r"(?<![\w/-])[^\W\d_]+(?![\w/-])")  # a word of letters, not part of a code ("21-KL/TW")


def lowercase_shouted(text: str) -> str:
    """``text`` typed all in capitals ("NHIỆM VỤ THỨ BA CỦA ĐẢNG BỘ TỈNH CAO BẰNG LÀ GÌ?") in lowercase but for
    what is read by its capitals: shorthand, document codes and numbers ("21-KL/TW"), a term's or quarter's Roman
    numeral; names then get their capitals as in any lowercase question. Other text is returned as it is."""
    letters = re.findall(r"[^\W\d_]+", text)
    if len(letters) >= _SHOUTED_WORDS and all(w.isupper() for w in letters):
        return _lowercased(text)
    # Words in capitals for emphasis inside a question ("KẾT LUẬN 21 ban hành NGÀY NÀO", "bà TRƯƠNG THỊ MAI"): a run
    # of two or more is lowercased; a lone one is a code ("UBND", "QN") or a stem's emphasis ("Điều nào sau đây KHÔNG
    # đúng …?"), which retrieval reads as typed.
    words = [m for m in _LETTERS.finditer(text) if len(m.group()) > 1 and m.group().isupper()]
    runs: list[list[re.Match[str]]] = []
    for m in words:
        if runs and not text[runs[-1][-1].end():m.start()].strip():
            runs[-1].append(m)
        else:
            runs.append([m])
    out, last = [], 0
    for run in runs:
        if len(run) > 1:
            for m in run:
                lowered = _emphasis_lowered(m.group())
                if m.start() == run[0].start() and not re.search(r"\w", text[:m.start()]):
                    lowered = lowered[:1].upper() + lowered[1:]  # opening the question, as its first word is written
                out.append(text[last:m.start()] + lowered)
                last = m.end()
    return "".join(out) + text[last:]


def _emphasis_lowered(word: str) -> str:
    """A word of a run in capitals, lowercased but for codes and shorthand ("KẾT LUẬN", "TRƯƠNG THỊ MAI"; not "BCH
    TW", "NQ ĐH", "KT GS")."""
    kept = word in _KEPT_CAPITALS or word in CAPITALS_ONLY or (word.isascii() and not re.search(r"[AEIOUY]", word)) \
        or _ROMAN.fullmatch(word) is not None  # "KHÓA XIII": the term's numeral
    return word if kept else word.lower()


def _lowercased(text: str, keep_capitals: bool = False) -> str:
    """``text`` in lowercase but for what is read by its capitals: shorthand, document codes and numbers
    ("21-KL/TW"), a term's or quarter's Roman numeral; with ``keep_capitals``, every word in capitals too
    ("HĐND", "BCH")."""
    out, last, previous = [], 0, ""
    for m in _TOKEN.finditer(text):
        token = m.group()
        kept = (any(ch.isdigit() or ch == "/" for ch in token) or token in _KEPT_CAPITALS
                or (keep_capitals and token.isupper())
                or (_ROMAN.fullmatch(token) is not None and previous in _BEFORE_ROMAN))
        out.append(text[last:m.start()] + (token if kept else token.lower()))
        last, previous = m.end(), fold(token).lower()
    return "".join(out) + text[last:]


_TITLED_RUN = 2  # capitalised words in a row: "Thường Vụ", "Hội Nghị Giao Ban"
# Pairs in such runs the corpus has but never writes as a name: a title-cased question has three or more, while a
# question written as usual may have two ("Trưởng Ban Tổ chức … Sở Nội vụ").
_TITLED_PAIRS = 3
_NAMED_WHOLE = frozenset({"luat", "bo"})  # "Luật Du Lịch", "Bộ Thông Tin": names some capitalise whole


def _capitalised_runs(text: str) -> list[list[re.Match[str]]]:
    """The runs of two or more capitalised words one space apart, none opening a sentence (whose capital is the
    sentence's), nor in capitals ("HĐND", "III")."""
    runs, run = [], []
    for m in _WORD.finditer(text):
        word = m.group()
        capital = (word.isalpha() and word[:1].isupper() and not word.isupper()
                   and not re.search(r"(?:^|[.!?:;]\s*)$", text[:m.start()]))
        if capital and (not run or text[run[-1].end():m.start()] == " "):
            run.append(m)
            continue
        if len(run) >= _TITLED_RUN:
            runs.append(run)
        run = [m] if capital else []
    if len(run) >= _TITLED_RUN:
        runs.append(run)
    return runs


def lowercase_titled(text: str, capitalised: Pair, known: Pair) -> str:
    """``text`` written with a capital on every important word ("Kết Luận Số 21 … được ban hành vào Ngày nào?",
    "Ban Thường Vụ Tỉnh Uỷ") in lowercase but for what is read by its capitals (shorthand, codes, numbers, Roman
    numerals after "khóa", "quý"): its capitals mark no names, and names then get theirs as in any lowercase
    question. It is title-cased when nearly every word opens with a capital, words no name has among them
    (``_title_cased_by_words``), or when its runs of capitalised words (not opening a sentence, a law's or a
    ministry's name, a person's or a province's) hold three or more pairs that ``known`` texts have side by side
    but never as a name (``capitalised``: "Thường Vụ", "Hội Nghị"; "Ban Tổ chức" is one). Other text is returned
    as it is."""
    if _title_cased_by_words(text):  # its words that no name has are capitalised too
        return _lowercased(text, keep_capitals=True)
    titled = 0
    for run in _capitalised_runs(text):
        lower = [m.group().lower() for m in run]
        folded = tuple(fold(w) for w in lower)
        if folded[0] in _NAMED_WHOLE:
            continue
        # A person's name (a family name as written, "Vũ" not "Vụ", and up to three more) or a province's in it is
        # a name, whatever its casing.
        names = {k for i, m in enumerate(run) if m.group() in SURNAMES for k in range(i, min(i + 4, len(folded)))}
        names |= {k for i in range(len(folded)) for j in range(i + 2, len(folded) + 1)
                  if folded[i:j] in PROVINCE_WORDS for k in range(i, j)}
        titled += sum(known(lower[i], lower[i + 1]) and not capitalised(lower[i], lower[i + 1])
                      for i in range(len(lower) - 1) if i not in names and i + 1 not in names)
    return text if titled < _TITLED_PAIRS else _lowercased(text, keep_capitals=True)


# Three words in a row -> whether the second belongs to the first more than to the third ("vi pham thi": "vi phạm").
Bound = Callable[[str, str, str], bool]


def capitalise_names(text: str, capitalised: Pair, bound: Bound | None = None) -> str:
    """``text`` with capitals on the runs of words the corpus writes as a name and on a province's name after a
    unit ("tỉnh", "tỉnh ủy", "thành phố", …); when the user wrote any name with capitals (a word after the first
    with a capital, not all in capitals, "KL21", and not of a body's or title's shorthand spelled out, "BTV" ->
    "Ban Thường vụ"), only the latter and a whole name of three words or more typed all in lowercase. A province
    written by its initials where a place stands is written out (``provinces_from_initials``). A name does not open
    on a word ``bound`` to the one before it ("vi pham thi Uy ban …": "vi phạm", not "Phạm Thị")."""
    # The first word's capital is a keyboard's habit, not a name; one after it means the user wrote names with
    # capitals, and only a person's whole name or a province's after a unit may still be typed without ("Ông trần
    # hồng minh … tỉnh Cao Bằng", "tỉnh ủy cao bằng … Kết luận").
    cased = any(w not in _SPELLED_WORDS and not w.isupper() and w != w.lower() for w in _WORD.findall(text)[1:])
    words = [m for m in _WORD.finditer(text) if m.group().isalpha() and not m.group().isupper()]
    joined = [b.start() - a.end() == 1 for a, b in zip(words, words[1:])]  # no name runs across punctuation
    upper: set[int] = set()
    for i in range(len(words) - 1):
        if joined[i] and capitalised(words[i].group(), words[i + 1].group()) and not (
                bound is not None and i > 0 and joined[i - 1] and i - 1 not in upper
                and bound(words[i - 1].group(), words[i].group(), words[i + 1].group())):
            upper.update((i, i + 1))
    if cased:  # but a person's whole name, three words or more, the user may still type in lowercase
        typed_lower = {i for i in upper if words[i].group().islower()}
        upper = {i for i in typed_lower if _run_length(typed_lower, i) >= _FULL_NAME}
    # A lone letter right after a name is its placeholder initial ("nguyen van a" -> "Nguyen Van A"), but for "o"
    # ("ở": "nguyen van thong o nghe an").
    upper.update(i + 1 for i in sorted(upper) if i + 1 < len(words) and i + 1 not in upper and joined[i]
                 and len(words[i + 1].group()) == 1 and fold(words[i + 1].group()) != "o")
    folded = [fold(m.group()) for m in words]
    for start, end in _provinces_after_units(folded, joined):
        upper.update(range(start, end))
    out, last = [], 0
    for i, m in enumerate(words):
        if i in upper:
            out.append(text[last:m.start()] + m.group()[:1].upper() + m.group()[1:])
            last = m.end()
    return provinces_from_initials("".join(out) + text[last:], capitalised)


_FULL_NAME = 3


def _run_length(indices: set[int], i: int) -> int:
    """How many consecutive indices of ``indices`` the run holding ``i`` has."""
    start, end = i, i
    while start - 1 in indices:
        start -= 1
    while end + 1 in indices:
        end += 1
    return end - start + 1


# Where a place is named without its unit: opening the question ("ha tinh hoi nghi … ngay nao"), or after "ở",
# "tại", "của", "điểm cầu" (a conference's site: "ở điểm cầu hà tĩnh"), or "còn" (another place asked of: "còn
# thanh hóa quán triệt kl21 ngày nào?").
_PLACE_WORDS = (("diem", "cau"), ("o",), ("tai",), ("cua",), ("con",))


def _provinces_after_units(folded: list[str], joined: list[bool]) -> list[tuple[int, int]]:
    """(start, end) word indices of each province named right after a unit (or "ở", "tại", "của", or opening the
    text), the longest name first."""
    found = []
    for i in range(-1, len(folded)):
        unit = () if i < 0 else next((u for u in (*_UNITS, *_PLACE_WORDS) if tuple(folded[i:i + len(u)]) == u),
                                     None)
        if unit is None:
            continue
        first = max(i, 0)
        start = first + len(unit)
        for size in range(LONGEST, 0, -1):
            end = start + size
            if end <= len(folded) and all(joined[first:end - 1]) and tuple(folded[start:end]) in PROVINCE_WORDS:
                found.append((start, end))
                break
    return found


# Words no name has, which Title Case capitalises too ("Giữ Chức Vụ Gì Ở", "Do Cơ Quan Nào Ban Hành").
# (Accented: a name's syllables fold to them too, "Vũ", "Đồng".)
_FUNCTION_WORDS = frozenset("gì nào là của do ở ai bao nhiêu ngày có quan ban hành chức vụ giữ về trong được những "
                            "các và thế sao không tại".split())
# Typed without accents, they are known by their letters ("Cua", "La", "Gi"): a word so typed is no name's marked
# syllable either.
_FUNCTION_WORDS_FOLDED = frozenset(fold(w) for w in _FUNCTION_WORDS)
_TITLE_CASED_SHARE = 0.8
_TITLE_CASED_WORDS = 4


def _title_cased_by_words(text: str) -> bool:
    """Whether ``text`` is typed In Title Case Every Word ("Đồng Chí Nguyễn Văn Thông Giữ Chức Vụ Gì Ở Nghệ An??"):
    nearly every word opens with a capital, words no name has among them."""
    words = [m.group() for m in _LETTERS.finditer(text)]
    titled = [w for w in words if w[:1].isupper() and w[1:].islower()]
    known = _FUNCTION_WORDS if has_diacritics(text) else _FUNCTION_WORDS_FOLDED
    function = sum(w.lower() in known for w in titled)
    return len(words) >= _TITLE_CASED_WORDS and len(titled) >= _TITLE_CASED_SHARE * len(words) and function >= 2


# A name typed without accents, capitalised, inside a question typed with them ("#HungNguyen" read "Hung Nguyen").
_ASCII_NAME = re.compile(r"(?<![\w/-])(?-i:[A-Z][a-z]+)(?:\s(?-i:[A-Z][a-z]+)){1,3}(?![\w/-])")


def names_accented(text: str, capitalised: Pair, restore: Callable[[str], str]) -> str:
    """``text`` typed with accents, with a name typed without them written as ``restore`` gives it, when the corpus
    writes its first two words as a name ("Hung Nguyen" -> "Hưng Nguyên"); a text without accents is as typed."""
    if not has_diacritics(text):
        return text

    def accented(m: re.Match[str]) -> str:
        words = m.group(0).split()
        if not capitalised(words[0].lower(), words[1].lower()):
            return m.group(0)
        restored = restore(m.group(0))
        return restored if fold(restored) == fold(m.group(0)) else m.group(0)
    return _ASCII_NAME.sub(accented, text)


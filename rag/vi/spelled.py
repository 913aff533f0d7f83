"""Numbers said in words, as speech-to-text and some users write them, put as the texts write them: documents'
numbers ("kết luận hai mươi mốt", "chỉ thị số năm", "quy dinh mot tram linh chin" -> "kết luận 21"), dates ("ngày
chín tháng mười hai năm 2021" -> "ngày 9/12/2021"), terms ("khóa 13", "khóa mười ba" -> "khóa XIII"), quarters
("quý ba" -> "quý III") and months by name ("tháng Giêng" -> "tháng 1"). Only where the words cannot be something
else: a document's number right after its type, after "số" or as two words or more of a well-formed number that no
unit of time or count follows ("kế hoạch năm 2022", "nghị quyết hai năm" stay as they are); in a text typed with
accents, only accented number words."""

from __future__ import annotations

import re

from rag.vi.doctypes import TYPE_WORDS, roman
from rag.vi.text import fold, has_diacritics, typed_with_accents

# Digit words, accented; a word typed without accents is read by its folded form ("mot", "tu", "lam").
_DIGITS = {"một": 1, "mốt": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "năm": 5, "lăm": 5, "sáu": 6, "bảy": 7,
           "bẩy": 7, "tám": 8, "chín": 9}
_TEN, _HUNDRED, _ZERO = frozenset({"mười", "mươi"}), "trăm", frozenset({"linh", "lẻ"})
# After "mươi" (or a colloquial tens digit, "hai mốt") 1, 4 and 5 are said "mốt", "tư", "lăm"; "năm" there is a
# year ("hai mươi năm": twenty years), not a five.
_AFTER_TENS = {"mốt": 1, "một": 1, "tư": 4, "bốn": 4, "lăm": 5, "hai": 2, "ba": 3, "sáu": 6, "bảy": 7, "bẩy": 7,
               "tám": 8, "chín": 9}
_COLLOQUIAL_UNITS = {"mốt": 1, "tư": 4, "lăm": 5}  # "hai mốt" is 21, "ba tư" 34; "hai ba" may be two numbers
_FOLDED = {fold(w): w for w in (*_DIGITS, *_TEN, _HUNDRED, *_ZERO)}
# What follows a count, not a document's number ("hai năm", "ba tháng", "năm 2022").
_UNIT_WORDS = frozenset("ngay thang nam tuan gio phut lan nguoi tuoi ky khoa dot".split())
_TYPES = sorted({*TYPE_WORDS, "kl", "nq", "qd", "ct", "kh", "tb", "nd", "tt"}, key=len, reverse=True)
# A type and its number ("kết luận hai mốt", "chỉ thị số năm"), or a plenum's ("nghị quyết trung ương bảy": one word
# is a number there as after "số").
_TYPE_ALTERNATION = "|".join(_TYPES).replace(" ", r"\s+")  # folded, its words' spaces any run of them
_AFTER_TYPE = re.compile(r"(?<!\w)(?:(?:nghi\s+quyet|hoi\s+nghi)\s+(trung\s+uong\s+)|(?:"
                         + _TYPE_ALTERNATION + r")\s+(so\s+)?)(?=\w)")
_WORD = re.compile(r"\w+")
_DATE_FIGURE = re.compile(r"\s+\d{1,2}/\d{1,2}")


def _as_spelled(word: str, accented: bool) -> str:
    """The number word ``word`` is, accented ("mot" -> "một"); "" for another word (an accented "từ" is no "tư";
    in a text typed with accents, "sau" is no "sáu")."""
    lower = word.lower()
    if has_diacritics(lower) or accented:
        return lower if lower in _DIGITS or lower in _TEN or lower in (_HUNDRED, *_ZERO) else ""
    return _FOLDED.get(lower, "")


def _tens_and_units(words: list[str], i: int) -> tuple[int, int] | None:
    """(value, words read) of a number below 100 at ``words[i]``: "mười", "mười lăm", "hai mươi mốt", "hai mốt"."""
    if i >= len(words):
        return None
    first = words[i]
    if first in _TEN:  # "mười", "mười lăm"
        unit = _AFTER_TENS.get(words[i + 1]) if i + 1 < len(words) else None
        return (10 + unit, 2) if unit else (10, 1)
    if first not in _DIGITS:
        return None
    digit = _DIGITS[first]
    if i + 1 < len(words) and words[i + 1] in _TEN:  # "hai mươi", "hai mươi mốt"
        unit = _AFTER_TENS.get(words[i + 2]) if i + 2 < len(words) else None
        return (digit * 10 + unit, 3) if unit else (digit * 10, 2)
    if i + 1 < len(words) and digit > 1 and words[i + 1] in _COLLOQUIAL_UNITS:
        return digit * 10 + _COLLOQUIAL_UNITS[words[i + 1]], 2
    return digit, 1


def spelled_number(words: list[str]) -> tuple[int, int] | None:
    """(value, words read) of the number ``words`` (accented number words) open with, below 1000: "một trăm linh
    chín" -> (109, 4); None when they open with none."""
    if len(words) >= 2 and words[0] in _DIGITS and words[1] == _HUNDRED:
        hundreds = _DIGITS[words[0]] * 100
        if len(words) >= 4 and words[2] in _ZERO and words[3] in _DIGITS:
            return hundreds + _DIGITS[words[3]], 4
        rest = _tens_and_units(words, 2)
        if rest and (rest[0] >= 10 or rest[1] > 1):
            return hundreds + rest[0], 2 + rest[1]
        return hundreds, 2
    return _tens_and_units(words, 0)


def _number_at(text: str, at: int, accented: bool) -> tuple[int, int, int] | None:
    """(value, end, words read) of a number said in words opening ``text[at:]`` (the words next to each other), or
    None."""
    found, words = [], []
    for w in _WORD.finditer(text, at):
        spelled = _as_spelled(w.group(), accented)
        if not spelled or text[(found[-1].end() if found else at):w.start()].strip() or len(found) >= 5:
            break
        found.append(w)
        words.append(spelled)
    number = spelled_number(words) if words else None
    return (number[0], found[number[1] - 1].end(), number[1]) if number else None


# A document's number said digit by digit ("kế hoạch bảy bảy", "quy định hai không năm"): "không" is a digit there.
_RUN_DIGITS = {**_DIGITS, "không": 0}
_RUN_FOLDED = {fold(w): w for w in _RUN_DIGITS}
_RUN_MAX = 4


def _digit_run(text: str, at: int, accented: bool, zero_first: bool = False) -> tuple[str, int, int] | None:
    """(figures, end, words read) of two to four digit words opening ``text[at:]`` ("bảy bảy" -> "77", "hai không
    năm" -> "205"); None for one word or more than four, a number said with "mươi" or "trăm" (read as a number), a
    first "không" (unless ``zero_first`` and two words: a document's number may be "09"), or two words ending in
    "năm" ("hai năm" may be two years)."""
    found: list[re.Match[str]] = []
    digits = []
    for w in _WORD.finditer(text, at):
        lower = w.group().lower()
        word = lower if (has_diacritics(lower) or accented) else _RUN_FOLDED.get(lower, "")
        if text[(found[-1].end() if found else at):w.start()].strip():
            break
        if fold(lower) in ("muoi", "tram"):
            return None
        if word not in _RUN_DIGITS:
            break
        found.append(w)
        digits.append(_RUN_DIGITS[word])
    two_years = len(found) == 2 and fold(found[-1].group()).lower() == "nam"
    if not 2 <= len(found) <= _RUN_MAX or (digits[0] == 0 and not (zero_first and len(found) == 2)) or two_years:
        return None
    return "".join(map(str, digits)), found[-1].end(), len(found)


# Letters said by name, as speech-to-text writes a document's code ("quờ đê tê u" for "QĐ/TU"), folded.
_LETTER_NAMES = {"a": "A", "be": "B", "bo": "B", "xe": "C", "co": "C", "de": "D", "do": "D", "e": "E", "go": "G",
                 "hat": "H", "ho": "H", "i": "I", "ca": "K", "ka": "K", "lo": "L", "mo": "M", "no": "N", "o": "O",
                 "pe": "P", "po": "P", "quo": "Q", "quy": "Q", "ro": "R", "et": "S", "so": "S", "te": "T", "to": "T",
                 "u": "U", "ve": "V", "vo": "V"}
_D_NAMES = frozenset({"đê", "đờ", "Đê", "Đờ"})  # "đ" folds to "d": "đê" is Đ, "dê" D
_ISSUER_CODES = ("TU", "TW", "HĐND", "UBND", "BCT", "BBT")  # after the slash: who issued it
_CODE = re.compile(rf"^[A-ZĐ]{{1,4}}(?:{'|'.join(_ISSUER_CODES)})$")


def _spelled_code(text: str, at: int) -> tuple[str, int] | None:
    """("QĐ/TU", end) of a document's code said letter by letter right at ``text[at:]`` ("quờ đê tê u"): three
    letters or more that make a type and an issuer's code; None otherwise (a word that merely sounds like a
    letter, "a", "u", is no code on its own)."""
    letters, end = [], at
    for w in _WORD.finditer(text, at):
        if text[end:w.start()].strip(" -"):
            break
        word = w.group()
        letter = "Đ" if word in _D_NAMES else _LETTER_NAMES.get(fold(word).lower())
        if letter is None:
            break
        letters.append(letter)
        end = w.end()
    code = "".join(letters)
    if len(letters) < 3 or not _CODE.match(code):
        return None
    issuer = next(i for i in _ISSUER_CODES if code.endswith(i))
    return f"{code[:-len(issuer)]}/{issuer}", end


def document_numbers_in_figures(text: str) -> str:
    """``text`` with each document number written in words after its type put in figures: "kết luận hai mươi mốt"
    -> "kết luận 21", "chi thi so nam" -> "chi thi so 5", "kế hoạch bảy bảy" (digit by digit) -> "kế hoạch 77"."""
    folded, accented = fold(text).lower(), typed_with_accents(text)
    out, last = [], 0
    for m in _AFTER_TYPE.finditer(folded):
        if m.start() < last:
            continue
        number = _number_at(text, m.end(), accented)
        # "chỉ thị số không bốn", "nghị quyết không tám": a document's number said digit by digit may open with
        # its zero ("04-CT/TU", "08-NQ/TU").
        run = _digit_run(text, m.end(), accented, zero_first=True)
        if run and (number is None or run[2] > number[2]):
            number = run
        if number is None:
            continue
        value, end, read = number
        if spelled := _spelled_code(text, end):  # "quy định chín quờ đê tê u": "quy định 9-QĐ/TU"
            out.append(f"{text[last:m.end()]}{value}-{spelled[0]}")
            last = spelled[1]
            continue
        following = _WORD.search(text, end)
        after = fold(following.group()).lower() if following else ""
        plenum_term = bool(m.group(1)) and after == "khoa"  # "trung ương bảy khóa XII": the plenum of a term
        single = read < 2 and not (m.group(1) or m.group(2))  # one word is a number only after "số" or a plenum
        # "chỉ thị mười tám ngày 18/10/2021": the day is the document's date, not a count of days.
        dated = after == "ngay" and bool(_DATE_FIGURE.match(text, following.end()))
        if (after in _UNIT_WORDS and not plenum_term and not dated) or after.isdigit() or single:
            continue
        out.append(text[last:m.end()] + str(value))
        last = end
    return "".join(out) + text[last:]


# "quý ba", "quy hai nam 2021": a quarter said in words. Typed without accents, "quy tu" may be "quy tụ" (to gather).
# "mỗi quý một lần", "hai quý một lần": a frequency, no quarter.
_QUARTER_WORDS = {"một": "I", "nhất": "I", "hai": "II", "ba": "III", "bốn": "IV", "tư": "IV"}
_QUARTER_SPOKEN = re.compile(r"(?<!\w)(quý|Quý|QUÝ)\s+(" + "|".join(_QUARTER_WORDS) + r")(?!\w)(?!\s+lần\b)")
_UNACCENTED_QUARTERS = {fold(w): q for w, q in _QUARTER_WORDS.items() if fold(w) != "tu"}
_QUARTER_UNACCENTED = re.compile(r"(?<!\w)([Qq]uy)\s+(" + "|".join(_UNACCENTED_QUARTERS) + r")(?!\w)(?!\s+lan\b)")


def quarters_in_numerals(text: str) -> str:
    """``text`` with each quarter said in words written as the texts write it: "quý ba" -> "quý III",
    "quy hai" -> "quy II"."""
    text = _QUARTER_SPOKEN.sub(lambda m: f"{m.group(1)} {_QUARTER_WORDS[m.group(2)]}", text)
    return _QUARTER_UNACCENTED.sub(lambda m: f"{m.group(1)} {_UNACCENTED_QUARTERS[m.group(2)]}", text)


# "khóa 13", "khoá mười ba": a Party or National Assembly term, which texts write in Roman numerals ("khóa XIII").
_TERM = re.compile(r"(?<!\w)(khóa|khoá|Khóa|Khoá|KHÓA|khoa|Khoa)\s+(?:(\d{1,2})(?![\w/]|[.,]\d)|(?=[^\W\d]))")


def _numbered_in_roman(pattern: re.Pattern[str], text: str, most: int) -> str:
    """``text`` with the number after each match of ``pattern`` (group 1: the word before it; group 2: the number
    in figures, else it is said in words after the match) written in Roman numerals, from one to ``most``."""
    out, last, accented = [], 0, typed_with_accents(text)
    for m in pattern.finditer(text):
        if m.start() < last:
            continue
        if m.group(2):
            value, end = int(m.group(2)), m.end()
        else:
            spoken = _number_at(text, m.end(), accented)
            if not spoken:
                continue
            value, end, _ = spoken
        if 1 <= value <= most:
            out.append(f"{text[last:m.start(1)]}{m.group(1)} {roman(value)}")
            last = end
    return "".join(out) + text[last:]


def terms_in_roman(text: str) -> str:
    """``text`` with each term given in figures or words written in Roman numerals: "khóa 13" -> "khóa XIII",
    "khoá mười ba" -> "khoá XIII" (a term of one to twenty)."""
    return _numbered_in_roman(_TERM, text, 20)


# "Đại hội Đảng bộ tỉnh … lần thứ 19", "lần thứ mười chín": a congress, which texts number in Roman numerals ("Đại
# hội Đảng bộ tỉnh lần thứ XIX").
_CONGRESS = re.compile(r"(?<!\w)(?:đại hội|dai hoi)\b(?:\s+[^\s,.;:?!]+){0,6}?\s+(lần thứ|lan thu)\s+"
                       r"(?:(\d{1,2})(?![\w/]|[.,]\d)|(?=[^\W\d]))", re.IGNORECASE)


def congresses_in_roman(text: str) -> str:
    """``text`` with a congress's number given in figures or words written in Roman numerals: "Đại hội … lần thứ 19"
    -> "Đại hội … lần thứ XIX" (one to thirty)."""
    return _numbered_in_roman(_CONGRESS, text, 30)


# "ngày chín tháng mười hai năm 2021": a date said in words, written as texts write it ("ngày 9/12/2021").
_DATE_WORDS = re.compile(r"(?<!\w)(ngày|Ngày|ngay|Ngay)\s+(?=[^\W\d])")
_MONTH = re.compile(r"\s+(?:tháng|thang)\s+")
_MONTH_FIGURE = re.compile(r"\d{1,2}(?!\d)")
_YEAR_AFTER = re.compile(r"\s+(?:năm|nam)\s+((?:19|20)\d{2})(?!\d)")


def dates_in_figures(text: str) -> str:
    """``text`` with a day and month said in words written in figures: "ngày chín tháng mười hai năm 2021" ->
    "ngày 9/12/2021", "ngay hai muoi lam thang muoi" -> "ngay 25/10"."""
    out, last, accented = [], 0, typed_with_accents(text)
    for m in _DATE_WORDS.finditer(text):
        if m.start() < last:
            continue
        day = _number_at(text, m.end(), accented)
        month_word = _MONTH.match(text, day[1]) if day else None
        if not month_word:
            continue
        month = (int(d.group(0)), d.end()) if (d := _MONTH_FIGURE.match(text, month_word.end())) \
            else _number_at(text, month_word.end(), accented)
        if not month or not (1 <= day[0] <= 31 and 1 <= month[0] <= 12):
            continue
        year = _YEAR_AFTER.match(text, month[1])
        out.append(f"{text[last:m.end()]}{day[0]}/{month[0]}" + (f"/{year.group(1)}" if year else ""))
        last = year.end() if year else month[1]
    return "".join(out) + text[last:]


# "tháng Giêng", "tháng Chạp", "tháng Mười", "tháng mười một": a month by name or said in words, which texts write
# in figures ("15/1", "tháng 12", "18/10/2021"). "Năm" is a month only capitalised ("tháng năm" is months and years);
# "mỗi tháng một lần", "tháng hai đợt" count, they name no month.
_MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "Năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
                "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12, "gieng": 1, "chap": 12}
_MONTH_NAMES = re.compile(r"(?<!\w)(?<!mỗi )(?<!hằng )(?<!hàng )(tháng|thang)\s+("
                          + "|".join(sorted((w.replace(" ", r"\s+") for w in _MONTH_WORDS), key=len, reverse=True))
                          + r")(?!\w)(?!\s+(?:lần|đợt|kỳ|kì|buổi|ngày)\b)", re.IGNORECASE)
_MONTH_OF = {fold(w).lower(): n for w, n in _MONTH_WORDS.items() if w != "Năm"}


def _month(m: re.Match[str]) -> str:
    word = " ".join(m.group(2).split())
    if fold(word).lower() == "nam":
        return f"{m.group(1)} 5" if word == "Năm" else m.group(0)
    if word.isascii() and fold(word).lower() not in ("gieng", "chap") and not typed_with_accents(m.string):
        return m.group(0)  # in a question typed without accents, "thang hai" may be anything
    return f"{m.group(1)} {_MONTH_OF[fold(word).lower()]}"


def month_names_in_figures(text: str) -> str:
    """``text`` with a month named in words written in figures: "tháng Giêng" -> "tháng 1", "tháng Mười" ->
    "tháng 10", "tháng Chạp" -> "tháng 12"."""
    return _MONTH_NAMES.sub(_month, text)


# "hai mươi nghìn đại biểu", "mười lăm nghìn năm trăm", "năm hai nghìn không trăm hai mươi mốt": a count of
# thousands or more said in words, which texts write in figures ("20.000", "15.500"; a year "2021"). Without
# accents, "ngan" may be "ngăn" or "Ngân" and "ty" "tỷ lệ": only the unambiguous words count there.
_SCALES = {"nghìn": 1_000, "ngàn": 1_000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
_SCALES_FOLDED = {"nghin": 1_000, "trieu": 1_000_000}
_SCALE = re.compile(r"\s+(\w+)")
_NO_HUNDREDS = re.compile(r"\s+(?:không|khong)\s+(?:trăm|tram)\s+")
_ODD = re.compile(r"\s+(?:linh|lẻ|le)\s+(?=\w)")  # "hai nghìn linh năm": 2005
# A year after "năm", a term's or period's ("nhiệm kỳ hai nghìn không trăm hai mươi mốt"), or a year's range ("2021 –
# hai nghìn không trăm hai mươi sáu").
_YEAR_BEFORE = re.compile(r"(?:năm|nam|nhiệm kỳ|nhiem ky|giai đoạn|giai doan)\s+$|\b[12]\d{3}\s*(?:[-–—]|đến|den)\s*$",
                          re.IGNORECASE)
_NUMBER_SIGN_BEFORE = re.compile(r"(?<!\w)(?:so|" + _TYPE_ALTERNATION + r")\s+$")


def _scale_at(text: str, at: int, accented: bool) -> tuple[int, int] | None:
    """(multiplier, end) of a scale word ("nghìn", "triệu") right at ``text[at:]``."""
    m = _SCALE.match(text, at)
    if not m:
        return None
    word = m.group(1).lower()
    scale = _SCALES.get(word) or (None if has_diacritics(word) or accented else _SCALES_FOLDED.get(word))
    return (scale, m.end()) if scale else None


def _rest_after(text: str, at: int, accented: bool) -> tuple[int, int] | None:
    """(value, end) of the hundreds that follow a scale word when said as such ("năm trăm", "không trăm hai mươi
    mốt", "linh năm"): "hai nghìn năm" alone may be two thousand years."""
    if zero := _NO_HUNDREDS.match(text, at) or _ODD.match(text, at):
        rest = _number_at(text, zero.end(), accented)
        return rest[:2] if rest and rest[0] < 100 else None
    rest = _number_at(text, at, accented)
    return rest[:2] if rest and rest[0] >= 100 else None


def _count_at(text: str, at: int, accented: bool) -> tuple[int, int] | None:
    """(value, end) of a count of a thousand or more said in words at ``text[at:]``: groups of a number and a
    falling scale ("một triệu hai trăm nghìn"), then its hundreds."""
    value, end, last_scale = 0, at, 0
    while (number := _number_at(text, end, accented)) and (scale := _scale_at(text, number[1], accented)) \
            and (not last_scale or scale[0] < last_scale):
        value, end, last_scale = value + number[0] * scale[0], scale[1], scale[0]
    if not value:
        return None
    if rest := _rest_after(text, end, accented):
        value, end = value + rest[0], rest[1]
    return value, end


def _in_figures(value: int, plain: bool) -> str:
    """A count as texts write it, its thousands after dots ("15.500"), or ``plain`` (a year, a document's number)."""
    return str(value) if plain else f"{value:,}".replace(",", ".")


# ("trên hai nghìn" stays "trên 2.000": texts write a threshold so)
_ROUGHLY_BEFORE = re.compile(r"\b(?:hon|gan|khoang|chung|tam|xap xi)\s+$")


def counts_in_figures(text: str) -> str:
    """``text`` with each count of a thousand or more said in words written in figures: "hai mươi nghìn đại biểu"
    -> "20.000 đại biểu", "mười lăm nghìn năm trăm" -> "15.500", "năm hai nghìn không trăm hai mươi mốt" -> "năm
    2021"; a round one said roughly as one types it: "hơn hai mươi nghìn đại biểu" -> "hơn 20 nghìn đại biểu"."""
    out, last, accented = [], 0, typed_with_accents(text)
    for w in _WORD.finditer(text):
        if w.start() < last or not _as_spelled(w.group(), accented):
            continue
        if not (count := _count_at(text, w.start(), accented)):
            continue
        value, end = count
        year = _YEAR_BEFORE.search("".join(out) + text[last:w.start()]) and 1000 <= value <= 2999
        # "quy định số hai nghìn chín trăm chín mươi ba": a document's number, which texts write "2993-QĐ/TU".
        numbered = _NUMBER_SIGN_BEFORE.search(fold(text[:w.start()]).lower())
        if not (year or numbered) and value % 1000 == 0 and _ROUGHLY_BEFORE.search(fold(text[:w.start()]).lower()):
            # "hơn mười lăm nghìn đại biểu": a count rounded, as one types it ("hơn 15 nghìn"), not an exact 15.000
            unit = text[w.start():end].split()[-1]
            out.append(f"{text[last:w.start()]}{value // 1000} {unit}")
        else:
            out.append(text[last:w.start()] + _in_figures(value, bool(year or numbered)))
        last = end
    return "".join(out) + text[last:]


# "năm hai không hai mốt", "nam hai khong hai hai", "năm hai nghìn hai mốt": a year said as speech-to-text writes it,
# digit by digit or as two thousand and its last two figures.
_YEAR_WORD = re.compile(r"(?<!\w)(?:năm|nam|Năm|Nam|NĂM)\s+(?=[^\W\d])")
_TWO_THOUSAND = re.compile(r"(?:hai|Hai)\s+(?:nghìn|ngàn|nghin|ngan)\s+(?=[^\W\d])")
_TWENTY = re.compile(r"(?:hai|Hai)\s+(?:không|khong)\s+(?=[^\W\d])")  # "hai không mười chín": 2019


def years_in_figures(text: str) -> str:
    """``text`` with each year after "năm" said in four digit words ("năm hai không hai hai" -> "năm 2022"), as
    "hai nghìn" and a number below a hundred ("năm hai nghìn hai mốt" -> "năm 2021") or as "hai không" and one from
    ten ("năm hai không mười chín" -> "năm 2019") written in figures."""
    out, last, accented = [], 0, typed_with_accents(text)
    for m in _YEAR_WORD.finditer(text):
        if m.start() < last:
            continue
        year = None
        if (run := _digit_run(text, m.end(), accented)) and run[2] == 4 and run[0][0] in "12":
            year = run[:2]
        elif (thousand := _TWO_THOUSAND.match(text, m.end())) and (
                rest := _number_at(text, thousand.end(), accented)) and rest[0] < 100 and rest[2] > 1:
            year = str(2000 + rest[0]), rest[1]
        elif (twenty := _TWENTY.match(text, m.end())) and (
                rest := _number_at(text, twenty.end(), accented)) and 10 <= rest[0] < 100:
            year = str(2000 + rest[0]), rest[1]
        if year:
            out.append(text[last:m.end()] + year[0])
            last = year[1]
    return "".join(out) + text[last:]


# A count said with its thousands in words but its figures in digits: "2 nghìn 21" (2021), "15 ngàn 5" (15.500: the
# hundreds said alone), "6 nghìn 2 trăm 22" (6.222).
_MIXED_THOUSANDS = re.compile(r"(?<![\d.,/])(\d{1,3})\s+(?:nghìn|ngàn|nghin|ngan)\s+(\d{1,3})"
                              r"(?:\s+(?:trăm|tram)(?:\s+(?:linh\s+|lẻ\s+|le\s+)?(\d{1,2}))?)?(?![\d.,/])",
                              re.IGNORECASE)


def mixed_thousands_in_figures(text: str) -> str:
    """``text`` with each count whose thousands are said in words and figures in digits written in figures ("năm 2
    nghìn 21" -> "năm 2021", "15 ngàn 5 đại biểu" -> "15.500 đại biểu", "6 nghìn 2 trăm 22" -> "6.222")."""
    def written(m: re.Match[str]) -> str:
        thousands, rest, tens = int(m.group(1)), m.group(2), m.group(3)
        if tens is not None or (m.group(0).rstrip()[-4:].lower() in ("trăm", "tram")):
            value = thousands * 1000 + int(rest) * 100 + int(tens or 0)
        elif len(rest) == 1:
            value = thousands * 1000 + int(rest) * 100  # "15 ngàn 5": five hundred
        else:
            value = thousands * 1000 + int(rest)
        return _in_figures(value, bool(_YEAR_BEFORE.search(text[:m.start()])) and 1000 <= value <= 2999)
    return _MIXED_THOUSANDS.sub(written, text)


# A length of time said in words after a word that measures it ("hơn một năm", "được hai tháng"): texts write its
# figure ("sau hơn 1 năm thực hiện …"). Not after "khoảng", "sau": "Khoảng ba tuần sau hội nghị …" tells when, as
# context, no figure the texts must hold.
_DURATION_BEFORE = re.compile(r"(?<!\w)(?:hơn|gần|được|tròn|đúng|hon|gan|duoc|tron|dung)\s+"
                              r"(?=[^\W\d])", re.IGNORECASE)
_DURATION_UNITS = frozenset("nam thang tuan ngay quy".split())


def durations_in_figures(text: str) -> str:
    """``text`` with each length of time said in words after "hơn", "gần", "được" … written in figures ("được hơn
    một năm" -> "được hơn 1 năm", "gần hai tháng" -> "gần 2 tháng")."""
    out, last, accented = [], 0, typed_with_accents(text)
    for m in _DURATION_BEFORE.finditer(text):
        if m.start() < last or not (number := _number_at(text, m.end(), accented)):
            continue
        value, end, _ = number
        unit = _WORD.match(text, end + 1) if text[end:end + 1] == " " else None
        if unit and fold(unit.group()).lower() in _DURATION_UNITS:
            out.append(text[last:m.end()] + str(value))
            last = end
    return "".join(out) + text[last:]


def said_numbers_written(text: str) -> str:
    """``text`` with the numbers a question says in words where texts write figures or numerals: counts of
    thousands, months by name, terms, congresses, dates, documents' numbers and quarters ("kết luận hai mươi mốt …
    khóa mười ba" -> "kết luận 21 … khóa XIII")."""
    return durations_in_figures(quarters_in_numerals(document_numbers_in_figures(dates_in_figures(
        congresses_in_roman(terms_in_roman(month_names_in_figures(counts_in_figures(years_in_figures(
            mixed_thousands_in_figures(text))))))))))

"""Vietnamese text normalisation: NFC without invisible characters, tone-mark placement and accent folding."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")  # sắc huyền hỏi ngã nặng
# Open syllables where the two placements coexist: "hoá"/"hóa", "khoẻ"/"khỏe", "uỷ"/"ủy".
_GLIDE_PAIRS = (("o", "a"), ("o", "e"), ("u", "y"))
_WORD_CHAR = r"[^\W\d_]"


# Characters that show nothing yet split words for search: zero-width space, non-joiner and joiner, word
# joiner and invisible operators, BOM, soft hyphen, and the bidi marks, embeddings and isolates.
INVISIBLE = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad\u180e" \
            "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")


def strip_invisible(text: str) -> str:
    """``text`` without the ``INVISIBLE`` characters ("Kết\u200b luận" -> "Kết luận")."""
    # Searched first: most texts have none, and a search is cheaper than translating every character.
    return _INVISIBLE_RE.sub("", text) if _INVISIBLE_RE.search(text) else text


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC without invisible characters (the storage and question form)."""
    return unicodedata.normalize("NFC", strip_invisible(text))


# Emoji and pictographs a chat question carries ("… vấn đề gì vậy 🙏", "✅", skin tones, variation selectors): no
# words; a question mark drawn as one ("❓") is a question mark.
_PICTOGRAPHS = re.compile("[\U0001F000-\U0001FAFF\u2600-\u2752\u2755-\u27BF\u2B00-\u2BFF\u2300-\u23FF\uFE0E\uFE0F]+")
_DRAWN_QUESTION = re.compile("[\u2753\u2754]")


def without_pictographs(text: str) -> str:
    """``text`` without emoji and pictographs ("… gì vậy 🙏" -> "… gì vậy"), a drawn "❓" written "?"."""
    if text.isascii():
        return text
    drawn = _PICTOGRAPHS.sub(" ", _DRAWN_QUESTION.sub("?", text))
    return drawn.rstrip() if drawn != text else text


# The syllables of a word joined by "_" as Vietnamese word segmenters write them ("Kết_luận", "Ban_Chấp_hành"); a
# blank to fill ("___ là Bí thư …") stands between spaces, not between two letters.
_SEGMENTED = re.compile(r"(?<=[^\W_])_(?=[^\W_])")


def unsegmented(text: str) -> str:
    """``text`` with a word segmenter's "_" between syllables written as a space ("Kết_luận" -> "Kết luận")."""
    return _SEGMENTED.sub(" ", text) if "_" in text else text


# Full-width forms of ASCII ("？", "：", "１") and the spaces other than the plain one (no-break, thin, ideographic),
# as East Asian keyboards, word processors and PDFs type them.
_PLAIN_FORMS = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} \
    | dict.fromkeys([0xA0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000], 0x20)


def plain_forms(text: str) -> str:
    """``text`` with full-width ASCII forms written as ASCII and every space as a plain one ("năm\xa0nào？" ->
    "năm nào?")."""
    return text if text.isascii() else text.translate(_PLAIN_FORMS)


# Initials written with dots between them ("K.L 21", "Q.Đ 205", "B.T.V", "T.Ư"), as a note typed from handwriting
# spells the codes the texts write without them ("KL", "QĐ", "BTV").
_DOTTED_INITIALS = re.compile(r"(?<![\w.])(?:[A-ZĐƯ]\.){1,3}[A-ZĐƯ](?!\w)")
# A line broken inside a sentence, as text pasted from a PDF is ("… cán bộ, đảng viên\nsuy thoái?"): the next line
# goes on in lower case after no stop.
# (A chat's line ends with an emoji or a particle said to the reader, "ạ", "ơi": a line of its own.)
_BROKEN_LINE = re.compile(r"(?<=[^\s.?!:;\U0001F000-\U0001FAFF\u2600-\u27BF])(?<!\bạ)(?<!\bơi)(?<!\bnhé)"
                          r"[ \t]*\r?\n[ \t]*(?=\w)")


def pasted_plain(text: str) -> str:
    """``text`` with initials written without dots ("K.L 21" -> "KL 21") and a line broken mid-sentence joined."""
    text = _DOTTED_INITIALS.sub(lambda m: m.group(0).replace(".", ""), text)
    return _BROKEN_LINE.sub(lambda m: " " if text[m.end()].islower() else m.group(0), text)


def has_content(text: str) -> bool:
    """True when ``text`` has a letter or a digit: "?", "..." or only invisible characters have none."""
    return any(ch.isalnum() for ch in text)


@lru_cache(maxsize=1)
def _tone_table() -> tuple[re.Pattern[str], dict[str, str]]:
    mapping: dict[str, str] = {}
    for first, second in _GLIDE_PAIRS:
        for mark in _TONE_MARKS:
            for f, s in ((first, second), (first.upper(), second.upper()), (first.upper(), second)):
                new_style = f + nfc(s + mark)  # mark on the second vowel: "oá", "uỷ"
                old_style = nfc(f + mark) + s  # mark on the first vowel: "óa", "ủy"
                mapping[new_style] = old_style
    keys = "|".join(sorted(map(re.escape, mapping), key=len, reverse=True))
    # Only at the end of a syllable (no final consonant) and not after "q" ("quý" stays).
    pattern = re.compile(rf"(?<![qQ])({keys})(?!{_WORD_CHAR})")
    return pattern, mapping


# Where a new-style placement can stand at all: "o" or "u" before a vowel bearing a tone mark (most texts have none,
# and this search is much cheaper than the alternation of every placement).
_NEW_STYLE_AT = re.compile("[oOuU][áàảãạéèẻẽẹýỳỷỹỵÁÀẢÃẠÉÈẺẼẸÝỲỶỸỴ]")


def unify_tones(text: str) -> str:
    """Put tone marks in one placement so that "hoá" and "hóa", "uỷ" and "ủy" compare equal."""
    text = nfc(text)
    if not _NEW_STYLE_AT.search(text):
        return text
    pattern, mapping = _tone_table()
    return pattern.sub(lambda m: mapping[m.group(1)], text)


# The older spelling with "i" of syllables the reader's patterns look for with "y", as Party and state texts write
# them: "Quí III" (a quarter), "qui định", "kí ngày" (signed), "kỉ luật", "tỉ lệ"; whole words only. Other pairs
# ("kì", "lí") are left to retrieval as typed: rewritten, "bất kì" matched "bất kỳ" of another alqac-dev article
# better than the one answering.
_OLD_I = {"qui": "quy", "quí": "quý", "quì": "quỳ", "quỉ": "quỷ", "quĩ": "quỹ", "quị": "quỵ",
          "kí": "ký", "kỉ": "kỷ", "tỉ": "tỷ"}
_OLD_I_RE = re.compile(r"(?<![\w/-])(" + "|".join(sorted(_OLD_I, key=len, reverse=True)) + r")(?![\w/-])",
                       re.IGNORECASE)


def modern_y(text: str) -> str:
    """``text`` (NFC) with the older "i" spellings of syllables the texts write with "y" ("Quí III" -> "Quý III",
    "kỉ luật" -> "kỷ luật")."""
    def spelled(m: re.Match[str]) -> str:
        word = _OLD_I[m.group(1).lower()]
        return word.capitalize() if m.group(1)[0].isupper() else word

    return _OLD_I_RE.sub(spelled, text)


def _fold_slowly(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return stripped.replace("đ", "d").replace("Đ", "D")


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str | None]:
    # Every character of the Basic Multilingual Plane that folding changes, to what it becomes: folding is
    # per character (a decomposition's marks are dropped whatever surrounds them), so one str.translate does
    # what decomposing, filtering and joining did character by character in Python (the answer stage folds
    # ~100k strings a minute). Built on first use, in ~0.1 s.
    table: dict[int, str | None] = {}
    for cp in range(0x80, 0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        ch = chr(cp)
        folded = _fold_slowly(ch)
        if folded != ch:
            table[cp] = folded or None
    table[ord("đ")], table[ord("Đ")] = "d", "D"
    return table


_BEYOND_BMP = re.compile("[\U00010000-\U0010FFFF]")


def fold(text: str) -> str:
    """Accent-fold and lowercase: "Kết luận Đảng" -> "ket luan dang"."""
    if text.isascii():
        return text.lower()
    if _BEYOND_BMP.search(text):  # outside the table: the long way
        return _fold_slowly(text).lower()
    return text.translate(_fold_table()).lower()


def folded_words(text: str) -> str:
    """``text`` folded to its words, one space between each ("Sáng ngày 15/1, Ban …" -> "sang ngay 15 1 ban"): what a
    quoted phrase is looked for in, whatever punctuation either writes."""
    return " ".join(re.findall(r"\w+", fold(text)))


def folded_aligned(text: str) -> str | None:
    """``text`` folded, when each of its characters stands where the text's does (a span found in one is the same
    span of the other); None when folding changed its length (a rare letter such as "İ" lowercases to two)."""
    folded = fold(text)
    return folded if len(folded) == len(text) else None


def unaccented(text: str) -> str:
    """``text`` without its marks, its letters' case kept: "Ban Thường vụ" -> "Ban Thuong vu"."""
    if text.isascii():
        return text
    if _BEYOND_BMP.search(text):
        return "".join(fold(ch).upper() if ch.isupper() else fold(ch) for ch in text)
    # The folding table keeps a letter's case (folding lowercases after it): one str.translate, not a fold per
    # character (the casing of every question's word pairs reads whole passages this way).
    return text.translate(_fold_table())


def index_form(text: str) -> str:
    """The lowercase, tone-unified form used for matching (keeps diacritics)."""
    return unify_tones(text).lower()


def has_diacritics(text: str) -> bool:
    """True when ``text`` carries any Vietnamese mark (so it is not typed without accents)."""
    return fold(text) != text.lower()


def find_all(text: str, needle: str) -> list[int]:
    """Where ``needle`` starts in ``text``, every time, overlapping ones too (none for an empty ``needle``)."""
    out, at = [], text.find(needle)
    while needle and at >= 0:
        out.append(at)
        at = text.find(needle, at + 1)
    return out


_WORD = re.compile(r"\w+")


_VOWELS = frozenset("aeiouy")


def is_abbreviation(word: str) -> bool:
    """A word in capitals ("KL", "QĐ") or without a vowel ("qđ", "hđnd", "đv"): no Vietnamese syllable is
    either, so its "Đ" is no accent typed."""
    return (len(word) > 1 and word.isupper()) or not _VOWELS.intersection(fold(word).lower())


def typed_with_accents(text: str) -> bool:
    """``has_diacritics`` outside abbreviations: "… nhung van ban nao (KL, KH, QĐ)", "qđ do noi ve gi" are typed
    without accents, their "Đ" is the abbreviation's."""
    if has_diacritics(_WORD.sub(" ", text)):  # a mark outside any word
        return True
    # Word by word, the first accented one settles it (an ASCII word has no mark to look for).
    return any(not w.isascii() and not is_abbreviation(w) and has_diacritics(w) for w in _WORD.findall(text))


# A syllable written without a tone mark cannot end in p, t, c, ch (those take sắc or nặng), and "iê", "yê", "uô",
# "ươ" before a final never lose their hat or horn: "chuc", "truong", "nhieu" are typed without accents.
_CHECKED = re.compile(r"(?:p|t|c|ch)$")
_BARE_DIPHTHONG = re.compile(r"(?:ie|ye|uo)(?:n|ng|c|t|p|m|u|i|nh)$")


def _misspelt_unmarked(word: str) -> bool:
    """Whether ``word`` (lower case) is a syllable Vietnamese spelling never writes as it is typed, marks lost."""
    if unicodedata.normalize("NFD", word).translate(_NO_TONES) != unicodedata.normalize("NFD", word):
        return False  # it has a tone mark
    plain = fold(word)
    return bool(_VOWELS.intersection(plain)) and bool(
        _CHECKED.search(plain) or (_BARE_DIPHTHONG.search(plain) and not _HAT_OR_HORN.search(word)))


_NO_TONES = dict.fromkeys(map(ord, _TONE_MARKS))
_HAT_OR_HORN = re.compile("[âêôơư]")


def mostly_unaccented(text: str) -> bool:
    """Whether ``text`` is typed without accents but for a few words: fewer than half of its lower-case syllables
    (names and abbreviations aside) carry marks, and one is spelt as no accented text would ("ba Thu Hường la
    truong ban nao", "chi Phạm Thị Thanh Giang giu chuc vu gi") or fewer than a third of six or more do; or six
    words in a row carry none. Such a question is read as typed without them."""
    words = [w for w in _WORD.findall(text) if w.isalpha() and w.islower() and not is_abbreviation(w)
             and _SYLLABLE.match(fold(w))]  # (an English word, "offline", is none)
    marked = sum(has_diacritics(w) for w in words)
    # Or so few carry marks that no accented text would be written so ("Bau cu Quoc hoi … ti le cu tri di bau là
    # bao nhiêu phần trăm?"): most syllables of Vietnamese carry a mark, and a question of some length has many.
    return bool(words) and ((marked < len(words) / 2 and (
        any(_misspelt_unmarked(w) for w in words) or (len(words) >= _FEW_MARKS_FROM and marked < len(words) / 3)))
        or _longest_unmarked_run(text) >= _UNMARKED_RUN)


# How a Vietnamese syllable is spelt, folded: an initial consonant, one to three vowels, a final.
_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdghklmnpqrstvx])?[aeiouy]{1,3}"
                       r"(?:ch|ng|nh|[cmnpt])?$")
# The number of lower-case syllables from which fewer than a third marked is read as typed without accents.
_FEW_MARKS_FROM = 6
# Half a question typed without accents, the rest with ("Vay noi dung phong chong tham nhung được đưa vô dạy …"): a
# run of this many words without a mark, names' too, is seldom written with accents.
_UNMARKED_RUN = 6


def _longest_unmarked_run(text: str) -> int:
    """The most words of ``text`` in a row without a mark (abbreviations aside; a figure or a sign breaks a run)."""
    longest = run = 0
    for w in re.findall(r"\S+", text):
        word = w.strip(".,;:!?()\"“”'")
        if word.isalpha() and not is_abbreviation(word) and not has_diacritics(word) and _SYLLABLE.match(fold(word)):
            run += 1
            longest = max(longest, run)
        else:
            run = 0
    return longest


def as_typed(text: str) -> str:
    """``text`` with its marks dropped when it is ``mostly_unaccented`` or has none but an abbreviation's ("qđ"):
    one question, read one way (typed without accents) throughout."""
    if has_diacritics(text) and (mostly_unaccented(text) or not typed_with_accents(text)):
        return unaccented(text)
    return text


# A word's last vowel typed twice on a phone ("nàoo", "aii", "trịi", "ngàyy"): no Vietnamese syllable ends in two
# of the same vowel letter.
def toneless(letter: str) -> str:
    """``letter`` (or a word) without its tone marks, its vowels' own marks kept ("ị" -> "i", "ư" -> "ư")."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", letter.lower()).translate(_NO_TONES))


def undoubled_endings(text: str) -> str:
    """``text`` with a lower-case word's last vowel typed twice written once ("ngày nàoo" -> "ngày nào", "trịi" ->
    "trị"), and its last consonant ("giao bann" -> "giao ban": no Vietnamese syllable ends so); capitals ("UBKTT")
    and other words are left as they are."""
    def once(m: re.Match[str]) -> str:
        word = m.group(0)
        if len(word) < 2 or not word[-2:].islower() or not set(word.lower()) - set("ivxlc"):  # "iii": a numeral
            return word
        # Told apart by their vowel's own marks ("ưu" in "lưu" is two vowels), not by the tone ("trịi"); typed
        # three times or more ("gìii") as well.
        while len(word) > 1 and (last := toneless(word[-1])) == toneless(word[-2]) and last in "aeiouy":
            word = word[:-1]
        if len(word) > 2 and word.islower() and word[-1] == word[-2] and word[-1] in "cghmnpt" \
                and (toneless(word[-3]) in "aeiouyâăêôơư" or word[-3:-1] in ("ng", "nh", "ch")):
            word = word[:-1]
        return word
    return _WORD.sub(once, text)


# Two words typed without the space between them on a phone: "BanTổ chức", "KếtLuận" (a capital inside a word
# after a lower-case letter), "đạibiểu", "chứcvụ", "Tỉnhủy" (two tone marks: a syllable has one at most).
_CAMEL = re.compile(r"(?<=[^\W\d_A-ZĐ])(?=[A-ZĐ][^\W\d_A-ZĐ])")
_LETTERS_ONLY = re.compile(r"(?<![\w/.-])[^\W\d_]{4,}(?![\w/.-])")
FINALS = ("", "c", "ch", "m", "n", "ng", "nh", "p", "t")  # a syllable's consonant endings
INITIALS = ("", "b", "c", "ch", "d", "đ", "g", "gh", "gi", "h", "k", "kh", "l", "m", "n", "ng", "ngh", "nh", "p", "ph",
             "qu", "r", "s", "t", "th", "tr", "v", "x")


def cased_like(word: str, typed: str) -> str:
    """``word`` with a capital first letter when ``typed``, the word it stands for, opens with one."""
    return word[:1].upper() + word[1:] if typed[:1].isupper() else word


def is_vowel(letter: str) -> bool:
    """Whether ``letter`` (one character, any case or marks) is a vowel letter ("ư", "Ố"; not "đ")."""
    return fold(letter) in _VOWELS


def _tones(word: str) -> int:
    return sum(ch in _TONE_MARKS for ch in unicodedata.normalize("NFD", word))


def _split_two_toned(word: str) -> str:
    """``word`` as two syllables when it carries two tone marks and its consonants between the two vowel groups part
    into a final and an initial ("chứcvụ" -> "chức vụ"); else as typed."""
    if _tones(word) != 2:
        return word
    base = [toneless(ch) for ch in word]  # a letter each, tone off, its own marks kept
    vowel = [is_vowel(ch) for ch in base]
    first_end = next((i for i in range(1, len(word)) if vowel[i - 1] and not vowel[i]), None)
    if first_end is None:
        return word
    second = next((i for i in range(first_end, len(word)) if vowel[i]), None)
    if second is None:
        return word
    run = "".join(base[first_end:second])
    # Of the ways to part them, the longest final ("Tỉnhủy": "Tỉnh ủy", not "Tỉn hủy").
    # A run of vowels ending in a glide ("ôi", "ao", "êu"; not "uy") takes no final: "hộinghị" is "hội nghị".
    glided = first_end > 1 and base[first_end - 1] in "ioyu" and vowel[first_end - 2] \
        and "".join(base[first_end - 2:first_end]) != "uy"
    cuts = [k for k in range(len(run) + 1) if run[:k] in FINALS and run[k:] in INITIALS and not (glided and k)]
    if not cuts or _tones(word[:first_end + cuts[-1]]) != 1:
        return word
    at = first_end + cuts[-1]
    return f"{word[:at]} {word[at:]}"


# Two lower-case words joined by a hyphen where a space belongs ("ban-hành"); not codes ("QĐ-TU", "e-mail": typed
# without a mark) nor places ("Bà Rịa-Vũng Tàu").
_HYPHENED = re.compile(r"(?<![\w/-])([^\W\d_A-ZĐ]+)-([^\W\d_A-ZĐ]+)(?![\w/-])")


def split_joined_words(text: str) -> str:
    """``text`` with two words typed without a space between them parted ("BanTổ chức" -> "Ban Tổ chức",
    "đạibiểu" -> "đại biểu", "ban-hành" -> "ban hành"); codes ("QĐi/TW", "KL21") and single syllables are left as
    typed."""
    def parted(word: str) -> str:  # at a capital first ("BộChính": "Bộ Chính"), then by the tones of each part
        return word if word.isupper() else " ".join(map(_split_two_toned, _CAMEL.sub(" ", word).split(" ")))
    text = _HYPHENED.sub(lambda m: f"{m.group(1)} {m.group(2)}" if has_diacritics(m.group(0)) else m.group(0), text)
    return _LETTERS_ONLY.sub(lambda m: parted(m.group(0)), text)

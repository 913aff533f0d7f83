"""English words a portal's form or a bilingual official mixes into a question ("issue date của KL 21?",
"Ai ký (signer) Kết luận 21?", "Trương Thị Mai - chức vụ (position)?"), written in the Vietnamese the question
reader knows. A gloss in brackets beside the Vietnamese it translates is left out; an English word standing for
its Vietnamese is replaced by it, accented as the question is typed."""

from __future__ import annotations

import re

from rag.vi.numbers import alternation
from rag.vi.telex import telex_word
from rag.vi.text import unaccented

# What each asks, as a question written in Vietnamese asks it: words that ask (a kind of value, the list of them),
# and words for what the texts name in Vietnamese ("online": "trực tuyến", "meeting": "hội nghị", "done": "hoàn thành").
_ASKING = {
    "issue date": "ngày ban hành", "issued date": "ngày ban hành", "date of issue": "ngày ban hành",
    "issuing date": "ngày ban hành", "publish date": "ngày đăng", "published date": "ngày đăng",
    "publication date": "ngày đăng", "date published": "ngày đăng", "event date": "ngày", "date": "ngày",
    "signer": "người ký", "signed by": "người ký", "issuer": "cơ quan ban hành", "issued by": "cơ quan ban hành",
    "issuing body": "cơ quan ban hành", "author": "tác giả", "written by": "tác giả",
    "subject": "nội dung", "content": "nội dung", "position": "chức vụ", "job title": "chức vụ",
    "how many": "bao nhiêu", "how much": "bao nhiêu", "when": "khi nào", "who": "ai", "list": "liệt kê",
    "people": "người", "ppl": "người",
    "online": "trực tuyến", "topic": "nội dung", "meeting": "hội nghị", "conference": "hội nghị",
    "done": "hoàn thành", "completed": "hoàn thành", "target": "mục tiêu", "goal": "mục tiêu",
    "offline": "trực tiếp", "deadline": "thời hạn", "issue": "ban hành", "issued": "ban hành", "post": "đăng",
    "posted": "đăng", "is it true": "có đúng là", "is it true that": "có đúng là", "is it true rằng": "có đúng là",
    "percent": "phần trăm", "per cent": "phần trăm", "about": "về", "what": "gì", "explain": "giải thích",
    # French, from a reader who grew up abroad ("… ban hành c'est quand?", "le document")
    "c'est quand": "khi nào", "c’est quand": "khi nào", "quand": "khi nào", "combien": "bao nhiêu",
    "le document": "văn bản", "document": "văn bản",
}
_WORDS = alternation(_ASKING)
_PHRASE = re.compile(rf"(?<![\w/-])({_WORDS})(?![\w/-])", re.IGNORECASE)
# A bracketed gloss of such words only ("(subject)", "(event date)", "(signer)").
_GLOSS = re.compile(rf"\s*\(\s*(?:{_WORDS})(?:\s*[,/]\s*(?:{_WORDS}))*\s*\)", re.IGNORECASE)


# Any other bracketed gloss in English ("đảng viên mới (new Party members)", "chỉnh đốn Đảng (Party rectification)"):
# Latin letters only, one word at least no Vietnamese syllable is spelt as (not a code in capitals, "(UBND)").
_BRACKETED = re.compile(r"\s*\(\s*([A-Za-z][A-Za-z' -]{1,60}?)\s*\)")
_VI_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def _english_words(words: list[str]) -> int:
    """How many of ``words`` no Vietnamese syllable is spelt as (codes in capitals aside)."""
    return sum(1 for w in words if not w.isupper() and not _VI_SYLLABLE.fullmatch(w.lower()))


def _english_gloss(m: re.Match[str]) -> str:
    return "" if _english_words(re.findall(r"[A-Za-z]+", m.group(1))) else m.group(0)


# Asking the reader to check ("check giúp mình …", "…, check giup...", "xem hộ em …", "Kiểm tra giúp: …"): a request,
# not the question.
_HELPERS = r"(?:giúp|giùm|hộ|dùm|giup|gium)"  # (not "ho": "xem ho so" is "xem hồ sơ")
_ME = r"(?:mình|em|tôi|tui|minh|toi|với|voi|nhé|nhe|nha|ạ|cái|cai)"
_CHECK_OPENING = re.compile(rf"^\s*(?:(?:pls|please)\s+)?(?:check|xem|tra|kiểm tra|kiem tra)\s+{_HELPERS}"
                            rf"(?:\s+{_ME})*\s*[,:]?\s+", re.IGNORECASE)
_CHECK_CLOSING = re.compile(rf"[\s,.;]*(?:(?:pls|please)\s+)?(?:check|xem|tra)\s+{_HELPERS}(?:\s+{_ME})*"
                            r"(?=\s*[?!.…]*\s*$)", re.IGNORECASE)


# French courtesy around the question ("Bonjour, …", "…, merci beaucoup!", "s'il vous plaît"): it asks nothing.
_FRENCH_COURTESY = re.compile(r"^\s*(?:bonjour|bonsoir|salut)\b\s*[,!.:]?\s*"
                              r"|\s*[,;.!]?\s*\b(?:merci(?:\s+beaucoup)?|s['’]il\s+vous\s+pla[iî]t)\b\s*[,!.]?",
                              re.IGNORECASE)
# A French article before a capitalised word, in a question typed with accents ("le Kế hoạch số 77"): "le" and "les"
# unmarked there are no Vietnamese words ("Lê", "lệ", "lễ" carry their marks; "tỷ le" is "tỷ lệ" mistyped).
_FRENCH_ARTICLE = re.compile(r"(?<![\w/-])(?<!tỷ )(?<!tỉ )(?<!ty )(?<!ti )(?:le|les)\s+(?=[A-ZĐ])")


# A date written the English way ("January 24, 2022", "24 January 2022", "December 12", "February 2024"), as the
# texts write one ("24/1/2022", "12/12", "tháng 2/2024").
_MONTHS = {name: n for n, name in enumerate(("january", "february", "march", "april", "may", "june", "july",
                                             "august", "september", "october", "november", "december"), start=1)}
_MONTHS.update({name[:3]: n for name, n in list(_MONTHS.items())} | {"sept": 9})
_MONTH_NAME = rf"(?P<month>{'|'.join(sorted(_MONTHS, key=len, reverse=True))})\.?"
_YEAR = r"(?:\s*,?\s*(?P<year>(?:19|20)\d{2}))"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
_ENGLISH_DATE = re.compile(
    rf"(?<![\w/-])(?:{_MONTH_NAME}\s+{_DAY}{_YEAR}?"  # "January 24, 2022", "December 12"
    rf"|{_DAY.replace('day', 'day2')}\s+(?:of\s+)?{_MONTH_NAME.replace('month', 'month2')}"
    rf"{_YEAR.replace('year', 'year2')}?"  # "24 January 2022"
    rf"|{_MONTH_NAME.replace('month', 'month3')}{_YEAR.replace('year', 'year3')})(?![\w/-])",  # "February 2024"
    re.IGNORECASE)


def _english_date(m: re.Match[str]) -> str:
    if any((w := m.group(g)) and w.lower() == "may" and w != "May" for g in ("month", "month2", "month3")):
        return m.group(0)  # "may" in lower case is Vietnamese ("mấy" typed without accents)
    if m.group("year3"):
        return f"tháng {_MONTHS[m.group('month3').lower()]}/{m.group('year3')}"
    month = _MONTHS[(m.group("month") or m.group("month2")).lower()]
    day, year = int(m.group("day") or m.group("day2")), m.group("year") or m.group("year2")
    if not 1 <= day <= 31:
        return m.group(0)
    return f"{day}/{month}" + (f"/{year}" if year else "")


def english_dates(text: str) -> str:
    """``text`` with dates written the English way in figures: "January 24, 2022" -> "24/1/2022", "December 12" ->
    "12/12", "February 2024" -> "tháng 2/2024"."""
    return _ENGLISH_DATE.sub(_english_date, text)


# English word order kept in Vietnamese: "Cái gì là chức vụ của đồng chí X, …?" asks "chức vụ của đồng chí X … là gì?".
_WHAT_IS_FIRST = re.compile(r"^\s*(?:cái\s+)?gì\s+là\s+(?P<rest>[^?]+?)\s*(?P<end>\?*)\s*$", re.IGNORECASE)


# The question said again in English after it ("Kết luận 14 nói về cái gì, what is it about?"): Latin letters only,
# opening with an English word that asks.
_ENGLISH_AGAIN = re.compile(r"\s*[,;:\-–—]\s*(?:what|who|when|which|where|how|is|are|does|did|can)\b[A-Za-z ,'-]*"
                            r"(?P<end>\?*)\s*$", re.IGNORECASE)


# A closing request in English after a comma ("…, his name please?", "…, please explain ngắn gọn?"): Latin letters
# only, two words at least no Vietnamese syllable is spelt as (nor Telex keystrokes read as one: "giair phaps thuws hai
# laf gif" is the question typed with Telex off), and more of those than of others; what the sentence asks is already
# said before it. ("please" alone, anywhere, asks nothing.)
_ENGLISH_TAIL = re.compile(r"\s*[,;]\s*(?P<tail>[A-Za-z][A-Za-z' ]*?)\s*(?P<end>\?*)\s*$")
_PLEASE = re.compile(r"\s*\b(?:please|pls|plz)\b\s*,?", re.IGNORECASE)


def without_english_tail(text: str) -> str:
    """``text`` without a closing request in English after a comma ("…, his name please?")."""
    m = _ENGLISH_TAIL.search(text)
    if not m or m.start() == 0:
        return text
    words = m.group("tail").split()
    foreign = _english_words([w for w in words if telex_word(w) is None])
    return f"{text[:m.start()]}{m.group('end') or '?'}" if foreign >= 2 and 2 * foreign > len(words) else text


_WHO_LAST = re.compile(r"(?<![\w/-])(?<!là )(?<!la )who(?=\s*\?*\s*$)", re.IGNORECASE)


def english_asked(text: str, accented: bool) -> str:
    """``text`` with its English glosses, the question said again in English and requests to check left out, and
    its English asking words in Vietnamese (without marks in a question typed without them)."""
    if (again := _ENGLISH_AGAIN.search(text)) and again.start() > 0:
        text = f"{text[:again.start()]}{again.group('end') or '?'}"
    text = _BRACKETED.sub(_english_gloss, _GLOSS.sub("", text))
    text = _CHECK_CLOSING.sub("", _CHECK_OPENING.sub("", text))
    text = english_dates(_FRENCH_COURTESY.sub(" ", text))
    if accented:
        text = _FRENCH_ARTICLE.sub("", text)
    text = re.sub(r"\s{2,}", " ", _PLEASE.sub(" ", text)).strip()
    text = _WHAT_IS_FIRST.sub(lambda m: f"{m.group('rest')} là gì{m.group('end') or '?'}", text)
    # "Bí thư Huyện ủy Hưng Nguyên who?": the holder of what it names, as "… là ai?" asks
    text = _WHO_LAST.sub("là ai" if accented else "la ai", text)

    def vietnamese(m: re.Match[str]) -> str:
        word = _ASKING[m.group(1).lower()]
        word = word if accented else unaccented(word)
        return word[:1].upper() + word[1:] if m.group(1)[:1].isupper() and m.start() == 0 else word

    return _PHRASE.sub(vietnamese, text)


# A word of Latin letters no Vietnamese syllable is spelt as, typed without accents ("when", "issued", "conference";
# not "the", "on", "an", which are): English, not Vietnamese typed without its marks.
_LATIN_WORD = re.compile(r"(?<![\w/-])[A-Za-z]{2,}(?![\w/-])")
_SHARE_ENGLISH = 0.4
_ENGLISH_WORDS = 4


def written_in_english(question: str) -> bool:
    """Whether ``question`` is written in English ("When was Conclusion 21 issued?"): none of its words has a
    Vietnamese letter or mark, and four or more of them, two in five at least, are spelt as no Vietnamese syllable
    (nor as Telex keystrokes, nor chat shorthand)."""
    if any(ord(ch) > 127 and ch.isalpha() for ch in question):
        return False
    words = [w.lower() for w in _LATIN_WORD.findall(question) if not w.isupper()]  # codes in capitals are codes
    # (chat shorthand is no English: "dc", "bn", "ak", "bch")
    # (nor Vietnamese typed as Telex keystrokes: "hooij nghij quasn trieetj")
    foreign = [w for w in words if len(w) > 2 and re.search("[aeiouy]", w) and not _VI_SYLLABLE.fullmatch(w)
               and telex_word(w) is None]
    return len(foreign) >= _ENGLISH_WORDS and len(foreign) >= _SHARE_ENGLISH * len(words)

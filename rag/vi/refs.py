"""Detect references to directives and laws in raw text: Party numbers ("21-KL/TW", "KL 21", "ket luan so
21", "NQ TW4"), state numbers ("30/2020/NĐ-CP", "01/2021/TT-BNV", "68/2020/QH14"), named laws ("Luật Cư trú
2020", "Bộ luật Dân sự năm 2015", "Hiến pháp năm 2013") and the articles, clauses and points of a law
("điểm a khoản 1 Điều 29 Luật Viên chức").

References are read from the raw text, never from a word segmenter's output (segmenters split
"21-KL/TW" into pieces). Each mention yields a *short key* ("kl-21": type + number; "luat-cu-tru": a law's
name) that any spelling of the reference maps to, and for full numbers a *full key* ("21-kl/tw",
"luat-cu-tru-2020"). A law named together with its number ("Luật Cư trú số 68/2020/QH14") also carries the
number's keys as *aliases*, so either form finds it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rag.vi.doctypes import CASE_SENSITIVE_CODES, CODES, TYPE_NAMES, TYPE_WORDS
from rag.vi.numbers import alternation
from rag.vi.text import fold, index_form

_PARTY_RE = re.compile(
    r"(?<![\w/])(\d{1,4})\s?-\s?(qdi|qd|kl|nq|ctr|ct|kh|hd|tb|da)"
    r"(?:/([a-z]{2,6})|(tw|tu|hu|du))(?![\w])"
)
# A Party document's number typed with the separators the other way round, as state numbers have them
# ("77/KH-TU", "205/QĐ-TW", "14/ĐA-TU" for "77-KH/TU", "205-QĐ/TW", "14-ĐA/TU"): the issuer is a Party committee.
_PARTY_SWAPPED_RE = re.compile(r"(?<![\w/])(\d{1,4})\s?/\s?(qdi|qd|kl|nq|ctr|ct|kh|hd|tb|da)-(tw|tu|hu|du)(?![\w])")
_STATE_RE = re.compile(
    r"(?<![\w/])(\d{1,5})/(?:(\d{4})/)?(nq|nd|qd|ttlt|tt|ct|kh|tb|hd)-([a-z]{2,8}(?:-[a-z]{2,8})*)(?![\w])"
)
# Numbers of the Quốc hội and its Standing Committee: "68/2020/QH14", "02/2022/UBTVQH15".
_QH_RE = re.compile(r"(?<![\w/])(\d{1,4})/((?:19|20)\d{2})/(ubtvqh|qh)(\d{2})(?![\w])")
_TYPED_RE = re.compile(
    r"(?<!\w)(" + "|".join(sorted(TYPE_WORDS, key=len, reverse=True))
    # "kl-14", "KL-21": a code joined to its number by a hyphen, as a short key is typed.
    + r"|qdi|ctr|kl|nq|qd|nd|tt|ct|kh|da|hd|tb)(?:\s*-\s*|\s*)(?:so\s*)?(\d{1,4})"
    # "QĐ 205/TW": the issuer written after the number without the type's code again.
    + r"(?:/(tw|tu|hu|du))?(?![\d/\w])"
)
_NAMED_RE = re.compile(r"(?<!\w)(?:nghi quyet|nq)\s*(?:hoi nghi\s*)?(?:trung uong|tw)\s*(\d{1,2})(?!\d)")
# The type word before a number that does not say its type ("Luật số 68/2020/QH14").
_TYPE_BEFORE = re.compile(r"(hien phap|bo luat|luat|phap lenh|nghi quyet|quyet dinh|nghi dinh|thong tu)"
                          r"\s*(?:so\s*)?$")
_TYPE_BEFORE_CODES = {"hien phap": "hp", "bo luat": "luat", "luat": "luat", "phap lenh": "pl",
                      "nghi quyet": "nq", "quyet dinh": "qd", "nghi dinh": "nd", "thong tu": "tt"}

# Named laws. The head word, then the name: words up to a year, a number, punctuation or a word that cannot
# be part of a name ("quy định", "thì", "là" …). "Luật" after "pháp", "kỷ", "dự", "đạo", "quy", "điều" is a
# common noun ("pháp luật", "kỷ luật Đảng", "dự luật"), and "luật sư" a lawyer.
_LAW_HEAD = re.compile(r"(?<![\w])(bo luat|luat|phap lenh|hien phap)(?![\w])")
_LAW_HEAD_CODES = {"bo luat": "bl", "luat": "luat", "phap lenh": "pl", "hien phap": "hp"}
_NOT_BEFORE_LAW = frozenset({"phap", "ky", "du", "dao", "quy", "dieu", "gioi", "mot", "cac", "nhung"})
# A name never starts with these ("luật sư", "luật này", "luật mới"); "Luật sửa đổi, bổ sung một số điều của
# Luật X" is left to the "Luật X" inside it.
_NOT_FIRST_WORD = frozenset({"su", "phap", "le", "dinh", "hoa", "gia", "choi", "khac", "nay", "do", "nao",
                             "moi", "hien", "trong", "cua", "ve", "va", "la", "thi", "co", "cung", "tren"})
_NEVER_FIRST_WORD = frozenset({"sua"})
# Words that end a name (index form, with accents). A capitalised first word is the name's own ("Luật Ban
# hành văn bản …", "Luật Các tổ chức tín dụng").
_NAME_STOPS = frozenset(
    "số năm này nọ đó ấy thì là có được bị về của đã và hoặc hay tại ở theo mới điều khoản điểm chương mục "
    "ngày do đến cho với không gì nào đúng sai như thế sẽ phải cần khi nếu mà để đang sau trước thuộc gồm bao "
    "những các một từ qua trên dưới nhằm bởi vì ra lúc đâu cũng chỉ rằng vẫn cùng còn nêu quy hướng áp hiện "
    "ban đối khác liên tương".split()
)
# Unaccented text: only folded words that no law name uses ("dau" is "đâu" but also "Đầu tư", "Đấu thầu").
_NAME_STOPS_FOLDED = frozenset(
    "so nay thi la duoc cua hoac hay tai theo dieu khoan diem chuong ngay cho voi khong gi nao dung sai nhu "
    "phai khi neu thuoc gom nhung mot quy nam va co".split()
)
# After a comma a name goes on only with the second half of the names that have one ("Luật Phòng, chống
# tham nhũng", "Luật Cán bộ, công chức", "Luật Thi đua, khen thưởng").
_COMMA_GOES_ON = frozenset({"chong", "cong", "khen"})
_NAME_MAX_WORDS = 8
_WORD_RE = re.compile(r"[^\W\d_]+")
_YEAR_AFTER = re.compile(r"\s*,?\s*(?:nam\s+)?((?:19|20)\d{2})(?![\d/])")
_NUMBER_AFTER = re.compile(r"\s*,?\s*(?:so\s*)(\d{1,4})/((?:19|20)\d{2})/(ubtvqh|qh)(\d{2})(?![\w])")
_ARTICLE_BEFORE = re.compile(r"(?:dieu|khoan|diem|chuong|muc)\s+\w{1,4}\s*,?\s*(?:cua\s+|tai\s+)?$")

# Articles, clauses and points: "Điều 38", "khoản 2 Điều 38", "điểm a khoản 1 Điều 29".
_ARTICLE_RE = re.compile(
    r"(?<!\w)(?:diem\s+([a-z])\s*,?\s+)?(?:khoan\s+(\d{1,3})\s*,?\s+)?dieu\s+(\d{1,4})(?![\d\w])"
)
_LAW_AFTER_ARTICLE = re.compile(r"\s*,?\s*(?:(?:cua|thuoc|tai|trong|theo)\s+)?")
_TYPE_WORD_AFTER_ARTICLE = re.compile(r"(?:" + "|".join(sorted(TYPE_WORDS, key=len, reverse=True))
                                      + r")\s+(?:so\s*)?")
_LAW_BEFORE_ARTICLE = re.compile(r"[\s,–—-]{1,5}")
_ARTICLE_JOIN = re.compile(r"\s*(?:,|va|;)\s*")


@dataclass(frozen=True)
class RefMention:
    """One mention of a directive or law in a text: its keys and where it stands."""

    short_key: str
    full_key: str | None
    start: int
    end: int
    text: str
    type_name: str = ""  # set when the reference itself says its type ("Luật", "Bộ luật", "Hiến pháp")
    aliases: tuple[str, ...] = ()  # the keys of a number written with a law's name ("68/2020/qh14")
    name: str = ""  # a law's name as written ("Cư trú")
    year: str = ""  # a law's year ("2020"), from "2020", "năm 2020" or its number

    @property
    def query_keys(self) -> set[str]:
        """The keys a question's mention must match: the full number when given, else type + number."""
        return {self.full_key} if self.full_key else {self.short_key}

    @property
    def is_law(self) -> bool:
        """A law named by its name ("Luật Cư trú 2020", "Hiến pháp năm 2013"), not by a number."""
        return bool(self.name) or self.short_key == "hien-phap"

    @property
    def keys(self) -> set[str]:
        """Every key of this mention: short, full and aliases."""
        return {self.short_key, *([self.full_key] if self.full_key else []), *self.aliases}


@dataclass(frozen=True)
class ArticleRef:
    """"điểm a khoản 1 Điều 29 Luật Viên chức": an article (and clause, point) of the law named with it."""

    article: int
    clause: int
    point: str
    law: RefMention | None
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        """As a person writes it: "điểm a khoản 1 Điều 29 Luật Viên chức"."""
        parts = ([f"điểm {self.point}"] if self.point else []) + ([f"khoản {self.clause}"] if self.clause else [])
        law = f" {self.law.text}" if self.law else ""
        return " ".join([*parts, f"Điều {self.article}"]) + law


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    f = fold(ch)
    return f if len(f) == 1 else ch.lower()


def _fold_same_length(text: str) -> str:
    # Per-character folding keeps offsets valid for the original text (each character folded once per process).
    return "".join(map(_fold_char, text))


def _num(value: str) -> str:
    return str(int(value))


def law_slug(name: str) -> str:
    """A law's name as a key part: "Tố tụng hành chính" -> "to-tung-hanh-chinh"."""
    return "-".join(fold(w) for w in _WORD_RE.findall(name))


def _is_stop(word: str, accented: bool) -> bool:
    return index_form(word) in _NAME_STOPS if accented else fold(word) in _NAME_STOPS_FOLDED


def _named_law(text: str, folded: str, head: re.Match[str], accented: bool) -> RefMention | None:
    """The law named at ``head`` ("Luật Cư trú số 68/2020/QH14"), or None when it is a common noun."""
    code = _LAW_HEAD_CODES[head.group(1)]
    before = folded[max(0, head.start() - 12):head.start()].split()
    if before and before[-1] in _NOT_BEFORE_LAW:
        return None
    words: list[re.Match[str]] = []
    pos = head.end()
    if code != "hp":
        while len(words) < _NAME_MAX_WORDS:
            m = _WORD_RE.match(text, pos + 1) if text[pos:pos + 1] == " " else None
            if m is None and words and text[pos:pos + 2] == ", " and len(words) <= 3:
                nxt = _WORD_RE.match(text, pos + 2)
                m = nxt if nxt and fold(nxt.group(0)) in _COMMA_GOES_ON else None
            if m is None:
                break
            word = m.group(0)
            if not words:
                first = fold(word)
                if first in _NEVER_FIRST_WORD or (not word[0].isupper() and (
                        first in _NOT_FIRST_WORD or (accented and _is_stop(word, accented)))):
                    return None
            elif _is_stop(word, accented):
                break
            words.append(m)
            pos = m.end()
        if not words:
            return None
    year, aliases = "", []
    end = words[-1].end() if words else head.end()
    nm = _NUMBER_AFTER.match(folded, end)
    ym = _YEAR_AFTER.match(folded, end)
    if nm:
        year, end = nm.group(2), nm.end()
        number = f"{_num(nm.group(1))}/{nm.group(2)}/{nm.group(3)}{nm.group(4)}"
        aliases = [number, f"{'pl' if code == 'pl' else 'luat'}-{_num(nm.group(1))}"]
    elif ym:
        year, end = ym.group(1), ym.end()
    capitalised = bool(words) and words[0].group(0)[0].isupper()
    in_article = bool(_ARTICLE_BEFORE.search(folded[max(0, head.start() - 30):head.start()]))
    if code == "hp":
        if not year:
            return None  # "trái với Hiến pháp": the constitution as an idea, not a dated text
        short = "hien-phap"
    else:
        # "Luật Cư trú" is a name; "luật Việt Nam" a common noun unless a year or an article comes with it
        # ("luật Tố tụng hành chính 2015", "Điều 38 luật cư trú").
        if not (year or in_article or (capitalised and text[head.start()].isupper())):
            return None
        slug = law_slug(" ".join(w.group(0) for w in words))
        short = f"{'pl' if code == 'pl' else 'luat'}-{slug}"
    name = text[words[0].start():words[-1].end()] if words else ""
    return RefMention(short, f"{short}-{year}" if year else None, head.start(), end, text[head.start():end],
                      type_name=TYPE_NAMES[code], aliases=tuple(aliases), name=name, year=year)


def find_refs(text: str) -> list[RefMention]:
    """All directive and law mentions in ``text``, in order of appearance, overlapping forms merged."""
    folded = _fold_same_length(text)
    accented = fold(text) != text.lower()
    found: list[RefMention] = []
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(s < te and ts < e for ts, te in taken)

    def add(m: re.Match[str], short: str, full: str | None) -> None:
        s, e = m.span()
        if free(s, e):
            taken.append((s, e))
            found.append(RefMention(short, full, s, e, text[s:e]))

    for m in _LAW_HEAD.finditer(folded):
        law = _named_law(text, folded, m, accented)
        if law and free(law.start, law.end):
            taken.append((law.start, law.end))
            found.append(law)
    for m in _PARTY_RE.finditer(folded):
        num, code, issuer = _num(m.group(1)), m.group(2), m.group(3) or m.group(4)
        add(m, f"{CODES[code]}-{num}", f"{num}-{CODES[code]}/{issuer}")
    for m in _PARTY_SWAPPED_RE.finditer(folded):
        num, code, issuer = _num(m.group(1)), m.group(2), m.group(3)
        add(m, f"{CODES[code]}-{num}", f"{num}-{CODES[code]}/{issuer}")
    for m in _STATE_RE.finditer(folded):
        num, year, code, issuer = _num(m.group(1)), m.group(2), m.group(3), m.group(4)
        full = f"{num}/{year + '/' if year else ''}{code}-{issuer}"
        add(m, f"{CODES[code]}-{num}", full)
    for m in _QH_RE.finditer(folded):
        word = _TYPE_BEFORE.search(folded[max(0, m.start() - 25):m.start()])
        code = _TYPE_BEFORE_CODES[word.group(1)] if word else "vb"
        add(m, f"{code}-{_num(m.group(1))}", f"{_num(m.group(1))}/{m.group(2)}/{m.group(3)}{m.group(4)}")
    for m in _NAMED_RE.finditer(folded):
        add(m, f"nq-tw-{_num(m.group(1))}", None)
    for m in _TYPED_RE.finditer(folded):
        word = m.group(1)
        if word in CASE_SENSITIVE_CODES and not text[m.start(1):m.end(1)].isupper():
            continue
        code = TYPE_WORDS.get(word) or CODES[word]
        # "Kết luận số 21-KL/TW": extend to the full number when one follows directly. The number's own code
        # is the type: "Thông báo kết luận số 123-TB/TW" is a Thông báo.
        full_m = _PARTY_RE.match(folded, m.start(2))
        full = None
        if full_m:
            num_code = CODES[full_m.group(2)]
            full = f"{_num(full_m.group(1))}-{num_code}/{full_m.group(3) or full_m.group(4)}"
            s = m.start()
            taken[:] = [(ts, te) for ts, te in taken if not (ts >= s and te <= full_m.end())]
            found[:] = [r for r in found if not (r.start >= s and r.end <= full_m.end())]
            taken.append((s, full_m.end()))
            found.append(RefMention(f"{num_code}-{_num(m.group(2))}", full, s, full_m.end(), text[s:full_m.end()]))
            continue
        add(m, f"{code}-{_num(m.group(2))}", f"{_num(m.group(2))}-{code}/{m.group(3)}" if m.group(3) else None)
    for m in _ASIDE_RE.finditer(folded):
        # "Quy định của Bộ Chính trị về kiểm soát quyền lực … (số 205)": the type word opens the description.
        head = _ASIDE_TYPE.search(folded[max(0, m.start() - _ASIDE_REACH):m.start()])
        if head:
            s = m.start() - len(head.group(0))
            if free(s, m.end()):
                taken.append((s, m.end()))
                found.append(RefMention(f"{TYPE_WORDS[head.group(1)]}-{_num(m.group(1))}", None, s, m.end(),
                                        text[s:m.end()]))
    found.sort(key=lambda r: r.start)
    return found


# A number given aside after a document's description: "(số 205)", "(số hiệu 205)".
_ASIDE_RE = re.compile(r"\(\s*so(?: hieu)?\s*(\d{1,4})\s*\)")
_ASIDE_REACH = 160  # characters: a description of a dozen or two words
# The last type word before it, with no number, reference or sentence end between.
_ASIDE_TYPE = re.compile(r"(?<!\w)(" + alternation(TYPE_WORDS) + r")(?!\w)[^\d.?!;()/]*$")


def ref_keys(text: str) -> set[str]:
    """Every key (short, full and alias) of every directive or law mentioned in ``text``."""
    keys: set[str] = set()
    for ref in find_refs(text):
        keys |= ref.keys
    return keys


def find_articles(text: str, refs: list[RefMention] | None = None) -> list[ArticleRef]:
    """Every "Điều N" (with its clause and point) in ``text``, each with the law or document named with it:
    right after ("Điều 38 Luật Cư trú", "Điều 143, luật Tố tụng hành chính 2015", "Điều 5 của Nghị định
    30/2020/NĐ-CP") or right before, as statute titles put it ("Luật Viên chức 2010 – Điều 29")."""
    folded = _fold_same_length(text)
    refs = find_refs(text) if refs is None else refs
    starts = {r.start: r for r in refs}
    ends = {r.end: r for r in refs}
    out: list[ArticleRef] = []
    for m in _ARTICLE_RE.finditer(folded):
        point = text[m.start(1):m.end(1)].lower() if m.group(1) else ""
        gap = _LAW_AFTER_ARTICLE.match(folded, m.end()).end()
        typed = _TYPE_WORD_AFTER_ARTICLE.match(folded, gap)  # "Điều 5 Nghị định 30/2020/NĐ-CP"
        law = starts.get(gap) or (starts.get(typed.end()) if typed else None)
        if law is None:
            for end, ref in ends.items():
                if end <= m.start() and _LAW_BEFORE_ARTICLE.fullmatch(folded, end, m.start()):
                    law = ref
                    break
        out.append(ArticleRef(int(m.group(3)), int(m.group(2) or 0), point, law, m.start(), m.end(),
                              text[m.start():m.end()]))
    # "Điều 29 và Điều 30 Luật Viên chức": an article listed before another takes that one's law.
    for i in range(len(out) - 2, -1, -1):
        a, b = out[i], out[i + 1]
        if a.law is None and b.law is not None and _ARTICLE_JOIN.fullmatch(folded, a.end, b.start):
            out[i] = ArticleRef(a.article, a.clause, a.point, b.law, a.start, a.end, a.text)
    return out

"""What a question asks for: its kind, list ordinal, named documents and laws, articles, years, names and key
words."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from rag.directives.extract import described_spans
from rag.vi.abbreviations import typed_length
from rag.vi.dates import DATE
from rag.vi.doctypes import ABBREVIATIONS, CODES, TYPE_WORDS
from rag.vi.names import HONORIFICS, TITLE_FOLDED, TITLE_OPENING, find_person, full_names, honorific_then_surname
from rag.vi.numbers import NUMBER, ORDINALS_FOLDED, YEAR, alternation, offered_figures
from rag.vi.places import LONGEST, PROVINCE_WORDS
from rag.vi.refs import ArticleRef, RefMention, find_articles, find_refs
from rag.vi.sentences import (
    ASKS_SOMETHING,
    courtesy_spans,
    self_description_spans,
    split_sentences,
    split_source,
    without_final_particles,
    without_opening,
    writing_tells,
)
from rag.vi.syllables import DEMONSTRATIVES, STOPWORDS, STOPWORDS_FOLDED, syllables
from rag.vi.text import find_all, fold, folded_aligned, has_diacritics, typed_with_accents

# A fact to check about a named document: who issued it ("do Bộ Chính trị ban hành") or when ("ban hành ngày
# 15/10/2021", "ký ngày …"), folded.
# "… ban hành Kết luận này vào đúng ngày đó không?": the document pointed back at may stand between.
# ("… là UBND tỉnh ban hành"; not "có đúng là …", the whole claim's "là")
_CHECKED_FACT = re.compile(r"\b((?:do|(?<!dung\s)(?<!phai\s)la)\s+(?:\w+\s+){1,6}(?:ban hanh|ky)|la cua\s)"
                           # (or what a writing wrote: "… được ghi là ngày 25/10/2021, có phải không?")
                           r"|\bla\s+(?:vao\s+)?ngay\s+(?=\d)"  # "… là ngày 08/7/2020 đúng không?"
                           r"|\b(?:ban hanh|ky|ghi(?:\s+la)?|mang|de)\s+(?:(?:\w+\s+){1,3}(?:nay|do|ay)\s+)?"
                           r"(?:vao\s+)?(?:dung\s+)?[\"“”'‘]?(?:ngay|thang|nam)\b")  # (the date quoted from a draft)
# A writing's verb of writing ("Bài của Cao Bằng ghi …", "… viết là …"), folded: what it writes is asked.
_WRITES = re.compile(r"\b(?:ghi|viet)(?:\s+(?:la|rang))?\s*$")
_TRUTH_ASKED = re.compile(r"\b(?:dung|phai|that su|that) la\b")  # "có đúng là … không?": the fact, not the writing
# A date written right after a document's number and checked at once ("Kết luận 21 ngày 25/10/2021 có đúng không?").
# "… là về luân chuyển cán bộ à?": a confirmation asked with a closing "à" (accented: folded, "ạ" is courtesy).
# A statement tagged for confirmation ("… 237 điểm cầu nhỉ?", "… là anh Huy hả?", "… rồi chứ?"): a fact to check.
_CONFIRMING = re.compile(r"\s(?:à|hả|nhỉ|nhể|nhở|hở|chứ|hen|nhen)\s*\?+\s*$")
# A claim given to verify (folded): "Xác minh giúp: hội nghị … tới 273 điểm cầu?", "Giao ban quý IV … ngày
# 28/12/2021, xác minh giúp."
_FOR_ME = r"(?:\s+(?:giup|ho|dum)(?:\s+(?:toi|minh|em))?)"
_VERIFY = re.compile(rf"^\W*(?:(?:xin|nho|vui long)\s+)?(?:xac minh|kiem chung){_FOR_ME}?\s*[:,]"
                     rf"|[,.;]\s*(?:xac minh|kiem chung){_FOR_ME}\W*$")
# What a document is said to be about, to check (folded): "… là (đề án) về …", "… là đề án cải cách hành chính".
_SUBJECT_CLAIMED = re.compile(r"\bla\s+(?:(?:de an|quy dinh|ke hoach|nghi quyet|chi thi|ket luan|chuong trinh|van ban)"
                              r"\s+(?!so\b|cua\b|do\b|nao\b|\d)\w+|ve\s+\w+)")  # ("Có đúng là Kết luận 21 …": that)
_DATED_AFTER = re.compile(r"\s*,?\s*(?:ngày|ngay)\s+\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\s*,?\s*(?:(?:là|la)\s+)?"
                          r"(?:(?:có|co)\s+)?(?:đúng|chính xác|phải|dung|chinh xac|phai)\b", re.IGNORECASE)
# "Quy hoạch tỉnh … do ai phê duyệt?": who issued or approved something, a body or a title as often as a person.
_ISSUED_BY_WHOM = re.compile(r"\bdo ai (?:phe duyet|ban hanh|thong qua)\b")
# "Hội nghị … do đơn vị nào tổ chức?": a body is asked for, named in the text without a person's name.
_BODY_ASKED = re.compile(r"\b(?:co quan|don vi|cap) nao\b")
# "số đảng viên mới Nghệ An kết nạp", "số lượng lượt …" (folded): a terse question opening with what it counts (not
# "số hiệu"); its groups: "lượt", and the first word of what is counted.
# (or opening what a headline asks after its colon or dash: "Ban Tổ chức TW quý III/2021: số hướng dẫn đã ban hành?",
# "Quảng Ninh - số đại biểu dự hội nghị?")
# An act after "số" ("Tổng số kết nạp …") counts those it was done to: no noun of its own (folded).
ACT_AFTER_COUNT = r"(?:ket nap|kiem tra|giam sat|thi hanh|xu ly|khen thuong|khai tru)\b"
COUNT_OPENING = (r"(?:^|:|\s[-–]\s)\W*(?:(?:cho|xin)\s+(?:toi|minh|em|chau|tui)\s+(?:xin\s+)?(?:biet\s+)?(?:con\s+)?)?"
                 rf"(?:tong\s+)?so\s+(?:luong\s+)?(luot\s+)?(?!hieu\b|thu\b|{ACT_AFTER_COUNT})([a-z]+)")
# What asks when (folded); "hồi nào" is the South's "khi nào", "hôm nào" a chat's "ngày nào".
WHEN = (r"(?:ngay nao|khi nao|bao gio|thoi gian nao|thoi diem nao|nam nao|thang nao|ngay thang nao|ngay bao nhieu|"
        r"ngay may|luc nao|hoi nao|hom nao|ngay gio nao"
        r"|chung nao|bua nao|thang may)")  # as the South says "khi nào", "hôm nào"; "tháng mấy": which month
# What an amount of money is asked as (folded): "kinh phí", "tổng mức đầu tư", "ngân sách" …
MONEY_NOUNS = r"(?:muc dau tu|kinh phi|ngan sach|so tien|chi phi|von dau tu)"
_KIND_PATTERNS = (
    # "khóa mấy", "khóa nào": the Party term (of the body that issued a document), not a figure.
    ("term", re.compile(r"\bkhoa (nao|may|bao nhieu|thu may|thu bao nhieu)\b|\bnhiem ky nao\b")),
    ("multi", re.compile(r"\bnhung (tinh|dia phuong|bai viet|bai bao|bai|noi|don vi|huyen|co quan|dang bo|"
                         r"tai lieu|nguon) nao\b")),
    # "xác minh ngày của Nghị quyết số 68/NQ-HĐND": the date of what it names.
    # ("Ngày mà Quy định 37 được phát hành là gì?", "Cái gì là ngày mà …?": a date named first, "what" it is)
    # ("ngày cụ thể là bao nhiêu?": the day asked as a figure)
    ("date", re.compile(rf"\b({WHEN}|ban hanh ngay|ky ngay|ngay ban hanh|ngay cua"
                        r"|ngay\s+(?:cu the\s+|chinh xac\s+)?(?:la\s+)?bao nhieu)\b"
                        r"|^\W*(?:ngay|thoi diem)\s+(?:ma\s+)?[^?,]*\bla\s+gi\W*$"
                        r"|^\W*(?:cai\s+)?gi\s+la\s+(?:ngay|thoi diem)\b"
                        # a choice of months: "ký vào tháng 3 hay tháng 5/2021?"
                        r"|\bthang\s+\d{1,2}\s+(?:hay|hoac)\s+(?:la\s+)?(?:thang\s+)?\d{1,2}\b")),
    # "(đề nghị cho biết) tổng mức đầu tư …": an amount asked without "bao nhiêu".
    # "trong mấy bài này", "mấy chương trình trọng tâm, đột phá đó": "mấy" before a noun pointed at is "these",
    # no count asked; nor is it in "một trong mấy tỉnh" (one of the) or "mấy ông bà … nào" (which ones), as said in
    # the South. Nor is it before examples ("có dính tới mấy đoàn thể như Hội mình không": those such as).
    ("number", re.compile(r"\b(bao nhieu|bao lau|(?<!\bmot trong )may(?!(?:\s+\w+,?){1,5}\s+(?:nay|do|ay|day)\b)"
                          r"(?!(?:\s+\w+){1,3}\s+nhu\s+(?!(?:vay|the|tren|sau)\b))"
                          r"(?!(?:\s+(?!(?:trong|o|tai|cua|tu|den|nam|vao|voi)\b)\w+){1,8}\s+nao\b)"
                          r"|so luong|so lieu)\b|"
                          rf"{COUNT_OPENING}|(?:^\W*|\bcho biet\s+)"
                          rf"(?:tong\s+)?(?:{MONEY_NOUNS}|ty le|ti le)\b")),
    # "do ai ký (ban hành)": who signed it, a person, not the body that issued it.
    # ("… được ban hành bởi ai?", a calque of the English passive: its issuer)
    # ("… là ai ra?": who put it out, as speech says "ra" for "ban hành", closing the question)
    ("issuer", re.compile(rf"\b(?:cua ai|do ai(?! ky\b)|ai (?:la nguoi (?:ma )?)?ban hanh|la cua|ai ra(?=\W*$)"
                          r"|ban hanh boi (?:ai|co quan nao|don vi nao))\b"
                          # "cơ quan ban hành là gì", "cơ quan ban hành văn bản đó … ghi thế nào"
                          r"|\b(?:co quan|don vi|noi)\s+ban\s+hanh\b(?=.*\b(?:gi|nao|ai)\b)"
                          rf"|{_BODY_ASKED.pattern}")),
    # "đồng chí Bí thư Tỉnh ủy nào", "đồng chí Trưởng ban Tổ chức Tỉnh ủy nào": a title, its body and place between.
    # ("Những đồng chí lãnh đạo Tỉnh ủy Quảng Ninh nào dự …": a body and its place between)
    ("person", re.compile(r"\b(ai|dong chi(?:\s+\w+){0,4}\s+nao|lanh dao(?:\s+\w+){0,4}\s+nao|nguoi nao|"
                          rf"dong chi\s+{TITLE_FOLDED}(?:\s+\w+){{0,5}}\s+nao|"
                          # "Phó trưởng ban Tổ chức Trung ương nào dự …": a title opening the question, its holder
                          rf"^\W*(?:(?:thi|the|vay|con)\s+)?{TITLE_FOLDED}(?:\s+(?!nao\b)\w+){{0,5}}\s+nao"
                          r"(?=\s+(?:da\s+)?(?:du|co mat|tham du|chu tri|phat bieu))|"
                          # "tác giả là ai", "của tác giả nào", "tác giả bài …"; not "tác giả có đề xuất … không?",
                          # "tác giả nói đến … trở thành gì" (what the author says)
                          # ("… được tác giả bài viết đề nghị …": the author of a passive, named; "được tác giả nào
                          # đề xuất" still asks)
                          r"(?<!theo )(?<!duoc )(?<!boi )tac gia(?!\s+(?:(?:co|da|cung)\s+)?(?:de xuat|neu|viet"
                          r"|cho rang|khang dinh|nhan manh|noi|nhac|de cap|dua ra|trinh bay|bay to|phan tich|danh gia"
                          r"|ket luan|tin|mong"
                          r"|ky vong|goi|so sanh|liet ke|dan|trich|mo ta|ke)\b|\s+(?:co|da)\b)|"
                          r"(?:duoc|boi) tac gia nao|"
                          # ("… là anh nào ấy nhỉ?", "chị nào", "bác nào": who, as chat asks it)
                          r"ong nao|ba nao|la (?:anh|chi|bac|chu|co|vi) nao|chu tri|"
                          # "Liệt kê các lãnh đạo …", "kể tên những đồng chí …": the people themselves
                          # ("liệt kê tên các vị lãnh đạo …": their names)
                          # ("danh sách (đầy đủ) các đồng chí …": the same asked as a list)
                          r"(?:liet ke|ke ten|ke ra|danh sach(?:\s+day du)?)\s+(?:ten\s+)?(?:(?:tat ca|het|du)\s+)?"
                          r"(?:(?:cac|nhung)\s+)?"
                          r"(?:vi\s+)?"
                          r"(?:lanh dao|dong chi|can bo)|"
                          r"ten (?:(?:ong|ba|dong chi) )?(?:la )?gi|ho (?:va )?ten)\b")),
    ("subject", re.compile(r"\b(noi dung|la gi|ve gi|gi|van de nao|viec gi|muc tieu|nhiem vu nao|linh vuc nao|"
                           r"(?:thuoc\s+)?mang nao|"
                           r"chu de nao)\b")),
)
# Keywords typed without a question word (folded), read only when nothing above asks: the value a search box's
# query names first or last ("ngày giao ban quý III", "Kế hoạch 77-KH/TU ngày", "cơ quan ban hành Kế hoạch 77"),
# or a title alone, whose holder is asked for ("phó chủ tịch thường trực UBND tỉnh Quảng Ninh").
_KEYWORD_KINDS = (
    ("date", re.compile(r"^\W*(?:ngay|thoi gian|thoi diem)\b|\bngay(?:\s+(?:ban\s+hanh|ky))?\W*$")),
    ("issuer", re.compile(r"^\W*(?:co quan|don vi|noi)\s+ban\s+hanh\b|\b(?:co quan|don vi|noi)\s+ban\s+hanh\W*$")),
    ("person", re.compile(r"^\W*(?:pho\s+)?(?:bi thu|chu tich|truong ban|truong doan|truong phong|giam doc|"
                          r"tong bi thu|uy vien|thu truong|bo truong)\b"
                          # "Cao Bằng Phó Bí thư Thường trực Tỉnh ủy", "giám sát KL21 Hưng Nguyên trưởng đoàn": a
                          # title named last, with its body, after where it is held
                          rf"|\b{TITLE_FOLDED}(?:\s+\w+){{0,4}}\W*$"
                          # "người quán triệt kl21 hội nghị quảng ninh", "lãnh đạo tỉnh dự hội nghị kl21": who did it
                          r"|^\W*nguoi\s+(?:quan triet|chu tri|phat bieu|ky|viet|bao cao|tiep|dan dau)\b"
                          r"|^\W*(?:(?:cac|nhung)\s+)?(?:lanh dao|dong chi)\b[^?]*\b(?:du|tham du|co mat)\b")),
    # "chỉ thị 04-CT/TU cao bằng về", "… nội dung": what a document is about
    ("subject", re.compile(r"\b(?:ve|noi dung)\W*$")),
)
_KEYWORD_WORDS = 12  # longer, a plain sentence is a statement to judge (a title or body counted as its shorthand)
_QUESTION_WORD = re.compile(r"\b(?:nao|gi|ai)\b")  # "… công trình giao thông liên xã nào": a question, not keywords


_DENIED = re.compile(r"\b(?:đâu phải|chả phải|chẳng phải|không phải|dau phai|cha phai|chang phai|khong phai)\b"
                     r"[^,?]*,\s*(?=(?:mà|ma)\b)", re.IGNORECASE)
_DATE_GIVEN = re.compile(r"\b(?:ban hanh|ky)\s+(?:vao\s+)?ngay\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?(?!\s+hay\b)")
_ASKS_OTHER = re.compile(r"\b(?:gi|ai|nao|bao nhieu|may)\b")
# Party bodies typed in lower case ("kế hoạch 77 của tỉnh ủy Nghệ An"), written as the texts write them (the same
# length: offsets into the question still hold) so that a document's issuer is read as such.
_BODIES_WRITTEN = {b.lower(): b for b in ("Ban Thường vụ", "Thường vụ", "Ban Chấp hành", "Bộ Chính trị", "Ban Bí thư",
                                          "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Đảng ủy", "Trung ương")}
_BODY_LOWER = re.compile(rf"(?<!\w)({'|'.join(_BODIES_WRITTEN)})(?!\w)")


def _bodies_as_written(text: str) -> str:
    return _BODY_LOWER.sub(lambda m: _BODIES_WRITTEN[m.group(1)], text)


_POINTER_BEFORE_WHO = re.compile(r"\b(?:đó|đấy)(?=\s+ai\b)", re.IGNORECASE)


def asking_part(question: str, folded: str | None = None) -> str:
    """What of a question told in several sentences asks (folded): its sentences ending in "?" ("Tôi làm bí thư
    chi bộ mấy khóa liền, …. Chỉ thị ấy về nội dung gì?": "mấy" there counts nothing asked); the whole otherwise,
    where a text without a question mark asks nothing by "không … gì" ("viên chức không phải đóng góp gì.")."""
    sentences = split_sentences(question)
    asking = [s for s in sentences if s.rstrip().endswith("?")]
    if len(sentences) > 1 and asking:
        return fold(" ".join(asking))
    folded = folded or fold(question)
    return folded if asking else without_negative_indefinites(folded)


# "không … gì", "chẳng ai", "không có … nào" (folded): nothing, nobody, none — a statement's words, asking nothing
# (but "không biết / rõ … ai" wonders who). Only read so in a text without a question mark.
_NEGATIVE_INDEFINITE = re.compile(r"\b(?:khong|chang|cha|chua|ko)\b(?!\s+(?:biet|ro|hieu|nho|hieu ro)\b)"
                                  r"((?:\s+\w+){0,4}?\s+)(?:gi|nao|ai)\b")


def without_negative_indefinites(folded: str) -> str:
    """``folded`` with the asking words of its negations ("không có thỏa thuận gì khác") blanked."""
    return _NEGATIVE_INDEFINITE.sub(lambda m: m.group(0)[:m.end(1) - m.start()] + "_" * (m.end() - m.end(1)),
                                    folded)


def _keyword_kind(folded: str, requested: bool = False) -> str:
    """The kind a short query of keywords asks ("" when it is no such query). A request ("Cho biết …", "Xin xác
    nhận …") naming a document's date or issuer first asks it however long the document's description after it
    ("… cơ quan ban hành Quy định số 2993-QĐ/TU về trách nhiệm nêu gương ở Nghệ An")."""
    if _QUESTION_WORD.search(folded):
        return ""
    if typed_length(folded) > _KEYWORD_WORDS:
        return next((name for name, pattern in _FIELD_FIRST if pattern.match(folded)), "") if requested else ""
    return next((name for name, pattern in _KEYWORD_KINDS if pattern.search(folded)), "")


# A document's field named first (folded): "ngày ban hành …", "cơ quan ban hành …".
_FIELD_FIRST = (("date", re.compile(r"\W*ngay\s+(?:ban\s+hanh|ky)\b")),
                ("issuer", re.compile(r"\W*(?:co quan|don vi|noi)\s+ban\s+hanh\b")))
# Asked to confirm what follows ("Xin xác nhận …"): a value it names, or a statement to judge.
_CONFIRM = re.compile(r"^\W*(?:(?:xin|nho|de nghi)\s+)?xac nhan\b")


# "Đề án … có tên là gì?", "bài viết … tên gì" (folded): the name of a document or an article asked; "tác giả bài
# viết tên là gì" asks a person's.
_TYPE_OR_WRITING = re.compile(rf"\b(?:{alternation(TYPE_WORDS)}|bai viet|bai bao|bai|ban tin|tai lieu)\b")
_NAME_OF_WRITING = re.compile(rf"{_TYPE_OR_WRITING.pattern}[^?.]*?"
                             r"\b(?:co\s+)?(?:ten|tieu de|nhan de|tit|tua de)(?:\s+(?:day du|chinh xac|cu the))?"
                             r"\s+(?:la\s+)?gi\b")
_FULL_NAME = re.compile(r"\bten day du (?:la )?gi\b")
_PERSON_ASKED = re.compile(r"\b(?:tac gia|nguoi viet|nguoi|ong|dong chi|ai)\b"
                           # a clause opened by a title ("Chủ tịch UBND tỉnh … dự hội nghị … tên đầy đủ là gì?")
                           rf"|^\W*{TITLE_FOLDED}\b")


def name_asked(folded: str) -> str:
    """Whose name a (folded) question asks with "tên là gì", "tiêu đề gì": "writing" for a document's or an
    article's, "person" for the person opening its clause ("tác giả bài viết …", "ông bí thư … viết bài … tên là
    gì"; a sentence before is context), "" when it asks no such name."""
    m = _NAME_OF_WRITING.search(folded)
    if not m:
        return ""
    clause = re.split(r"[.;:!?]", folded[:m.start()])[-1]
    # "Bài … cho biết đoàn do một đồng chí … làm trưởng đoàn; người đó tên là gì?": the name is asked in a clause
    # of its own, of the person it points at.
    asking = re.split(r"[;!?]|\.(?!\w)", folded[:m.end()])[-1]
    later = len(asking) < m.end() - m.start()
    # "…, tức là đồng chí Bí thư Tỉnh ủy ở đó tên là gì?": a last comma clause naming a person and no writing.
    last = re.split(r"[,;]", folded[:m.end()])[-1]
    own = bool(_PERSON_ASKED.search(last)) and not _TYPE_OR_WRITING.search(last)
    return "person" if _PERSON_ASKED.search(clause) or (later and _PERSON_ASKED.search(asking)) or own \
        else "writing"


# The words for a person's title (folded); named beside a person in a fact to check, a title given to be checked
# ("… X là “Trưởng ban …”. Chức danh này có đúng không?").
TITLE_NOUN = r"\b(?:chuc vu|chuc danh|cuong vi)\b"
_TITLE_CHECKED = re.compile(TITLE_NOUN)
# "… bà X là “Trưởng ban Dân vận Tỉnh ủy” — đúng chưa?" (folded): a title claimed of someone, to check.
_TITLE_CLAIMED = re.compile(rf"\bla\s+[\"“‘']?\s*(?:pho\s+)?{TITLE_FOLDED}")
# The titles a request asks for, opening it (folded, after "Nêu", "Cho biết"): "(đầy đủ) (các) chức vụ của …".
_TITLE_REQUESTED = re.compile(rf"\W*(?:day du\s+)?(?:(?:cac|nhung)\s+)?{TITLE_NOUN}(?:\s+(?:day du|chinh xac|cu the))?"
                              r"\s+(?:cua|ma)\b")
# "giữ chức vụ gì", "có những chức danh nào", "cương vị gì" (folded): what titles a named person holds.
_TITLE_ASKED = re.compile(rf"{TITLE_NOUN}(?:\s+\w+){{0,3}}\s+(?:gi|nao)\b"
                          # "Chức danh chính xác của ông ấy ghi trong bài là gì?", "Vị trí của ông X trong Tỉnh ủy
                          # … là cái gì?", "Cái gì là chức vụ mà bà X giữ …?" ("chức vụ mà bà X giữ … là gì?")
                          rf"|(?:{TITLE_NOUN}|\bvi tri)(?:\s+(?:chinh xac|day du|cu the|hien nay|hien tai|that|thuc su"
                          r"|that su|chinh thuc))?"
                          r"\s+(?:cua|ma)\b[^?]*\bla\s+(?:cai\s+)?(?:gi|nao)\b"
                          r"|\b(?:cai\s+)?gi\s+la\s+(?:chuc vu|chuc danh|cuong vi|vi tri)\b"
                          # "dự với vai trò gì", "với tư cách gì": the title someone took part with
                          r"|\b(?:vai tro|tu cach)\s+(?:gi|nao)\b"
                          # a choice of titles: "đang giữ chức Bí thư Tỉnh ủy hay Chủ tịch UBND tỉnh?"
                          r"|\b(?:giu|dam nhiem)\s+chuc(?:\s+vu|\s+danh)?\b[^?]*\s(?:hay|hoac)\s"
                          # "làm trưởng phòng nào", "là phó ban gì": the title named, its body asked
                          r"|\b(?:lam|giu|la)\s+(?:pho\s+)?(?:truong|bi thu|chu tich|giam doc|uy vien|pho)"
                          r"(?:\s+\w+){1,3}?\s+(?:gi|nao)\b"
                          # "còn kiêm chức gì", "giữ những chức gì", a chat's "Cao Tường Huy chức gì" (not "tổ
                          # chức nào")
                          r"|(?<!\bto )\bchuc\s+(?:gi|nao)\b"
                          # "ông ấy còn kiêm gì nữa", "kiêm nhiệm những chức gì": the titles held besides
                          r"|\bkiem(?:\s+nhiem)?\s+(?:(?:nhung|cac)\s+)?(?:chuc\s+)?(?:gi|nao)\b"
                          # "đang công tác ở vị trí nào", "làm việc ở đâu", "giữ vị trí gì": a title with its body
                          r"|\b(?:cong tac|lam viec)\s+(?:o|tai)\s+(?:dau|(?:vi tri|bo phan|co quan|don vi)"
                          r"(?:\s+\w+)?\s+(?:gi|nao))\b|\b(?:giu|dam nhiem|o)\s+vi tri(?:\s+cong tac)?\s+(?:gi|nao)\b"
                          # a search box's "Cao Tường Huy ,, chức vụ ??": the word for titles ends the keywords
                          r"|\b(?:chuc vu|chuc danh|cuong vi)(?:\s+(?:khac|nua|con lai|kiem nhiem))*\W*$"
                          # asked for: "Đề nghị ghi rõ chức vụ của đồng chí …", "Cho biết chức danh của …"
                          # (or with the request read off already: "chức danh của ông …")
                          r"|(?:^\W*|\b(?:cho biet|ghi ro|ghi|neu|neu ro|lam ro|xac dinh)\s+)(?:(?:cac|nhung)\s+)?"
                          r"(?:chuc vu|chuc danh|cuong vi)\s+(?:cua\s+)?(?:ong|ba|dong chi|d/c)\b"
                          # opening the question, of the person it names: "Chức danh của Lê Đức Cường ở Nghệ An?"
                          r"|^\W*(?:chuc vu|chuc danh|cuong vi)\s+(?:day du\s+)?cua\b")
# "Ông X, tác giả bài …, hiện là gì?", "… ông ấy là gì?" (folded, after the name): a person is no term to define, what
# they are is their titles.
# ("Lê Đức Cường Nghệ An là ai": who they are, a place of theirs said between)
_IS_WHAT = re.compile(r"^\s*(?:,[^,?]*,)?\s*(?:(?:hien|dang|hien nay|hien tai|bay gio)\s+)?la\s+(?:gi|j|ai)"
                      # "Lê Đức Cường là gì của Tỉnh ủy Nghệ An": what they are in a body, their title there
                      r"(?:\s+(?:cua|o|tai|trong)\s+[^?,]{2,60})?\W*$")
_PRONOUN_IS_WHAT = re.compile(r"\b(?:ong|ba|dong chi)\s+(?:ay|do)\s+(?:(?:hien|dang)\s+)?la\s+(?:gi|j)\W*$")


def _person_is_what(question: str, folded: str) -> bool:
    """Whether the question asks what a person it names is: "Ông Trần Hồng Minh, tác giả …, hiện là gì?"."""
    span = find_person(question)
    if span is None:
        return False
    place = _PLACE_AFTER_NAME.match(question, span[1])
    return bool(_IS_WHAT.match(folded[place.end() if place else span[1]:]) or _PRONOUN_IS_WHAT.search(folded))


# A place said after a person's name ("Lê Đức Cường (ở) Nghệ An …"): capitalised words, one to three.
_PLACE_AFTER_NAME = re.compile(r"\s+(?:(?:ở|o|tại|tai)\s+)?(?:[A-ZĐ]\w*\s*){1,3}(?=\s)")


# What such a question says beside the name: the asking words, an honorific ("ông", "đồng chí") and fillers.
TITLE_WORDS = frozenset({"giu", "kiem", "chuc", "vu", "danh", "cuong", "vi", "nhung", "khac", "con", "dam", "nhan",
                         "nua", "hien", "dang", "ong", "ba", "dong", "chi", "cong", "tac", "lam", "viec", "tri"})
_LIST_NOUNS = {"giai", "phap", "nhiem", "vu", "bien", "y", "diem", "muc", "yeu", "cau", "noi", "dung"}
_MULTI_WORDS = {"bai", "viet", "bao", "nhac", "de", "cap", "tinh", "dia", "phuong", "noi", "don", "vi", "huyen",
                "nguon", "tai", "lieu", "co", "quan", "dang", "bo"}
_SUBJECT_WORDS = {"noi", "dung", "van", "de", "viec", "co", "quan", "don", "vi", "cap", "ban", "hanh"}
# How a question about a named document's subject asks it ("quy định về cái gì", "hướng dẫn về vấn đề gì", "nêu
# nội dung gì", "giai đoạn 2021 - 2025 có nội dung gì"): beside the document, no topic of its own. Left in the
# retrieval terms, where "hướng dẫn viên" or "mục đích" may be what the question is about.
_ASKING_WORDS = _SUBJECT_WORDS | {"quy", "dinh", "huong", "dan", "cai", "neu", "giai", "doan", "muc", "dich", "nham",
                                  "minh", "hoi", "toi", "xin", "vay", "nhe",  # "Cho mình hỏi …", "… vậy?"
                                  "anh", "chi", "em", "muon",  # "Anh/chị cho tôi hỏi …", "em muốn hỏi …"
                                  "linh", "vuc", "chu",  # "về lĩnh vực gì", "chủ đề gì"
                                  "mang", "thuoc",  # "thuộc mảng nào"
                                  "dieu", "chinh",  # "điều chỉnh vấn đề gì": what a document governs
                                  "chuyen",  # "về chuyện gì": the spoken "về việc gì"
                                  "cu", "the"}  # "quy định cụ thể những nội dung gì"


# "(là) về chủ trương gì / nào" (folded): what a document is about, asked as the policy it sets ("trương" alone would
# be "trưởng", a title's word, folded).
_POLICY_ASKED = re.compile(r"\bchu truong\s+(?:gi|nao)\b")


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
    # Every figure and year the question states, those of a fact to check too ("… 6.222 đảng viên … năm 2023,
    # đúng không?": not ``numbers`` or ``years``, which the corpus must have): what a passage about it states.
    stated: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # proper names, placeholders excluded
    placeholders: list[str] = field(default_factory=list)  # "Nguyễn Văn A", "Chị B": names that stand for anyone
    speakers: list[str] = field(default_factory=list)  # names whose words are asked for ("Ông X phát biểu gì")
    terms: list[str] = field(default_factory=list)
    accented: bool = True
    judge: bool = False  # a statement to judge ("…, đúng hay sai?") or a stem of choices ("… nào sau đây?")
    checks: bool = False  # a fact to check ("… 15.500 đại biểu tham dự, đúng không?", "Có phải … không?")
    laws: list[RefMention] = field(default_factory=list)  # laws named by name ("Luật Cư trú 2020")
    articles: list[ArticleRef] = field(default_factory=list)  # "khoản 2 Điều 38 Luật Cư trú", with their law
    doc_names: list[str] = field(default_factory=list)  # names written as a document's issuer or place
    other_terms: list[str] = field(default_factory=list)  # key words beside the documents and what describes them
    source: str = ""  # where the question says its answer is written ("Theo bài viết ở Cao Bằng"), read apart
    source_writes: bool = False  # the source told as what writes it ("Bài Cao Bằng ghi …, có đúng không?")
    # names the asker gives of themselves ("Tôi sinh hoạt ở chi bộ khu 5 phường Hồng Hải, …"): where they live or
    # belong, which the texts need not name (kept in ``names``: "tỉnh mình" may point at one)
    asker_names: list[str] = field(default_factory=list)

    @property
    def doc_texts(self) -> list[str]:
        """The documents the question names, as written: numbered ones first, then laws."""
        return [*self.ref_texts, *(law.text for law in self.laws)]


LAST_ORDINAL = -1  # "giải pháp cuối cùng": the last item of the list, whatever its number
# A list's noun with "đầu tiên" (the first item) or "cuối cùng" / "sau cùng" (the last).
_LIST_NOUN = (r"(?:giai phap|nhiem vu|bien phap|y|muc|diem|noi dung|yeu cau|chu truong|van de|chi tieu"
              r"|han che|ton tai|kho khan|vuong mac)")
# Up to four words between: "nhiệm vụ trọng tâm cuối cùng", "nhiệm vụ trọng tâm được nêu sau cùng".
_FIRST = re.compile(rf"\b{_LIST_NOUN}\s+(?:\w+\s+){{0,4}}dau tien\b"
                    rf"|\b{_LIST_NOUN}\b[^?.;]{{0,60}}(?:,\s*(?:cai|y|muc|diem)|\s+cai)\s+dau tien\b")
# "giải pháp cuối" said short; not "nhiệm vụ cuối năm", a time.
_LAST = re.compile(rf"\b{_LIST_NOUN}\s+(?:\w+\s+){{0,4}}(?:cuoi cung|sau cung)\b"
                   # the list named, then its item pointed at after a comma: "Nhiệm vụ trọng tâm Cao Bằng, cái cuối
                   # cùng là gì?" (or, typed without the comma, "… thời gian tới cái cuối cùng là gì")
                   rf"|\b{_LIST_NOUN}\b[^?.;]{{0,60}}(?:,\s*(?:cai|y|muc|diem)|\s+cai)\s+(?:cuoi cung|sau cung)\b"
                   # (not a time: "đến cuối năm", "lưu ý đến cuối 2021")
                   rf"|\b{_LIST_NOUN}\s+(?:\w+\s+)?cuoi\b(?!\s+(?:cung|nam|thang|nhiem ky|ky|tuan|quy|ngay|doi)\b"
                   r"|\s+\d)")


# "theo thứ tự", "số thứ tự", "thứ tự ưu tiên": order, not "thứ tư", however the question is typed.
_ORDER = re.compile(r"\b(?:theo|so|danh so|dung)\s+thu tu\b|\bthu tu\s+(?:uu tien|sap xep)\b")


# Where a document is cited (folded), before the place in a list that says where: "(được) nêu tại giải pháp …".
_CITED_AT = re.compile(r"\b(?:neu|dan|nhac|de cap|trich)\s+(?:den\s+)?(?:tai|trong|o)\s+(?:\w+\s+){0,2}$")


# "Hội nghị lần thứ tư", "lần giao thứ hai", "lần vi phạm thứ ba" (folded, before "thứ"): the n-th time something is
# done, no list's item.
_NTH_TIME = re.compile(r"\blan(?:\s+\w+){0,2}\s+$")


# "Năm là, …" opening a sentence, a clause or a quotation (folded).
_ORDINAL_OPENING = re.compile(r"(?:^|[,.;:?!\"“'‘«(]\s*)(" + alternation(ORDINALS_FOLDED) + r")\s+la\b")
# "nhiệm vụ hai là …", "giải pháp ba?" (folded): an item said by its number without "thứ".
_ITEM_BY_NUMBER_WORD = re.compile(r"\b(?:giai phap|nhiem vu|bien phap)\s+("
                                  + alternation(k for k in ORDINALS_FOLDED if k != "nhat")
                                  + r")(?=\s+(?:la|thi)\b|\s*[?,.]|\s*$)")


def _ordinal(question: str, folded: str) -> int:
    # "… cái đầu tiên là quán triệt …, còn giải pháp thứ hai là gì": the first item told, a later one asked. (The
    # last item stays the last: "cuối cùng (hình như thứ bảy?)" guesses at its number.)
    first = _FIRST.search(folded)
    counted = _counted_position(question, folded)
    if first and not (counted and counted[0] > first.end()):
        return 1
    if _LAST.search(folded):
        return LAST_ORDINAL
    if counted:
        return counted[1]
    # "Năm là, …" opens a sentence, a clause or a quotation ('nhiệm vụ "Ba là"'); "77-KH/TU là" is a document
    # code followed by "là".
    found = [m for m in _ORDINAL_OPENING.finditer(folded) if m.group(1) != "nhat"]
    if found:
        return ORDINALS_FOLDED[found[-1].group(1)]
    # "ý 3", "nhiệm vụ trọng tâm số 2": a list's item by its number.
    # ("lưu ý 3 hội nghị", "chú ý", "để ý": a verb, not a list's "ý")
    m = re.search(r"\b(?:(?<!\bluu )(?<!\bchu )(?<!\bde )y|muc|diem|giai phap|nhiem vu)"
                  r"(?:\s+|(?:\s+(?!so\b)[a-z]+){0,2}\s+so\s+)(\d{1,2})\b"
                  r"(?![\w/-]|[.,]\d)", folded)  # (not "công ty Y 1.000 tấn": a figure, after a letter "y")
    if m:
        return int(m.group(1))
    # "… thì nhiệm vụ hai là cái gì", "giải pháp ba là gì": the item said by its number, as speech says "thứ hai"
    # (before what asks of it; not "nhiệm vụ năm 2022", "giải pháp ba năm").
    m = _ITEM_BY_NUMBER_WORD.search(folded)
    return ORDINALS_FOLDED[m.group(1)] if m else 0


def _counted_position(question: str, folded: str) -> tuple[int, int] | None:
    """Where the last "thứ N" of a question that names a list's item stands, and N; None without one."""
    # The last position a question names is the one asked: the ones before it show how the list is numbered
    # ('(đánh số "Một là", "Hai là"…), nhiệm vụ "Sáu là"') or are context.
    lowered = question.lower()
    typed_order = "thứ tự" in lowered and "thứ tư" not in lowered
    orders = [m.span() for m in _ORDER.finditer(folded)]
    # "kỳ họp thứ năm": an event's number, not a list's item (so is the n-th time, ``_NTH_TIME``); "Bí thư" is a
    # title.
    # "đoạn / câu / dòng thứ nhất": a place in the text, not a list's item; "(được) nêu tại giải pháp thứ tư": where
    # a document asked about is cited, not the item asked for.
    # "ngày thứ 5", "năm thứ hai": a day or a year counted; "bên thứ ba", "người thứ ba": a third party.
    found = [m for m in re.finditer(r"(?<!\bhop )(?<!\bbi )(?<!\bdoan )(?<!\bcau )(?<!\bdong )"
                                    r"(?<!\bngay )(?<!\btuan )(?<!\bthang )(?<!\bnam )(?<!\bgio )(?<!\bben )"
                                    r"(?<!\bnguoi )"
                                    r"\bthu\s+(\d{1,2}|" + alternation(ORDINALS_FOLDED) + r")\b", folded)
             if not (m.group(1) == "tu" and (typed_order or any(a <= m.start() < b for a, b in orders)))
             and not _CITED_AT.search(folded[:m.start()]) and not _NTH_TIME.search(folded[:m.start()])]
    if not found:
        return None
    word = found[-1].group(1)
    return found[-1].start(), int(word) if word.isdigit() else ORDINALS_FOLDED[word]


# A party of a hypothetical case named by a letter after what it is ("công ty X", "ông B", "hộ gia đình A"),
# however the noun is written: a placeholder, as "Nguyễn Văn A" is.
_PARTIES = "|".join([*sorted(HONORIFICS), "em", "cháu", "công ty", "doanh nghiệp", "hộ gia đình", "hộ", "cơ sở",
                     "tổ chức", "cá nhân", "người", "bên", "nhà trường", "trường", "ngân hàng", "cửa hàng"])
_PARTY_LETTER = re.compile(rf"(?i:\b(?:{_PARTIES}))\s+[A-ZĐ]\b(?![.)])")


def _is_placeholder(run: list[str]) -> bool:
    """"Nguyễn Văn A", "Chị B", "Ông X": a name that stands for anyone (its last word is one letter)."""
    return len(run[-1]) == 1


# "… ban hành Kết luận này vào ngày đó": a document pointed back at by its type's name, capitalised as a document's
# name is, is no proper name (folded).
_POINTED_BACK = re.compile(rf"\b(?:{alternation(TYPE_WORDS)})\s+(?:{fold(DEMONSTRATIVES)})\b")


def _pointed_back(folded: str) -> list[tuple[int, int]]:
    """Spans of the documents a (folded) question points back at by their type's name ("Kết luận này", "Quy định
    đó")."""
    return [m.span() for m in _POINTED_BACK.finditer(folded)]


def _names(question: str, ref_spans: list[tuple[int, int]]) -> tuple[list[tuple[int, str]], list[str]]:
    """Runs of capitalised words (proper names) with where they start, outside directive references and
    abbreviations, and the placeholder names among them. A run never crosses punctuation ("… Việt Nam. Đúng
    hay sai?" is no name "Việt Nam Đúng"), and a capitalised question or glue word opening it ("Theo", "Khi")
    is not part of it."""
    names: list[tuple[int, str]] = []
    placeholders: list[str] = []
    words = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\W\d_]+", question)]
    run: list[tuple[int, str]] = []

    def close() -> None:
        # "Ông Nguyễn Xuân Ký": the title is no part of the name the corpus writes ("đồng chí Nguyễn Xuân Ký").
        while run and (run[0][1].lower() in STOPWORDS | _OPENING_GLUE
                       or (run[0][1].lower() in _TITLES and len(run) > 1)
                       or (len(run) > 2 and honorific_then_surname(run[0][1], run[1][1]))):  # "Ba Pham Thi …"
            run.pop(0)
        # A lone sentence-initial capital is no name ("Ai", "Khi", "… Đúng hay sai?"); "Nghệ An ..." is one.
        kept = [(start, w) for start, w in run if len(run) > 1 or not _SENTENCE_START.search(question[:start])]
        # The run and what follows it, folded where each position stays the question's ("" where folding moves them).
        after = (folded_aligned(question[kept[0][0]:]) or "") if kept else ""
        # A phone's autocorrect capitalises words at random ("… lãnh đạo tỉnh Nào dự", "… là Cơ quan nào ban
        # hành"): a lone capital that asks, or opens a phrase that asks, is no name.
        if len(kept) == 1 and _ASKS_FROM.match(after):
            kept = []
        # "… có Bí thư với hai Phó Bí thư dự": a title's capitalised first words, its rest in lower case, are no
        # name ("Trưởng Ban Tổ chức" names its board: that run goes on past the title).
        if kept and (title := TITLE_OPENING.match(after)) and kept[0][0] + title.end() > kept[-1][0] + len(kept[-1][1]):
            kept = []
        # "Báo Nghệ An đưa tin …": a sentence's first word before a province is capitalised for the sentence.
        if len(kept) > 2 and _SENTENCE_START.search(question[:kept[0][0]]) \
                and tuple(fold(w) for _, w in kept[1:]) in PROVINCE_WORDS:
            kept = kept[1:]
        # "Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh": a province, then a person's full name, are two names.
        # So are a province and a body's first word after it ("ở Cao Bằng Tỉnh ủy …", its "thì" left out).
        # So are a province and a title after it ("bên Quảng Ninh Bí thư Tỉnh ủy nào …"), which names no one.
        def titled(i: int) -> bool:
            return bool(TITLE_OPENING.match(folded_aligned(question[kept[i][0]:]) or ""))

        province = next((n for n in range(LONGEST, 1, -1)
                         if (len(kept) >= n + 2 or (len(kept) > n and (fold(kept[n][1]) in _BODY_OPENINGS
                                                                      or titled(n))))
                         and tuple(fold(w) for _, w in kept[:n]) in PROVINCE_WORDS), 0)
        if province:
            names.append((kept[0][0], " ".join(w for _, w in kept[:province])))
            kept = kept[province:]
            if titled(0):
                title = TITLE_OPENING.match(folded_aligned(question[kept[0][0]:]) or "")
                if title and kept[0][0] + title.end() > kept[-1][0] + len(kept[-1][1]):
                    kept = []
        # "Hưng Nguyên Bí thư Huyện ủy": a district (no province, split above), then a title's capitalised first
        # words, its rest in lower case, are a name and no name.
        cut = next((i for i in range(1, len(kept)) if titled(i)), 0)
        if cut and (title := TITLE_OPENING.match(folded_aligned(question[kept[cut][0]:]) or "")) \
                and kept[cut][0] + title.end() > kept[-1][0] + len(kept[-1][1]):
            names.append((kept[0][0], " ".join(w for _, w in kept[:cut])))
            kept = []
        # "lê đức cường nghệ an chức danh" capitalised: a person's full name, then a province, are two names too.
        after = next((n for n in range(LONGEST, 1, -1) if len(kept) >= n + 2
                      and tuple(fold(w) for _, w in kept[-n:]) in PROVINCE_WORDS
                      and full_names([" ".join(w for _, w in kept[:-n])])), 0)
        if after:
            names.append((kept[0][0], " ".join(w for _, w in kept[:-after])))
            kept = kept[-after:]
        # "cơ quan nào của Trung ương": the Centre, a body, is no name ("Trung" alone before "ương").
        if len(kept) == 1 and kept[0][1] == "Trung" and fold(question[kept[0][0] + 5:kept[0][0] + 10]) == " uong":
            kept = []
        if kept:
            name = " ".join(w for _, w in kept)
            if _is_placeholder([w for _, w in kept]):
                placeholders.append(name)
            else:
                names.append((kept[0][0], name))
        run.clear()

    previous_end = 0
    for start, end, word in words:
        inside_ref = any(s <= start < e for s, e in ref_spans)
        capital = word[0].isupper() and (not word.isupper() or (len(word) == 1 and bool(run))) \
            and word not in ABBREVIATIONS  # "Nguyễn Văn A": a one-letter name ends a run
        if run and question[previous_end:start].strip():
            close()  # punctuation between two words ends a name
        if capital and not inside_ref:
            run.append((start, word))
        else:
            close()
        previous_end = end
    close()
    return names, placeholders


# A word that asks, or a noun and the word after it that "nào" asks which of ("cơ quan nào", "ngày nào"), folded.
_ASKS_FROM = re.compile(r"(?:nao|gi|ai|dau|may)\b|\w+(?:\s+\w+)?\s+nao\b")
# A body's first word, which no place's name goes on with (folded).
_BODY_OPENINGS = frozenset({"tinh", "huyen", "ban", "dang", "uy", "hoi", "mat", "so", "thanh", "bo"})
# (A sentence ends before a closing quote too, and a quotation opens with a capital: "…" Tên …", "“Đoàn giám sát …")
# (and an outline's numbering: "a) …", "2. …")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;…][\s\"”’'»)]*|[\"“‘«(]\s*|(?:^|\s)\(?(?:\d{1,2}|[a-h])[.)]\s+)$")
_TITLES = HONORIFICS | {"em"}  # what a person is called by, before the name
# Words that open a sentence with a capital and tie it to what follows ("Ngoài Trưởng Ban Tổ chức, …", "Sau Hội
# nghị …"), "bài" (the article: "Bài Baonghean …") and a request ("Hỏi Công ty X phải …", "Xin …"): no part of a name.
# ("Nữ Phó Bí thư …": a woman holding the title)
_OPENING_GLUE = frozenset("ngoài sau trước bên đối nhằm cùng riêng kể vì tuy dù nhờ qua giữa trên dưới ngay bài nữ"
                          " hỏi xin hãy".split())
# Verbs that attribute words to a speaker: "Ông X phát biểu gì …" asks for what X said; "X quán triệt văn bản nào",
# "X báo cáo những gì" for what X presented (asked right after the verb: "X quán triệt Kết luận 21 ở hội nghị … vào
# ngày nào" asks the event's date, "do X hay Y quán triệt?" which of them).
# (whether: "… có phát biểu gì không"; after a person's name, where or when said may stand between: "… ở điểm cầu
# Nghệ An hôm giao ban quý III đã tham luận những gì?")
_SAID_WHERE = re.compile(r"\s+(?:ở|tại|hôm|trong)\s[^,?]{0,50}?(?=\s*đã\s)", re.IGNORECASE)
# ("Ông ấy có nói … không?" asks whether something was said, which a report may tell without naming him again.)
_SPEECH = re.compile(r"\s*(?:đã\s+)?(?:(?:phát biểu|nói|cho biết|khẳng định|nhấn mạnh|chỉ đạo|đề nghị|yêu cầu|"
                     r"trả lời|kết luận|chia sẻ)\b|(?:quán triệt|báo cáo|trình bày|phổ biến|tham luận)(?:\s+\w+){0,3}?"
                     r"\s+(?:nào|gì|j)\b)|\s*có\s+(?:phát biểu|tham luận)\s+(?:gì|những gì|nội dung gì)\b",
                     re.IGNORECASE)


def _speakers(question: str, names: list[str]) -> list[str]:
    """The names a question asks the words of: a name directly followed by a speech verb."""
    out = []
    people = set(full_names(names))
    for name in names:
        at = question.find(name)
        if at < 0:
            continue
        end = at + len(name)
        if name in people and (where := _SAID_WHERE.match(question, end)):
            end = where.end()
        if _SPEECH.match(question, end):
            out.append(name)
    return out


# "Quy định 109-QĐ/TW mà Trưởng ban Tuyên giáo yêu cầu … quán triệt là của cơ quan nào?": a clause opened by "mà"
# right after the document says which document is meant; what the question asks of it comes after.
# "… mà …" qualifies a named document, as "… về …" names its subject ("Chỉ thị 05-CT/TW về học tập và làm theo tư
# tưởng, đạo đức, phong cách Hồ Chí Minh được ban hành ngày nào?": the name is the document's, not an event's).
# So do what it carries out ("Kế hoạch 77-KH/TU … thực hiện Kết luận Hội nghị lần thứ tư … được ban hành ngày
# nào?") and a clause saying where it is mentioned ("Chỉ thị 18-CT/TU …, được nhắc tới tại hội nghị …, có nội dung
# gì?").
# Both read in the folded question (typed with accents or not; folding keeps every position).
_QUOTES = re.compile(r"[“”\"‘’']")  # double or single, as typed
_RELATIVE = re.compile(fold(r"\s*,?\s*(?:mà|về|thực hiện|triển khai|cụ thể hóa|"
                            r"(?:được|đã được)\s+(?:nhắc|nêu|đề cập|dẫn|trích|giám sát))\s+"))
_ASKED_OF_DOCUMENT = re.compile(fold(r"\s(?:được ban hành|ban hành|là của|do (?:cơ quan|ai|đơn vị)|của (?:cơ quan|ai)"
                                     r"|ra (?:ngày|đời|khi|hôm)|có từ (?:ngày|khi)|đề ngày"
                                     r"|có nội dung|về nội dung|về vấn đề|nhằm|quy định về|được ký|ký (?:ngày|vào)"
                                     # "Ngày ban hành Chỉ thị 05 về … là ngày nào?": its date asked after it
                                     r"|là (?:vào )?(?:ngày|bao giờ|khi nào|năm nào|thời điểm nào)"
                                     # "… là (nghị quyết) về việc gì", "… nói về cái gì": its subject asked
                                     rf"|là\s+(?:(?:{alternation(TYPE_WORDS)}|văn bản)\s+)?(?:nói\s+)?về"
                                     r"|(?:nói\s+)?về\s+(?:việc|cái|chuyện)\s+gì)\b"))


# "Trong các văn bản mà … yêu cầu quán triệt, Quy định 37-QĐ/TW là của cơ quan nào?": an opening clause naming the
# documents the named one is among says which is meant, as "mà …" after it does (folded).
_AMONG = re.compile(rf"^\W*trong\s+(?:so\s+)?(?:cac|nhung)\s+(?:van ban|tai lieu|{alternation(TYPE_WORDS)})\b"
                    r"[^,?.;]*,\s*")


def _relative_clauses(question: str, refs: list[RefMention],
                      described: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of the "mà …" and "về …" clauses that qualify a named document, up to what the question asks of it;
    the clause may follow the document's issuer or date ("Quy định 205-QĐ/TW của Bộ Chính trị mà …"), or open the
    question as the documents it is among ("Trong các văn bản mà …, Quy định 37-QĐ/TW …")."""
    spans = []
    folded = fold(question).lower()
    among = _AMONG.match(folded)
    if among and any(_typed_start(question, r) == among.end() for r in refs):
        spans.append((0, among.end()))
    for r in refs:
        after = max((e for s, e in described if r.end <= s <= r.end + 1), default=r.end)
        opened = _RELATIVE.match(folded, after)
        asked = _ASKED_OF_DOCUMENT.search(folded, opened.end()) if opened else None
        if asked:
            spans.append((after, asked.start()))
        elif opened and _ISSUANCE.search(folded, 0, r.start) and "?" not in folded[opened.end():].rstrip(" ?.!"):
            # What is asked of it comes first ("Câu nào nêu ngày ban hành Chỉ thị 05-CT/TW về … Hồ Chí Minh?"):
            # the clause runs to the question's end.
            spans.append((after, len(folded.rstrip(" ?.!"))))
    return spans


_TYPE_BEFORE = re.compile(rf"(?:{alternation(TYPE_WORDS)})\s+(?:so\s+)?$")


def _typed_start(question: str, ref: RefMention) -> int:
    """Where a reference starts with its type word: "Nghị quyết 68/NQ-HĐND" (a state number is found without it)."""
    m = _TYPE_BEFORE.search(fold(question[max(0, ref.start - 20):ref.start]).lower())
    return ref.start - (len(m.group(0)) if m else 0)


def _lower_case_words(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The words in ``spans`` that are not capitalised: the asker's description without the names it gives ("Tôi là
    đảng viên lâu năm ở Nghệ An": the place a later "tỉnh nhà" points at stays)."""
    return [(s + m.start(), s + m.end()) for s, e in spans for m in re.finditer(r"\w+", text[s:e])
            if not m.group(0)[0].isupper()]


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    if not spans:
        return text
    chars = list(text)
    for s, e in spans:
        chars[max(s, 0):min(e, len(text))] = " " * (min(e, len(text)) - max(s, 0))
    return "".join(chars)


# "là giải pháp thứ mấy", "nhiệm vụ trọng tâm thứ mấy", "đứng ở vị trí thứ mấy" (folded): the place of an item in
# its list (not "lần thứ mấy").
_WHICH_PLACE = re.compile(r"\b(?:giai phap|nhiem vu|bien phap|noi dung|diem|yeu cau|muc tieu|chu truong|quan diem|"
                          r"van de|viec|y|vi tri|dung|xep)(?:\s+\w+){0,2}\s+thu\s+(?:may|bao nhieu)\b"
                          # "… được nêu ở vị trí nào (trong năm nhiệm vụ …)?"
                          # (not "công tác ở vị trí nào": a post)
                          r"|\b(?:neu|nam|dung|xep|dat|ghi)\s+o\s+vi tri\s+(?:nao|thu may)\b")


# A term the question quotes ("nhiệm vụ “chống” được xác định là …"), or names right before "được xác định / coi /
# hiểu là" after a clause's start ("theo KL21 thì xây được xác định là …"): what it asks to be characterised.
_QUOTED = re.compile(r"[“\"'‘]([^”\"'’]{1,40})[”\"'’]")
_CHARACTERISED = re.compile(r"(?:^|,|\bthi)\s*(\w+)\s+(?:da\s+)?duoc\s+(?:xac dinh|coi|hieu|dinh nghia)\s+la\b"
                            # "…, xây là nhiệm vụ như thế nào?": one word a clause opens with, characterised
                            r"|(?:^|,)\s*(\w+)\s+la\s+\w+(?:\s+\w+)?\s+(?:nhu the nao|ra sao|gi)\W*$")


def characterised_term(info: QuestionInfo) -> str:
    """The term (folded) a question asks to be characterised ("“chống” được xác định là nhiệm vụ như thế nào?"),
    or ""."""
    folded = fold(info.text)
    # ("… “xây” và “chống” được xác định như thế nào?", "… được hiểu ra sao?": characterised without "là")
    if not re.search(r"\bla\b|\bduoc (?:xac dinh|hieu|coi|dinh nghia)\b|\bmoi quan he giua\b", folded):
        return ""
    if m := _QUOTED.search(info.text):  # (of “xây và chống”, the first: a text says "xây là …")
        return re.split(r"\s+va\s+", fold(m.group(1)).strip())[0]
    m = _CHARACTERISED.search(folded)
    term = (m.group(1) or m.group(2)) if m else ""
    return term if term not in STOPWORDS_FOLDED else ""


def asks_place_in_list(info: QuestionInfo) -> bool:
    """Whether the question asks which item of a list something is ("… là giải pháp thứ mấy?")."""
    return bool(_WHICH_PLACE.search(fold(info.text)))


# A count asked together with what the things are: "bao nhiêu …, cụ thể là gì?", "mấy …, gồm những gì?".
_ALSO_WHICH = re.compile(r"\b(?:cu the|gom|bao gom|do la)\s+(?:la\s+)?(?:nhung\s+)?(?:gi|nao|nhung gi)\b")
# "Mấy X" opening a question that asks something else of them is "those X", said in the Centre and the South ("mấy
# đợt sinh hoạt chính trị … lấy chủ đề gì?"), no count (folded).
_THOSE_ASKED = re.compile(r"^\W*(?:(?:the|con|vay)\s+)?may\s+(?!(?:cai|lan|nguoi)\b)\w+"
                          r"(?:(?!\bbao nhieu\b)[^?])*?\b(gi|ai)\b"
                          # "có mấy đồng chí Bí thư, Phó Bí thư nào dự": which of them
                          r"|^[^?]*?\bmay\s+(dong chi|d/c|lanh dao|vi)\b[^?]{0,80}?\bnao\b")
# …or who they are: "mấy lãnh đạo … là những ai?", "bao nhiêu đồng chí, gồm những ai?".
_ALSO_WHO = re.compile(r"\b(?:la|gom|bao gom|do la)\s+(?:nhung\s+)?ai\b")
_QUARTER_NUMBER = re.compile(r"\b(?:quý|quy)\s+\d\b", re.IGNORECASE)
_SLASHED = re.compile(r"\d[/.-]\d")  # a date in figures, which NUMBER and YEAR already pass over
_MONTH_NUMBER = re.compile(r"\b(?:tháng|thang)\s+\d{1,2}\b(?!\s*/)", re.IGNORECASE)  # "hồi tháng 9": a time
# A quarter's year ("quý III/2022"): a year, though written after a slash as a date's is.
_QUARTER_YEAR = re.compile(r"\b(?:quý|quy)\s+(?:[IVX]{1,3}|\d)\s*/\s*((?:19|20)\d{2})\b", re.IGNORECASE)
# A meeting's number is its name's ("Hội nghị Trung ương 4", "HNTW 4", "Hội nghị lần thứ 4"), no figure.
_MEETING_NUMBER = re.compile(r"\b(?:trung ương|trung uong|tw|tư|hntw|lần thứ|lan thu)\s*\d{1,2}\b", re.IGNORECASE)
# The labels of sub-questions ("…: 1. ngày ban hành; 2. cơ quan ban hành.", "(1) …; (2) …"): no figures asked about.
_SUB_QUESTION_LABEL = re.compile(r"(?:^|(?<=[:;?\n])|(?<=[:;?]\s))\s*(?:\(\d{1,2}\)|\d{1,2}[.)])(?=\s+[^\W\d_])")
# A count of what the question itself named, pointed back at ("… Nghị quyết 68 … và Chỉ thị 18 — 2 văn bản đó ngày
# bao nhiêu?", "3 hội nghị này"): no figure a passage must state.
_POINTED_COUNT = re.compile(r"(?<![\d.,/-])\d{1,2}(?=\s+\w+(?:\s+\w+)?\s+(?:đó|này|ấy|nói trên|kể trên|nay|ay"
                            r"|do(?=\s*(?:[,?.!—–-]|$|\s+(?:ngay|la|co|duoc|thi|ban)\b))))(?!\w)",
                            re.IGNORECASE)


_COUNT_WORDS = re.compile(r"\b(?:số|so|Số|So)\s+(?:lượng|luong|liệu|lieu)\b")


def _key_words(text: str, accented: bool) -> list[str]:
    return [s for s in syllables(text) if not s.isdigit()
            and (s not in STOPWORDS if accented else s not in STOPWORDS_FOLDED)]


def analyse(question: str) -> QuestionInfo:
    """Parse a question (NFC or not, with or without diacritics; the courtesy it opens with and the particles it
    ends with are dropped, the source it opens with is kept apart as ``source``)."""
    # "Cho biết danh sách …", "Nêu tên …": a request, whose opening is dropped below, asks what follows; no statement.
    tagged = bool(_CONFIRMING.search(question))  # (the tag is a final particle, dropped next)
    plain = without_final_particles(question)
    requested = opens_with_request(plain)
    told = without_opening(plain)
    source, question = split_source(told)
    # (not "… ghi …; có đúng là Ban Chấp hành Trung ương ban hành vào ngày đó không?": the fact itself is checked)
    source_writes = bool(source) and bool((tells := writing_tells(told)) and _WRITES.search(fold(tells.group(0)))) \
        and not _TRUTH_ASKED.search(fold(question).lower())
    if source:  # "Cũng bài về … ấy, xin hỏi đồng chí …": the courtesy after the source opens what is asked
        question = without_opening(question)
    folded = fold(question)
    found = find_refs(question)
    refs = [r for r in found if not r.is_law]
    laws = [r for r in found if r.is_law]
    articles = [a for a in find_articles(question, found) if a.law is not None]
    spans = [(_typed_start(question, r), r.end) for r in refs]
    # A law's name, year and articles are the law's: not names, years or figures of their own.
    law_spans = spans + [(r.start, r.end) for r in laws] + [(a.start, a.end) for a in articles]
    # A document's name in quotes ("“Quy định 109-QĐ/TW” của Ban Bí thư mà …") is described as one without them.
    unquoted = _bodies_as_written(_QUOTES.sub(" ", question))
    described = described_spans(unquoted, found)
    described += _relative_clauses(unquoted, refs, described)
    # Greetings, thanks and "xin cho biết" are said to the reader, "Tôi là đảng viên hưu trí, …" tells who asks: no
    # terms of what is asked.
    told_of_asker = self_description_spans(question)
    courtesy = courtesy_spans(question) + _lower_case_words(question, told_of_asker)
    # What the asker denies before asking ("…, đâu phải về kê khai tài sản, mà nội dung của nó là gì?") is no topic.
    courtesy += [m.span() for m in _DENIED.finditer(question)]
    outside = _blank(question, spans + courtesy)
    ordinal = _ordinal(question, folded)
    kind = "list" if ordinal else "other"
    if not ordinal:
        # "ở hội nghị đó ai quán triệt …": "đó" points back, it is no "do ai" (by whom), as it reads folded.
        pointed = _POINTER_BEFORE_WHO.sub("ấy", question)
        asking = asking_part(pointed, fold(pointed))
        # "Văn bản … ban hành ngày 23/9/2019 … nói về vấn đề gì?": a date given beside a word that asks something
        # else is no date asked (but "… ban hành ngày 25/10/2021 hay 15/10/2021?", "… có ghi như vậy không?" are).
        given = _DATE_GIVEN.sub(" ", asking) if _ASKS_OTHER.search(_DATE_GIVEN.sub(" ", asking)) else asking
        for name, pattern in _KIND_PATTERNS:
            if pattern.search(given):
                kind = name
                break
    if kind == "other" and not ordinal and offered_figures(question):
        kind = "number"  # "237 hay 273 điểm cầu?": which figure, of those offered
    keywords = _keyword_kind(folded, requested or bool(_CONFIRM.match(fold(plain).lower()))) \
        if kind == "other" and not ordinal else ""
    kind = keywords or kind  # a search box's keywords: "Kế hoạch 77-KH/TU ngày", "Bí thư Tỉnh ủy X"
    if kind == "issuer" and not found and not _BODY_ASKED.search(folded) and not _ISSUED_BY_WHOM.search(folded):
        kind = "person"  # "do ai …" without a document: whoever did it (a plan approved is a document's issuer)
    if kind == "subject" and _FULL_NAME.search(folded) and name_asked(folded) == "person":
        kind = "person"  # "Chủ tịch UBND tỉnh … dự hội nghị … tên đầy đủ là gì?": a person's full name
    if kind == "person" and name_asked(folded) == "writing":
        kind = "other"  # "Đề án đó có tên là gì?": the name of a document or an article, not of a person
    if kind == "number" and _WHICH_PLACE.search(folded):
        kind = "other"  # "… là giải pháp thứ mấy?": the item itself, with its label, not a figure
    if kind == "number" and _ALSO_WHICH.search(folded):
        kind = "other"  # "mấy nhóm giải pháp, cụ thể là gì?": the list itself answers both
    if kind == "number" and _ALSO_WHO.search(folded):
        kind = "person"  # "mấy lãnh đạo … dự hội nghị là những ai?": who they are (their names tell how many)
    if kind == "number" and (plural := _THOSE_ASKED.match(fold(given).lower())):
        # "mấy đợt … lấy chủ đề gì?": those, not how many
        kind = "person" if plural.group(1) == "ai" or plural.group(2) else "other"
    # (Not a list's item: "Giải pháp cuối cùng trong bài của tác giả X là gì?" asks the item of X's article.)
    # ("Nêu đầy đủ chức vụ của đồng chí X": a request for them, asking no word)
    if not ordinal and ((_TITLE_ASKED.search(folded) and find_person(question)) or _person_is_what(question, folded)
                        or (requested and _TITLE_REQUESTED.match(folded) and find_person(question))):
        kind = "title"  # "Nguyễn Xuân Ký giữ chức vụ gì?": the titles of the person it names
    # a fact to check ("…, đúng không?"), or a draft's to correct ("… Con số này đúng chưa, nếu sai thì sửa thế nào?")
    # (read without the context in brackets after it: "… đủ 28 đề án chưa? (“…”)")
    unbracketed = _TRAILING_CONTEXT.sub("", folded)
    # (each question it asks in turn: "… 6.022 đảng viên mới, có chính xác không? Con số đúng là bao nhiêu?" checks
    # a claim, then asks for the right figure)
    checks = bool(any(_YES_NO.search(asked) for asked in _QUESTIONS_ASKED.findall(unbracketed))
                  or _CORRECTION.search(unbracketed)
                  or ((tagged or _CONFIRMING.search(question) or _VERIFY.search(folded.lower()))
                      and not ASKS_SOMETHING.search(unbracketed))
                  # "Quy định 2993-QĐ/TU có phải được ban hành năm 2020 không? Ngày … là ngày nào?": the year a
                  # document is said to be issued in, asked about with "có … không"
                  or any(_PLAIN_YES_NO.search(asked) and _CHECKED_FACT.search(asked) and YEAR.search(asked)
                         for asked in _QUESTIONS_ASKED.findall(unbracketed)))
    if kind in ("other", "person") and checks and (_TITLE_CHECKED.search(folded) or _TITLE_CLAIMED.search(folded)) \
            and find_person(question):
        kind = "title"  # "… X là “Trưởng ban …”. Chức danh này có đúng không?": X's titles decide it
    if kind == "other" and refs and checks and (checked := _CHECKED_FACT.search(folded)):
        # "Kết luận 21 do Bộ Chính trị ban hành, phải không?": the document's issuer (or date) decides it.
        kind = "issuer" if checked.group(1) else "date"
    elif kind == "other" and checks and any(_DATED_AFTER.match(question, r.end) for r in refs):
        kind = "date"  # "(bài … ghi) Kết luận 21 ngày 25/10/2021 có đúng không?": the date written beside it
    elif kind == "other" and refs and checks and _SUBJECT_CLAIMED.search(folded):
        kind = "subject"  # "Đề án 08-ĐA/TU … là đề án cải cách hành chính phải không?": its subject decides it
    # Typed with accents or not, by the words around the documents it names and its abbreviations: "Quy định số
    # 2993-QĐ/TU ve noi dung gi" (a follow-up filled in), "… nhung van ban nao (KL, KH, QĐ)" ("QĐ" typed with its
    # Đ) are unaccented questions.
    accented = typed_with_accents(_blank(question, law_spans))
    drop: set[str] = set()
    if kind in ("subject", "issuer", "term"):  # "về nội dung gì", "cơ quan nào": the question words themselves
        drop = _SUBJECT_WORDS
    if kind == "multi":  # "những bài viết nào nhắc đến …": the question's own nouns, not the subject
        drop = _MULTI_WORDS
    if kind == "list":  # "giải pháp thứ năm": the noun names the list, the item need not repeat it
        drop = _LIST_NOUNS
    if kind == "title":  # "giữ những chức vụ gì": a text states titles without saying "chức vụ"
        drop = TITLE_WORDS
    if kind == "number":  # "… đảng viên số lượng": the words asking how many, as "bao nhiêu" is, no topic
        asked = [m.span() for m in _COUNT_WORDS.finditer(question)]
        outside, courtesy = _blank(outside, asked), courtesy + asked
    terms = [t for t in _key_words(outside, accented) if fold(t) not in drop]
    # The type of a document the question names, said again ("Nghị quyết 39 là nghị quyết về việc gì?"), is no topic.
    own_types = {w for r in refs for word, code in TYPE_WORDS.items() if r.short_key.startswith(f"{code}-")
                 for w in word.split()}
    asking = _ASKING_WORDS | own_types if kind in ("subject", "issuer", "term") else drop
    if kind == "term":  # "khóa mấy?": the word asks for the term
        asking = asking | {"khoa", "nhiem", "ky"}
    if kind == "subject" and _POLICY_ASKED.search(folded):  # "về chủ trương gì": the policy it is about is asked
        asking = asking | {"truong"}
    # A type's code in capitals before a number ("NQ 68/NQ-HĐND") belongs to the document named.
    codes = {fold(w) for w in re.findall(r"\b[A-ZĐ]{2,4}\b", question)} & CODES.keys()
    other_terms = [t for t in _key_words(_blank(question, law_spans + described + courtesy), accented)
                   if fold(t) not in asking | codes]
    # The asker's own figures ("Tôi là đảng viên 50 năm tuổi Đảng") are no figures or years of what is asked.
    # A date written out in words ("ngày 18 tháng 10 năm 2021") states no figure and no year of its own, as
    # "18/10/2021" states none.
    beside_laws = _blank(question, law_spans + courtesy + [m.span() for m in DATE.finditer(question)
                                                            if not _SLASHED.search(m.group(0))])
    # A quarter is no figure ("quý 3/2021"), nor is a year.
    figures = _MEETING_NUMBER.sub(" ", _QUARTER_NUMBER.sub(" ", _MONTH_NUMBER.sub(" ", beside_laws)))
    figures = _POINTED_COUNT.sub(" ", figures)
    figures = _SUB_QUESTION_LABEL.sub(" ", figures)
    figures = _blank(figures, [m.span(1) for m in _THRESHOLD.finditer(fold(figures))])
    numbers = [n for n in NUMBER.findall(figures) if not YEAR.fullmatch(n)]
    if ordinal:
        numbers = [n for n in numbers if n != str(ordinal)]
    years = YEAR.findall(beside_laws) + _QUARTER_YEAR.findall(beside_laws)
    stated = [*numbers, *years]
    # "… có kết nối trực tuyến tới 300 điểm cầu không?": a figure asked about with "có … không" is a fact to check.
    checks = checks or bool(numbers and _PLAIN_YES_NO.search(folded))
    # A figure seen elsewhere or rounded is stated (a fact to check checks it: "có hơn 15 nghìn đại biểu dự đúng
    # không?") but no figure the texts must have.
    loose = {n for pattern in (_HEARSAY_FIGURE, _HEARSAY_QUOTE, _ROUGH_THOUSANDS)
             for m in pattern.finditer(fold(figures)) for n in NUMBER.findall(m.group(1))}
    numbers = [n for n in numbers if n not in loose]
    if checks:  # the figures and years of a fact to check are what is checked, but for the year it is said of
        # ("Riêng năm 2023, … kết nạp 2.150 …, đúng chưa?": that year's figure, which another year's is not)
        numbers, years = [], [m.group(1) for m in _SCOPE_YEAR.finditer(fold(beside_laws))]
    found_names, placeholders = _names(question, law_spans + _pointed_back(folded))
    placeholders = list(dict.fromkeys([*placeholders, *(m.group(0) for m in _PARTY_LETTER.finditer(question))]))
    names = [n for _, n in found_names]
    doc_names = [n for start, n in found_names if any(s <= start < e for s, e in described)]
    asker_names = [n for start, n in found_names if any(s <= start < e for s, e in told_of_asker)]
    return QuestionInfo(
        text=question, kind=kind, ordinal=ordinal,
        ref_groups=[r.query_keys for r in refs],
        ref_texts=[r.text for r in refs],
        years=years, numbers=numbers, stated=stated, names=names, placeholders=placeholders,
        speakers=_speakers(question, names + placeholders),
        terms=terms, accented=accented, judge=is_statement_to_judge(question) and not keywords and not requested,
        checks=checks,
        laws=laws, articles=articles, doc_names=doc_names, other_terms=other_terms, source=source,
        source_writes=source_writes, asker_names=asker_names,
    )


# "…, đúng hay sai?", "… là đúng hay không?", "… nào sau đây?" (folded).
_JUDGE = re.compile(r"\b(?:dung|sai)\s*(?:hay|hoac)\s*(?:sai|dung|khong)\b|\bnao sau day\b|\bsau day\b.{0,40}\?\s*$")
# "không" as typed in a hurry: "ko", "k", "hok", "hông" (folded).
_NOT = r"(?:khong|ko|k|hok|hong)"
# "… có 96,62% cử tri đi bầu, phải không?", "… đúng không?", "Có phải … không?" (folded): a fact to check, asked as
# any question is (its figure is what is checked, not one the corpus must have).
# "Có đúng là … không?" may follow what the asker read ("Bài viết … ghi …; có đúng là … không?").
_YES_NO = re.compile(rf"\b(?:co\s+)?(?:phai|dung)\s+{_NOT}\W*$|(?:^|[;:.])\W*co\s+(?:phai|dung)\b.*\b{_NOT}\W*$"
                     # a check offered with its alternative: "…, có đúng không hay bài ghi con số khác?", "… phải
                     # không, hay là chức khác?"
                     rf"|\b(?:co\s+)?(?:phai|dung|chinh xac)\s+{_NOT}\s*,?\s+hay\b"
                     # a doubt: "Chẳng lẽ … ?", "… — chẳng lẽ sai tháng?"; "… không phải … sao?"
                     r"|(?:^|[-–—,;:.?])\W*chang le\b|\bkhong phai\b[^?]*\bsao\W*$"
                     # "… có khớp với bài gốc không?", "… có chính xác không?"
                     rf"|\bco\s+(?:trung\s+)?(?:khop|chinh xac)\b[^?]*\b{_NOT}\W*$"
                     # "… Trong bộ tài liệu này có ghi như vậy không?"
                     rf"|\bco\s+(?:ghi|noi|neu|viet|dung)\s+(?:nhu vay|nhu the|the)\s+{_NOT}\W*$"
                     # "… đã hoàn thành hết 28 đề án chưa?": whether a stated fact has come true yet
                     r"|\bda\b[^?]*\bchua\W*$"
                     # a headline's "… ngày 25/10/2021 - đúng?"
                     r"|[-–—,:;]\s*dung\s*\?*\W*$"
                     # "… tôi nhớ là ký năm 2020, tôi nói thế có sai không? Ngày … chính xác là ngày nào?", "Em ấy
                     # có nhầm con số không? …"
                     # ("Em ấy viết đúng chức vụ chưa?")
                     rf"|\b(?:co\s+(?:sai|dung|nham|lon)|dung)(?:\s+(?!{_NOT}\b|chua\b)\w+){{0,2}}\s+(?:{_NOT}|chua)\s*\?"
                     # "…, con số này chính xác không?", "…, thông tin đó đúng không?": what was said, checked
                     rf"|,\s*(?:(?:con so|thong tin|chi tiet|so lieu|dieu)\s+(?:nay|do|tren|ay)\s+)?(?:co\s+)?"
                     rf"(?:chinh xac|dung)\s+{_NOT}\W*$"
                     # "…, có phải chưa tới 100%?": a clause after "có phải", nothing asked in it
                     r"|(?:^|[,;:.])\s*co\s+phai\s+(?!(?:la\s+)?(?:ai|gi|nao|dau|bao nhieu|may)\b)"
                     r"(?![^?]*\b(?:ai|gi|nao|dau|bao nhieu|may)\b)[^?]+\?\W*$"
                     # "Bài về Cao Bằng có phải do đồng chí X viết không?": who or what it is, claimed (not "có phải
                     # báo cáo không", an obligation asked)
                     rf"|\bco\s+phai\s+(?:la|do|cua)\s+(?![^?]*\b(?:ai|gi|nao|dau|bao nhieu|may)\b)[^?]*\b{_NOT}\W*$")


# The questions a text asks one after another, each up to its question mark (the last may have none).
_QUESTIONS_ASKED = re.compile(r"[^?]+\?+|[^?]*\S[^?]*$")


# Context a question carries after it in brackets (an excerpt, a follow-up's subject), one level of brackets inside.
_TRAILING_CONTEXT = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)\s*$")


# The year a claim is said of alone (folded): "riêng (trong) năm 2023", "tỷ lệ của năm 2022 này" ("… trong năm 2023,
# đúng không?" may be the wrong detail).
_SCOPE_YEAR = re.compile(r"\b(?:(?:tinh\s+)?rieng(?:\s+(?:trong|o))?|cua)\s+nam\s+((?:19|20)\d{2})\b",
                         re.IGNORECASE)


# Asked to check a claim and correct it, wherever in the question: "… đúng chưa, nếu sai thì sửa thế nào?", "Có phải
# vậy không, nếu sai …", "Hãy xác định đúng hay sai" (folded).
_CORRECTION = re.compile(rf"\b(?:(?:da\s+)?dung chua|neu (?:sai|khong dung|chua dung|chua chinh xac)|"
                         rf"co phai (?:vay|the|nhu vay) {_NOT}|xac dinh (?:la\s+)?dung hay sai)\b"
                         # opening "Có đúng là …?" without the "không" after it, or "… có phải là … không?" after
                         # what the question tells first
                         rf"|^\W*co (?:dung|phai) la\b|\bco phai la\b[^?]*\b{_NOT}\W*$"
                         # a draft's detail to correct: "… đúng phải là bao nhiêu?", "chỗ nào sai", "có sai không",
                         # "viết sai", "sửa (lại) giúp", "sửa lại là bao nhiêu"
                         r"|\bdung (?:ra |phai )?la (?:bao nhieu|may|gi|ai|ngay nao)\b"
                         r"|\b(?:cho|diem|phan) nao (?:bi )?sai\b|\bsai (?:cho|o|diem) (?:nao|dau)\b"
                         rf"|\bco sai (?:gi |cho nao )?{_NOT}\b|\b(?:viet|ghi|go) (?:sai|nham|dao)\b"
                         r"|\bsai (?:phai|dung) (?:khong|ko)\b|\bsua (?:lai )?(?:giup|dum|ho|la|thanh)\b")


# A figure offered to compare with, not stated as a fact: "hơn hay kém 200 nghị quyết?", "có vượt 2.500 người
# không?", "có đạt trên 90% không?" (folded). It is in no text, and it decides nothing by itself.
_THRESHOLD = re.compile(r"\b(?:(?:hon|kem|tren|duoi|nhieu|it) hay (?:hon|kem|tren|duoi|nhieu|it)(?: muc)?|vuot(?: qua)?"
                        r"(?: muc)?|dat(?: muc)?(?: tren| duoi)?|qua(?: muc)?)\s+(\d[\d.,]*\s*%?)")
_PLAIN_YES_NO = re.compile(rf"\bco\b[^?]*\b{_NOT}\W*$")
# A figure the asker read or heard elsewhere and doubts ("Tôi thấy ghi là 6.200 …, vậy con số đúng là bao nhiêu?",
# "Bản thảo đang ghi 292, tôi nghi là bị đảo số."; folded): what the texts say is asked, that figure decides nothing.
_HEARSAY_FIGURE = re.compile(r"\b(?:thay|dang|da|van|bao|bai|thao)\s+(?:ghi|viet|dua tin|noi)\s+(?:la\s+|rang\s+)?"
                             r"(\d[\d.,]*\s*%?)")
# What the asker read elsewhere, quoted after who wrote it ("Bản thảo ghi Cao Bằng “xây dựng … 505 mô hình …” — đúng
# là bao nhiêu?", "bài viết ghi cấp ủy “thi hành kỷ luật 3 tổ chức Đảng và 364 đảng viên”"; folded): its figures
# are what is doubted.
_HEARSAY_QUOTE = re.compile(r"\b(?:thay|dang|da|van|bao|bai|thao|cung)\s+(?:ghi|viet|dua tin|noi)\b[^?\"“”]{0,80}"
                            r"[\"“]([^\"“”]{1,240})[\"”]")
# A count rounded to thousands ("với hơn 15 nghìn đại biểu", "gần 6 ngàn đảng viên"; folded): the texts write the
# exact figure ("hơn 15.500"), of which the rounded one is no part.
_ROUGH_THOUSANDS = re.compile(r"\b(?:hon|gan|khoang|tren|duoi|chung|tam|xap xi)\s+(\d{1,3})\s+(?:nghin|ngan)\b")


# Words that ask (folded): a text without "?" that has one is a question typed without its mark ("ket luan 21
# ban hanh ngay nao"), not a statement. "mấy" only after what it counts: folded, "máy" (bộ máy) is the same word.
_ASKS = re.compile(r"\b(?:nao|gi|ai|bao nhieu|bao lau|the nao|ra sao|khi nao|bao gio|o dau|hay khong|co phai"
                   r"|(?:ngay|thang|nam|lan|gio|tieng|nguoi|thu|khoa) may)\b")


# "mấy" anywhere: as written with accents, or typed without them where "may" is no machine ("bộ máy", "nhà máy",
# "máy bay", "máy móc", "máy tính") and not "may mắn", "may mặc".
_HOW_MANY_FOLDED = re.compile(r"(?<!\bbo )(?<!\bnha )(?<!\bcai )(?<!\bchiec )\bmay\b"
                              r"(?!\s+(?:bay|moc|tinh|man|mac|ao|do|in|phat|bom|xuc|thu|chu|anh|lanh|quay)\b)")


def _asks_how_many(question: str) -> bool:
    if has_diacritics(question):
        return bool(re.search(r"\bmấy\b", question.lower()))
    return bool(_HOW_MANY_FOLDED.search(fold(question).lower()))


# A search box's count closing its keywords (folded): "… kết nạp đảng viên số lượng", "… số đại biểu", "so luot",
# "tổng số đảng viên toàn tỉnh".
# ("Giám đốc Sở Nội vụ": a department, not a count.)
_COUNT_CLOSING = re.compile(r"\b(?:(?:so luong|tong so)(?:\s+[^\W\d]+){0,4}|(?<!doc )so(?:\s+[^\W\d]+){0,3})\W*$")


# A search box's figure asked right after whose it is (a name, as typed): "Cao Bằng số đảng viên kết nạp mới từ đầu
# nhiệm kỳ?", "Nghệ An tỷ lệ cán bộ, đảng viên tham gia …", "Cao Bằng % tổ chức cơ sở đảng …".
# Asked as "Ở <name>, <the figure> là bao nhiêu?", the figure's scope is read as a sentence's is.
_FIGURE_AFTER_NAME = re.compile(r"^\W*(?P<name>(?-i:[A-ZĐ])\w*(?:\s+(?-i:[A-ZĐ])\w*)+)\s*:?\s+"
                                r"(?P<figure>(?:số lượng|tổng số|số|tỷ lệ|tỉ lệ|%|so luong|tong so|so|ty le|ti le)"
                                r"\s+\w.*?)[\s?.!]*$", re.IGNORECASE)
_FIGURE_KEYWORD_WORDS = 16  # so opened, a longer run of keywords still asks the figure
# What a figure's scope may state in digits: a year ("năm 2021"), a span of time ("sau 1 năm"), a term ("2021-2026").
_SCOPE_DIGITS = re.compile(r"\b(?:19|20)\d\d\b|\b\d{1,2}\s+(?:năm|tháng|quý|nam|thang|quy)\b")


def count_keywords_asked(question: str) -> str:
    """Keywords closing with the count they want ("Cao Bằng kết nạp đảng viên số lượng", "hội nghị … số đại biểu"),
    or opening with whose figure it is ("Nghệ An tỷ lệ cán bộ, đảng viên tham gia …"), asked as a question: "… là
    bao nhiêu?", which the count's scope is read from like any; ``question`` itself when it asks otherwise, states a
    figure or is longer than keywords are."""
    folded = fold(question).lower()
    figures = _blank(question, [(r.start, r.end) for r in find_refs(question)])  # "KL21" states no figure
    if _ASKS.search(folded):
        return question
    if (m := _FIGURE_AFTER_NAME.match(question)) and not re.search(r"\d", _SCOPE_DIGITS.sub(" ", figures)) \
            and typed_length(folded) <= _FIGURE_KEYWORD_WORDS:
        accented = typed_with_accents(question)
        return f"{'Ở' if accented else 'O'} {m.group('name')}, {m.group('figure')} {'là' if accented else 'la'} " \
               f"{'bao nhiêu' if accented else 'bao nhieu'}?"
    if not _COUNT_CLOSING.search(folded) or re.search(r"\d", figures) or typed_length(folded) > _KEYWORD_WORDS:
        return question
    asking = "là bao nhiêu" if typed_with_accents(question) else "la bao nhieu"
    # "… đảng viên số lượng": the count of what stands before it ("… đảng viên là bao nhiêu?").
    text = re.sub(r"\s+(?:số|so|Số|So)\s+(?:lượng|luong)\W*$", "", question.rstrip(" ?.!"))
    return f"{text} {asking}?"


# Lettered options written after a stem: "A. 350; B. 450", "A) … B) …" (the letters in capitals, in order).
OPTIONS = re.compile(r"(?:^|[\s:;,(])A[.)]\s*\S.*?[\s;,]B[.)]\s*\S")
# A request for a value or a text, however it ends ("Đề nghị cho biết tổng mức đầu tư …", "Nêu nội dung …").
_REQUEST = re.compile(r"^\W*(?:(?:de nghi|xin|hay|vui long|kinh|nho|mong)\s+)*"
                      r"(?:cho (?:toi |em |minh )?(?:duoc )?(?:biet|xac minh|kiem tra)|"
                      # "Cho em xin danh sách …": asked to be given it
                      r"cho (?:toi |em |minh |chau |tui )?xin|"
                      r"xac minh|xac dinh|neu|liet ke|trinh bay|lam ro|ke ten|tom tat)\b")


def opens_with_request(text: str) -> bool:
    """Whether ``text`` opens by requesting what it asks ("đề nghị cho biết …", "hãy nêu …", "liệt kê …")."""
    return bool(_REQUEST.match(fold(text).lower()))


def is_statement_to_judge(question: str) -> bool:
    """A statement to judge or a stem of choices, not a question asking for a value: it says "đúng hay
    sai" or "nào sau đây", or it is a plain statement (no question mark, no word that asks, not "số …" a count,
    not a request: "đề nghị cho biết …")."""
    folded = fold(question)
    if OPTIONS.search(question):  # a quiz's stem with its options ("… là: A. 350; B. 450; C. 550?")
        return True
    if "?" not in question:
        folded = without_negative_indefinites(folded)
    return bool(_JUDGE.search(folded)) or not (question.rstrip().endswith("?") or _ASKS.search(folded)
                                               or _asks_how_many(question) or re.search(COUNT_OPENING, folded)
                                               or opens_with_request(question) or _measure_queried(question))


# A measure opening a query of keywords (folded): "tổng mức đầu tư cao tốc …", "kinh phí …", "tỷ lệ …".
_MEASURE_OPENING = re.compile(rf"^\W*(?:tong\s+)?(?:{MONEY_NOUNS}|ty le|ti le)\b")


_QUERY_WORDS = 12  # the most words a search box's query is typed with


def _measure_queried(question: str) -> bool:
    """Whether ``question`` is keywords asking a measure: a few words, one clause and no full stop, opening with
    the measure and stating no figure ("tong muc dau tu cao toc Dong Dang - Tra Linh"); "Tỷ lệ cử tri đi bầu đạt
    99,62%." states one, and "Kinh phí đào tạo … do ngân sách nhà nước chi trả, viên chức …" is a sentence, to judge."""
    return bool(_MEASURE_OPENING.search(fold(question).lower())) and not re.search(r"[\d,;.]", question) \
        and len(question.split()) <= _QUERY_WORDS


# "… có hiệu lực từ ngày nào?" (folded): when a document takes effect, which its own date does not say.
TAKES_EFFECT = re.compile(r"\bhieu luc\b")
# "đề ngày", "mang ngày": dated.
# ("diễn ra ngày nào" is when an event takes place, not a document's "ra ngày".)
# ("… là của Ban Chấp hành Trung ương khóa mấy?": whose it is, its issuer, not a writing's author: "Bài … là của tác
# giả nào?"; "… ra hồi tháng 9/2021": put out then)
_ISSUANCE = re.compile(r"\b(ban hanh|phat hanh|ky|ra doi|(?<!\bdien )ra (?:hoi |vao )?(?:ngay|thang)|de ngay|mang ngay"
                       r"|thong qua|co hieu luc|ghi (?:la )?ngay|la cua(?! tac gia))\b")
# A law takes effect months after it is passed: "có hiệu lực" asks the passages, not the registry's date.
_ISSUANCE_WORDS = frozenset("ban hanh phat ky ra doi thong qua".split())


def asks_issuance(info: QuestionInfo) -> bool:
    """Whether the question asks about a document's issuance ("ban hành", "ký", "ra đời", "đề ngày" …)."""
    return bool(_ISSUANCE.search(fold(info.text)))


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))  # "(Cao Bằng)" is the words "cao", "bang"


def _is_part_of(name: str, values: Iterable[str]) -> bool:
    """Every word of ``name`` is a word of one of ``values`` ("Tỉnh", "Ban Thường" in "Ban Thường vụ Tỉnh ủy")."""
    words = set(_words(name))
    return any(words <= set(_words(v)) for v in values)


# An aside in brackets right after a document's name ("Kết luận 14-KL/TW (Bộ Chính trị, tháng 9/2021) nói về …"):
# the asker's description of it, no more asked than its name.
_ASIDE = re.compile(r"\s*\(([^()]{1,80})\)")


def _aside_words(question: str) -> set[str]:
    """The (folded) words of the brackets that follow a document's name in ``question``."""
    return {w for r in find_refs(question) if (m := _ASIDE.match(question, r.end)) for w in _words(m.group(1))}


def _described_phrase_words(question: str, described_as: list[str]) -> set[str]:
    """The question's words that stand, two or more in a row, as a name of ``described_as`` has them: a place or
    body typed in lower case or without accents ("de an 08-DA/TU cua cao bang") is no capitalised name, yet
    it is the document's own when the corpus describes the document with it ("… (Cao Bằng)")."""
    asked = _words(question)
    own: set[str] = set()
    for value in described_as:
        # Only a capitalised pair is a name ("Cao Bằng"), not the words of a title ("hội nghị quán triệt").
        words = re.findall(r"\w+", value)
        pairs = {(fold(a), fold(b)) for a, b in zip(words, words[1:]) if a[:1].isupper() and b[:1].isupper()}
        for a, b in zip(asked, asked[1:]):
            if (a, b) in pairs:
                own.update((a, b))
    return own


# "…, được nhắc đến cả trong bài về Nghệ An lẫn hội nghị tại Quảng Ninh, …" (folded): where the document is mentioned,
# a clause of its own; its names tell where to look, not an event asked about.
# (The source it names first may have been read out of the text already: "được nhắc đến cả lẫn hội nghị tại …".)
# So is one whose source cites it, the verb last ("…, được bài viết về Nghệ An viện dẫn, …").
_MENTIONED_IN = re.compile(r"(?:^|,)\s*(?:duoc\s+|da\s+)?(?:(?:nhac|de cap|trich dan|vien dan)\b"
                           r"|neu\s+(?:trong|tai|o)\b)[^,;?]*,|(?:^|,)\s*duoc\s+(?:bai|bao|tin|trang)\b[^,;?]{0,60}?\s"
                           r"(?:vien dan|trich dan|dan|nhac (?:den|toi)|de cap(?: den| toi)?|neu)\s*,"
                           # what its writer does with it: "…, được tác giả bài viết đề nghị thực hiện hiệu quả, …"
                           r"|(?:^|,)\s*duoc\s+(?:tac gia|nguoi viet)\b[^,;?]{0,80},"
                           # "Chỉ thị số 04-CT/TU mà ông Trần Hồng Minh nêu trong bài viết về Cao Bằng …": who
                           # mentions it, and where
                           r"|\bma\s+(?:(?:ong|ba|dong chi|tac gia)\s+)?(?:\w+\s+){1,4}?(?:neu|nhac(?: den| toi)?"
                           r"|de cap(?: den| toi)?|dan|trich dan|vien dan|viet)\b(?:\s+(?:trong|tai|o)\s+[^,;?]{1,60}?"
                           r"(?=\s+(?:de cap|noi|quy dinh|ve|la|co|duoc|ban hanh)\b))?"
                           # the writing pointed back at: "Thế Đề án 08-ĐA/TU trong bài đó là về nội dung gì?"
                           r"|\btrong\s+(?:bai viet|bai bao|bai|ban tin|bao cao)\s+(?:do|nay|ay|kia|noi tren|tren)\b")


def _only_where_mentioned(name: str, text: str) -> bool:
    """Whether ``name`` stands in ``text`` only inside clauses telling where a document is mentioned."""
    folded = fold(text).lower()
    spans = [m.span() for m in _MENTIONED_IN.finditer(folded)]
    at = find_all(folded, fold(name).lower())
    return bool(spans) and bool(at) and all(any(a <= i < b for a, b in spans) for i in at)


def event_names(info: QuestionInfo, described_as: Iterable[str] = ()) -> list[str]:
    """The names of a question that are not the named document's own: not written as its issuer or place
    ("Kế hoạch 77-KH/TU của Ban Thường vụ Tỉnh ủy Cao Bằng"), not among ``described_as`` (the issuers and
    places the corpus states for it), not only where the question says it is mentioned."""
    described_as = list(described_as)
    others = list(info.names)
    for n in info.doc_names:  # each written once as the document's own ("Tỉnh" may also stand elsewhere)
        others.remove(n)
    return [n for n in others if not _is_part_of(n, described_as) and not _only_where_mentioned(n, info.text)]


_POINTING = frozenset({"ay", "day", "kia"})  # folded "ấy", "đấy", "kia"
# Who issued it, unnamed ("Quy định 205 họ ra là về vấn đề gì?", "mấy ổng ra" said in the South): no topic.
_THEY = frozenset({"họ"})
_WRITING_VERBS = frozenset({"ghi", "viet", "neu", "dan"})  # folded "ghi", "viết", "nêu", "dẫn"
# The words a fact to check asks with ("… ngày 25/10/2021 có đúng không?", "… chính xác chưa?"): no topic.
_CHECKING = frozenset({"dung", "sai", "chinh", "xac"})


def asks_about_document(info: QuestionInfo, described_as: Iterable[str] = (), own_years: Iterable[str] = ()) -> bool:
    """True when the question asks about the named document itself (its date, issuer, subject), not about
    an event or a place that mentions it: it says "ban hành" or has no other key words, and every name and
    year it gives is the document's own — its issuer or place as the question writes it or as ``described_as``
    (what the corpus states) has it, its year as ``own_years`` has it. An article ("Điều 38 Luật Cư trú")
    is a question about the article's text, never about the document."""
    if not (info.ref_groups or info.laws) or info.articles or info.numbers:
        return False
    described_as = list(described_as)
    own = set(own_years)
    # A fact to check names the issuer it claims ("… do Bộ Chính trị ban hành, phải không?"): what is checked.
    if (event_names(info, described_as) and not info.checks) or any(y not in own for y in info.years):
        return False
    own_words = {w for n in info.names for w in _words(n)}  # every name is the document's own by now
    if info.checks:  # the body a fact to check claims, its lower-case last word too ("… là của Bộ Chính trị, …")
        own_words |= {fold(m.group(1)) for n in info.names
                      for m in re.finditer(rf"{re.escape(n)}\s+([^\W\d_A-ZĐ]+)\b", info.text)}
    own_words |= _described_phrase_words(info.text, described_as) | _aside_words(info.text)
    if info.checks and info.kind == "subject" and (claimed := _SUBJECT_CLAIMED.search(fold(info.text).lower())):
        own_words |= set(_words(info.text[claimed.start():]))  # what it is claimed to be about is what is checked
    # Nor are the words telling where it is mentioned ("…, được bài viết về Nghệ An viện dẫn, …") asked about.
    # Nor a word pointing at it ("Kết luận 14-KL/TW của Bộ Chính trị ấy là về cái gì?").
    asking = _CHECKING if info.checks else frozenset()
    if info.source:  # "Trong bài Hưng Nguyên, Quy định 109-QĐ/TW được ghi là của cơ quan nào?": how it is written
        asking |= _WRITING_VERBS
    rest = [t for t in info.other_terms if fold(t) not in own_words | _POINTING | asking
            and t.lower() not in _THEY and not _only_where_mentioned(t, info.text)]
    if info.ref_groups:
        return asks_issuance(info) or not rest
    # A law is named in questions about what it says ("Theo Luật Du lịch, hợp đồng phải được ký …"): only a
    # question with nothing beside the law but its issuance is about the law itself.
    return not [t for t in rest if fold(t) not in _ISSUANCE_WORDS]

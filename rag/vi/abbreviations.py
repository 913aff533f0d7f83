"""Chat shorthand for Party titles and bodies, spelled out as the texts write them: "Phó BT TT TU … là đ/c nào?"
is "Phó Bí thư Thường trực Tỉnh ủy … là đồng chí nào?". Only capitalised forms (and "đ/c") are read: lower-case
"tu", "bt" are ordinary words. Document types ("KL", "NQ", "QĐ") are left to the reference parser."""

from __future__ import annotations

import re

from rag.vi.doctypes import TYPE_NAMES
from rag.vi.names import SURNAMES_FOLDED
from rag.vi.numbers import alternation
from rag.vi.sentences import ASKING_WORD, without_addressee
from rag.vi.text import cased_like, fold, has_diacritics, is_abbreviation, typed_with_accents, unaccented

# Spelled out in a question: shorthand that news and directives themselves seldom write.
SHORTHAND = {
    "đ/c": "đồng chí", "Đ/c": "Đồng chí", "Đ/C": "Đồng chí", "đ/C": "đồng chí", "d/c": "đồng chí", "D/c": "Đồng chí",
    "TBT": "Tổng Bí thư", "PBT": "Phó Bí thư", "BT": "Bí thư",
    "TU": "Tỉnh ủy", "HU": "Huyện ủy", "ĐU": "Đảng ủy", "TVTU": "Thường vụ Tỉnh ủy",
    "BTVTU": "Ban Thường vụ Tỉnh ủy", "BTVHU": "Ban Thường vụ Huyện ủy",  # typed as one word
    "BTV": "Ban Thường vụ", "BCT": "Bộ Chính trị", "BBT": "Ban Bí thư", "UBKT": "Ủy ban Kiểm tra",
    "BTC": "Ban Tổ chức", "BTG": "Ban Tuyên giáo", "BDV": "Ban Dân vận", "BTCTW": "Ban Tổ chức Trung ương",
    "TW": "Trung ương",  # standing alone ("Ban Tổ chức TW", "HN TW 4"); "21-KL/TW" is a number's
    "TCĐ": "tổ chức đảng", "TCCSĐ": "tổ chức cơ sở đảng", "ĐV": "đảng viên", "NK": "nhiệm kỳ",
    "XDĐ": "xây dựng Đảng", "XD": "xây dựng",
    "KT-XH": "kinh tế - xã hội", "KTXH": "kinh tế - xã hội", "KT XH": "kinh tế - xã hội",
    "QP-AN": "quốc phòng - an ninh",
    "QPAN": "quốc phòng - an ninh", "VB": "văn bản", "CCHC": "cải cách hành chính", "KT-GS": "kiểm tra, giám sát",
    "KTGS": "kiểm tra, giám sát", "PCTN": "phòng, chống tham nhũng", "THPT": "trung học phổ thông",
    "THCS": "trung học cơ sở",
}
# Read only in capitals ("hn", "gp", "vp" typed in lower case are as often Hà Nội, giấy phép, văn phòng): "HN TW 4",
# "NV, GP triển khai KL21", "dấu hiệu VP", "mục tiêu NQ ĐH", "ngành TCXD Đảng", "Báo cáo SL đại biểu".
# (In lower case: "Đến HN giao ban …" is no name "Đến Hội".)
CAPITALS_ONLY = {"HN": "hội nghị", "NV": "nhiệm vụ", "GP": "giải pháp", "ĐH": "đại hội", "TCXD": "tổ chức xây dựng",
                 "TCTW": "Tổ chức Trung ương", "SL": "số lượng"}
# Abbreviations texts write as often as the full name: compared spelled out on both sides, never rewritten.
WRITTEN = {
    "HĐND": "Hội đồng nhân dân", "UBND": "Ủy ban nhân dân", "MTTQ": "Mặt trận Tổ quốc",
    "ĐBQH": "Đại biểu Quốc hội", "BCH": "Ban Chấp hành",
}
# "TT" is "Thường trực" only beside a title or committee ("BT TT", "TT TU"); alone it may be a "Thông tư".
_STANDING = re.compile(r"(?<![\w/-])TT(?=\s+(?:TU|HU|ĐU|HĐND|Tỉnh ủy|Huyện ủy|Đảng ủy)(?![\w/-]))"
                       r"|(?<=\bBT\s)TT(?![\w/-])|(?<=\bPBT\s)TT(?![\w/-])")


_ALL = {**SHORTHAND, **WRITTEN}
# Typed without accents, "ĐV" is "DV" ("ket nap duoc bao nhieu DV moi"): no capitalised word is spelt so either.
_TYPED = SHORTHAND | CAPITALS_ONLY | {k.replace("Đ", "D"): v for k, v in SHORTHAND.items() if "Đ" in k}
# Each as written in a question typed with accents (True) or without (False).
_SPELLED = {True: _TYPED, False: {k: unaccented(v) for k, v in _TYPED.items()}}


def _pattern(table: dict[str, str]) -> re.Pattern[str]:
    # Not part of a document number ("21-KL/TW", "08-ĐA/TU"): no "/" or "-" on either side.
    return re.compile(r"(?<![\w/-])(" + alternation(table) + r")(?![\w/-])")


_SHORTHAND_RE = _pattern(_TYPED)
_ALL_RE = _pattern(_ALL)


def _typable_in_lower_case(abbreviation: str) -> bool:
    """Whether ``abbreviation`` is read when typed in lower case: three letters or more, which no Vietnamese word
    folds to (two-letter ones may: "tu" is also "từ"), or without a vowel ("đv", "nk": no word at all), and no
    "/" ("đ/c")."""
    return (len(abbreviation) >= 3 or is_abbreviation(abbreviation.lower())) and "/" not in abbreviation


# Typed in lower case ("kl 14 cua bct"): spelled out as if in capitals.
_LOWER = {fold(k): k for k in SHORTHAND if _typable_in_lower_case(k)}
_LOWER_RE = _pattern(_LOWER)


# Chat words typed as letters no Vietnamese word is spelt with ("bn", "ntn": no vowel; "ko": "k" is never written
# before "o"; "j" is no Vietnamese letter): "ngay bn", "co dung ko", "noi ve cai j", "trien khai ntn".
_CHAT = {"bn": "bao nhiêu", "ko": "không", "j": "gì", "ntn": "như thế nào", "mn": "mọi người", "vs": "với",
         "lm": "làm", "mk": "mình", "cx": "cũng", "trc": "trước"}
# "vs" after what asks joins a second question ("hôm nào vs ai phát biểu"): "và", not "với".
_AND_SAID = re.compile(r"\b(nào|nao|gì|gi|j|bn|nhiêu|nhieu|đâu|dau|mấy|may)\s+vs(?![\w/-])", re.IGNORECASE)
_CHAT_RE = re.compile(r"(?<![\w/-])(" + alternation(_CHAT) + r")(?![\w/-])", re.IGNORECASE)
# "bn" closing a question after a particle or the word that asks is the one asked, "bạn" ("… hôm nào v bn", "… về nd
# j thế bn"), not "bao nhiêu".
_FRIEND_AT_END = re.compile(r"\b(v|z|vậy|vay|thế|the|nha|nhé|nhe|ạ|hả|nhỉ|nhi|ko|không|khong|k|j|gì|gi|nào|nao"
                            r"|ai|đâu|dau)\s+bn(?=\s*[?!.…]*\s*$)", re.IGNORECASE)
# "hn" typed alone, in lower case, is "hội nghị" ("hn quán triệt KL21"); "HN" may be Hà Nội.
_MEETING_SAID = re.compile(r"(?<![\w/-])hn(?![\w/.-])")
# "ng" typed alone, in lower case, is "người" ("có bn ng dự"); "Ng." may be a name's "Nguyễn".
_PERSON_SAID = re.compile(r"(?<![\w/-])ng(?![\w/.-])")
# A lone "k" ending a question is "không" ("đúng k", "phải k nhỉ"); elsewhere it may be a statute's point ("điểm k").
_NO_AT_END = re.compile(r"(?<![\w/-])(?<!điểm )(?<!diem )k(?=(?:\s+(?:nhỉ|nhi|ạ|a|z|vậy|vay))*\s*[?!.]*\s*$)",
                        re.IGNORECASE)
# A lone "r" ending a question, or before its final particle, is "rồi" ("trình TW r à", "xong r ak"); elsewhere it
# may be a statute's point ("điểm r").
_DONE_AT_END = re.compile(r"(?<![\w/-])(?<!điểm )(?<!diem )r(?=(?:\s+(?:à|a|ak|ah|ạ|nhỉ|nhi|hả|ha|chưa|chua))*"
                          r"\s*[?!.]*\s*$)", re.IGNORECASE)
# "nd" typed in lower case before what asks of it is "nội dung" ("nói về nd gì"); "NĐ", "nd 30/2020" a Nghị định.
# A headline's "…: ND?" asks the same in capitals.
_CONTENT = re.compile(r"(?<![\w/-])nd(?=\s+(?:gì|gi|j|chính|chinh|nào|nao)\b)|(?<=:\s)ND(?=\s*\?+\s*$)")
# The head of a Party committee is its secretary: "người đứng đầu Tỉnh ủy Nghệ An" is its "Bí thư" (of a province
# or a district alone, "người đứng đầu tỉnh" may be the chairman of its people's committee: left as said).
_HEAD_SAID = re.compile(r"\b(?:người đứng đầu|nguoi dung dau)\s+(?=(?:tỉnh ủy|huyện ủy|thành ủy|đảng ủy|tỉnh uỷ|"
                        r"huyện uỷ|thành uỷ|đảng uỷ|tinh uy|huyen uy|thanh uy|dang uy)\b)", re.IGNORECASE)
# "bh" / "BH" beside who or when is "ban hành" ("ai BH?", "ngày BH", "BH ngày nào"; "BHXH" is insurance).
_ISSUED_SAID = re.compile(r"(?<![\w/-])(?:BH|bh)(?![\w/-])(?=\s+(?:ngày|ngay|năm|nam|khi|lúc|luc|bởi|boi)\b)"
                          r"|(?<=\b(?:ai|AI|Ai) )(?:BH|bh)(?![\w/-])|(?<=\b(?:ngày|ngay) )(?:BH|bh)(?![\w/-])")
# Typed in lower case, read by what stands beside them: "nv" before what tells which one is "nhiệm vụ" ("nv thứ ba",
# "mấy nv trọng tâm"); "gs" of a team or a check, or before what is checked, is "giám sát" ("đoàn gs kl21", "gs việc
# …"; "GS Nguyễn …" is a professor); "kh" before its number or what asks which one is "kế hoạch" ("ra kh thực hiện
# kl21 số mấy", "kh số 77"; elsewhere it may be "không", "khách").
_DUTY_SAID = re.compile(r"(?<![\w/-])nv(?=\s+(?:thứ|thu|trọng tâm|trong tam|chính|chinh|nào|nao|gì|gi|j|cuối|cuoi"
                        r"|đầu|dau|của|cua)\b)", re.IGNORECASE)
_WATCH_AFTER = re.compile(r"\b(đoàn|doan|kiểm tra|kiem tra|kt|công tác|cong tac|cuộc|cuoc|tổ|to)\s+gs(?![\w/-])",
                          re.IGNORECASE)
_WATCH_BEFORE = re.compile(r"(?<![\w/-])gs(?=\s+(?:kl|kết luận|ket luan|việc|viec|thực hiện|thuc hien|chuyên đề"
                           r"|chuyen de)\b)", re.IGNORECASE)
_PLAN_SAID = re.compile(r"(?<![\w/-])kh(?=\s+(?:số|so|thực hiện|thuc hien|triển khai|trien khai|nào|nao|gì|gi)\b)")
# "bh" after "ngày" is "ban hành" ("ngày bh"); "gđ" before "nào" is "giai đoạn" ("gđ nào"; "gđ sở" a director).
_ISSUED = re.compile(r"(?<=\b(?:ngày|ngay) )bh(?![\w/-])", re.IGNORECASE)
_PERIOD_ASKED = re.compile(r"(?<![\w/-])(?:gđ|gd)(?=\s+(?:nào|nao)\b)", re.IGNORECASE)
# A document type's code before what asks which one ("còn giám sát việc thực hiện KH nào", "theo NQ gì") is the
# type named in words, so the question asks for a document of that type ("QĐ" may be a quy định or a quyết định).
_TYPE_ASKED_CODES = {code: TYPE_NAMES[fold(code)].lower() for code in ("KH", "KL", "NQ", "CT", "ĐA", "TB", "CTr")}
_TYPE_ASKED = re.compile(rf"(?<![\w/-])({alternation(_TYPE_ASKED_CODES)})(?=\s+(?:nào|nao|gì|gi|số mấy|so may)\b)")
# "cv" before what asks of it is "chức vụ" ("giữ những cv gì"); "CV số 12" is a công văn.
_TITLE_ASKED = re.compile(r"(?<![\w/-])cv(?=\s+(?:gì|gi|j|nào|nao)\b)")
# "dk", "đk" ending a question are "được không" ("đã thường xuyên rồi dk"); before a noun, "đk" is "điều kiện".
_GOT_NO_AT_END = re.compile(r"(?<![\w/-])(?:dk|đk)(?=(?:\s+(?:nhỉ|nhi|ạ|a|vậy|vay))*\s*[?!.]*\s*$)",
                            re.IGNORECASE)
# "KL" after what is done to a member ("bị KL", "thi hành KL", "hình thức KL") is "kỷ luật"; before a number it is
# a kết luận, which the reference parser reads.
_DISCIPLINE = re.compile(r"\b(thi hành|thi hanh|xử lý|xu ly|hình thức|hinh thuc|bị|bi)\s+KL(?![\w/-])"
                         r"(?!\s*(?:số|so)?\s*\d)", re.IGNORECASE)
# Read by what stands beside them: "GS" is "giám sát" but before a name ("GS Nguyễn …", a professor); "VP" is
# "vi phạm" but before a committee or body ("VP Tỉnh ủy", its office); "KT" is "kiểm tra" before what is checked or
# how often ("KT khi có dấu hiệu", "KT việc …", "KT được bao nhiêu lượt"; elsewhere it may be "kinh tế"); "TC" is
# "tổ chức" before the level of an organisation ("TC cấp dưới", "TC đảng"; elsewhere "tài chính").
_IN_CONTEXT = {
    "GS": (re.compile(r"(?<![\w/-])GS(?![\w/-])(?!\s+(?-i:[A-ZĐ]))"), "giám sát"),
    "VP": (re.compile(r"(?<![\w/-])VP(?![\w/-])(?!\s+(?:TU|HU|ĐU|UBND|HĐND|Tỉnh|Huyện|Đảng|Trung|Chính|Quốc)\b)"),
           "vi phạm"),
    "KT": (re.compile(r"(?<![\w/-])KT(?![\w/-])(?=\s+(?:khi|việc|được|lượt|đối với|bao nhiêu|ĐV|TCĐ|đảng viên)\b)"),
           "kiểm tra"),
    "TC": (re.compile(r"(?<![\w/-])TC(?![\w/-])(?=\s+(?:cấp|đảng|Đảng|cơ sở)\b)"), "tổ chức"),
}
# A board of the committee by its initials after "Ban" ("Ban TC TW", "Ban TG Tỉnh ủy"): "ĐV", "DV" elsewhere are
# party members.
_BOARDS = {"TC": "Tổ chức", "TG": "Tuyên giáo", "DV": "Dân vận", "ĐV": "Dân vận"}
# Joined to its committee ("Ban TCTW", "Ban TGTU"): the board of that committee.
_BOARD = re.compile(r"\b(Ban|ban)\s+(TC|TG|DV|ĐV|tc|tg)(?:\s*(TW|TU|HU|tw))?(?![\w/-])")
_COMMITTEES = {"TW": "Trung ương", "TU": "Tỉnh ủy", "HU": "Huyện ủy"}


def _board(m: re.Match[str], accented: bool) -> str:
    name = _BOARDS[m.group(2).upper()] + (f" {_COMMITTEES[m.group(3).upper()]}" if m.group(3) else "")
    return f"{m.group(1)} {name if accented else unaccented(name)}"
# "z" is no Vietnamese letter: ending a question it is "vậy" ("tỉnh nào z"), as is a lone "v" ("nói về gì v"; a
# statute's "điểm v" aside).
_SO_AT_END = re.compile(r"(?<![\w/-])(?<!điểm )(?<!diem )[zZv](?=\s*[?!.…]*\s*$)")  # "khóa V": a term
# A lone lower-case "z" elsewhere is "vậy" too ("… vấn đề j z mn", "z trung bình mỗi năm …").
_SO_SAID_Z = re.compile(r"(?<![\w/.-])(?<!điểm )(?<!diem )z(?![\w/.-])")
# Southern speech typed as said: "dzậy", "dậy", "dzị", "dị" ending a question are "vậy" ("là ai viết dậy"; "dz" is no
# Vietnamese spelling, so "dzay" typed without accents is too); "hông", "hổng",
# "hôn" ending it are "không" ("có làm trực tuyến hông"); typed without accents, "hong" ending a question that opens
# "có …" is ("co lam thuong xuyen hong"). "nhiêu" without "bao" before it asks how many ("kết nối tới nhiêu điểm
# cầu"; "nhiều", many, is another word).
# (Not the "dị" of "ly dị", divorce, nor "kỳ dị", "quái dị".)
_SO_SAID = re.compile(r"(?<![\w/-])(?<!kỳ )(?<!quái )(?<!ly )(?<!li )(?:dzậy|dậy|dzị|dị|dzạ|dzay|dzi|dza)"
                      r"(?=\s*[?!.]*\s*$|\s*,)", re.IGNORECASE)
# (Not the "hôn" of marriage: "đăng ký kết hôn?", "ly hôn", "tái hôn".)
_NO_SAID = re.compile(r"(?<![\w/-])(?:hông|hổng|(?<!kết )(?<!ly )(?<!li )(?<!đính )(?<!thành )(?<!tái )(?<!cầu )hôn)"
                      r"(?=\s*[?!.]*\s*$)", re.IGNORECASE)
_NO_SAID_FOLDED = re.compile(r"(?<=\bco\b)(.*\s)hong(?=\s*[?!.]*\s*$)", re.IGNORECASE)
# "hôm nào", "bữa nào" ask the day, as "ngày nào" does ("ra bữa nào dzậy", "diễn ra hôm nào").
_DAY_ASKED_SAID = re.compile(r"(?<![\w/-])(?:hôm|bữa|hom)(?=\s+(?:nào|nao)\b)", re.IGNORECASE)
# "bi nhiêu" is "bao nhiêu" as the South says it ("kết nạp được bi nhiêu đảng viên").
_HOW_MANY_SAID = re.compile(r"(?<!\bbao )(?<![\w/-])(?:bi\s+)?nhiêu(?![\w/-])", re.IGNORECASE)
# Typed without accents, "nhieu" is "nhiêu" as well as "nhiều" (many): in a question that asks with no other word
# ("co nhieu dai bieu du vay?"), it is what is asked.
_HOW_MANY_FOLDED = re.compile(r"(?<!\bbao )(?<![\w/-])(?:bi\s+)?nhieu(?![\w/-])", re.IGNORECASE)
# "đc" is "được" ("ket nap dc bao nhieu"), but "đồng chí" where it opens the question or asks which one ("đc nào").
_COMRADE_OR_GOT = re.compile(r"(?<![\w/-])(đc|dc)(?![\w/-])", re.IGNORECASE)
_WHICH = re.compile(r"\s+(?:nào|nao)\b", re.IGNORECASE)


# A family name after it: "ĐC Lê Đức Cường", "DC Le Duc Cuong" (not "DC Tỉnh ủy khen thưởng": "được").
_NAME_AFTER = re.compile(r"\s+([A-ZĐ]\w*)")


def _comrade_or_got(m: re.Match[str], spelled: bool) -> str:
    opening = not m.string[:m.start()].strip()
    named = m.group(1).isupper() and (after := _NAME_AFTER.match(m.string, m.end())) is not None \
        and fold(after.group(1)) in SURNAMES_FOLDED
    comrade = opening or named or bool(_WHICH.match(m.string, m.end()))
    word = ("đồng chí" if comrade else "được") if spelled else ("dong chi" if comrade else "duoc")
    # Before a name mid-sentence, as a text writes it ("… chức vụ đồng chí Lê Đức Cường"), not as a name's word.
    return word.capitalize() if m.group(1)[0].isupper() and (opening or not named) else word


# "tt" typed in lower case after "bí thư" ("pho bt tt tu"): "Thường trực", as "BT TT" is.
_STANDING_LOWER = re.compile(r"\b(bí thư|bi thu)\s+tt\b", re.IGNORECASE)
# "tu", "hu" in lower case are words ("từ", "hư"), but not after a title or a standing committee ("bi thu tu",
# "btv hu"): there they are the committee.
_COMMITTEE_AFTER_TITLE = re.compile(r"\b(bí thư|bi thu|thường vụ|thuong vu|thường trực|thuong truc)\s+(tu|hu)\b",
                                    re.IGNORECASE)


# "QIII/2021", "Q3": a quarter.
_QUARTER = re.compile(r"(?<![\w/-])Q(IV|I{1,3}|[1-4])(?![\w-])")


# Southern words inside a question, typed with their marks (without them "ong", "ba", "bua" are other words):
# "mấy ổng" (they), "ổng" / "bả" (he / she: "ông ấy", "bà ấy"), "tui" (I), "hổng" (not), "dậy" before a word
# said to the listener ("… ngày nào dậy cô?"), "giùm" / "dùm" (for me), "bữa" / "hổm" (the day: "bữa đó").
_SOUTHERN_WORDS = {"mấy ổng": "họ", "mấy bả": "họ", "ổng": "ông ấy", "bả": "bà ấy", "tui": "tôi", "hổng": "không",
                   "giùm": "giúp", "dùm": "giúp", "bữa": "hôm", "hổm": "hôm"}
# "chót" is the last ("nhiệm vụ chót", "cái chót"); "sau chót" (read as "cuối cùng" by the formal words) and "hạn
# chót" (a deadline) aside.
_LAST_SAID = re.compile(r"(?<!sau )(?<!hạn )(?<![\w/-])chót(?![\w/-])", re.IGNORECASE)
_SOUTHERN_WORDS_RE = re.compile(r"(?<![\w/-])(" + alternation(_SOUTHERN_WORDS) + r")(?![\w/-])", re.IGNORECASE)
# "hổng biết …" opening what is asked ("…, hổng biết mấy ổng xây dựng được nhiêu mô hình"): I wonder, asks nothing.
_WONDER_SAID = re.compile(r"(?:(?<=^)|(?<=[,.;:!?]\s)|(?<=[,.;:!?]))\s*(?:tui\s+|tôi\s+)?(?:hổng|hông)\s+biết\s+",
                          re.IGNORECASE)
# "á", "nha", "nhen", "hen" before a comma or the question's end say nothing ("mô hình “Dân vận khéo” trên Cao Bằng
# á, …").
_SAID_PARTICLE = re.compile(r"\s+(?:á|nha|nhen|hen)(?=\s*(?:[,?!.…]|$))", re.IGNORECASE)


# "hồi" before a time asked is "vào" ("đăng hồi ngày nào", "ra hồi tháng mấy"): dropped, as "ra ngày nào" asks;
# "hồi nào" is "khi nào".
_WHEN_SAID = re.compile(r"(?<![\w/-])hồi\s+(?=(?:ngày|tháng|năm|lúc)\b)", re.IGNORECASE)
_WHEN_ASKED_SAID = re.compile(r"(?<![\w/-])hồi(?=\s+nào\b)", re.IGNORECASE)
# Said after the question, doubting oneself: "… phải hông cô? Hay tui nhớ lộn?"
_DOUBT_SAID = re.compile(r"(?<=[?!.])\s*(?:hay|hay là)\s+(?:tui|tôi|em|mình|cháu|con)\s+(?:nhớ|nghe|hiểu)\s+"
                         r"(?:lộn|nhầm|sai)\W*$", re.IGNORECASE)


def _southern_word(m: re.Match[str]) -> str:
    return cased_like(_SOUTHERN_WORDS[m.group(1).lower()], m.group(1))


def southern_said(text: str) -> str:
    """``text`` with the Southern words of a question typed as said written as elsewhere ("dzậy" -> "vậy", "hông"
    -> "không", "nhiêu" -> "bao nhiêu", "mấy ổng" -> "họ", "tui" -> "tôi"): read before a question mostly typed
    without accents loses its marks, as "nhiêu" is then "nhiều"."""
    text = without_addressee(_DOUBT_SAID.sub("", text))
    text = _SO_SAID.sub("vậy", text)
    text = _NO_SAID.sub("không", text)
    if typed_with_accents(text):
        text = _WONDER_SAID.sub(" ", _WHEN_ASKED_SAID.sub("khi", _WHEN_SAID.sub("", text)))
        text = _SOUTHERN_WORDS_RE.sub(_southern_word, _SAID_PARTICLE.sub("", text)).strip()
        text = _LAST_SAID.sub(lambda m: cased_like("cuối cùng", m.group(0)), text)
    text = _DAY_ASKED_SAID.sub(lambda m: cased_like("ngày" if has_diacritics(m.group(0)) else "ngay", m.group(0)), text)
    if not typed_with_accents(text) and len(_HOW_MANY_FOLDED.findall(text)) == 1 \
            and not ASKING_WORD.search(_HOW_MANY_FOLDED.sub(" ", fold(text).lower())):
        text = _HOW_MANY_FOLDED.sub("bao nhieu", text)
    return _HOW_MANY_SAID.sub("bao nhiêu", text)


# "BCH là viết tắt của gì?", "chữ “UBKT” viết đầy đủ là gì" (folded): what a shorthand stands for is asked.
_EXPANSION_ASKED = re.compile(r"\bviet tat\b|\b(?:viet|ghi)\s+(?:ra\s+)?(?:day du|ten day du)\b")
_EXPANDED = SHORTHAND | CAPITALS_ONLY | WRITTEN
_CAPITALISED_CODE = re.compile(r"(?<![\w/-])([A-ZĐ]{2,}(?:-[A-ZĐ]{2,})?)(?![\w/-])")


def expansion_asked(question: str) -> tuple[str, str]:
    """The shorthand a question asks the meaning of and the words it stands for ("BCH là viết tắt của gì?" ->
    ("BCH", "Ban Chấp hành")), or ("", "")."""
    if not _EXPANSION_ASKED.search(fold(question)):
        return "", ""
    for m in _CAPITALISED_CODE.finditer(question):
        if full := _EXPANDED.get(m.group(1)):
            return m.group(1), full
    return "", ""


# Schools by their everyday level ("trường cấp ba", "truong cap 3"), as the texts name them.
_SCHOOL_LEVELS = {"ba": "trung học phổ thông", "3": "trung học phổ thông", "hai": "trung học cơ sở",
                  "2": "trung học cơ sở"}
_SCHOOL_LEVEL = re.compile(r"\b(trường|truong)\s+(?:cấp|cap)\s+(ba|3|hai|2)(?![\w/-])", re.IGNORECASE)
_SCHOOLS_SPELLED = {True: _SCHOOL_LEVELS, False: {k: unaccented(v) for k, v in _SCHOOL_LEVELS.items()}}


def spell_out(text: str) -> str:
    """``text`` with the chat shorthand for titles and bodies written in full ("BT TT TU" -> "Bí thư Thường trực
    Tỉnh ủy", "đ/c" -> "đồng chí"); without accents in a question typed without them ("BTV Tinh uy" -> "Ban
    Thuong vu Tinh uy"), which stays an unaccented question."""
    short, full = expansion_asked(text)
    if short:  # what the shorthand stands for is asked: it stays as typed, what it stands for found beside it
        return text if short in WRITTEN else _pattern({short: full}).sub(f"{short} ({full})", text, count=1)
    accented = typed_with_accents(_LOWER_RE.sub(" ", _SHORTHAND_RE.sub(" ", text)))  # "đc" is no accent either
    spelled = _SPELLED[accented]
    text = _BOARD.sub(lambda m: _board(m, accented), text)
    text = _STANDING.sub("Thường trực" if accented else "Thuong truc", text)
    text = _QUARTER.sub(lambda m: f"{'quý' if accented else 'quy'} {m.group(1)}", text)
    text = _LOWER_RE.sub(lambda m: spelled[_LOWER[m.group(1)]], text)
    text = _STANDING_LOWER.sub(lambda m: f"{m.group(1)} {'thường trực' if accented else 'thuong truc'}", text)
    text = _COMMITTEE_AFTER_TITLE.sub(lambda m: f"{m.group(1)} {spelled[m.group(2).upper()]}", text)
    text = _MEETING_SAID.sub("hội nghị" if accented else "hoi nghi", _FRIEND_AT_END.sub(r"\1", text))
    text = _AND_SAID.sub(lambda m: f"{m.group(1)} {'và' if accented else 'va'}", text)
    text = _CHAT_RE.sub(lambda m: _CHAT[m.group(1).lower()] if accented else unaccented(_CHAT[m.group(1).lower()]),
                        text)
    text = _PERSON_SAID.sub("người" if accented else "nguoi", text)
    text = _CONTENT.sub("nội dung" if accented else "noi dung", text)
    text = _ISSUED_SAID.sub("ban hành" if accented else "ban hanh", text)
    text = _HEAD_SAID.sub("Bí thư " if accented else "Bi thu ", text)
    text = _DUTY_SAID.sub("nhiệm vụ" if accented else "nhiem vu", text)
    watch = "giám sát" if accented else "giam sat"
    text = _WATCH_BEFORE.sub(watch, _WATCH_AFTER.sub(lambda m: f"{m.group(1)} {watch}", text))
    text = _PLAN_SAID.sub("kế hoạch" if accented else "ke hoach", text)
    text = _TYPE_ASKED.sub(lambda m: _TYPE_ASKED_CODES[m.group(1)] if accented
                           else unaccented(_TYPE_ASKED_CODES[m.group(1)]), text)
    text = _TITLE_ASKED.sub("chức vụ" if accented else "chuc vu", text)
    school = _SCHOOLS_SPELLED[accented]
    text = _SCHOOL_LEVEL.sub(lambda m: f"{m.group(1)} {school[m.group(2).lower()]}", text)
    text = _ISSUED.sub("ban hành" if accented else "ban hanh", text)
    text = _PERIOD_ASKED.sub("giai đoạn" if accented else "giai doan", text)
    text = _GOT_NO_AT_END.sub("được không" if accented else "duoc khong", text)
    text = _DISCIPLINE.sub(lambda m: f"{m.group(1)} {'kỷ luật' if accented else 'ky luat'}", text)
    for pattern, full in _IN_CONTEXT.values():
        text = pattern.sub(full if accented else unaccented(full), text)
    text = _SO_SAID_Z.sub("vậy" if accented else "vay", _SO_AT_END.sub("vậy" if accented else "vay", text))
    text = _NO_AT_END.sub("không" if accented else "khong", text)
    text = _DONE_AT_END.sub("rồi" if accented else "roi", text)
    text = _COMRADE_OR_GOT.sub(lambda m: _comrade_or_got(m, accented), text)
    if not accented:
        text = _NO_SAID_FOLDED.sub(lambda m: f"{m.group(1)}khong", text)
    return _SHORTHAND_RE.sub(lambda m: spelled[m.group(1)], text)


# What chat shorthand is spelled out as (folded), longest first: "TU" is one word typed, "tinh uy" two read.
_SPELLED_PHRASES = re.compile(r"\b(?:" + alternation({fold(v) for v in (*SHORTHAND.values(), *CAPITALS_ONLY.values())})
                              + r")\b")


def typed_length(folded: str) -> int:
    """How many words a folded question has, each title or body that shorthand spells out counted as one (as the
    user may have typed it: "TU", "BTV")."""
    return len(_SPELLED_PHRASES.sub("_", folded).split())


# Typed in lower case ("pho chu tich ubnd tinh"): the folded forms.
FOLDED_FULL = {fold(k): fold(v) for k, v in _ALL.items() if _typable_in_lower_case(k)}
_FOLDED_RE = re.compile(r"\b(" + alternation(FOLDED_FULL) + r")\b")


def spelled_out_folded(text: str) -> str:
    """``text`` folded, with every title and body abbreviation written in full, those texts use too and those
    typed in lower case ("Trưởng Đoàn ĐBQH tỉnh", "pho chu tich ubnd tinh" -> "… dai bieu quoc hoi tinh", "… uy
    ban nhan dan tinh"): for comparing titles, not for quoting."""
    text = _ALL_RE.sub(lambda m: _ALL[m.group(1)], _STANDING.sub("Thường trực", text))
    return _FOLDED_RE.sub(lambda m: FOLDED_FULL[m.group(1)], fold(text))


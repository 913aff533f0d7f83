"""A figure the asker half knows, or one they were told, and the exact one asked: "Biết là Cao Bằng kết nạp được hơn
6.000 đảng viên mới, con số cụ thể là bao nhiêu?" and "Bài viết ghi tỷ lệ cử tri đi bầu là 99,26% có đúng không? Số
chính xác là bao nhiêu?" ask what "Cao Bằng kết nạp được bao nhiêu đảng viên mới?" and "tỷ lệ cử tri đi bầu là bao
nhiêu?" ask. The figure given ("hơn 6.000", "khoảng 15 nghìn", a claimed "99,26%") is to be corrected, so it decides
nothing; where it stood is where the figure asked stands."""

from __future__ import annotations

import re

_THOUSANDS = r"(?:\s+(?:nghìn|ngàn|triệu|nghin|ngan|trieu))?"
# A rough figure: a word that approximates, then a number (and its thousands said in words).
_ROUGH = re.compile(r"\b(?:hơn|trên|gần|ngót|chừng|khoảng|xấp xỉ|tầm|hon|tren|gan|khoang|xap xi)\s+"
                    rf"\d[\d.,]*{_THOUSANDS}(?![\d])", re.IGNORECASE)
# A figure put to be confirmed, closing its clause: "… là 99,26% có đúng không", "… 273 điểm cầu, phải không".
_CLAIMED = re.compile(rf"(?<![\w/.,-])\d[\d.,]*%?{_THOUSANDS}(?P<rest>(?:\s+\w+){{0,3}}?)"
                      r"(?P<tail>\s*,?\s*(?:có\s+|co\s+)?(?:đúng|phải|dung|phai)\s+(?:không|khong|ko|k)\s*[?.!]*)\s*$",
                      re.IGNORECASE)
# Where the figure is written, between "chính xác" and "là bao nhiêu": "trong bài", "được ghi trong bài báo".
_WRITTEN_IN = (r"(?:(?:được\s+|duoc\s+)?(?:ghi|nêu|neu)\s+)?(?:trong|theo|ở|o)\s+(?:bài(?:\s+báo|\s+viết)?|bai(?:\s+bao"
               r"|\s+viet)?|văn bản|van ban|báo|bao)(?:\s+(?:này|đó|nay|do))?\s+")
# The exact figure asked after it: "…, con số cụ thể là bao nhiêu?", "chính xác là bao nhiêu điểm?", "đúng số là
# mấy?", "…? Số chính xác trong bài là bao nhiêu?".
_EXACT = re.compile(r"\s*[,;?.]\s*(?:(?:con\s+)?số(?:\s+liệu)?\s+|(?:con\s+)?so(?:\s+lieu)?\s+)?"
                    rf"(?:cụ thể|chính xác|đúng số|thực tế|cu the|chinh xac|dung so|thuc te)\s+(?:{_WRITTEN_IN})?"
                    r"(?:là\s+|la\s+)?(?:bao nhiêu|mấy|bao nhieu|may)(?:\s+\w+)?\s*[?.!]*\s*$", re.IGNORECASE)
# What the asker says they know, or were told, before it ("Biết là", "Tôi nhớ là", "Bài báo nói", "Bài viết ghi").
_KNOWN = re.compile(r"^\s*(?:(?:(?:tôi|mình|em|toi|minh)\s+)?(?:biết|nhớ|biet|nho)"
                    r"|(?:bài báo|bài viết|báo|bai bao|bai viet|bao)\s+(?:nói|ghi|viết|nêu|noi|viet|neu))"
                    r"(?:\s+(?:là|rằng|la|rang))?\s+", re.IGNORECASE)


# A quoted excerpt with a gap where its figure stood, then the figure asked, as ``excerpt_after`` puts it: "con số cụ
# thể là bao nhiêu ạ? (“…từ đầu nhiệm kỳ đến nay, kết nạp ... đảng viên mới” (bài Cao Bằng))".
_GAP_FIGURE_ASKED = re.compile(
    r"^\s*(?:(?:vậy|thế|vay|the)\s+)?(?:(?:con\s+)?(?:số|so)(?:\s+(?:liệu|lieu))?\s+)?"
    r"(?:(?:cụ thể|chính xác|thực tế|cu the|chinh xac|thuc te)\s+)?"
    r"(?:(?:là|la)\s+)?(?:bao nhiêu|mấy|bao nhieu|may)(?:\s+(?:ạ|a|vậy|vay|nhỉ|nhi|thế|the|nhé|nhe|ấy|ay))*\s*[?.!]*\s*"
    r"\(\s*[\"“](?P<quote>[^\"”]{8,})[\"”]\s*(?P<place>\([^()]{1,40}\))?\s*\)\s*$", re.IGNORECASE)
# The gap: an ellipsis between two words (one opening or closing the excerpt only says it was cut there).
_GAP = re.compile(r"(?<=\w)\s*(?:…|\.{3,})\s*(?=\w)")
_CUT = re.compile(r"^\s*(?:…|\.{3,})\s*|\s*(?:…|\.{3,})\s*$")


def gap_asked(question: str) -> str:
    """An excerpt with one gap, its figure asked ("… kết nạp ... đảng viên mới" — "con số cụ thể là bao nhiêu?", after
    ``excerpt_after``), as the question it is: "… kết nạp bao nhiêu đảng viên mới?"; unchanged otherwise."""
    m = _GAP_FIGURE_ASKED.match(question)
    if not m:
        return question
    quote = _CUT.sub("", m.group("quote"))
    gaps = list(_GAP.finditer(quote))
    if len(gaps) != 1:
        return question
    asked = "bao nhiêu" if any(ord(ch) > 127 for ch in question) else "bao nhieu"
    gap = gaps[0]
    place = f" {m.group('place')}" if m.group("place") else ""
    text = f"{quote[:gap.start()]} {asked} {quote[gap.end():]}{place}?"
    return text[:1].upper() + text[1:]


def exact_asked(question: str) -> str:
    """``question`` asking the figure where it gives a rough or a claimed one and asks the exact one after it ("… kết
    nạp được hơn 6.000 đảng viên mới, con số cụ thể là bao nhiêu?" -> "… kết nạp được bao nhiêu đảng viên mới?",
    "… là 99,26% có đúng không? Số chính xác là bao nhiêu?" -> "… là bao nhiêu?"); unchanged otherwise."""
    if (gapped := gap_asked(question)) != question:
        return gapped
    exact = _EXACT.search(question)
    if not exact:
        return question
    given = question[:exact.start()]
    rough = list(_ROUGH.finditer(given))
    claimed = _CLAIMED.search(given)
    if len(rough) == 1:
        m, end = rough[0], len(given)
    elif not rough and claimed:
        m, end = claimed, claimed.start("tail")  # the figure and what it counts, without "có đúng không"
    else:
        return question
    asked = "bao nhiêu" if any(ord(ch) > 127 for ch in question) else "bao nhieu"
    after = given[m.end():end] if m is not claimed else claimed.group("rest")
    text = f"{given[:m.start()]}{asked}{after}?"
    text = _KNOWN.sub("", text, count=1)
    return text[:1].upper() + text[1:] if question[:1].isupper() else text

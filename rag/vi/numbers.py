"""Ordinal words ("thứ năm", "Năm là"), figures and years as Vietnamese texts write them."""

from __future__ import annotations

import re

from rag.vi.text import fold

# Ordinal words of list items and questions ("Thứ năm, …", "Năm là, …", "giải pháp thứ năm").
ORDINAL_WORDS = {
    "nhất": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6,
    "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
}
# Vietnamese list and point letters, in order: "đ" follows "d"; no f, j, w, z.
VI_LETTERS = "abcdđeghiklmnopqrstuvxy"
ORDINALS_FOLDED = {fold(word): n for word, n in ORDINAL_WORDS.items()}


def alternation(words) -> str:
    """A regex alternation of ``words``, longest first (so "bảy" is tried before "ba")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# A figure: "237", "1.234", "12,5", "50%"; not part of a word, a date or a document number.
NUMBER = re.compile(r"(?<![\w/.,])\d{1,3}(?:\.\d{3})+%?(?![\w/])|(?<![\w/.,])\d+(?:,\d+)?%?(?![\w/])")
# The words a number is spelled with ("bốn", "mười lăm", "hai nghìn").
NUMBER_WORDS = ("một", "mốt", "hai", "ba", "bốn", "tư", "năm", "lăm", "sáu", "bảy", "bẩy", "tám", "chín", "mười",
                "mươi", "trăm", "nghìn", "ngàn", "triệu", "tỷ", "linh", "lẻ")
# A quantity written in words, with its unit ("ba mươi sáu tháng", "mười lăm ngày", "hai năm").
SPELLED_QUANTITY = re.compile(
    r"(?<!\w)(?:(?:" + "|".join(NUMBER_WORDS) + r")\s+)+"
    r"(?:ngày|tháng|năm|tuần|giờ|phút|lần|người|tuổi|phần trăm)(?!\w)", re.IGNORECASE)
YEAR = re.compile(r"(?<![\d/])(19\d{2}|20\d{2})(?![\d/])")
_ANY_YEAR = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def years_written(text: str) -> list[str]:
    """The years ``text`` writes, inside a date too ("30/09/2021 (suy ra)" -> ["2021"]): a publication date's."""
    return _ANY_YEAR.findall(text)


def figure_value(text: str) -> str:
    """A figure's value with Vietnamese separators read: "1.234" -> "1234", "12,5" -> "12.5"."""
    return text.replace(".", "").replace(",", ".")


# Figures offered as alternatives to choose from ("237 hay 273 điểm cầu?", "6.222 hoặc 6.022", "trên 2.000 hay trên
# 3.000"): the texts state one at most, and the one they state answers.
# (Plain figures only: a date or a ratio offered, "14/11 hay 24/11", "19/28 hay 18/28", is read whole elsewhere.)
_OFFERED = re.compile(r"(?<![\w.,/])(\d[\d.,]*\d|\d)(?:\s*%)?\s+(?:hay là|hay|hoặc là|hoặc|hay la|hoac)\s+"
                      r"(?:(?:là|la|trên|hơn|khoảng|gần|dưới|tren|hon|khoang|gan|duoi)\s+)?(\d[\d.,]*\d|\d)(?![\w/])",
                      re.IGNORECASE)


def offered_figures(text: str) -> list[set[str]]:
    """The groups of figures ``text`` offers as alternatives to choose from ("237 hay 273" -> [{"237", "273"}])."""
    return [{m.group(1), m.group(2)} for m in _OFFERED.finditer(text)]

"""A figure the asker half knows, and the exact one asked: "Biết là Cao Bằng kết nạp được hơn 6.000 đảng viên mới, con
số cụ thể là bao nhiêu?" asks what "Cao Bằng kết nạp được bao nhiêu đảng viên mới?" asks. The rough figure ("hơn
6.000", "khoảng 15 nghìn") is in no text and decides nothing; where it stood is where the figure asked stands."""

from __future__ import annotations

import re

# A rough figure: a word that approximates, then a number (and its thousands said in words).
_ROUGH = re.compile(r"\b(?:hơn|trên|gần|ngót|chừng|khoảng|xấp xỉ|tầm|hon|tren|gan|khoang|xap xi)\s+"
                    r"\d[\d.,]*(?:\s+(?:nghìn|ngàn|triệu|nghin|ngan|trieu))?(?![\d])", re.IGNORECASE)
# The exact figure asked after it: "…, con số cụ thể là bao nhiêu?", "chính xác là bao nhiêu điểm?", "đúng số là
# mấy?".
_EXACT = re.compile(r"\s*[,;]\s*(?:(?:con\s+)?số(?:\s+liệu)?\s+|(?:con\s+)?so(?:\s+lieu)?\s+)?"
                    r"(?:cụ thể|chính xác|đúng số|cu the|chinh xac|dung so)\s+(?:là\s+|la\s+)?"
                    r"(?:bao nhiêu|mấy|bao nhieu|may)(?:\s+\w+)?\s*[?.!]*\s*$", re.IGNORECASE)
# What the asker says they know before it ("Biết là", "Tôi biết", "Tôi nhớ là").
_KNOWN = re.compile(r"^\s*(?:(?:tôi|mình|em|toi|minh)\s+)?(?:biết|nhớ|biet|nho)(?:\s+(?:là|rằng|la|rang))?\s+",
                    re.IGNORECASE)


def exact_asked(question: str) -> str:
    """``question`` asking the figure where it gives a rough one and asks the exact one after it ("… kết nạp được hơn
    6.000 đảng viên mới, con số cụ thể là bao nhiêu?" -> "… kết nạp được bao nhiêu đảng viên mới?"); unchanged
    otherwise."""
    exact = _EXACT.search(question)
    rough = list(_ROUGH.finditer(question, 0, exact.start())) if exact else []
    if len(rough) != 1:
        return question
    m = rough[0]
    asked = "bao nhiêu" if any(ord(ch) > 127 for ch in question) else "bao nhieu"
    text = f"{question[:m.start()]}{asked}{question[m.end():exact.start()]}?"
    text = _KNOWN.sub("", text, count=1)
    return text[:1].upper() + text[1:] if question[:1].isupper() else text

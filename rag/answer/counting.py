"""A question counting kinds ("Có bao nhiêu hệ thống thông tin quan trọng về an ninh quốc gia?", "gồm mấy loại
…"), answered by the statute list that names them: its items are what is counted, and the answer says how many.

A figure of a measure ("bao nhiêu ngày", "mấy năm", "bao nhiêu người", "bao nhiêu phần trăm") is not such a count:
the text states it. Only a whole list is counted — one that goes on past what a unit carries (``more_items``)
is quoted without a count.
"""

from __future__ import annotations

import re

from rag.answer.candidates import Candidate
from rag.documents import Passage
from rag.vi.syllables import STOPWORDS_FOLDED
from rag.vi.text import fold, has_diacritics

# "bao nhiêu" / "mấy" and the words after it: what is counted, up to a word that ends it.
_COUNTED = re.compile(r"\b(?:bao nhiêu|bao nhieu|mấy|may)\s+(\w+(?:\s+\w+){0,11})", re.IGNORECASE)
# Words after "bao nhiêu" that measure rather than name kinds (time, people, money, size, share, times), folded.
_MEASURES = frozenset({
    "ngay", "thang", "nam", "gio", "phut", "giay", "tuan", "quy", "buoi", "lan", "luot", "tuoi", "nguoi", "dang",
    "vien", "dong", "trieu", "ty", "nghin", "ngan", "tram", "phan", "ti", "le", "met", "km", "ha", "tan",
    "kg", "so", "con", "cai", "chiec", "ban", "tiet", "dot", "khoa", "thoi", "lau", "tien", "muc", "bac", "diem",
})


# Words that end what is counted rather than go on naming it ("bao nhiêu trình độ … được đào tạo", "mấy loại là
# …"), as written: not every function word does once folded ("quan trọng" is no "trong", "trình độ" no "do").
_ENDS_A_NAME = frozenset({"được", "là", "có", "trong", "của", "và", "thì", "đã", "để", "mà", "nào", "gì", "sẽ",
                          "bị", "phải", "cần", "như", "theo", "tại", "ở", "cho", "với", "khi", "hay", "hoặc",
                          "không"})
_ENDS_A_NAME_FOLDED = frozenset(fold(w) for w in _ENDS_A_NAME)  # a question typed without marks


def counted_kind(question: str) -> str:
    """What a question counts, folded, as it names it ("Có bao nhiêu hệ thống thông tin quan trọng về an ninh quốc
    gia?": "he thong thong tin quan trong ve an ninh quoc gia"); "" for a question that asks no count, or a figure
    of a measure ("bao nhiêu ngày")."""
    m = _COUNTED.search(question.lower())
    if not m:
        return ""
    ends = _ENDS_A_NAME if has_diacritics(question) else _ENDS_A_NAME_FOLDED
    words = []
    for word in m.group(1).split():
        if word in ends:
            break
        words.append(fold(word))
    if not words or words[0] in _MEASURES or words[0] in STOPWORDS_FOLDED or words[0].isdigit():
        return ""
    return " ".join(words)


def count_lead(c: Candidate) -> str:
    """What an answer counting a list opens with ("Có 8 mục:"): the items are quoted after it."""
    return f"Có {c.items} mục:"


def counts_list(passages: list[Passage], c: Candidate, head: str) -> bool:
    """Whether ``c`` is a statute's whole list (two items or more) whose opening names what is counted, all of it
    as the question does (a list of "cấp học, trình độ đào tạo của hệ thống giáo dục quốc dân" does not count the
    "trình độ giáo dục nghề nghiệp")."""
    if not head or c.items < 2 or c.more_items or not passages[c.rank].chunk.article:
        return False
    text = passages[c.rank].chunk.text
    opening = text[c.start:c.end].split("\n", 1)[0]
    return f" {head} " in f" {' '.join(fold(opening).lower().split())} "

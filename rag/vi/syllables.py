"""Syllables (Vietnamese words are space-separated syllables) and the question words that carry no subject."""

from __future__ import annotations

import re

from rag.vi.text import fold, index_form

_SYLLABLE_RE = re.compile(r"\w+", re.UNICODE)


def syllables(text: str) -> list[str]:
    """Lowercase, tone-unified syllables."""
    return _SYLLABLE_RE.findall(index_form(text))


def folded_syllables(text: str) -> list[str]:
    """Accent-folded, lowercase syllables: ``[fold(s) for s in syllables(text)]`` in one pass (folding keeps
    word boundaries; the same lists on every chunk of the sample and alqac-dev corpora, a third of the time)."""
    return _SYLLABLE_RE.findall(fold(text))


# Question words and glue that say nothing about the subject.
STOPWORDS = frozenset(
    "là gì nào ai bao nhiêu khi mấy của và có được những các về ở tại thì sao đâu không hãy cho "
    "biết trong với do đã này đó nêu theo ra một như rằng vậy gồm bởi cái lần từ đến nó còn "
    "ngày tháng năm thứ hay hoặc mà để vào nhằm số".split()
)
STOPWORDS_FOLDED = frozenset(fold(w) for w in STOPWORDS)
def folded_pairs(text: str) -> list[tuple[str, str]]:
    """The adjacent syllable pairs of ``text``, accent-folded, in order ("Thế chấp tài" -> [("the", "chap"),
    ("chap", "tai")])."""
    folded = folded_syllables(text)
    return list(zip(folded, folded[1:]))


def content_pairs(text: str) -> list[tuple[str, str]]:
    """``folded_pairs`` but those of two function words ("là gì", "của các"): "trách nhiệm nêu gương" has three
    ("nêu" is one word of a subject's, though a function word elsewhere)."""
    return [(a, b) for a, b in folded_pairs(text) if not (a in STOPWORDS_FOLDED and b in STOPWORDS_FOLDED)]


def word_pairs_without_function_words(text: str) -> set[tuple[str, str]]:
    """The pairs of neighbouring folded words of ``text`` neither of which is a function word ("quán triệt các văn
    bản": ("quan", "triet"), ("van", "ban")): what a text says, not how it asks."""
    words = folded_syllables(text)
    return {(a, b) for a, b in zip(words, words[1:]) if a not in STOPWORDS_FOLDED and b not in STOPWORDS_FOLDED}


# The words after a noun that point back at what was named before ("quy định này", "tỉnh đó", "văn bản nói trên").
DEMONSTRATIVES = "này|đó|đấy|trên|ấy|nói trên"  # "đấy": the spoken "đó" ("ở đấy", "lúc đấy")

"""How much of a question's wording a text has: the question's accent-folded word pairs ("~the_chap"), weighted
by idf, and the share of them a passage, an article, a law or the corpus holds.

Both the passage ranker (``rag.query.passage_rank``) and the answerability gate (``rag.answer.answerability``)
read it: a question is written from a text, which has its distinctive pairs.
"""

from __future__ import annotations

from collections.abc import Callable

from rag.vi.syllables import content_pairs, folded_pairs, folded_syllables
from rag.vi.text import find_all

# Words that ask ("nào", "gì", "ai", "bao nhiêu", "sao"), folded: a pair with one ("phòng nào") is phrasing, which
# texts seldom have, not a topic the corpus lacks.
QUESTION_WORDS = frozenset({"nao", "gi", "ai", "nhieu", "sao"})


def _segments(text: str, names: list[str]) -> list[str]:
    """``text`` cut where each name begins and ends: a pair across a name's edge ("Tỉnh ủy | Nghệ An",
    "Thanh Giang | làm") is the question's own juxtaposition, not a phrase a text would have."""
    cuts = sorted({i for n in names for start in find_all(text, n) for i in (start, start + len(n))})
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in zip(bounds, bounds[1:]) if text[a:b].strip()]


def word_pairs(text: str, asking: frozenset[str] = frozenset(), names: list[str] | None = None,
               known: Callable[[str], bool] | None = None) -> list[str]:
    """The accent-folded syllable pairs of ``text``, as the lexical index names them ("~the_chap"), without
    pairs of two function words ("la gi", "cua cac"), with an asking word ("phong nao") or one of ``asking``
    (the words that ask for a kind of answer, "giữ chức vụ"), or across the edge of one of ``names`` (unless
    ``known`` knows the pair: a name cut short, "Ban Tổ | chức", is joined by a pair every text has), each once."""
    drop = asking | QUESTION_WORDS

    def kept(pairs) -> list[str]:
        return [f"~{a}_{b}" for a, b in pairs if not {a, b} & drop]

    whole = kept(content_pairs(text))
    within = set(kept(p for part in _segments(text, names or []) for p in content_pairs(part)))
    return list(dict.fromkeys(p for p in whole if p in within or (known is not None and known(p))))


def pairs_in(text: str) -> set[str]:
    """Every accent-folded syllable pair of ``text``, as the lexical index names them."""
    return {f"~{a}_{b}" for a, b in folded_pairs(text)}


def words_in(text: str) -> set[str]:
    """Every accent-folded syllable and syllable pair of ``text``, as the lexical index names them."""
    return pairs_in(text) | {f"~{s}" for s in folded_syllables(text)}


def pair_coverage(pairs: list[str], weights: list[float], has: Callable[[str], bool], empty: float = 1.0) -> float:
    """Share (by idf weight) of ``pairs`` (or any words) that ``has`` finds (in a passage, or anywhere in the
    corpus); ``empty`` for none (1.0: a question without pairs misses nothing)."""
    total = sum(weights)
    if not total:
        return empty
    return sum(w for p, w in zip(pairs, weights) if has(p)) / total

"""Putting the marks back on text typed without them, from the spellings a corpus uses.

"cao bang de ra nhung nhiem vu trong tam nao" folds "trọng" and "trong", "đề" and "để" together; the corpus
that will answer it spells each syllable one way or another, and which one follows which tells them apart
("trọng tâm", "đề ra"). Each unaccented syllable may be any spelling the corpus has of it; the most likely
sequence under a bigram model of the corpus's own counts (Witten-Bell: an unseen pair falls back to the
spelling's own frequency as much as the syllable before it is followed by many different ones) is found by
Viterbi. The counts are whatever the caller has: the lexical index's document frequencies of syllables and
syllable pairs.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rag.vi.text import fold, has_diacritics, unify_tones

_WORD = re.compile(r"\w+", re.UNICODE)

# How questions are asked, which documents seldom say ("bao nhiêu" is rare in a statute, "bảo" everywhere):
# counted as if this share of the corpus's texts had each syllable and pair of them (at least five texts).
QUESTION_PHRASES = (
    "nào gì ai đâu sao mấy bao nhiêu bao giờ vì sao tại sao thế nào như thế nào là gì là ai ở đâu khi nào",
    "ngày nào năm nào tháng nào những gì những ai có phải phải không đúng không hay không đúng hay sai",
    "nào sau đây cho biết hãy cho biết xin hỏi cho tôi hỏi cho em hỏi ông bà anh chị em tôi mình thì ấy vậy",
    "nói được không gồm những gì có bao nhiêu bao nhiêu người ký ngày nào ban hành ngày nào do ai của ai",
)
_PHRASE_SHARE = 0.02

Spellings = Callable[[str], Sequence[str]]  # folded syllable -> the corpus's spellings of it (lowercase)
Count = Callable[[str], int]  # a syllable or "a_b" pair -> how many texts of the corpus have it


def restore_syllables(words: Sequence[str], spellings: Spellings, count: Count, followers: Count,
                      total: int) -> list[str]:
    """The most likely accented spelling of each lowercase syllable of ``words`` under a bigram model of a
    corpus: ``count`` of syllables and pairs, ``followers`` (how many different syllables follow a syllable)
    and ``total`` (the syllables' counts summed). A syllable with marks, or one the corpus never spells,
    stays as it is (and still conditions its neighbours).

    P(c | p) is Witten-Bell's: the pair's count, and c's own share weighted by how many different syllables
    follow p. A common syllable that was never followed by this one ("vụ quyết") is unlikely before it; a
    rare one that was ("Vũ Quyết Tiến") is likely."""
    options = [_options(w, spellings) for w in words]
    if not options:
        return []
    unigram = [[(count(o) + 0.5) / (total + 1) for o in opts] for opts in options]
    # best[i][j]: log-probability of the best path ending in options[i][j]; back[i][j]: its predecessor.
    best = [[math.log(u) for u in unigram[0]]]
    back: list[list[int]] = [[0] * len(options[0])]
    for i in range(1, len(options)):
        prev, cur = options[i - 1], options[i]
        step = []  # step[k][j]: log P(cur[j] | prev[k])
        for p in prev:
            seen, types = count(p), followers(p)
            if not types:
                step.append([math.log(u) for u in unigram[i]])
                continue
            step.append([math.log((count(f"{p}_{c}") + types * u) / (seen + types))
                         for c, u in zip(cur, unigram[i])])
        scores, links = [], []
        for j in range(len(cur)):
            score, link = max((best[-1][k] + step[k][j], k) for k in range(len(prev)))
            scores.append(score)
            links.append(link)
        best.append(scores)
        back.append(links)
    j = max(range(len(best[-1])), key=best[-1].__getitem__)
    out = []
    for i in range(len(options) - 1, -1, -1):
        out.append(options[i][j])
        j = back[i][j]
    return out[::-1]


@dataclass(frozen=True)
class _Phrases:
    """``QUESTION_PHRASES`` as counts: each syllable and pair once, the spellings of each folded syllable, how
    many syllables follow each."""

    counts: dict[str, int]
    spellings: dict[str, list[str]]
    followers: dict[str, int]
    syllables: int


def _phrases() -> _Phrases:
    counts: dict[str, int] = {}
    for line in QUESTION_PHRASES:
        words = line.split()
        for token in words + [f"{a}_{b}" for a, b in zip(words, words[1:])]:
            counts[token] = 1
    spellings: dict[str, list[str]] = {}
    followers: dict[str, int] = {}
    for token in counts:
        if "_" in token:
            left = token.split("_")[0]
            followers[left] = followers.get(left, 0) + 1
        else:
            spellings.setdefault(fold(token), []).append(token)
    return _Phrases(counts, spellings, followers, sum(len(v) for v in spellings.values()))


_PHRASES = _phrases()


def _options(word: str, spellings: Spellings) -> list[str]:
    if has_diacritics(word) or not word.isalpha():
        return [word]
    return list(dict.fromkeys(spellings(word))) or [word]


def restore_accents(text: str, spellings: Spellings, count: Count, followers: Count, total: int,
                    texts: int) -> str:
    """``text`` with the marks its unaccented words most likely lost (``restore_syllables``; ``texts`` is the
    number of texts counted), case and punctuation kept. Words in capitals ("KL", "UBND") are abbreviations and
    stay as typed; so does text that has marks already."""
    if has_diacritics(text):
        return text
    matches = list(_WORD.finditer(text))
    words = [unify_tones(m.group()).lower() for m in matches]
    weight = max(5, round(_PHRASE_SHARE * texts))
    restored = restore_syllables(words, lambda f: [*spellings(f), *_PHRASES.spellings.get(f, ())],
                                 lambda t: count(t) + weight * _PHRASES.counts.get(t, 0),
                                 lambda t: followers(t) + _PHRASES.followers.get(t, 0),
                                 total + weight * _PHRASES.syllables)
    out, last = [], 0
    for m, new in zip(matches, restored):
        original = m.group()
        out.append(text[last:m.start()])
        out.append(original if original.isupper() or fold(new) != original.lower() else _cased(new, original))
        last = m.end()
    out.append(text[last:])
    return "".join(out)


def _cased(new: str, original: str) -> str:
    return new[:1].upper() + new[1:] if original[:1].isupper() else new

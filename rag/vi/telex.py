"""Words a Vietnamese keyboard typed as raw Telex keystrokes, its input method off or failing: "ngayf naof" is "ngày
nào", "ddangr vieen" "đảng viên", "Keets luaanj" "Kết luận", "nguwowif" "người". Only a word that is no Vietnamese
syllable as typed and is one read as Telex is rewritten; capitals (codes: "KH", "TW"), numbers and words of another
language that read as no syllable stay as typed."""

from __future__ import annotations

import re
import unicodedata

from rag.vi.text import FINALS, INITIALS, toneless

_TONE_KEYS = {"s": "\u0301", "f": "\u0300", "r": "\u0309", "x": "\u0303", "j": "\u0323"}
# Letters a vowel key makes, in the order they are read: "uow" before "ow", "uw".
_VOWEL_KEYS = (("uow", "ươ"), ("aa", "â"), ("ee", "ê"), ("oo", "ô"), ("aw", "ă"), ("ow", "ơ"), ("uw", "ư"))
# Longest first, so "ngh" is read before "ng" and "ch" before "c"; a glide ("i", "y", "o", "u") may end one too.
_INITIALS = tuple(sorted(INITIALS, key=len, reverse=True))
_FINALS = tuple(sorted((*FINALS, "i", "y", "o", "u"), key=len, reverse=True))
# The vowel groups a syllable has (finals "i", "y", "o", "u" are read as part of them): "uyê", "ươ", "oa" …
_NUCLEI = frozenset("a ă â e ê i o ô ơ u ư y ia iê oa oă oe uâ uê uô uơ uy ươ ưa ua ue yê uyê".split())
# The vowels a glide ending a syllable follows: "ao", "eo", "au", "âu", "ai", "ôi", "ươi", "ay", "ây" (not "oo", "ii").
_GLIDES = {"o": "ae", "u": "aâêiươ", "i": "aâoôơuư", "y": "aâ"}
CHECKED_FINALS = ("c", "ch", "p", "t")  # after these only the sắc and nặng tones stand
_WORD = re.compile(r"(?<![\w/-])[A-Za-z]{2,10}(?![\w/-])")
_MARKED = "ăâêôơư"
# One tone key after a vowel inside the word, the syllable's final after it (only where the word reads as a syllable
# without it; "sofa", "visa" end in no final).
# ("s" before a consonant is English far more often than a tone: "list", "test", "cost"; "baso" is "báo".)
_GLIDE_FINALS = ("i", "y", "o", "u")
_INNER_TONE_KEY = re.compile(r"(?<=[aeiouyw])([sfrxj])(?=[a-z])")


def syllable_parts(word: str) -> tuple[str, str, str] | None:
    """(initial, vowels, final) of a syllable spelt without tone marks, or None when it is none."""
    for initial in _INITIALS:
        if not word.startswith(initial):
            continue
        rest = word[len(initial):]
        for final in _FINALS:
            if final and not rest.endswith(final):
                continue
            nucleus = rest[:len(rest) - len(final)]
            if nucleus in _NUCLEI and (final not in _GLIDES or nucleus[-1] in _GLIDES[final]):
                return initial, nucleus, final
    return None


def with_tone(initial: str, nucleus: str, final: str, mark: str) -> str:
    """The syllable with ``mark`` on the vowel that carries it: a vowel with its own mark ("ơ" of "ươ"), else the
    last before a consonant final ("hoạch"), else the first of two ("mùa", "hóa"), the middle of three."""
    at = next((i for i in range(len(nucleus) - 1, -1, -1) if nucleus[i] in _MARKED), None)
    if at is None:
        closed = final and final not in ("i", "y", "o", "u")
        at = len(nucleus) - 1 if closed or len(nucleus) == 1 else (1 if len(nucleus) == 3 else 0)
    vowels = nucleus[:at] + unicodedata.normalize("NFC", nucleus[at] + mark) + nucleus[at + 1:]
    return initial + vowels + final


def telex_word(word: str) -> str | None:
    """What ``word`` (ASCII letters) reads as, typed as Telex keystrokes ("ngayf" -> "ngày", "ddaij" -> "đại"), or
    None when it reads as no Vietnamese syllable or needs no reading (a syllable as typed: "ban", "hanh")."""
    lower = word.lower()
    # Short English words read as keys ("Is", "how") are no Vietnamese ones: a word of three letters or fewer is
    # read only with a tone key at its end or a vowel typed twice ("laf", "moo"), never of two letters.
    short = len(lower) <= 3 and not (lower[-1] in _TONE_KEYS or re.search(r"aa|ee|oo", lower))
    if syllable_parts(lower) is not None or len(lower) < 3 or short:
        return None
    mark = ""
    if lower[-1] in _TONE_KEYS:
        mark, lower = _TONE_KEYS[lower[-1]], lower[:-1]
    elif (inner := _INNER_TONE_KEY.search(lower)) and (after := lower[inner.end(1):]) in _FINALS \
            and (inner.group(1) != "s" or after in _GLIDE_FINALS):
        # The tone typed right after its vowel, before the rest of the syllable ("nafo" is "nào", "tifnh" "tình").
        mark, lower = _TONE_KEYS[inner.group(1)], lower[:inner.start(1)] + lower[inner.end(1):]
    if lower.startswith("dd"):
        lower = "đ" + lower[2:]
    for keys, letters in _VOWEL_KEYS:
        lower = lower.replace(keys, letters)
    if not lower or not lower.isalpha() or "w" in lower or any(ch in _TONE_KEYS for ch in lower[-1:]):
        return None
    parts = syllable_parts(lower)
    if parts is None:
        return None
    if mark and parts[2] in CHECKED_FINALS and mark not in (_TONE_KEYS["s"], _TONE_KEYS["j"]):
        return None
    read = with_tone(*parts, mark) if mark else "".join(parts)
    return read[:1].upper() + read[1:] if word[:1].isupper() else read


# A word typed with its marks, then a tone key ("gìf", "nàof": the tone typed again; "cânf": the tone typed as a key
# after the hat was set): no Vietnamese syllable ends in a tone key.
_KEY_AFTER_MARKS = re.compile(r"(?<![\w/-])([^\W\d_]*[^\x00-\x7F][^\W\d_]*?)([sfrxj])(?![\w/-])")


def _key_after_marks(m: re.Match[str]) -> str:
    word, key = m.group(1), m.group(2)
    plain = toneless(word)
    parts = syllable_parts(plain)
    if parts is None:
        return m.group(0)
    if plain != word.lower():
        return word  # toned already
    read = with_tone(*parts, _TONE_KEYS[key])
    return read[:1].upper() + read[1:] if word[:1].isupper() else read


def telex_read(text: str) -> str:
    """``text`` with each word typed as raw Telex keystrokes written as the word it types (``telex_word``), and a
    tone key typed after a word's marks read ("gìf" -> "gì", "cânf" -> "cần"); words in capitals (codes) stay."""
    def read(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.isupper():
            return word
        return telex_word(word) or word
    return _KEY_AFTER_MARKS.sub(_key_after_marks, _WORD.sub(read, text))

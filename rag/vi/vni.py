"""Words a Vietnamese keyboard typed as raw VNI keystrokes, its input method off or failing: digits after the
letters they mark ("Ke61t lua65n" is "Kết luận", "nga2y na2o" "ngày nào", "d9a3ng vie6n" "đảng viên", "Thu7o72ng"
"Thường"). A VNI word mixes letters and digits, each digit after a letter; only one that reads as a Vietnamese
syllable is rewritten, so codes ("KL21", "Q3", "21-KL/TW"), numbers and words in capitals stay as typed."""

from __future__ import annotations

import re

from rag.vi.telex import CHECKED_FINALS, syllable_parts, with_tone

# Tone keys (sắc, huyền, hỏi, ngã, nặng) and the keys that mark a vowel or the "đ".
_TONE_KEYS = {"1": "\u0301", "2": "\u0300", "3": "\u0309", "4": "\u0303", "5": "\u0323"}
_MARK_KEYS = {("a", "6"): "â", ("e", "6"): "ê", ("o", "6"): "ô", ("a", "8"): "ă", ("o", "7"): "ơ", ("u", "7"): "ư",
              ("d", "9"): "đ"}
# Letters with digits after them, at least one of each; not inside a code ("21-KL/TW") or a number.
_WORD = re.compile(r"(?<![\w/.,-])[A-Za-z]+[1-9](?:[A-Za-z]|[1-9])*(?![\w/.,-])")


def vni_word(word: str) -> str | None:
    """What ``word`` reads as, typed as VNI keystrokes ("nga2y" -> "ngày", "Ke61t" -> "Kết"), or None when it reads
    as no Vietnamese syllable (a code such as "KL21" or "B52")."""
    letters: list[str] = []
    mark = ""
    for ch in word.lower():
        if ch.isalpha():
            letters.append(ch)
        elif ch in _TONE_KEYS and not mark and letters:
            mark = _TONE_KEYS[ch]
        elif letters and (letters[-1], ch) in _MARK_KEYS:
            letters[-1] = _MARK_KEYS[(letters[-1], ch)]
        elif ch in "678" and len(letters) > 1 and (letters[-2], ch) in _MARK_KEYS:
            # the mark typed after the vowel's neighbour ("u7o7" is "ươ"; "uo7" too)
            letters[-2] = _MARK_KEYS[(letters[-2], ch)]
        else:
            return None
    plain = "".join(letters)
    if plain == "uơ" or "uơ" in plain:  # "ươ" typed with one horn key ("uo7ng")
        plain = plain.replace("uơ", "ươ")
    parts = syllable_parts(plain)
    if parts is None or (mark and parts[2] in CHECKED_FINALS and mark not in (_TONE_KEYS["1"], _TONE_KEYS["5"])):
        return None
    read = with_tone(*parts, mark) if mark else "".join(parts)
    return read[:1].upper() + read[1:] if word[:1].isupper() else read


def vni_read(text: str) -> str:
    """``text`` with each word typed as raw VNI keystrokes written as the word it types (``vni_word``); words in
    capitals (codes) stay."""
    def read(m: re.Match[str]) -> str:
        word = m.group(0)
        if word.upper() == word:
            return word
        return vni_word(word) or word
    return _WORD.sub(read, text)

"""Capitals for the names in a question typed all in lowercase.

Places and people are read from capitals ("tỉnh Nghệ An", "Trần Hồng Minh"): a question typed all in lowercase
("bi thu tinh uy nghe an la ai") has none, so the place it asks about is not seen and another province's
secretary answers it. Two words in a row get capitals when the corpus writes them so mid-sentence
(``capitalised``: "nghe an" -> "Nghe An", "tran hong minh" -> "Tran Hong Minh"). A question with any capital
letter keeps the user's own casing.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_WORD = re.compile(r"\w+", re.UNICODE)

Pair = Callable[[str, str], bool]  # two lowercase words -> whether the corpus writes them in a row with capitals


def capitalise_names(text: str, capitalised: Pair) -> str:
    """``text`` with capitals on the runs of words the corpus writes as a name; ``text`` as it is when it has
    any capital letter."""
    if text != text.lower():
        return text
    words = [m for m in _WORD.finditer(text) if m.group().isalpha()]
    upper: set[int] = set()
    for i in range(len(words) - 1):
        a, b = words[i], words[i + 1]
        if b.start() - a.end() == 1 and capitalised(a.group(), b.group()):  # no name runs across punctuation
            upper.update((i, i + 1))
    out, last = [], 0
    for i, m in enumerate(words):
        if i in upper:
            out.append(text[last:m.start()] + m.group()[:1].upper() + m.group()[1:])
            last = m.end()
    return "".join(out) + text[last:]

"""What a shorthand the texts use stands for ("BCH là viết tắt của gì?", "chữ “UBKT” viết đầy đủ là gì?"): the
words ``rag.vi.abbreviations`` spells it out to, quoted from a passage that writes them — with the words the
question writes after the shorthand, when a passage has those too ("BCH Đảng bộ tỉnh": "Ban Chấp hành Đảng bộ
tỉnh"). No passage writing them: no answer here."""

from __future__ import annotations

import re

from rag.answer.citations import Citations
from rag.documents import Answer, Passage
from rag.query.analysis import QuestionInfo
from rag.vi.abbreviations import expansion_asked
from rag.vi.sentences import sentence_spans
from rag.vi.text import fold, folded_aligned

_AFTER_MAX = 4  # words after the shorthand that may name what it belongs to ("BCH Đảng bộ tỉnh")


def _contexts(question: str, short: str) -> list[list[str]]:
    """The words after each place the question writes ``short``, up to a quote mark or punctuation."""
    found = []
    for m in re.finditer(rf"(?<![\w/-]){re.escape(short)}(?![\w/-])", question):
        words = re.match(r"[^\"“”‘’'?,.;:!()]*", question[m.end():]).group(0).split()
        found.append(words[:_AFTER_MAX])
    return found


def shorthand_answer(info: QuestionInfo, passages: list[Passage]) -> Answer | None:
    """What the shorthand ``info`` asks about stands for, quoted from the passage sentence that writes it with the
    most of the question's words after it; None when the question asks no such thing or no passage writes it."""
    short, full = expansion_asked(info.text)
    if not short:
        return None
    phrases = sorted({" ".join([full, *words[:k]]) for words in _contexts(info.text, short)
                      for k in range(len(words) + 1)}, key=lambda ph: -len(ph))
    for phrase in phrases:
        wanted = fold(phrase)
        for passage in passages:
            text = passage.chunk.text
            folded = folded_aligned(text)  # its positions are the text's
            at = folded.find(wanted) if folded is not None else -1
            if at < 0:
                continue
            start, end = next((a, b) for a, b in sentence_spans(text) if a <= at < b)
            written = text[at:at + len(phrase)]
            cites = Citations()
            mark = cites.mark_passage(passage, (start, end))
            said = f"“{short}” là viết tắt của “{written}”: “{text[start:end].strip()}” {mark}"
            return Answer(said, grounded=True, citations=cites.build(), kind=info.kind)
    return None

"""Answers made of parts: a comparison answered side by side, a document summarised by its headings or
opening sentences. hoidap quotes; it does not compare or summarise in its own words, and says so."""

from __future__ import annotations

import re
from dataclasses import replace

from rag.answer.citations import Citations
from rag.answer.extractive import REFUSAL
from rag.documents import Answer, Chunk, Citation
from rag.vi.sentences import sentence_spans

SUMMARY_POINTS = 8  # lines a summary quotes, at most
_MARKER = re.compile(r"\[(\d{1,3})\]")
_SENTENCE_MAX = 300


def _renumbered(answer: Answer, cited: list[Citation]) -> str:
    """``answer``'s text with its ``[n]`` markers numbered after ``cited`` (which grows; a chunk already
    cited keeps its number)."""
    numbers: dict[int, int] = {}
    for c in answer.citations:
        same = next((k for k in cited if k.chunk_id == c.chunk_id), None)
        if same is None:
            same = replace(c, n=len(cited) + 1)
            cited.append(same)
        numbers[c.n] = same.n
    return _MARKER.sub(lambda m: f"[{numbers.get(int(m.group(1)), int(m.group(1)))}]", answer.answer)


def side_by_side(first: str, second: str, answers: tuple[Answer, Answer], kind: str = "compare") -> Answer:
    """A comparison answered one side at a time, each with its citations; a side the passages do not
    answer is named as missing. Refused when neither side is answered."""
    sides = ((first, answers[0]), (second, answers[1]))
    if not any(a.grounded for _, a in sides):
        return Answer(f"{REFUSAL} Các đoạn văn tìm được không nói về “{first}” hay “{second}”. Hãy hỏi riêng "
                      "từng vế, hoặc nêu tên, số hiệu văn bản.", grounded=False, kind=kind)
    cited: list[Citation] = []
    lines = ["hoidap không tự so sánh; đây là điều các tài liệu nói về từng vế, để bạn đối chiếu:"]
    for name, answer in sides:
        if answer.grounded:
            lines.append(f"\n**{name}**\n{_renumbered(answer, cited)}")
        else:
            lines.append(f"\n**{name}**\nCác đoạn văn tìm được không nói về “{name}”; hãy hỏi riêng về vế này.")
    return Answer("\n".join(lines), grounded=True, citations=cited, kind=kind)


def each_answered(questions: list[str], answers: list[Answer], kind: str = "joined") -> Answer:
    """Two questions asked in one, each with its answer and citations (every answer grounded)."""
    cited: list[Citation] = []
    lines = [f"**{q}**\n{_renumbered(a, cited)}" for q, a in zip(questions, answers, strict=True)]
    return Answer("\n\n".join(lines), grounded=True, citations=cited, kind=kind)


def _opening(text: str) -> tuple[int, int] | None:
    spans = sentence_spans(text)
    if not spans:
        return None
    s, e = spans[0]
    if e - s > _SENTENCE_MAX:  # a long opening sentence is cut at a word
        e = s + text[s:s + _SENTENCE_MAX].rfind(" ")
    return s, e


def summary(title: str, chunks: list[Chunk], kind: str = "summary") -> Answer:
    """A document's outline in its own words: each heading (or, without headings, each passage) with its
    opening sentence, in reading order, each cited."""
    chunks = sorted(chunks, key=lambda c: c.position)
    headed: list[Chunk] = []
    seen: set[str] = set()
    for c in chunks:
        if c.heading and c.heading not in seen:
            seen.add(c.heading)
            headed.append(c)
    picked = headed if len(headed) >= 2 else chunks
    cites = Citations()
    lines = []
    for c in picked[:SUMMARY_POINTS]:
        span = _opening(c.text)
        if span is None:
            continue
        quote = c.text[span[0]:span[1]].strip() + ("…" if span[1] < len(c.text.rstrip()) and
                                                    not c.text[span[0]:span[1]].rstrip().endswith((".", ":", ";"))
                                                    else "")
        label = c.locator or (c.heading if picked is headed else "")
        lead = f"{label}: " if label else ""
        lines.append(f"- {lead}“{quote}” {cites.mark(c, 1.0, span)}")
    if not lines:
        return Answer(f"{REFUSAL} Văn bản “{title}” không có đoạn nào để tóm tắt.", grounded=False, kind=kind)
    more = len(picked) - SUMMARY_POINTS
    tail = [f"(còn {more} phần nữa; hãy hỏi về từng phần)"] if more > 0 else []
    head = (f"Các ý chính của “{title}”, trích theo thứ tự trong văn bản (hoidap trích nguyên văn, không tự "
            "tóm tắt):")
    return Answer("\n".join([head, *lines, *tail]), grounded=True, citations=cites.build(), kind=kind)


def summary_needs_target(kind: str = "summary") -> Answer:
    """What to do when a summary request names no document."""
    return Answer(f"{REFUSAL} Hãy nêu văn bản cần tóm tắt, ví dụ: “Tóm tắt Kết luận 21-KL/TW”; hoidap sẽ trích "
                  "các ý chính của văn bản đó kèm nguồn.", grounded=False, kind=kind)

"""A named person's titles, as the corpus writes them after the name: "Cao Tường Huy giữ chức vụ gì?" is answered
by the sentence writing "Cao Tường Huy, Phó Chủ tịch Thường trực UBND tỉnh, …" wherever it stands, as a document's
date is by the registry. The passage is found by the name's words, which the embedder does not know ("Cao" reads
as "Cao Bằng" to it), so how near in meaning the passages found are tells nothing here."""

from __future__ import annotations

from collections.abc import Iterable

from rag.answer.citations import Citations
from rag.documents import Answer, Chunk
from rag.query.analysis import QuestionInfo
from rag.vi.names import full_names, titles_of
from rag.vi.sentences import sentence_spans


def person_asked(info: QuestionInfo) -> str:
    """The one person whose titles a question asks ("Cao Tường Huy chức vụ gì?"), "" for any other question."""
    people = full_names(info.names)
    return people[0] if info.kind == "title" and len(people) == 1 else ""


def titles_answer(name: str, chunks: Iterable[Chunk]) -> Answer | None:
    """The sentence of ``chunks`` writing the most titles after ``name``, quoted and cited; None when none does."""
    best: tuple[int, Chunk, int, int] | None = None
    for chunk in chunks:
        for start, end in sentence_spans(chunk.text):
            count = len(titles_of(name, chunk.text[start:end]))
            if count and (best is None or count > best[0]):
                best = (count, chunk, start, end)
    if best is None:
        return None
    _, chunk, start, end = best
    cites = Citations()
    mark = cites.mark(chunk, 1.0, (start, end))
    return Answer(f"“{chunk.text[start:end].strip()}” {mark}", grounded=True, citations=cites.build(), kind="title")

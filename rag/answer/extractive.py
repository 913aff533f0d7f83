"""Extractive answers: quote the sentences that answer the question, verbatim, with ``[n]`` markers.

Nothing is generated: every date and number in an answer is copied from a cited passage. When the
passages do not support the question's key terms, the answer is a plain refusal.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from rag.answer.answerability import QUESTION_FEATURES, LawRows, LawSubject, gate_row, law_of, question_features
from rag.answer.article_facts import article_answer, asked_of_article, written_by
from rag.answer.candidates import MAX_ITEMS, Candidate, Following, candidates, unit_text
from rag.answer.citations import MARKER, Citations, citation_of
from rag.answer.counting import count_lead, counted_kind, counts_list
from rag.answer.features import (
    FEATURES,
    FeatureTable,
    asked_noun,
    asks_choice,
    asks_many,
    figure_anchors,
    stated_figures,
    whole_figure,
    word_after_figure,
)
from rag.answer.scope import figure_in_scope, out_of_scope, previous_sentence, text_before_quote
from rag.answer.scorer import AnswerModel, load_model
from rag.answer.shorthand import shorthand_answer
from rag.answer.values import (
    HELD_WHEN,
    OFFICE_HOLDERS,
    VALUE_KINDS,
    asked_of,
    asks_document_number,
    asks_other_documents,
    asks_span,
    document_count,
    document_number_span,
    document_numbers_span,
    documents_name_an_event,
    has_value,
    numberless,
    office_venue,
    places_missing,
    states_document_number,
    states_when,
    told_by_office,
    undated_document,
    untitled,
    value_span,
    valueless,
    venue_asked,
)
from rag.documents import Answer, Chunk, Passage
from rag.index.lexical import LexicalIndex
from rag.query.analysis import (
    LAST_ORDINAL,
    OPTIONS,
    TAKES_EFFECT,
    QuestionInfo,
    asks_about_document,
    asks_place_in_list,
    characterised_term,
)
from rag.vi.dates import DATE, normalise_date
from rag.vi.names import TITLE_FOLDED, find_people, find_places, full_names, names_by_title, titles_of
from rag.vi.numbers import ORDINALS_FOLDED, offered_figures, years_written
from rag.vi.places import is_province
from rag.vi.refs import find_refs
from rag.vi.sentences import line_spans, sentence_spans
from rag.vi.syllables import STOPWORDS_FOLDED, syllables, word_pairs_without_function_words
from rag.vi.text import find_all, fold, folded_aligned, folded_words, unaccented

REFUSAL = "Không tìm thấy thông tin này trong kho tài liệu."
_QUOTE_MAX = 320
_UNIT_QUOTE_MAX = 700  # a statute clause is quoted whole up to this
_MANY_QUOTE_MAX = 1200  # "những quy định nào": a sentence naming them inline ("như: …; …; …") up to this


@dataclass(frozen=True)
class _Candidate:
    rank: int
    start: int
    end: int
    score: float
    support: float
    focus: tuple[int, int] | None = None
    value: str = ""


def _tokens(text: str, accented: bool) -> set[str]:
    sylls = syllables(text)
    return set(sylls) if accented else {fold(s) for s in sylls}


def _support(info: QuestionInfo, sentence: str, context: str, lexical: LexicalIndex) -> float:
    """Share of the question's key words (weighted by idf) found in the sentence (context: half)."""
    terms = info.terms if info.accented else [fold(t) for t in info.terms]
    if not terms:
        return 1.0
    in_sentence = _tokens(sentence, info.accented)
    in_context = _tokens(context, info.accented)
    total = hit = 0.0
    for term in dict.fromkeys(terms):  # in the question's order: the same float sum in every process
        weight = lexical.idf(term if info.accented else f"~{term}")
        total += weight
        hit += weight if term in in_sentence else (0.5 * weight if term in in_context else 0.0)
    return hit / total if total else 1.0


def _matching_refs(info: QuestionInfo, text: str) -> list[tuple[int, int]]:
    keys = set().union(*info.ref_groups) if info.ref_groups else set()
    return [(r.start, r.end) for r in find_refs(text) if {r.short_key, r.full_key} & keys]


# What stands between a document and its own date: "Kết luận số 01-KL/TW, ngày 18/5/2021", "… 21-KL/TW (25/10/2021)".
_OWN_DATE_GAP = re.compile(r"\s*[,(]?\s*(?:ban hành\s+)?(?:ngày\s+)?", re.IGNORECASE)


def _date_for_ref(sentence: str, ref_span: tuple[int, int]) -> re.Match[str] | None:
    """The date a sentence gives for the reference at ``ref_span``: the nearest one, no other
    reference standing between them."""
    others = [(r.start, r.end) for r in find_refs(sentence) if (r.start, r.end) != ref_span]
    best, best_gap = None, 10**9
    for m in DATE.finditer(sentence):
        lo, hi = (ref_span[1], m.start()) if m.start() >= ref_span[1] else (m.end(), ref_span[0])
        if any(lo <= s < hi for s, _ in others) or hi - lo > 120:
            continue
        if m.end() <= ref_span[0] and any(_OWN_DATE_GAP.fullmatch(sentence, e, m.start()) for _, e in others):
            continue  # "Kết luận số 01-KL/TW, ngày 18/5/2021 … thực hiện Chỉ thị số 05-CT/TW": Kết luận 01's date
        if hi - lo < best_gap:
            best, best_gap = m, hi - lo
    return best


def _clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each ";"-clause of ``text`` (a clause keeps its ";")."""
    spans, pos = [], 0
    for part in re.split(r"(?<=;)\s", text):
        spans.append((pos, pos + len(part)))
        pos += len(part) + 1
    return spans


def quote_sentence(text: str, start: int, end: int, focus: tuple[int, int] | None = None,
                   limit: int = _QUOTE_MAX) -> str:
    """The sentence verbatim, cut to the clause around ``focus`` when it is longer than ``limit``."""
    sentence = text[start:end]
    if len(sentence) <= limit:
        return sentence
    anchor = (focus[0] - start) if focus else 0
    clauses = _clause_spans(sentence)
    lo, hi = next(((s, e) for s, e in clauses if s <= anchor < e + 1), clauses[0])
    if focus and (last := next((e for s, e in clauses if s < focus[1] - start <= e + 1), hi)) - lo <= limit:
        hi = max(hi, last)  # a focus over several clauses ("03-ĐA/TU …; … 14-ĐA/TU") keeps them all
    if hi - lo > limit:
        lo = max(lo, anchor - limit // 3)
        lo = sentence.rfind(" ", 0, lo) + 1 if lo > 0 else 0
        hi = sentence.rfind(" ", lo, lo + limit) if lo + limit < hi else hi
    piece = sentence[lo:hi].strip()
    return ("…" if lo > 0 else "") + piece + ("…" if hi < len(sentence) else "")


def refuse(reason: str = "", kind: str = "other") -> Answer:
    """A plain refusal: the documents do not contain the answer."""
    return Answer(f"{REFUSAL} {reason}".strip(), grounded=False, citations=[], kind=kind)


def _in_corpus(phrase: str, lexical: LexicalIndex) -> bool:
    """Whether the whole corpus has ``phrase``: each of its syllables, and each pair of neighbours, as
    written or accent-folded (the lexical index holds both)."""
    sylls = syllables(phrase)
    if len(sylls) == 1:
        return lexical.contains(sylls[0]) or lexical.contains(f"~{fold(sylls[0])}")
    return all(lexical.contains(f"{a}_{b}") or lexical.contains(f"~{fold(a)}_{fold(b)}")
               for a, b in zip(sylls, sylls[1:]))


# "… có … không hay …?", "… chưa hay …?" (folded): a choice between what the question says and another.
_ALTERNATIVES = re.compile(r"\b(?:khong|chua)\s+hay\b")


def absent_from_corpus(info: QuestionInfo, lexical: LexicalIndex, published_years: frozenset[str] = frozenset()) -> str:
    """Why the question cannot be answered from this corpus at all, or "": a year (in no text and no document's
    publication date), a figure (not in a statement to judge, where a wrong figure is the point) or a proper name
    that no document has. Placeholder names ("Nguyễn Văn A") are not looked for, nor the names of a hypothetical
    case."""
    # A document's date to check ("Quy định 2993-QĐ/TU … tôi nhớ là ký năm 2020, có sai không?") may give a wrong
    # year: that is the point. So may a statement to judge ("… có hiệu lực từ ngày 01 tháng 7 năm 2019, đúng hay
    # sai?"); the year is held to the passages that answer it after (``_unanchored``), a statute's clause aside.
    dated_claim = (info.checks and info.kind == "date" and bool(info.ref_groups)) or info.judge
    current = _current_spans(info.text, published_years) if info.years else set()
    for year in info.years:
        if not lexical.contains(year) and year not in published_years and not dated_claim and year not in current:
            return f"Kho tài liệu không có văn bản nào nhắc đến năm {year}."
    # A fact to check may give a wrong figure: that is the point; a hypothetical case's figures are its own ("Công
    # ty X bán cho công ty Y 1.000 tấn gạo …").
    if not info.judge and not info.checks and not info.placeholders:
        def known(figure: str) -> bool:
            return all(lexical.contains(part) for part in re.findall(r"\w+", figure))
        offered = offered_figures(info.text)
        for number in info.numbers:
            # One of alternatives offered may be wrong: that is the choice.
            if not known(number) and not any(number in group and any(map(known, group)) for group in offered):
                return f"Kho tài liệu không có văn bản nào có con số {number}."
    if info.judge or info.placeholders or _ALTERNATIVES.search(fold(info.text).lower()):
        # A hypothetical case ("Anh Nguyễn Văn C sống tại Tuyên Quang …", "Công ty B ở Biên Hòa …, đúng hay
        # sai?") names places and parties as its setting: the rule that decides it need not mention them. Nor
        # need the texts name what one of two alternatives offers ("… tập trung tại Hà Nội không hay trực tuyến?").
        return ""
    for name in info.names:
        if _in_corpus(name, lexical) or name in info.asker_names:  # (where the asker lives is theirs to name)
            continue
        if info.checks and full_names([name]):
            # "… là của tác giả Phạm Thị Thanh Hương, đúng không?": a person claimed may be the wrong one, which is
            # the point (a place or a document claimed is still looked for: the texts tell nothing of it).
            continue
        # A question's first word is capitalised whatever it is ("Tin Baonghean …"): the name may start after it. A
        # paper is named by its place ("Báo Nghệ An", whose site is Baonghean.vn).
        # A province's name is whole ("Hà Tĩnh quán triệt KL21 …": not "Tĩnh").
        first, _, rest = name.partition(" ")
        province = is_province(name)
        opens = (info.text.lstrip(" \"“'(").startswith(name) and not province) or fold(first) in _MEDIA
        if opens and not rest and fold(first) not in _MEDIA:
            continue  # the first word alone: "Ong Bi thu …" is "Ông Bí thư …", typed without marks
        if not (opens and rest and _in_corpus(rest, lexical)):
            return f"Kho tài liệu không có văn bản nào nhắc đến “{name}”."
    # Spans of the folded text are the question's where folding keeps every position (almost always).
    aligned = folded_aligned(info.text)
    folded = aligned if aligned is not None else fold(info.text)
    # A title no text names ("đồng chí Phó Trưởng ban Tổ chức Trung ương … tên gì?"): its holder is told nowhere. (A
    # fact to check may claim a wrong one: that is the point.)
    # Nor may one of the titles offered to choose from be named ("… giữ chức vụ gì trong các chức vụ sau? A. …").
    if not info.checks and not OPTIONS.search(info.text):
        for m in _TITLE_NAMED.finditer(folded):
            if not _in_corpus(m.group(0), lexical) and not _OFFERED_BESIDE.search(
                    f"{folded[max(0, m.start() - 12):m.start()]}|{folded[m.end():m.end() + 12]}"):
                title = info.text[m.start():m.end()] if aligned is not None else m.group(0)
                return f"Kho tài liệu không có văn bản nào nhắc đến chức danh “{title}”."
    # Typed without accents or capitals, a place is known by its unit word ("huyen nam dan", "huyện nghi lộc").
    for m in _UNIT_AND_NAME.finditer(folded):
        if _UNITS_BEFORE.search(folded[:m.start()]):
            continue  # "các huyện, thị xã, thành phố tổng cộng …": kinds of unit, none named
        words = m.group(2).split()
        typed_lower = not info.accented or info.text[m.start(2):m.end(2)].islower()
        if typed_lower and not set(words) & _NOT_IN_NAMES and not _in_corpus(m.group(2), lexical):
            return f"Kho tài liệu không có văn bản nào nhắc đến “{info.text[m.start():m.end()]}”."
    return ""


_TITLE_NAMED = re.compile(rf"\b{TITLE_FOLDED}\b")
_OFFERED_BESIDE = re.compile(r"\b(?:hay|hoac)\s*\||\|\s*(?:\w+\s+){0,2}?(?:hay|hoac)\b")  # "… hay Phó Trưởng ban"
# "Báo …", "Đài …", "Trang …", "Cổng thông tin …"; a unit some capitalise ("Tỉnh Quảng Ninh", "Huyện Nam Đàn")
_MEDIA = frozenset({"bao", "dai", "trang", "cong", "tinh", "huyen", "xa", "quan", "phuong"})


# A span of years ("nhiệm kỳ 2020 - 2025"), its first and last year.
_YEAR_RANGE = re.compile(r"(?<!\d)((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})(?!\d)")


def _current_spans(text: str, published_years: frozenset[str]) -> set[str]:
    """The years that bound a span of ``text`` in which a document was published ("nhiệm kỳ 2020-2025" of texts
    written in 2022): that term is the one the texts call "nhiệm kỳ này", whether or not they write its years."""
    return {y for a, b in _YEAR_RANGE.findall(text)
            if any(int(a) <= int(p) <= int(b) for p in published_years) for y in (a, b)}


# A unit word and the two words after it ("huyen uy" is a body). Folded, "tinh" is also "tính" ("tinh den quy"),
# "quan" "quán", "xa" "xa", "phuong" "phương": only units no common word folds to. A name has no function word
# ("huyen da …", "huyen nao"), though "nam" may be one ("Nam Đàn").
_UNIT_AND_NAME = re.compile(r"\b(huyen|thi xa|thanh pho)\s+(?!uy\b)(\w+\s+\w+)\b")
# A unit word right after another: units of a kind listed ("các huyện, thị xã, thành phố"), not one named.
_UNITS_BEFORE = re.compile(r"\b(?:huyen|thi xa|thanh pho|tinh|xa|quan|phuong)[\s,]*$")
# ("huyện phải quán triệt …": a modal, no name)
_NOT_IN_NAMES = frozenset("nao gi do nay ay da co la cua va thi se dang duoc bi voi tai o ve trong cho de phai can nen "
                          "hay deu cung moi".split()) \
    | (STOPWORDS_FOLDED - {"nam"})  # "huyen vao ngay nao": a function word, not a name; "nam" may be one


def _called_by_title(speaker: str, answer: Answer, passages: list[Passage]) -> bool:
    """Whether a cited passage refers to ``speaker`` by a title its document gives them, standing alone ("Trưởng
    ban Tổ chức Trung ương nhấn mạnh, …" after "… Trương Thị Mai - …, Trưởng ban Tổ chức Trung ương"), not
    written after someone else's name."""
    return any(_by_title(speaker, c.text, c.doc_id, passages) for c in answer.citations)


def _by_title(speaker: str, text: str, doc_id: str, passages: list[Passage]) -> bool:
    """Whether ``text`` (of document ``doc_id``) calls ``speaker`` by a title the passages of that document give
    them, standing alone."""
    doc = "\n".join(p.chunk.text for p in passages if p.chunk.doc_id == doc_id)
    return any(names_by_title(t, text) for t in titles_of(speaker, doc))


def _holder_named(answer: Answer, passages: list[Passage], following: Following | None = None) -> Answer | None:
    """An answer to "ai …" whose first quote calls the person by a title alone ("… đồng chí Bí thư Tỉnh ủy yêu cầu
    …"), with the one person the passages of its document name with that title ("Nguyễn Xuân Ký, Ủy viên Trung ương
    Đảng, Bí thư Tỉnh ủy, …") and the sentence naming them, cited; None when no one, or several, hold it there."""
    if not answer.citations:
        return None
    first = answer.citations[0]
    quote = first.quote or first.text
    found: dict[str, tuple[str, Passage, tuple[int, int]]] = {}
    own = [p for p in passages if p.chunk.doc_id == first.doc_id]
    # (and the chunks after the earliest found: a report names its people in full once, early)
    if own and following is not None:
        earliest = min(own, key=lambda p: p.chunk.position)
        seen = {p.chunk.chunk_id for p in own}
        own += [Passage(c, earliest.score) for c in following(earliest.chunk) if c.chunk_id not in seen]
    for p in own:
        text = p.chunk.text
        for start, end in find_people(text):
            name = text[start:end]
            for title in titles_of(name, text):
                if names_by_title(title, quote) and name not in found:
                    span = next(((a, b) for a, b in sentence_spans(text) if a <= start < b), (start, end))
                    found[name] = (title, p, span)
    if len(found) != 1:
        return None
    name, (title, passage, (a, b)) = next(iter(found.items()))
    cited = {c.chunk_id: c.n for c in answer.citations}
    n = cited.get(passage.chunk.chunk_id) or len(answer.citations) + 1
    sentence = quote_sentence(passage.chunk.text, a, b, (a, b))
    citations = list(answer.citations)
    if passage.chunk.chunk_id not in cited:
        citations.append(citation_of(passage.chunk, passage.score, n, passage.chunk.text[a:b].strip()))
    told = f"{answer.answer}\n{title[:1].upper()}{title[1:]} là đồng chí {name}: “{sentence}” [{n}]"
    return replace(answer, answer=told, citations=citations)


def _authored(speaker: str, answer: Answer, passages: list[Passage], following: Following | None) -> bool:
    """Whether every cited article is written by ``speaker`` (its byline names them)."""
    docs = {c.doc_id for c in answer.citations}
    return bool(docs) and all(written_by(speaker, [p for p in passages if p.chunk.doc_id == d], following)
                              for d in docs)


def _count_of_unnamed_document(info: QuestionInfo, answer: Answer, passages: list[Passage]) -> str:
    """A count asked of a named document ("KH 77-KH/TU gồm bao nhiêu nhiệm vụ, giải pháp?") given by a report whose
    passages found never name it: the figure is another document's ("10 nhiệm vụ nêu trong Nghị quyết Đại hội
    XIII"). A statute's article is read as its law's (its number is seldom written in its own text)."""
    if info.kind != "number" or not info.ref_groups or any(c.locator for c in answer.citations):
        return ""
    cited = {c.doc_id for c in answer.citations}
    if any(_matching_refs(info, f"{p.chunk.title}\n{p.chunk.text}") for p in passages if p.chunk.doc_id in cited):
        return ""
    return f"Các đoạn văn tìm được không nói về {', '.join(info.doc_texts)}."


def _figure_sentences(answer: Answer) -> list[tuple[str, str]]:
    """Each quoted sentence giving a figure, with the sentence before it (quoted or not), and its passage's title."""
    found = []
    for c in answer.citations:
        text = f"{previous_sentence(text_before_quote(c))} {c.quote}"
        sentences = [text[a:b] for a, b in sentence_spans(text)]
        found += [(c.title, " ".join(sentences[max(0, i - 1):i + 1])) for i, sentence in enumerate(sentences)
                  if re.search(r"\d", sentence)]
    return found


def _documents_text(passages: list[Passage], docs: set[str]) -> list[str]:
    """The title and text of each passage found of ``docs`` (the cited documents), folded."""
    return [fold(p.chunk.title + "\n" + p.chunk.text) for p in passages if p.chunk.doc_id in docs]


# A role someone had at an event, asked of whoever had it (folded): "đồng chí nào điều hành …", "ai thay mặt … trình
# bày báo cáo", "địa phương nào báo cáo tham luận". Texts say these words when it happened; a sentence naming who
# attended, or who spoke, tells none of them. (Not "chủ trì", nor "trình bày" alone: askers say them of whoever led
# or presented, "phát biểu chỉ đạo", "quán triệt".)
_ROLE_ASKED = re.compile(r"\b(?:ai|(?:dong chi|d/c|nguoi|vi|dia phuong|don vi|co quan|tinh|huyen)\s+nao)\s+"
                         r"(?:(?:la|da|se|truc tiep|dung ra|duoc|len|nguoi|dung)\s+)*"
                         r"(dieu hanh|(?:bao cao\s+)?tham luan|khai mac|be mac|thay mat|chu toa|dan chuong trinh"
                         r"|trinh bay\s+bao cao)\b")


def _role_unstated(info: QuestionInfo, answer: Answer) -> str:
    """The role a question asks who had ("đồng chí nào điều hành …"), when the quote does not say it."""
    folded = folded_aligned(info.text)
    if folded is None or info.checks or not (m := _ROLE_ASKED.search(folded.lower())):
        return ""
    quoted = " ".join(fold(" ".join(c.quote or c.text for c in answer.citations)).lower().split())
    if " ".join(m.group(1).split()) in quoted:
        return ""
    return f"Các đoạn văn tìm được không nói ai {info.text[m.start(1):m.end(1)]}."


# A sentence listing who attended: "Dự hội nghị có các đồng chí: …", "Tại điểm cầu Nghệ An có các đồng chí: …".
_ATTENDANCE = re.compile(r"\W*(?:(?:tham\s+)?dự|tại|cùng dự)\b[^:;.]{0,100}?\b(?:có|còn có)\s+(?:các\s+)?"
                         r"(?:đồng chí|vị|đại biểu)\b", re.IGNORECASE)


def _unanchored(info: QuestionInfo, answer: Answer, passages: list[Passage],
                following: Following | None = None) -> str:
    """What the question is about that no cited passage mentions: a speaker whose words are asked ("Ông X
    phát biểu gì"; an article's author speaks in every sentence of it), or a year or quarter it asks about ("Năm
    2030 … bao nhiêu") — an answer about another person, year or quarter is no answer. A news report's year is its
    publication's: "Chiều 30/9, …" in a report published on 30/09/2021 happened in 2021."""
    published = {p.chunk.chunk_id: p.chunk.published for p in passages}
    cited = [fold(c.title + "\n" + c.text + "\n" + published.get(c.chunk_id, "")) for c in answer.citations]
    docs = {c.doc_id for c in answer.citations}
    statute = any(c.locator for c in answer.citations)  # the answer quotes a statute's clauses
    if not info.judge:  # a choice ("10 hay 15 đảng viên?") is decided by a quote stating one of what it offers
        quoted = fold(" ".join(c.quote or c.text for c in answer.citations))
        for group in offered_figures(info.text):
            if not any(_states_number(quoted, n) for n in group):
                return f"Các đoạn văn tìm được không nêu con số nào trong {' và '.join(sorted(group))}."
    # (A hypothetical case's party, "ông A yêu cầu …", is no speaker a statute quotes; but a report quotes only
    # real people, so "Ông Nguyễn Văn A phát biểu gì …?" asked of one is a speaker no text has.)
    for speaker in (s for s in info.speakers if not (statute and s in info.placeholders)):
        if not any(fold(speaker) in text for text in cited) and not _called_by_title(speaker, answer, passages) \
                and not _authored(speaker, answer, passages, following):
            return f"Các đoạn văn tìm được không ghi lời của “{speaker}”."
        # A list of who attended ("Dự hội nghị có các đồng chí: …") tells nothing they said or did there.
        naming = [c.quote or c.text for c in answer.citations if fold(speaker) in fold(c.quote or c.text)]
        if naming and all(_ATTENDANCE.match(quote) for quote in naming) \
                and not _authored(speaker, answer, passages, following):
            return f"Các đoạn văn tìm được chỉ ghi “{speaker}” có dự, không ghi lời hay việc làm của người này."
    if info.checks and not statute:
        # "Có đúng là Nghệ An đã kết nạp hơn 5.000 đảng viên mới …?": a report on another province decides nothing
        # of it, however alike its figure. (Its passages found and its title say which places it is about.)
        about = " ".join(f"{p.chunk.title} {p.chunk.text}" for p in passages if p.chunk.doc_id in docs)
        if missing := places_missing(info.text, about):
            return f"Các đoạn văn tìm được không nói về {', '.join(missing)}."
        # A figure claimed of a district or a commune ("Tại điểm cầu huyện Đầm Hà có 320 đại biểu dự"): the
        # province's ("hơn 15.500 đại biểu" over all its points) decides nothing of it. The place stands beside the
        # figure that decides, or heads its report.
        local = [name for unit, name in find_places(info.text) if unit != "tỉnh"]
        figured = [fold(f"{title}\n{near}") for title, near in _figure_sentences(answer)]
        if local and stated_figures(info) and figured \
                and not any(all(fold(name) in text for name in local) for text in figured):
            return f"Các đoạn văn tìm được không cho con số ở {', '.join(local)}."
    news = not info.judge and not statute  # a statute's dates are no events
    # The quote, the sentence before it and the title: what a figure or an event stands beside.
    near = [f"{c.title}\n{previous_sentence(text_before_quote(c))}\n{c.quote}" for c in answer.citations] \
        if news else []
    # A year's figure ("Năm 2025 … kết nạp bao nhiêu") is stated beside its year: near the quote or in the report's
    # date, not anywhere in a passage ("nhiệm kỳ 2022 - 2025" a paragraph before a running total "từ đầu nhiệm kỳ
    # đến nay").
    # A term's or period's end ("nhiệm kỳ 2022 - 2025") is no figure of that year, unless the question asks of
    # a period too ("nhiệm kỳ 2021 2026", "giai đoạn 2021-2025").
    near_year = cited
    if news and info.kind == "number":
        near_year = [fold(f"{text}\n{published.get(c.chunk_id, '')}") for text, c in zip(near, answer.citations)]
        if len(set(info.years)) < 2:
            near_year = [_YEAR_RANGE.sub(" ", text) for text in near_year]
    # A year in a statement to judge against a law ("… có hiệu lực từ ngày 01 tháng 7 năm 2019, đúng hay sai?") is
    # what is judged: the clause that decides it may well give another.
    judged = info.judge and statute
    # A span the cited reports were published in ("nhiệm kỳ 2020-2025") is the one they call "nhiệm kỳ này".
    current = _current_spans(info.text, frozenset(
        y for c in answer.citations for y in years_written(published.get(c.chunk_id, "")))) if info.years else set()
    for year in () if judged else info.years:
        if year not in current and not any(year in text for text in near_year):
            return f"Các đoạn văn tìm được không nói về năm {year}."
    # A number naming the event whose date is asked ("Hội nghị Trung ương 4 … ngày nào", "Đoàn giám sát số 3"): a
    # quote without it, in digits or words, nearby is about another event.
    # A Roman numeral names it as well ("Hội nghị Trung ương 4 khóa XIII": not one of "khóa XI, XII").
    romans = [m.group(0) for m in _ROMAN_NUMERAL.finditer(info.text)
              if not _QUARTER_BEFORE.search(info.text, 0, m.start()) and not _document_term(info, m.start())]
    if news and info.kind == "date":
        # The kind of conference asked ("Hội nghị tổng kết công tác xây dựng Đảng năm 2021 … ngày nào"): a date told of
        # another ("Chiều 30/9, … tổ chức Hội nghị giao ban trực tuyến quý III") is no answer, however alike the rest.
        asked = fold(info.text).lower()
        for m in _EVENT_KIND.finditer(asked):
            if not any(m.group(1) in fold(text).lower() for text in near):
                return f"Các đoạn văn tìm được không nói về “{info.text[m.start():m.end()]}”."
    if news and info.kind == "date" and (info.numbers or romans):
        # Near the quote: a chunk also names other events ("Chiều 30/9, … giao ban quý III" in a report that
        # mentions "Hội nghị Trung ương 4").
        for number in info.numbers:
            # A count describing the event ("hội nghị … có 237 điểm cầu ấy") may be told anywhere in its report.
            where = _documents_text(passages, docs) if _COUNTED.search(info.text.replace(number, "\0", 1)) else near
            if not any(_states_number(fold(text), number) for text in where):
                return f"Các đoạn văn tìm được không nói về “{_number_context(info.text, number)}”."
        for roman in romans:
            if not any(re.search(rf"(?<!\w){roman}(?!\w)", text) for text in near):
                return f"Các đoạn văn tìm được không nói về “{_number_context(info.text, roman)}”."
    # A quarter's figure or event ("trong quý II/2021 … bao nhiêu", "giao ban quý II … ngày nào"): another
    # quarter's is no answer. A figure "in" a quarter stands with it in its passage; an event's quarter, or the
    # quarter a running total is "up to" ("đến quý III … bao nhiêu", reported as "đến nay"), anywhere in the
    # cited document (the passage quoting who spoke at "hội nghị giao ban quý III" need not repeat it).
    # A fact to check claims its quarter after "là" ("Hội nghị … chiều 30/9 là giao ban quý II, phải không?"): that
    # quarter is what is checked, not the event asked about.
    claimed = _CLAIMED.search(info.text) if info.checks else None
    asked = _quarters(info.text[:claimed.start()] if claimed else info.text) if news or info.kind == "number" else []
    if not asked:
        return ""
    in_docs = _documents_text(passages, docs)
    up_to = set(_quarters(" ".join(m.group(0) for m in _UP_TO_QUARTER.finditer(fold(info.text)))))
    for quarter in dict.fromkeys(asked):
        head, named = _quarter_head(info.text, quarter)
        # "cuối bài giao ban quý III, … bao nhiêu đột phá": a quarter naming an event the document names the same way
        # is the document's, not the figure's period.
        names_event = bool(head) and any(head in _words_before_quarter(text, quarter) for text in in_docs)
        whole_doc = info.kind != "number" or quarter in up_to or names_event
        where = in_docs if whole_doc else cited
        # A total "up to" a quarter is told by a report of that quarter: one that names it only for the tasks ahead
        # ("giao ban quý III, triển khai nhiệm vụ quý IV") reports its own quarter's "đến nay".
        named_in = _reported_quarters if info.kind == "number" and quarter in up_to else _quarters
        if not any(quarter in named_in(text) for text in where):
            return f"Các đoạn văn tìm được không nói về quý {_ROMAN[quarter]}."
        # The event the quarter names ("giao ban quý IV"): a document that has the quarter only for something
        # else ("giao ban quý III, triển khai nhiệm vụ quý IV") does not tell of it.
        if head and whole_doc and not any(head in _words_before_quarter(text, quarter) for text in where):
            return f"Các đoạn văn tìm được không nói về “{named}”."
    return ""


_CLAIMED = re.compile(r"\s(?:là|la)\s(?!.*\s(?:là|la)\s)")  # the last "là" of a claim: what it predicates
_QUARTER_HEAD_WINDOW = 4  # words before "quý …" that may stand between it and what it names ("giao ban trực tuyến")


_PURPOSE = frozenset({"để", "nhằm", "nham"})  # "de" is also "đề" ("đề án") typed without accents


def _in_purpose(before: list[str]) -> bool:
    """Whether the words ``before`` a place in a question end inside a purpose clause ("tổ chức hội nghị giao ban
    để đánh giá công tác"): one opened by "để" or "nhằm" after the clause's last comma."""
    for word in reversed(before):
        if word.lower().strip("“”\"'(") in _PURPOSE:
            return True
        if word.endswith((",", ";", ":")):
            return False
    return False


_UP_TO_WORDS = frozenset({"den", "het", "toi", "cuoi", "dau", "giua", "sau", "truoc"})
_EVENT_NOUNS = frozenset({"giao ban", "hoi nghi", "so ket", "tong ket"})  # folded
_BODY_ENDS = frozenset({"chuc", "uong", "uy", "tw", "tu"})  # folded ends of "Ban Tổ chức", "Trung ương", "Tỉnh ủy"


def _quarter_head(question: str, quarter: int) -> tuple[str, str]:
    """The word a question's quarter names ("giao ban quý IV": "ban", folded) and the words naming it as the
    question writes them ("giao ban quý IV"); ("", "") when a function word ("trong quý IV") or nothing
    stands before it."""
    written = question.split()
    words = [fold(w) for w in written]
    for i, w in enumerate(words[1:], 1):
        # ("quý 4", "quý IV/2021", "quý III,": its numeral, in figures or Roman)
        numeral = words[i + 1].split("/")[0].strip(",.?") if i + 1 < len(words) else ""
        if w == "quy" and numeral and _quarters(f"quy {numeral}") == [quarter]:
            before = re.sub(r"\W", "", words[i - 1])
            # ("đến hết quý III": up to it, a period's end, which names no event; "giao ban quý 4" typed without
            # accents names one, though "ban" alone folds to a function word, "bạn")
            compound = i >= 2 and " ".join((re.sub(r"\W", "", words[i - 2]), before)) in _EVENT_NOUNS
            if (before in STOPWORDS_FOLDED and not compound) or before in _UP_TO_WORDS or not before.isalpha():
                return "", ""
            if _in_purpose(written[:i]):
                return "", ""  # "… để đánh giá công tác quý III": the period the event looks at, not its name
            if before in _BODY_ENDS:
                return "", ""  # "giao ban tổ chức quý 3", "Ban Tổ chức Trung ương quý III": a body's name, no event's
            return before, " ".join(written[max(0, i - 2):i + 2]).strip(",.?")
    return "", ""


def _words_before_quarter(text: str, quarter: int) -> set[str]:
    """The words standing just before each mention of ``quarter`` in ``text`` (folded)."""
    folded = fold(text)
    out: set[str] = set()
    for m in _QUARTER.finditer(folded):
        if _quarters(m.group(0)) == [quarter]:
            out.update(re.findall(r"\w+", folded[:m.start()])[-_QUARTER_HEAD_WINDOW:])
    return out


_UP_TO_QUARTER = re.compile(r"\bden(?:\s+het)?\s+quy\s+(?:iv|i{1,3}|[1-4])\b")


_NUMBER_NAMES = {n: {w for w, v in ORDINALS_FOLDED.items() if v == n} for n in set(ORDINALS_FOLDED.values())}


# The number asked of (marked "\0") counting what follows it ("có 237 điểm cầu", "với hơn 15.500 đại biểu"): a
# figure, not a name's number ("Hội nghị Trung ương 4 khóa XIII", "Đoàn số 3").
_COUNTED = re.compile(r"\b(?:có|với|gồm|hơn|trên|gần|khoảng|tới|đến|đạt|co|voi|gom|hon|tren|gan|khoang|toi|den|dat)"
                      r"\s+\0\s+(?-i:[^\W\d_A-ZĐ])", re.IGNORECASE)


def _states_number(folded: str, number: str) -> bool:
    """Whether the folded text has ``number`` as a number of its own, or spelled ("4": "tư", "bốn")."""
    words = "|".join(sorted(_NUMBER_NAMES.get(int(number), ()) if number.isdigit() else ()))
    spelled = rf"|\b(?:{words})\b" if words else ""
    return bool(re.search(rf"(?<![\d.,/]){re.escape(number)}(?![\d/]|[.,]\d){spelled}", folded.lower()))


def _number_context(question: str, number: str) -> str:
    """The number with the two words before it ("Trung ương 4"), as the question writes them."""
    m = re.search(rf"(?:\S+\s+){{0,2}}{re.escape(number)}\b", question)
    return m.group(0) if m else number


_QUARTER = re.compile(r"\bquy\s+(iv|i{1,3}|[1-4])\b")
_ROMAN_NUMERAL = re.compile(r"(?<![\w/-])(?=[IVXL]{2,}(?![\w/-]))X{0,3}(?:IX|IV|V?I{0,3})(?![\w/-])")
_QUARTER_BEFORE = re.compile(r"(?i)\bqu[ýy]\s*$")  # quarters are compared by number above
# A conference named by its kind (folded): "hội nghị tổng kết", "hội nghị giao ban trực tuyến", "hội nghị học tập".
_EVENT_KIND = re.compile(r"\bhoi nghi\s+(?:[a-z]+\s+){0,2}?"
                         r"(tong ket|so ket|giao ban|quan triet|hoc tap|chuyen de|toan quoc)\b")
# What a document named is told with, up to its issuer's term: " ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng
# khóa " (no comma or clause between).
_DOCUMENT_TOLD_TERM = re.compile(r"[^,;:?!()]{0,100}\bkh(?:óa|oá|oa)\s+", re.IGNORECASE)


def _document_term(info: QuestionInfo, at: int) -> bool:
    """Whether the Roman numeral at ``at`` is the term of a document's issuer the question names ("Kết luận số
    21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII"): the document's, not the event's."""
    return any(_DOCUMENT_TOLD_TERM.fullmatch(info.text, start + len(ref), at)
               for ref in info.ref_texts for start in find_all(info.text, ref) if start + len(ref) <= at)
_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


# Words saying a quarter is ahead (folded): "triển khai nhiệm vụ quý IV", "phương hướng quý IV", "kế hoạch quý 4".
_AHEAD = re.compile(r"\b(?:trien khai|phuong huong|ke hoach|nhiem vu)\s+$")


def _reported_quarters(text: str) -> list[int]:
    """The quarters ``text`` names as done or under way, not as the tasks ahead ("triển khai nhiệm vụ quý IV")."""
    folded = fold(text).lower()
    return [q for m in _QUARTER.finditer(folded) for q in _quarters(m.group(0))
            if not (_AHEAD.search(folded, 0, m.start()) and not _REPORTED_BEFORE.search(folded, 0, m.start()))]


# "kết quả thực hiện nhiệm vụ quý III": the tasks of a quarter reported on.
_REPORTED_BEFORE = re.compile(r"\b(?:ket qua|so ket|tong ket|danh gia)(?:\s+\w+){0,3}\s+$")


def _quarters(text: str) -> list[int]:
    """The quarters ``text`` names, as numbers ("quý III", "quý 3": 3)."""
    return [int(q) if q.isdigit() else {"i": 1, "ii": 2, "iii": 3, "iv": 4}[q]
            for q in _QUARTER.findall(fold(text).lower())]


def _list_item_answer(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex, model: AnswerModel,
                      scored: list[tuple[float, Candidate]], gating: Gating) -> Answer | None:
    """"Giải pháp thứ năm …": of the items with the asked ordinal, the one whose unit the scorer ranks best
    (``scored``: the passages' candidates, best first), when the gate answers the question."""
    # "Hội nghị thứ hai trong 3 hội nghị …": a list written inline whose intro names what is counted is that list,
    # before any list whose items are labelled ("Thứ hai, …" of a report's solutions).
    noun = _item_noun(info.text)
    if noun and (named := _inline_item_answer(info, passages, lexical, model, scored, gating, noun)):
        return named
    items = [c for _, c in scored if passages[c.rank].chunk.ordinal == info.ordinal]  # best first
    # "… được nêu tại hội nghị Quảng Ninh, điểm thứ hai là gì?": the items of a report on another place are not it.
    items = [c for c in items if not places_missing(info.text, _title_and_text(passages[c.rank].chunk))
             and _may_count(noun, passages[c.rank].chunk)]
    if not items:  # a list written inline, of what the question counts when it says so
        return _inline_item_answer(info, passages, lexical, model, scored, gating, _own_words(noun))
    if not answerable(info, passages, lexical, model, scored[0][0], gating):
        return None
    passage = passages[items[0].rank]
    cites = Citations()
    text = passage.chunk.text
    spans = sentence_spans(text)[:3]
    start = _item_span(text)[0] if spans else 0
    spans = [(max(s, start), e) for s, e in spans]
    # "… quy định về luân chuyển cán bộ nhắc trong giải pháp thứ tư là quy định số mấy?": a long sentence of the item
    # is cut around the document asked, not at its start.
    focus, many = None, asks_many(info.text)
    if asks_document_number(info) and not many \
            and (numbered := document_number_span(info, text[start:])):  # ("những văn bản nào": the sentence whole)
        focus = (start + numbered[0], start + numbered[1])
    # "… nêu những quy chế, quy định nào … ở giải pháp thứ sáu": a sentence of the item naming them inline is cut
    # later, as a unit asked for several things is (``quote_unit``).
    limit = _MANY_QUOTE_MAX if many else _QUOTE_MAX
    quote = " ".join(quote_sentence(text, s, e, focus if focus and s <= focus[0] < e else None, limit)
                     for s, e in spans)
    label = passage.chunk.item_label or f"Ý {info.ordinal}"
    # The item's own words open with its label ("Thứ năm, …") more often than not: it is not said twice.
    lead = "" if fold(quote).startswith(fold(label).rstrip(".):")) else f"{label}: "
    answer = f"{lead}“{quote}” {cites.mark_passage(passage, (spans[0][0], spans[-1][1]))}"
    return Answer(answer, grounded=True, citations=cites.build(), kind="list")


# "… triển khai 3 hội nghị, đó là:", "4 điểm đáng chú ý:": a count of what the colon opens.
_COUNT_BEFORE_COLON = re.compile(r"(?<![\d.,])(\d{1,2})\s+[^\W\d_][^:;,.\d]{0,40}?"
                                 r"(?:,\s*(?:đó là|gồm|bao gồm|là))?\s*$")
_COMMA_OR_AND = re.compile(r",\s*|\s+và\s+")


def _counted_items(intro: str, listed: str, offset: int) -> list[tuple[int, int]]:
    """The items of a list written inline with commas and a last "và" ("3 hội nghị, đó là: A, B và C."): only
    when the intro counts them and the parts are that many (a comma may stand inside an item otherwise)."""
    count = _COUNT_BEFORE_COLON.search(intro)
    if not count:
        return []
    body = listed.rstrip().rstrip(".")
    cuts = [0, *(x for m in _COMMA_OR_AND.finditer(body) for x in (m.start(), m.end())), len(body)]
    spans = [(offset + a, offset + b) for a, b in zip(cuts[::2], cuts[1::2]) if body[a:b].strip()]
    return spans if len(spans) == int(count.group(1)) else []


def _title_and_text(chunk: Chunk) -> str:
    return f"{chunk.title}\n{chunk.text}"


# A list written inline: "… những nhiệm vụ, giải pháp chủ yếu, đó là: A; B; C; …".
_INLINE_LIST = re.compile(r":\s*")
_INLINE_ITEMS = 3  # fewer parts after the colon are no list to count in


# The noun an item asked by position is of ("hội nghị thứ hai", "điểm thứ hai"), folded: one or two words ("Bí
# thư" is a title, not "bí" of a list).
# ("điểm đầu tiên", "ý cuối cùng" too: a position said without "thứ")
# ("hạn chế được nêu đầu tiên": the words saying where it stands are no noun)
_ITEM_NOUN = re.compile(r"(?:(\w+)\s+)?(\w+)(?:\s+(?:duoc|neu|nhac|nhac den|de cap|ke|ghi|liet ke)\b)*"
                        r"\s+(?:(?<!\bbi )thu\s+\w+|dau tien|cuoi cung|sau cung)\b")
# What any list's items may be called, whatever its intro calls them: "nội dung thứ ba" of a list of tasks, "giải
# pháp thứ hai" where the report lists "nhiệm vụ", "ý thứ hai", "vị trí thứ ba", "khoản cuối cùng".
_ANY_LIST_WORDS = frozenset({"y", "muc", "diem", "khoan", "noi", "dung", "van", "de", "phan", "vi", "tri", "viec",
                             "nhiem", "vu", "giai", "phap", "bien", "trong", "tam", "chu", "yeu", "cong", "tac"})


def _item_noun(question: str) -> str:
    """What the asked item is one of ("hội nghị" of "hội nghị thứ hai …"), folded; "" when it is not said. The last
    position named is the one asked."""
    found = list(_ITEM_NOUN.finditer(fold(question).lower()))
    if not found:
        return ""
    first, second = found[-1].groups()
    if second in STOPWORDS_FOLDED:
        return ""
    return second if first is None or first in STOPWORDS_FOLDED else f"{first} {second}"


def _may_count(noun: str, chunk: Chunk) -> bool:
    """Whether a labelled item may be of the list the question counts: "đột phá thứ ba" is not the third of a
    report's tasks and solutions, whose intro and item never say "đột phá"; words any list's items go by do not
    tell lists apart."""
    own = _own_words(noun).split()
    if not own:
        return True
    said = set(fold(f"{chunk.title} {chunk.heading} {chunk.text}").lower().split())
    return any(w in said for w in own)


def _own_words(noun: str) -> str:
    """``noun`` when it tells one list from another ("đột phá", "hội nghị"); "" for what any list's items go by."""
    return noun if any(w not in _ANY_LIST_WORDS for w in noun.split()) else ""


def _inline_item_answer(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex, model: AnswerModel,
                        scored: list[tuple[float, Candidate]], gating: Gating, noun: str = "") -> Answer | None:
    """"Giải pháp thứ ba …" where no item is labelled: the asked part of the best-scored sentence listing its items
    inline after a colon, separated by ";" (its last part for "cuối cùng"), when the gate answers the question.
    With ``noun``, only a list whose intro names it ("… 3 hội nghị, đó là:")."""
    for _, c in scored:
        text = passages[c.rank].chunk.text
        m = _INLINE_LIST.search(text, c.start, c.end)
        if not m:
            continue
        if places_missing(info.text, _title_and_text(passages[c.rank].chunk)):
            continue  # "nhiem vu thu ba Cao Bang …": not a list of Quảng Ninh's report, as for labelled items
        if noun and not re.search(rf"\b{noun}\b", fold(text[c.start:m.start()]).lower()):
            continue
        listed = text[m.end():c.end]
        bounds = [(m.end() + a, m.end() + a + len(listed[a:b].rstrip(";. "))) for a, b in _clause_spans(listed)]
        if len(bounds) < _INLINE_ITEMS:
            bounds = _counted_items(text[c.start:m.start()], listed, m.end())
        if len(bounds) < 2 or info.ordinal > len(bounds):
            continue
        if not answerable(info, passages, lexical, model, scored[0][0], gating, ordinal_found=True):
            return None
        s, e = bounds[-1] if info.ordinal == LAST_ORDINAL else bounds[info.ordinal - 1]
        cites = Citations()
        return Answer(f"“{text[s:e]}” {cites.mark_passage(passages[c.rank], (s, e))}", grounded=True,
                      citations=cites.build(), kind="list")
    return None


def _date_answer(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex) -> Answer | None:
    """Dates stated for the named document, voted across passages; disagreement is shown. "Có hiệu lực từ ngày
    nào?" takes only a date said of taking effect."""
    effect = bool(TAKES_EFFECT.search(fold(info.text)))
    votes: dict[str, list[_Candidate]] = {}
    for rank, p in enumerate(passages):
        text = p.chunk.text
        for s, e in sentence_spans(text):
            sentence = text[s:e]
            if effect and not TAKES_EFFECT.search(fold(sentence)):
                continue  # a document's date is not when it takes effect
            for ref_span in _matching_refs(info, sentence):
                m = _date_for_ref(sentence, ref_span)
                if not m:
                    continue
                support = _support(info, sentence, p.chunk.indexed, lexical)
                votes.setdefault(normalise_date(m), []).append(
                    _Candidate(rank, s, e, support - 0.01 * rank, support, (s + m.start(), s + m.end()), m.group(0)))
    if not votes:
        return None
    ranked = sorted(votes.items(), key=lambda kv: (-len({c.rank for c in kv[1]}), min(c.rank for c in kv[1])))
    value, cands = ranked[0]
    cites = Citations()
    best = max(cands, key=lambda c: c.score)
    others = sorted({c.rank for c in cands} - {best.rank})[:2]
    first = {c.rank: c for c in reversed(cands)}  # each passage's first sentence giving the value
    lines = [f"{value} {cites.mark_passage(passages[best.rank], (best.start, best.end))}"
             + "".join(cites.mark_passage(passages[r], (first[r].start, first[r].end)) for r in others),
             f"“{quote_sentence(passages[best.rank].chunk.text, best.start, best.end, best.focus)}” "
             f"{cites.mark_passage(passages[best.rank])}"]
    for other_value, other_cands in ranked[1:2]:
        c = max(other_cands, key=lambda c: c.score)
        mark = cites.mark_passage(passages[c.rank], (c.start, c.end))
        lines.append(f"Lưu ý: một nguồn khác ghi ngày {other_value} {mark}: "
                     f"“{quote_sentence(passages[c.rank].chunk.text, c.start, c.end, c.focus)}”")
    return Answer("\n".join(lines), grounded=True, citations=cites.build(), kind="date")


# "những ai", "những lãnh đạo chủ chốt nào", "các đồng chí nào", the South's "mấy vị lãnh đạo … nào" (folded):
# several people asked for, not several titles of one ("ai … giữ những chức vụ gì").
_MANY_PEOPLE = re.compile(r"\bnhung ai\b|\b(?:nhung|cac|may)\s+(?:lanh dao|dong chi|nguoi|can bo|dai bieu|vi)"
                          r"(?:\s+\w+){0,5}?\s+nao\b"
                          # ("Kể tên đồng chí đã quán triệt …": one comrade, named)
                          r"|\b(?:liet ke|ke ten|ke ra|danh sach)\s+"
                          r"(?:(?:cac|nhung)\s+(?:lanh dao|dong chi|can bo|dai bieu)"
                          r"|lanh dao|can bo|dai bieu)"
                          # ("3 lãnh đạo tỉnh được nêu tên dự là ai?": counted)
                          r"|\b(?:[2-9]|hai|bon)\s+(?:lanh dao|dong chi|nguoi|can bo|vi)\b")


def _action_pairs(info: QuestionInfo) -> set[tuple[str, str]]:
    """What the several people a question asks for did, as the folded pairs of content words after the ask
    ("những lãnh đạo nào trực tiếp quán triệt các văn bản?": ("quan", "triet"), …); none for another question."""
    folded = fold(info.text).lower()
    m = _MANY_PEOPLE.search(folded)
    return word_pairs_without_function_words(folded[m.end():]) if m else set()


def _names_several(unit: str) -> bool:
    """Whether ``unit`` names several people, by name or by their office ("các đồng chí Thường trực Huyện ủy, …")."""
    return len(list(find_people(unit))) > 1 or bool(OFFICE_HOLDERS.search(unit))


def candidate_rows(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex,
                   following: Following | None = None) -> tuple[list[Candidate], list[list[float]]]:
    """The candidates that may answer and their feature rows: what the scorer is fitted on and scores."""
    cands = candidates(passages, following)
    asked = asked_of(info)
    numbered = asks_document_number(info)
    if (info.kind in VALUE_KINDS or numbered) and not info.judge:
        # "bao nhiêu", "ngày nào", "ai", "số hiệu": what is asked must be there
        units = [(c, unit_text(passages, c)) for c in cands]
        if numbered:  # "kế hoạch số mấy", "có số hiệu là gì": a plan named by number
            stating = [(c, unit) for c, unit in units if states_document_number(info, unit)]
            if stating and asks_many(info.text):  # "những văn bản nào": the units naming several, if any
                counts = [document_count(info, unit) for _, unit in stating]
                stating = [cu for cu, n in zip(stating, counts) if n >= min(2, max(counts))]
        else:
            stating = [(c, unit) for c, unit in units if has_value(info.kind, unit, asked)]
            # Who was at a venue may be told by their office, not by name.
            venue = office_venue(info)
            stating += [(c, unit) for c, unit in units if (c, unit) not in stating and told_by_office(unit, venue)]
            # ("lần thứ mấy" is answered by which time an event is held, no figure of a thing counted)
            if info.kind == "number" and not asked.nth:  # of those, the figures of what is counted, by the action
                # and body asked
                stating = [(c, unit) for c, unit in stating if passages[c.rank].chunk.article
                           or figure_in_scope(info.text, unit, passages[c.rank].chunk.text[:c.start],
                                              known=partial(_in_corpus, lexical=lexical))] or stating
            elif info.kind == "person":  # "Bí thư Tỉnh ủy Cao Bằng là ai?": a holder in a passage about that place
                about = {c.rank: f"{passages[c.rank].chunk.title} {passages[c.rank].chunk.text}" for c, _ in stating}
                stating = [(c, unit) for c, unit in stating if not places_missing(info.text, about[c.rank])] or stating
                if _MANY_PEOPLE.search(fold(info.text)):  # "những lãnh đạo nào dự …": a unit naming several
                    # …doing what is asked: a list of those at a meeting names none who presented there ("những
                    # lãnh đạo nào trực tiếp quán triệt …"); those who did, each in a sentence of their own, are
                    # then gathered (``_scored_answer``).
                    acted = _action_pairs(info)
                    doing = [(c, unit) for c, unit in stating if acted & word_pairs_without_function_words(unit)]
                    several = [(c, unit) for c, unit in stating if _names_several(unit)]
                    stating = [cu for cu in doing if cu in several] or doing or several or stating
        if info.kind in ("person", "date") and not numbered and not (stating and _asks_day(info)):
            # A statute answers "ai" with a role ("Thẩm phán", "cá nhân, tổ chức") and "khi nào" with a condition:
            # its units compete whether they state a name or date or not (the scorer's has_value feature tells them
            # apart), so a title another article happens to name ("chủ tịch Công đoàn") does not rule out the
            # article that answers. (A figure asked, "bao lâu", is still stated by the units that answer, and so is
            # a calendar day, "từ ngày nào", when a unit gives one: "kể từ ngày Luật này có hiệu lực" gives none.)
            kept = {id(c) for c, _ in stating}
            stating = [(c, unit) for c, unit in units if id(c) in kept or passages[c.rank].chunk.article]
        elif info.kind == "number" and not numbered and (head := counted_kind(info.text)):
            # "Có bao nhiêu hệ thống …?", "… có mấy hình thức kỷ luật?": a statute's whole list of what is counted,
            # named as the question names it, states the count by its items; a figure elsewhere ("khoản 1") does not.
            stating = [(c, unit) for c, unit in units if counts_list(passages, c, head)] or stating
        # "Trong giải pháp thứ tư, nghị quyết nào …?": what is asked inside an item is stated in that item.
        stating = [(c, unit) for c, unit in stating
                   if info.ordinal and passages[c.rank].chunk.ordinal == info.ordinal] or stating
        # "Ai quán triệt Kết luận 14-KL/TW …?": of the units stating a value, those naming the document asked
        # about, when any does (a name beside another document is about that one).
        naming = [] if documents_name_an_event(info) else [(c, unit) for c, unit in stating
                                                           if _matching_refs(info, unit)]
        # …when any passage states such a value at all. A statute answers "ai" with a role ("Thẩm phán"),
        # "khi nào" with a condition and "bao nhiêu" with a list: then every unit competes, and the scorer's
        # has_value feature still tells them apart.
        cands = [c for c, _ in naming or stating] or cands
    elif info.kind in ("issuer", "subject") and info.ref_groups and not info.judge:
        cands = _about_named_document(info, passages, cands)
    elif asks_place_in_list(info):  # "… là giải pháp thứ mấy?": a list item's own sentence, which bears its label
        labels = [c for c in cands if passages[c.rank].chunk.ordinal and c.index == 0]
        # "KL 14-KL/TW nằm ở giải pháp thứ mấy?": of the items, those naming the document asked about, if any does
        # (the label sentence need not; the item's later sentences do).
        placed = _only_document_placed(info)
        naming = [c for c in labels if placed and _matching_refs(info, passages[c.rank].chunk.text)]
        cands = naming or labels or cands
    elif term := characterised_term(info):  # "“xây” được xác định là …": a unit saying "xây là …", if any does
        said = re.compile(rf"\b{re.escape(term)}\s+la\b")
        cands = [c for c in cands if said.search(fold(unit_text(passages, c)))] or cands
    # The best document is the best one that can answer: passages without the value asked are not compared.
    top = passages[cands[0].rank].chunk.doc_id if cands else ""
    stated = partial(has_value, asked=asked)
    return cands, FeatureTable(info, passages, lexical, has_value=stated, top_doc=top).rows(cands)


# What a question asking where something stands in a list says beside it ("… được nêu ở giải pháp thứ mấy"), folded.
_PLACING_WORDS = frozenset({"giai", "phap", "nhiem", "vu", "bien", "muc", "diem", "noi", "dung", "yeu", "cau", "nhac",
                            "neu", "nam", "de", "cap", "duoc", "xep", "vi", "tri", "thuoc"})


def _only_document_placed(info: QuestionInfo) -> bool:
    """Whether the item asked about is a document alone ("KL 14-KL/TW nằm ở giải pháp thứ mấy?"), not an item
    described in words that names a document as context ("Rà soát … nội dung KL 21 là giải pháp thứ mấy?")."""
    return bool(info.ref_groups) and all(fold(t) in _PLACING_WORDS for t in info.other_terms)


def _about_named_document(info: QuestionInfo, passages: list[Passage], cands: list[Candidate]) -> list[Candidate]:
    """"Nghị quyết số 68/NQ-HĐND … do cơ quan nào ban hành?", "Quy định 205-QĐ/TW … đề cập nội dung gì?": the
    units of the document itself (its title names it), and elsewhere the units that name it, whose mention
    carries its issuer and subject ("… số 68/NQ-HĐND ngày 9/12/2021 của HĐND tỉnh"); all units when none does."""
    own = {rank for rank, p in enumerate(passages) if _matching_refs(info, p.chunk.title)}
    return [c for c in cands if c.rank in own or _matching_refs(info, unit_text(passages, c))] or cands


def scored_candidates(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex,
                      model: AnswerModel, following: Following | None = None) -> list[tuple[float, Candidate]]:
    """Every candidate unit of the passages with the scorer's probability that it answers, best first."""
    if model.features != FEATURES or any(set(g.features) - set(QUESTION_FEATURES) for g in model.gates):
        raise ValueError(f"The answer model ({model.version}) was fitted on other features than this code computes; "
                         "refit it with `make fit-answerer`.")
    cands, rows = candidate_rows(info, passages, lexical, following)
    scored = [(model.probability(row), c) for row, c in zip(rows, cands)]
    return sorted(scored, key=lambda pc: (-pc[0], pc[1].rank, pc[1].start))


def _focus(info: QuestionInfo, unit: str) -> tuple[int, int] | None:
    """What a long unit is cut around: the person, number, date or document number asked for, else the document
    named."""
    if asks_document_number(info) and (numbered := (document_numbers_span if asks_many(info.text)
                                                     else document_number_span)(info, unit)):
        return numbered
    feature = value_span(info.kind, unit, asked_of(info))
    if info.kind in VALUE_KINDS and feature and feature != (0, 0):
        return feature
    if info.kind not in VALUE_KINDS and (clause := _closest_clause(info, unit)):
        return clause
    refs = _matching_refs(info, unit)
    return refs[0] if refs else None


def _closest_clause(info: QuestionInfo, unit: str) -> tuple[int, int] | None:
    """Of a sentence's ";"-clauses, the one sharing the most of the question's words ("… nhằm mục đích gì?" of a
    long sentence whose aim is stated in its second clause); None when that is the first."""
    asked = set(syllables(fold(info.text))) - STOPWORDS_FOLDED
    spans = _clause_spans(unit)
    if len(spans) < 2:
        return None
    shared = [len(asked & set(syllables(fold(unit[a:b])))) for a, b in spans]
    # Of clauses sharing as many, the one naming the document asked about ("Đề án số 14-ĐA/TU … có nội dung gì"
    # is the clause of 14-ĐA/TU, not the one of 06-ĐA/TU beside it), then the first.
    refs = _matching_refs(info, unit)
    naming = [any(a <= r < b for r, _ in refs) for a, b in spans]
    best = max(range(len(spans)), key=lambda i: (shared[i], naming[i], -i))
    return spans[best] if best != 0 else None


def quote_unit(text: str, c: Candidate, focus: tuple[int, int] | None = None, many: bool = False) -> str:
    """A candidate quoted whole: a clause keeps its number, a list intro its items (then "…"); for a question
    asking for several things (``many``), a long sentence listing them inline is cut later."""
    if c.items:
        return "\n".join([text[c.start:c.end].strip(), *(chunk.text for chunk in c.tail)]) + \
            ("\n…" if c.more_items else "")
    return quote_sentence(text, c.start, c.end, focus, limit=_MANY_QUOTE_MAX if many else _UNIT_QUOTE_MAX)


_BULLET_LEAD = re.compile(r"[-–•+*]\s+")


def _item_span(text: str) -> tuple[int, int]:
    """A list item's opening sentence, without its bullet ("- Thứ nhất, …" -> "Thứ nhất, …")."""
    spans = sentence_spans(text)
    start, end = spans[0] if spans else (0, len(text))
    if m := _BULLET_LEAD.match(text, start):
        start = m.end()
    return start, end


_ITEM_LINE = re.compile(r"(?m)^(?:[a-zđ]\)|\d{1,3}[.)])\s")


def _item_spans(text: str) -> list[tuple[int, int]]:
    """The items of an item chunk: each item line's opening sentence when it holds several ("a) …\nb) …", a
    long clause's points stored together), else its own opening sentence."""
    starts = [m.start() for m in _ITEM_LINE.finditer(text)]
    if len(starts) < 2:
        return [_item_span(text)]
    spans = []
    for start, nxt in zip(starts, [*starts[1:], len(text)]):
        s, e = _item_span(text[start:nxt])
        spans.append((start + s, start + e))
    return spans


# What asks for a calendar day, not a time or a condition ("khi nào", "trường hợp nào"), folded.
_ASKS_DAY = re.compile(r"\bngay (?:thang (?:nam )?)?(?:nao|bao nhieu|may)\b")


def _asks_day(info: QuestionInfo) -> bool:
    """Whether a date question asks for a calendar day ("… có hiệu lực từ ngày nào?")."""
    return info.kind == "date" and bool(_ASKS_DAY.search(fold(info.text).lower()))


@dataclass(frozen=True)
class Gating:
    """What the gate reads beside the passages: the embedder that gave their cosines (unnamed: not read), the
    rows of a statute chunk's law (``Snapshot.law_rows``; none: the corpus stands for every law) and its law's
    subject (``Snapshot.law_subject``; none: not looked for)."""

    embedder: str = ""
    law_rows: LawRows | None = None
    law_subject: LawSubject | None = None


def answerable(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex, model: AnswerModel,
               best_prob: float, gating: Gating = Gating(), ordinal_found: bool = False) -> bool:
    """Whether the gate answers the question, given its best candidate's probability. Cosines are read only
    from the embedder the gate was fitted on, and only when retrieval gave any (a BM25-only baseline has none).
    ``ordinal_found``: the item asked by position was found where no chunk is labelled (a list written inline)."""
    features = question_features(info, passages, lexical, gating.law_rows, gating.law_subject)
    # A question typed without accents that none could be restored to is far from every passage by the embedder
    # (its cosine is not read, ``question_features``): the gate fitted without cosines decides it.
    cosines = any(p.dense > 0 for p in passages) and features["accented"] > 0
    gate = model.gate(gating.embedder if cosines else "")
    if ordinal_found:
        features["ordinal_found"] = 1.0
    row = gate_row(best_prob, features, gate.features)
    statute = bool(passages) and law_of(passages[0].chunk, gating.law_rows) >= 0
    return gate.probability(row) >= gate.threshold_for(statute)


# A statute chunk's article (``Snapshot.article_of``): its clauses are what a choice stem's options are drawn
# from, or the list a question asking for several things wants, when no sentence announces them as a list.
Article = Callable[[Chunk], list[Chunk]]


@dataclass(frozen=True)
class _ClauseGroup:
    chunks: list[Chunk]  # the article's opening words (when it has any), then its clauses
    more: bool  # the article has more clauses than are quoted


def _clause_group(chunk: Chunk, article: Article | None) -> _ClauseGroup | None:
    """The article whose numbered clause ``chunk`` is: its opening words, then every clause (at most
    ``MAX_ITEMS``), when it has several clauses and ``chunk``'s is among those quoted; otherwise None."""
    if article is None or not chunk.clause or chunk.point:
        return None
    chunks = article(chunk)
    clauses = [c for c in chunks if c.clause and not c.point]
    if len(clauses) < 2 or chunk.chunk_id not in {c.chunk_id for c in clauses[:MAX_ITEMS]}:
        return None
    return _ClauseGroup([c for c in chunks if not c.clause][:1] + clauses[:MAX_ITEMS], len(clauses) > MAX_ITEMS)


def _same_place(a: Chunk, b: Chunk) -> bool:
    """Two chunks of one document and, in a statute, of one article."""
    return a.doc_id == b.doc_id and a.article == b.article


def _part_of(unit: Candidate, listed: Candidate, passages: list[Passage]) -> bool:
    """``unit`` is ``listed`` itself or one of its items (in its span, or a chunk it carries)."""
    if unit.rank == listed.rank and listed.start <= unit.start and unit.end <= listed.end:
        return True
    return any(t.chunk_id == passages[unit.rank].chunk.chunk_id for t in listed.tail)


_CHECKED_AMONG = 3  # the scorer's first units a figure of the same thing is looked for in
_COUNTED_AFTER = re.compile(r"\s*([^\W\d_]+)\s+([^\W\d_]+)")  # the two words after a figure: what it counts


def _put_first(first: list[tuple[float, Candidate]],
               scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """``first``, then the rest of ``scored`` in its order (``scored`` itself when ``first`` is empty)."""
    return first + [pc for pc in scored if pc not in first] if first else scored


def _checked_first(info: QuestionInfo, passages: list[Passage],
                   scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """A fact to check that states a figure ("… hơn 25.500 đại biểu tham dự, đúng không?") is decided by a unit
    giving that very figure, else by one of the scorer's first few giving a figure of the same thing ("hơn 15.500
    đại biểu"): those come first, best first."""
    if not info.checks:
        return scored
    figures = stated_figures(info)
    exact = [re.compile(whole_figure(f)) for f in figures]
    same_thing = figure_anchors(info)
    # A figure is checked as the "how many" question it answers: "cấp ủy các cấp đã thi hành kỷ luật 166 đảng
    # viên" is not decided by the 166 of another body ("Ủy ban Kiểm tra … thi hành kỷ luật 166 đảng viên").
    asked = [re.sub(whole_figure(f), "bao nhiêu", info.text, count=1) for f in figures]

    def unit(c: Candidate) -> str:
        return fold(passages[c.rank].chunk.text[c.start:c.end]).lower()

    def in_scope(c: Candidate) -> bool:
        text = passages[c.rank].chunk.text
        return any(figure_in_scope(q, text[c.start:c.end], text[:c.start]) for q in asked)

    asker = fold(info.text).lower()
    # the word after each figure in the question: what it counts ("hơn 1 năm"), none when a quote closes on it
    counted = [word_after_figure(asker, f, letters=True) for f in figures]

    def of_the_thing(c: Candidate) -> bool:  # the figure counts what the question names: "trên 95% cán bộ, đảng
        # viên" checks no "tỷ lệ tổ chức cơ sở đảng …, bản thảo ghi “trên 95%”"
        text = unit(c)
        for a, thing in zip(exact, counted):
            for m in a.finditer(text):
                after = _COUNTED_AFTER.match(text, m.end())
                if after is None or (after.group(1) == thing if thing
                                     else f"{after.group(1)} {after.group(2)}" in asker):
                    return True
        return False

    first = [(p, c) for p, c in scored if any(a.search(unit(c)) for a in exact) and in_scope(c) and of_the_thing(c)]
    first = first or [(p, c) for p, c in scored[:_CHECKED_AMONG] if any(a.search(unit(c)) for a in same_thing)]
    return _put_first(first, scored)


# The figure said to be what is checked (folded): "con số này đúng chưa?", "số liệu đó có chính xác không?".
_FIGURE_CHECKED = re.compile(r"\b(?:con so|so lieu|chi so)\b")


def _figure_unchecked(info: QuestionInfo, answer: Answer) -> str:
    """Why the answer to a fact to check or a statement to judge that states a figure ("… “có tổng mức đầu tư hơn
    14.000 tỷ đồng” — con số này đúng chưa?") states no figure at all: a sentence naming the project decides nothing
    ("" when it states one, from a statute, or for other questions)."""
    if not (info.checks or info.judge) or any(c.locator for c in answer.citations):
        return ""
    asker = fold(info.text).lower()
    # the figure said to be checked, or one of a thing counted ("… kỷ luật 12 đảng viên …, đúng không?"; not "1
    # trong những tỉnh …")
    figures = stated_figures(info)
    counted = [f for f in figures
               if (word := word_after_figure(asker, f, letters=True)) and word not in STOPWORDS_FOLDED]
    if not counted and not (figures and _FIGURE_CHECKED.search(asker)):
        return ""
    # A figure the question states as its setting ("sau hơn 1 năm thực hiện …, … kỷ luật 12 đảng viên") is no figure
    # of what is checked, though the quote repeats it.
    said = MARKER.sub(" ", answer.answer)
    for figure in figures if counted else ():
        if figure not in counted:
            said = re.sub(whole_figure(figure), " ", said)
    stated = has_value("number", said)
    return "" if stated else "Các đoạn văn tìm được không nêu con số này."


def _checked_when_first(info: QuestionInfo, passages: list[Passage],
                        scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """A fact to check about news that says when something happened ("Hội nghị … tổ chức buổi chiều phải không?",
    "… diễn ra ngày 16/1 đúng không?") is decided by the sentence saying when it did: of the scorer's units, those
    stating an event's date or time of day come first, in the scorer's order (the one dating the event asked about
    may rank below the first few: it shares no word with a wrong time of day)."""
    if not info.checks or not scored or passages[scored[0][1].rank].chunk.article or not states_when(info.text):
        return scored
    return _put_first([(p, c) for p, c in scored if states_when(unit_text(passages, c))], scored)


# A figure with what it measures, as statutes write it: "05 năm", "30 ngày", "18 tuổi", "3 lần", "50%".
_MEASURED = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)?\s*(ngày|tháng|năm|giờ|tuổi|lần|%|phần trăm)(?!\w)", re.IGNORECASE)


def _judged_value_first(info: QuestionInfo, passages: list[Passage],
                        scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """A statement to judge against a law that states a date or a measured figure ("… có hiệu lực từ ngày 01
    tháng 7 năm 2019", "… lưu hồ sơ tối thiểu 05 năm") is decided by a clause stating one of that kind, whatever
    its value: of the scorer's first few statute units, those come first (the clause sharing most words may be
    the exception beside it)."""
    if not info.judge or not scored or not passages[scored[0][1].rank].chunk.article:
        return scored
    if has_value("date", info.text):
        def states(unit: str) -> bool:
            return has_value("date", unit)
    elif measures := {m.group(1).lower() for m in _MEASURED.finditer(info.text)}:
        def states(unit: str) -> bool:
            return any(m.group(1).lower() in measures for m in _MEASURED.finditer(unit))
    else:
        return scored
    return _put_first([(p, c) for p, c in scored[:_CHECKED_AMONG]
                       if passages[c.rank].chunk.article and states(unit_text(passages, c))], scored)


# "ai dự ở điểm cầu Nghệ An" (folded): a conference's venue, which each sentence of its report names for its own.
_AT_VENUE = ("person", "title", "number", "list")  # who or how many were there, not when


def _venue_first(info: QuestionInfo, passages: list[Passage],
                 scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """Of the scorer's first few units, those naming the venue the question asks of ("… ai dự ở điểm cầu Nghệ An?":
    "Tại điểm cầu Nghệ An có các đồng chí …", not the sentence on the central venue) come first. A fact to check
    ("X dự ở điểm cầu Nghệ An đúng không?") is decided by what is said of X, wherever; an event's date by its
    report's sentence that dates it ("… giao ban quý III, có điểm cầu Nghệ An, … ngày nào?")."""
    venue = venue_asked(info)
    if info.kind not in _AT_VENUE or info.checks or info.judge or not venue:
        return scored
    return _put_first([(p, c) for p, c in scored[:_CHECKED_AMONG] if venue in fold(unit_text(passages, c)).lower()],
                      scored)


# "… điểm cầu huyện nào?", "tỉnh nào …?", "có nhắc huyện cụ thể nào không, huyện gì?" (folded): a place asked for by
# its unit, which an answer names ("huyện Đầm Hà"); not "… tỉnh nào cũng …".
_UNIT_ASKED = re.compile(r"\b(tinh|huyen|xa|thi xa|thanh pho|phuong)(?:\s+cu the)?\s+(?:nao|gi)\b(?!\s+cung\b)")
_UNIT_AMONG = 8  # the scorer's first units a named place is looked for in


def _unit_named_first(info: QuestionInfo, passages: list[Passage],
                      scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """Of the scorer's first few units, those naming a place of the unit the question asks for ("… điểm cầu huyện
    nào?": "Dự tại điểm cầu huyện Đầm Hà …", not "… 237 điểm cầu từ tỉnh đến các huyện …") come first."""
    m = _UNIT_ASKED.search(fold(info.text).lower())
    if info.kind not in ("other", "list", "subject") or not m:
        return scored
    named = re.compile(rf"\b{m.group(1)}\s+(?-i:[A-ZĐ])", re.IGNORECASE)
    return _put_first([(p, c) for p, c in scored[:_UNIT_AMONG]
                       if named.search(unaccented(unit_text(passages, c)))], scored)


def _years_first(info: QuestionInfo, passages: list[Passage],
                 scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """Of the scorer's first few units, those whose passage has every year a question about news asks of ("Mục tiêu
    của Nghệ An đến năm 2030?"), in its title, text or the report's date, come first: an answer from a passage
    without its year is about another year, and is refused for it (``_unanchored``)."""
    # An event's date or figure is held to its year beside the quote or in its report's date, which the order of
    # the units found does not decide.
    if not info.years or info.kind in ("date", "number") or any(passages[c.rank].chunk.article
                                                                 for _, c in scored[:1]):
        return scored
    years = [re.compile(rf"(?<!\d){y}(?!\d)") for y in dict.fromkeys(info.years)]

    def dated(c: Candidate) -> bool:
        chunk = passages[c.rank].chunk
        return all(y.search(f"{chunk.title}\n{chunk.text}\n{chunk.published}") for y in years)

    return _put_first([(p, c) for p, c in scored[:_CHECKED_AMONG] if dated(c)], scored)


# "… có làm thường xuyên không", "… đã tổ chức trực tuyến chưa" (folded): what a yes/no question asks holds, its
# last words before the asking particle and the words that only lead to it ("… đã thường xuyên rồi được không").
_ASKED_WHETHER = re.compile(r"\b(?:co|da|duoc)\s+((?:\w+\s+){0,5}?\w+\s+\w+)(?:\s+(?:roi|duoc|dung|phai))*"
                            r"\s+(?:khong|ko|k|hok|hong|chua)\W*$")


def _predicate_first(info: QuestionInfo, passages: list[Passage],
                     scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """Of the scorer's first few units, those stating what a yes/no question asks holds ("… quán triệt … có làm
    thường xuyên không": "… chưa thường xuyên") come first: a unit without it (a demand to keep studying the same
    document) decides nothing. Not for a statute's clause: a law states what it allows or forbids in its own
    words, and the question's last words are as often where it applies ("có cấm … trong cơ sở giáo dục không")."""
    m = _ASKED_WHETHER.search(fold(info.text).lower())
    if not m or (scored and passages[scored[0][1].rank].chunk.article):
        return scored
    last_two = " ".join(m.group(1).split()[-2:])
    return _put_first([(p, c) for p, c in scored[:_CHECKED_AMONG]
                       if last_two in folded_words(unit_text(passages, c))], scored)


# What a question says its answer is, then asks which ("“chống” là nhiệm vụ mang tính chất gì", folded): the
# thing, "là", and the kind of thing it is (one to three words, none a question word).
_FRAME_ASKED = re.compile(r"(?<!\w)(?!(?:ai|gi|nao|dau|sao)\b)(\w+)[\"”’']?\s+la\s+((?:(?!(?:gi|nao|ai)\b)\w+\s+){0,2}?"
                          r"(?!(?:gi|nao|ai|nhung|cac|mot)\b)\w+)\s+(?:mang tinh chat|co tinh chat|nhu the nao|"
                          r"the nao|ra sao|gi|nao)\b")
_FRAME_AMONG = 10  # the scorer's first units a unit stating the frame asked is looked for in


def _frame_first(info: QuestionInfo, passages: list[Passage],
                 scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """Of the scorer's first units, those that say of the thing asked what the question says it is ("Kết hợp … giữa
    xây và chống; xây là nhiệm vụ cơ bản, …, chống là nhiệm vụ quan trọng, …" for "“chống” là nhiệm vụ mang tính chất
    gì?") come first: they go on with what is asked. Not for a statute's clause, whose wording the law fixes."""
    m = _FRAME_ASKED.search(fold(info.text).lower())
    if not m or (scored and passages[scored[0][1].rank].chunk.article):
        return scored
    frame = f"{m.group(1)} la {m.group(2)}"
    return _put_first([(p, c) for p, c in scored[:_FRAME_AMONG]
                       if re.search(rf"\b{frame}\b", folded_words(unit_text(passages, c)))], scored)


# A purpose asked (folded): "nhằm mục đích gì", "để làm gì", "mục đích … là gì"; one stated, accented: "để giám sát",
# "nhằm nâng cao" ("để" folded is also "đề").
_PURPOSE_ASKED = re.compile(r"\b(?:nham|de)\s+(?:muc dich|lam)\s+gi\b|\bmuc dich\b[^?]*\b(?:la\s+)?(?:gi|nao)\b")
_PURPOSE_STATED = re.compile(r"\b(?:để|nhằm)\s+(?!cho\b|nghị\b)[^\W\d]+", re.IGNORECASE)


def _purpose_first(info: QuestionInfo, passages: list[Passage],
                   scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """Of the scorer's first few units, those stating a purpose ("… làm việc với Ban Thường vụ Huyện ủy … để giám sát
    việc …") come first for a question asking one ("Buổi làm việc … nhằm mục đích gì?"): a unit on the same event that
    states none (what was said there) is no answer to why it was held."""
    if not _PURPOSE_ASKED.search(fold(info.text).lower()):
        return scored
    return _put_first([(p, c) for p, c in scored[:_CHECKED_AMONG]
                       if _PURPOSE_STATED.search(unit_text(passages, c))], scored)


# Reported speech opened by its speaker (folded): "Theo đồng chí Trương Thị Mai, …", "… Trương Thị Mai nhấn mạnh: …".
_TOLD_BY = (r"(?:\btheo\s+(?:(?:dong chi|ong|ba)\s+)?{name}\s*,"
            r"|\b{name}\s+(?:nhan manh|cho biet|de nghi|yeu cau|khang dinh)\s*:)")


def _still_told_by(speaker: str, before: str) -> bool:
    """Whether the text of a passage before a unit opens ``speaker``'s reported speech ("Theo đồng chí Trương Thị Mai,
    từ nay đến cuối năm, … . Một nhiệm vụ hết sức quan trọng đó là …") and names nobody else after it."""
    opened = [m.end() for m in re.finditer(_TOLD_BY.format(name=re.escape(fold(speaker))), fold(before), re.IGNORECASE)]
    return bool(opened) and not any(s >= opened[-1] for s, _ in find_people(before))


def _spoken_first(info: QuestionInfo, passages: list[Passage], scored: list[tuple[float, Candidate]],
                  following: Following | None = None) -> list[tuple[float, Candidate]]:
    """What a speaker said ("Ông X yêu cầu các cấp ủy phải làm gì …?") is the unit of theirs, among the scorer's first
    few, that shares most of what the question asks besides their name: one naming them for something else
    ("đồng chí X … đã quán triệt …") shares the name alone, one calling them by a title ("đồng chí Bí thư Tỉnh ủy
    yêu cầu ngay sau hội nghị …") the rest. It comes first when the scorer's first is not theirs or shares less.
    Every unit of an article whose byline names them is theirs (``following``: the rest of its document)."""
    if not info.speakers or not scored:
        return scored
    names = {w for speaker in info.speakers for w in syllables(fold(speaker))}
    asked = set(syllables(fold(info.text))) - names - STOPWORDS_FOLDED
    authors: dict[tuple[str, str], bool] = {}

    def authored(speaker: str, doc_id: str) -> bool:  # "Trong bài, ông ấy nói …": the author's article
        if (speaker, doc_id) not in authors:
            authors[speaker, doc_id] = written_by(speaker, [p for p in passages if p.chunk.doc_id == doc_id],
                                                  following)
        return authors[speaker, doc_id]

    def theirs(c: Candidate) -> bool:
        unit = unit_text(passages, c)
        doc_id = passages[c.rank].chunk.doc_id
        return any(fold(speaker) in fold(unit) or _by_title(speaker, unit, doc_id, passages)
                   or _still_told_by(speaker, passages[c.rank].chunk.text[:c.start]) or authored(speaker, doc_id)
                   for speaker in info.speakers)

    def shared(c: Candidate) -> int:
        return len(asked & set(syllables(fold(unit_text(passages, c)))))

    own = [pc for pc in scored[:_CHECKED_AMONG] if theirs(pc[1])]
    if not own:
        return scored
    best = max(own, key=lambda pc: shared(pc[1]))  # the scorer's order on a tie
    first = scored[0]
    if best is first or (first in own and shared(best[1]) <= shared(first[1])):
        return scored
    return _put_first([best], scored)


def _doc_type(key: str) -> str:
    """The type letters of a reference key: "da" of "8-da/tu" and "da-8", "nd" of "30/2020/nd-cp"."""
    m = re.search(r"[^\W\d_]+", key)
    return m.group() if m else ""


def _asked_document_first(info: QuestionInfo, passages: list[Passage],
                          scored: list[tuple[float, Candidate]]) -> list[tuple[float, Candidate]]:
    """When the scorer's best unit names another document of the type the question names but not the one it names
    ("Đề án số 10-ĐA/TU … giai đoạn 2022 - 2026" for "Đề án số 08-ĐA/TU … giai đoạn nào?"), it is about that other
    document: of the first few, those naming the asked one come first. For a fact to check, another document of any
    type is another's."""
    if not info.ref_groups or not scored:
        return scored
    types = {_doc_type(k) for k in set().union(*info.ref_groups)}
    best = unit_text(passages, scored[0][1])
    # A fact to check about what was done with a document ("người quán triệt Kết luận 14-KL/TW là ông X phải
    # không?") is not decided by what X did with another of any type ("… quán triệt … Nghị quyết số 08-NQ/TW").
    others = [r for r in find_refs(best) if info.checks or _doc_type(r.short_key) in types]
    if _matching_refs(info, best) or not others:
        return scored
    return _put_first([(p, c) for p, c in scored[:_CHECKED_AMONG] if _matching_refs(info, unit_text(passages, c))],
                      scored)


def _group_answer(passage: Passage, group: _ClauseGroup, kind: str) -> Answer:
    """An article's opening words and clauses, each line quoted whole (up to the unit limit, then cut), each
    with its citation: a clause often says what is asked in its second sentence."""
    cites = Citations()
    parts = []
    for chunk in group.chunks:
        for s, e in line_spans(chunk.text):
            quote = quote_sentence(chunk.text, s, e, limit=_UNIT_QUOTE_MAX)
            parts.append(f"- “{quote}” {cites.mark(chunk, passage.score, (s, e))}")
    if group.more:
        parts.append("…")
    return Answer("\n".join(parts), grounded=True, citations=cites.build(), kind=kind)


def _lists_what_is_asked(info: QuestionInfo, passages: list[Passage], c: Candidate) -> bool:
    """Whether a list unit may answer a question asking for several things in place of its best unit: a list laid
    out as lines, or one written inline ("… một số hạn chế: Việc …; Việc …") whose intro names what is asked
    ("những hạn chế nào"; not "những văn bản nào")."""
    head = passages[c.rank].chunk.text[c.start:c.end].split("\n", 1)[0]
    if head.rstrip().endswith(":"):
        return True
    intro = folded_words(head.split(":", 1)[0])
    asked = asked_noun(info.text)
    return not asked or re.search(rf"\b{asked}\b", intro) is not None


def _scored_answer(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex, model: AnswerModel,
                   scored: list[tuple[float, Candidate]], gating: Gating = Gating(),
                   article: Article | None = None, gate_prob: float | None = None) -> Answer | None:
    """The best-scoring unit (``scored``: the passages' candidates, best first), when the gate answers the
    question (reading ``gate_prob``, the best unit's probability, when ``scored`` was reordered); the next unit of
    the same passage joins it when it reaches the candidate threshold too (an answer often runs over two
    sentences)."""
    best_prob = gate_prob if gate_prob is not None else (scored[0][0] if scored else 0.0)
    if not scored or not answerable(info, passages, lexical, model, best_prob, gating):
        return None
    best = scored[0][1]
    # "gồm những … nào": a list that passes answers whole, before any one of its parts. "Điều nào sau đây …": the
    # options are not in the question; they are drawn from a list of the best unit's document. Without a list
    # sentence, both get every clause of the best clause's article (a statement to judge keeps its clause).
    chunk = passages[best.rank].chunk
    many, choice = asks_many(info.text), asks_choice(info.text)
    # "Điểm cầu huyện Đầm Hà có những ai dự?": a best unit naming several people is that list already.
    if many and info.kind == "person":
        many = not _names_several(unit_text(passages, best))
    if many or choice:
        # In a statute, "những … nào" takes a list only over one of its own items: a better clause elsewhere in
        # the article brings the article's clauses instead.
        listed = next((c for p, c in scored if p >= model.threshold and c.items > 0
                       and (_part_of(best, c, passages) if many and chunk.article
                            else _same_place(passages[c.rank].chunk, chunk))
                       and _lists_what_is_asked(info, passages, c)), None)
        if listed is not None:
            best = listed
        elif (choice or not info.judge) and (group := _clause_group(chunk, article)):
            return _group_answer(passages[best.rank], group, info.kind)
    chosen = [best]
    if many and info.kind == "person" and (acted := _action_pairs(info)):
        # "Những đồng chí nào quán triệt …?" told one by one ("đồng chí X … quán triệt …", "… nghe đồng chí Y quán
        # triệt …"): each other person of the best unit's document said to do it joins, in the text's order.
        chosen += _others_doing(passages, best, [c for _, c in scored[1:]], acted)
    follow = next((c for p, c in scored[1:] if p >= model.threshold and c.rank == best.rank
                   and c.index == best.index + 1 and c.start >= best.end), None)
    if follow is not None and info.kind in ("subject", "other"):
        chosen.append(follow)
    cites = Citations()
    parts = []
    if info.kind == "number" and len(chosen) == 1 and counts_list(passages, best, counted_kind(info.text)) \
            and not has_value(info.kind, unit_text(passages, best), asked_of(info)):
        parts.append(count_lead(best))  # the list states no figure: its items are the count
    for c in chosen:
        text = passages[c.rank].chunk.text
        if c.tail:  # a list whose items are chunks of their own: the intro, then each item with its citation
            parts.append(f"“{text[c.start:c.end].strip()}” {cites.mark_passage(passages[c.rank], (c.start, c.end))}")
            for chunk in c.tail:
                for s, e in _item_spans(chunk.text):
                    item = quote_sentence(chunk.text, s, e)
                    parts.append(f"- “{item}” {cites.mark(chunk, passages[c.rank].score, (s, e))}")
            if c.more_items:
                parts.append("…")
            continue
        focus = _focus(info, text[c.start:c.end])
        focus = (c.start + focus[0], c.start + focus[1]) if focus else None
        marks = cites.mark_passage(passages[c.rank], (c.start, c.end))
        parts.append(f"“{quote_unit(text, c, focus, many)}” {marks}")
    return Answer("\n".join(parts), grounded=True, citations=cites.build(), kind=info.kind)


_MANY_DOERS = 5  # the people told one by one an answer gathers at most


def _others_doing(passages: list[Passage], best: Candidate, rest: list[Candidate],
                  acted: set[tuple[str, str]]) -> list[Candidate]:
    """The units of ``rest`` from ``best``'s document that name someone ``best`` does not, doing what ``acted``
    says (a list of those present does no more than attend), in the document's order."""
    doc = passages[best.rank].chunk.doc_id
    named = {fold(n) for n in _people_in(unit_text(passages, best))}
    found: list[Candidate] = []
    for c in rest:
        unit = unit_text(passages, c)
        people = {fold(n) for n in _people_in(unit)} - named
        if passages[c.rank].chunk.doc_id != doc or not people or not acted & word_pairs_without_function_words(unit) \
                or _ATTENDANCE.match(unit):
            continue
        named |= people
        found.append(c)
        if len(found) + 1 >= _MANY_DOERS:
            break
    return sorted(found, key=lambda c: (passages[c.rank].chunk.position, c.start))


def _people_in(unit: str) -> list[str]:
    """The people ``unit`` names."""
    return [unit[a:b] for a, b in find_people(unit)]


# What a question about an article says beside the article itself ("Điều 38 Luật Cư trú quy định gì?").
_ARTICLE_QUESTION_WORDS = frozenset("quy dinh noi dung gi nhu the nao ra sao gom nhung ve cu trinh bay neu "
                                    "dieu khoan diem luat".split())
_ARTICLE_PASSAGES = 3


def _asks_whole_article(info: QuestionInfo) -> bool:
    """The question asks what an article says, nothing more specific about it."""
    return all(fold(t) in _ARTICLE_QUESTION_WORDS for t in info.other_terms)


def _article_answer(info: QuestionInfo, passages: list[Passage], located: dict[str, int]) -> Answer | None:
    """"Điều 38 Luật Cư trú quy định gì?": the article's own text, the asked clause or point first."""
    if not _asks_whole_article(info):
        return None
    found = sorted((located[p.chunk.chunk_id], rank) for rank, p in enumerate(passages)
                   if p.chunk.chunk_id in located)[:_ARTICLE_PASSAGES]
    if not found:
        return None
    cites = Citations()
    lines = []
    points = [a.point for a in info.articles if a.point]
    for _, rank in found:
        chunk = passages[rank].chunk
        span = _article_span(chunk.text, points[0] if points else "")
        if span is None:
            continue
        quote = chunk.text[span[0]:span[1]].strip()
        where = f"{chunk.title}, {chunk.locator}" if chunk.locator else chunk.title
        lines.append(f"{where}: “{quote}” {cites.mark_passage(passages[rank], span)}")
    if not lines:
        return None
    return Answer("\n".join(lines), grounded=True, citations=cites.build(), kind=info.kind)


def _article_span(text: str, point: str) -> tuple[int, int] | None:
    """The part of an article's chunk that answers for it: the asked point's line when the chunk holds it,
    else the chunk's opening unit (its first sentences, a clause with its points), cut at a line end."""
    if point and (m := re.search(rf"(?m)^{re.escape(point)}\)\s.*$", text)):
        return m.span()
    spans = sentence_spans(text)
    if not spans:
        return None
    end = spans[min(1, len(spans) - 1)][1]
    if "\n" in text and len(text) <= _UNIT_QUOTE_MAX * 3:  # a clause with its points: quoted whole
        end = len(text)
    return spans[0][0], end


def _multi_answer(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex, model: AnswerModel,
                  scored: list[tuple[float, Candidate]], gating: Gating) -> Answer | None:
    """"Những tỉnh nào …": one line per document that answers, with its best unit (by the scorer, over all the
    passages). When the question names a document ("… triển khai Kết luận 21"), a document answers with a
    unit that names it, and when it names a person ("Những bài nào nhắc đến Tổng Bí thư Nguyễn Phú Trọng?"), with
    a unit that names them; otherwise when the gate, reading only that document's passages, would answer."""
    chosen: list[tuple[Candidate, Passage, list[tuple[int, int]]]] = []
    seen: set[str] = set()
    people = [fold(n) for n in full_names(info.names)]
    for prob, c in scored:  # best first
        p = passages[c.rank]
        if p.chunk.doc_id in seen:
            continue
        unit = p.chunk.text[c.start:c.end]
        refs = _matching_refs(info, unit)
        if info.ref_groups and not refs:
            continue
        if people and not any(person in fold(unit) for person in people):
            continue
        seen.add(p.chunk.doc_id)
        own = [q for q in passages if q.chunk.doc_id == p.chunk.doc_id]
        # "… gắn KL 21 với KL 01": a document answers when its passages name every document asked about.
        named = set().union(*(q.chunk.refs for q in own))
        if info.ref_groups and not all(group & named for group in info.ref_groups):
            continue
        if info.ref_groups or people or answerable(info, own, lexical, model, prob, gating):
            chosen.append((c, p, refs))
    chosen.sort(key=lambda cpr: cpr[0].rank)  # in the order retrieval found the documents
    if len(chosen) < 2:
        return None
    cites = Citations()
    lines = []
    for c, p, refs in chosen:
        focus = (c.start + refs[0][0], c.start + refs[0][1]) if refs else None
        lines.append(f"- {p.chunk.title}: “{quote_sentence(p.chunk.text, c.start, c.end, focus)}” "
                     f"{cites.mark_passage(p, (c.start, c.end))}")
    return Answer(f"{len(lines)} tài liệu trả lời:\n" + "\n".join(lines), grounded=True,
                  citations=cites.build(), kind="multi")


# "ngày ban hành", "ban hành ngày nào", "ký ngày nào" (folded): a document's issue date asked ("diễn ra ngày nào" is an
# event's, whatever document the event carried out).
_ISSUE_DATE = re.compile(r"\b(?:ban hanh|ky ngay|ngay ky)\b")


def _asks_issue_date_of_named(info: QuestionInfo) -> bool:
    """Whether the question asks the issue date of the document it names, whatever else it says (not the date of
    another document it asks for: "Đoàn còn giám sát kế hoạch nào của Tỉnh ủy, ban hành ngày nào? (KL 21)")."""
    if not info.ref_groups or not _ISSUE_DATE.search(fold(info.text).lower()):
        return False
    return not asks_other_documents(info, _doc_type(min(info.ref_groups[0])))


def answer_from_passages(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex,
                         model: AnswerModel | None = None, following: Following | None = None,
                         located: list[str] | None = None, embedder: str = "",
                         article: Article | None = None, law_rows: LawRows | None = None,
                         published_years: frozenset[str] = frozenset(),
                         law_subject: LawSubject | None = None) -> Answer:
    """Pick and quote the sentences that answer ``info``, or refuse.

    ``located`` lists the chunk ids of the articles the question names ("khoản 2 Điều 38 Luật Cư trú"), the
    asked clause and point first: their text answers a question about the article. ``embedder`` names the
    embedder that gave the passages' cosines (unnamed: they are not read). ``article`` gives a statute chunk's
    article (``Snapshot.article_of``), ``law_rows`` the rows of the law a statute chunk is from
    (``Snapshot.law_rows``), ``published_years`` the years the documents were published in
    (``Snapshot.published_years``), ``law_subject`` the subject of that law (``Snapshot.law_subject``)."""
    if not passages:
        return refuse("Kho tài liệu đang trống hoặc không có đoạn nào liên quan.", info.kind)
    reason = absent_from_corpus(info, lexical, published_years)
    if reason:
        return refuse(reason, info.kind)
    in_article = {cid: n for n, cid in enumerate(located or [])}
    answer = _article_answer(info, passages, in_article) if in_article else None
    if answer:
        return answer
    if expanded := shorthand_answer(info, passages):  # "BCH là viết tắt của gì?": the words it stands for
        return expanded
    if asked := asked_of_article(info):  # a news article's headline or publication: its metadata, no sentence
        answer, reason = article_answer(info, passages, asked, following)
        return answer or refuse(reason, info.kind)
    model = model or load_model()
    gating = Gating(embedder, law_rows, law_subject)
    # Every unit of the passages scored once, for whichever path below reads them.
    scored = scored_candidates(info, passages, lexical, model, following) if info.kind in ("list", "multi") else None
    if info.kind == "list":
        answer = _list_item_answer(info, passages, lexical, model, scored, gating)
        if answer is None:  # any other sentence is no item of a list, however well it scores
            place = "cuối cùng" if info.ordinal == LAST_ORDINAL else f"thứ {info.ordinal}"
            return refuse(f"Các đoạn văn tìm được không có mục {place} của danh sách được hỏi.", info.kind)
    elif info.kind == "date" and (asks_about_document(info) or _asks_issue_date_of_named(info)) \
            and not asks_span(info) and not HELD_WHEN.search(fold(info.text).lower()):
        # (a document has a date, no span of time, "từ ngày nào đến ngày nào", and it is not held: "Hội nghị … –
        # nơi ban hành Kết luận 21 – khai mạc ngày nào?" asks the meeting's)
        # The date of a named document is stated next to it or not at all: a sentence dating another
        # document is no answer, however well it scores. So is its issue date asked where the question also
        # says where it was mentioned ("… Quy định số 37-QĐ/TW được nêu tại buổi làm việc với Huyện ủy …").
        answer = _date_answer(info, passages, lexical)
        if answer is None:
            return refuse(f"Các đoạn văn tìm được không ghi ngày của {', '.join(info.doc_texts)}.", info.kind)
    elif info.kind == "multi":
        answer = _multi_answer(info, passages, lexical, model, scored, gating)
    if answer is None and in_article:  # a question about something inside a named article: that article first
        inside = [p for p in passages if p.chunk.chunk_id in in_article]
        answer = _scored_answer(info, inside, lexical, model,
                                scored_candidates(info, inside, lexical, model, following), gating)
    if answer is None:
        scored = scored if scored is not None else scored_candidates(info, passages, lexical, model, following)
        ordered = scored
        # each puts some of the first units first, in turn
        for first in (_asked_document_first, _unit_named_first, _venue_first,
                      partial(_spoken_first, following=following), _purpose_first,
                      _frame_first, _predicate_first, _years_first, _checked_first, _checked_when_first,
                      _judged_value_first):
            ordered = first(info, passages, ordered)
        answer = _scored_answer(info, passages, lexical, model, ordered, gating, article,
                                gate_prob=scored[0][0] if scored else 0.0)
    if answer is None:
        return refuse("Các đoạn văn tìm được không trả lời câu hỏi này.", info.kind)
    if info.kind == "person" and valueless(info, answer) and (named := _holder_named(answer, passages, following)):
        answer = named  # "ai là người yêu cầu …?" told of "đồng chí Bí thư Tỉnh ủy": who held that title there
    cited = [p.chunk.text for p in passages if p.chunk.doc_id in {c.doc_id for c in answer.citations}]
    reason = (_unanchored(info, answer, passages, following) or _role_unstated(info, answer)
              or _count_of_unnamed_document(info, answer, passages)
              or untitled(info, answer) or valueless(info, answer)
              or undated_document(info, answer)
              or numberless(info, answer) or _figure_unchecked(info, answer)
              or out_of_scope(info, answer, partial(_in_corpus, lexical=lexical), cited))
    return refuse(reason, info.kind) if reason else answer

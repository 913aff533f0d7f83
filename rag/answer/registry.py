"""Answers about a document itself (when issued, by whom, about what, with which other documents),
read from the registry and quoted from the sentences that state them."""

from __future__ import annotations

import re
from dataclasses import replace

from rag.answer.citations import Citations
from rag.answer.extractive import quote_sentence, refuse
from rag.answer.values import HELD_WHEN, asks_other_documents, asks_span
from rag.directives.registry import Attested, Directive, Registry, Statement, is_local_body, local_code
from rag.documents import Answer, Chunk
from rag.query.analysis import TAKES_EFFECT, QuestionInfo, asking_part, asks_about_document, event_names
from rag.vi.dates import DATE, calendar_date
from rag.vi.doctypes import TYPE_WORDS
from rag.vi.names import quoted_words, written_in
from rag.vi.numbers import YEAR, alternation
from rag.vi.places import LONGEST, PROVINCE_WORDS, province_opening
from rag.vi.refs import ref_keys
from rag.vi.sentences import ASKS_SOMETHING
from rag.vi.text import fold, folded_words

# "KL 21 được thực hiện gắn với những văn bản nào?": the documents named with it, asked for as such ("… lồng ghép
# vào các văn bản liên quan nhằm mục đích gì?" asks something else).
_RELATED = re.compile(r"\b(?:gan voi|cung voi|lien quan(?: den| toi)?)\s+(?:(?:nhung|cac)\s+)?(?:van ban\s+)?"
                      r"(?:nao|gi)\b|\b(?:van ban nao|nhung van ban|van ban khac)\b")
# A relation between documents that being named together does not tell: which one it replaces, amends, repeals,
# rests on or details ("Kế hoạch 77 thay thế cho văn bản nào?").
_LEGAL_RELATION = re.compile(r"\b(?:thay the|sua doi|bo sung|bai bo|huy bo|can cu|quy dinh chi tiet|huong dan thi hanh)"
                             r"\b(?:\s+\w+){0,3}\s+(?:van ban|nhung van ban|cac van ban)\b")
# "Kế hoạch 77 nhằm thực hiện văn bản nào?": the document a plan carries out, which its description names; not
# "triển khai như thế nào" (how it is carried out); "để thực hiện cái gì?" asks it too (not "triển khai những gì",
# the tasks).
_IMPLEMENTS_WHICH = re.compile(r"\b(?:thuc hien|trien khai|cu the hoa)\s+(?:\w+\s+){0,2}(?<!\bthe )nao\b"
                               r"|\b(?:thuc hien|cu the hoa)\s+(?:cai\s+)?gi\b")
_MAX_CITED = 3
_NOT_STATED = {"date": "ngày ban hành", "issuer": "cơ quan ban hành", "subject": "nội dung", "term": "khóa"}


def _own(d: Directive | None, chunks: dict[str, Chunk] | None = None) -> tuple[list[str], set[str]]:
    """The issuers and places the corpus states for a record, and its years (of its dates, its number, and the
    period its subject names: "Đề án 08-ĐA/TU … giai đoạn 2021 - 2025"). A record issued by a local body whose
    place no sentence states ("Quy định số 09-QĐ/TU … của Ban Thường vụ Tỉnh ủy", "Đề án số 14-ĐA/TU …") takes
    the place from the titles of the documents that mention it ("… ở Nghệ An"), from ``chunks``."""
    if d is None:
        return [], set()
    described = [a.value for a in (*d.issuers, *d.places)]
    # A local body written without its place is the body of the place the reporting document is about.
    local = all(is_local_body(a.value) for a in d.issuers) if d.issuers else local_code(d.full_key)
    if chunks and local and not d.places:
        described += list(dict.fromkeys(chunks[s.chunk_id].title for s in d.mentions if s.chunk_id in chunks))
    years = {a.value[-4:] for a in d.dates} | ({d.year} if d.year else set())
    years |= {y for a in d.subjects for y in YEAR.findall(a.value)}
    return described, years


# "… của (Ban Thường vụ) Tỉnh ủy Thái Bình", folded: a local body of a province, as a document's issuer.
# (what stands between is the document's own description, not another document joined by "với", "và")
_LOCAL_ISSUER = re.compile(r"(?:(?!\b(?:cua|voi|va)\b)[^,;?]){0,40}?\bcua\s+"
                           r"(?:(?:ban thuong vu|thuong truc|ban chap hanh)\s+)?"
                           r"(?:tinh uy|thanh uy|hdnd|ubnd|hoi dong nhan dan|uy ban nhan dan|dang bo)"
                           rf"(?:\s+(?:tinh|thanh pho))?\s+((?:\w+\s*){{1,{LONGEST}}})")


def _issuer_province(info: QuestionInfo, asked: str = "") -> str:
    """The province whose local body the question writes right after a document it names, as its issuer ("KL 21
    của Tỉnh ủy Thái Bình", "Kế hoạch 77 của Ban Thường vụ Tỉnh ủy Quảng Ninh"); "" when there is none. With
    ``asked``, only after that document, when the question names it by a number ("Kết luận 21 của Trung ương với Kế
    hoạch 77-KH/TU của Tỉnh ủy Nghệ An": Nghệ An's is the plan, not the conclusion)."""
    folded = fold(info.text).lower()
    refs = [r for r in info.ref_texts if ref_keys(r) & ref_keys(asked)] or info.ref_texts
    for ref in refs:
        at = folded.find(fold(ref).lower())
        m = _LOCAL_ISSUER.match(folded, at + len(ref)) if at >= 0 else None
        if m and (province := province_opening(m.group(1).split())):
            return province
    return ""


def _another_province(info: QuestionInfo, record: Directive, chunks: dict[str, Chunk], asked: str = "") -> str:
    """The province whose local body the question gives as the document's issuer while the corpus places the
    record elsewhere ("KL 21 của Tỉnh ủy Thái Bình": that province's own document of the number, not the
    record). "" when there is none, or when the corpus does not say where the record is from (a local body whose
    place no text names: "Kế hoạch số 77-KH/TU của Tỉnh ủy" in a report on a district)."""
    province = _issuer_province(info, asked)
    if not province:
        return ""
    described, _ = _own(record, chunks)
    stated = [set(re.findall(r"\w+", fold(v).lower())) for v in described]
    central = bool(record.issuers) and not all(is_local_body(a.value) for a in record.issuers)
    # A local body's document reported by a province's newspaper ("Baonghean.vn", the province's name run
    # together) is that province's, as the events it reports are.
    papers = "" if central else " ".join(re.sub(r"\W", "", fold(chunks[m.chunk_id].source).lower())
                                         for m in record.mentions if m.chunk_id in chunks)

    def placed(words: tuple[str, ...] | list[str]) -> bool:
        return any(set(words) <= s for s in stated) or bool(papers and "".join(words) in papers)

    known = central or any(placed(words) for words in PROVINCE_WORDS)
    return province if known and not placed(fold(province).lower().split()) else ""


def registry_kind(info: QuestionInfo, record: Directive | None = None,
                  chunks: dict[str, Chunk] | None = None) -> str:
    """What a question asks about the document it names: "date", "issuer", "subject", "related" or "".

    ``record`` is the registry's record of that document: a name or year of the question that is its issuer,
    place or year does not make the question one about an event (``chunks``: the registry's, for the places
    of local bodies)."""
    if not info.doc_texts or info.articles:
        return ""
    if record is not None and asks_other_documents(info, record.short_key.split("-", 1)[0]):
        return ""  # "(KL 21 …) đoàn còn giám sát việc thực hiện kế hoạch nào?": a plan is asked, not the conclusion
    described, years = _own(record, chunks)
    if _IMPLEMENTS_WHICH.search(fold(info.text)) and record is not None and record.subjects:
        return "subject"  # what it carries out is what it is about ("thực hiện Kết luận Hội nghị lần thứ tư …")
    if info.kind == "date" and (TAKES_EFFECT.search(fold(info.text)) or asks_span(info)
                                or HELD_WHEN.search(fold(info.text).lower())):
        # the registry dates a document's issue, not when it takes effect, a span of time, nor when a meeting
        # opened ("Hội nghị Trung ương 4 – nơi ban hành Kết luận 21 – khai mạc ngày nào?")
        return ""
    # A date or issuer asked comes first: "… ban hành ngày nào, căn cứ vào văn bản nào …?" asks its date before
    # any documents ("văn bản nào") beside it.
    about = asks_about_document(info, described, years)
    if info.kind in ("date", "issuer") and about:
        return info.kind
    if _RELATED.search(fold(info.text)) and not event_names(info, described) \
            and not _LEGAL_RELATION.search(fold(info.text)):
        return "related"
    if info.kind in ("subject", "term") and about:
        return info.kind
    return ""


class _StatementCitations(Citations):
    """Citations of the chunks that state registry values, marked by statement."""

    def __init__(self, chunks: dict[str, Chunk]) -> None:
        super().__init__()
        self.chunks = chunks

    def mark_statement(self, st: Statement) -> str:
        """The ``[n]`` of the chunk stating ``st``; its sentence is what the citation quotes."""
        return self.mark(self.chunks[st.chunk_id], 1.0, (st.start, st.end))


def _spread(statements: list[Statement], chunks: dict[str, Chunk], limit: int = _MAX_CITED) -> list[Statement]:
    """Up to ``limit`` statements from different chunks, different documents first."""
    usable = [s for s in statements if s.chunk_id in chunks]
    picked: list[Statement] = []
    for s in usable:
        if s.doc_id not in {p.doc_id for p in picked}:
            picked.append(s)
    for s in usable:
        if s.chunk_id not in {p.chunk_id for p in picked}:
            picked.append(s)
    return picked[:limit]


def _quote(st: Statement, chunks: dict[str, Chunk]) -> str:
    """The stating sentence, trimmed around the reference when it is long."""
    focus = (st.ref_start, st.ref_end) if st.ref_end > st.ref_start else None
    return quote_sentence(chunks[st.chunk_id].text, st.start, st.end, focus)


def _value_answer(d: Directive, values: list[Attested], chunks: dict[str, Chunk], what: str,
                  lead: str = "") -> Answer | None:
    best = next((a for a in values if _spread(a.statements, chunks)), None)
    if best is None:
        return None
    cites = _StatementCitations(chunks)
    # Quoted first, a sentence that gives no date other sources contradict, then one that also gives what most
    # sources state of the document's date and term: the issuer is best told whole ("Kết luận số 21-KL/TW, ngày
    # 25/10/2021 của Ban Chấp hành Trung ương khóa XIII", not "…, ngày 15/10/2021 của Ban Chấp hành Trung ương").
    disputed = [a.value for a in d.dates[1:]] if what != "date" else []
    agreed = [a[0].value for field, a in (("date", d.dates), ("term", d.terms)) if a and field != what]

    def order(st: Statement) -> tuple[bool, int]:
        quote = _quote(st, chunks)
        return any(v in quote for v in disputed), -sum(v in quote for v in agreed)

    stated = sorted(_spread(best.statements, chunks), key=order)
    basis = f" ({best.basis})" if best.basis else ""  # a value read from the number, not stated in words
    lines = [f"{lead}{best.value}{basis} " + "".join(cites.mark_statement(s) for s in stated),
             f"“{_quote(stated[0], chunks)}” {cites.mark_statement(stated[0])}"]
    for other in values:
        if other is best or what == "subject":
            continue
        where = _spread(other.statements, chunks, 1)
        if where:
            noun = {"date": "ngày", "issuer": "cơ quan ban hành là", "term": "khóa"}[what]
            lines.append(f"Lưu ý: một nguồn khác ghi {noun} {other.value} {cites.mark_statement(where[0])}: "
                         f"“{_quote(where[0], chunks)}”")
    return Answer("\n".join(lines), grounded=True, citations=cites.build(), kind=what)


def _related_answer(d: Directive, registry: Registry, chunks: dict[str, Chunk]) -> Answer | None:
    cites = _StatementCitations(chunks)
    lines = []
    own = {(s.chunk_id, s.start) for s in d.mentions}
    for key, _count in d.related[:8]:
        other = registry.get(key)
        if other is None:
            continue
        shared = [s for s in other.mentions if (s.chunk_id, s.start) in own and s.chunk_id in chunks]
        if not shared:
            continue
        facts = ", ".join(v for v in (other.best("dates"), other.best("issuers")) if v)
        name = other.title if "/" in other.label or other.label.startswith(other.type_name) else other.label
        lines.append(f"- {name}" + (f" ({facts})" if facts else "") + f" {cites.mark_statement(shared[0])}")
    if not lines:
        return None
    title = d.title
    return Answer(f"{title} được nhắc đến cùng các văn bản:\n" + "\n".join(lines), grounded=True,
                  citations=cites.build(), kind="related")


_OPENING_WORDS = re.compile(r"^\s*(?:(?:con|va|thi|vay|the|rieng)\s+)*")  # "…, còn Kế hoạch 77 …"
# "… được ghi là ngày …", "… viết là …" (folded): what a source writes is asked, not what is true of the document.
_WRITTEN_ASKED = re.compile(r"\b(?:ghi|viet)(?:\s+la)?\s+(?:vao\s+)?(?:ngay|thang|nam|do|cua)\b")


def answer_from_registry(info: QuestionInfo, registry: Registry) -> Answer | None:
    """The answer the registry gives — a refusal when the question asks of a document it knows what no sentence
    naming that document states — or None (then the passages are read as usual)."""
    if not info.doc_texts:
        return None
    # Told in several sentences, the document the asking one names is asked about ("… Kết luận 21 gắn với Kết luận
    # số 01-KL/TW …. Xin hỏi Kết luận 01 đó do cơ quan nào … ban hành?").
    asking = asking_part(info.text)
    # Of clauses, the last that asks and opens with a document asks about that one ("Kết luận 21 với Kế hoạch 77 cách
    # nhau bao lâu, Kế hoạch 77 ra ngày nào?"); otherwise the first the asking part names.
    opening = next((t for c in reversed(re.split(r"[,;]", asking)) if ASKS_SOMETHING.search(c)
                    for t in info.doc_texts if _OPENING_WORDS.sub("", c).startswith(fold(t).lower())), None)
    asked = opening or next((t for t in info.doc_texts if fold(t) in asking), info.doc_texts[0])
    records = registry.lookup(asked)
    if not records:
        return None
    d = records[0]
    chunks = registry.chunks
    kind = registry_kind(info, d, chunks)
    if not kind:
        return None
    if kind in _NOT_STATED and (province := _another_province(info, d, chunks, asked)):
        return refuse(f"Kho tài liệu không có {info.ref_texts[0] if info.ref_texts else d.title} của {province}; "
                      f"{d.title} mà kho tài liệu có không phải văn bản của {province}.", kind)
    if kind == "related":
        return _related_answer(d, registry, chunks)
    values = {"date": d.dates, "issuer": d.issuers, "subject": d.subjects, "term": d.terms}[kind]
    # "Theo bài viết ở Cao Bằng, …": what that document states first, the others as notes. A fact to check ("Bài
    # viết về Cao Bằng ghi … ngày 15/10/2021; có đúng là … ban hành vào ngày đó không?") is checked against what
    # most sources state; the source's own value stays as a note — unless what is checked is what that source
    # writes ("Theo bài về Cao Bằng, Kết luận 21 được ghi là ngày 25/10/2021, có phải không?").
    if info.source and (not info.checks or _WRITTEN_ASKED.search(fold(info.text))
                        or info.source_writes):
        # (or by its opening words quoted: 'Bài "Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị…"')
        quoted = quoted_words(info.source)
        opening = {c.doc_id for c in chunks.values()
                   if any(q in folded_words(c.text) for q in quoted)} if quoted else set()

        def in_source(st: Statement) -> bool:
            return st.chunk_id in chunks and (written_in(info.source, chunks[st.chunk_id].title)
                                               or chunks[st.chunk_id].doc_id in opening)

        # That source's statements are quoted first, too.
        values = sorted((replace(a, statements=sorted(a.statements, key=lambda st: not in_source(st)))
                         for a in values), key=lambda a: not any(in_source(st) for st in a.statements))
    answer = _value_answer(d, values, chunks, kind, lead=f"{d.title} " if kind == "subject" else "")
    if answer is None:
        # Every sentence naming the document was read for what it states of it, and none states this: a date
        # or body in those sentences belongs to another document ("Kết luận số 01-KL/TW, ngày 18/5/2021 …
        # tiếp tục thực hiện Chỉ thị số 05-CT/TW"), so the passages are not asked instead.
        return refuse(f"Các đoạn văn nhắc đến {d.title} không nêu {_NOT_STATED[kind]} của văn bản này.", kind)
    return answer


# "Ngày 12/12/2013 có những văn bản nào được ban hành?", "Văn bản nào đề ngày 08/7/2019?": documents asked for by the
# date they bear (folded): a type, or "văn bản", before "nào" / "gì", and the act of issuing.
_DOCUMENTS_ASKED = re.compile(rf"\b(van ban|{alternation(TYPE_WORDS)})\s+(?:nao|gi)\b")
_SHORT_YEAR = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}/)(\d{2})(?![\d/])")
_ISSUING = re.compile(r"\b(?:ban hanh|ky|ra doi|de ngay|mang ngay|thong qua)\b")


def dated_documents_answer(info: QuestionInfo, registry: Registry) -> Answer | None:
    """The documents the registry dates on the day a question gives, when it asks which were issued then ("Ngày
    12/12/2013 có những văn bản nào … được ban hành?"), each quoted from a sentence dating it so; None when the
    question names a document, gives no full date or asks something else, or no document bears that date."""
    folded = fold(info.text).lower()
    asked = _DOCUMENTS_ASKED.search(folded)
    if info.doc_texts or not asked or not _ISSUING.search(folded):
        return None
    # ("25/11/21": a year typed short is this century's)
    text = _SHORT_YEAR.sub(lambda m: f"{m.group(1)}20{m.group(2)}", info.text)
    days = list(dict.fromkeys(d for m in DATE.finditer(text) if (d := calendar_date(m))))
    if not days:
        return None
    code = TYPE_WORDS.get(asked.group(1))  # "quyết định nào": that type only
    chunks = registry.chunks
    cites = _StatementCitations(chunks)
    lines = []
    for day in days:
        for d in registry.all():
            dated = d.dates[0] if d.dates and d.dates[0].value == day else None
            if dated is None or (code and not d.short_key.startswith(f"{code}-")):
                continue
            stated = _spread(dated.statements, chunks, 1)
            if stated:
                issuer = f" của {d.best('issuers')}" if d.issuers else ""
                lines.append(f"- {d.title}{issuer}, ngày {day} {cites.mark_statement(stated[0])}: "
                             f"“{_quote(stated[0], chunks)}”")
    if not lines:
        return None
    return Answer("\n".join(lines), grounded=True, citations=cites.build(), kind="list")

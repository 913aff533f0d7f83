"""The read side in one object: search, answer (extractive, or generated and verified), the registry and
listings over one Chroma collection. It never writes; ``ingest.Indexer`` owns every write."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from langchain_core.embeddings import Embeddings

from rag.answer.choices import with_choice
from rag.answer.citations import Citations
from rag.answer.compose import each_answered, side_by_side, summary, summary_needs_target
from rag.answer.extractive import answer_from_passages, refuse
from rag.answer.people import person_asked, titles_answer
from rag.answer.registry import answer_from_registry, dated_documents_answer
from rag.answer.scorer import AnswerModel
from rag.answer.values import asks_document_number
from rag.answer.verify import supporting_sentence, verify
from rag.directives.registry import Registry
from rag.documents import Answer, Chunk, Passage, SearchFilter
from rag.errors import DocumentNotFound
from rag.index.store import ChunkStore, DocumentSummary, summarise
from rag.query.analysis import LAST_ORDINAL, QuestionInfo, analyse, opens_with_request
from rag.query.articles import laws_answered_elsewhere
from rag.query.checkpoint import snapshot_path
from rag.query.described import described_document, described_note, described_question
from rag.query.followup import document_pointed_back, in_context_of, resolve_followup
from rag.query.intents import comparison, joined_questions, points_back, says_subject, summary_target
from rag.query.law_initials import spelled_out_laws, spelled_out_note, with_laws_spelled_out
from rag.query.misnamed import (
    Renamed,
    contradicted,
    described_as,
    misnamed_candidates,
    renamed_note,
    renamed_question,
    told_beside,
)
from rag.query.misspelled import misspelled_names, respelled_note, respelled_question
from rag.query.passage_rank import load_ranker
from rag.query.retrieval import HybridRetriever, Snapshot
from rag.settings import Settings
from rag.vi.casing import capitalise_names, lowercase_titled, names_accented
from rag.vi.choices import split_choices
from rag.vi.cloze import cloze_question
from rag.vi.english import written_in_english
from rag.vi.names import full_names, written_in
from rag.vi.refs import find_refs
from rag.vi.respell import parted, parted_unaccented, respelled, respelled_unaccented
from rag.vi.sentences import split_sentences, split_source
from rag.vi.text import fold, has_content, has_diacritics, index_form, nfc

log = logging.getLogger("hoidap.reader")

ANSWER_POOL = 8  # passages the answerer reads; only the cited ones are returned
_LLM_PASSAGES = 6  # passages a generated answer may cite
_MULTI_POOL = 24  # "những tỉnh nào …" reads more, to find every document that answers

# How passages are found for a question: (query, k, info, snapshot, filter) -> passages, best first.
Retrieve = Callable[[str, int, QuestionInfo, Snapshot, SearchFilter | None], list[Passage]]


@dataclass(frozen=True)
class Reading:
    """A question as read: the query understood, its analysis, the index snapshot, the passages found,
    and the answer when it was settled before reading any passage (then ``passages`` is empty)."""

    query: str
    info: QuestionInfo
    snap: Snapshot
    passages: list[Passage]
    settled: Answer | None = None
    note: str = ""  # said after the answer: a document the question named by the wrong type ("Nghị quyết 21")


def _noted_reading(reading: Reading, note: str) -> Reading:
    """``reading`` (of a question read again as it was meant) with ``note`` said before any note of its own: a
    question read again twice ("Luật BVMT" spelled out, then a name respelled) says both."""
    return replace(reading, note="\n".join(n for n in (note, reading.note) if n))


def _noted(answer: Answer, note: str) -> Answer:
    """``answer`` with ``note`` on a line of its own after it."""
    return replace(answer, answer=f"{answer.answer}\n{note}") if note else answer


def _side_question(side: str) -> str:
    """What to ask of one side of a comparison: a side that only names a document asks what it is about."""
    info = analyse(side)
    return f"{side} về nội dung gì?" if info.doc_texts and not info.other_terms else side


_NO_WORDS = "Câu hỏi chưa có chữ hay số nào; hãy hỏi bằng lời, ví dụ: “Kết luận 21 ban hành ngày nào?”"
_IN_ENGLISH = ("Câu hỏi được viết bằng tiếng Anh; hoidap đọc và trả lời câu hỏi bằng tiếng Việt (có dấu hoặc không "
               "dấu), ví dụ: “Kết luận 21 ban hành ngày nào?” (hoidap answers questions asked in Vietnamese.)")


def _asking_sentence(question: str) -> QuestionInfo | None:
    """The last sentence of a question told in several, read, when it names a document of its own or points
    back at one the sentences before name by its type ("… nhắc đến Chỉ thị 18-CT/TU … . Chỉ thị này đề ngày
    nào?"), or its last clause when that points back; None otherwise. The context a follow-up was given in
    brackets ("… ngày nào? (KL 21, huyện Hưng Nguyên)") is no sentence of it."""
    sentences = [s for s in split_sentences(question) if not s.lstrip().startswith("(")]
    if not sentences:
        return None
    # A clause after a semicolon or comma asks like a sentence of its own when it points back ("Bài … có nhắc Quy
    # định 205-QĐ/TW; quy định này nói về việc gì?").
    told, _, clause = sentences[-1].rpartition(";") if ";" in sentences[-1] else sentences[-1].rpartition(",")
    # (Not at one the clause before asks for: "… bằng văn bản nào, văn bản ấy ban hành ngày nào?" points at that.)
    if told.strip() and (pointed := document_pointed_back(clause, " ".join([*sentences[:-1], told]))) \
            and not asks_document_number(analyse(told)):
        return analyse(pointed)
    # "Trong giải pháp đó, Kết luận số 14-KL/TW … ban hành ngày nào?": where it is mentioned told first, in a
    # clause naming no document; the document asked about is the last clause's own. A clause opening with a
    # request ("Căn cứ bài viết về … Kết luận 21 …, đề nghị cho biết Kế hoạch số 184-KH/TU … ngày nào?") asks of its
    # own document whatever the clauses before it name.
    if told.strip() and (own := analyse(clause)).doc_texts and (
            opens_with_request(clause) or not analyse(told).doc_texts):
        return own
    if len(sentences) < 2:
        return None
    last = document_pointed_back(sentences[-1], " ".join(sentences[:-1])) or sentences[-1]
    asking = analyse(last)
    return asking if asking.doc_texts else None


def _last_ordinal(passages: list[Passage], snap: Snapshot) -> int:
    """The highest item number of the first passage's document that numbers its items (0 when none does)."""
    for p in passages:
        if numbers := [c.ordinal for c in snap.document(p.chunk.doc_id) if c.ordinal]:
            return max(numbers)
    return 0


class Reader:
    """Search, answer and list over one Chroma collection with one embedder."""

    def __init__(self, settings: Settings, embeddings: Embeddings, client, store_kind: str = "persistent",
                 llm=None, answer_model: AnswerModel | None = None) -> None:
        self.settings = settings
        self.answer_model = answer_model  # None: the shipped scorer (rag/answer/answer_model.json), read once
        self.llm = llm  # a LangChain chat model, or None for extractive answers only
        self.store = ChunkStore(client, settings.collection, embeddings, kind=store_kind,
                                ef_search=settings.hnsw_ef_search)
        self.retriever = HybridRetriever(self.store, settings.candidate_k, settings.rrf_k, settings.refresh_seconds,
                                         snapshot_path(settings.data_dir, self.store),
                                         unaccented_dense=settings.unaccented_dense_weight,
                                         restored_lexical=settings.restored_lexical_weight,
                                         exact_max=settings.exact_dense_max_chunks,
                                         ranker=load_ranker() if settings.statute_passage_ranker else None)

    @staticmethod
    def _capitaliser(snap: Snapshot) -> Callable[[str], str]:
        """A turn as this index writes it: two words typed as one parted, words misspelled by a sound-alike initial or
        final or by a slip of a finger respelled, and capitals for the names of a turn typed all in lowercase (or
        with a capital on every important word)."""
        def known(first: str, second: str) -> bool:  # as typed: "đăn ngày" is no "dân ngày"
            return snap.lexical.contains(f"{first}_{second}")

        def named(first: str, second: str) -> bool:  # typed with its marks, a name is written with them:
            # "nguyên văn" is no "Nguyễn Văn"
            if has_diacritics(first) and has_diacritics(second) and not known(index_form(first), index_form(second)):
                return False
            return snap.written_capitalised(first, second)

        def known_folded(first: str, second: str) -> bool:  # without marks: "ket nap" for "kết nạp"
            return snap.lexical.contains(f"~{first}_{second}")

        def common_folded(first: str, second: str) -> bool:  # in two passages or more
            return snap.lexical.row_count(f"~{first}_{second}") >= 2

        def written(text: str) -> str:
            # Typed without accents, a word's spellings are too many to tell one meant ("dang" is "đăng", "đang",
            # "dân" …): such a question is respelled only where a word joins its neighbours better so.
            text = names_accented(text, snap.written_capitalised, snap.lexical.restore_accents)
            if has_diacritics(text):
                spelled = respelled(parted(text, known, snap.lexical.contains), known, snap.lexical.contains,
                                    snap.lexical.spellings)
            else:
                spelled = respelled_unaccented(parted_unaccented(text, known_folded,
                                                                 lambda w: snap.lexical.contains(f"~{w}")),
                                               known_folded, common_folded)
            cased = lowercase_titled(spelled, snap.written_capitalised, known)
            return capitalise_names(cased, named, bound)

        def bound(before: str, first: str, second: str) -> bool:
            # "vi pham thi Uy ban …": the texts write "vi phạm" more often than "Phạm Thị"
            pair, name = (f"~{fold(a)}_{fold(b)}".lower() for a, b in ((before, first), (first, second)))
            return snap.lexical.contains(pair) and snap.lexical.idf(pair) < snap.lexical.idf(name)
        return written

    def search(self, query: str, top_k: int | None = None, where: SearchFilter | None = None) -> list[Passage]:
        """The best passages for ``query`` (optionally only from some documents or sources); none for a query
        without a letter or digit."""
        if not has_content(query):
            return []
        return self.retriever.retrieve(nfc(query), top_k or self.settings.top_k, where=where)

    def read(self, question: str, history: list[dict] | None = None, top_k: int | None = None,
             where: SearchFilter | None = None, retrieve: Retrieve | None = None) -> Reading:
        """Understand the question and find the passages its answer is chosen from, unless it is settled
        before that (a document the index never mentions, or a fact the registry holds)."""
        snap = self.retriever.snapshot()  # one consistent view of the index for this question
        return self._read_resolved(resolve_followup(question, history, self._capitaliser(snap)), snap, top_k,
                                   where, retrieve)

    def _described_one(self, question: str, options: list[Renamed], snap: Snapshot) -> Renamed | None:
        """Of the documents one the question misnamed may be taken for, the one it describes as the registry does
        (its subject) or tells of as the corpus's sentences naming it do; None unless exactly one."""
        registry = self.registry(snap)

        def told_of(r: Renamed) -> bool:
            keys = find_refs(r.meant)[0].keys
            sentences = [s for i in sorted(snap.rows_mentioning(keys)) for s in split_sentences(snap.chunks[i].text)
                         if any(ref.keys & keys for ref in find_refs(s))]
            return told_beside(question, r, sentences)

        # What the question says it is about decides before where it is told of; an issuer or a date it gives
        # otherwise than the corpus does rules a document out.
        bodies = registry.issuer_names()
        records = {r.meant: registry.lookup(r.meant)[:1] for r in options}
        options = [r for r in options if not any(
            contradicted(question, r.written, [a.value for a in d.issuers], [a.value for a in d.dates], bodies)
            for d in records[r.meant])]
        chosen = [r for r in options
                  if described_as(question, r, [a.value for d in records[r.meant] for a in d.subjects])]
        chosen = chosen or [r for r in options if told_of(r)]
        return chosen[0] if len(chosen) == 1 else None

    def _read_resolved(self, query: str, snap: Snapshot, top_k: int | None, where: SearchFilter | None,
                       retrieve: Retrieve | None) -> Reading:
        """``read`` for a question already resolved against its conversation (``resolve_followup``, which gives a
        question typed all in lowercase the capitals of its places and people: they are read by them)."""
        spelled = spelled_out_laws(query, snap.articles.names)
        if spelled and (meant := with_laws_spelled_out(query, spelled)) != query:
            # "Luật BVMT", "LGD": the law of the corpus those initials spell is meant, and the answer says so
            return _noted_reading(self._read_resolved(meant, snap, top_k, where, retrieve), spelled_out_note(spelled))
        info = analyse(query)
        if not has_content(query):  # "?", "...": nothing to look for, so nothing may be cited
            return Reading(query, info, snap, [], replace(refuse(_NO_WORDS, info.kind), query=query))
        missing_refs, missing_laws = self.retriever.missing_refs(info, snap), self.retriever.missing_laws(info, snap)
        options = misnamed_candidates(info.ref_texts, missing_refs, snap.lexical) if not missing_laws else None
        renamed = [self._described_one(query, o, snap) for o in options] if options else []
        if renamed and all(renamed):
            # "Nghị quyết 21 … về đẩy mạnh xây dựng, chỉnh đốn Đảng" where the corpus has only Kết luận 21 on that:
            # that one is meant, and the answer says so
            reading = self._read_resolved(renamed_question(query, renamed), snap, top_k, where, retrieve)
            return _noted_reading(reading, renamed_note(renamed))
        if missing := missing_refs + missing_laws:
            names = ", ".join(missing)
            settled = replace(refuse(f"Kho tài liệu không có văn bản {names}.", info.kind), query=query)
            return Reading(query, info, snap, [], settled)
        respelled = misspelled_names(info.names, snap.lexical, snap.written_capitalised)
        if respelled and (meant := respelled_question(query, respelled)) != query:
            # "Ngô Hoàng Nhân", "Quãng Ninh": a name the corpus writes with one syllable spelled otherwise is meant,
            # and the answer says so.
            reading = self._read_resolved(meant, snap, top_k, where, retrieve)
            return _noted_reading(reading, respelled_note(respelled))
        missing = self.retriever.missing_articles(info, snap)
        if missing:
            names = ", ".join(missing)
            return Reading(query, info, snap, [], replace(refuse(f"Kho tài liệu không có {names}.", info.kind),
                                                          query=query))
        # (not where a person is named: "Đồng chí Cao Tường Huy, ___, đã quán triệt … Nghị quyết về …" asks a title)
        if not where and not info.laws and info.kind in ("date", "issuer", "subject") and not full_names(info.names):
            # "Quy định về trách nhiệm nêu gương mà Ban Thường vụ Tỉnh ủy Nghệ An ban hành có từ ngày nào?": the one
            # document of the registry so described is meant, and the answer says which it took.
            registry = self.registry(snap)
            named = {d.key for t in info.ref_texts for d in registry.lookup(t)}
            if described := described_document(info.text, registry, named):  # (the question, not its source)
                written, record = described
                reading = self._read_resolved(described_question(record, info.kind), snap, top_k, where, retrieve)
                return _noted_reading(reading, described_note(written, record))
        if not where:  # questions about a document itself are answered from the registry
            registry = self.registry(snap)
            found = answer_from_registry(info, registry)
            # "Bài … về đoàn giám sát ở Hưng Nguyên … Kế hoạch số 77-KH/TU đó mang ngày nào?": context told first, the
            # question about the document is its last sentence. Not when the whole asks which writings ("những bài
            # nào nhắc tới KL 01, và văn bản này do ai ban hành?"): the registry holds no part of that answer.
            if not found and info.kind != "multi" and (asking := _asking_sentence(query)):
                found = answer_from_registry(asking, registry)
            found = found or dated_documents_answer(info, registry)  # "Ngày 12/12/2013 có văn bản nào ban hành?"
            if found:
                return Reading(query, info, snap, [], replace(found, query=query))
            # "Cao Tường Huy chức vụ gì?": the sentences writing a named person's titles, wherever they stand.
            if (name := person_asked(info)) and (titled := titles_answer(
                    name, (snap.chunks[i] for i in snap.rows_naming(name)))):
                return Reading(query, info, snap, [], replace(titled, query=query))
        k = max(top_k or self.settings.top_k, _MULTI_POOL if info.kind == "multi" else ANSWER_POOL)
        passages = (retrieve or self.retriever.retrieve)(query, k, info, snap, where)
        if info.source:  # "Theo bản tin Quảng Ninh, …": the passages of the document it names, when any is found
            passages = [p for p in passages if written_in(info.source, f"{p.chunk.title} {p.chunk.source}")] \
                or passages
        if unheld := laws_answered_elsewhere(info.laws, passages[0].chunk if passages else None, snap.laws,
                                             snap.articles):
            # "Theo Bộ luật Dân sự, …" where the articles found first are another law's: they do not say what that
            # code does, however near their words.
            names = ", ".join(unheld)
            settled = refuse(f"Kho tài liệu không có điều khoản nào của {names} (chỉ có văn bản khác nhắc đến); các "
                             f"điều tìm được thuộc luật khác.", info.kind)
            return Reading(query, info, snap, [], replace(settled, query=query))
        if info.ordinal == LAST_ORDINAL and (last := _last_ordinal(passages, snap)):
            # "giải pháp cuối cùng": the last item of the list of the first document found that has one.
            info = replace(info, ordinal=last)
            passages = (retrieve or self.retriever.retrieve)(query, k, info, snap, where)
        return Reading(query, info, snap, passages)

    def extractive(self, question: str, history: list[dict] | None = None, top_k: int | None = None,
                   where: SearchFilter | None = None,
                   retrieve: Retrieve | None = None) -> tuple[Answer, list[Passage], bool]:
        """The extractive answer, the passages it read, and whether an LLM may rephrase it (not refusals
        and registry facts, which are exact already). ``retrieve`` replaces hybrid retrieval (baselines)."""
        # A quiz question pasted with its options: the stem is asked, and the answer says which option its quotes state.
        question, choices = split_choices(question)
        question = cloze_question(question)  # "Kết luận 35 ban hành ngày …" asks "… ngày nào?"
        # Once: both paths below read the resolved question (resolving it again would cost a tenth of the time).
        snap = self.retriever.snapshot()
        query = resolve_followup(question, history, self._capitaliser(snap))
        composed = self._composed(query, top_k, where, retrieve)
        if composed is not None:
            return with_choice(composed, choices), [], False
        answer, passages, may_generate = self._answered(self._read_resolved(query, snap, top_k, where, retrieve))
        if not answer.grounded and written_in_english(question):
            # Its words are in no text: what is true is that the question is read in Vietnamese (one the registry
            # answers by its document's code and the English words it knows, "which body issued 01-KL/TW?", stands).
            return replace(answer, answer=_IN_ENGLISH, citations=[]), [], False
        return with_choice(answer, choices), passages, may_generate

    def _answered(self, r: Reading) -> tuple[Answer, list[Passage], bool]:
        """The extractive answer to a question as read, the passages it may cite, and whether an LLM may
        rephrase it."""
        if r.settled is not None:
            return _noted(r.settled, r.note), [], False
        located = [r.snap.chunks[i].chunk_id for a in r.info.articles for i in self.retriever.article_chunks(a, r.snap)]
        answer = answer_from_passages(r.info, r.passages, r.snap.lexical, self.answer_model, r.snap.following,
                                      located, self.store.embedder, r.snap.article_of, r.snap.law_rows,
                                      r.snap.published_years, r.snap.law_subject)
        answer = _noted(replace(answer, query=r.query), r.note)
        return answer, r.passages[:_LLM_PASSAGES], answer.grounded

    def _composed(self, query: str, top_k: int | None, where: SearchFilter | None,
                  retrieve: Retrieve | None) -> Answer | None:
        """A comparison answered side by side, or a summary request answered by the document's outline (for
        ``query``, a follow-up already resolved), or two questions joined in one answered each on its own when
        both are; None for any other question."""
        if (halves := joined_questions(query)) is not None:
            answers: list[Answer] = []
            for half in halves:
                # A later half asks of what the first names when it names nothing itself ("… ngày nào và do cơ
                # quan nào ban hành?"): read as a follow-up of the first.
                own = analyse(split_source(half)[1]) if answers else None
                asked = [{"role": "user", "content": halves[0]}, {"role": "assistant", "content": answers[0].answer}] \
                    if own is not None and (not says_subject(own) or points_back(half, halves[0])) else None
                # One asking who did something and naming nobody and nothing ("… và ai phát biểu chỉ đạo?") asks
                # it of the first's event: read with the first half as its context. (A figure names what it counts:
                # "…, và HĐND tỉnh đã ban hành bao nhiêu nghị quyết?" is asked alone.)
                if own is not None and asked is None and own.kind == "person" and not (own.ref_texts or own.names):
                    half = in_context_of(half, halves[0])
                answers.append(self._answered(self.read(half, asked, top_k, where, retrieve))[0])
                if not answers[-1].grounded:
                    break  # read whole instead: the halves after it need not be asked
            else:
                return replace(each_answered(halves, answers), query=query)
        if (comp := comparison(query)) is not None:
            first, second = comp.first, comp.second
            # "mục tiêu của NQ 18 và NQ 19": the second side asks for the same thing of its own document
            if " của " in first and " của " not in second:
                second = f"{first.split(' của ')[0]} của {second}"
            answers = tuple(self._answered(self.read(_side_question(side), None, top_k, where, retrieve))[0]
                            for side in (first, second))
            return replace(side_by_side(comp.first, comp.second, answers), query=query)  # type: ignore[arg-type]
        target = summary_target(query)
        if target is None:
            return None
        if not target:
            return replace(summary_needs_target(), query=query)
        r = self.read(target, None, top_k, where, retrieve)
        if r.settled is not None and not r.settled.grounded:
            return replace(r.settled, kind="summary", query=query)
        if not r.passages:
            return replace(refuse(f"Các đoạn văn tìm được không nói về “{target}”.", "summary"), query=query)
        named = [fold(t) for t in (*r.info.doc_texts, target)]
        chosen = next((p for p in r.passages if any(n in fold(p.chunk.title) for n in named)), r.passages[0])
        _, chunks = self.document(chosen.chunk.doc_id)
        return replace(summary(chosen.chunk.title, chunks), query=query)

    def ask(self, question: str, history: list[dict] | None = None, top_k: int | None = None,
            where: SearchFilter | None = None) -> Answer:
        """Answer ``question`` from the corpus, with citations, or refuse.

        ``history`` (earlier ``{"role", "content"}`` turns) resolves follow-ups such as "Nó do ai ban hành?".
        With an LLM configured, a verified generated answer replaces the extractive one when it survives.
        """
        answer = None
        for event, value in self.ask_stream(question, history, top_k, where):
            if event == "answer":
                answer = value
        assert answer is not None
        return answer

    def ask_stream(self, question: str, history: list[dict] | None = None, top_k: int | None = None,
                   where: SearchFilter | None = None) -> Iterator[tuple[str, object]]:
        """Events for one question: ("token", text) while an LLM writes, then ("answer", Answer) once."""
        base, passages, may_generate = self.extractive(question, history, top_k, where)
        if self.llm is None or not may_generate:
            yield "answer", base
            return
        from rag.answer.generate import generate_stream

        pieces: list[str] = []
        deadline = time.monotonic() + self.settings.llm_timeout  # the whole answer, not each read
        try:
            for piece in generate_stream(self.llm, base.query, passages):
                pieces.append(piece)
                yield "token", piece
                if time.monotonic() > deadline:
                    raise TimeoutError(f"no complete answer within HOIDAP_LLM_TIMEOUT={self.settings.llm_timeout:g} s")
        except Exception as exc:  # noqa: BLE001 — any LLM failure falls back; it is reported, never a 500
            log.warning("LLM failed: %s", exc)
            yield "answer", replace(base, warning=f"LLM không trả lời được ({type(exc).__name__}); "
                                                  "đây là câu trả lời trích dẫn.")
            return
        yield "answer", self._verified(base, passages, "".join(pieces))

    def _verified(self, base: Answer, passages: list[Passage], raw: str) -> Answer:
        """The generated answer if verification leaves something, else the extractive one."""
        checked = verify(raw, [p.chunk.text for p in passages])
        if checked.refused or not checked.text:
            why = "mô hình không tìm thấy câu trả lời" if checked.refused else "kiểm chứng đã loại mọi câu"
            return replace(base, removed=checked.removed, warning=f"LLM: {why}; đây là câu trả lời trích dẫn.")
        cites = Citations()
        text = re.sub(r"\[(\d{1,2})\]", lambda m: cites.mark_passage(passages[int(m.group(1)) - 1]), checked.text)
        citations = cites.build(quote=lambda chunk, n: supporting_sentence(chunk.text, text, n))
        return Answer(text, True, citations, base.kind, base.query, mode="llm", removed=checked.removed)

    def registry(self, snap: Snapshot | None = None) -> Registry:
        """The directive registry of the current index (each snapshot has its own); ``snap`` is a snapshot the
        caller already holds, to keep one view of the index per question."""
        return (snap or self.retriever.snapshot()).registry  # built with the snapshot, never per question

    def documents(self) -> list[DocumentSummary]:
        """Indexed documents with their chunk counts (from the current snapshot)."""
        return list(self.retriever.snapshot().documents)

    def known_doc_ids_and_sources(self) -> tuple[frozenset[str], frozenset[str]]:
        """The document ids and sources in the index (kept with the current snapshot)."""
        snap = self.retriever.snapshot()
        return snap.doc_ids, snap.sources

    def document(self, doc_id: str) -> tuple[DocumentSummary, list[Chunk]]:
        """One document's summary and its chunks in reading order; ``DocumentNotFound`` if absent."""
        chunks = self.store.doc_chunks(doc_id)
        if not chunks:
            raise DocumentNotFound(f"No document '{doc_id}' is indexed; GET /v1/documents lists the ids.")
        return summarise(chunks)[0], chunks

    def stats(self) -> dict:
        """Counts and configuration, for `hoidap stats` and readiness checks.

        Counted from the index snapshot questions are answered from: a server already holds it, so a
        readiness probe does not re-read every chunk from Chroma."""
        snap = self.retriever.snapshot()
        return {
            "documents": len(snap.doc_rows),
            "chunks": snap.size,
            "embedder": self.store.embedder,
            "store": self.store.kind,
            "collection": self.settings.collection,
            # exact over the vectors the snapshot holds, or Chroma's HNSW past HOIDAP_EXACT_DENSE_MAX_CHUNKS
            "dense_search": "exact" if snap.dense is not None else "hnsw",
        }

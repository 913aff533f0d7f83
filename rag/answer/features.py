"""What the answer scorer knows of each candidate: how much of the question it covers (by idf, accented or
folded, in the unit and in its passage), the passage's dense similarity (relative to the best passage's) and
rank, whether it has the kind of value the question asks for, the documents, ordinals, names and years it
names, and its place and size."""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from rag.answer.candidates import Candidate, unit_text
from rag.documents import Passage
from rag.index.lexical import LexicalIndex
from rag.query.analysis import QuestionInfo
from rag.vi.dates import DATE_OR_DAY_MONTH, date_key
from rag.vi.numbers import YEAR
from rag.vi.refs import find_refs
from rag.vi.syllables import STOPWORDS_FOLDED, folded_pairs, folded_syllables, syllables
from rag.vi.text import fold, has_diacritics, nfc

FEATURES = (
    "cov", "cov_rel", "cov_passage", "bigram", "dense_rel", "rank_inv", "fused", "top_doc",
    "needs_value", "has_value", "ref_asked", "ref_unit", "ref_passage", "ordinal",
    "pos_inv", "log_len", "intro", "judge", "judge_cov", "anchors_asked", "anchors_unit", "anchors_passage",
    "neg_asked", "neg_agree", "many_asked", "many_intro", "subject", "subject_prec",
)
_NEEDS_VALUE = ("date", "number", "person", "issuer")


def _terms(info: QuestionInfo) -> list[str]:
    return list(dict.fromkeys(info.terms if info.accented else [fold(t) for t in info.terms]))


def _tokens(text: str, accented: bool) -> set[str]:
    return set(syllables(text) if accented else folded_syllables(text))


WHOLE_FIGURE = r"(?<![\d.,/-]){}(?![\d/-]|[.,]\d)"  # a figure, not part of another, a date or a range


def whole_figure(figure: str) -> str:
    """A pattern of ``figure`` standing whole ("155", not in "15.500" or "12/12/2013")."""
    return WHOLE_FIGURE.format(re.escape(figure))


# Past 12 a number is no month: "19/28 đề án" is 19 of 28, never a date.
_NO_MONTH = r"(?:1[3-9]|[2-9]\d|[1-9]\d\d)"


def _in_fraction(figure: str) -> str:
    """A pattern of ``figure`` (digits) as a part of a fraction that is no date: "28" in "19/28", "19" in "19/28";
    none for a figure that could be a month ("3" in "3/2021")."""
    if not figure.isdigit() or int(figure) <= 12:
        return ""
    return WHOLE_FIGURE.format(rf"(?:\d{{1,3}}/{figure}|{figure}/{_NO_MONTH})")


def word_after_figure(folded: str, figure: str, past_scale: bool = False, letters: bool = False) -> str:
    """The word right after ``figure`` standing whole in a folded question ("" when none follows it, as when a
    quote closes on it); with ``past_scale``, after the thousands or millions said in words ("15 nghìn đại biểu");
    with ``letters``, a word of letters only."""
    scale = r"(?:\s+(?:nghin|ngan|trieu|ty))?" if past_scale else ""
    m = re.search(whole_figure(figure) + scale + (r"\s+([^\W\d_]+)" if letters else r"\s+(\w+)"), folded)
    return m.group(1) if m else ""


def figure_anchor(question: str, figure: str) -> re.Pattern[str]:
    """What stands for a figure the question states, in folded text: the figure itself (alone, or as a part of a
    fraction: "đã hoàn thành 28 đề án chưa?" — "19/28 đề án"), or any figure of the same thing ("hơn 25.500 đại
    biểu …, đúng không?" — the text's "15.500 đại biểu" is what decides it)."""
    whole = whole_figure(figure)
    exact = whole + (f"|{fraction}" if (fraction := _in_fraction(figure)) else "")
    # ("hơn 15 nghìn đại biểu": the thing counted is after the thousands said in words)
    thing = word_after_figure(fold(question).lower(), figure, past_scale=True)
    if not thing or thing in STOPWORDS_FOLDED or thing.isdigit():
        return re.compile(exact)
    any_figure = WHOLE_FIGURE.format(r"\d[\d.,]*")
    return re.compile(rf"{exact}|{any_figure}\s+{re.escape(thing)}\b")


def stated_figures(info: QuestionInfo) -> list[str]:
    """The figures (not years) the question states, each once."""
    return [f for f in dict.fromkeys(info.stated) if not YEAR.fullmatch(f)]


def stated_years(info: QuestionInfo) -> list[str]:
    """The years the question states (those of a fact to check too)."""
    return [f for f in info.stated if YEAR.fullmatch(f)]


def figure_anchors(info: QuestionInfo) -> list[re.Pattern[str]]:
    """``figure_anchor`` of each figure the question states."""
    return [figure_anchor(info.text, f) for f in stated_figures(info)]


def coverage(terms: list[str], tokens: set[str], weights: list[float]) -> float:
    """Share of ``terms`` (weighted) present in ``tokens``; 1.0 for a question without key words."""
    total = sum(weights)
    if not total:
        return 1.0
    return sum(w for t, w in zip(terms, weights) if t in tokens) / total


# A negated or prohibiting statement ("không được", "chưa", "cấm", "trừ trường hợp"): a question about what is
# not allowed is answered by one, a question about what is allowed by one without. Read with its accents:
# folded, "cấm" is "cầm" (to hold: "bên cầm giữ") and "chưa" is "chứa" (to contain). Text typed without
# accents is read for the words that stay unambiguous without them. Compounds that only contain the word
# ("không gian" space, "không khí" air, "hàng không" aviation, "người chưa thành niên" a minor) negate nothing.
_NEGATION = re.compile(r"\b(?:(?<!hàng )không(?! gian| khí| quân)|chưa(?! thành niên)|cấm|trừ trường hợp)\b")
_NEGATION_FOLDED = re.compile(r"\b(?:(?<!hang )khong(?! gian| khi| quan)|nghiem cam|tru truong hop)\b")


# A question asking for several things ("gồm những nhiệm vụ nào", "bao gồm gì", "những trường hợp nào", "những
# nhiệm vụ, giải pháp gì", "những ai", "Liệt kê …"), or about
# a list's nouns in the plural ("Các giải pháp … là gì?", "Nhiệm vụ, giải pháp của tỉnh … là gì?"; as its subject,
# not as a topic named further on): a list intro that brings its items answers it whole.
_LIST_NOUNS = r"(?:nhiem vu|giai phap|bien phap|noi dung|yeu cau|muc tieu|chu truong|quan diem)"
_MANY = re.compile(r"\bnhung\b(?:[\s,]+\w+){0,6}\s+(?:nao|gi)\b|\bnhung ai\b|\b(?:liet ke|ke ra|ke ten)\b"
                   r"|\b(?:bao gom|gom|gom co|cu the la)\s+(?:nhung\s+)?(?:gi|nao|nhung)\b"
                   rf"|\bla nhung\b|^\W*(?:(?:cac|nhung)\s+{_LIST_NOUNS}|{_LIST_NOUNS}\s*(?:,|va)\s*{_LIST_NOUNS})\b"
                   # "số hiệu các đề án …", "tên những văn bản …": the numbers or names of several
                   r"|\b(?:so hieu|ten goi|ten)\s+(?:cua\s+)?(?:cac|nhung)\s+\w+")


def asks_many(text: str) -> bool:
    """Whether a question asks for several things rather than one."""
    return bool(_MANY.search(fold(text)))


# What a question asks several of: the words between "những"/"các" and "nào"/"gì" ("những hạn chế nào": "han che").
_ASKED_NOUN = re.compile(r"\b(?:nhung|cac)\s+((?:\w+\s+){0,3}?\w+)\s+(?:nao|gi)\b")


def asked_noun(text: str) -> str:
    """The (folded) head of what a "những … nào" question asks several of, its first two words ("những hạn chế
    nào": "han che"; "những văn bản nào": "van ban"); "" when it names nothing so."""
    m = _ASKED_NOUN.search(fold(text).lower())
    words = [w for w in m.group(1).split() if w not in STOPWORDS_FOLDED] if m else []
    return " ".join(words[:2])


# A choice stem ("Điều nào sau đây …", "… trong trường hợp dưới đây?"): the options are not in the question, so
# the unit that decides it is the whole list the options are drawn from, not the one item that scores best.
_CHOICE = re.compile(r"\b(?:sau day|duoi day)\b")


def asks_choice(text: str) -> bool:
    """Whether a question is the stem of a multiple-choice question (its options not given)."""
    return bool(_CHOICE.search(fold(text)))


def negated(text: str) -> bool:
    """Whether ``text`` (its first sentence for a list intro) says what is not, or not allowed."""
    if has_diacritics(text):
        return bool(_NEGATION.search(nfc(text).lower()))
    return bool(_NEGATION_FOLDED.search(fold(text)))


# What a statement is about: the words before its verb of definition or inclusion ("An ninh mạng là …",
# "Hồ sơ … bao gồm:", "… trong các trường hợp sau:"), after its clause or point number. A question about
# "an ninh mạng" is answered by the sentence about it, not by one about "bảo vệ an ninh mạng" or "sự cố an ninh
# mạng", which cover the question's words as well.
_NUMBERING = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zđ]\))\s*")
_SUBJECT_END = re.compile(r"\s(?:là|bao gồm|gồm|được quy định như sau|như sau)(?=[\s:,]|$)|:")
_SUBJECT_MAX = 40  # syllables: a longer lead-in is a sentence, not a subject


def subject(sentence: str) -> list[str]:
    """The folded syllables ``sentence`` is about (before "là", "bao gồm", ":" …), or [] when it has no such
    lead-in."""
    text = _NUMBERING.sub("", nfc(sentence).split("\n", 1)[0])
    end = _SUBJECT_END.search(text)
    if not end:
        return []
    words = folded_syllables(text[:end.start()])
    return words if len(words) <= _SUBJECT_MAX else []


def _days(text: str) -> list[str]:
    """The days a text names, as day/month ("15/1" in "Sáng 15/1", "ngày 15/01/2022" or "15 tháng 1 năm 2022")."""
    return ["/".join(date_key(m).split("/")[:2]) for m in DATE_OR_DAY_MONTH.finditer(text)]


class FeatureTable:
    """Feature rows of a question's candidates; built once per question, cheap per candidate."""

    def __init__(self, info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex,
                 has_value: Callable[[str, str], bool], top_doc: str | None = None) -> None:
        self.info = info
        self.passages = passages
        self.terms = _terms(info)
        self.weights = [lexical.idf(t if info.accented else f"~{t}") for t in self.terms]
        self.q_bigrams = set(folded_pairs(" ".join(info.terms)))
        self.q_folded = set(folded_syllables(info.text))
        self.idf = lexical.idf
        self.keys = set().union(*info.ref_groups) if info.ref_groups else set()
        self.has_value = has_value
        self.top_doc = top_doc if top_doc is not None else (passages[0].chunk.doc_id if passages else "")
        self._passage_cov = [coverage(self.terms, _tokens(p.chunk.indexed, info.accented), self.weights)
                             for p in passages]
        self._passage_ref = [bool(self.keys & set(p.chunk.refs)) for p in passages]
        # Dense similarity relative to the best passage's: raw cosines differ from one embedder to another
        # (e5 puts unrelated text near 0.75), their order does not.
        self._dense_top = max((p.dense for p in passages), default=0.0) or 1.0
        # The names and years the question is about: an answer from a passage without them is about
        # something else ("Năm 2030 …" answered with another year's figure).
        # Its dates too ("Hội nghị ngày 15/1 …"): compared as dates, so "15/1" is not found in "15/11".
        # Its figures too ("Ngoài 1.250 lượt tổ chức …", "… 15.500 đại biểu, đúng không?"), as whole figures.
        self.anchors = [fold(a) for a in (*info.names, *stated_years(info))]
        self.figure_anchors = figure_anchors(info)
        self.date_anchors = list(dict.fromkeys(_days(info.text)))
        self._passage_anchors = [self._anchor_share(p.chunk.title + "\n" + p.chunk.indexed) for p in passages]

    def _anchor_share(self, text: str) -> float:
        total = len(self.anchors) + len(self.figure_anchors) + len(self.date_anchors)
        if not total:
            return 1.0
        folded = fold(text)
        dates = set(_days(text)) if self.date_anchors else set()
        return (sum(a in folded for a in self.anchors) + sum(bool(f.search(folded)) for f in self.figure_anchors)
                + sum(d in dates for d in self.date_anchors)) / total

    def _subject_match(self, words: list[str]) -> float:
        """How exactly a subject is what the question asks about: the idf-weighted share of its words that the
        question has ("bảo vệ an ninh mạng" is not all of "an ninh mạng là gì")."""
        distinct = list(dict.fromkeys(words))
        return coverage(distinct, self.q_folded, [self.idf(f"~{w}") for w in distinct])

    def _names_asked(self, text: str) -> bool:
        return any({r.short_key, r.full_key} & self.keys for r in find_refs(text))

    def rows(self, cands: list[Candidate]) -> list[list[float]]:
        """One feature row per candidate, in ``FEATURES`` order."""
        info = self.info
        judge = float(info.judge)
        units = [unit_text(self.passages, c) for c in cands]
        covs = [coverage(self.terms, _tokens(u, info.accented), self.weights) for u in units]
        best = max(covs, default=0.0) or 1.0
        neg_q = negated(info.text)
        many = asks_many(info.text)
        rows = []
        for c, unit, cov in zip(cands, units, covs):
            p = self.passages[c.rank]
            head = p.chunk.text[c.start:c.end]
            if c.items:  # an intro's own sentence, not its items
                head = head.split("\n", 1)[0]
            # Statutes word their definitions and lists by convention; in news and directives "Cao Bằng là …"
            # or "… như:" open any sentence.
            about = subject(head) if p.chunk.article else []
            bigram = len(self.q_bigrams & set(folded_pairs(unit))) / len(self.q_bigrams) if self.q_bigrams else 0.0
            rows.append([
                cov, cov / best, self._passage_cov[c.rank], bigram, p.dense / self._dense_top, 1 / (1 + c.rank),
                p.score,
                float(p.chunk.doc_id == self.top_doc),
                float(info.kind in _NEEDS_VALUE), float(info.kind in _NEEDS_VALUE and self.has_value(info.kind, unit)),
                float(bool(self.keys)), float(bool(self.keys) and self._names_asked(unit)),
                float(self._passage_ref[c.rank]),
                float(bool(info.ordinal) and p.chunk.ordinal == info.ordinal),
                1 / (1 + c.index), math.log1p(len(unit)) / 7, float(c.items > 0), judge, judge * cov,
                float(bool(self.anchors or self.figure_anchors or self.date_anchors)), self._anchor_share(unit),
                self._passage_anchors[c.rank],
                float(neg_q), float(neg_q == negated(head)), float(many), float(many and c.items > 0),
                float(bool(about)), self._subject_match(about) if about else 0.0,
            ])
        return rows


"""What the answerability gate knows of a question as a whole, beside its best candidate's probability: how
close the best passage is by the embedder's own cosine, how much of the question's word pairs (by idf) the
best-covering passage has, the law of the first passage has (for a statute's), and the whole corpus has at
all, how well retrieval's lists agreed on the first passage, how many of the first passages are from the
first one's law, and whether it is a statement to judge.

Candidate features (``rag.answer.features``) tell the units of one question's passages apart; these tell a
question the corpus answers from one it does not. A question about a law the corpus lacks still finds
passages sharing most of its syllables ("quyền", "nghĩa vụ", "trường hợp") and the candidate ranking is
relative, but its distinctive word pairs ("thế chấp", "bảo lãnh") are rare or absent and the nearest passage
is further away than for almost every answerable question. And where another law has the pairs, the law the
first passage is from often lacks them: a question on a statute is written from one law, which has its words.
(Reports are no such units: a question may join what several say.)
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from rag.documents import Chunk, Passage
from rag.index.lexical import LexicalIndex
from rag.query.analysis import TITLE_WORDS, QuestionInfo
from rag.query.coverage import pair_coverage, pairs_in, word_pairs, words_in
from rag.vi.text import has_diacritics

# The gate's inputs; "best_logit" is the best candidate's, the rest are the question's.
QUESTION_FEATURES = ("best_logit", "accented", "dense_top", "pairs_top", "pairs_corpus", "fused_top", "judge",
                     "ordinal_found", "pairs_law", "law_share", "law_unsaid")
# Inputs that are an embedder's absolute cosines: a gate reading them holds only for the embedder it was fitted on.
COSINE_FEATURES = frozenset({"dense_top"})


# The passages whose law (or document) the first one's is compared with: about as many as a question's answer
# is drawn from.
SHARE_OF = 5


# The passages whose own law's subject is looked for in the question: the first few, which the answer is drawn from.
UNSAID_OF = 3

# The rows of every article of the law a chunk is an article of; none outside a statute (``Snapshot.law_rows``).
LawRows = Callable[[Chunk], Sequence[int]]
# The folded syllables of the subject of the law a chunk is an article of ("to tung hanh chinh"); none outside a
# statute (``Snapshot.law_subject``).
LawSubject = Callable[[Chunk], Sequence[str]]


def _in_rows(lexical: LexicalIndex, rows: Sequence[int]) -> Callable[[str], bool]:
    """Whether any of ``rows`` has a token."""
    mask = np.zeros(lexical.size, dtype=bool)
    mask[np.asarray(rows, dtype=np.int64)] = True
    return lambda token: bool(mask[lexical.rows_of(token)].any())


def law_of(chunk: Chunk, law_rows: LawRows | None) -> int:
    """The law a passage is from, as the first of its law's rows; -1 outside a statute (or without the rows),
    where the corpus stands for the law."""
    rows = law_rows(chunk) if law_rows is not None else ()
    return int(rows[0]) if len(rows) else -1


def law_share(passages: list[Passage], law_rows: LawRows | None = None) -> float:
    """Share of the first ``SHARE_OF`` passages from the first one's law (passages outside a statute count as
    one law: a question over reports joins what several say, and a report is no unit one is written from)."""
    laws = [law_of(p.chunk, law_rows) for p in passages[:SHARE_OF]]
    return sum(law == laws[0] for law in laws) / len(laws) if laws else 0.0


def _terms(syllables: Sequence[str]) -> set[str]:
    """A subject's words as the lexical index names them: its syllable pairs, or its one syllable."""
    return pairs_in(" ".join(syllables)) or {f"~{s}" for s in syllables}


def law_unsaid(question: str, passages: list[Passage], law_subject: LawSubject | None = None) -> float:
    """Mean share, over the first ``UNSAID_OF`` passages of a law with a subject, of that subject's words the
    passage says and the question does not. "Người đại diện theo pháp luật trong tố tụng hành chính …" speaks of
    its own law's subject; a question on the representative of a legal person never names it, and is about
    another law than the passage's."""
    if law_subject is None:
        return 0.0
    asked = words_in(question)
    shares = []
    for p in passages[:UNSAID_OF]:
        subject = _terms(law_subject(p.chunk))
        if subject:
            shares.append(len((subject & words_in(p.chunk.text)) - asked) / len(subject))
    return sum(shares) / len(shares) if shares else 0.0


def question_features(info: QuestionInfo, passages: list[Passage], lexical: LexicalIndex,
                      law_rows: LawRows | None = None, law_subject: LawSubject | None = None) -> dict[str, float]:
    """The question-level inputs of the gate (all of ``QUESTION_FEATURES`` but ``best_logit``). ``law_rows`` gives
    the rows in ``lexical`` of a statute chunk's law; without it (or outside a statute) the corpus stands for it.
    ``law_subject`` gives the subject of a statute chunk's law; without it, none is looked for."""
    # A text states a person's titles without the words "chức vụ": they are the question's, not the topic's.
    asking = TITLE_WORDS if info.kind == "title" else frozenset()
    pairs = word_pairs(info.text, asking, info.names, lexical.contains)
    weights = [lexical.idf(p) for p in pairs]  # a pair the corpus never has weighs the most
    law = law_rows(passages[0].chunk) if law_rows is not None and passages else ()
    in_law = _in_rows(lexical, law) if len(law) else lexical.contains
    # Typed without accents, a question is searched with the marks the corpus's spellings give it (``retrieval``):
    # once they are restored, the passages' cosines are the restored question's, and mean what an accented one's do.
    accented = float(info.accented or has_diacritics(lexical.restore_accents(info.text)))
    return {
        "accented": accented,
        # The embedder's cosine means little for a question typed without accents that none could be restored to
        # (e5 puts it far from everything), so it only counts for an accented one.
        "dense_top": accented * max((p.dense for p in passages), default=0.0),
        "pairs_top": max((pair_coverage(pairs, weights, pairs_in(p.chunk.indexed).__contains__)
                          for p in passages), default=0.0),
        "pairs_corpus": pair_coverage(pairs, weights, lexical.contains),
        # Fused scores are in (0, 1]; a baseline handing raw BM25 scores is kept in that range. The best of them: the
        # passage ranker may have put another first (``rag.query.passage_rank``), the lists agreed on this one.
        "fused_top": min(1.0, max(p.score for p in passages)) if passages else 0.0,
        "judge": float(info.judge),
        # "Nhiệm vụ thứ tư …" and a passage that is the fourth item of a list ("Bốn là, …"): the structure
        # answers what the words may not (the question's "thứ tư" is not the text's "Bốn là").
        "ordinal_found": float(bool(info.ordinal) and any(p.chunk.ordinal == info.ordinal for p in passages)),
        # The first passage's law: the one a question written from it would be about.
        "pairs_law": pair_coverage(pairs, weights, in_law) if passages else 0.0,
        # A question written from a law the corpus has finds that law's articles first; one about a law it
        # lacks finds articles of several laws, each sharing a few of its words.
        "law_share": law_share(passages, law_rows),
        # The first passages say their own law's subject ("… trong tố tụng hành chính"), which the question never
        # names: a question written from that law has its words; one about another law, only the shared ones.
        "law_unsaid": law_unsaid(info.text, passages, law_subject),
    }


def logit(p: float) -> float:
    """log(p / (1 - p)), bounded: the best candidate's probability as the gate reads it."""
    p = min(max(p, 1e-6), 1 - 1e-6)
    return math.log(p / (1 - p))


def gate_row(best_prob: float, question: dict[str, float], names: tuple[str, ...]) -> list[float]:
    """The gate's input row, in the order of ``names``."""
    values = question | {"best_logit": logit(best_prob)}
    return [values[n] for n in names]

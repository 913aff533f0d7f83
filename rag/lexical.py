"""BM25 (bm25s) over syllables, syllable bigrams, accent-folded forms, directive keys and
expanded abbreviations."""

from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from rag.refs import ref_keys
from rag.textnorm import fold, syllables

# Abbreviations officials type, with what they stand for.
ABBREVIATIONS = {
    "KL": "kết luận", "NQ": "nghị quyết", "QĐ": "quyết định quy định", "QĐi": "quy định",
    "CT": "chỉ thị", "KH": "kế hoạch", "TW": "trung ương", "TƯ": "trung ương", "TU": "tỉnh ủy",
    "BCH": "ban chấp hành", "BCT": "bộ chính trị", "BBT": "ban bí thư", "BTV": "ban thường vụ",
    "HĐND": "hội đồng nhân dân", "UBND": "ủy ban nhân dân", "MTTQ": "mặt trận tổ quốc",
    "ĐBQH": "đại biểu quốc hội", "KT-XH": "kinh tế xã hội", "KT - XH": "kinh tế xã hội",
    "HTCT": "hệ thống chính trị", "PCTN": "phòng chống tham nhũng", "CB/ĐV": "cán bộ đảng viên",
    "CB, ĐV": "cán bộ đảng viên", "TTĐT": "thông tin điện tử",
}
# Lowercase forms safe to expand in unaccented queries (others collide with words: "da" = "đã").
_LOWER_SAFE = {"kl", "nq", "qd", "kh", "tw", "bch", "bct", "bbt", "btv", "hdnd", "ubnd", "mttq", "dbqh",
               "htct", "pctn", "kt-xh"}
_ABBR_RE = re.compile(
    r"(?<![\w/-])(" + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w/-])"
)
_LOWER_MAP = {fold(k): v for k, v in ABBREVIATIONS.items() if fold(k) in _LOWER_SAFE}
_LOWER_RE = re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, _LOWER_MAP)) + r")(?![\w/-])")


def expand_abbreviations(text: str, lowercase_too: bool = False) -> str:
    """Append each abbreviation's expansion after it: "BTV Tỉnh ủy" -> "BTV ban thường vụ Tỉnh ủy"."""
    text = _ABBR_RE.sub(lambda m: f"{m.group(1)} {ABBREVIATIONS[m.group(1)]}", text)
    if lowercase_too:
        text = _LOWER_RE.sub(lambda m: f"{m.group(1)} {_LOWER_MAP[m.group(1)]}", text)
    return text


def lexical_tokens(text: str, query: bool = False) -> list[str]:
    """BM25 tokens: syllables, bigrams, their folded forms ("~"), and directive keys ("#")."""
    expanded = expand_abbreviations(text, lowercase_too=query)
    sylls = syllables(expanded)
    tokens = list(sylls)
    tokens += [f"{a}_{b}" for a, b in zip(sylls, sylls[1:])]
    folded = [fold(s) for s in sylls]
    tokens += [f"~{f}" for f in folded]
    tokens += [f"~{a}_{b}" for a, b in zip(folded, folded[1:])]
    tokens += [f"#{key}" for key in sorted(ref_keys(text))]
    return tokens


class LexicalIndex:
    """A BM25 index over a fixed list of texts; rebuilt when the collection changes."""

    def __init__(self, texts: list[str]) -> None:
        import bm25s

        self.size = len(texts)
        self._bm25 = None
        corpus = [lexical_tokens(t) or ["\u2205"] for t in texts]
        self._df: Counter[str] = Counter()
        for toks in corpus:
            self._df.update(set(toks))
        if corpus:
            self._bm25 = bm25s.BM25()
            self._bm25.index(corpus, show_progress=False)

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every indexed text for ``query``."""
        if self._bm25 is None:
            return np.zeros(0, dtype=np.float32)
        tokens = [t for t in lexical_tokens(query, query=True) if t in self._df]
        if not tokens:
            return np.zeros(self.size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(tokens), dtype=np.float32)

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """Indices and scores of the best ``k`` texts with a positive score."""
        scores = self.scores(query)
        if scores.size == 0:
            return []
        order = np.argsort(-scores, kind="stable")[:k]
        return [(int(i), float(scores[i])) for i in order if scores[i] > 0]

    def idf(self, token: str) -> float:
        """Inverse document frequency of a token (unseen tokens weigh the most)."""
        return math.log(1 + (self.size + 1) / (self._df.get(token, 0) + 0.5))

    def contains(self, token: str) -> bool:
        """Whether any indexed text has ``token``."""
        return token in self._df

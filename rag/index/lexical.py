"""BM25 (bm25s) over syllables, syllable bigrams, accent-folded forms, directive keys and
expanded abbreviations."""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from rag.vi.doctypes import expand_abbreviations
from rag.vi.refs import ref_keys
from rag.vi.syllables import syllables
from rag.vi.text import fold


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

    def tokens(self, prefix: str) -> list[str]:
        """Every indexed token that starts with ``prefix`` ("#luat-": the laws the texts name)."""
        return [t for t in self._df if t.startswith(prefix)]

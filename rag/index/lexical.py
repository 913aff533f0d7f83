"""BM25 over syllables, syllable bigrams, accent-folded forms, directive keys and expanded abbreviations.

The index is arrays, not Python objects: a token's postings (rows and term frequencies) in a large ``base``
part and a small ``delta`` part holding the rows added since, a live mask for deleted rows, and per row its
length. ``apply`` makes the next generation from the previous one in time proportional to what changed (the
delta is merged into the base when it grows past a quarter of it), so a write never rebuilds the index and a
reader keeps the generation it started with. Scores are bm25s's "lucene" BM25 (k1 1.5, b 0.75), computed the
same way in the same float32 order, so rankings are identical to a bm25s index built from scratch.
"""

from __future__ import annotations

import math
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from rag.vi.accents import restore_accents
from rag.vi.doctypes import expand_abbreviations
from rag.vi.refs import ref_keys
from rag.vi.syllables import syllables
from rag.vi.text import fold

K1, B = 1.5, 0.75
_EMPTY = "\u2205"  # the token of a text with none (bm25s needs one per document)
_WEIGHT_CACHE = 6_000_000  # 4-byte values a generation keeps (weights, and rows when copied) once a question
# used a token: the common tokens of questions are scored once per generation, not once per question


@lru_cache(maxsize=1 << 16)
def _fold(syllable: str) -> str:
    return fold(syllable)  # syllables repeat endlessly: fold each spelling once


def lexical_tokens(text: str, query: bool = False, refs: Iterable[str] | None = None) -> list[str]:
    """BM25 tokens: syllables, bigrams, their folded forms ("~"), and directive keys ("#").

    ``refs`` are the text's directive keys when already known (a chunk's ``refs``, computed at ingest from
    the same text), which spares finding them again."""
    expanded = expand_abbreviations(text, lowercase_too=query)
    sylls = syllables(expanded)
    tokens = list(sylls)
    tokens += [f"{a}_{b}" for a, b in zip(sylls, sylls[1:])]
    folded = [_fold(s) for s in sylls]
    tokens += [f"~{f}" for f in folded]
    tokens += [f"~{a}_{b}" for a, b in zip(folded, folded[1:])]
    tokens += [f"#{key}" for key in sorted(ref_keys(text) if refs is None else refs)]
    return tokens


class Vocabulary:
    """Token -> id, append-only and shared by every generation (a generation knows how many ids it has)."""

    def __init__(self, tokens: Sequence[str] = ()) -> None:
        self.ids: dict[str, int] = {t: i for i, t in enumerate(tokens)}
        self.tokens: list[str] = list(tokens)
        self.refs: list[int] = [i for i, t in enumerate(tokens) if t.startswith("#")]  # directive keys
        self._lock = threading.Lock()
        self._spellings: dict[str, list[int]] = {}  # folded syllable -> ids of its spellings, built when asked
        self._followers: dict[str, int] = {}  # syllable -> how many pair tokens start with it
        self._syllables: list[int] = []  # ids of syllable tokens
        self._scanned = 0  # tokens already sorted into these

    def add(self, token: str) -> int:
        """The id of ``token``, new ones appended."""
        found = self.ids.get(token)
        if found is not None:
            return found
        with self._lock:
            found = self.ids.get(token)
            if found is None:
                found = len(self.tokens)
                self.tokens.append(token)
                if token.startswith("#"):
                    self.refs.append(found)
                self.ids[token] = found
            return found

    def __len__(self) -> int:
        return len(self.tokens)

    def spelling_ids(self, folded: str) -> list[int]:
        """The ids of the syllables (no pairs, folded forms or keys) whose folded form is ``folded``: what an
        unaccented word may stand for. Sorted out on first use, then only the tokens added since."""
        self._scan()
        return self._spellings.get(folded, [])

    def followers(self, syllable: str) -> int:
        """How many different syllables were ever seen after ``syllable`` (pairs of deleted texts included)."""
        self._scan()
        return self._followers.get(syllable, 0)

    def syllable_ids(self) -> list[int]:
        """The ids of every syllable token."""
        self._scan()
        return self._syllables

    def _scan(self) -> None:
        if self._scanned >= len(self.tokens):
            return
        with self._lock:
            tokens = self.tokens
            for i in range(self._scanned, len(tokens)):
                token = tokens[i]
                if token.isalpha() and token != _EMPTY:  # "a_b" pairs, "~" and "#" tokens are not
                    self._spellings.setdefault(_fold(token), []).append(i)
                    self._syllables.append(i)
                elif token[:1].isalpha() and token.count("_") == 1:
                    left = token.split("_")[0]
                    self._followers[left] = self._followers.get(left, 0) + 1
            self._scanned = len(tokens)

    def __getstate__(self) -> dict:
        return {"tokens": self.tokens}  # the map and the lock are rebuilt on load

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["tokens"])


@dataclass(frozen=True)
class TokenRows:
    """Rows of token ids with their counts (CSR): what ``apply`` adds."""

    indptr: np.ndarray  # int64, len rows + 1
    tokens: np.ndarray  # int32 token ids, unique within a row
    tf: np.ndarray  # uint16 counts
    lengths: np.ndarray  # int64 tokens per row, repeats included (BM25's document length)

    @classmethod
    def build(cls, vocab: Vocabulary, token_lists: Iterable[list[str]]) -> TokenRows:
        """Rows from token lists, consumed one at a time (a text without tokens counts one, as bm25s does).
        Each row becomes small arrays at once: 100k rows of ~500 tokens never live as Python lists."""
        toks: list[np.ndarray] = []
        tfs: list[np.ndarray] = []
        sizes: list[int] = []
        lengths: list[int] = []
        add = vocab.add
        for tokens in token_lists:
            tokens = tokens or [_EMPTY]
            counts = Counter(tokens)
            toks.append(np.fromiter(map(add, counts), dtype=np.int32, count=len(counts)))
            tfs.append(np.fromiter(counts.values(), dtype=np.int64, count=len(counts)))
            sizes.append(len(counts))
            lengths.append(len(tokens))
        indptr = np.zeros(len(sizes) + 1, dtype=np.int64)
        np.cumsum(sizes, out=indptr[1:])
        tokens_arr = np.concatenate(toks) if toks else np.zeros(0, dtype=np.int32)
        tf = np.minimum(np.concatenate(tfs), 65535).astype(np.uint16) if tfs else np.zeros(0, dtype=np.uint16)
        return cls(indptr, tokens_arr, tf, np.asarray(lengths, dtype=np.int64))

    @property
    def size(self) -> int:
        """Number of rows."""
        return len(self.indptr) - 1


@dataclass(frozen=True)
class Postings:
    """Token -> (rows, tf), CSC: the postings of token ``t`` are ``rows[indptr[t]:indptr[t + 1]]``."""

    indptr: np.ndarray  # int64, len vocabulary + 1
    rows: np.ndarray  # int32
    tf: np.ndarray  # uint16

    @classmethod
    def empty(cls) -> Postings:
        """No postings."""
        return cls(np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint16))

    @classmethod
    def from_triples(cls, tokens: np.ndarray, rows: np.ndarray, tf: np.ndarray, vocab_size: int) -> Postings:
        """Sorted by token, then row (a stable sort of row-ordered triples)."""
        order = np.argsort(tokens, kind="stable")
        counts = np.bincount(tokens, minlength=vocab_size)
        indptr = np.zeros(vocab_size + 1, dtype=np.int64)
        np.cumsum(counts, out=indptr[1:])
        return cls(indptr, rows[order].astype(np.int32), tf[order])

    def triples(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(token, row, tf) of every posting."""
        tokens = np.repeat(np.arange(len(self.indptr) - 1, dtype=np.int32), np.diff(self.indptr))
        return tokens, self.rows, self.tf

    def get(self, token: int) -> tuple[np.ndarray, np.ndarray]:
        """Rows and tf of ``token`` (empty when this part has none)."""
        if token + 1 >= len(self.indptr):
            return self.rows[:0], self.tf[:0]
        start, end = self.indptr[token], self.indptr[token + 1]
        return self.rows[start:end], self.tf[start:end]

    @property
    def nnz(self) -> int:
        """Number of postings."""
        return len(self.rows)


class LexicalIndex:
    """One generation of the BM25 index: ``base`` + ``delta`` postings over rows ``0..size-1``, some dead.

    ``LexicalIndex(texts)`` indexes some texts once; ``apply`` makes the next generation of an index."""

    def __init__(self, texts: Iterable[str] = ()) -> None:
        self._set(Vocabulary(), Postings.empty(), Postings.empty(), None, 0, np.zeros(0, dtype=np.int64),
                  np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int64))
        texts = list(texts)
        if texts:
            built = self.apply(np.zeros(0, dtype=np.int64), [], [lexical_tokens(t) for t in texts])
            self._set(built.vocab, built.base, built.delta, built.delta_rows, built.delta_start, built.lengths,
                      built.live, built.df)

    @classmethod
    def _of(cls, *parts) -> LexicalIndex:
        index = cls.__new__(cls)
        index._set(*parts)
        return index

    def _set(self, vocab: Vocabulary, base: Postings, delta: Postings, delta_rows: TokenRows | None,
             delta_start: int, lengths: np.ndarray, live: np.ndarray, df: np.ndarray) -> None:
        self.vocab = vocab
        self.base = base
        self.delta = delta
        self.delta_rows = delta_rows  # the rows of ``delta`` as CSR (the next delta is built from them)
        self.delta_start = delta_start  # first row of the delta part
        self.lengths = lengths
        self.live = live
        self.df = df
        self.vocab_size = len(df)
        self.size = len(lengths)  # rows, dead ones included
        self.live_count = int(live.sum())
        avgdl = float(lengths[live].mean()) if self.live_count else 1.0
        self._den = K1 * ((1 - B) + B * lengths / avgdl)  # float64, in bm25s's order of operations
        self._idf = _idf(df, self.live_count)
        self._weights: dict[int, tuple[np.ndarray, np.ndarray]] = {}
        self._syllable_total: int | None = None  # the syllables' document frequencies summed, when first asked
        self._cached = 0
        self._weights_lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {"parts": (self.vocab, self.base, self.delta, self.delta_rows, self.delta_start, self.lengths,
                          self.live, self.df)}  # the weight cache and its lock are not kept

    def __setstate__(self, state: dict) -> None:
        self._set(*state["parts"])

    # -- the next generation ------------------------------------------------------------------------
    def apply(self, removed: np.ndarray, removed_tokens: Iterable[list[str]],
              added_tokens: Iterable[list[str]]) -> LexicalIndex:
        """The next generation: rows ``removed`` (whose tokens are ``removed_tokens``) dead, and rows with
        ``added_tokens`` appended after the last row. This generation is left as it is (readers keep it)."""
        new_rows = TokenRows.build(self.vocab, added_tokens)
        gone = TokenRows.build(self.vocab, removed_tokens)
        vocab_size = len(self.vocab)
        live = np.concatenate([self.live, np.ones(new_rows.size, dtype=bool)])
        df = np.zeros(vocab_size, dtype=np.int64)
        df[:self.vocab_size] = self.df
        removed = np.asarray(removed, dtype=np.int64)
        if removed.size:
            live[removed] = False
            np.subtract.at(df, gone.tokens, 1)
        np.add.at(df, new_rows.tokens, 1)
        lengths = np.concatenate([self.lengths, new_rows.lengths])
        delta_rows = _concat_rows(self.delta_rows, new_rows)
        if delta_rows.tokens.size * 4 > self.base.nnz:  # merge: the delta stays small next to the base
            base = _merge(self.base, _postings_of(delta_rows, self.delta_start, vocab_size), live, vocab_size)
            return LexicalIndex._of(self.vocab, base, Postings.empty(), None, len(lengths), lengths, live, df)
        delta = _postings_of(delta_rows, self.delta_start, vocab_size)
        return LexicalIndex._of(self.vocab, self.base, delta, delta_rows, self.delta_start, lengths, live, df)

    # -- reading -------------------------------------------------------------------------------------
    def _token_weights(self, token: int) -> tuple[np.ndarray, np.ndarray]:
        cached = self._weights.get(token)
        if cached is not None:
            return cached
        (rows, tf), (delta_rows, delta_tf) = self.base.get(token), self.delta.get(token)
        if delta_rows.size:
            rows, tf = np.concatenate([rows, delta_rows]), np.concatenate([tf, delta_tf])
        if self.live_count < self.size:
            keep = self.live[rows]
            rows, tf = rows[keep], tf[keep]
        tf = tf.astype(np.float64)  # (rows stays a view of the postings when nothing was added or deleted)
        # bm25s: float32(idf * tf / (k1 * (1 - b + b * dl / avgdl) + tf)), the tf part in float64.
        weights = (self._idf[token].astype(np.float64) * (tf / (self._den[rows] + tf))).astype(np.float32)
        with self._weights_lock:
            if self._cached + rows.size <= _WEIGHT_CACHE:
                self._weights[token] = (rows, weights)
                self._cached += rows.size * (1 if rows.base is not None else 2)
        return rows, weights

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every row for ``query`` (0 for dead rows)."""
        if not self.live_count:
            return np.zeros(self.size, dtype=np.float32)
        ids = self.vocab.ids
        tokens = [ids[t] for t in lexical_tokens(query, query=True) if t in ids]
        scores = np.zeros(self.size, dtype=np.float32)
        for token in tokens:  # query order, repeats included: the float32 sums bm25s makes
            if token < self.vocab_size and self.df[token] > 0:
                rows, weights = self._token_weights(token)
                scores[rows] += weights
        return scores

    def top(self, query: str, k: int) -> list[tuple[int, float]]:
        """Rows and scores of the best ``k`` texts with a positive score."""
        scores = self.scores(query)
        return [(int(i), float(scores[i])) for i in top_rows(scores, k)]

    def idf(self, token: str) -> float:
        """Inverse document frequency of a token (unseen tokens weigh the most)."""
        return math.log(1 + (self.live_count + 1) / (self._df(token) + 0.5))

    def _df(self, token: str) -> int:
        i = self.vocab.ids.get(token)
        return int(self.df[i]) if i is not None and i < self.vocab_size else 0

    def spellings(self, folded: str) -> list[str]:
        """The spellings live rows have of the folded syllable ``folded`` ("trong" -> "trong", "trọng", …)."""
        tokens = self.vocab.tokens
        return [tokens[i] for i in self.vocab.spelling_ids(folded) if i < self.vocab_size and self.df[i] > 0]

    def restore_accents(self, text: str) -> str:
        """``text`` typed without accents, with the marks this corpus's spellings most likely give it
        (``rag.vi.accents``); text with marks is returned as it is."""
        if self._syllable_total is None:
            ids = np.fromiter(self.vocab.syllable_ids(), dtype=np.int64)
            self._syllable_total = int(self.df[ids[ids < self.vocab_size]].sum())
        return restore_accents(text, self.spellings, self._df, self.vocab.followers, self._syllable_total,
                               self.live_count)

    def rows_with(self, token: str, limit: int) -> list[int]:
        """Up to ``limit`` live rows that have ``token``, first rows first."""
        i = self.vocab.ids.get(token)
        if i is None or i >= self.vocab_size or self.df[i] == 0:
            return []
        rows, _ = self._token_weights(i)
        return sorted(rows.tolist())[:limit]

    def rows_of(self, token: str) -> np.ndarray:
        """Every live row that has ``token`` (none for a token no live row has)."""
        i = self.vocab.ids.get(token)
        if i is None or i >= self.vocab_size or self.df[i] == 0:
            return np.zeros(0, dtype=np.int64)
        return self._token_weights(i)[0]

    def contains(self, token: str) -> bool:
        """Whether any live row has ``token``."""
        return self._df(token) > 0

    def row_count(self, token: str) -> int:
        """How many live rows have ``token``."""
        return self._df(token)

    def tokens(self, prefix: str) -> list[str]:
        """Every token of a live row that starts with ``prefix`` ("#luat-": the laws the texts name)."""
        names = self.vocab.tokens
        ids = self.vocab.refs if prefix.startswith("#") else range(self.vocab_size)
        return [names[i] for i in ids if i < self.vocab_size and self.df[i] > 0 and names[i].startswith(prefix)]

    @property
    def nnz(self) -> int:
        """Postings held (dead rows' included until the next merge)."""
        return self.base.nnz + self.delta.nnz


def top_rows(scores: np.ndarray, k: int, allowed: np.ndarray | None = None) -> list[int]:
    """The rows of the ``k`` best positive scores, best first, ties by row: what a stable argsort of
    ``-scores`` gives, by partial sort (only the candidates are ordered)."""
    if allowed is not None:
        scores = np.where(allowed, scores, 0.0).astype(scores.dtype, copy=False)
    positive = np.flatnonzero(scores > 0)
    if positive.size > k:
        kth = np.partition(scores[positive], positive.size - k)[positive.size - k]  # the k-th best score
        positive = positive[scores[positive] >= kth]  # ties at the k-th score all stay, then rows decide
    order = np.lexsort((positive, -scores[positive]))
    return positive[order][:k].tolist()


def _idf(df: np.ndarray, n: int) -> np.ndarray:
    """bm25s's lucene idf per token, float32 (math.log, as bm25s computes it, once per distinct df)."""
    values, inverse = np.unique(df, return_inverse=True)
    table = np.array([math.log(1 + (n - d + 0.5) / (d + 0.5)) if d else 0.0 for d in values.tolist()],
                     dtype=np.float32)
    return table[inverse].reshape(df.shape) if df.size else np.zeros(0, dtype=np.float32)


def _concat_rows(first: TokenRows | None, second: TokenRows) -> TokenRows:
    if first is None or first.size == 0:
        return second
    return TokenRows(np.concatenate([first.indptr, second.indptr[1:] + first.indptr[-1]]),
                     np.concatenate([first.tokens, second.tokens]), np.concatenate([first.tf, second.tf]),
                     np.concatenate([first.lengths, second.lengths]))


def _postings_of(rows: TokenRows, start: int, vocab_size: int) -> Postings:
    row_ids = np.repeat(np.arange(start, start + rows.size, dtype=np.int32), np.diff(rows.indptr))
    return Postings.from_triples(rows.tokens, row_ids, rows.tf, vocab_size)


def _merge(base: Postings, delta: Postings, live: np.ndarray, vocab_size: int) -> Postings:
    """One postings part from two (delta rows come after base rows), dead rows dropped."""
    tokens, rows, tf = (np.concatenate(parts) for parts in zip(base.triples(), delta.triples()))
    keep = live[rows]
    tokens, rows, tf = tokens[keep], rows[keep], tf[keep]
    order = np.argsort(tokens, kind="stable")  # base runs are sorted already; delta rows come after them
    counts = np.bincount(tokens, minlength=vocab_size)
    indptr = np.zeros(vocab_size + 1, dtype=np.int64)
    np.cumsum(counts, out=indptr[1:])
    return Postings(indptr, rows[order], tf[order])

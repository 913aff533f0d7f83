"""Words misspelled the way Vietnamese is commonly misspelled, written as the corpus writes them.

Writers confuse the initials that sound alike in their dialect ("chỉnh đốn" typed "trỉnh đốn", "kết nạp" "kết
lạp", "trực tuyến" "chực tuyến", "năm" "lăm") and finals ("ban hành" typed "ban hàn"); speech recognition does
the same ("trung ương" heard as "chung ương"). Such a word then joins none of its neighbours as any text does,
while one spelling of it that differs only there joins them as the texts do: that spelling is meant. Only words
the corpus never writes are respelled, and names (capitalised words) are left as typed: a name the corpus lacks
must stay lacking.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from string import ascii_lowercase

from rag.vi.names import HONORIFICS
from rag.vi.places import province_opening
from rag.vi.syllables import STOPWORDS, STOPWORDS_FOLDED
from rag.vi.telex import syllable_parts
from rag.vi.text import fold, has_diacritics, index_form, is_vowel, toneless

# Initials and finals that sound alike somewhere in Vietnam, longest first within a group.
_INITIALS = (("ch", "tr"), ("s", "x"), ("l", "n"), ("gi", "d", "r"))
_FINALS = (("nh", "ng", "n"), ("ch", "c", "t"))
_WORD = re.compile(r"[^\W\d_]+")

# Words of talk that formal texts seldom write, meant as typed: pronouns and what one calls someone ("chị" is no
# "trị" however it sits), particles, and the question words.
_SPOKEN = HONORIFICS | STOPWORDS | frozenset("tôi tui em mình cháu con họ nó ạ ơi nhé nha vậy thế à hả dạ vâng "
                                             "nhỉ chứ đấy".split())
KnownPair = Callable[[str, str], bool]  # two words (lowercase, as typed) -> whether some text has them side by side
# Pairs questions write and the texts they ask of seldom do ("giữ chức vụ gì", "bao nhiêu phần trăm", "ngày nào"):
# a word misspelled beside one of them is told by it as by a pair of the texts.
_ASKING_PAIRS = frozenset(tuple(p.split()) for p in (
    "chức vụ", "chức danh", "cương vị", "bao nhiêu", "phần trăm", "ngày nào", "năm nào", "tháng nào", "ngày tháng",
    "là ai", "là gì", "thế nào", "như thế", "vào ngày", "vào năm", "những ai", "những gì", "do ai", "tác giả",
    # what is asked of the news itself
    "đưa tin", "đăng tin", "bản tin", "tin bài", "bài báo"))
_ASKING_FIRST = frozenset(first for first, _ in _ASKING_PAIRS)
_ASKING_SECOND = frozenset(second for _, second in _ASKING_PAIRS)


# Keys beside each other on a keyboard: a finger slipping from one to the other ("Nhân" typed for "Ngân").
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_BESIDE = {a: {r[j] for r in _ROWS for j in (r.find(a) - 1, r.find(a) + 1) if a in r and 0 <= j < len(r)}
           for a in ascii_lowercase}


def one_key_off(folded: str) -> set[str]:
    """``folded`` with one letter replaced by a key beside it ("nhan" -> "ngan", "njan" …)."""
    return {folded[:i] + c + folded[i + 1:] for i in range(len(folded)) for c in _BESIDE.get(folded[i], ())}


def one_letter_off(folded: str) -> set[str]:
    """``folded`` with two neighbouring letters swapped, one letter too many taken out or one left out put in
    ("qunag", "nguyeyn", "qung" -> "quang", "nguyen", "quang" …)."""
    swapped = {folded[:i] + folded[i + 1] + folded[i] + folded[i + 2:] for i in range(len(folded) - 1)}
    dropped = {folded[:i] + folded[i + 1:] for i in range(len(folded))} if len(folded) > 2 else set()
    added = {folded[:i] + c + folded[i:] for i in range(len(folded) + 1) for c in ascii_lowercase}
    return (swapped | dropped | added) - {folded}


def marks_of(syllable: str) -> str:
    """What marks a syllable carries beyond its letters: "ngân" and "nhân" carry the same; "thắng" and "thông" do
    not."""
    return "".join(ch for ch, base in zip(syllable, fold(syllable)) if ch != base)


def _swap_initial(word: str) -> list[str]:
    """``word`` (NFC, lowercase) with its initial swapped for each that sounds alike ("trỉnh" -> "chỉnh"); "gi"
    before a vowel is one initial, and "đ" is no "d"."""
    for group in _INITIALS:
        for initial in group:
            if word.startswith(initial) and is_vowel(word[len(initial):len(initial) + 1]):
                return [other + word[len(initial):] for other in group if other != initial]
    return []


def swap_final(word: str) -> list[str]:
    """``word`` with its final swapped for each that sounds alike ("hàn" -> "hành", "hàng")."""
    for group in _FINALS:
        for final in group:
            if word.endswith(final) and is_vowel(word[-len(final) - 1:-len(final)]):
                return [word[:-len(final)] + other for other in group if other != final]
    return []


def _slips(word: str, spellings: Callable[[str], Iterable[str]]) -> list[str]:
    """The words of the corpus (``spellings``: those of a folded syllable) that ``word`` is a finger's slip of,
    with its marks: one key beside the one meant ("chứv" for "chức"), two letters swapped ("ngyà", "hàhn"), one
    left out or one too many, when it is spelt as no syllable is. A word of two letters has too many such neighbours
    to tell one."""
    folded = fold(word)
    # Only a word no Vietnamese syllable is spelt like: one that is ("đầy", "tên", "sơn") is meant as typed, however
    # seldom the texts write it ("họ tên đầy đủ" is no "đầu đủ").
    if len(folded) < 3 or syllable_parts(toneless(word)) is not None:
        return []
    marks = marks_of(word)
    return [spelled for variant in sorted(one_key_off(folded) | one_letter_off(folded))
            for spelled in spellings(variant) if marks_of(spelled) == marks]


def _asking_slips(word: str, before: str, after: str) -> list[str]:
    """The words of the asking pairs (``_ASKING_PAIRS``) that ``word`` is one letter or key off, with the pair's
    other word next to it (``before``, ``after``: its neighbours, "" at a clause's edge): "bao nhiu" is "bao nhiêu",
    "ngày nàoo" "ngày nào". The letter left out may be the one carrying the mark, so the word need only carry no mark
    the meant word lacks ("chữv" is no "chức")."""
    folded = fold(word)
    if len(folded) < 3 or (before not in _ASKING_FIRST and after not in _ASKING_SECOND):
        return []
    near = one_key_off(folded) | one_letter_off(folded)
    return sorted({meant for first, second in _ASKING_PAIRS for other, meant in ((first, second), (second, first))
                   if other == (before if meant == second else after) and fold(meant) in near
                   and set(marks_of(word)) <= set(marks_of(meant))})


def _joined(text: str, words: list[re.Match[str]]) -> list[bool]:
    """Whether each word of ``text`` and the next stand in one clause, only spaces between them: "…, năm" has no
    pair across the comma."""
    return [not re.search(r"[^\s]", text[a.end():b.start()]) for a, b in zip(words, words[1:])]


def _support(forms: list[str], joined: list[bool], i: int, form: str, known: KnownPair) -> int:
    """How many of word ``i``'s neighbours in its clause ``form`` joins as ``known`` pairs do (0, 1 or 2)."""
    left = i > 0 and joined[i - 1] and known(forms[i - 1], form)
    right = i + 1 < len(forms) and joined[i] and known(form, forms[i + 1])
    return int(left) + int(right)


def _sole_best(candidates: dict[str, int]) -> str | None:
    """The one spelling that joins the most neighbours (``candidates``: spelling -> how many), if it joins any and
    no other joins as many."""
    best = max(candidates.values(), default=0)
    chosen = [v for v, n in candidates.items() if n == best]
    return chosen[0] if best and len(chosen) == 1 else None


def _one_cut(form: str, known_word: Callable[[str], bool], known_pair: KnownPair, first: int) -> int | None:
    """Where ``form`` parts into two words the corpus writes side by side (the first at least ``first`` letters
    long), when it parts so in exactly one way."""
    cuts = [j for j in range(first, len(form) - first + 1) if known_word(form[:j]) and known_word(form[j:])
            and known_pair(form[:j], form[j:])]
    return cuts[0] if len(cuts) == 1 else None


def respelled(text: str, known_pair: KnownPair, known_word: Callable[[str], bool],
              spellings: Callable[[str], Iterable[str]] | None = None) -> str:
    """``text`` with each lowercase word (or capitalised as a title's first word, "Trủ tịch") the corpus never
    writes (``known_word``) and that joins neither neighbour
    as the corpus does, but would with one alike-sounding initial or final of its own, or (given the corpus's
    ``spellings`` of a folded syllable) one slip of a finger undone (and only one such spelling), spelled so. A
    word the corpus has ("ra") is taken as meant, however it sits, and so is a word of talk ("chị")."""
    words = list(_WORD.finditer(text))
    forms = [index_form(m.group()) for m in words]  # lowercase, one tone placement
    joined = _joined(text, words)

    def known(first: str, second: str) -> bool:  # by the texts, or as questions are written
        return (first, second) in _ASKING_PAIRS or known_pair(first, second)

    def support(i: int, form: str) -> int:
        return _support(forms, joined, i, form, known)

    def title_word(i: int) -> bool:
        # "Trủ tịch": capitalised as a title's first word is, the next word lowercase: no syllable of a name, whose
        # syllables all are capitalised.
        word = words[i].group()
        after_capital = i > 0 and joined[i - 1] and words[i - 1].group()[:1].isupper()
        return (word[:1].isupper() and word[1:] == word[1:].lower() and i + 1 < len(words) and joined[i]
                and words[i + 1].group().islower() and not after_capital)

    out, last = [], 0
    for i, m in enumerate(words):
        word = m.group()
        if (word != word.lower() and not title_word(i)) or forms[i] in _SPOKEN or known_word(forms[i]) \
                or support(i, forms[i]):
            continue
        capital = word != word.lower()
        word = word.lower()
        candidates = {}
        slips = _slips(word, spellings) if spellings is not None else []
        before = forms[i - 1] if i > 0 and joined[i - 1] else ""
        after = forms[i + 1] if i + 1 < len(words) and joined[i] else ""
        slips += [w for w in _asking_slips(word, before, after) if w not in slips]
        for variant in _swap_initial(word) + swap_final(word) + slips:
            if (n := support(i, index_form(variant))) > 0:
                candidates[variant] = n
        if (chosen := _sole_best(candidates)) is not None:
            out.append(text[last:m.start()] + (chosen[:1].upper() + chosen[1:] if capital else chosen))
            last = m.end()
            forms[i] = index_form(chosen)
    return "".join(out) + text[last:]


def parted(text: str, known_pair: KnownPair, known_word: Callable[[str], bool]) -> str:
    """``text`` with each accented word the corpus never writes that is two words it writes side by side, typed
    without the space between them, parted there ("đảngviên" -> "đảng viên", "bíthư" -> "bí thư": "bít hư" is
    no pair of any text); a word that parts so in more than one way is left as typed."""
    def part(m: re.Match[str]) -> str:
        word = m.group()
        form = index_form(word)
        if len(word) < 4 or not word[1:].islower() or not has_diacritics(word) or known_word(form):
            return word
        cut = _one_cut(form, known_word, known_pair, 1)
        return word if cut is None else f"{word[:cut]} {word[cut:]}"
    return _WORD.sub(part, text)


_ASKING_PAIRS_FOLDED = frozenset((fold(a), fold(b)) for a, b in _ASKING_PAIRS)
_UNITS = frozenset("tinh huyen xa phuong quan tp thon".split())  # folded: what a place's name follows


def respelled_unaccented(text: str, known_pair: KnownPair, common_pair: KnownPair) -> str:
    """``text`` typed without accents with each lowercase word that joins neither neighbour as the corpus's words
    do (``known_pair``: two folded words side by side in some text) spelled by an alike-sounding initial of its own
    ("ket lap duoc" -> "ket nap duoc", "ket noi chuc tuyen" -> "… truc tuyen", "duy chi duoc" -> "duy tri duoc")
    when that spelling joins a neighbour as several texts do (``common_pair``), and no other spelling joins as many.
    Without marks, nearly every letter string is some word of the corpus, so how the word sits, not whether it is
    known, tells a slip; and a pair one text has may be chance ("đưa tin" is no "dua tinh")."""
    words = list(_WORD.finditer(text))
    forms = [m.group().lower() for m in words]
    joined = _joined(text, words)

    def known(first: str, second: str) -> bool:
        return (first, second) in _ASKING_PAIRS_FOLDED or known_pair(first, second)

    def common(first: str, second: str) -> bool:
        return (first, second) in _ASKING_PAIRS_FOLDED or common_pair(first, second)

    # A place typed in lower case is a name, to stay as typed: a province's ("lang son"), or the two words after a
    # unit ("huyen nam dan", which the corpus may lack).
    placed = {k for i in range(len(forms)) if (n := len(province_opening(forms[i:]).split()))
              for k in range(i, i + n)}
    placed |= {k for i in range(1, len(forms)) if forms[i - 1] in _UNITS for k in (i, i + 1)}
    out, last = [], 0
    for i, m in enumerate(words):
        word = m.group()
        if word != word.lower() or len(word) < 3 or i in placed or forms[i] in STOPWORDS_FOLDED \
                or _support(forms, joined, i, forms[i], known):
            continue  # a name stays as typed, and so does a word that joins a neighbour, a function word ("con":
            # "còn") or a short one ("da": "đã")
        # (Initials only: without marks a swapped final makes another common word far too often, "dang" "dan",
        # "can" "canh", "con" "cong".)
        candidates = {v: n for v in _swap_initial(forms[i]) if (n := _support(forms, joined, i, v, common))}
        if (chosen := _sole_best(candidates)) is not None:
            out.append(text[last:m.start()] + chosen)
            last = m.end()
            forms[i] = chosen
    return "".join(out) + text[last:]


def parted_unaccented(text: str, known_pair: KnownPair, known_word: Callable[[str], bool]) -> str:
    """``text`` typed without accents with each lowercase word the corpus never writes (folded) that is two words
    it writes side by side, typed without the space between them, parted there ("dangvien" -> "dang vien",
    "daibieu" -> "dai bieu"); a word that parts so in more than one way is left as typed."""
    def part(m: re.Match[str]) -> str:
        word = m.group()
        if len(word) < 5 or word != word.lower() or has_diacritics(word) or known_word(word):
            return word
        cut = _one_cut(word, known_word, known_pair, 2)
        return word if cut is None else f"{word[:cut]} {word[cut:]}"
    return _WORD.sub(part, text)

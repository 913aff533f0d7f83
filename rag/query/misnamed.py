"""A document named by the wrong type: "Nghị quyết số 21 của Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng" where
the corpus has no Nghị quyết 21 but has Kết luận 21-KL/TW. Officials mix up the types of the documents they cite;
of the documents of that number (at that level, "/TW" or "/TU", when one is written) of any other type the corpus
holds, the one the question describes as the corpus does ("… về đẩy mạnh xây dựng, chỉnh đốn Đảng"), or tells of
as the corpus's sentences naming it do ("Đoàn … về huyện Hưng Nguyên giám sát việc thực hiện Chỉ thị 21"), is
meant, when exactly one is. The number alone is not enough: "Chỉ thị 77 ban hành ngày nào?" is not asked of Kế
hoạch 77, and answering with that plan's date would be a wrong date. The answer says which document it took, so a
user who did mean another sees it was not found. So is a number typed with its digits in another order ("Đề án 60 về
nâng cao chất lượng cán bộ …" for Đề án 06-ĐA/TU on that), on the same terms."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.index.lexical import LexicalIndex
from rag.vi.dates import DATE, normalise_date
from rag.vi.doctypes import TYPE_NAMES
from rag.vi.refs import find_refs
from rag.vi.syllables import word_pairs_without_function_words
from rag.vi.text import fold, has_diacritics, unaccented

# The Party and state documents a number is mixed up between (a law is named by its name, not its number).
_NAMES = {code: name for code, name in TYPE_NAMES.items() if code not in {"luat", "bl", "hp", "pl"}} | {"qd": "QĐ"}
_SHORT_KEY = re.compile(r"^([a-z]+)-(\d+)$")
_FULL_KEY = re.compile(r"^(\d+)-[a-z]+/([a-z]+)$")


@dataclass(frozen=True)
class Renamed:
    """A document as the question names it and as the corpus does."""

    written: str  # "Nghị quyết số 21"
    meant: str  # "Kết luận 21"
    swapped: bool = False  # the number's digits written in another order ("Đề án 60" for Đề án 06)


def _swapped_numbers(digits: str) -> list[str]:
    """``digits`` with two neighbouring digits swapped ("60": "06"; "271": "721", "217"), as written, none opening
    with two zeros: a number typed with two digits swapped is the commonest slip in one (a leading zero counts:
    "Đề án 60" for "Đề án 06")."""
    swapped = {digits[:i] + digits[i + 1] + digits[i] + digits[i + 2:] for i in range(len(digits) - 1)}
    return sorted(s for s in swapped - {digits} if not s.startswith("00"))


def _meant(text: str, lexical: LexicalIndex) -> list[tuple[str, bool]]:
    """The corpus's documents ``text`` may be taken for, written as a question would, each with whether its number
    is ``text``'s with the digits in another order: those of its number of any other type, and those of any type
    whose number is its digits swapped."""
    refs = find_refs(text)
    m = _SHORT_KEY.match(refs[0].short_key) if refs and not refs[0].is_law else None
    if not m:
        return []
    code, number = m.groups()
    level = _FULL_KEY.match(refs[0].full_key or "")
    written = (w.group(0) if (w := re.search(r"\d+", text)) else number)  # "08" as the question writes it, not "8"

    def held(c: str, n: str) -> bool:
        return lexical.contains(f"#{c}-{n}") and (not level or lexical.contains(f"#{n}-{c}/{level.group(2)}"))

    found = [(c, written, False) for c in _NAMES if c != code and held(c, number)]
    # (a number's digits swapped keep its type: two slips at once are a guess too far)
    found += [(code, w, True) for w in _swapped_numbers(written) if held(code, str(int(w)))]
    named = [(f"{_NAMES[c]} {w}", swapped) for c, w, swapped in found]
    return [(n if has_diacritics(text) else unaccented(n), swapped) for n, swapped in named]


def misnamed_candidates(ref_texts: list[str], missing: list[str], lexical: LexicalIndex) -> list[list[Renamed]] | None:
    """For every document of ``missing`` (those of ``ref_texts`` the corpus never mentions), the documents it may
    be taken for; None unless every missing one may be taken for one (a question naming a document the corpus
    lacks is refused as it was)."""
    options = []
    for text in ref_texts:
        if text not in missing:
            continue
        meant = _meant(text, lexical)
        if not meant:
            return None
        options.append([Renamed(text, m, swapped) for m, swapped in meant])
    return options or None


_SHARED_PAIRS = 2  # word pairs of a description the corpus gives the document that the question's has


def described_as(question: str, renamed: Renamed, descriptions: list[str]) -> bool:
    """Whether what ``question`` says after the document it misnamed shares two word pairs (no function words)
    with one of ``descriptions``, what the corpus says the meant document is about."""
    at = question.find(renamed.written)
    said = word_pairs_without_function_words(question[at + len(renamed.written):]) if at >= 0 else set()
    return any(len(said & word_pairs_without_function_words(d)) >= _SHARED_PAIRS for d in descriptions)


# Words any question about a document asks with, and sentences naming one say: shared, they tell of no document.
_ASKING_WORDS = frozenset("ban hanh ngay thang nam nao gi ai dau bao nhieu so van".split())


def told_beside(question: str, renamed: Renamed, sentences: list[str]) -> bool:
    """Whether what ``question`` says besides the document it misnamed shares two word pairs (no function or
    asking words) with one of ``sentences``, those of the corpus naming the meant document: it is told of where
    the corpus tells of that one ("Đoàn … về huyện Hưng Nguyên giám sát việc thực hiện …")."""
    parts = question.split(renamed.written, 1)
    said = {p for part in parts for p in word_pairs_without_function_words(part) if not set(p) & _ASKING_WORDS}
    return any(len(said & word_pairs_without_function_words(s)) >= _SHARED_PAIRS for s in sentences)


def contradicted(question: str, written: str, issuers: list[str], dates: list[str],
                 bodies: set[str] | frozenset[str]) -> bool:
    """Whether ``question`` says of the document it misnamed (``written``) what the corpus says otherwise of the one
    meant (its ``issuers`` and ``dates``): a body that issues documents (one of ``bodies``) as the one it is of
    ("Kết luận số 12-KL/TW của Bộ Chính trị" is no Kết luận 21-KL/TW, of Ban Chấp hành Trung ương; "của Tỉnh ủy" may
    be its Ban Thường vụ Tỉnh ủy), or a full date none of its dates is."""
    at = question.find(written)
    after = fold(question[at + len(written):]).lower() if at >= 0 else ""
    owner = _OWNER.match(after)
    if owner and issuers:
        named = [b for b in (fold(b).lower() for b in bodies) if owner.group(1).startswith(b)]
        own = [fold(i).lower() for i in issuers]
        if named and not any(b in o or o in b for b in named for o in own):
            return True
    said = {normalise_date(m) for m in DATE.finditer(question)}
    return bool(said and dates and not said & set(dates))


# Whose a document is, said right after it (folded): "… của Bộ Chính trị", "…, ngày …, của …", "… do … ban hành".
_OWNER = re.compile(r"[\s,]*(?:(?:ngay|so)\s+[\w/.-]+[\s,]*)?(?:cua|do)\s+(.+)")


def renamed_question(question: str, renamed: list[Renamed]) -> str:
    """``question`` with each misnamed document named as the corpus names it."""
    for r in renamed:
        question = question.replace(r.written, r.meant, 1)
    return question


def renamed_note(renamed: list[Renamed]) -> str:
    """What the answer says of the documents it took for others."""
    said = "; ".join(f"kho tài liệu không có {r.written}, câu hỏi được hiểu là hỏi về {r.meant} "
                     f"({'số viết đảo chữ số' if r.swapped else 'cùng số'})" for r in renamed)
    return f"Lưu ý: {said}."

"""Names a question spells otherwise than the corpus does, slips of the marks or of a finger in one syllable: "Quãng
Ninh" is "Quảng Ninh", "Nguyễn Thị Thu Hương" "Nguyễn Thị Thu Hường", "Ngô Hoàng Nhân" (h beside g) "Ngô Hoàng Ngân",
"Quản Ninh" (its final heard otherwise) "Quảng Ninh", "Qunảg Ninh" (two letters swapped) "Quảng Ninh"; "Nguyễn Văn
Thắng" is no "Nguyễn Văn Thông" (other letters, other marks). A name the corpus writes as typed is never respelled,
and one it lacks is respelled only when exactly one name of the corpus differs from it so; the answer then says which
name it took."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from rag.index.lexical import LexicalIndex
from rag.vi.respell import marks_of, one_key_off, one_letter_off, swap_final
from rag.vi.text import fold, has_diacritics, index_form, is_vowel

Capitalised = Callable[[str, str], bool]  # two words -> whether the texts write them as a name, with capitals


@dataclass(frozen=True)
class Respelled:
    """A name as the question writes it and the corpus's name it is taken for."""

    written: str
    meant: str
    shown: str = ""  # the name meant as the answer names it, when the question is given it otherwise


def _written(forms: list[str], lexical: LexicalIndex, prefix: str = "") -> bool:
    """Whether the corpus has every pair of neighbouring syllables of ``forms`` side by side: index forms, or folded
    ones with ``prefix`` "~" (with any marks)."""
    return all(lexical.contains(f"{prefix}{a}_{b}") for a, b in zip(forms, forms[1:]))


def _slipped(folded: str) -> set[str]:
    """``folded`` with one key beside the one meant, two letters swapped, one left out or one too many ("Qunảg",
    "Hưng Nguyêyn"), or a final that sounds alike ("Quản Ninh" heard or typed for "Quảng Ninh")."""
    return one_key_off(folded) | one_letter_off(folded) | set(swap_final(folded))


def _only_name(forms: list[str], respellings: Callable[[str], Iterable[str]], written: Callable[[list[str]], bool],
               capitalised: Capitalised) -> tuple[str, ...] | None:
    """The one name ``forms`` become with one syllable respelled (``respellings``: a syllable's other spellings) that
    the texts write (``written``) as one, with capitals ("Bộ Án" is no name of "bộ án"); None for none or several."""
    found: set[tuple[str, ...]] = set()
    for i, form in enumerate(forms):
        for spelled in respellings(form):
            candidate = [*forms[:i], spelled, *forms[i + 1:]]
            if written(candidate) and all(capitalised(a, b) for a, b in zip(candidate, candidate[1:])):
                found.add(tuple(candidate))
    return next(iter(found)) if len(found) == 1 else None


def _meant(name: str, lexical: LexicalIndex, capitalised: Capitalised) -> str | None:
    syllables = name.split()
    forms = [index_form(s) for s in syllables]
    if len(forms) < 2 or _written(forms, lexical):
        return None

    def respellings(form: str) -> Iterator[str]:
        # Its marks slipped (the same letters), or its letters (with the same marks).
        folded = fold(form)
        for variant, keyed in [(folded, False), *((v, True) for v in sorted(_slipped(folded)))]:
            for spelled in lexical.spellings(variant):
                if spelled != form and not (keyed and marks_of(spelled) != marks_of(form)):
                    yield spelled
    meant = _only_name(forms, respellings, lambda candidate: _written(candidate, lexical), capitalised)
    return None if meant is None else _cased_as(syllables, meant)


def _cased_as(syllables: list[str], meant: tuple[str, ...]) -> str:
    """``meant``'s syllables with a capital where the name as typed (``syllables``) has one."""
    return " ".join(m[:1].upper() + m[1:] if s[:1].isupper() else m for s, m in zip(syllables, meant))


def _i_or_y(folded: str) -> set[str]:
    """A syllable's final "i" after a consonant written "y", or the other way round ("Ki", "Ký"; "lí", "lý"): two
    spellings of one sound, both in use."""
    if len(folded) > 1 and not is_vowel(folded[-2]) and folded[-1] in "iy":
        return {folded[:-1] + ("y" if folded[-1] == "i" else "i")}
    return set()


def _meant_unmarked(name: str, lexical: LexicalIndex, capitalised: Capitalised) -> Respelled | None:
    """``_meant`` for a name typed without marks ("Cao Ban", "Tran Hong Min"): its letters are compared. The question
    is given the name meant without marks too, so the rest of it is still read as typed without them; the answer
    names it with the marks the corpus gives it ("Cao Bằng")."""
    syllables = name.split()
    folded = [fold(s).lower() for s in syllables]
    if len(folded) < 2 or _written(folded, lexical, "~"):
        return None

    def respellings(form: str) -> list[str]:
        return [v for v in sorted(_slipped(form) | _i_or_y(form)) if lexical.spellings(v)]
    found = _only_name(folded, respellings, lambda candidate: _written(candidate, lexical, "~"), capitalised)
    if found is None:
        return None
    meant = _cased_as(syllables, found)
    restored = lexical.restore_accents(meant)  # as the corpus writes it, where its marks can be told
    return Respelled(name, meant, restored if fold(restored) == fold(meant) else meant)


def misspelled_names(names: list[str], lexical: LexicalIndex, capitalised: Capitalised) -> list[Respelled]:
    """The names of ``names`` (two syllables or more) the corpus never writes, each with the one name it writes
    (``capitalised``: whether the texts write two words with capitals, as a name) that differs from it by the marks
    or one key of one syllable; a name typed without marks, by the letters of one syllable."""
    out = []
    for name in dict.fromkeys(names):
        if not has_diacritics(name):
            if (unmarked := _meant_unmarked(name, lexical, capitalised)) is not None:
                out.append(unmarked)
            continue
        meant = _meant(name, lexical, capitalised)
        if meant is not None:
            out.append(Respelled(name, meant))
    return out


def respelled_question(question: str, respelled: list[Respelled]) -> str:
    """``question`` with each misspelled name written as the corpus writes it."""
    for r in respelled:
        question = question.replace(r.written, r.meant)
    return question


def respelled_note(respelled: list[Respelled]) -> str:
    """What the answer says of the names it took for others."""
    said = "; ".join(f"“{r.written}” được hiểu là “{r.shown or r.meant}”" for r in respelled)
    return f"Lưu ý: {said}."

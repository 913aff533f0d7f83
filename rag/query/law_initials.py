"""Laws named by their initials, as officials write them: "Luật BVMT", "luat bvmt", "LGD", "BLDS", "L. Du lịch".
Each is read as the law of the corpus whose name those initials spell ("BVMT" = Bảo vệ môi trường), so the
question is asked of that law instead of being refused for naming a law the corpus lacks; the answer says so.
Only laws whose articles the corpus holds are known by name here, and initials two laws share stand for
neither."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.vi.text import fold, has_diacritics

_VOWELS = frozenset("aeiouy")
# A head word ("Luật", "Bộ luật", "L.") and what may be initials after it ("Luật BVMT", "luat bvmt").
_AFTER_HEAD = re.compile(r"(?<!\w)(bộ luật|bo luat|luật|luat)\s+([A-Za-zĐđ]{2,6})(?![\w/-])", re.IGNORECASE)
# Initials standing alone with the head's own letter(s): "LGD", "BLDS", "LBVMT" (lower case only without vowels).
_ALONE = re.compile(r"(?<![\w./-])(BL|L|bl|l)([A-ZĐ]{1,5}|[bcdđghklmnpqrstvx]{1,5})(?![\w/-])")
# "L. Du lịch": the head abbreviated, the name written out.
_HEAD_DOT = re.compile(r"(?<![\w.])L\.\s*(?=[A-ZĐ])")


@dataclass(frozen=True)
class SpelledOut:
    """Initials as written in the question and the law's name they stand for."""

    written: str  # "Luật BVMT", "LGD", "L."
    meant: str  # "Luật Bảo vệ môi trường", "Luật Giáo dục", "Luật"


def initials(name: str) -> str:
    """The folded first letters of a law's name, without its type: "Bảo vệ môi trường" -> "bvmt"."""
    return "".join(fold(w)[0] for w in re.findall(r"\w+", name))


def _by_initials(names: dict[str, str]) -> dict[tuple[bool, str], str | None]:
    """(is a Bộ luật, initials) -> the law's name; None where two laws share them."""
    out: dict[tuple[bool, str], str | None] = {}
    for name in set(names.values()):
        code = name.startswith("Bộ luật")
        own = name.split(" ", 2 if code else 1)[-1]
        key = (code, initials(own))
        out[key] = None if key in out and out[key] != name else name
    return out


def _may_be_initials(token: str) -> bool:
    # Written in capitals, or with no vowel: "bvmt" is no word, "du" may be one ("Luật Du lịch").
    return token.isupper() or not (set(fold(token).lower()) & _VOWELS)


def spelled_out_laws(question: str, names: dict[str, str]) -> list[SpelledOut]:
    """The law initials in ``question`` and the law each stands for (``names``: the corpus's laws by key)."""
    if not names:
        return []
    known = _by_initials(names)
    found: list[SpelledOut] = []
    for m in _AFTER_HEAD.finditer(question):
        token = m.group(2)
        head_is_code = fold(m.group(1)).lower().startswith("bo")
        meant = known.get((head_is_code, fold(token).lower())) if _may_be_initials(token) else None
        if meant:
            found.append(SpelledOut(m.group(0), meant))
    for m in _ALONE.finditer(question):
        meant = known.get((fold(m.group(1)).lower() == "bl", fold(m.group(2)).lower()))
        if meant:
            found.append(SpelledOut(m.group(0), meant))
    if any(_starts_law(question[m.end():], names) for m in _HEAD_DOT.finditer(question)):
        found.append(SpelledOut("L.", "Luật"))
    return found


def _starts_law(rest: str, names: dict[str, str]) -> bool:
    folded = fold(rest).lower()
    return any(folded.startswith(fold(n.split(" ", 1)[1]).lower()) for n in names.values() if " " in n)


def with_laws_spelled_out(question: str, spelled: list[SpelledOut]) -> str:
    """``question`` with each law's initials replaced by its name (without accents in a question typed without)."""
    accented = has_diacritics(question)
    for s in spelled:
        meant = s.meant if accented else fold(s.meant)
        if s.written == "L.":
            question = _HEAD_DOT.sub(meant + " ", question)
        else:
            question = re.sub(rf"(?<![\w./-]){re.escape(s.written)}(?![\w/-])", meant, question)
    return question


def spelled_out_note(spelled: list[SpelledOut]) -> str:
    """What the answer says of the initials it read as laws."""
    said = "; ".join(f"“{s.written}” được hiểu là {s.meant}" for s in spelled if s.written != "L.")
    return f"Lưu ý: {said}." if said else ""

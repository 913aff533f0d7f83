"""Finding registry records the way people type them: a reference ("KL 21", "21-KL/TW", "ket luan 21") goes
through the reference parser; anything else matches words, with or without accents."""

from __future__ import annotations

from rag.directives.registry import Directive, Registry
from rag.vi.text import fold


def display_title(d: Directive) -> str:
    """The record's name with its type once: "Nghị quyết Trung ương 4 khóa XII", "Kết luận 21-KL/TW",
    "Nghị quyết 39" (not "Nghị quyết NQ 39")."""
    if d.type_name and fold(d.label).startswith(fold(d.type_name)):
        return d.label
    if "/" in d.label or not d.number:
        return d.title
    return f"{d.type_name} {d.number}".strip()


def display_number(d: Directive) -> str:
    """The record's number or name without its type, for a table with a type column."""
    title = display_title(d)
    if d.type_name and title.startswith(d.type_name):
        return title[len(d.type_name):].strip() or d.label
    return d.label


def _haystack(d: Directive) -> str:
    values = [display_title(d), d.label, d.key]
    for name in ("dates", "issuers", "terms", "subjects", "places"):
        values += [a.value for a in getattr(d, name)]
    return fold(" ".join(values))


def search_directives(registry: Registry, text: str) -> list[Directive]:
    """Records matching ``text``, best first; every record, most mentioned first, when ``text`` is blank.

    A reference the parser reads is looked up by its keys; otherwise every word of the folded text must
    appear in a record's name, number, dates, issuers, terms, subjects or places."""
    text = (text or "").strip()
    if not text:
        return registry.all()
    found = registry.lookup(text)
    if found:
        return found
    words = fold(text).split()
    return [d for d in registry.all() if all(w in _haystack(d) for w in words)]

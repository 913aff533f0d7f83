"""The directive registry: every document the corpus mentions, merged from its mentions, with every
attested value (date, issuer, term, subject), how many sources state it, and where.

Identity is type + number + issuer code + year (numbers restart every term). The registry is built
from the mentions stored with each chunk at ingest, so it follows every ingest, replacement and delete,
and every replica on a shared Chroma server builds the same one.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rag.directives.extract import Mention, extract_mentions, stored_mentions
from rag.documents import Chunk
from rag.vi.doctypes import TYPE_ISSUERS, code_facts
from rag.vi.refs import find_refs
from rag.vi.text import fold

_LAW_TYPES = {"Luật": "luat", "Bộ luật": "bl", "Hiến pháp": "hp", "Pháp lệnh": "pl"}


@dataclass(frozen=True, slots=True)
class Statement:
    """Where a value is stated: the chunk and the sentence (offsets into the chunk's text)."""

    chunk_id: str
    doc_id: str
    start: int
    end: int
    ref_start: int = 0
    ref_end: int = 0
    # The chunk's whole text, the same string the chunk holds (a registry of 100k chunks would otherwise hold
    # a copy of every sentence that mentions a directive); ``sentence`` cuts from it.
    chunk_text: str = field(default="", repr=False, compare=False)

    @property
    def sentence(self) -> str:
        """The sentence that states it."""
        return self.chunk_text[self.start:self.end]


@dataclass(slots=True)
class Attested:
    """One value of one attribute and the statements that give it."""

    value: str
    statements: list[Statement] = field(default_factory=list)
    basis: str = ""  # "" when the statements say it; else how it follows from them ("theo số hiệu 30/2020/NĐ-CP")

    @property
    def count(self) -> int:
        """How many statements give this value."""
        return len(self.statements)

    @property
    def documents(self) -> int:
        """How many distinct documents give this value."""
        return len({s.doc_id for s in self.statements})


@dataclass
class Directive:
    """One document of the registry."""

    key: str  # identity: "kl|21-kl/tw|2021"
    label: str  # "21-KL/TW"
    short_key: str  # "kl-21"
    full_key: str  # "21-kl/tw" ("" for named or bare-only records)
    type_name: str
    number: str
    dates: list[Attested] = field(default_factory=list)
    issuers: list[Attested] = field(default_factory=list)
    terms: list[Attested] = field(default_factory=list)
    subjects: list[Attested] = field(default_factory=list)
    places: list[Attested] = field(default_factory=list)  # places named with the issuer ("Cao Bằng")
    mentions: list[Statement] = field(default_factory=list)
    related: list[tuple[str, int]] = field(default_factory=list)  # (key, sentences shared), most first
    aliases: set[str] = field(default_factory=set)  # other keys that name it ("68/2020/qh14" for a named law)

    @property
    def title(self) -> str:
        """"Kết luận 21-KL/TW"; a law's label names its type already ("Luật Cư trú 2020")."""
        if self.type_name and self.label.startswith(self.type_name):
            return self.label
        if self.type_name and self.key.startswith("bare|") and self.number:  # "NQ 39": "Nghị quyết 39"
            return f"{self.type_name} {self.number}"
        return f"{self.type_name} {self.label}".strip()

    @property
    def year(self) -> str:
        """The year of the best-attested date, else the year its number or name carries ("" if none)."""
        if self.dates:
            return self.dates[0].value[-4:]
        for key in (self.full_key, *sorted(self.aliases)):
            m = re.match(r"\d+/((?:19|20)\d{2})/", key) or re.search(r"[a-z]-((?:19|20)\d{2})$", key)
            if m:
                return m.group(1)
        return ""

    def best(self, attribute: str) -> str:
        """The best-attested value of "dates", "issuers", "terms" or "subjects" ("" if none)."""
        values: list[Attested] = getattr(self, attribute)
        return values[0].value if values else ""

    @property
    def conflicts(self) -> dict[str, list[str]]:
        """Attributes the sources disagree on, with their values best first."""
        out = {}
        for name in ("dates", "issuers", "terms"):
            values: list[Attested] = getattr(self, name)
            if len(values) > 1:
                out[name] = [a.value for a in values]
        return out


@dataclass(frozen=True)
class _Raw:
    chunk: Chunk
    mention: Mention


def chunk_mentions(chunk: Chunk) -> list[Mention]:
    """The mentions stored with a chunk at ingest (extracted now for chunks stored without them or by an
    older version of the extractor)."""
    stored = stored_mentions(chunk.mentions)
    return stored if stored is not None else extract_mentions(chunk.text)


def _sort(values: list[Attested]) -> list[Attested]:
    # Best attested first: more documents, then more statements; ties keep first-seen order.
    return sorted(values, key=lambda a: (-a.documents, -a.count))


def _infer_from_number(d: Directive) -> None:
    """A state number says who issued it ("30/2020/NĐ-CP": the Chính phủ; "68/2020/QH14": the Quốc hội,
    khóa XIV), and a law's type says who passes it: used only when no sentence states the value."""
    statements = d.mentions
    for key in (d.full_key, *sorted(d.aliases)):
        issuer, term = code_facts(key)
        if issuer:
            written = (re.search(r"\d{1,5}/(?:\d{4}/)?[^\s,;.)(]+",
                                 s.sentence[s.ref_start - s.start:s.ref_end - s.start]) for s in statements)
            number = next((m.group(0) for m in written if m), d.label)
            basis = f"theo số hiệu {number}"
            if not d.issuers:
                d.issuers = [Attested(issuer, list(statements), basis)]
            if term and not d.terms:
                d.terms = [Attested(term, list(statements), basis)]
            return
    law_type = _LAW_TYPES.get(d.type_name)
    if law_type and not d.issuers:
        d.issuers = [Attested(TYPE_ISSUERS[law_type], list(statements), f"{d.type_name} do {TYPE_ISSUERS[law_type]} "
                                                                             "thông qua")]


def _merge_twins(keys: list[str | None], raws: list[_Raw], directives: dict[str, Directive]) -> None:
    """One document written with two issuer codes ("Nghị quyết 08-NQ/TW" and "08-NQ/TU", each "ngày 25/11/2021
    của Ban Chấp hành Đảng bộ tỉnh"): records of the same type and number whose mentions all state the same
    date and the same issuer are one. The number kept is the one whose code agrees with the issuer (a
    provincial body's "/TU", a central one's "/TW"), else the one more mentions write. ``keys`` (the record of
    each mention) and ``directives`` are changed in place."""
    by_key: dict[str, list[Mention]] = {}
    for raw, key in zip(raws, keys):
        if key:
            by_key.setdefault(key, []).append(raw.mention)
    identities: dict[tuple[str, ...], list[str]] = {}
    for key, mentions in by_key.items():
        d = directives[key]
        dates = {m.date for m in mentions if m.date}
        issuers = {m.issuer for m in mentions if m.issuer}
        if d.full_key and d.type_name and len(dates) == 1 and len(issuers) == 1:
            identities.setdefault((d.type_name, d.short_key, *dates, *issuers), []).append(key)
    for identity, twins in identities.items():
        if len(twins) < 2:
            continue
        local = is_local_body(identity[-1])
        keep, *merged = sorted(twins, key=lambda k: (local_code(directives[k].full_key) != local,
                                                     -len(by_key[k]), k))
        for i, key in enumerate(keys):
            if key in merged:
                keys[i] = keep
        for key in merged:
            del directives[key]


_LOCAL_BODY = re.compile(r"\b(tinh|huyen|thanh pho|thanh uy)\b")


def is_local_body(name: str) -> bool:
    """Whether an issuing body is a province's or district's ("Ban Thường vụ Tỉnh ủy", "HĐND huyện")."""
    return bool(_LOCAL_BODY.search(fold(name)))


# A Party number's code says whose it is: "77-kh/tu" a province's, "12-kh/hu" a district's, "21-kl/tw" the centre's.
_CODE_LEVELS = {"hu": "huyen", "tu": "tinh", "tw": "tw"}


def code_level(full_key: str | None) -> str:
    """The level of the committee a Party number's code names ("huyen", "tinh", "tw"; "" when it names none)."""
    return _CODE_LEVELS.get((full_key or "").rpartition("/")[2], "")


def local_code(full_key: str) -> bool:
    """Whether a Party number's code is a local committee's ("8-nq/tu", "12-kh/hu")."""
    return code_level(full_key) in ("tinh", "huyen")


class Registry:
    """All directives mentioned in a set of chunks; look-ups by any written form of a reference."""

    def __init__(self, chunks: list[Chunk], mentions: list[list[Mention]] | None = None) -> None:
        """``mentions`` are the chunks' parsed mentions when the caller holds them (one list per chunk)."""
        self.directives: dict[str, Directive] = {}
        self.chunks: dict[str, Chunk] = {c.chunk_id: c for c in chunks}  # what the statements point into
        parsed = mentions if mentions is not None else [chunk_mentions(c) for c in chunks]
        order = sorted(range(len(chunks)), key=lambda i: (chunks[i].doc_id, chunks[i].position))
        raws = [_Raw(chunks[i], m) for i in order for m in parsed[i]]
        assigned = self._assign(raws)
        # Records named in each sentence, in reading order (a dict, not a set: tie order must not depend on
        # string hashing, which changes from process to process).
        sentence_keys: dict[tuple[str, int], dict[str, None]] = {}
        attested: dict[tuple[str, str, str], Attested] = {}  # (record, attribute, value): found by key, not scan

        def add(d: Directive, attribute: str, values: list[Attested], value: str, st: Statement) -> None:
            found = attested.get((d.key, attribute, value))
            if found is None:
                found = attested[(d.key, attribute, value)] = Attested(value, [])
                values.append(found)
            found.statements.append(st)

        for raw, key in zip(raws, assigned):
            d = self.directives[key]
            m = raw.mention
            st = Statement(raw.chunk.chunk_id, raw.chunk.doc_id, m.start, m.end, m.ref_start, m.ref_end,
                           raw.chunk.text)
            d.mentions.append(st)
            for attribute, values, value in (("dates", d.dates, m.date), ("issuers", d.issuers, m.issuer),
                                             ("terms", d.terms, m.term), ("subjects", d.subjects, m.subject),
                                             ("places", d.places, m.place)):
                if value:
                    add(d, attribute, values, value, st)
            d.aliases.update(m.aliases)
            if m.full_key and m.full_key != d.full_key:
                d.aliases.add(m.full_key)
            if not d.type_name and m.type_name:
                d.type_name = m.type_name
            sentence_keys.setdefault((raw.chunk.chunk_id, m.start), {})[key] = None
        related: dict[str, Counter] = {k: Counter() for k in self.directives}
        for keys in sentence_keys.values():
            for k in keys:
                related[k].update(other for other in keys if other != k)
        for key, d in self.directives.items():
            d.dates, d.issuers, d.terms, d.subjects = (_sort(d.dates), _sort(d.issuers), _sort(d.terms),
                                                       _sort(d.subjects))
            d.places = _sort(d.places)
            d.related = related[key].most_common()
            _infer_from_number(d)
        self._all: list[Directive] | None = None
        self._issuers: frozenset[str] | None = None
        self._by_full: dict[str, list[Directive]] = {}  # look-ups by key, not by scanning every record
        self._by_short: dict[str, list[Directive]] = {}
        for d in self.directives.values():
            for full in {d.full_key, *d.aliases} - {""}:
                self._by_full.setdefault(full, []).append(d)
            for short in {d.short_key, *d.aliases} - {""}:
                self._by_short.setdefault(short, []).append(d)

    # -- building ------------------------------------------------------------------------------
    def _new(self, key: str, m: Mention) -> str:
        if key not in self.directives:
            self.directives[key] = Directive(key, m.label, m.short_key, m.full_key, m.type_name, m.number)
        return key

    def _assign(self, raws: list[_Raw]) -> list[str]:
        """The record key of each mention: full numbers split by year, then bare and named ones."""
        keys: list[str | None] = [None] * len(raws)
        groups: dict[tuple[str, str], list[int]] = {}
        # "Luật Cư trú số 68/2020/QH14": the number alone elsewhere ("Luật số 68/2020/QH14") is the same law.
        named_by = {a: r.mention.full_key for r in raws if r.mention.full_key for a in r.mention.aliases if "/" in a}
        for i, r in enumerate(raws):
            m = r.mention
            if m.full_key:
                full = named_by.get(m.full_key, m.full_key)
                # A law is one record whether a sentence calls it Luật or Bộ luật.
                type_name = "" if m.type_name in _LAW_TYPES else m.type_name
                groups.setdefault((full, type_name), []).append(i)
        # A mention whose type word is missing ("205-QĐ/TW") joins the typed group of the same number.
        typed_of: dict[str, list[tuple[str, str]]] = {}
        for group in groups:
            if group[1]:
                typed_of.setdefault(group[0], []).append(group)
        for (full, type_name), idx in list(groups.items()):
            if not type_name:
                typed = typed_of.get(full, [])
                if typed:
                    groups[typed[0]].extend(idx)
                    del groups[(full, type_name)]
        for (full, type_name), idx in groups.items():
            years = Counter(raws[i].mention.date[-4:] for i in idx if raws[i].mention.date)
            main_year = years.most_common(1)[0][0] if years else ""
            named = [i for i in idx if raws[i].mention.full_key == full]  # not the bare number of a named law
            labels = Counter(raws[i].mention.label for i in named
                             if "/" in raws[i].mention.label or raws[i].mention.type_name in _LAW_TYPES)
            types = Counter(raws[i].mention.type_name for i in named if raws[i].mention.type_name)
            first = raws[named[0] if named else idx[0]].mention
            for i in idx:
                year = raws[i].mention.date[-4:] or main_year
                key = self._new(f"{type_name}|{full}|{year}", first)
                if labels:  # the label most sources write ("21-KL/TW", not the typo "21-KLTW")
                    self.directives[key].label = labels.most_common(1)[0][0]
                if types:
                    self.directives[key].type_name = types.most_common(1)[0][0]
                keys[i] = key
        for i, r in enumerate(raws):
            if keys[i] is not None:
                continue
            m = r.mention
            if m.short_key.startswith("nq-tw-") and m.term:  # "Nghị quyết Trung ương 4 khóa XII": term is identity
                keys[i] = self._new(f"named|{m.short_key}|{m.term}", m)
                self.directives[keys[i]].label = f"{m.label} {m.term}"
        counts = Counter(k for k in keys if k)
        by_short: dict[str, list[Directive]] = {}
        for d in self.directives.values():
            by_short.setdefault(d.short_key, []).append(d)
        for i, r in enumerate(raws):
            m = r.mention
            if keys[i] is None and m.short_key.startswith("nq-tw-"):
                # Without its term it is the best-attested resolution of that name (or one of its own).
                named = by_short.get(m.short_key, [])
                if named:
                    keys[i] = max(named, key=lambda d: counts[d.key]).key
                else:
                    keys[i] = self._new(f"named|{m.short_key}|", m)
                    by_short[m.short_key] = [self.directives[keys[i]]]
        _merge_twins(keys, raws, self.directives)
        self._resolve_bare(raws, keys)
        return [k or "" for k in keys]

    def _resolve_bare(self, raws: list[_Raw], keys: list[str | None]) -> None:
        """"Kết luận 21", "KL 21": the full number written in the same document, else the most mentioned
        record with that type and number in the corpus, else a record of its own. Fills ``keys`` in place;
        the look-up tables are built once (full-number records do not change here)."""
        in_doc: dict[tuple[str, str], Counter] = {}
        for other, k in zip(raws, keys):
            if k and other.mention.full_key:
                in_doc.setdefault((other.chunk.doc_id, other.mention.short_key), Counter())[k] += 1
        with_number: dict[str, list[Directive]] = {}
        for d in self.directives.values():
            if d.full_key:
                with_number.setdefault(d.short_key, []).append(d)
        for raw, k in zip(raws, keys):  # "Luật số 68" after "Luật Cư trú số 68/2020/QH14"
            for alias in raw.mention.aliases:
                if k and "/" not in alias and self.directives[k] not in with_number.get(alias, []):
                    with_number.setdefault(alias, []).append(self.directives[k])
        counts = Counter(k for k in keys if k)
        for i, r in enumerate(raws):
            if keys[i] is not None:
                continue
            m = r.mention
            same_doc = in_doc.get((r.chunk.doc_id, m.short_key))
            if same_doc:
                key = same_doc.most_common(1)[0][0]
            elif m.short_key in with_number:
                key = max(with_number[m.short_key], key=lambda d: counts[d.key]).key
            else:
                key = self._new(f"bare|{m.short_key}|", m)
            keys[i] = key
            counts[key] += 1

    # -- reading -------------------------------------------------------------------------------
    def all(self) -> list[Directive]:
        """Every record, most mentioned first (sorted once: a registry never changes)."""
        if self._all is None:
            self._all = sorted(self.directives.values(), key=lambda d: (-len(d.mentions), d.label))
        return list(self._all)

    def issuer_names(self) -> frozenset[str]:
        """Every body any record is said to be issued by (made once: a registry never changes)."""
        if self._issuers is None:
            self._issuers = frozenset(a.value for d in self.directives.values() for a in d.issuers)
        return self._issuers

    def lookup(self, ref: str) -> list[Directive]:
        """Records a written reference may mean ("21-KL/TW", "KL 21", "kl21", "ket luan 21"), best first."""
        found = find_refs(ref)
        if not found:
            return []
        r = found[0]
        index = self._by_full.get(r.full_key, []) if r.full_key else self._by_short.get(r.short_key, [])
        return sorted(index, key=lambda d: -len(d.mentions))  # the lists keep the records' order for ties

    def law_keys(self) -> set[str]:
        """The short keys of every law the corpus names ("luat-cu-tru")."""
        return {d.short_key for d in self.directives.values() if d.type_name in _LAW_TYPES}

    def get(self, key: str) -> Directive | None:
        """A record by its key."""
        return self.directives.get(key)

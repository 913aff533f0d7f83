"""Directive mentions: what each sentence states about a document it names (type, number, date,
issuing body, term, subject). Pure functions over raw text; the registry merges the mentions."""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass

from rag.vi.dates import DATE, calendar_date
from rag.vi.doctypes import ABBREVIATIONS, ISSUER_CODES, QD_NAMES, TYPE_NAMES, TYPE_WORDS
from rag.vi.numbers import alternation
from rag.vi.refs import RefMention, find_refs
from rag.vi.sentences import sentence_spans
from rag.vi.text import fold

_TYPE_WORD_RE = re.compile(rf"({alternation(TYPE_WORDS)})\s*(?:so\s*)?$")
# Issuing bodies, longest first; each maps to its canonical name.
_BODIES = [
    (r"Ban Chấp hành Trung ương(?: Đảng)?", "Ban Chấp hành Trung ương"),
    (r"BCH\s*(?:Trung ương|TW|TƯ)(?: Đảng)?", "Ban Chấp hành Trung ương"),
    (r"Ban Thường vụ Tỉnh [uủ]ỷ?y?", "Ban Thường vụ Tỉnh ủy"),
    (r"BTV Tỉnh [uủ]ỷ?y?", "Ban Thường vụ Tỉnh ủy"),
    (r"Ban Thường vụ Huyện [uủ]ỷ?y?", "Ban Thường vụ Huyện ủy"),
    # "của Thường vụ Tỉnh ủy", as officials say it (not "Ủy viên Thường vụ Tỉnh ủy", a title)
    (r"(?<!viên )Thường vụ Tỉnh [uủ]ỷ?y?", "Ban Thường vụ Tỉnh ủy"),
    (r"(?<!viên )Thường vụ Huyện [uủ]ỷ?y?", "Ban Thường vụ Huyện ủy"),
    (r"Ban Chấp hành Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh"),
    (r"BCH Đảng bộ tỉnh", "Ban Chấp hành Đảng bộ tỉnh"),
    (r"Bộ Chính trị|BCT\b", "Bộ Chính trị"),
    (r"Ban Bí thư|BBT\b", "Ban Bí thư"),
    (r"Thủ tướng Chính phủ", "Thủ tướng Chính phủ"),
    (r"Thanh tra Chính phủ", "Thanh tra Chính phủ"),
    (r"Chính phủ", "Chính phủ"),
    (r"[UỦ]ỷ?y? ban Thường vụ Quốc hội|UBTVQH", "Ủy ban Thường vụ Quốc hội"),
    (r"Quốc hội", "Quốc hội"),
    (r"Chủ tịch nước", "Chủ tịch nước"),
    (r"HĐND tỉnh|Hội đồng nhân dân tỉnh", "HĐND tỉnh"),
    (r"UBND tỉnh|Ủy ban nhân dân tỉnh|Uỷ ban nhân dân tỉnh", "UBND tỉnh"),
    (r"HĐND|Hội đồng nhân dân", "HĐND"),
    (r"UBND|Ủy ban nhân dân|Uỷ ban nhân dân", "UBND"),
    (r"Tỉnh [uủ]ỷ?y?", "Tỉnh ủy"),
    (r"Huyện [uủ]ỷ?y?", "Huyện ủy"),
    (r"Ban Tổ chức Trung ương", "Ban Tổ chức Trung ương"),
    # "Nghị quyết 26 của Trung ương khóa XII": the Central Committee, as officials say it (not "Trung ương 4", a
    # plenum's number, nor "Ủy viên Trung ương", a title).
    (r"(?<!viên )Trung ương(?: Đảng)?(?!\s+\d)", "Ban Chấp hành Trung ương"),
    # Ministries and other state bodies that issue numbered documents, by the names of their codes.
    *sorted(((re.escape(name), name) for name in ISSUER_CODES.values() if name.startswith(
        ("Bộ ", "Ngân hàng", "Kiểm toán", "Tòa án", "Viện kiểm sát"))), key=lambda b: -len(b[1])),
]
# Each body also as typed without accents ("BTV Tinh uy", "ban chap hanh trung uong"), in any case: a question
# typed that way names its document's issuer too.
_BODY_FOLDED = [(f"(?i:{fold(p)})", name) for p, name in _BODIES]
_BODY_RE = re.compile("|".join(f"(?:{p})" for p, _ in _BODIES + _BODY_FOLDED))
_TERM_RE = re.compile(r"\(?\s*[Kk]h[óo]a\s+([IVXL]{1,6})\b\s*\)?")
_SUBJECT_END = re.compile(r"[;(]|(?<!\d)\s[–-]\s(?!\d)|\.\s|\.$|…|,\.\.\.| và (?:kế hoạch|chương trình|nghị quyết)")
_SUBJECT_MAX = 220
# Programmes and plans are named by what they do, written straight after their number without "về" ("Đề án số
# 14-ĐA/TU cải cách hành chính …", "Chương trình số 08-CTr/TU xây dựng đội ngũ cán bộ …").
_NAMED_BY_TITLE = frozenset({"da", "ctr", "kh"})
# Words that open a sentence's predicate or a new phrase, never a programme's name ("Kế hoạch 77-KH/TU được …").
_NOT_A_TITLE = frozenset(
    "được đã đang sẽ vừa là có và hoặc của do với cùng cũng không chưa này đó đây nêu đề yêu tại trong ngày năm "
    "thì mà nhằm theo khi sau trước để từ đến như gồm bao đạt cho nên ra tỉnh huyện xã".split())
_PLACE_UNIT = re.compile(r"(?:tỉnh|huyện|thành phố|thị xã|quận)\b", re.IGNORECASE)
_TITLE_START = re.compile(r"\s+([a-zà-ỹđ]\w*)", re.UNICODE)
# The version of what ``extract_mentions`` finds. Mentions stored with a chunk by an older version are
# extracted again when the registry is built (unchanged chunks are never rewritten at ingest).
MENTIONS_VERSION = 7


@dataclass(frozen=True, slots=True)
class Mention:
    """One sentence's statement about one directive. Offsets are into the chunk's text."""

    short_key: str  # "kl-21": type + number, what a bare "KL 21" maps to
    full_key: str  # "21-kl/tw" (folded); "" for a bare or named mention
    label: str  # as written: "21-KL/TW", "KL 21", "Nghị quyết Trung ương 4"
    type_name: str  # "Kết luận", "Quy định", ...; "" when only "QĐ" is known
    number: str
    date: str = ""  # dd/mm/yyyy
    issuer: str = ""  # canonical body name
    term: str = ""  # "khóa XIII"
    subject: str = ""  # "về …" up to the end of the clause
    place: str = ""  # the place named with the issuer ("Cao Bằng" in "Ban Thường vụ Tỉnh ủy Cao Bằng")
    aliases: tuple[str, ...] = ()  # a law's number written with its name ("68/2020/qh14", "luat-68")
    start: int = 0  # the sentence
    end: int = 0
    ref_start: int = 0  # the reference itself
    ref_end: int = 0

    def to_dict(self) -> dict:
        """Plain dict (stored as JSON in the chunk's metadata)."""
        return asdict(self)


def canonical_body(text: str) -> str:
    """The canonical name of an issuing body as written ("BCH TW Đảng" -> "Ban Chấp hành Trung ương")."""
    for pattern, name in _BODIES + _BODY_FOLDED:
        if re.fullmatch(pattern, text.strip()):
            return name
    return text.strip()


def mentions_json(text: str) -> str:
    """The mentions of ``text`` as stored with a chunk: JSON with this extractor's version."""
    return json.dumps({"v": MENTIONS_VERSION, "mentions": [m.to_dict() for m in extract_mentions(text)]},
                      ensure_ascii=False)


def stored_mentions(stored: str) -> list[Mention] | None:
    """The mentions stored with a chunk, or None when there are none stored or an older version stored them."""
    if not stored:
        return None
    data = json.loads(stored)
    if not isinstance(data, dict) or data.get("v") != MENTIONS_VERSION:
        return None
    fields = Mention.__dataclass_fields__
    return [Mention(**{k: tuple(v) if isinstance(v, list) else v for k, v in m.items() if k in fields})
            for m in data["mentions"]]


def _type_name(ref: RefMention, before: str) -> str:
    if ref.type_name:
        return ref.type_name
    if ref.short_key.startswith("nq-tw-"):
        return "Nghị quyết"
    code = ref.short_key.split("-", 1)[0]
    folded_ref = fold(ref.text)
    word = _TYPE_WORD_RE.search(fold(before[-20:]))
    for words, name in QD_NAMES.items():  # "QĐ" is Quy định or Quyết định: the word says which
        if folded_ref.startswith(words) or (word and word.group(1) == words):
            return name
    if code == "qd":
        if ref.full_key and re.match(r"\d+/(?:\d{4}/)?qd-", ref.full_key):
            return "Quyết định"  # a state number ("123/QĐ-TTg"): the state's "QĐ" is a Quyết định
        return "Quy định" if "qdi" in folded_ref else ""
    return TYPE_NAMES.get(code, "")


def _number(ref: RefMention) -> str:
    if ref.is_law:  # "Luật Cư trú số 68/2020/QH14": its number is 68; a law named without one has none
        return next((a.split("-", 1)[1] for a in ref.aliases if "/" not in a), "")
    return ref.short_key.rsplit("-", 1)[1]


def _label(ref: RefMention) -> str:
    if ref.is_law:  # "Luật Cư trú 2020", "Bộ luật Dân sự 2015", "Hiến pháp 2013"
        return " ".join(p for p in (ref.type_name, ref.name, ref.year) if p)
    number = re.search(r"\d{1,5}\s?[-/]\s?(?:\d{4}/)?[^\s,;.)(]+", ref.text)
    if number and ref.full_key:
        return re.sub(r"\s", "", number.group(0))
    if ref.short_key.startswith("nq-tw-"):
        return f"Nghị quyết Trung ương {ref.short_key.rsplit('-', 1)[1]}"
    code, num = ref.short_key.split("-", 1)
    return f"{code.upper()} {num}"


def _subject_end(rest: str) -> int:
    """Where a subject ends: at a clause break, but not at the dash of a compound ("chính trị - xã hội")."""
    for m in _SUBJECT_END.finditer(rest):
        if m.group(0).strip() in "–-" and rest[m.end():m.end() + 1].islower():
            continue
        return m.start()
    return len(rest)


def _place_after(text: str, pos: int) -> tuple[str, int]:
    """The place right after an issuing body ("Ban Thường vụ Tỉnh ủy Cao Bằng"): its capitalised words."""
    words = []
    for m in re.finditer(r"\s([^\W\d_]+)", text[pos:]):
        word = m.group(1)
        if m.start() != (words[-1][1] if words else 0) or not word[0].isupper() or \
                (len(word) > 1 and word.isupper()) or word in ABBREVIATIONS:
            break
        words.append((word, m.end()))
    return " ".join(w for w, _ in words), pos + (words[-1][1] if words else 0)


# After a document's date or issuer, what it carries out is what it is about: a plan or programme "thực hiện Kết
# luận Hội nghị lần thứ tư …", "triển khai Nghị quyết …".
_IMPLEMENTING = re.compile(r"[\s,]*(?=(?:triển khai thực hiện|thực hiện|triển khai|cụ thể hóa|cụ thể hoá)\s)")


def _after(sentence: str, ref: RefMention, later: list[RefMention],
           bare_issuer: bool = False) -> tuple[str, str, str, str, str, int]:
    """Date, issuer, term, subject and place stated right after the reference (up to the next listed one), and
    where the date, issuer, place and term end (offset into ``sentence``). With ``bare_issuer``, a body written
    straight after the reference is its issuer too (a search box's "KL 14-KL/TW BCT nội dung")."""
    next_start = len(sentence)
    for other in later:
        lead = fold(sentence[max(ref.end, other.start - 25):other.start])
        # "về tiếp tục thực hiện Chỉ thị số 05-CT/TW": a document named inside the subject, not a new item
        if not re.search(r"\b(thuc hien|theo|tai|cua|trien khai)\s*$", lead):
            next_start = other.start
            break
    tail = sentence[ref.end:next_start]
    date = issuer = term = subject = place = ""
    pos = 0
    m = re.match(r"[\s,]*(?:\(?\s*)?(?:ban hành\s+)?(?:ngày|ngay)?\s*", tail, re.IGNORECASE)
    dm = DATE.match(tail, m.end()) if m else None
    if dm:
        date, pos = calendar_date(dm), dm.end()
    bm = re.compile(r"[\s,]*(?:của|do|cua)\s+").match(tail, pos)
    if not bm and bare_issuer:  # a body straight after it, not a place ("(KL 21, huyện Hưng Nguyên)" is context)
        bare = re.compile(r"[\s,]*").match(tail, pos)
        bm = bare if bare and _BODY_RE.match(tail, bare.end()) else None
    if bm:
        body = _BODY_RE.match(tail, bm.end())
        if body:
            issuer, pos = canonical_body(body.group(0)), body.end()
            place, pos = _place_after(tail, pos)
        elif unit := _PLACE_UNIT.match(tail, bm.end()):  # "Đề án 14-ĐA/TU của tỉnh Cao Bằng": its place only
            found, end = _place_after(tail, unit.end())
            if found:
                place, pos = found, end
    tm = _TERM_RE.match(tail, pos) or (_TERM_RE.match(tail, pos + 1) if tail[pos:pos + 1] == " " else None)
    if tm:
        term, pos = f"khóa {tm.group(1)}", tm.end()
    if not date and issuer:  # "…-KL/TW của Bộ Chính trị ngày 18/5/2021"
        dm = re.compile(r"[\s,]*(?:ngày\s*)?").match(tail, pos)
        dm2 = DATE.match(tail, dm.end()) if dm else None
        if dm2:
            date, pos = calendar_date(dm2), dm2.end()
    described_end = ref.end + pos
    sm = re.compile(r"[\s,]*(?:về|ve)\s+").match(tail, pos)
    if not sm and pos:  # "Kế hoạch số 77-KH/TU, ngày 24/01/2022 của Ban Thường vụ Tỉnh ủy thực hiện Kết luận …"
        sm = _IMPLEMENTING.match(tail, pos)
    if not sm and pos == 0 and ref.short_key.split("-", 1)[0] in _NAMED_BY_TITLE:
        title = _TITLE_START.match(tail)
        sm = title if title and title.group(1) not in _NOT_A_TITLE else None
    if sm:
        rest = tail[sm.start():].strip(" ,")
        end = _subject_end(rest)
        subject = rest[:end]
        if len(subject) > _SUBJECT_MAX:
            subject = subject[:subject.rfind(" ", 0, _SUBJECT_MAX)] + " …"
        subject = re.sub(r"(?:\s+(?:và|hoặc))+$", "", subject.rstrip(" ,"))
    return date, issuer, term, subject, place, described_end


def _before(sentence: str, ref: RefMention, prev_end: int) -> tuple[str, str, str, str, int]:
    """"Ngày 25/10/2021, Ban Chấp hành Trung ương Đảng khóa XIII ban hành Kết luận 21-KL/TW": the date,
    body, term and place a sentence states before "ban hành" and the reference, and where the body starts."""
    head = sentence[prev_end:ref.start]
    if not re.search(r"(?:(?:đã|da)\s+)?(?:ban hành|ban hanh)\s*$", head):
        return "", "", "", "", ref.start
    dates = list(DATE.finditer(head))
    date = calendar_date(dates[-1]) if dates else ""
    bodies = list(_BODY_RE.finditer(head))
    issuer = canonical_body(bodies[-1].group(0)) if bodies else ""
    place = _place_after(head, bodies[-1].end())[0] if bodies else ""
    terms = list(_TERM_RE.finditer(head))
    term = f"khóa {terms[-1].group(1)}" if terms else ""
    return date, issuer, term, place, prev_end + bodies[-1].start() if bodies else ref.start


# "Quy chế giám sát … (ban hành theo Quyết định số 217-QĐ/TW …)", "Quy định về … ban hành kèm theo Quyết định
# số 218-QĐ/TW": the text the document issued, named before it.
_ISSUED_WITH = re.compile(r"\(?\s*(?:được\s+)?ban hành\s+(?:kèm\s+)?theo\s*$", re.IGNORECASE)
_ITEM_START = re.compile(r".*(?:[:;]|\),|^)\s*", re.DOTALL)
# What is issued with a decision: a set of rules, a list, a plan ("Quy chế", "Danh mục", "Kế hoạch" …).
_ISSUED_KINDS = re.compile(r"\b(?:Quy chế|Quy định|Điều lệ|Danh mục|Quy trình|Hướng dẫn|Tiêu chuẩn|Chương trình"
                           r"|Kế hoạch|Đề án|Nội quy|Biểu mẫu)\b")


def _issued_text(sentence: str, ref: RefMention, prev_end: int) -> str:
    """What a decision issued, when the sentence names it right before "(ban hành theo <decision>": "ban hành
    Quy chế giám sát …" ("" when it does not; a law's annexes are not its subject)."""
    lead = None if ref.is_law else _ISSUED_WITH.search(sentence, prev_end, ref.start)
    if not lead:
        return ""
    head = sentence[prev_end:lead.start()].rstrip(" ,")
    start = _ITEM_START.match(head)
    kind = _ISSUED_KINDS.search(head, start.end() if start else 0)
    name = head[kind.start():] if kind else ""
    if len(name) > _SUBJECT_MAX or len(name.split()) < 3:
        return ""
    return f"ban hành {name}"


def described_spans(text: str, refs: list[RefMention]) -> list[tuple[int, int]]:
    """Where ``text`` describes each document it names (offsets into ``text``): the issuer, place, date and term
    written with it — "Kế hoạch 77-KH/TU [của Ban Thường vụ Tỉnh ủy Cao Bằng] ban hành ngày nào?", "[Ban
    Thường vụ Tỉnh ủy Cao Bằng] ban hành Kế hoạch 77-KH/TU …" — not its subject."""
    spans = []
    for i, ref in enumerate(refs):
        *_, end = _after(text, ref, refs[i + 1:], bare_issuer=True)
        *_, start = _before(text, ref, refs[i - 1].end if i else 0)
        if end > ref.end:
            spans.append((ref.end, end))
        if start < ref.start:
            spans.append((start, ref.start))
    return spans


def extract_mentions(text: str) -> list[Mention]:
    """Every directive mention in ``text`` with what its sentence states about it."""
    mentions: list[Mention] = []
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        refs = find_refs(sentence)
        for i, ref in enumerate(refs):
            prev_end = refs[i - 1].end if i else 0
            date, issuer, term, subject, place, _ = _after(sentence, ref, refs[i + 1:])
            b_date, b_issuer, b_term, b_place, _ = _before(sentence, ref, prev_end)
            if ref.short_key.startswith("nq-tw-") and not term:  # "Nghị quyết Trung ương 4 khóa XII"
                tm = _TERM_RE.match(sentence, ref.end) or _TERM_RE.match(sentence, ref.end + 1)
                term = f"khóa {tm.group(1)}" if tm else ""
            mentions.append(Mention(
                short_key=ref.short_key, full_key=ref.full_key or "", label=_label(ref),
                type_name=_type_name(ref, sentence[:ref.start]), number=_number(ref),
                date=date or b_date, issuer=issuer or b_issuer, term=term or b_term,
                subject=subject or _issued_text(sentence, ref, prev_end),
                place=place or b_place, aliases=ref.aliases,
                start=s, end=e, ref_start=s + ref.start, ref_end=s + ref.end,
            ))
    return mentions

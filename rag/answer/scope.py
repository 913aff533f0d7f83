"""Whether an answer from news or a directive is of the scope its question asks: a figure of the thing it
counts ("bao nhiêu đảng viên" is not answered by "sau hơn 1 năm"), by the action and the body it asks about
("Ủy ban Kiểm tra … thi hành kỷ luật bao nhiêu tổ chức đảng?" is not answered by what the Committee inspected,
nor by what the Party committees disciplined), and of the place it names ("Điểm cầu huyện Đầm Hà có bao nhiêu
đại biểu?" is not answered by the province's total). Statute clauses and statements to judge are not held to
it."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag.answer.citations import MARKER
from rag.answer.values import asked_of, asks_document_number
from rag.documents import Answer, Citation
from rag.query.analysis import ACT_AFTER_COUNT, COUNT_OPENING, QuestionInfo
from rag.vi.abbreviations import FOLDED_FULL
from rag.vi.doctypes import ABBREVIATIONS
from rag.vi.names import bare_names, find_places, leading_name
from rag.vi.numbers import NUMBER_WORDS
from rag.vi.sentences import sentence_spans
from rag.vi.syllables import STOPWORDS, STOPWORDS_FOLDED
from rag.vi.text import fold, folded_aligned, folded_words, has_diacritics

# "bao nhiêu đảng viên", "mấy tiếng": what a "how many" question counts (its first word, folded), and the other
# words a text may count it by.
# (A classifier a learner puts before the noun is no noun: "bao nhiêu con đảng viên", "mấy cái hội nghị".)
# (A particle closing the question is nothing counted: "… là bao nhiêu ạ?", "bao nhiêu vậy".)
_PARTICLE_AFTER = r"(?:a|ha|nhi|vay|the|nhe|day|ak|ah|z)"
_COUNTED = re.compile(r"\b(?:bao nhieu|may)\s+(?:(?:con|cai|chiec)\s+(?=[a-z]+\s+[a-z]))?(luot\s+)?"
                      rf"(?!{_PARTICLE_AFTER}\b)([a-z]+)")
# Other names of a counted thing (folded): a meeting's "đầu cầu" are its "điểm cầu".
_SAME_UNIT = {"tieng": ("tieng", "gio"), "gio": ("tieng", "gio"), "nguoi": ("nguoi", "dai bieu", "can bo", "dang vien"),
              "dau": ("dau", "diem cau")}
_EXPANDED = {fold(k).lower(): fold(v).split()[0] for k, v in ABBREVIATIONS.items()}  # "NQ": "nghi"
_SPELLED = r"(?:mot|hai|ba|bon|tu|nam|sau|bay|tam|chin|muoi|tram|nghin|ngan|trieu)"


# "số lượt tổ chức đảng được kiểm tra là bao nhiêu", "số đảng viên … thì bao nhiêu": the count named first.
# ("Tổng số kết nạp là bao nhiêu?": an act, no noun, follows; those it was done to are counted.)
# ("số lượng đại biểu …": "lượng" is no noun counted.)
_COUNT_FIRST = re.compile(rf"\bso\s+(?:luong\s+)?(luot\s+)?(?!hieu\b|{ACT_AFTER_COUNT})([a-z]+)\b"
                          rf"(?=.*\b(?:bao nhieu|may)(?:\s+{_PARTICLE_AFTER})*\W*(?:\([^)]*\)\W*)?$)")
# "con số (chính xác) … là bao nhiêu" is "the figure", naming nothing counted; typed without accents "con so" may be
# "còn số" ("thế còn số lượt … thì bao nhiêu"), which counts.
# ("Con số đại biểu tham dự … là bao nhiêu?": a noun after it is what is counted, "số đại biểu".)
_THE_FIGURE = re.compile(r"\bcon số\b(?!\s+(?:đại biểu|đảng viên|lượt|người|cán bộ|tổ chức|cử tri)\b)", re.IGNORECASE)


# "số đảng viên mới kết nạp Quảng Ninh": keywords opening with what they count.
_COUNT_KEYWORDS = re.compile(COUNT_OPENING)


def _counted(folded: str) -> re.Match[str] | None:
    """What a folded "how many" question counts: after "bao nhiêu", or, when nothing follows it, after "số"; or
    after the "số" a query of keywords opens with."""
    m = _COUNTED.search(folded)
    return m or _COUNT_FIRST.search(folded) or _COUNT_KEYWORDS.search(folded)


def counted_noun(question: str) -> str:
    """The first word of what a "bao nhiêu …" / "mấy …" question counts, folded ("dang" of "đảng viên", "nghi"
    of "NQ", "de" of "đề án": folded, "đề" is the function word "để", so only an accented question counts it);
    "" when it names nothing ("tỷ lệ là bao nhiêu", "bao nhiêu phần trăm")."""
    folded = fold(question).lower()
    for f in _THE_FIGURE.finditer(question):  # folding keeps positions
        folded = folded[:f.start()] + "con __" + folded[f.end():]
    m = _counted(folded)
    # "bao nhiêu phần trăm", "bao nhiêu lần"; "là bao nhiêu trên tổng số bao nhiêu": a share, of a thing named
    # before.
    if not m or m.group(2) in {"phan", "lan", "tren"}:
        return ""
    first = m.group(2)
    if first in STOPWORDS_FOLDED and not (has_diacritics(question) and _accented_noun(question, m.start(2))):
        return ""
    # "bao nhiêu văn bản hướng dẫn": a text counts "9 hướng dẫn", the kind of document, not "văn bản".
    kind = re.match(r"van ban\s+([a-z]+)", fold(question).lower()[m.start(2):])
    if kind and kind.group(1) not in STOPWORDS_FOLDED:
        first = kind.group(1)
    return _EXPANDED.get(first, first)


_PASSIVE = frozenset({"bi", "duoc"})
_PASSIVE_WRITTEN = frozenset({"bị", "được"})  # as written: folded, "Bí" (thư) is "bi" too
_SAYING_AGAIN = frozenset({"tuc", "nghia", "hay"})  # "tức là", "nghĩa là", "hay là": the same said again
# Said, not named: "… bao nhiêu đề án rồi ấy trình Trung ương" counts "đề án".
_SAID_WORDS = frozenset({"rồi", "ấy", "đó", "này", "nữa", "nhỉ", "vậy", "thế", "nhé", "ạ", "à", "hả"})
# The words of a body acting, and its level and place (folded): "cấp ủy các cấp tỉnh", "ủy ban kiểm tra huyện".
_AGENTS = frozenset({"cap uy", "uy ban", "tinh uy", "huyen uy", "dang uy", "chi bo", "co quan", "ban thuong"})
_AGENT_WORDS = frozenset({"cap", "uy", "cac", "ban", "tinh", "huyen", "xa", "dang", "chi", "bo", "co", "quan",
                          "thuong", "vu", "kiem", "tra"})
_QUALIFIER_WORDS = 3


def _qualifies(words: list[str], i: int, accented: bool, after_how_many: bool) -> bool:
    """Whether ``words[i]``, one of the first words after a counted noun, opens what restricts the count: "bị" /
    "được", "vì" as written, or, after "bao nhiêu X", "là" (not "tức là" said again, nor "là" before a figure offered).
    """
    word = words[i].lower() if accented else fold(words[i]).lower()
    if word in (_PASSIVE_WRITTEN if accented else _PASSIVE) or (accented and word == "vì"):
        return True
    if not after_how_many or word != ("là" if accented else "la") or i > 2 \
            or fold(words[i - 1]).lower() in _SAYING_AGAIN:
        return False
    following = words[i + 1] if i + 1 < len(words) else ""
    return not (following[:1].isdigit() or fold(following).lower() in _NOT_ACTION)


def _qualifiers(question: str) -> list[str]:
    """What happened to the things a "how many" question counts, folded: the words after "bị" / "được" (or "vì",
    "là") right after the counted noun ("đảng viên bị khai trừ" -> "khai", "tru"), up to a function word, name or
    figure. A figure of "đảng viên" that the sentence does not say were expelled is not theirs."""
    m = _counted(fold(question).lower())
    if not m:
        return []
    accented = has_diacritics(question) and len(fold(question)) == len(question)
    following = [w.group(0) for w in re.finditer(r"\w+", question[m.start(2):])]
    words = following[:_QUALIFIER_WORDS + 2]
    # "… đảng viên vì tham nhũng": a cause restricts the count as "bị" does ("vì" only as written: folded, "vi" is
    # also "vi phạm").
    # "bao nhiêu người là đoàn viên thanh niên": what those counted are restricts the count too (only after "bao
    # nhiêu X": "Số đảng viên là bao nhiêu" asks the figure).
    # ("… bao nhiêu điểm cầu tức là tất cả mấy điểm cầu": "tức là" says it again; "… bao nhiêu đại biểu dự là
    # khoảng 15.500 hay 25.000": the figure offered follows)
    at = next((i for i in range(1, min(4, len(words))) if _qualifies(words, i, accented, m.re is _COUNTED)), None)
    if at is None:
        return []
    out: list[str] = []
    rest = words[at + 1:]
    # "đảng viên bị cấp ủy các cấp tỉnh Cao Bằng thi hành kỷ luật": who did it, a body and its place, stands before
    # what was done; what was done qualifies the count.
    if rest and (rest[0][:1].isupper() or fold(" ".join(rest[:2])) in _AGENTS):
        rest = following[at + 1:]
        while rest and (rest[0][:1].isupper() or fold(rest[0]) in _AGENT_WORDS):
            rest = rest[1:]
    for word in rest:
        folded = fold(word).lower()
        if len(out) >= _QUALIFIER_WORDS or word[:1].isupper() or word[:1].isdigit() or \
                ((word.lower() in STOPWORDS) if accented else (folded in STOPWORDS_FOLDED)):
            break
        out.append(folded)
    return out


def _accented_noun(question: str, at: int) -> bool:
    """Whether the word at ``at`` of the accented ``question`` is no function word as written ("đề" of "đề án",
    though folded it is "để")."""
    if folded_aligned(question) is None:
        return False
    word = re.match(r"\w+", question[at:])
    return bool(word) and word.group(0).lower() not in STOPWORDS


def _counts(text: str, noun: str, times: bool = False, compound: tuple[str, ...] = ()) -> int:
    """Where in the folded ``text`` the first figure of ``noun`` stands (``_count_positions``; -1 when none)."""
    return next(iter(_count_positions(text, noun, times, compound)), -1)


def _count_positions(text: str, noun: str, times: bool = False, compound: tuple[str, ...] = ()) -> list[int]:
    """Where ``text`` gives a figure, in digits or words, of ``noun`` (or of its other names): "166 đảng
    viên", "hơn 15.500 đại biểu", "bốn điểm", with at most two words between ("9.178 lượt đảng viên"); with
    ``times``, a count of visits ("9.178 lượt đảng viên", not "62 đảng viên"); of the ``compound`` asked, not
    of another made of its words ("7 tổ chức Đảng" is no count of "tổ chức cơ sở đảng"). The positions in the
    folded text, first first."""
    folded = fold(text).lower()
    between = r"luot\s+(?:\w+\s+)?" if times else r"(?:\w+\s+){0,2}"
    # A number in words stands right before what it counts ("bốn điểm"): "tư tưởng của Đảng" counts nothing.
    figure = rf"(?:\d(?:[\d.,/]*\d)?\s+{between}|\b{_SPELLED}\s+(?:luot\s+)?)"
    found = [m.start() for name in _SAME_UNIT.get(noun, (noun,))
             for m in re.finditer(rf"{figure}({re.escape(name)})\b", folded)
             if _is_figure(text, folded, m.start())
             and (name != noun or _same_compound(folded[m.start(1):], compound))]
    return sorted(found)


_COMPOUND_WORDS = 5


def counted_compound(question: str) -> tuple[str, ...]:
    """The words (folded) of the noun a "how many" question counts, up to a function word, punctuation, a name or
    a figure: "bao nhiêu tổ chức cơ sở đảng?" -> ("to", "chuc", "co", "so", "dang"). Typed without accents its
    words may be function words folded ("co so": "có số"), so the compound ends at its first word there."""
    folded = fold(question).lower()
    m = _counted(folded)
    if not m:
        return ()
    accented = has_diacritics(question) and len(folded) == len(question)
    out: list[str] = []
    for w in re.finditer(r"\w+|[^\w\s]", question[m.start(2):]):
        word = w.group(0)
        f = fold(word).lower()
        if not word[0].isalpha() or (out and word[:1].isupper()) or len(out) >= _COMPOUND_WORDS or \
                (out and ((word.lower() in STOPWORDS | _SAID_WORDS) if accented else True)) or f in _PASSIVE:
            break
        out.append(f)
    # As ``counted_noun`` reads it: "văn bản hướng dẫn" counts "hướng dẫn", "NQ" none written so.
    noun = counted_noun(question)
    return tuple(out[out.index(noun):]) if noun in out else ()


def _same_compound(after: str, compound: tuple[str, ...]) -> bool:
    """Whether the words ``after`` opens with (folded, up to punctuation) name ``compound`` and not a shorter one
    made of its words: a figure's noun that skips some ("7 tổ chức Đảng" for "tổ chức cơ sở đảng") counts
    something else. (Words of its own between them prove nothing: "đại biểu tham dự" for "đại biểu dự".)"""
    words = re.match(r"[\w\s]*", after).group(0).split()
    k = next((i for i, (a, b) in enumerate(zip(words, compound)) if a != b), min(len(words), len(compound)))
    rest, following = compound[k:], words[k:]
    return not (rest and following and following[0] in rest[1:])


# Numbers in words as an accented text writes them: folded, "tam" is also "tâm" ("trọng tâm là các đề án"), "ba"
# "bà", "sau" "sau" (after), "tu" "từ".
_SPELLED_ACCENTED = frozenset(NUMBER_WORDS)


def _is_figure(text: str, folded: str, at: int) -> bool:
    """Whether the figure found at ``at`` of ``folded`` (``text`` folded) is one: digits, or a number word as
    ``text`` spells it when ``text`` is accented (and its folding kept every position)."""
    if folded[at].isdigit() or not has_diacritics(text) or len(folded) != len(text):
        return True
    return re.match(r"\w+", text[at:]).group(0).lower() in _SPELLED_ACCENTED


# Party and state bodies that act in a report's sentences ("cấp ủy các cấp tiến hành kiểm tra …", "Ủy ban Kiểm
# tra các cấp …"), folded, each with its short form (named by its full one, ``FOLDED_FULL``); "cấp ủy viên" is a
# member, not the body.
_ACTOR_NAMES = (r"uy ban kiem tra|ubkt|ban thuong vu|btv|ban chap hanh|bch|bo chinh tri|bct|ban bi thu|bbt|"
                r"hoi dong nhan dan|hdnd|uy ban nhan dan|ubnd|mat tran to quoc|mttq|ban to chuc|ban tuyen giao|"
                r"ban dan van|ban noi chinh|cap uy|tinh uy|huyen uy|thanh uy|dang uy|chi bo|chinh phu|quoc hoi")
_ACTORS = re.compile(rf"\b({_ACTOR_NAMES})\b(?!\s+vien\b)")
# Words between an action and "bao nhiêu" that are not the action: tense and voice ("đã kết nạp được bao nhiêu"),
# estimates ("tổng cộng khoảng bao nhiêu"), prepositions ("kết nối trực tuyến tới bao nhiêu").
_NOT_ACTION = frozenset({"da", "duoc", "dang", "se", "vua", "tong", "cong", "tat", "ca", "khoang", "chung", "xap",
                         "xi", "hon", "tren", "gan", "toi", "den", "voi", "cho", "len", "toan", "bo",
                         "tam", "uoc",  # "có tầm bao nhiêu" (about), "ước"
                         "dat", "chiem"})  # "(tỷ lệ …) đạt / chiếm bao nhiêu": a figure reached, no act
# A place's unit is no act ("… tại tỉnh đạt bao nhiêu phần trăm?").
_PLACE_UNITS = frozenset({"tinh", "huyen", "xa", "phuong", "quan", "nuoc", "thon"})
# Adverbs of two words there ("tới chính xác bao nhiêu", "cụ thể là bao nhiêu"): no action either.
_NOT_ACTION_PAIRS = frozenset({("chinh", "xac"), ("cu", "the"), ("thuc", "te"), ("so", "luong")})
# "trình", "gửi (lên)" before a body (folded): what follows receives.
_SUBMITTED_TO = re.compile(rf"\b(?:trinh|gui)\s+(?:(?:len|den|toi)\s+)?(?=(?:{_ACTOR_NAMES}|trung uong)\b)")
# Verbs texts use for one act (folded): a body "thông qua" or "ra" the resolutions a report says it "ban hành"; work
# "xong" is work "hoàn thành"; sites a meeting is "nối mạng" with are those it "kết nối (trực tuyến)" to; models a
# province "giữ được" are those it "duy trì được".
_ACTIONS = (("ban hanh", "thong qua", "phat hanh"), ("hoan thanh", "xong", "hoan tat"),
            ("ket noi", "noi mang", "truc tuyen"), ("duy tri", "giu", "giu vung", "gin giu"))


def _same_action(action: str) -> tuple[str, ...]:
    """``action`` and the verbs texts use for the same act."""
    return next((group for group in _ACTIONS if action in group), (action,))


# What a thing has or is ("Hội nghị có bao nhiêu điểm cầu?"): the words before are its subject, not an action.
_HAVING = frozenset({"co", "gom", "la"})


_OPENING_WORDS = 6  # "Từ đầu nhiệm kỳ đến nay, cấp ủy các cấp …": a short opening phrase before the subject


def _subjects(folded: str) -> list[str]:
    """The bodies that open a clause of ``folded`` text (at most one word before them: "các cấp ủy"), in order:
    at its start, after ";" or ":", or after a short opening phrase and its comma. A body named further on
    ("… sau khi báo cáo Bộ Chính trị, Ban Bí thư") is an object, not who acts."""
    starts = [0] + [m.end() for m in re.finditer(r"[;:]\s*", folded)]
    comma = folded.find(",")
    if comma > 0 and len(re.findall(r"\w+", folded[:comma])) <= _OPENING_WORDS:
        starts.append(comma + 1)
    found = []
    for start in sorted(starts):
        m = _ACTORS.search(folded, start)
        if m and len(re.findall(r"\w+", folded[start:m.start()])) <= 1:
            found.append((m.start(), FOLDED_FULL.get(m.group(1), m.group(1))))
    return [name for _, name in sorted(set(found))]


def _asked(question: str) -> tuple[str, tuple[str, ...]]:
    """The body a "how many" question asks about (the last it names before "bao nhiêu") and its action, the (at
    most two) words before "bao nhiêu" in its clause ("Ủy ban Kiểm tra … đã thi hành kỷ luật bao nhiêu …": ("uy ban kiem
    tra", ("ky", "luat"))). A capitalised word ends the action, and "có", "gồm", "là" are none: "Điểm cầu huyện
    Đầm Hà có bao nhiêu" asks no action."""
    found = list(re.finditer(r"\w+", question))
    words = [m.group(0) for m in found]
    folded = [fold(w).lower() for w in words]
    at = next((i for i, w in enumerate(folded) if folded[i:i + 2] == ["bao", "nhieu"] or w == "may"), None)
    if at is None:
        return "", ()
    def joined(i: int) -> bool:  # word ``i`` and the next stand in one clause (no comma or stop between them)
        return not re.search(r"[,;:.!?]", question[found[i].end():found[i + 1].start()])

    j = at - 1
    while j >= 0 and joined(j):
        if folded[j] in _NOT_ACTION:
            j -= 1
        elif j > 0 and (folded[j - 1], folded[j]) in _NOT_ACTION_PAIRS and joined(j - 1):
            j -= 2
        else:
            break
    # The action is the clause's own: "… tới các huyện chưa, tổng cộng bao nhiêu điểm cầu?" asks no "huyện chưa".
    action: list[str] = []
    while (j >= 0 and joined(j) and folded[j] not in _HAVING and len(action) < 2 and words[j][:1].islower()
           and folded[j] not in STOPWORDS_FOLDED and folded[j] not in _PLACE_UNITS):
        action.insert(0, folded[j])
        j -= 1
    # Read with its punctuation: "… tổ chức Đảng, Ủy ban Kiểm tra …" names no "đảng ủy". The bodies something is
    # submitted to ("hoàn thành … trình Trung ương, Bộ Chính trị, Ban Bí thư") receive it; they do not act.
    before = _EXCLUDED.sub(lambda m: " " * len(m.group(0)), fold(question[:found[at].start()]).lower())
    if m := _SUBMITTED_TO.search(before):
        before = before[:m.start()]
    return _subject(before), tuple(action)



# "(chưa tính phần của Ủy ban Kiểm tra)", "(không kể …)" (folded): a body the question leaves out is not the one asked,
# nor one it denies ("(không phải cấp ủy)", "…, chứ không phải cấp ủy").
_EXCLUDED = re.compile(r"\(\s*(?:chua|khong)\s+(?:tinh|ke)\b[^)]*\)|\(\s*(?:tru|ngoai)\b[^)]*\)"
                       r"|\(\s*(?:chu\s+)?(?:khong|chang|cha|dau)\s+phai\b[^)]*\)|\bchu\s+khong\s+phai\b[^,;?()]*")


def _subject(folded: str) -> str:
    """The body nearest the end of ``folded`` (the one acting, not one named in a preamble: "Chuẩn bị họp chi bộ,
    …, cấp ủy các cấp đã …"), from the first word of its name ("Ban Thường vụ Tỉnh ủy": "ban thuong vu")."""
    found = list(_ACTORS.finditer(folded))
    if not found:
        return ""
    i = len(found) - 1
    while i > 0 and not folded[found[i - 1].end():found[i].start()].strip():
        i -= 1
    return FOLDED_FULL.get(found[i].group(1), found[i].group(1))


def previous_sentence(before: str) -> str:
    """The last sentence of ``before`` (the text before a quote): "" when there is none."""
    spans = sentence_spans(before)
    return before[spans[-1][0]:spans[-1][1]] if spans else ""


def text_before_quote(citation: Citation) -> str:
    """The text of a cited passage before its quote (a quote cut short is found by its opening words)."""
    at = citation.text.find(citation.quote.strip("“”…")[:40]) if citation.quote else -1
    return citation.text[:at] if at > 0 else ""


def figure_in_scope(question: str, unit: str, before: str = "", times: bool = True,
                    known: Callable[[str], bool] | None = None) -> bool:
    """Whether ``unit`` gives a figure of what the "how many" ``question`` counts, by its action and of its body
    ("thi hành kỷ luật … đảng viên" by the "Ủy ban Kiểm tra" asked: the body opening the clause of the figure).
    A sentence no body opens before its figure is the previous sentence's (``before``: the text before it):
    "Thi hành kỷ luật 4 tổ chức Đảng, 346 đảng viên." after "… cấp ủy các cấp tiến hành kiểm tra …" is the Party
    committees'. With ``times``, a question counting "lượt" wants a count of visits. True for a question that
    counts nothing. ``known`` tells whether a (folded) word is in the corpus at all: an action worded as no text
    words it ("đã cơ bản xong bao nhiêu đề án" where reports say "hoàn thành") tells no figure from another."""
    noun = counted_noun(question)
    if not noun:
        # "Ủy ban Kiểm tra … thi hành kỷ luật bao nhiêu?": nothing named that it counts, but the act still tells
        # which figure ("kiểm tra … 62 đảng viên" is no count of those disciplined).
        # (only when nothing follows "bao nhiêu": "sau mấy năm thực hiện …" asks a time, "… bao nhiêu phần trăm" a
        # share)
        return _measure_named(question, unit) and (bool(_SOMETHING_COUNTED.search(fold(question).lower()))
                                                   or _acted(question, _asked(question)[1], fold(unit).lower(), known))
    times = times and bool((m := _counted(fold(question).lower())) and m.group(1))
    figures = _count_positions(unit, noun, times, counted_compound(question))
    if not figures:
        return False
    figure = figures[0]
    folded = fold(unit).lower()
    if not set(_qualifiers(question)) <= set(re.findall(r"\w+", folded)):
        return False
    body, action = _asked(question)
    if not _acted(question, action, folded, known):
        return False
    if known is not None and not all(known(w) for w in action):
        action = ()
    # Of the acts done to what is counted, the last before a figure is the one it counts: "… kiểm tra … 7 tổ chức
    # Đảng …; giám sát 1.250 lượt tổ chức Đảng" gives no count of those "kiểm tra" visited.
    if " ".join(action) in _ACTS_DONE:
        figures = [f for f in figures if (acts := _ACT_DONE.findall(folded[:f])) and acts[-1] == " ".join(action)]
        if not figures:
            return False
        figure = figures[0]
    asked = fold(question).lower()
    if not action and _STOCK.search(asked) and not _DONE_TO.search(asked) \
            and _DONE_TO.search(_clause_before(folded, figure)):
        return False  # "hiện có bao nhiêu đảng viên" is not how many "kết nạp 6.222 đảng viên mới" admitted
    # The bodies opening the figure's clauses ("Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành …": both), else the
    # previous sentence's subject.
    acting = _subjects(folded[:figure]) or _subjects(fold(previous_sentence(before)).lower())[:1]
    return not (body and acting and not any(_acts_for(a, body) for a in acting))


# An act after "số" ("Tổng số kết nạp …", "Số khai trừ …", folded): what was done to those counted.
_ACT_COUNTED = re.compile(r"\bso\s+(?:luong\s+)?(?:luot\s+)?(ket nap|kiem tra|giam sat|ky luat|khai tru|khen thuong"
                          r"|xu ly)\b")
_SOMETHING_COUNTED = re.compile(r"\b(?:bao nhieu|may)\s+(?!(?:vay|the|a|nhi|nhe|ha|day|do|roi)\b)[a-z]")


def _acted(question: str, action: tuple[str, ...], folded: str, known: Callable[[str], bool] | None) -> bool:
    """Whether the (folded) unit does what the "how many" question asks was done (``action``, its words before "bao
    nhiêu" as ``_asked`` reads them, or the same act in others'); True when the question names no act, or one worded
    as no text words it."""
    if not action and (m := _ACT_COUNTED.search(fold(question).lower())):
        action = tuple(m.group(1).split())  # "Số khai trừ đúng là bao nhiêu?": those it was done to
    if not action or (known is not None and not all(known(w) for w in action)):
        return True
    return any(re.search(rf"\b{words}\b", folded) for words in _same_action(" ".join(action)))


# A Party committee acts through its boards: what a report says its "Ban Thường vụ" (or "Ban Chấp hành") did is
# what a question asks the "Tỉnh ủy" did, and the other way round (a province's report names no other committee's).
_COMMITTEES = frozenset({"tinh uy", "huyen uy", "thanh uy", "dang uy"})
_ITS_BOARDS = frozenset({"ban thuong vu", "ban chap hanh"})


def _acts_for(acting: str, body: str) -> bool:
    """Whether what the body ``acting`` did is what the question asks ``body`` did (both folded, in full)."""
    both = {acting, body}
    return acting == body or (bool(both & _COMMITTEES) and bool(both & _ITS_BOARDS))


_ACTS_DONE = ("kiem tra", "giam sat", "ket nap", "ky luat", "khai tru", "khen thuong")
_ACT_DONE = re.compile(rf"\b(?:{'|'.join(_ACTS_DONE)})\b")
# How many a place or body has (folded): "hiện có tổng cộng bao nhiêu tổ chức cơ sở đảng", "tổng số đảng viên" (not
# "tổng số đảng viên mới được kết nạp": those acted on).
_STOCK = re.compile(r"\b(?:hien co|co tong cong|tong cong co|tong so)\b")
# What is done to the things a figure counts, in its clause (folded): they are those acted on, not all there are.
_DONE_TO = re.compile(r"\b(?:kiem tra|giam sat|ket nap|ky luat|khai tru|xu ly|khen thuong|doi voi)\b")


def _clause_before(folded: str, at: int) -> str:
    """The words of ``folded``'s clause before position ``at`` (from the last ",", ";", ":" or sentence end)."""
    return re.split(r"[,;:.]\s", folded[:at])[-1]


# "Tổng mức đầu tư dự kiến của sân bay Cao Bằng là bao nhiêu?" (folded): what is measured, named before the figure
# asked ("… bao nhiêu phần trăm?" too), up to whose it is; what the question told first ends at a comma.
_MEASURE = re.compile(r"(?:^|[,.!?:])\s*(?P<x>[a-z]+(?:\s+[a-z]+)+?)\s+(?:(?:cua|o|tai|trong)\s+[^,]*?\s+)?"
                      r"(?:(?:la|dat|thi|khoang|vao khoang)\s+)*(?:bao nhieu|may)(?:\s+phan tram)?\W*$")
_MEASURE_WORDS = 4
_OPENING = frozenset({"con", "vay", "the"})  # "Còn tỷ lệ …", "Vậy tổng số …": a follow-up's opening
_RATE = frozenset({"ty le", "ti le"})
# "đúng là", "chính xác là", "cụ thể là": the figure exactly, no thing measured
_EXACTLY = frozenset({"dung", "chinh", "xac", "cu", "the", "thuc", "te", "that", "su", "la"})
_MEASURING = frozenset({"tong", "so", "ty", "ti", "le", "muc", "luong", "cong"})
_TOLD_WHERE = re.compile(r"\s+(?:duoc\s+)?(?:neu|ghi|dua ra|nhac|de cap)\b.*$")
# "hai số này", "con số ấy" (folded): a figure pointed back at, no measure named.
_POINTED_FIGURE = re.compile(r"\bso\s+(?:nay|ay|do|tren)\b")
# A request to be told opening the words before "bao nhiêu" (folded): "xin ban biên tập cho biết con số …".
# ("Chẳng hay con số chính xác là bao nhiêu?", "Không biết …": wondering aloud, as old courtesy asks)
_REQUEST_OPENING = re.compile(r"^(?:.*?\bcho\s+(?:(?:toi|em|minh|chau)\s+)?(?:biet|hoi)|chang hay|khong biet)\s+")


# Where it is measured, opening the question ("Ở Cao Bằng tỷ lệ cử tri đi bầu … là bao nhiêu"): no part of the measure.
_PLACE_OPENING = re.compile(r"^\W*(?i:ở|tại|o|tai)\s+(?:(?i:tỉnh|huyện|xã|tinh|huyen|xa)\s+)?(?:[A-ZĐ]\w*\s+){1,3}")


def _measure_named(question: str, unit: str) -> bool:
    """Whether ``unit`` names what a "X là bao nhiêu?" question measures: one of the word pairs of its first words
    ("tổng mức", "mức đầu tư"), so a figure of another thing ("6.222 đảng viên") is no answer. True for a question
    not so worded."""
    m = _MEASURE.search(fold(_PLACE_OPENING.sub("", question)).lower())
    if not m:
        return True
    if _ACTORS.match(m.group("x")):
        return True  # "Ủy ban Kiểm tra các cấp thi hành kỷ luật bao nhiêu": a body acting, no measure named
    # ("con số chính xác được nêu trong bài là bao nhiêu": where it is told is no part of it)
    words = _TOLD_WHERE.sub("", _REQUEST_OPENING.sub("", m.group("x"))).split()
    # "Cao Bằng có tỷ lệ cử tri đi bầu là bao nhiêu": whose it is, then "có", then what is measured.
    if "co" in words[1:5]:
        words = words[words.index("co", 1) + 1:]
    while words and (words[0] in _OPENING or words[0] in STOPWORDS_FOLDED):
        words = words[1:]
    words = words[:_MEASURE_WORDS]
    if set(words) <= _MEASURING | _EXACTLY | {"tren"} or _POINTED_FIGURE.search(" ".join(words)):
        # ("Hai số này thật ra là bao nhiêu?": the figures just quoted)
        # "…, trên tổng số bao nhiêu?": the total of what was counted before; "…, đúng là bao nhiêu?": the figure
        # just quoted, exactly; nothing named
        return True
    pairs = [f"{a} {b}" for a, b in zip(words, words[1:]) if not (a in STOPWORDS_FOLDED and b in STOPWORDS_FOLDED)]
    folded = folded_words(unit)
    # A rate is written as one too ("99,62% cử tri đi bầu").
    # (whose it is may come first: "…, ở Cao Bằng tỷ lệ cử tri đi bầu là bao nhiêu phần trăm", or what tells it: "…
    # trong bài Cao Bằng ghi nhận tỷ lệ …")
    rate = bool(re.search(rf"\b(?:{'|'.join(_RATE)})\b", m.group(0))) and "%" in unit
    return not pairs or rate or any(re.search(rf"\b{p}\b", folded) for p in pairs)


_LEVELS = {"xã": 0, "phường": 0, "huyện": 1, "quận": 1, "thị xã": 1, "thành phố": 1, "tỉnh": 2}
# A place below a province named by its unit (folded): "huyện Nam Đàn", "xa hung tan", "thị trấn …"; not a body
# ("Huyện ủy").
_BELOW = "|".join([fold(unit) for unit, level in _LEVELS.items() if level < _LEVELS["tỉnh"]] + ["thi tran"])
_BELOW_PROVINCE = re.compile(rf"\b(?:{_BELOW})\s+(?!uy\b|doan\b|hoi\b)[a-z]")


# "ở Quảng Ninh", "tại Cao Bằng", "ở điểm cầu Nghệ An": a place named without its unit (of unknown level, so the
# widest).
_AT_PLACE = re.compile(r"\b(?:ở|tại|o|tai)\s+(?:(?:điểm cầu|diem cau)\s+)?(?=(\w+(?:\s+\w+){0,2}))")


def _narrowest_places(question: str, left_out: Callable[[str], bool] = lambda name: False) -> list[str]:
    """The places a question names at its narrowest level ("huyện Đầm Hà" of "… huyện Đầm Hà, tỉnh Quảng
    Ninh"; "ở Quảng Ninh", "cử tri Nghệ An" when it names no unit): a figure or date of a wider place is not
    theirs."""
    places = [(_LEVELS[unit], name) for unit, name in find_places(question)]
    places += [(len(_LEVELS), " ".join(words)) for m in _AT_PLACE.finditer(question)
               if len(words := leading_name(m.group(1))) >= 2]
    named = {fold(name) for _, name in places}
    places += [(len(_LEVELS), name) for name in bare_names(question, at_start=True) if fold(name) not in named]
    places = [(level, name) for level, name in places if not left_out(name)]
    if not places:
        return []
    level = min(level for level, _ in places)
    return [name for lv, name in places if lv == level]


def _context(answer: Answer) -> str:
    """The text of the first cited passage before its quote (where a sentence's body may be named)."""
    return text_before_quote(answer.citations[0]) if answer.citations else ""


def out_of_scope(info: QuestionInfo, answer: Answer, known: Callable[[str], bool] | None = None,
                 documents: Sequence[str] = ()) -> str:
    """Why a figure or an event's date from news is of another thing or place than the one asked ("" when it
    is not): a "bao nhiêu X" answer gives a figure of X, by the action and body asked (``figure_in_scope``), and
    the narrowest place the question names stands in the quoted sentence, the sentence before it or its
    document's title ("Điểm cầu huyện Đầm Hà có bao nhiêu đại biểu?": the province's total is not the
    district's). A date question naming a document may name its issuer's place ("Kế hoạch 77-KH/TU … Tỉnh ủy
    Nghệ An"): not held to it. ``known``: as for ``figure_in_scope``. ``documents``: the passages found of the cited
    documents; an event's date holds for every venue its report names ("… tại điểm cầu huyện Đầm Hà")."""
    if info.judge or any(c.locator for c in answer.citations):
        return ""
    asker = {fold(n) for n in info.asker_names}

    def theirs(place: str) -> bool:  # where the asker lives, which no text names ("phường Hồng Hải"), asks nothing
        return fold(place) in asker and known is not None and not known(place)

    said = MARKER.sub(" ", answer.answer)
    before = _context(answer)
    if asks_document_number(info):
        # A document's number: its issuer's place need not stand beside it, but the passage quoted must be about
        # that place ("Tỉnh ủy Cao Bằng … kế hoạch số mấy" is not answered by Hưng Nguyên's plan).
        about = fold(" ".join(f"{c.title} {c.text}" for c in answer.citations))
        elsewhere = [name for name in _narrowest_places(info.text, theirs) if fold(name) not in about]
        return f"Các đoạn văn tìm được không nêu riêng cho {elsewhere[0]}." if elsewhere else ""
    # "lần thứ mấy" is answered by which time the event is held ("lần thứ XX"), no figure of a thing counted.
    if info.kind == "number" and not asked_of(info).nth \
            and not figure_in_scope(info.text, said, before, times=False, known=known):
        return "Các đoạn văn tìm được không nêu con số này."
    if not (info.kind in ("number", "person") or (info.kind == "date" and asked_of(info).event)):
        return ""
    # The previous sentence too: "Thi hành kỷ luật 3 tổ chức đảng …" after "… cấp ủy các cấp tỉnh Lạng Sơn …". An
    # event, and who took part in it, is told by its whole passage ("Chiều 30/9, … tổ chức Hội nghị giao ban ….
    # Tại điểm cầu Nghệ An có …"): "Hội nghị … của Tỉnh ủy Cao Bằng do ai chủ trì" is not answered by Quảng Ninh's.
    told = [c.text for c in answer.citations] if info.kind in ("date", "person") else []
    if info.kind == "date":
        told += list(documents)
    quoted = fold(" ".join([said, previous_sentence(before), *(c.title for c in answer.citations), *told]))
    # An event a province's newspaper reports ("Baonghean.vn": "Sáng 14/11, Đoàn giám sát của Ban Thường vụ Tỉnh ủy
    # …") took place there or with it taking part: its date is that province's too, and its "Tỉnh ủy" the
    # province's (the "Trưởng ban Tuyên giáo Tỉnh ủy" it names). Not its figures, which may be the whole country's,
    # nor when the question names a narrower place, even one no text has ("… làm việc với huyện nam đàn": the
    # paper's province does not say which district).
    papers = " ".join(re.sub(r"\W", "", fold(c.source)) for c in answer.citations) \
        if info.kind in ("date", "person") and not _BELOW_PROVINCE.search(fold(info.text).lower()) else ""
    places = _narrowest_places(info.text, theirs)
    elsewhere = [name for name in places if fold(name) not in quoted
                 and not (papers and re.sub(r"\W", "", fold(name)) in papers)]
    # A person named in two places' reports ("Hai bài Quảng Ninh và Cao Bằng cùng nhắc tới …") is answered by either,
    # and so is a question unsure which place it was ("ở Nghệ An hay Quảng Ninh gì đó").
    if (info.kind == "person" or _offered_places(info.text, places)) and len(elsewhere) < len(places):
        return ""
    return f"Các đoạn văn tìm được không nêu riêng cho {elsewhere[0]}." if elsewhere else ""


def _offered_places(question: str, places: list[str]) -> bool:
    """Whether ``question`` offers two of ``places`` as alternatives ("Nghệ An hay Quảng Ninh", "… hoặc …")."""
    folded = fold(question).lower()
    names = [fold(p).lower() for p in places]
    return any(re.search(rf"\b{re.escape(a)}\s*,?\s+(?:hay|hoac|hay la)\s+(?:(?:o|tai|tinh|huyen)\s+)?"
                         rf"{re.escape(b)}\b", folded) for a in names for b in names if a != b)

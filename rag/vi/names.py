"""People's and places' names in Vietnamese text. A person: a run of three to five capitalised syllables that
are not the words of a body's or a place's name ("Phạm Thị Thanh Giang", not "Ban Chấp hành Trung ương"). A
place: the capitalised words after an administrative unit or its Party committee ("tỉnh Quảng Ninh", "Huyện
ủy Hưng Nguyên")."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from rag.vi.places import LONGEST, PROVINCE_WORDS
from rag.vi.text import find_all, fold, folded_words, has_diacritics

# Capitalised words that belong to bodies and places, not to people's names.
_NOT_NAME_WORDS = {"Ban", "Bộ", "Đảng", "Tỉnh", "Trung", "Hội", "Ủy", "Uỷ", "Nghị", "Quyết", "Kết", "Luận",
                   "Chính", "Nhà", "Nước", "Quốc", "Mặt", "Trận", "Huyện", "Thành", "Phố", "Sở", "Đoàn",
                   "Thường", "Vụ", "Chỉ", "Thị", "Kế", "Hoạch", "Đề", "Án", "Ngày", "Theo", "Tại", "Đồng", "Tổ"}
# The same typed without accents, where they fold to no syllable of a place or a person's name ("Ngoai Ket luan 21":
# "Ket" is of "Kết luận"; not "tinh", of "Hà Tĩnh", nor "an", of "Nghệ An").
_NOT_NAME_FOLDED = frozenset({"ket", "luan", "quyet", "hoach", "nuoc", "thuong", "ngay", "theo", "tai"})
# Words that ask (folded): "nào", "gì", "đâu", "mấy".
_ASKING_FOLDED = frozenset({"nao", "gi", "dau", "may"})
_WORD = re.compile(r"[^\W\d_]+")
# Family names: a run of three to five capitalised syllables opening with one is a person, whatever the
# others ("Vũ Quyết Tiến", "Nguyễn Quốc Trung"), though those are also the words of bodies and documents.
_SURNAMES = frozenset(
    "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Trịnh Mai Cao Lương Đào Trương "
    "Lâm Tạ Hà Vương Tô Phùng Chu Kiều Thái Đoàn Lưu Triệu Quách Hứa Mạc Đàm Lục Nông Bế Tống Khổng Thân La "
    "Lại Viên Doãn Ông Giang Châu Quan Văn Tăng Kim".split())
SURNAMES = _SURNAMES


# What a person is called by before the name ("Ông Nguyễn Xuân Ký", "bà Hoa"), lowercase.
HONORIFICS = frozenset("ông bà anh chị cô chú bác".split())


def _capitalised_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Every run of capitalised words ("Nguyễn", "Xuân"; not "HĐND") one space apart, in order."""
    run: list[re.Match[str]] = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if word[0].isupper() and (len(word) == 1 or word[1:].islower()):
            if run and text[run[-1].end():m.start()] != " ":
                yield run
                run = []
            run.append(m)
        elif run:
            yield run
            run = []
    if run:
        yield run


_HONORIFICS_FOLDED = frozenset(fold(h) for h in HONORIFICS)
SURNAMES_FOLDED = frozenset(fold(n) for n in _SURNAMES)


def honorific_then_surname(first: str, second: str) -> bool:
    """Whether two capitalised words are what a person is called by, then a family name: "Bà Phạm", or typed
    without accents "Ba Pham" ("Ba", "Chi", "Ong" are "Bà", "Chị", "Ông" there)."""
    if first.lower() in HONORIFICS and second in _SURNAMES:
        return True
    return not has_diacritics(first + second) and fold(first).lower() in _HONORIFICS_FOLDED \
        and fold(second).lower() in SURNAMES_FOLDED


def find_people(sentence: str) -> Iterator[tuple[int, int]]:
    """Spans of every person's name, in order: three to five capitalised syllables ("Phạm Thị Thanh Giang")."""
    for run in _capitalised_runs(sentence):
        if len(run) >= 4 and honorific_then_surname(run[0].group(0), run[1].group(0)):
            run = run[1:]  # "Ông Nguyễn Xuân Ký": the title, then the name ("Ông" is also a family name)
        names = [r for r in run if r.group(0) not in _NOT_NAME_WORDS or r.group(0) == "Thị"]
        surname = run[0].group(0) in _SURNAMES
        if 3 <= len(run) <= 5 and (surname or len(names) == len(run)) and run[0].group(0) != "Thị":
            yield run[0].start(), run[-1].end()


def find_person(sentence: str) -> tuple[int, int] | None:
    """Span of the first person's name (``find_people``), or None."""
    return next(find_people(sentence), None)


def full_names(names: Iterable[str]) -> list[str]:
    """Of ``names``, those that are a person's name whole ("Lê Đức Cường", not "Nghệ An" or "Tỉnh")."""
    return [n for n in names if find_person(n) == (0, len(n))]


# An administrative unit, or its Party committee, before a place's name; each maps to the unit. Matched on the
# folded text (folding keeps offsets), so "Tinh uy Cao Bang" typed without accents is read too.
_UNITS = (("tỉnh ủy", "tỉnh"), ("huyện ủy", "huyện"), ("thành ủy", "thành phố"), ("thị ủy", "thị xã"),
          ("tỉnh", "tỉnh"), ("huyện", "huyện"), ("thành phố", "thành phố"), ("thị xã", "thị xã"), ("xã", "xã"),
          ("quận", "quận"), ("phường", "phường"))
_UNIT_OF = {fold(u): unit for u, unit in _UNITS}
UNIT_PHRASES = tuple(u for u, _ in _UNITS)  # lowercase, accented, longest first where one opens another
_PLACE = re.compile(r"\b(" + "|".join(fold(u).replace(" ", r"\s+") for u, _ in _UNITS) +
                    r")\s+(?=(\w+(?:\s+\w+){0,3}))", re.IGNORECASE)  # the name is read, not consumed


def leading_name(words: str) -> list[str]:
    """The capitalised words ``words`` opens with ("Quảng Ninh được …" -> ["Quảng", "Ninh"]); an abbreviation
    ("HĐND") ends them."""
    run = []
    for w in words.split():
        if not w[0].isupper() or (len(w) > 1 and w.isupper()):
            break
        run.append(w)
    return run


def find_places(text: str) -> list[tuple[str, str]]:
    """The places ``text`` names after a unit, as (unit, name), in order: "Ban Thường vụ Tỉnh ủy Quảng Ninh" ->
    [("tỉnh", "Quảng Ninh")], "Tinh uy Cao Bang" -> [("tỉnh", "Cao Bang")]. Only capitalised names count
    ("tỉnh đó" names none)."""
    found = []
    for m in _PLACE.finditer(fold(text)):
        words = leading_name(text[m.start(2):m.end(2)])
        # "Tỉnh ủy Cao Bằng Trần Hồng Minh": a province's name, then a person's, are two names.
        words = next((words[:n] for n in range(LONGEST, 1, -1) if len(words) > n
                      and tuple(fold(w) for w in words[:n]) in PROVINCE_WORDS), words)
        # ("lãnh đạo tỉnh Nào dự": a word that asks, capitalised by a phone's autocorrect, is no place)
        if words and words[0] not in _NOT_NAME_WORDS and fold(words[0]).lower() not in _ASKING_FOLDED:
            found.append((_UNIT_OF[" ".join(m.group(1).lower().split())], " ".join(words)))
    return found


# Capitalised words that open a title or a document's name, not a place's ("Tổng Bí thư", "Phó Chủ tịch", "Điều 5").
_TITLE_WORDS = frozenset("Tổng Bí Phó Chủ Trưởng Giám Thủ Chánh Thư Đại Chương Quy Luật Hiến Điều Khoản Mục Phần "
                         "Sở Phòng Viện Tòa Trường Công Ty Ngân".split())


def _mid_sentence(text: str, start: int) -> bool:
    """Whether ``start`` is not a sentence's first word, which is capitalised whatever it is ("Ngành Tổ chức …")."""
    before = text[:start].rstrip(" \"“'(")
    return bool(before) and not before.endswith((".", ":", ";", "!", "?"))


_PLACE_OPENERS = frozenset("bên ở tại còn theo trong về của thế vậy".split())


def _before_title(run: list[re.Match[str]]) -> list[re.Match[str]]:
    """A run of capitalised words up to a title opening in it ("Cao Bằng | Phó Bí thư …"): a place named before
    the title held there."""
    text = run[0].string if run else ""
    cut = next((i for i in range(1, len(run)) if TITLE_OPENING.match(fold(text[run[i].start():]).lower())), len(run))
    return run[:cut]


# A body's name as typed without marks, by its first two words ("To chuc", "Uy ban"): a capitalised word opening one
# ends no place's name ("Nganh To chuc …", "Con Uy ban Kiem tra …"), as "Tổ", "Ủy" typed with marks never do.
_BODY_OPENINGS_FOLDED = frozenset({"to chuc", "uy ban", "ban chap", "ban thuong", "thuong vu", "hoi dong", "mat tran"})
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")


def _opens_body(word: str, after: str) -> bool:
    """Whether ``word``, with the word ``after`` opens with, is how a body's name begins ("To chuc", "Uy ban")."""
    m = _NEXT_WORD.match(after)
    return m is not None and f"{fold(word)} {fold(m.group(1))}".lower() in _BODY_OPENINGS_FOLDED


def bare_names(text: str, at_start: bool = False) -> list[str]:
    """Two-word capitalised names standing alone, not a person's (three to five words) nor a body's ("Nghệ An"
    in "cử tri Nghệ An đi bầu"): what is usually a place named without its unit. With ``at_start``, also one
    opening a sentence ("Nghệ An tổ chức …" of a question): both its words are capitalised, where a sentence's
    first word alone is whatever it is ("Ngành Tổ chức" stays out: "Tổ" is a body's word)."""
    # A sentence's first word capitalised before the name is no part of it ("Bên Cao Bằng, …", "Ở Nghệ An …").
    runs = [run[1:] if len(run) == 3 and not _mid_sentence(text, run[0].start())
            and run[0].group(0).lower() in _PLACE_OPENERS else run for run in map(_before_title,
                                                                                 _capitalised_runs(text))]
    return [f"{run[0].group(0)} {run[1].group(0)}" for run in runs
            if len(run) == 2 and (at_start or _mid_sentence(text, run[0].start()))
            and not _opens_body(run[1].group(0), text[run[1].end():])
            and not {r.group(0) for r in run} & (_NOT_NAME_WORDS | _TITLE_WORDS)
            and not {fold(r.group(0)) for r in run} & _NOT_NAME_FOLDED
            and run[0].group(0).lower() not in HONORIFICS]


# "Trương Thị Mai - Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương": the titles
# written after a name, up to the end of the clause.
_AFTER_NAME = re.compile(r"\s*(?:-|–|,)\s*([^.;:()]{3,200})")

# A title's head as a question types it (folded), "Phó" before it or not: "bí thư", "chủ nhiệm" (of an inspection
# committee), "trưởng ban".
# ("phó đoàn" is said for "phó trưởng đoàn")
TITLE_FOLDED = (r"(?:(?:pho\s+)?(?:tong bi thu|bi thu|chu tich|chu nhiem|truong ban|truong phong|truong doan|"
                r"giam doc|bo truong|thu truong|cuc truong|vu truong|chanh van phong|chanh thanh tra|chanh an|"
                r"vien truong|uy vien)|pho doan)")
# A title at the start of (folded) text: "phó bí thư thường trực …", "trưởng ban …".
TITLE_OPENING = re.compile(rf"{TITLE_FOLDED}\b")

# How a title opens ("Phó Bí thư …", "Trưởng ban …"), unlike what a speaker says after a comma ("Theo đồng chí X,
# Bộ Chính trị sẽ …").
_TITLE_HEAD = re.compile(r"(?:Ủy viên|Uỷ viên|Bí thư|Phó|Trưởng|Chủ tịch|Giám đốc|Bộ trưởng|Thứ trưởng|Tổng|Chánh|"
                         r"Viện trưởng|Đại biểu|Thành viên|Chủ nhiệm)\b")


def titles_of(name: str, text: str) -> list[str]:
    """The titles ``text`` writes after ``name`` ("Ủy viên Bộ Chính trị", "Trưởng ban Tổ chức Trung ương"), each
    opening as a title does and at least two words long."""
    folded, key = fold(text), fold(name)
    out: list[str] = []
    for at in find_all(folded, key):
        m = _AFTER_NAME.match(text, at + len(key))
        for part in (m.group(1).split(",") if m else []):
            part = part.strip()
            if _TITLE_HEAD.match(part) and len(part.split()) >= 2 and part not in out:
                out.append(part)
    return out


def names_by_title(title: str, text: str) -> bool:
    """Whether ``text`` has ``title`` standing for a person by itself ("đồng chí Bí thư Tỉnh ủy yêu cầu …"), not
    among the titles written after another person's name ("Vũ Quyết Tiến, Trưởng Ban Tổ chức Tỉnh ủy")."""
    folded, key = fold(text), fold(title)
    attached = []
    for _, end in find_people(text):
        m = _AFTER_NAME.match(text, end)
        if m:
            attached.append((end, m.end()))
    # Whole words only, and not a deputy's title ("Phó Bí thư Tỉnh ủy" is not the "Bí thư Tỉnh ủy").
    alone = [at for at in find_all(folded, key) if not folded[:at].endswith("pho ") and
             not (at and folded[at - 1].isalnum()) and not folded[at + len(key):at + len(key) + 1].isalnum()]
    return any(not any(a <= at < b for a, b in attached) for at in alone)


def quoted_words(phrase: str) -> list[str]:
    """The passages of four words or more ``phrase`` quotes, folded, their words joined by single spaces ('Bài "Sáng
    ngày 15/1, Ban Thường vụ …"' -> ["sang ngay 15 1 ban thuong vu"]): a headline or an opening sentence cited."""
    said = (folded_words(quoted) for quoted in _QUOTED.findall(phrase))
    return [s for s in said if len(s.split()) >= 4]


def written_in(phrase: str, title: str) -> bool:
    """Whether ``phrase`` (the source a question names: "Theo bài viết ở Cao Bằng") names the document titled
    ``title`` ("Cao Bằng: Tăng cường …") by a name in it: two capitalised words in a row, with or without accents."""
    words = re.findall(r"\w+", title)
    asked = re.findall(r"\w+", fold(phrase).lower())
    # Its headline quoted ('Bài "Giám sát việc triển khai … tại huyện Hưng Nguyên"'), cut short or not.
    headline = folded_words(title)
    if any(said in headline for said in quoted_words(phrase)):
        return True
    folded = " " + " ".join(asked) + " "
    if any(f" {fold(a)} {fold(b)} " in folded for a, b in zip(words, words[1:])
           if a[:1].isupper() and b[:1].isupper()):
        return True
    # A web address names its site as its words run together: "Báo Nghệ An" is "Baonghean.vn", "Cao Bằng" the
    # "caobang" of "hdnd.caobang.gov.vn".
    labels = site_labels(title)
    return any("".join(asked[i:i + n]) in labels for n in (2, 3, 4) for i in range(len(asked) - n + 1))


def site_labels(text: str) -> set[str]:
    """The labels of the web addresses ``text`` writes, folded ("Baonghean.vn" -> {"baonghean"}; "hdnd.caobang.gov.vn"
    -> {"caobang"}): a site names its newspaper's or council's province with its words run together."""
    return {label for site in _SITE.findall(fold(text).lower()) for label in site.split(".") if len(label) > 3}


_QUOTED = re.compile(r"[\"“«]([^\"“”«»…]{3,200})")  # up to the quote's end or where it is cut short ("…")
_SITE = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)\b")

"""What a question asks of a news article itself, not of what it reports: its headline ("bài … có tít là gì",
"được nêu trong tài liệu nào"), the site that published it ("đăng trên trang nào"), when ("bài đó đăng ngày
nào") or who wrote it ("bài … do ai chấp bút"). The first three are the document's metadata (title, source,
publication date), which no sentence of it states; its author is the one its byline names ("Tác giả: …", "… của
tác giả …"). The article is the first retrieval finds for the question's description of it that names the places
it gives."""

from __future__ import annotations

import datetime
import re

from rag.answer.candidates import Following
from rag.answer.citations import Citations
from rag.documents import Answer, Passage
from rag.query.analysis import WHEN, QuestionInfo, name_asked
from rag.vi.dates import DATE, normalise_date
from rag.vi.names import find_places, full_names
from rag.vi.sentences import line_spans, sentence_spans
from rag.vi.text import fold

_ARTICLE = r"(?:bai viet|bai bao|ban tin|bai|tin bai|tai lieu|(?<!thong )tin)"  # "Tin Baonghean …": a news item
_ARTICLE_WORDS = frozenset({"bai", "tin", "ban"})
# Folded: "tên bài viết", "bài … có tít / tiêu đề là gì", "được nêu trong tài liệu nào", "bài nào đưa tin …".
_HEADLINE = re.compile(
    rf"\b(?:ten|tieu de|nhan de|tit|tua de|tua)\s+(?:cua\s+)?{_ARTICLE}\b"
    rf"|\b{_ARTICLE}\b[^?]*\b(?:co\s+)?(?:ten|tieu de|nhan de|tit|tua de|tua)(?:\s+(?:day du|chinh xac|cu the))?"
    r"\s+(?:la\s+)?(?:gi|nhu the nao|the nao)\b"
    rf"|\b(?:trong|o|thuoc|tu)\s+(?:{_ARTICLE}|van ban|nguon)\s+nao\b"
    # "Báo … đưa tin về … với tiêu đề gì?"
    r"|\b(?:dua tin|dang tin|dang bai|viet bai)\b[^?]*\b(?:voi|co|duoi)\s+(?:ten|tieu de|nhan de|tit|tua de)"
    r"\s+(?:la\s+)?gi\b"
    rf"|\b{_ARTICLE}\s+nao\s+(?:noi|neu|de cap|nhac|viet|dua tin)\b")
# A book or booklet the article reports on ("cuốn tài liệu … mà tỉnh đã xuất bản có tên là gì?"): a news article is
# no "cuốn" and is not what a province publishes; its name is in the text, not the article's headline.
_REPORTED_WRITING = re.compile(r"\b(?:cuon|quyen|an pham)\b"
                               r"|\btai lieu\b[^?]*\b(?:xuat ban|bien soan|phat hanh|in an)\b")
# "Bài … được đăng trên trang nào?", "… do báo nào đưa tin?", "bài đưa tin … là của đơn vị nào": the site or
# paper that published it.
_SOURCE = re.compile(
    rf"\b{_ARTICLE}\b[^?]*\b(?:dang|dang tai|dua tin|dua|xuat ban)\s+(?:tren|o|tai)\s+"
    # "… đăng trên trang thông tin điện tử của cơ quan nào"
    r"(?:trang|bao|website|trang tin|trang web|cong thong tin|nguon)(?:\s+\w+){0,8}?\s+nao\b"
    rf"|\b(?:trang|bao|website|trang tin|nguon)(?:\s+(?:mang|web|dien tu))?\s+nao\s+(?:dang|dua tin|dang tai)\b"
    rf"|\b{_ARTICLE}\s+(?:dua tin|dang tin)\b[^?]*\b(?:la\s+)?cua\s+(?:don vi|co quan|bao|trang)\s+nao\b"
    # a site claimed, to check: "Bài … có phải do Baonghean.vn đăng không?", "… được đăng trên báo X phải không?"
    rf"|\b{_ARTICLE}\b[^?]*\b(?:do|tren)\s+[^?]{{1,40}}?\s+(?:dang|dang tai|dua tin)\s+(?:phai\s+)?"
    r"(?:khong|ko|chua)\b"
    rf"|\b{_ARTICLE}\b[^?]*\b(?:dang|dang tai|dua tin)\s+(?:tren|o)\s+[^?]{{1,40}}?\s+(?:phai|dung)\s+"
    r"(?:khong|ko|chua)\b")
# "Bài … do ai chấp bút / viết?", "… do đồng chí nào đứng tên tác giả?", "tác giả bài … tên gì", "ai viết bài …":
# who wrote the article (not "tác giả đó làm trưởng phòng nào": the author's title).
_AUTHOR_WORD = re.compile(r"\b(?:tac gia|dung ten|chap but|nguoi viet|viet bai|viet boi|ai viet|ai la tac gia"
                          r"|(?:phong vien|nha bao)\s+nao\s+viet"
                          # "… có phải do đồng chí Trần Hồng Minh viết không?"
                          r"|\bdo\s+(?:dong chi|ong|ba)\s+[^?]{1,40}\s+viet)\b")
_PAPER = re.compile(r"(?:báo|bao|trang|website)\b|\S+\.(?:vn|com|net|org)\b", re.IGNORECASE)
_WHO = re.compile(r"\b(?:ai|dong chi nao|nguoi nao|tac gia nao|phong vien nao|nha bao nao)\b")
# The byline: "Tác giả: Trần Hồng Minh, …", "… của tác giả Phạm Thị Thanh Giang – …".
_BYLINE = re.compile(r"\btác giả\b\s*:?\s*(?=[A-ZĐÀ-Ỹ])", re.IGNORECASE)  # not "công tác giải phóng"
_BYLINE_QUOTE_MAX = 220
# A byline on a line of its own: a name (a pen name too: "Quốc Nghị") and, after a dash, where the writer works ("Quốc
# Nghị – Trung tâm TT&VH").
_SIGNED = re.compile(r"^(?P<name>[A-ZĐÀ-Ỹ][^\W\d_]*(?:\s+[A-ZĐÀ-Ỹ][^\W\d_]*){1,3})\s*[–—-]\s*\S[^\n]{0,60}$")
_INFERRED = re.compile(r"\(\s*suy ra\s*\)", re.IGNORECASE)
_PUBLISHED = re.compile(
    rf"\b{_ARTICLE}\b[^?]*\b(?:dang(?: tai)?(?: len)?|xuat ban|phat hanh|len trang|dua len)\s+"
    # where it was published may stand between ("… được đăng trên trang hdnd.caobang.gov.vn ngày nào", "… đăng lên
    # trang thông tin vào ngày nào")
    r"(?:(?:tren|o|tai)\s+[^?]{0,60}?\s+|(?:trang|bao|website|cong|mang)\b[^?]{0,60}?\s+)?(?:vao\s+|tu\s+)?"
    # (or the day of the week: "… lên trang vào thứ mấy (trong tuần)")
    # (or a search box's keywords ending in "ngày": "bai Tran Hong Minh … dang ngay")
    rf"(?:{WHEN}|thu may|ngay(?=\W*$))\b"
    # "ngày đăng của bài …" (a form's "publish date")
    rf"|\b(?:ngay|thoi gian|thoi diem)\s+(?:dang|dang tai|xuat ban|phat hanh)\s+(?:cua\s+)?{_ARTICLE}\b")


_WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật")
_WEEKDAY_ASKED = re.compile(r"\bthu may\b")


def _weekday_said(info: QuestionInfo, published: str) -> str:
    """", Chủ nhật" after a publication date when the question asks the day of the week ("… vào thứ mấy?"), by the
    calendar; "" otherwise."""
    if not _WEEKDAY_ASKED.search(fold(info.text).lower()) or not (m := DATE.search(published)):
        return ""
    try:
        day = datetime.datetime.strptime(normalise_date(m), "%d/%m/%Y")
    except ValueError:
        return ""
    return f", {_WEEKDAYS[day.weekday()]}"


# "Ảnh … do ai chụp?", "ảnh … là của ai", "ai chụp ảnh …" (on the text as typed: folded, "ảnh" is also "anh"):
# who took a photo, whose caption credits them ("Quang cảnh tại điểm cầu Nghệ An. Ảnh: Thanh Lê").
_PHOTO = re.compile(r"\b(?:ảnh|chụp|chup)\b(?!\s+hưởng)", re.IGNORECASE)
# ("… là của phóng viên nào?", "… do nhiếp ảnh gia nào chụp": which reporter or photographer)
_PHOTO_WHO = re.compile(r"\b(?:do ai|của ai|cua ai|ai chụp|ai chup|người chụp|nguoi chup|"
                        r"(?:phóng viên|phong vien|nhiếp ảnh gia|nhiep anh gia|tác giả|tac gia) nào|"
                        r"(?:tác giả|tac gia)\s+(?:(?:bức|tấm|buc|tam)\s+)?(?:ảnh|anh))\b", re.IGNORECASE)
# A caption's credit: "Ảnh: Thanh Lê", after what the photo shows.
_CREDIT = re.compile(r"\bẢnh\s*:\s*[A-ZĐÀ-Ỹ]")
_CAPTION_MAX = 200  # a caption is a line, not a paragraph that happens to credit a photo


def asked_of_article(info: QuestionInfo) -> str:
    """"title" for a question asking an article's headline or which article says something, "published" for
    one asking when it was published, "source" for the site or paper that published it, "author" for who wrote
    it, "photo" for who took a photo in it, "" otherwise (a question listing articles is "multi", not this)."""
    folded = fold(info.text).lower()
    if info.kind == "multi":
        return ""
    if _PHOTO.search(info.text) and _PHOTO_WHO.search(info.text):
        return "photo"
    # "tác giả bài … tên gì", "ông bí thư … viết bài … tên là gì": the author's name, not the headline.
    # "Bài … là của tác giả Phạm Thị Thanh Hương, đúng không?": the author claimed is checked against the byline.
    if _AUTHOR_WORD.search(folded) and (_WHO.search(folded) or name_asked(folded) == "person"
                                        or (info.checks and full_names(info.names))):
        return "author"
    if name_asked(folded) == "person":
        return ""  # "ông bí thư … tên là gì": a person's name, but not the article's
    if _PUBLISHED.search(folded):
        return "published"
    if _SOURCE.search(folded):
        return "source"
    return "title" if _HEADLINE.search(folded) and not _REPORTED_WRITING.search(folded) else ""


def _read_through(passages: list[Passage], following: Following | None) -> list[Passage]:
    """One article's passages in reading order, then the rest of its document (after the last passage's chunk:
    none of those is among the passages) as passages of no score."""
    ordered = sorted(passages, key=lambda p: p.chunk.position)
    if following and ordered:
        ordered += [Passage(c, 0.0) for c in following(ordered[-1].chunk)]
    return ordered


def _byline(passages: list[Passage], following: Following | None) -> tuple[Passage | None, str, tuple[int, int]]:
    """The passage (of one article's, in reading order, then the rest of its document) whose text names its
    author, and the quote: the byline's sentence, from "tác giả" on when the sentence is long, else a line signed
    with a name and where the writer works."""
    read = _read_through(passages, following)
    for passage in read:
        text = passage.chunk.text
        for start, end in sentence_spans(text):
            sentence = text[start:end]
            if m := _BYLINE.search(sentence):
                if len(sentence) > _BYLINE_QUOTE_MAX:
                    sentence = "…" + sentence[m.start():].strip()
                return passage, sentence.strip(), (start, end)
    for passage in read:
        text = passage.chunk.text
        for start, end in line_spans(text):
            m = _SIGNED.match(text[start:end])
            if m and not find_places(m.group("name")):
                return passage, text[start:end], (start, end)
    return None, "", (0, 0)


def written_by(name: str, passages: list[Passage], following: Following | None) -> bool:
    """Whether ``passages`` (one article's) and the rest of their document carry ``name`` in the byline: every
    sentence of the article is then the author's own words ("Trong bài đó, ông ấy cho biết …")."""
    _, byline, _ = _byline(passages, following)
    return bool(byline) and fold(name).lower() in fold(byline).lower()


def _caption(info: QuestionInfo, passages: list[Passage],
             following: Following | None) -> tuple[Passage | None, str, tuple[int, int]]:
    """The caption crediting a photo (in one article's passages and the rest of its document) that shares most
    words with the question ("Ảnh quang cảnh tại điểm cầu Nghệ An …"), the first on a tie; its passage and span."""
    asked = set(fold(info.text).lower().split())
    best: tuple[int, Passage | None, str, tuple[int, int]] = (-1, None, "", (0, 0))
    for passage in _read_through(passages, following):
        for start, end in line_spans(passage.chunk.text):
            line = passage.chunk.text[start:end]
            m = _CREDIT.search(line)
            if not m or len(line) > _CAPTION_MAX:
                continue
            shared = len(asked & set(fold(line[:m.start()]).lower().split()))
            if shared > best[0]:
                best = (shared, passage, line, (start, end))
    return best[1], best[2], best[3]


def article_answer(info: QuestionInfo, passages: list[Passage], asked: str,
                   following: Following | None = None) -> tuple[Answer | None, str]:
    """The headline, publication or author of the article retrieval ranks first among those that name the places
    and names the question gives it ("bài viết … Cao Bằng"), cited by its passage found first (the author by the
    byline's, which ``following`` reads past the passages to); or (None, why): no article found names them, or
    its publication date or author is not recorded."""
    # The places and names the question gives the article ("bài … ở Quảng Ninh", "Bài Baonghean …"), but the word
    # "bài" a name may be read with.
    named = [name for _, name in find_places(info.text)] + [
        " ".join(n.split()[1:]) if fold(n.split()[0]).lower() in _ARTICLE_WORDS else n for n in info.names]
    named = [n for n in dict.fromkeys(named) if n]
    if asked == "source":  # the paper or site claimed ("… đăng trên Báo Nhân Dân phải không?") is what is checked
        named = [n for n in named if not _PAPER.match(n)]
    if asked == "author" and info.checks:  # so is the author claimed ("… là của tác giả X, đúng không?")
        named = [n for n in named if n not in full_names(info.names)]
    first: Passage | None = None
    for doc_id in dict.fromkeys(p.chunk.doc_id for p in passages):
        own = [p for p in passages if p.chunk.doc_id == doc_id]
        text = fold(" ".join(f"{p.chunk.title} {p.chunk.source} {p.chunk.text}" for p in own)).lower()
        # A place may stand in the site's address ("Nghệ An" in "Baonghean.vn").
        if all(fold(n).lower() in text or fold(n).lower().replace(" ", "") in text for n in named):
            first = own[0]
            break
    if first is None:
        about = f" nói về {', '.join(named)}" if named else ""
        return None, f"Các đoạn văn tìm được không thuộc bài nào{about}."
    chunk = first.chunk
    cites = Citations()
    if asked == "author":
        byline, quote, span = _byline([p for p in passages if p.chunk.doc_id == chunk.doc_id], following)
        if byline is None:
            return None, f"Kho tài liệu không ghi tác giả của bài “{chunk.title}”."
        return Answer(f"Bài “{chunk.title}”: “{quote}” {cites.mark_passage(byline, span)}", grounded=True,
                      citations=cites.build(), kind=info.kind), ""
    if asked == "photo":
        credited, caption, span = _caption(info, [p for p in passages if p.chunk.doc_id == chunk.doc_id], following)
        if credited is None:
            return None, f"Kho tài liệu không ghi người chụp ảnh trong bài “{chunk.title}”."
        return Answer(f"Bài “{chunk.title}”: “{caption}” {cites.mark_passage(credited, span)}", grounded=True,
                      citations=cites.build(), kind=info.kind), ""
    mark = cites.mark_passage(first)
    source = f" ({chunk.source})" if chunk.source else ""
    if asked == "source":
        if not chunk.source:
            return None, "Kho tài liệu không ghi nguồn đăng của bài này."
        said = f"Bài “{chunk.title}” đăng trên {chunk.source}. {mark}"
    elif asked == "published":
        if not chunk.published:
            return None, "Kho tài liệu không ghi ngày đăng của bài này."
        if _INFERRED.search(chunk.published):  # "01/2022 (suy ra)": read from the text, not recorded
            return None, (f"Kho tài liệu không ghi ngày đăng của bài “{chunk.title}”; ngày suy ra từ nội dung: "
                          f"{_INFERRED.sub('', chunk.published).strip()}.")
        said = f"Bài “{chunk.title}”{source} đăng ngày {chunk.published}{_weekday_said(info, chunk.published)}. {mark}"
    else:
        said = f"Bài “{chunk.title}”{source}. {mark}"
    return Answer(said, grounded=True, citations=cites.build(), kind=info.kind), ""

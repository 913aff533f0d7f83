"""Remove page chrome (banners, counters, widgets, footers, repeated captions) from scraped text.

Chrome is recognised by where a line stands and how it relates to other lines, not by being short or
lowercase: "III", "TP HCM", "COVID", "a", "Kết luận" or "Hà Nội" on a line of their own are article text.

* Edges. Lowercase ASCII widget and image ids ("mask", "image banner", "quochuy") are dropped only before the
  article's first line or after its last one; after its last real paragraph a footer (rating bar, "Tin mới",
  visit statistics, contact address, a row of identical ad slots) is cut, but only when nothing but a little
  short text follows it.
* Repetition. A line repeated right after itself (a photo caption printed twice) is kept once; a line
  repeated three or more times in a row (ad slots) is dropped; an image label that repeats an earlier line
  plus "ảnh N" is dropped. When pages of one site are cleaned together, short lines found on at least two of
  them (``site_boilerplate``) are chrome where they stand at a page edge; in the body they stay, because
  section numbers and headings also recur from page to page.
* Closed forms that are never article text: a visit counter ("Lượt xem: 506", a statistics block), a share
  or rating bar, a line that is only a time or a weekday-date-time stamp, a separator rule.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterable

from rag.vi.text import nfc

# A real paragraph: after one, what looked like a footer was not the end of the page.
_REAL_PARAGRAPH_CHARS = 200
# A footer is small: a marker followed by more short text than this is not the end of the page
# (PDF text is wrapped into short lines, so line length alone cannot tell).
_FOOTER_MAX_CHARS = 1500
# Site boilerplate: lines at most this long, found on at least this many pages of one source.
BOILERPLATE_MAX_CHARS = 100
BOILERPLATE_MIN_PAGES = 2
_WIDGET_RUN = 3  # the same short line this many times in a row is a widget (ad slots), not a caption
_WIDGET_WORDS = 3  # longer lines repeated in a row are text printed more than once: kept once

# Visit counters: a label and a number. Labels that only name visits are chrome on their own; the time
# words ("Hôm nay", "Trong tháng", "Tất cả") only inside a statistics block ("Trong tháng 10" is a heading).
_VISIT_LABELS = (r"Lượt xem|Lượt đọc|Lượt truy cập|Tổng lượt truy cập|Tổng truy cập|Đang truy cập|Đang online|"
                 r"Khách viếng thăm|Máy chủ tìm kiếm")
_PERIOD_LABELS = (r"Hôm nay|Hôm qua|Trong tuần|Tuần này|Tuần trước|Trong tháng|Tháng này|Tháng hiện tại|"
                  r"Tháng trước|Năm hiện tại|Năm nay|Tất cả")
_COUNT = r"\d[\d., ]*"
_VISIT_COUNTER = re.compile(rf"^[•·*\-]?\s*(?:{_VISIT_LABELS})\s*:?\s*{_COUNT}$", re.IGNORECASE)
_PERIOD_COUNTER = re.compile(rf"^[•·*\-]?\s*(?:{_PERIOD_LABELS})\s*:?\s*{_COUNT}$", re.IGNORECASE)
_STATS_HEADER = re.compile(r"^Thống kê (?:truy cập|lượt truy cập)$", re.IGNORECASE)

# Share and rating bars, navigation labels, the session-timeout notice: whole lines no article contains.
_WIDGET = re.compile(
    r"^(?:"
    r"Chia sẻ(?: bài viết)?:?(?:\s*(?:Facebook|Zalo|Twitter|Email|Linkedin)[,|]?)*|In bài viết|"
    r"Click để đánh giá.*|Tổng số điểm của bài viết.*|"
    r"Tin mới|Tin liên quan|Tin cùng chuyên mục|Ý kiến bạn đọc|Những tin (?:mới|cũ) hơn|Đăng nhập|"
    r"Bạn đã không sử dụng Site.*"
    r")$",
    re.IGNORECASE,
)
_LOGIN, _REGISTER = "đăng nhập", "đăng ký"  # "Đăng ký" is chrome only next to "Đăng nhập"

# A line that is only a time, or a date with a time or weekday: "0:00 / 0:00", "Chủ nhật - 11/02/2024 23:43".
# A bare date stays: a directive may put its date on a line of its own.
_WEEKDAY = r"(?:Thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|Chủ\s+nhật)"
_DATE = r"\d{1,2}[/.\-]\d{1,2}[/.\-]\d{2,4}"
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:AM|PM|SA|CH))?"
_TZ = r"\(?GMT\s*[+-]\s*\d{1,2}\)?"
_STAMP_PART = rf"(?:{_WEEKDAY}|{_DATE}|{_TIME}|{_TZ})"
_STAMP = re.compile(rf"^{_STAMP_PART}(?:\s*[,\-–|/]?\s*{_STAMP_PART})*$", re.IGNORECASE)
_HAS_TIME = re.compile(_TIME)
_HAS_WEEKDAY_AND_DATE = re.compile(rf"{_WEEKDAY}.*{_DATE}", re.IGNORECASE)

_SEPARATOR = re.compile(r"^([^\w\s])\1{2,}$")  # "-----", "*****"
_IMAGE_LABEL = re.compile(r"^(.+?)\s+ảnh\s+\d{1,3}$", re.IGNORECASE)  # "<headline> ảnh 1"
# Image ids and widget names as scraped ("mask", "image banner", "logoquanlykyhop"): chrome at a page edge only.
_EDGE_ID = re.compile(r"^[a-z][a-z0-9_\-]*(?: [a-z][a-z0-9_\-]*)?$")

# Lines that start a footer (when no real paragraph follows): the widgets above, statistics, contacts.
_FOOTER_START = re.compile(
    r"^(?:Thống kê (?:truy cập|lượt truy cập)|Tổng số điểm của bài viết.*|Click để đánh giá.*|Ý kiến bạn đọc|"
    r"Những tin (?:mới|cũ) hơn|Tin mới|Tin liên quan|Tin cùng chuyên mục|"
    r"(?:Địa chỉ|Điện thoại|ĐT|Fax|E-?mail|Hotline)\s*:.*|Ghi rõ nguồn.*|Bản quyền.*|Copyright.*|©.*)$",
    re.IGNORECASE,
)


def _normalise_whitespace(text: str) -> str:
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\t", " ").replace("\u200b", "")
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in text.split("\n"))


def _lines(raw: str) -> list[str]:
    return [line for line in _normalise_whitespace(raw).split("\n") if line]


def _runs(lines: list[str]) -> list[tuple[str, int]]:
    """Consecutive identical lines as (line, how many times in a row)."""
    runs: list[tuple[str, int]] = []
    for line in lines:
        if runs and runs[-1][0] == line:
            runs[-1] = (line, runs[-1][1] + 1)
        else:
            runs.append((line, 1))
    return runs


def _is_stamp(line: str) -> bool:
    return bool(_STAMP.match(line)) and bool(_HAS_TIME.search(line) or _HAS_WEEKDAY_AND_DATE.search(line))


def _never_text(lines: list[str], repeats: list[int]) -> list[bool]:
    """Per line: chrome wherever it stands (counters, widgets, stamps, rules, ad slots, image labels)."""
    n = len(lines)
    counter = [bool(_VISIT_COUNTER.match(x) or _PERIOD_COUNTER.match(x)) for x in lines]
    seen: set[str] = set()
    out: list[bool] = []
    for i, line in enumerate(lines):
        low = line.casefold()
        prev_line = lines[i - 1].casefold() if i else ""
        next_line = lines[i + 1].casefold() if i + 1 < n else ""
        in_block = (i > 0 and (counter[i - 1] or bool(_STATS_HEADER.match(lines[i - 1])))) or (
            i + 1 < n and counter[i + 1])
        label = _IMAGE_LABEL.match(line)
        out.append(
            (repeats[i] >= _WIDGET_RUN and len(line.split()) <= _WIDGET_WORDS)
            or bool(_VISIT_COUNTER.match(line))
            or (bool(_PERIOD_COUNTER.match(line)) and in_block)
            or (bool(_STATS_HEADER.match(line)) and i + 1 < n and counter[i + 1])
            or bool(_WIDGET.match(line))
            or (low == _REGISTER and _LOGIN in (prev_line, next_line))
            or _is_stamp(line)
            or bool(_SEPARATOR.match(line))
            or (label is not None and label.group(1).casefold() in seen)
        )
        seen.add(low)
    return out


def _footer_start(lines: list[str], start: int, is_marker) -> int:
    """Index where the footer begins: the first marker after which only a little short text follows."""
    for i in range(start + 1, len(lines)):
        if not is_marker(i):
            continue
        rest = lines[i + 1:]
        if all(len(r) < _REAL_PARAGRAPH_CHARS for r in rest) and sum(map(len, rest)) <= _FOOTER_MAX_CHARS:
            return i
    return len(lines)


def clean_text(raw: str, boilerplate: Collection[str] = frozenset()) -> str:
    """Return the article's title and body with page chrome removed, one paragraph per line.

    ``boilerplate`` holds lines known to recur on other pages of the same site (see ``site_boilerplate``);
    they are removed where they stand at the page's edges: among the first lines before the article starts
    or the last lines after it ends, never between two lines of the article.
    """
    runs = _runs(_lines(raw))
    lines = [line for line, _ in runs]
    never = _never_text(lines, [times for _, times in runs])

    def at_edge(i: int) -> bool:  # chrome when it stands outside the article
        return never[i] or lines[i] in boilerplate or bool(_EDGE_ID.match(lines[i]))

    def footer_marker(i: int) -> bool:  # site boilerplate is not one: a heading that recurs may end a page
        return bool(_FOOTER_START.match(lines[i])) or runs[i][1] >= _WIDGET_RUN or bool(_VISIT_COUNTER.match(lines[i]))

    start = 0
    while start < len(lines) and at_edge(start):
        start += 1
    end = _footer_start(lines, start, footer_marker)
    while end > start and at_edge(end - 1):
        end -= 1
    return "\n".join(lines[i] for i in range(start, end) if not never[i])


def site_boilerplate(texts: Iterable[str], min_pages: int = BOILERPLATE_MIN_PAGES,
                     max_chars: int = BOILERPLATE_MAX_CHARS) -> frozenset[str]:
    """Short lines found on at least ``min_pages`` of ``texts`` (raw pages of one site): the site's chrome.

    Pages that share a real paragraph are one article saved twice and count once, so that its title is
    not taken for chrome.
    """
    pages = [_lines(text) for text in texts]
    article = list(range(len(pages)))  # union-find: pages of the same article

    def find(i: int) -> int:
        while article[i] != i:
            article[i] = article[article[i]]
            i = article[i]
        return i

    first_page: dict[str, int] = {}
    for i, lines in enumerate(pages):
        for line in lines:
            if len(line) >= _REAL_PARAGRAPH_CHARS:
                article[find(i)] = find(first_page.setdefault(line, i))
    found: defaultdict[str, set[int]] = defaultdict(set)
    for i, lines in enumerate(pages):
        for line in lines:
            if len(line) <= max_chars:
                found[line].add(find(i))
    return frozenset(line for line, articles in found.items() if len(articles) >= min_pages and not _is_prose(line))


_PROSE_END = re.compile(r"[.;:?!…]\s*$")


def _is_prose(line: str) -> bool:
    """A sentence of text, which chrome never is: statutes repeat whole clauses from article to article
    ("3. Chính phủ quy định chi tiết Điều này."), and those are content however often they recur."""
    return len(line.split()) >= 4 and bool(_PROSE_END.search(line))


def site_key(source: str) -> str:
    """How sources are compared: "Baonghean.vn" and " Baonghean.vn" are one site."""
    return nfc(source.strip())


def boilerplate_by_source(docs: Iterable[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """``site_boilerplate`` of each source (keyed by ``site_key``) from (source, raw text) pairs.
    Documents without a source are not compared with anything."""
    texts: dict[str, list[str]] = defaultdict(list)
    for source, raw in docs:
        if site_key(source):
            texts[site_key(source)].append(raw)
    return {key: site_boilerplate(group) for key, group in texts.items()}


def clean_corpus(docs: Iterable[tuple[str, str]]) -> list[str]:
    """Clean (source, raw text) pairs together, each with its own site's boilerplate; same order as given."""
    docs = list(docs)
    boilerplate = boilerplate_by_source(docs)
    return [clean_text(raw, boilerplate.get(site_key(source), frozenset())) for source, raw in docs]

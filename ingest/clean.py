"""Remove page chrome (banners, counters, widgets, footers, repeated captions) from scraped text."""

from __future__ import annotations

import re

from rag.vi.text import nfc

_COUNTER_WORDS = (
    r"Đang online|Đang truy cập|Hôm nay|Hôm qua|Trong tuần|Tuần này|Trong tháng|Tháng hiện tại|"
    r"Tất cả|Máy chủ tìm kiếm|Khách viếng thăm|Tổng lượt truy cập|Lượt truy cập|Năm hiện tại"
)
# Whole lines that are never article text.
_CHROME_LINE = re.compile(
    r"^(?:"
    r"mask|image (?:advertisement|banner)|\w|"
    r"\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?|"
    r"Lượt xem:?\s*[\d.,]+|Tin mới|Tin liên quan|Đăng nhập|Đăng ký|Chia sẻ|In bài viết|"
    r"Click để đánh giá.*|Tổng số điểm của bài viết.*|Ý kiến bạn đọc|Những tin (?:mới|cũ) hơn|"
    r"-{3,}|Thống kê truy cập|"
    rf"[•·*\-]?\s*(?:{_COUNTER_WORDS})\s*:?\s*[\d .,]*|"
    r"Địa chỉ:.*|Điện thoại:.*|E-?mail:.*|Ghi rõ nguồn.*|Bạn đã không sử dụng Site.*|"
    r".{0,120}\sảnh \d+|"
    r"[a-z]+(?: [a-z]+)?"  # bare ASCII widget ids: "logoquanlykyhop", "chuyen muc"
    r")$",
    re.IGNORECASE,
)
# Lines after which, if no real paragraph follows, the rest of the page is footer.
_FOOTER_START = re.compile(
    r"^(?:Thống kê truy cập|Tổng số điểm của bài viết.*|Ý kiến bạn đọc|Những tin (?:mới|cũ) hơn|"
    r"Tin mới|Tin liên quan|image advertisement)$",
    re.IGNORECASE,
)
_REAL_PARAGRAPH_CHARS = 200


def _normalise_whitespace(text: str) -> str:
    text = nfc(text).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u00a0", " ").replace("\t", " ").replace("\u200b", "")
    return "\n".join(re.sub(r" {2,}", " ", line).strip() for line in text.split("\n"))


def _cut_footer(lines: list[str]) -> list[str]:
    for i, line in enumerate(lines):
        if _FOOTER_START.match(line) and all(len(rest) < _REAL_PARAGRAPH_CHARS for rest in lines[i + 1:]):
            return lines[:i]
    return lines


def clean_text(raw: str) -> str:
    """Return the article's title and body with page chrome removed, one paragraph per line."""
    lines = [line for line in _normalise_whitespace(raw).split("\n") if line]
    lines = _cut_footer(lines)
    kept: list[str] = []
    for line in lines:
        if _CHROME_LINE.match(line):
            continue
        if kept and kept[-1] == line:  # duplicated photo caption
            continue
        kept.append(line)
    return "\n".join(kept)

"""Dates as Vietnamese texts write them: "25/10/2021", "18/5/2021", "25 tháng 10 năm 2021", "Chiều 30/9"."""

from __future__ import annotations

import re

_NUMERIC = r"(?<![\d/])(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{4})(?![\d/])"
_WORDS = r"(?<!\d)(\d{1,2}) tháng (\d{1,2}) năm (\d{4})(?!\d)"
# A full date: day, month and year.
DATE = re.compile(f"{_NUMERIC}|{_WORDS}", re.IGNORECASE)
# A full date or a day and month alone ("15/1"): what a generated sentence may state.
DATE_OR_DAY_MONTH = re.compile(
    r"(?<![\d/])(\d{1,2})\s?/\s?(\d{1,2})(?:\s?/\s?(\d{4}))?(?![\d/])|" + _WORDS, re.IGNORECASE)
# "Chiều 30/9", "ngày 20 tháng 11 hằng năm": a day and month without a year, only after a word that marks a time.
DAY_MONTH = re.compile(r"\b(?:[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Nn]gày)\s+(?:\d{1,2}/\d{1,2}(?![\d/])"
                       r"|\d{1,2} tháng \d{1,2}(?!\d)(?! năm \d))")


def _parts(match: re.Match[str]) -> tuple[str, str, str]:
    if match.group(1):
        return match.group(1), match.group(2), match.group(3) or ""
    return match.group(4), match.group(5), match.group(6)


def normalise_date(match: re.Match[str]) -> str:
    """"18/5/2021" and "18 tháng 05 năm 2021" both -> "18/05/2021" (a ``DATE`` match)."""
    d, m, y = _parts(match)
    return f"{int(d):02d}/{int(m):02d}/{y}"


def calendar_date(match: re.Match[str]) -> str:
    """``normalise_date``, or "" when the day or month cannot be one (a ratio such as "19/28/2021")."""
    d, m, _ = _parts(match)
    return normalise_date(match) if 1 <= int(d) <= 31 and 1 <= int(m) <= 12 else ""


def date_key(match: re.Match[str]) -> str:
    """A comparable key for a ``DATE_OR_DAY_MONTH`` match: "18/5/2021", "15/1"."""
    d, m, y = _parts(match)
    return f"{int(d)}/{int(m)}" + (f"/{y}" if y else "")


# A date typed with dashes or dots ("25-11-2021", "8.7.2019"): the same separator twice, a real day and month.
_OTHER_SEPARATORS = re.compile(r"(?<![\w./-])(\d{1,2})([.-])(\d{1,2})\2(\d{4})(?![\w./-])")


def slashed_dates(text: str) -> str:
    """``text`` with each date typed with dashes or dots written with slashes, as texts write dates ("ngày
    25-11-2021" -> "ngày 25/11/2021"); a figure such as "1.250.000" is no date and stays."""
    def slashed(m: re.Match[str]) -> str:
        day, month = int(m.group(1)), int(m.group(3))
        return f"{m.group(1)}/{m.group(3)}/{m.group(4)}" if 1 <= day <= 31 and 1 <= month <= 12 else m.group(0)

    return _OTHER_SEPARATORS.sub(slashed, text)


# A year typed by its last two digits ("quý 3 năm 21", "vào năm 22"), and a span of them after what spans years
# ("nhiệm kỳ 20-25", "thời kỳ 21-30"): this century's, as the texts write them. ("21 năm" is a length of time.)
_SHORT_YEAR = re.compile(r"(?i)\b(năm|nam)\s+([0-4]\d)(?![\d/%]|[.,:]\d|\s*(?:tuổi|tuoi|năm|nam|tháng|thang)\b)")
_SHORT_SPAN = re.compile(r"(?i)\b(nhiệm kỳ|giai đoạn|thời kỳ|nhiem ky|giai doan|thoi ky)\s+([0-4]\d)\s*([-–])\s*"
                         r"([0-5]\d)(?![\d/%]|[.,:]\d)")


def short_years_written(text: str) -> str:
    """``text`` with a year typed by two digits written in four: "quý 3 năm 21" -> "quý 3 năm 2021", "thời kỳ 21-30"
    -> "thời kỳ 2021-2030" (a span only when it runs forward)."""
    text = _SHORT_YEAR.sub(lambda m: f"{m.group(1)} 20{m.group(2)}", text)
    return _SHORT_SPAN.sub(lambda m: f"{m.group(1)} 20{m.group(2)}{m.group(3)}20{m.group(4)}"
                           if int(m.group(4)) > int(m.group(2)) else m.group(0), text)

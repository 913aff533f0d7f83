"""Full dates as Vietnamese texts write them: "25/10/2021", "18/5/2021", "25 tháng 10 năm 2021"."""

from __future__ import annotations

import re

DATE = re.compile(
    r"(?<![\d/])(\d{1,2})\s?/\s?(\d{1,2})\s?/\s?(\d{4})(?![\d/])"
    r"|(?<!\d)(\d{1,2}) tháng (\d{1,2}) năm (\d{4})(?!\d)",
    re.IGNORECASE,
)


def _parts(match: re.Match[str]) -> tuple[str, str, str]:
    if match.group(1):
        return match.group(1), match.group(2), match.group(3)
    return match.group(4), match.group(5), match.group(6)


def normalise_date(match: re.Match[str]) -> str:
    """"18/5/2021" and "18 tháng 05 năm 2021" both -> "18/05/2021"."""
    d, m, y = _parts(match)
    return f"{int(d):02d}/{int(m):02d}/{y}"


def calendar_date(match: re.Match[str]) -> str:
    """``normalise_date``, or "" when the day or month cannot be one (a ratio such as "19/28/2021")."""
    d, m, _ = _parts(match)
    return normalise_date(match) if 1 <= int(d) <= 31 and 1 <= int(m) <= 12 else ""

"""Which of the options pasted with a quiz question the answer states: said only when exactly one of them is (a date,
figure, name or phrase found whole in what the answer says and quotes), so the asker never gets a letter the passages
do not bear out."""

from __future__ import annotations

import re
from dataclasses import replace

from rag.documents import Answer
from rag.vi.choices import Choice, is_verdict
from rag.vi.dates import DATE_OR_DAY_MONTH, date_key
from rag.vi.text import fold


def _normalised(text: str) -> str:
    """Folded, lower case, dates as "d/m[/y]", one space between words."""
    text = DATE_OR_DAY_MONTH.sub(lambda m: f" {date_key(m)} ", text)
    return " ".join(re.findall(r"[\w/.,%-]+", fold(text).lower())).replace(" ,", ",")


def _states(quoted: str, option: str) -> bool:
    wanted = _normalised(option).strip(" .,;")
    return bool(wanted) and re.search(rf"(?<![\w/.,-]){re.escape(wanted)}(?![\w/-]|[.,]\d)", quoted) is not None


def with_choice(answer: Answer, choices: list[Choice]) -> Answer:
    """``answer`` with the option it states on a line after it, when exactly one option is stated."""
    if not answer.grounded or not choices or any(is_verdict(c) for c in choices):
        return answer
    # What the answer itself says and quotes; a note of what another source gives ("Lưu ý: …") decides nothing.
    said = [line for line in answer.answer.splitlines() if not line.startswith("Lưu ý")]
    quoted = _normalised(" ".join(said))
    stated = [c for c in choices if _states(quoted, c.text)]
    if len(stated) != 1:
        return answer
    return replace(answer, answer=f"{answer.answer}\nĐáp án: {stated[0].label}. {stated[0].text}")

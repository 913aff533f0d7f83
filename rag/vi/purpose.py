"""What the asker wants an answer for, said around the question: "Để làm slide, …", "Giả sử tôi viết báo cáo về
Cao Bằng, …", "Nếu cần trích dẫn thì ghi …", "…, để mình ghi vào biên bản?".

An official preparing a report, a slide or a table says so; the words of that purpose ("slide", "trích dẫn",
"báo cáo", "giả sử") are no part of what is asked, yet read as its topic they pull retrieval towards passages
about reports and make a question about a document look like one about something else. Only the purpose's own
frame is dropped: the content it carries ("… báo cáo riêng năm 2023, …", "… về đợt giám sát ở Hưng Nguyên, …")
stays, and so does a clause that names something or gives a figure.
"""

from __future__ import annotations

import re

from rag.vi.numbers import alternation
from rag.vi.sentences import ASKS_SOMETHING
from rag.vi.text import unaccented


def _either(words: str) -> str:
    """An alternation of ``words`` ("|"-separated) as typed with accents or without."""
    listed = words.split("|")
    return alternation({*listed, *(unaccented(w) for w in listed)})


_ASKER = rf"(?:(?:{_either('tôi|mình|em|tui|ta|chúng tôi|cháu')})\s+)?"
_MODAL = rf"(?:{_either('cần|phải|muốn|đang|sẽ|định|chỉ')})"
# What one does with an answer: writes it, cites it, puts it on a slide or in a table.
_USE = _either("viết|làm|soạn|ghi|lập|điền|chuẩn bị|trích dẫn|trích|chú thích|dẫn|nêu|liệt kê|đưa|liên hệ|mời lại")
# The asker's own products (not "bài", "bài viết": those are the corpus's writings).
_PRODUCT = _either("báo cáo|báo cáo riêng|tin|bản tin|slide|biểu đồ|biên bản|bảng văn bản|bảng|bản tổng hợp|"
                   "danh sách|lịch sự kiện|phần|chú thích")
_ABOUT = _either("về|cho")

# "Giả sử tôi viết báo cáo về …", "Nếu cần trích dẫn thì ghi …", "Trong trường hợp phải dẫn …": the frame before
# what is asked (a conditional needs its modal: "Nếu tôi ghi … là … thì có chính xác không?" is a fact to check).
_SUPPOSING = re.compile(
    rf"^\s*(?:(?:{_either('giả sử|giả như|giả dụ')})\s+{_ASKER}(?:{_MODAL}\s+)*"
    rf"|(?:{_either('nếu|nếu như|trong trường hợp')})\s+{_ASKER}(?:{_MODAL}\s+)+)"
    rf"(?:{_USE})\b(?:\s+(?:{_PRODUCT})\b)?(?:\s+(?:{_ABOUT})\b)?"
    rf"(?:\s*(?:{_either('thì')})\s+(?:(?:{_either('ghi')})\s+)?)?[\s,]*",
    re.IGNORECASE)
# "…, nếu cần trích dẫn thì ghi thế nào?": the same frame inside the question.
_SUPPOSING_INSIDE = re.compile(
    rf"\s*,\s*(?:{_either('nếu|nếu như')})\s+{_ASKER}(?:{_MODAL}\s+)+(?:{_USE})\b(?:\s+(?:{_PRODUCT})\b)?"
    rf"\s+(?:{_either('thì')})\s+(?:(?:{_either('ghi')})\s+)?",
    re.IGNORECASE)
# "Để làm slide so sánh, …", "Để trích dẫn cho đúng, …": an opening purpose clause, dropped whole when it names
# nothing and gives no figure ("Để làm slide các giải pháp ở Nghệ An, …" keeps its place).
_FOR_OPENING = re.compile(
    rf"^\s*(?:{_either('để')})\s+{_ASKER}(?:{_USE}|{_either('kiểm tra|lên')})\b[^,:?]{{0,60}}[,:]\s*", re.IGNORECASE)
# "…, để mình ghi vào biên bản?", "… để đưa vào báo cáo nhé.": a closing one.
_FOR_CLOSING = re.compile(
    rf"\s*,?\s+(?:{_either('để')})\s+{_ASKER}(?:{_USE}|{_either('cho vào|đưa lên|đưa vào')})\b[^,?]{{0,50}}?"
    rf"(?:\s+(?:{_either('nhé|nha|nhe|ạ')}))?(?=\s*[?.!…]*\s*$)",
    re.IGNORECASE)
# "… trong báo cáo thì …", "… lên slide?": where the asker will put it.
_INTO_PRODUCT = re.compile(rf"\s+(?:{_either('trong|vào|lên|cho')})\s+(?:{_PRODUCT})(?=\s+(?:{_either('thì')})\b|"
                           r"\s*[?.!…]*\s*$)", re.IGNORECASE)


def _names_or_counts(clause: str) -> bool:
    """Whether ``clause`` gives a figure or a capitalised word past its first (a name, a document)."""
    return any(ch.isdigit() for ch in clause) or any(w[:1].isupper() for w in clause.split()[1:])


def without_purpose(question: str) -> str:
    """``question`` without what the asker says they want the answer for ("Để làm slide, cho mình con số …" ->
    "cho mình con số …", "Giả sử tôi viết tin về đợt giám sát ở Hưng Nguyên, buổi làm việc … hôm nào?" -> "đợt
    giám sát ở Hưng Nguyên, buổi làm việc … hôm nào?", "… gì vậy, để mình ghi vào biên bản?" -> "… gì vậy?");
    unchanged when nothing would be left to ask."""
    text = question
    opening = _FOR_OPENING.match(text)
    if opening and not _names_or_counts(opening.group(0)):
        text = text[opening.end():]
    text = _SUPPOSING.sub("", text, count=1)
    text = _SUPPOSING_INSIDE.sub(" ", text, count=1)
    closing = _FOR_CLOSING.search(text)
    # ("… của Tỉnh ủy để làm theo Kết luận 21 mang số hiệu bao nhiêu?": what it asks is inside, no purpose of the asker)
    if closing and not _names_or_counts(closing.group(0)) \
            and not ASKS_SOMETHING.search(unaccented(closing.group(0)).lower()):
        text = text[:closing.start()] + text[closing.end():]
    text = _INTO_PRODUCT.sub("", text)
    text = text.strip()
    if len(re.findall(r"\w+", text)) < 3:
        return question
    return text[:1].upper() + text[1:] if question[:1].isupper() else text

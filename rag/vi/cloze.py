"""A fill-in-the-blank sentence read as the question it asks when the words around the blank tell what it wants:
"Kết luận 35 được ban hành ngày …" is "… ban hành ngày nào?", "___ là Bí thư Tỉnh ủy." is "Ai là Bí thư Tỉnh ủy?".
Asked as a question, what the blank wants (a date, a person, a body) must be in the answer, as for any question.
A count between what is done and what it counts ("kết nạp được … đảng viên mới") asks how many; other blanks (a
figure after "có": a count or a share) leave the sentence to be judged as written."""

from __future__ import annotations

import re

from rag.vi.names import find_person
from rag.vi.sentences import ASKING_WORD
from rag.vi.text import fold

# The quiz's instruction before the sentence ("Điền vào chỗ trống:", "Hoàn thành câu trong …:").
_INSTRUCTION = re.compile(r"^\s*(?:điền(?:\s+vào)?\s+(?:chỗ trống|chỗ chấm|từ còn thiếu)|hoàn (?:thành|thiện) câu"
                          r"|dien(?:\s+vao)?\s+(?:cho trong|cho cham|tu con thieu)|hoan (?:thanh|thien) cau)"
                          r"[^:]{0,60}:\s*", re.IGNORECASE)
# A blank: an ellipsis, three dots or more, underscores, or a numbered gap "(1)".
_BLANK = re.compile(r"…+|\.{3,}|_{2,}|\(\d\)")
# What stands right before a blank that asks which one ("ngày …", "đồng chí …"), folded.
_WHICH = re.compile(r"\b(?:ngay|thang|nam|quy|dong chi|ong|ba|huyen|tinh|xa)\s*$")
_OF_WHOM = re.compile(r"\bcua\s*$")  # "là nghị quyết của …": of which body
_ABOUT = re.compile(r"\bve\s*$")  # "là quy định về …": about what
_TITLE_AFTER = re.compile(r"^\s*la\s+(?:pho\s+)?(?:chu tich|bi thu|truong|giam doc|tong|thu truong|chanh)\b")
_IS = re.compile(r"\s+(?:là|la)\s*$", re.IGNORECASE)


# A count asked: a blank between what is done and what it counts ("kết nạp được … đảng viên mới", "với … đại biểu
# tham dự"), folded; or after a total ("có tổng cộng … điểm cầu") or an action done to so many ("thi hành kỷ luật
# … đảng viên", "kiểm tra … tổ chức đảng").
_COUNT_BEFORE = re.compile(r"\b(?:duoc|gom|voi|toi|den|dat|ket nap|ban hanh|hon|gan|khoang|tong cong|tong so|tat ca"
                           r"|ky luat|khai tru|xu ly|kiem tra|giam sat|khen thuong|dao tao|boi duong)\s*$")
_COUNTED = re.compile(r"^\s*(?!(?:nam|ngay|thang|la|va|cua|ve|tai|o)\b)[a-z]+\s+[a-z]+")


def _asked(before: str, after: str) -> str:
    """The asking words that stand in the blank, from the folded words around it; "" when they do not tell (a
    blank of a figure after "có" may want a count or a share, "có …… cử tri đi bầu": the sentence is judged as
    written)."""
    if _WHICH.search(before):
        return "nào"
    if _COUNT_BEFORE.search(before) and _COUNTED.match(after):
        return "bao nhiêu"
    if _OF_WHOM.search(before):
        return "cơ quan nào"
    if _ABOUT.search(before):
        return "nội dung gì"
    if not before.strip() and _TITLE_AFTER.match(after):
        return "Ai"
    return ""


def cloze_question(text: str) -> str:
    """``text`` as a question when it has one blank, nothing else asks and the words around the blank tell what it
    wants ("Nghị quyết 7 là nghị quyết của …" -> "… của cơ quan nào?"); as written otherwise (an ellipsis inside
    a question that asks already only leaves words out, one closing a message trails off)."""
    body = _INSTRUCTION.sub("", text, count=1)
    blanks = list(_BLANK.finditer(body))
    if len(blanks) != 1 or "?" in body or ASKING_WORD.search(fold(_BLANK.sub(" ", body)).lower()):
        return text
    m = blanks[0]
    before = body[:m.start()]
    if (is_ := _IS.search(before)) and find_person(before):
        # "Tác giả Phạm Thị Thanh Giang là … , Ban Tổ chức Tỉnh ủy": what a named person is, their title
        before, asked = before[:is_.start()], "giữ chức vụ gì"
    else:
        asked = _asked(fold(before).lower(), fold(body[m.end():]).lower())
    if not asked:
        return text
    question = f"{before.rstrip()} {asked} {body[m.end():].lstrip()}".strip()
    return re.sub(r"\s*[.!…]*\s*$", "?", re.sub(r"\s+([,.;:)])", r"\1", question), count=1)

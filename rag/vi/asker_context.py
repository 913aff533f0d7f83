"""What an asker tells of their own work in the sentence that asks, before a request to be told in mid-sentence
("Em đang tổng hợp tài liệu cho đợt giám sát Kết luận 21 ở huyện mình và sếp dặn …, tiện thể cho hỏi luôn Kế hoạch số
77-KH/TU … được ban hành ngày nào ạ"): why they ask, not what they ask about. Its documents, years and places are no
conditions of the question, so its clauses are left out; the clauses before the request that tell something else
("Hôm hội nghị ở Quảng Ninh đồng chí Bí thư Tỉnh ủy có nhắc … mấy điểm đáng chú ý …") stay as the question's
context."""

from __future__ import annotations

import re

from rag.vi.text import folded_aligned, has_diacritics

# A request to be told in mid-sentence, after what the asker told (folded): "…, cho em hỏi …", "… tiện thể cho hỏi
# luôn …", "… nên xin hỏi …".
_REQUEST = re.compile(r"(?:[,;:]\s*|\s+)(?:(?:va|nen|thi|con)\s+)?(?:(?:tien the|nhan tien|tien)\s+)?"
                      r"(?:(?:anh chi|anh|chi|ad|ban|moi nguoi|ca nha)\s+)?"  # who is asked: "anh chị cho em hỏi"
                      r"(?:cho|xin)\s+(?:(?:em|toi|minh|chau|tui|con)\s+)?hoi"
                      r"(?:\s+(?:luon|them|chut|ti|voi|nhe|nha|la))*\b[\s,:]*(?=\S)")
# A clause of the asker's own: it opens (after a time) with them, their office or their superior as its subject
# (folded): "Em đang …", "Năm 2021 huyện em cũng …", "Bên em đang …", "sếp dặn …".
_ASKER = (r"(?:(?:nam\s+\d{4}|hom nay|hien nay|hien|gio|luc nay)\s+)?"
          r"(?:(?:ben|phong|co quan|don vi|huyen|xa|phuong|chi bo|to)\s+(?:em|minh|toi|tui|chau)"
          r"|chung\s+(?:em|toi)|em|toi|minh|tui|chau|sep(?:\s+em)?|lanh dao\s+(?:em|minh))\b")
# A clause going on with the asker's doing, its subject left unsaid (folded): "… và cần chú thích ảnh …", "… và
# ngoài ra đang tra lại căn cứ pháp lý".
_GOING_ON = r"(?:dang|can|muon|phai|dinh|se|vua|da|cung|con|duoc)\b"
_ASKER_OPENS = re.compile(f"^{_ASKER}")
# …unless it tells what they read, heard or know (folded): "Tôi nghe nói tỉnh Cao Bằng …", "Em đọc bài …": that is
# what is asked about.
_TOLD_OF = re.compile(rf"^{_ASKER}\s+(?:(?:co|da|vua|moi|cung|hay)\s+)*(?:nghe|doc|thay|xem|biet|nho|co so)\b")
_GOES_ON = re.compile(f"^{_GOING_ON}")
# The words joining a clause on (folded).
_JOINERS = r"(?:va|dong thoi|ngoai ra|nen|con|ma|thi|tien the|nhan tien)"
_JOINING = re.compile(rf"^(?:{_JOINERS}(?:\s+|$))+")
# Where the clauses of what was told part (folded): a comma or semicolon, or a word joining on the asker's doing
# ("… ở huyện mình và sếp dặn …"); not any "và" ("… chỉnh đốn Đảng và hệ thống chính trị" is one name).
_CLAUSE_BREAK = re.compile(rf"\s*[,;]\s*|\s+(?=(?:{_JOINERS}\s+)+(?:{_ASKER}|{_GOING_ON}))")
# What is asked pointing back at what was told before it: "hội nghị đó", "trong bài", "lúc đó".
_POINTS_BACK = re.compile(r"\b(?:đó|này|ấy|nọ|trên)\b|\btrong bài\b|\btheo đó\b", re.IGNORECASE)
_POINTS_BACK_FOLDED = re.compile(r"\b\w+\s+(?:do|nay|ay)\b|\btrong bai\b|\btheo do\b")
# What is asked being about the asker: "tôi có được …", "con tôi", "nhà em" — their case is the topic. (In lower case:
# "Trần Hồng Minh" is no "mình".)
_ABOUT_ASKER = re.compile(r"\b(?:tôi|em|mình|tui|cháu|toi|minh|chau)\b")
_ASKED_WORDS = 3  # the fewest words a question left after the request asks with


def without_asker_context(question: str) -> str:
    """``question`` without the clauses in which the asker tells of their own work before asking in mid-sentence
    ("Năm 2021 huyện em cũng tổ chức bầu cử và em đang so số liệu …, cho em hỏi ở Cao Bằng tỷ lệ cử tri đi bầu …
    là bao nhiêu ạ" -> "ở Cao Bằng tỷ lệ cử tri đi bầu … là bao nhiêu ạ"); the other clauses before the request stay
    before what is asked. Unchanged when no clause is the asker's or too little would be left to ask."""
    folded = folded_aligned(question)
    if folded is None:
        return question
    folded = folded.lower()
    request = next((m for m in _REQUEST.finditer(folded)), None)
    if request is None:
        return question
    start = max(folded.rfind(stop, 0, request.start()) for stop in ".!?\n") + 1
    told, asked = question[start:request.start()], question[request.end():]
    if len(told.split()) < _ASKED_WORDS or len(asked.split()) < _ASKED_WORDS:
        return question
    if _ABOUT_ASKER.search(asked):
        return question  # "…, cho tôi hỏi tôi có được …?": the asker's case is what is asked about
    # What is asked pointing back ("… hội nghị đó tên là gì"), or naming nothing itself ("… là tất cả bao nhiêu
    # người?"), reads the asker's clauses naming what it is about.
    back = bool(_POINTS_BACK.search(asked) if has_diacritics(asked) else
                _POINTS_BACK_FOLDED.search(folded[request.end():])) or not _names(asked)
    kept: list[str] = []
    theirs = dropped = False
    at = 0
    for brk in [*_CLAUSE_BREAK.finditer(folded[start:request.start()]), None]:
        end = brk.start() if brk else len(told)
        said = folded[start + at:start + end]
        lead = len(said) - len(said.lstrip())
        joining = _JOINING.match(said[lead:])
        clause = told[at + lead + (joining.end() if joining else 0):end]  # without the words joining it on
        opening = said[lead + (joining.end() if joining else 0):].strip()
        at = brk.end() if brk else end
        if not opening:
            continue
        names = _names(clause, first=False)
        # (going on from the asker's clause, unless it names someone or something: "… muốn bám theo chỉ đạo của
        # Trưởng ban Tổ chức Trung ương" tells what is asked about)
        theirs = (bool(_ASKER_OPENS.match(opening)) and not _TOLD_OF.match(opening)) or (
            theirs and bool(_GOES_ON.match(opening)) and not names)
        if not theirs or (back and names):
            kept.append(clause.strip(" ,;"))
        else:
            dropped = True
    if not dropped:
        return question  # no clause is the asker's
    head = question[:start]
    context = ", ".join(kept)
    asked = asked[:1].upper() + asked[1:] if not context and question[:1].isupper() else asked
    return f"{head}{context}, {asked}" if context else f"{head}{asked}"


def _names(text: str, first: bool = True) -> bool:
    """Whether ``text`` names someone or something: a capitalised word (with ``first``, its first word too) or a
    document's number ("77-KH/TU")."""
    words = text.split()
    return any(w[:1].isupper() for w in (words if first else words[1:])) or bool(re.search(r"\d+\s*-\s*[A-ZĐ]", text))


# Someone the asker asks for, relaying their words (accented or not): "ông cháu hỏi là …", "ông muốn biết …", "bà
# bảo …"; who they are is no part of what is asked.
_KIN = r"(?:ông|bà|bố|mẹ|ba|má|bác|ong|ba|bo|me|ma|bac)(?:\s+(?:cháu|em|tôi|mình|con|chau|toi|minh))?"
_RELAYED_ASK = re.compile(rf"(?:^|(?<=[,.;:]))\s*{_KIN}\s+(?:(?:muốn|nhờ|bảo|muon|nho|bao)\s+(?:(?:cháu|em|chau)\s+)?)?"
                          r"(?:hỏi|biết|hoi|biet)(?:\s+(?:cháu|chau|em))?(?:\s+(?:tiếp|thêm|tí|chút|cái|tiep|them|ti|chut|cai))?"
                          r"(?:\s+(?:là|rằng|xem|la|rang))?\s*:?\s+(?=\S)", re.IGNORECASE)
_RELAYED_SAY = re.compile(rf"^\s*{_KIN}\s+(?:bảo|nói|kể|bao|noi|ke)(?!\s+(?:(?:cháu|em|chau)\s+)?(?:hỏi|hoi)\b)"
                          r"(?:\s+(?:là|rằng|la|rang))?\s+(?=\S)", re.IGNORECASE)


def without_relaying(question: str) -> str:
    """``question`` without the words relaying it for someone else ("ông bảo Tổng Bí thư có chỉ ra 4 điểm …, ông hỏi
    điểm đầu tiên là gì ạ?" -> "Tổng Bí thư có chỉ ra 4 điểm …, điểm đầu tiên là gì ạ?"); unchanged when too little
    would be left."""
    text = _RELAYED_SAY.sub("", question, count=1)
    text = _RELAYED_ASK.sub(lambda m: " " if m.start() else "", text)
    if text == question or len(text.split()) < _ASKED_WORDS:
        return question
    text = re.sub(r" {2,}", " ", text).strip()
    return text[:1].upper() + text[1:]

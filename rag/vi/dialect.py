"""Words of the Central (Nghệ Tĩnh) dialect a question is typed in as said, written as elsewhere: "Kết luận 21 ra
ngày mô rứa?" is "Kết luận 21 ra ngày nào vậy?", "ông nớ tên chi?" "ông đó tên gì?". Read only in a question typed
with accents: without them "mo", "chi", "ni" are other words."""

from __future__ import annotations

import re

from rag.vi.text import typed_with_accents

# A word is a whole word: not part of a document number or a hyphenated code.
_W = r"(?<![\w/-])"
_E = r"(?![\w/-])"
_ENDS = r"(?=\s*(?:[,;:?!.…]|$))"  # before a stop or the end
_PARTICLES = r"(?:rứa|vậy|hè|hỉ|hí|hả|ạ|nhỉ|nữa|không|hỉ)"

# Standard words these spellings are part of: "mô hình", "quy mô", "chi bộ", "ni cô".
_WHERE_AFTER = re.compile(rf"{_W}(ở|tại|đi|về|từ|đến|tới)\s+mô{_E}", re.IGNORECASE)  # "ở mô": ở đâu
_WHICH = re.compile(rf"(?<!quy ){_W}mô{_E}(?!\s+(?:hình|tả|phỏng|đun|men|típ))", re.IGNORECASE)
_WHY = re.compile(rf"{_W}vì\s+răng{_E}", re.IGNORECASE)
_HOW = re.compile(rf"{_W}(làm|ra|như)\s+răng{_E}", re.IGNORECASE)
_SO_AT_END = re.compile(rf"\s+răng{_ENDS}", re.IGNORECASE)  # "… là bao nhiêu răng?": said, asks nothing more
_WHAT = re.compile(rf"{_W}chi(?=\s*(?:[,;:?!.…]|$)|\s+{_PARTICLES}{_E})", re.IGNORECASE)
_SO = re.compile(rf"{_W}rứa{_E}", re.IGNORECASE)
_THAT = re.compile(rf"{_W}nớ{_E}", re.IGNORECASE)
_THIS = re.compile(rf"{_W}(?:ni|nì){_E}(?!\s+(?:cô|sư|lông))", re.IGNORECASE)
_DAY = re.compile(rf"{_W}bựa{_E}", re.IGNORECASE)
_NOW = re.compile(rf"{_W}(?:bây\s+)?chừ{_E}", re.IGNORECASE)
_DO = re.compile(rf"{_W}mần{_E}", re.IGNORECASE)
# "hè", "hỉ" close a question ("… có đúng rứa không hè?", "… ai ban hành hỉ?"): they say nothing.
_SAID_PARTICLE = re.compile(r"\s+(?:hè|hỉ|hí)" + _ENDS, re.IGNORECASE)


def _kept_case(word: str):
    """A replacement keeping a capital the typed word opened with."""
    return lambda m: word.capitalize() if m.group(0)[:1].isupper() else word


def central_said(text: str) -> str:
    """``text`` with the Nghệ Tĩnh words of a question typed with accents written as elsewhere: "mô" (nào, đâu
    after "ở"), "răng" (sao), "rứa" (vậy), "chi" ending a clause (gì), "nớ" (đó), "ni" (này), "bựa" (hôm), "chừ"
    (giờ), "mần" (làm); "hè", "hỉ" closing it are dropped. ("tê", kia, is left: it is also the letter T spelled out,
    "ka hát tê u".)"""
    if not typed_with_accents(text):
        return text
    text = _SAID_PARTICLE.sub("", text)
    text = _WHERE_AFTER.sub(lambda m: f"{m.group(1)} đâu", text)
    text = _WHICH.sub(_kept_case("nào"), text)
    text = _WHY.sub(_kept_case("vì sao"), text)
    text = _HOW.sub(lambda m: f"{m.group(1)} sao", text)
    text = _SO_AT_END.sub("", text)
    text = _WHAT.sub(_kept_case("gì"), text)
    text = _SO.sub(_kept_case("vậy"), text)
    text = _THAT.sub(_kept_case("đó"), text)
    text = _THIS.sub(_kept_case("này"), text)
    text = _DAY.sub(_kept_case("hôm"), text)
    text = _NOW.sub(_kept_case("bây giờ"), text)
    return _DO.sub(_kept_case("làm"), text)

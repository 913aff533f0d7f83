"""Words of the Central (Nghệ Tĩnh) dialect a question is typed in as said, written as elsewhere: "Kết luận 21 ra
ngày mô rứa?" is "Kết luận 21 ra ngày nào vậy?", "ông nớ tên chi?" "ông đó tên gì?". Read only in a question typed
with accents: without them "mo", "chi", "ni" are other words."""

from __future__ import annotations

import re

from rag.vi.text import cased_like, typed_with_accents

# A word is a whole word: not part of a document number or a hyphenated code.
_W = r"(?<![\w/-])"
_E = r"(?![\w/-])"
_ENDS = r"(?=\s*(?:[,;:?!.…]|$))"  # before a stop or the end
_PARTICLES = r"(?:rứa|vậy|hè|hỉ|hí|hả|ạ|nhỉ|nữa|không)"

# Standard words these spellings are part of: "mô hình", "quy mô", "chi bộ", "ni cô".
_WHERE_AFTER = re.compile(rf"{_W}(ở|tại|đi|về|từ|đến|tới)\s+mô{_E}", re.IGNORECASE)  # "ở mô": ở đâu
_WHICH = re.compile(rf"(?<!quy ){_W}mô{_E}(?!\s+(?:hình|tả|phỏng|đun|men|típ))", re.IGNORECASE)
# "chừng mô" is "about how many" ("có chừng mô đại biểu"), not the South's "chừng nào", when.
_HOW_MANY = re.compile(rf"{_W}chừng\s+mô{_E}", re.IGNORECASE)
_WHY = re.compile(rf"{_W}vì\s+răng{_E}", re.IGNORECASE)
_HOW = re.compile(rf"{_W}(làm|ra|như)\s+răng{_E}", re.IGNORECASE)
_SO_AT_END = re.compile(rf"\s+răng{_ENDS}", re.IGNORECASE)  # "… là bao nhiêu răng?": said, asks nothing more
_WHAT = re.compile(rf"{_W}chi(?=\s*(?:[,;:?!.…]|$)|\s+{_PARTICLES}{_E})", re.IGNORECASE)
# Words standing for one word each: "rứa" vậy, "nớ" đó, "ni" này, "bựa" hôm, "chừ" giờ ("bây chừ"), "mần" làm.
_WORDS = {"rứa": "vậy", "nớ": "đó", "ni": "này", "nì": "này", "bựa": "hôm", "chừ": "giờ", "mần": "làm"}
_WORD = re.compile(rf"{_W}({'|'.join(_WORDS)}){_E}(?!\s+(?:cô|sư|lông)\b)", re.IGNORECASE)  # not "ni cô", "ni lông"
# "cấy" is "cái" before what points or asks ("nói về cấy chi?", "cấy nớ"); elsewhere it is planting ("cấy lúa").
_THING = re.compile(rf"{_W}cấy(?=\s+(?:chi|gì|nớ|ni|nì|này|đó|mô|nào|tê)(?!\w))", re.IGNORECASE)
# "hè", "hỉ" close a question ("… có đúng rứa không hè?", "… ai ban hành hỉ?"): they say nothing.
_SAID_PARTICLE = re.compile(r"\s+(?:hè|hỉ|hí)" + _ENDS, re.IGNORECASE)


def _as(word: str):
    """A replacement by ``word``, keeping a capital the typed word opened with."""
    return lambda m: cased_like(word, m.group(0))


def central_said(text: str) -> str:
    """``text`` with the Nghệ Tĩnh words of a question typed with accents written as elsewhere: "mô" (nào, đâu
    after "ở", bao nhiêu in "chừng mô"), "răng" (sao), "rứa" (vậy), "chi" ending a clause (gì), "nớ" (đó), "ni"
    (này), "bựa" (hôm), "chừ" (giờ), "mần" (làm), "cấy" (cái) before what points or asks; "hè", "hỉ" closing it are
    dropped. ("tê", kia, is left: it is also the letter T spelled out, "ka hát tê u".)"""
    if not typed_with_accents(text):
        return text
    text = _SAID_PARTICLE.sub("", text)
    text = _WHERE_AFTER.sub(lambda m: f"{m.group(1)} đâu", text)
    text = _HOW_MANY.sub(_as("bao nhiêu"), text)
    text = _WHICH.sub(_as("nào"), text)
    text = _WHY.sub(_as("vì sao"), text)
    text = _HOW.sub(lambda m: f"{m.group(1)} sao", text)
    text = _SO_AT_END.sub("", text)
    text = _THING.sub(_as("cái"), text)
    text = _WHAT.sub(_as("gì"), text)
    return _WORD.sub(lambda m: cased_like(_WORDS[m.group(1).lower()], m.group(1)), text)

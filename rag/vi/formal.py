"""Old formal, Sino-Vietnamese words a question may use where the texts write plain ones: "Chỉ thị ấy được ban bố
vào nhật kỳ nào?" is "Chỉ thị ấy được ban hành vào ngày nào?", "giải pháp đệ ngũ" is "giải pháp thứ năm". Read only
in a question typed with accents: without them "de", "nhat ky" are other words."""

from __future__ import annotations

import re

from rag.vi.numbers import alternation
from rag.vi.text import cased_like, typed_with_accents

_W = r"(?<![\w/-])"
_E = r"(?![\w/-])"

# "đệ nhất" … "đệ thập": ordinals, as the texts count list items ("Thứ năm, …").
_ORDINALS = {"nhất": "thứ nhất", "nhị": "thứ hai", "tam": "thứ ba", "tứ": "thứ tư", "ngũ": "thứ năm",
             "lục": "thứ sáu", "thất": "thứ bảy", "bát": "thứ tám", "cửu": "thứ chín", "thập": "thứ mười"}
_ORDINAL = re.compile(rf"{_W}đệ\s+({alternation(_ORDINALS)}){_E}", re.IGNORECASE)
# Formal words and what the texts write for them. "văn kiện" only pointing back ("văn kiện ấy"): the texts also
# name a congress's "văn kiện".
_PLAIN = {
    "ban bố": "ban hành", "nhật kỳ": "ngày", "nhật kì": "ngày", "sau rốt": "cuối cùng", "sau chót": "cuối cùng",
    "danh tính": "tên", "quý danh": "tên", "tính danh": "tên",
}
_PLAIN_RE = re.compile(rf"{_W}({alternation(_PLAIN)}){_E}", re.IGNORECASE)
_POINTED_PAPER = re.compile(rf"{_W}văn kiện(?=\s+(?:ấy|đó|này|nói trên|nêu trên|vừa nêu|vừa nói|kể trên)\b)",
                            re.IGNORECASE)
# "Ban Thường vụ Tỉnh ủy sở tại": the place's own, which the question already names.
_LOCAL = re.compile(r"\s+sở tại" + _E, re.IGNORECASE)


def formal_plain(text: str) -> str:
    """``text`` with old formal words written as the texts write them: "ban bố" -> "ban hành", "nhật kỳ" ->
    "ngày", "đệ ngũ" -> "thứ năm", "sau rốt" -> "cuối cùng", "danh tính" -> "tên", "văn kiện ấy" -> "văn bản ấy";
    "sở tại" after a body is dropped."""
    if not typed_with_accents(text):
        return text
    text = _ORDINAL.sub(lambda m: cased_like(_ORDINALS[m.group(1).lower()], m.group(0)), text)
    text = _PLAIN_RE.sub(lambda m: cased_like(_PLAIN[m.group(1).lower()], m.group(0)), text)
    text = _POINTED_PAPER.sub(lambda m: cased_like("văn bản", m.group(0)), text)
    return _LOCAL.sub("", text)

"""Document types ("Kết luận", "KL", "QĐ"…) and the abbreviations officials type ("BTV", "HĐND"…)."""

from __future__ import annotations

import re

from rag.vi.text import fold

# Each type: its code, its name, and the (folded) words that name it. "QĐ" is Quy định or Quyết định.
DOCUMENT_TYPES = (
    ("kl", "Kết luận", ("ket luan",)),
    ("nq", "Nghị quyết", ("nghi quyet",)),
    ("qd", "", ("quy dinh", "quyet dinh")),
    ("ct", "Chỉ thị", ("chi thi",)),
    ("kh", "Kế hoạch", ("ke hoach",)),
    ("ctr", "Chương trình", ("chuong trinh",)),
    ("da", "Đề án", ("de an",)),
    ("hd", "Hướng dẫn", ("huong dan",)),
    ("tb", "Thông báo", ("thong bao",)),
    ("nd", "Nghị định", ()),
    ("tt", "Thông tư", ()),
)
# Folded type word -> code ("ket luan" -> "kl").
TYPE_WORDS = {word: code for code, _, words in DOCUMENT_TYPES for word in words}
# Code -> type name; "qd" has none of its own (the word before the number says which).
TYPE_NAMES = {code: name for code, name, _ in DOCUMENT_TYPES if name}
QD_NAMES = {"quy dinh": "Quy định", "quyet dinh": "Quyết định"}
# Codes as written in numbers ("21-KL/TW", "11-QĐi/TW") -> type code.
CODES = {code: code for code, _, _ in DOCUMENT_TYPES} | {"qdi": "qd"}
# Codes that are ordinary Vietnamese words once folded ("đã" -> "da"): only upper case counts.
CASE_SENSITIVE_CODES = frozenset({"ct", "da", "hd", "tb"})

# Abbreviations officials type, with what they stand for.
ABBREVIATIONS = {
    "KL": "kết luận", "NQ": "nghị quyết", "QĐ": "quyết định quy định", "QĐi": "quy định",
    "CT": "chỉ thị", "KH": "kế hoạch", "TW": "trung ương", "TƯ": "trung ương", "TU": "tỉnh ủy",
    "BCH": "ban chấp hành", "BCT": "bộ chính trị", "BBT": "ban bí thư", "BTV": "ban thường vụ",
    "HĐND": "hội đồng nhân dân", "UBND": "ủy ban nhân dân", "MTTQ": "mặt trận tổ quốc",
    "ĐBQH": "đại biểu quốc hội", "KT-XH": "kinh tế xã hội", "KT - XH": "kinh tế xã hội",
    "HTCT": "hệ thống chính trị", "PCTN": "phòng chống tham nhũng", "CB/ĐV": "cán bộ đảng viên",
    "CB, ĐV": "cán bộ đảng viên", "TTĐT": "thông tin điện tử",
}
# Lowercase forms safe to expand in unaccented queries (others collide with words: "da" = "đã").
_LOWER_SAFE = {"kl", "nq", "qd", "kh", "tw", "bch", "bct", "bbt", "btv", "hdnd", "ubnd", "mttq", "dbqh",
               "htct", "pctn", "kt-xh"}
_ABBR_RE = re.compile(
    r"(?<![\w/-])(" + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w/-])"
)
_LOWER_MAP = {fold(k): v for k, v in ABBREVIATIONS.items() if fold(k) in _LOWER_SAFE}
_LOWER_RE = re.compile(r"(?<![\w/-])(" + "|".join(map(re.escape, _LOWER_MAP)) + r")(?![\w/-])")


def expand_abbreviations(text: str, lowercase_too: bool = False) -> str:
    """Append each abbreviation's expansion after it: "BTV Tỉnh ủy" -> "BTV ban thường vụ Tỉnh ủy"."""
    text = _ABBR_RE.sub(lambda m: f"{m.group(1)} {ABBREVIATIONS[m.group(1)]}", text)
    if lowercase_too:
        text = _LOWER_RE.sub(lambda m: f"{m.group(1)} {_LOWER_MAP[m.group(1)]}", text)
    return text

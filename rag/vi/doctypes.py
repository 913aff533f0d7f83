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
    ("nd", "Nghị định", ("nghi dinh",)),
    ("tt", "Thông tư", ("thong tu",)),
    ("ttlt", "Thông tư liên tịch", ("thong tu lien tich",)),
    ("pl", "Pháp lệnh", ("phap lenh",)),
    ("luat", "Luật", ("luat",)),
    ("bl", "Bộ luật", ("bo luat",)),
    ("hp", "Hiến pháp", ("hien phap",)),
)
# Types named rather than numbered ("Luật Cư trú 2020", "Hiến pháp năm 2013"): never "Luật 68" alone.
NAMED_TYPES = frozenset({"luat", "bl", "hp", "pl"})
# Folded type word -> code ("ket luan" -> "kl"), for the types written before a number ("Nghị định 30").
TYPE_WORDS = {word: code for code, _, words in DOCUMENT_TYPES for word in words
              if code not in NAMED_TYPES - {"pl"}}
# Code -> type name; "qd" has none of its own (the word before the number says which).
TYPE_NAMES = {code: name for code, name, _ in DOCUMENT_TYPES if name}
QD_NAMES = {"quy dinh": "Quy định", "quyet dinh": "Quyết định"}
# Codes as written in numbers ("21-KL/TW", "11-QĐi/TW", "30/2020/NĐ-CP") -> type code.
CODES = {code: code for code, _, _ in DOCUMENT_TYPES if code not in NAMED_TYPES} | {"qdi": "qd"}
# Codes that are ordinary Vietnamese words once folded ("đã" -> "da"): only upper case counts.
CASE_SENSITIVE_CODES = frozenset({"ct", "da", "hd", "tb"})

# Issuing bodies of state numbers, by the (folded) code after the type ("30/2020/NĐ-CP", "68/2020/QH14").
# Party codes ("/TW", "/TU") are left out on purpose: "-KL/TW" may be the Bộ Chính trị, the Ban Bí thư or
# the Ban Chấp hành Trung ương, so only a sentence that says so gives a Party document's issuer.
ISSUER_CODES = {
    "qh": "Quốc hội", "ubtvqh": "Ủy ban Thường vụ Quốc hội", "ctn": "Chủ tịch nước",
    "cp": "Chính phủ", "ttg": "Thủ tướng Chính phủ", "hdnd": "HĐND", "ubnd": "UBND",
    "bnv": "Bộ Nội vụ", "btc": "Bộ Tài chính", "bca": "Bộ Công an", "bqp": "Bộ Quốc phòng",
    "btp": "Bộ Tư pháp", "byt": "Bộ Y tế", "bxd": "Bộ Xây dựng", "bng": "Bộ Ngoại giao",
    "bct": "Bộ Công Thương", "bgddt": "Bộ Giáo dục và Đào tạo", "bgtvt": "Bộ Giao thông vận tải",
    "bldtbxh": "Bộ Lao động - Thương binh và Xã hội", "btnmt": "Bộ Tài nguyên và Môi trường",
    "bkhdt": "Bộ Kế hoạch và Đầu tư", "bkhcn": "Bộ Khoa học và Công nghệ",
    "bnnptnt": "Bộ Nông nghiệp và Phát triển nông thôn", "btttt": "Bộ Thông tin và Truyền thông",
    "bvhttdl": "Bộ Văn hóa, Thể thao và Du lịch", "nhnn": "Ngân hàng Nhà nước", "ttcp": "Thanh tra Chính phủ",
    "ktnn": "Kiểm toán Nhà nước", "tandtc": "Tòa án nhân dân tối cao",
    "vksndtc": "Viện kiểm sát nhân dân tối cao",
}
# Who passes a named type by law: the Quốc hội passes the Hiến pháp, every Luật and Bộ luật; its Standing
# Committee passes a Pháp lệnh.
TYPE_ISSUERS = {"hp": "Quốc hội", "luat": "Quốc hội", "bl": "Quốc hội", "pl": "Ủy ban Thường vụ Quốc hội"}
_ROMAN = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(n: int) -> str:
    """A term number as Vietnamese texts write it ("khóa XIV"): 14 -> "XIV"."""
    out = ""
    for value, letters in _ROMAN:
        while n >= value:
            out, n = out + letters, n - value
    return out


def code_facts(full_key: str) -> tuple[str, str]:
    """What a state number's code says: (issuer, term) — "30/2020/nd-cp" -> ("Chính phủ", ""),
    "68/2020/qh14" -> ("Quốc hội", "khóa XIV"); ("", "") for Party numbers, joint and unknown codes."""
    m = re.fullmatch(r"\d+/(?:\d{4}/)?(?:([a-z]+)-)?([a-z]+?)(\d{2})?((?:-[a-z]+)*)", full_key)
    if not m or (m.group(1) is None and m.group(2) not in ("qh", "ubtvqh")):
        return "", ""
    issuer = ISSUER_CODES.get(m.group(2), "")
    if not issuer or m.group(4):  # a joint number ("TTLT-BTC-BNV") has several issuers
        return "", ""
    term = f"khóa {roman(int(m.group(3)))}" if m.group(3) and m.group(2) in ("qh", "ubtvqh") else ""
    return issuer, term


# Abbreviations officials type, with what they stand for.
ABBREVIATIONS = {
    "KL": "kết luận", "NQ": "nghị quyết", "NĐ": "nghị định", "QĐ": "quyết định quy định", "QĐi": "quy định",
    "CT": "chỉ thị", "KH": "kế hoạch", "TW": "trung ương", "TƯ": "trung ương", "TU": "tỉnh ủy",
    "BCH": "ban chấp hành", "BCT": "bộ chính trị", "BBT": "ban bí thư", "BTV": "ban thường vụ",
    "HĐND": "hội đồng nhân dân", "UBND": "ủy ban nhân dân", "MTTQ": "mặt trận tổ quốc",
    "ĐBQH": "đại biểu quốc hội", "KT-XH": "kinh tế xã hội", "KT - XH": "kinh tế xã hội",
    "HTCT": "hệ thống chính trị", "PCTN": "phòng chống tham nhũng", "CB/ĐV": "cán bộ đảng viên",
    "CB, ĐV": "cán bộ đảng viên", "TTĐT": "thông tin điện tử",
}
# Lowercase forms safe to expand in unaccented queries (others collide with words: "da" = "đã").
_LOWER_SAFE = {"kl", "nq", "nd", "qd", "kh", "tw", "bch", "bct", "bbt", "btv", "hdnd", "ubnd", "mttq", "dbqh",
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

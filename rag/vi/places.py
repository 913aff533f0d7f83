"""Vietnam's provinces and centrally-run cities, by name: what a question typed in lowercase names after "tỉnh" or
"thành phố" ("bi thu tinh uy ha tinh la ai"), whether the corpus has it or not. The 63 of 2008–2025 (the merged
provinces of 2025 keep one of these names)."""

from __future__ import annotations

from collections.abc import Sequence

from rag.vi.text import fold

PROVINCES = (
    "An Giang", "Bà Rịa Vũng Tàu", "Bắc Giang", "Bắc Kạn", "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định",
    "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai",
    "Đồng Tháp", "Gia Lai", "Hà Giang", "Hà Nam", "Hà Tĩnh", "Hải Dương", "Hậu Giang", "Hòa Bình", "Hưng Yên",
    "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định",
    "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi",
    "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa",
    "Thừa Thiên Huế", "Tiền Giang", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    "Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Cần Thơ", "Huế",
)
# Folded word tuples, for matching lowercase text typed with or without accents, and the name each stands for.
_NAMES = {tuple(fold(name).split()): name for name in PROVINCES}
PROVINCE_WORDS = frozenset(_NAMES)
LONGEST = max(len(words) for words in PROVINCE_WORDS)


def is_province(name: str) -> bool:
    """Whether ``name`` (any casing, accents or not) is a province's whole name ("Hà Tĩnh", "ha tinh")."""
    return tuple(fold(name).split()) in PROVINCE_WORDS


def province_opening(words: Sequence[str]) -> str:
    """The province (as ``PROVINCES`` writes it) whose folded words open ``words`` (folded), the longest name
    first ("thai binh ban" -> "Thái Bình"); "" when none does."""
    return next((_NAMES[tuple(words[:n])] for n in range(min(len(words), LONGEST), 0, -1)
                 if tuple(words[:n]) in _NAMES), "")

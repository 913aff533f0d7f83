"""Hashtags as social media write them, read as the words they join."""

from __future__ import annotations

import re

from rag.vi.places import PROVINCES
from rag.vi.text import fold, has_diacritics

# A hashtag ("#KL21", "#QuangNinh", "#Hưng_Nguyên", "#caobang"); not "C#" nor "&#…".
_HASHTAG = re.compile(r"(?<![\w&])#([^\W_]\w*)")


def _parted(tag: str) -> str:
    """``tag`` parted where a capital follows a small letter ("Quang|Ninh", "Dân|Vận|Khéo", "Chuc|TW"); a tag in
    capitals only stays whole ("BTVTU", "KL21")."""
    out = []
    for before, ch in zip(" " + tag, tag):
        out.append(f" {ch}" if before.islower() and ch.isupper() else ch)
    return "".join(out)


# A province's name typed as one word in lower case, as hashtags are ("caobang", "nghean").
_JOINED_PROVINCES = {fold(name).lower().replace(" ", ""): name for name in PROVINCES}


def _words(tag: str, accented: bool) -> str:
    province = _JOINED_PROVINCES.get(fold(tag).lower().replace("_", ""))
    if province and (accented or (tag.islower() and not tag.isascii())):
        return province
    if province and tag.islower():
        return fold(province)
    return _parted(tag.replace("_", " "))


def hashtags_read(text: str) -> str:
    """``text`` with each hashtag read as words: "#Hưng_Nguyên" -> "Hưng Nguyên", "#HungNguyen" -> "Hung Nguyen"
    (parted at its capitals), "#KL21" -> "KL21"; a province's name ("#caobang", "#NgheAn") as the question types
    names, with accents or without."""
    if "#" not in text:
        return text
    accented = has_diacritics(_HASHTAG.sub(" ", text))
    return _HASHTAG.sub(lambda m: _words(m.group(1), accented), text)

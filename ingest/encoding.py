"""Turn the bytes of a text file into text, including the legacy Vietnamese encodings of older archives.

Supported: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one when the NUL bytes of mostly-ASCII
text show the byte order), Windows-1258 (combining tone marks, normalised to NFC), TCVN3 (ABC, the
single-byte ``.VnTime`` font encoding of TCVN 5712:1993) and VNI-Windows (a base letter followed by a mark
byte).

Valid UTF-8 and a BOM are taken as they are: legacy 8-bit Vietnamese essentially never forms valid multi-byte
UTF-8 sequences. Every other candidate decoding is scored for Vietnamese plausibility (the share of its
non-ASCII words that are valid Vietnamese syllables) and the best one wins if it is plausible enough; nothing
is trusted from a guess alone.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rag.vi.text import nfc

# Combining tone marks: huyền, sắc, ngã, hỏi, nặng.
_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT = "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"
_TONES = frozenset((_GRAVE, _ACUTE, _TILDE, _HOOK, _DOT))
_CIRCUMFLEX, _BREVE = "\u0302", "\u0306"

MIN_PLAUSIBILITY = 0.6
"""A non-UTF-8 decoding is accepted when at least this share of its non-ASCII words are Vietnamese syllables."""
_MAX_SCORED_WORDS = 5_000  # enough to tell encodings apart; keeps scoring of a big file fast


class UndecodableText(ValueError):
    """No supported encoding gives plausible text; ``tried`` names the encodings that were tried."""

    def __init__(self, tried: list[str]) -> None:
        super().__init__(", ".join(tried))
        self.tried = tried


@dataclass(frozen=True)
class Decoded:
    """Text decoded from bytes, with the encoding it was read in."""

    text: str
    encoding: str


# ---------------------------------------------------------------------------------------------------------
# Vietnamese syllables


def _rhymes() -> tuple[frozenset[str], frozenset[str]]:
    """Valid rhymes (toneless, lowercase), and those of them that end in a stop consonant (c, ch, p, t)."""
    open_rhymes = ("a e ê i o ô ơ u ư y ia ua ưa uơ oa oe uê uy uya ya "
                   "ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu iêu yêu uôi ươi ươu oai oay oao oeo uây uyu")
    closed_nuclei = "a ă â e ê i o ô ơ u ư y iê yê uô ươ oa oă oe uâ uê uy uyê oo ôô"
    palatal_nuclei = "a ê i oa uê uy"  # the only ones before "ch" and "nh"
    rhymes = set(open_rhymes.split())
    stops = set()
    for nucleus in closed_nuclei.split():
        for final in ("c", "m", "n", "ng", "p", "t"):
            rhymes.add(nucleus + final)
            if final in ("c", "p", "t"):
                stops.add(nucleus + final)
    for nucleus in palatal_nuclei.split():
        rhymes.update((nucleus + "ch", nucleus + "nh"))
        stops.add(nucleus + "ch")
    return frozenset(rhymes), frozenset(stops)


_RHYMES, _STOP_RHYMES = _rhymes()
_ONSETS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu",
           "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x", "")


@lru_cache(maxsize=65536)
def is_vietnamese_syllable(word: str) -> bool:
    """Whether ``word`` (letters only, any case) is a well-formed Vietnamese syllable: an onset, a rhyme and at
    most one tone mark, with only sắc or nặng on a rhyme that ends in c, ch, p or t."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    tones = [ch for ch in decomposed if ch in _TONES]
    if len(tones) > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    for onset in _ONSETS:
        if base.startswith(onset):
            rhyme = base[len(onset):]
            if rhyme in _RHYMES:
                return rhyme not in _STOP_RHYMES or (bool(tones) and tones[0] in (_ACUTE, _DOT))
    return False


# Punctuation that may stand at either end of a word in real text ("“Đảng”", "(Kết", "luận,").
_EDGE_PUNCT = "\"'()[]{}<>.,;:!?*-–—…“”‘’«»•·/\\"
_LETTERS = re.compile(r"[^\W\d_]+")
_ABBREVIATION = re.compile(r"[BCDĐGHKLMNPQRSTVX]+")  # "HĐND", "QĐ": capital consonants, no vowel


@lru_cache(maxsize=65536)
def _word_verdict(word: str) -> bool | None:
    """None for a word that says nothing about the encoding (ASCII), else whether it reads as Vietnamese."""
    if word.isascii() and word.isprintable():
        return None
    core = word.strip(_EDGE_PUNCT)
    if not core:
        return None
    if not all(ch.isascii() and ch.isprintable() for ch in _LETTERS.sub("", core)):
        return False  # a symbol, a combining mark on nothing, or a control character inside the word
    return all(run.isascii() or is_vietnamese_syllable(run) or bool(_ABBREVIATION.fullmatch(run))
               for run in _LETTERS.findall(core))


def plausibility(text: str) -> float:
    """Share of the words with a non-ASCII or control character that read as Vietnamese (1.0 when none).

    A word counts when, after trimming punctuation at its ends, it has no symbol or control character inside
    and each of its non-ASCII letter runs is a Vietnamese syllable ("21-KL/TW" has none and is skipped,
    "Đảng." counts and is plausible, "§¶ng" or "Keát" count and are not).
    """
    checked = plausible = 0
    for word in text.split():
        verdict = _word_verdict(word)
        if verdict is None:
            continue
        checked += 1
        plausible += verdict
        if checked >= _MAX_SCORED_WORDS:
            break
    return plausible / checked if checked else 1.0


# ---------------------------------------------------------------------------------------------------------
# TCVN3 (ABC)

# TCVN 5712:1993, the VN3 set used by the ABC ".Vn" fonts: A1-AE hold Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ, B5-FE the
# lowercase letters with tones (VN3 has no uppercase letters with tones: "VnTimeH" capital fonts draw them at
# the lowercase positions). Positions VN3 leaves free take their VN1 letters (uppercase with tones, B0-B4
# combining tones); 80-9F stay Windows punctuation (“ ” – …), which Word wrote into ABC documents.
# Checked against glibc's TCVN5712-1 converter, byte by byte (see the tests).
_TCVN3_HIGH = {
    0xA0: "\u00a0", 0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ", 0xAF: "Ằ",
    0xB0: _GRAVE, 0xB1: _HOOK, 0xB2: _TILDE, 0xB3: _ACUTE, 0xB4: _DOT,
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ", 0xBA: "Ẳ", 0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ",
    0xBE: "ắ", 0xBF: "Ẵ", 0xC0: "Ắ", 0xC1: "Ầ", 0xC2: "Ẩ", 0xC3: "Ẫ", 0xC4: "Ấ", 0xC5: "Ề", 0xC6: "ặ",
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ", 0xCC: "è", 0xCD: "Ể", 0xCE: "ẻ", 0xCF: "ẽ",
    0xD0: "é", 0xD1: "ẹ", 0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ", 0xD7: "ì", 0xD8: "ỉ",
    0xD9: "Ễ", 0xDA: "Ế", 0xDB: "Ồ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị", 0xDF: "ò", 0xE0: "Ổ", 0xE1: "ỏ",
    0xE2: "õ", 0xE3: "ó", 0xE4: "ọ", 0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ", 0xEA: "ờ",
    0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ", 0xEF: "ù", 0xF0: "Ỗ", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú",
    0xF4: "ụ", 0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự", 0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ",
    0xFD: "ý", 0xFE: "ỵ", 0xFF: "Ố",
}


def _windows_1252(byte: int) -> str:
    """One byte in Windows-1252; its five unassigned bytes read as Latin-1 (C1 controls)."""
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(byte)


@lru_cache(maxsize=1)
def _tcvn3_table() -> str:
    """The 256 characters of the bytes 00-FF, for ``codecs.charmap_decode``."""
    table = [chr(b) for b in range(0x80)] + [_windows_1252(b) for b in range(0x80, 0xA0)]
    return "".join(table) + "".join(_TCVN3_HIGH[b] for b in range(0xA0, 0x100))


# A whole word with no lowercase ASCII letter ("KếT", "CộNG", but also "KL", "Đ").
_NO_LOWER_ASCII_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]{2,}(?![^\W\d_])")


def _capitalise_vntimeh(text: str) -> str:
    """Uppercase the letters that a capital ("VnTimeH") font drew at lowercase positions.

    A word with no lowercase ASCII letter and a capital after its first letter is all capitals ("KÕT" -> "KẾT";
    "§¶ng" stays "Đảng", "Sè" stays "Số"); so is a line that has such a word and no lowercase ASCII letter
    ("CéNG HßA X· HéI" -> "CỘNG HÒA XÃ HỘI")."""
    lines: dict[tuple[int, int], list[tuple[int, int]]] = {}
    for match in _NO_LOWER_ASCII_WORD.finditer(text):
        word = match.group()
        if word.isascii() or word == word.upper() or not any(ch.isupper() for ch in word[1:]):
            continue
        line_end = text.find("\n", match.end())
        line = (text.rfind("\n", 0, match.start()) + 1, len(text) if line_end < 0 else line_end)
        lines.setdefault(line, []).append(match.span())
    if not lines:
        return text
    out, pos = [], 0
    for (start, end), words in lines.items():
        if re.search(r"[a-z]", text[start:end]):
            for word_start, word_end in words:
                out += [text[pos:word_start], text[word_start:word_end].upper()]
                pos = word_end
        else:
            out += [text[pos:start], text[start:end].upper()]
            pos = end
    out.append(text[pos:])
    return "".join(out)


def decode_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC) bytes as NFC text."""
    return _capitalise_vntimeh(nfc(codecs.charmap_decode(data, "strict", _tcvn3_table())[0]))


# The full TCVN 5712:1993 set (VN1) also puts the uppercase letters with tones that VN3 lacks at 80-9F and at
# twelve C0 control positions; files converted by tools that follow the standard (such as glibc's iconv) use them.
_VN1_EXTRA = {
    0x01: "Ú", 0x02: "Ụ", 0x04: "Ừ", 0x05: "Ử", 0x06: "Ữ", 0x11: "Ứ", 0x12: "Ự", 0x13: "Ỳ", 0x14: "Ỷ", 0x15: "Ỹ",
    0x16: "Ý", 0x17: "Ỵ",
    0x80: "À", 0x81: "Ả", 0x82: "Ã", 0x83: "Á", 0x84: "Ạ", 0x85: "Ặ", 0x86: "Ậ", 0x87: "È", 0x88: "Ẻ", 0x89: "Ẽ",
    0x8A: "É", 0x8B: "Ẹ", 0x8C: "Ệ", 0x8D: "Ì", 0x8E: "Ỉ", 0x8F: "Ĩ", 0x90: "Í", 0x91: "Ị", 0x92: "Ò", 0x93: "Ỏ",
    0x94: "Õ", 0x95: "Ó", 0x96: "Ọ", 0x97: "Ộ", 0x98: "Ờ", 0x99: "Ở", 0x9A: "Ỡ", 0x9B: "Ớ", 0x9C: "Ợ", 0x9D: "Ù",
    0x9E: "Ủ", 0x9F: "Ũ",
}


@lru_cache(maxsize=1)
def _vn1_table() -> str:
    return "".join(_VN1_EXTRA.get(b, ch) for b, ch in enumerate(_tcvn3_table()))


def decode_tcvn_vn1(data: bytes) -> str:
    """TCVN 5712:1993 VN1 bytes (TCVN3 plus uppercase letters with tones) as NFC text."""
    return nfc(codecs.charmap_decode(data, "strict", _vn1_table())[0])


# ---------------------------------------------------------------------------------------------------------
# VNI-Windows

# VNI writes a base letter followed by one mark byte, read here through Windows-1252 (the VNI fonts' code page).
# Tone marks: ù sắc, ø huyền, û hỏi, õ ngã, ï nặng; â circumflex (a e o), ê breve (a); circumflex with a tone:
# á à å ã ä; breve with a tone: é è ú ü ë; capital letters take the capital mark (Ù Ø ... Ë). Single letters:
# ô ơ, ö ư, ñ đ, ì í æ(ỉ) ó(ĩ) ò(ị) for i, î ỵ (and their capitals); ơ and ư take tone marks too.
# Each mark becomes combining characters and NFC composes them with the letter before: "aá" -> "ấ".
# Checked against two independent converters' tables, letter by letter (see the tests).
_VNI_MARKS = {
    "ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT,
    "â": _CIRCUMFLEX, "á": _CIRCUMFLEX + _ACUTE, "à": _CIRCUMFLEX + _GRAVE, "å": _CIRCUMFLEX + _HOOK,
    "ã": _CIRCUMFLEX + _TILDE, "ä": _CIRCUMFLEX + _DOT,
    "ê": _BREVE, "é": _BREVE + _ACUTE, "è": _BREVE + _GRAVE, "ú": _BREVE + _HOOK, "ü": _BREVE + _TILDE,
    "ë": _BREVE + _DOT,
}
_VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "ì": "ì", "í": "í", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_VNI_MAP = {**_VNI_MARKS, **{k.upper(): v for k, v in _VNI_MARKS.items()},
            **_VNI_LETTERS, **{k.upper(): v.upper() for k, v in _VNI_LETTERS.items()}}


@lru_cache(maxsize=1)
def _vni_table() -> dict[int, str]:
    """Byte -> text, for ``codecs.charmap_decode`` (several times faster than ``str.translate``)."""
    return {b: _VNI_MAP.get(_windows_1252(b), _windows_1252(b)) for b in range(256)}


def decode_vni(data: bytes) -> str:
    """VNI-Windows bytes as NFC text."""
    return nfc(codecs.charmap_decode(data, "strict", _vni_table())[0])


# ---------------------------------------------------------------------------------------------------------
# Decision


def _utf16_without_bom(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when the NUL bytes fall on one side of each pair, as in UTF-16 of mostly-ASCII
    (or Vietnamese) text; None otherwise."""
    if len(data) < 4 or len(data) % 2:
        return None
    pairs = len(data) // 2
    even = data[0::2].count(0) / pairs
    odd = data[1::2].count(0) / pairs
    if odd >= 0.3 and even <= 0.05:
        return "utf-16-le"
    if even >= 0.3 and odd <= 0.05:
        return "utf-16-be"
    return None


def _cp1258(data: bytes) -> str:
    return nfc(data.decode("cp1258"))


LEGACY_DECODERS: dict[str, Callable[[bytes], str]] = {
    "Windows-1258": _cp1258,
    "TCVN3 (ABC)": decode_tcvn3,
    "TCVN3 (TCVN 5712 VN1)": decode_tcvn_vn1,
    "VNI-Windows": decode_vni,
}


SAMPLE_BYTES = 64 * 1024
_LINES_WITH_HIGH_BYTES = re.compile(rb"[^\n]*[\x80-\xff][^\n]*\n?")


def _sample(data: bytes) -> bytes:
    """Up to ``SAMPLE_BYTES`` of the lines that have non-ASCII bytes: the part that tells encodings apart, even
    when a long ASCII preface comes first."""
    if len(data) <= SAMPLE_BYTES:
        return data
    parts, size = [], 0
    for match in _LINES_WITH_HIGH_BYTES.finditer(data):
        parts.append(match.group())
        size += len(parts[-1])
        if size >= SAMPLE_BYTES:
            break
    return b"".join(parts) or data[:SAMPLE_BYTES]


def _score(text: str) -> float:
    return 0.0 if _has_controls(text) else plausibility(text)


def decode_text(data: bytes) -> Decoded:
    """Decode a text file's bytes; raise ``UndecodableText`` when no supported encoding reads as Vietnamese."""
    if data.startswith(codecs.BOM_UTF8):
        try:
            return Decoded(data[len(codecs.BOM_UTF8):].decode("utf-8"), "UTF-8")
        except UnicodeDecodeError:
            raise UndecodableText(["UTF-8 (the file starts with a UTF-8 byte-order mark)"]) from None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return Decoded(nfc(data.decode("utf-16")), "UTF-16")
        except UnicodeDecodeError:
            raise UndecodableText(["UTF-16 (the file starts with a UTF-16 byte-order mark)"]) from None
    tried = ["UTF-8"]
    # (score, -preference, name, decoder): candidates are scored on a sample, the winner decodes the whole file.
    scored: list[tuple[float, int, str, Callable[[bytes], str]]] = []
    utf16 = _utf16_without_bom(data)
    if utf16:
        tried.append("UTF-16")
        head = data[:SAMPLE_BYTES]
        try:
            scored.append((_score(head.decode(utf16, errors="strict" if len(data) == len(head) else "ignore")),
                           0, "UTF-16", lambda d, codec=utf16: nfc(d.decode(codec))))
        except UnicodeDecodeError:
            pass
    else:
        try:
            return Decoded(data.decode("utf-8"), "UTF-8")
        except UnicodeDecodeError:
            pass
    sample = _sample(data)
    for preference, (name, decode) in enumerate(LEGACY_DECODERS.items(), start=1):
        tried.append(name)
        try:
            scored.append((_score(decode(sample)), -preference, name, decode))
        except UnicodeDecodeError:
            continue
    for score, _, name, decode in sorted(scored, reverse=True):  # best first; ties go to the preferred one
        if score < MIN_PLAUSIBILITY:
            break
        try:
            return Decoded(decode(data), name)
        except UnicodeDecodeError:
            continue
    raise UndecodableText(tried)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def _has_controls(text: str) -> bool:
    """Control characters (other than tab, newlines, form feed) beyond a trace (a DOS end-of-file mark, a stray
    NUL): binary data, not text."""
    window = text[:200_000]
    return len(_CONTROL.findall(window)) > max(2, len(window) // 1000)

"""Text files in UTF-8, UTF-16 and the legacy Vietnamese encodings load as the same NFC text."""

import codecs
import shutil
import subprocess
import unicodedata

import pytest

from ingest.encoding import (
    _TCVN3_HIGH,
    _VN1_EXTRA,
    Decoded,
    UndecodableText,
    decode_tcvn3,
    decode_text,
    decode_vni,
    is_vietnamese_syllable,
    plausibility,
)
from ingest.loaders import LoadError, load_bytes
from tests.files import VNI_LETTERS, to_cp1258, to_single_byte, to_vni

SAMPLE = ("Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, "
          "chỉnh đốn Đảng")
PARAGRAPH = (SAMPLE + " và hệ thống chính trị; kiên quyết ngăn chặn, đẩy lùi sự suy thoái về tư tưởng chính trị, "
             "đạo đức, lối sống, những biểu hiện “tự diễn biến”, “tự chuyển hóa” trong nội bộ. Tổ chức thực hiện "
             "nghiêm túc, thường xuyên tự phê bình và phê bình; xử lý kịp thời tổ chức đảng, đảng viên vi phạm.\n"
             "Ủy ban Kiểm tra giám sát việc quán triệt Nghị quyết; các cấp ủy hướng dẫn, đôn đốc thực hiện.")
ALPHABET = " ".join(sorted(VNI_LETTERS))  # every letter, lowercase and capital, with every tone

# Reference bytes made outside this project: TCVN3 and Windows-1258 by glibc's iconv (TCVN5712-1, CP1258),
# VNI from the VNI keyboard's letter table as published by Vietnamese converters.
SAMPLE_TCVN3 = (b"K\xd5t lu\xcbn s\xe8 21-KL/TW ng\xb5y 25/10/2021 c\xf1a Ban Ch\xcap h\xb5nh Trung \xad\xacng "
                b"\xa7\xb6ng kh\xe3a XIII v\xd2 \xae\xc8y m\xb9nh x\xa9y d\xf9ng, ch\xd8nh \xae\xe8n \xa7\xb6ng")
SAMPLE_CP1258 = (b"K\xea\xect lu\xe2\xf2n s\xf4\xec 21-KL/TW ng\xe0y 25/10/2021 cu\xd2a Ban Ch\xe2\xecp h\xe0nh "
                 b"Trung \xfd\xf5ng \xd0a\xd2ng kh\xf3a XIII v\xea\xcc \xf0\xe2\xd2y ma\xf2nh x\xe2y d\xfd\xf2ng, "
                 b"chi\xd2nh \xf0\xf4\xecn \xd0a\xd2ng")
SAMPLE_VNI = (b"Ke\xe1t lua\xe4n so\xe1 21-KL/TW nga\xf8y 25/10/2021 cu\xfba Ban Cha\xe1p ha\xf8nh Trung "
              b"\xf6\xf4ng \xd1a\xfbng kho\xf9a XIII ve\xe0 \xf1a\xe5y ma\xefnh xa\xe2y d\xf6\xefng, ch\xe6nh "
              b"\xf1o\xe1n \xd1a\xfbng")


_WINDOWS_PUNCTUATION = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
                        if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}  # the five bytes cp1252 leaves unassigned


def _tcvn3(text: str) -> bytes:
    """ABC as Word saved it: TCVN3 letters, Windows punctuation."""
    return to_single_byte(text, {**_WINDOWS_PUNCTUATION, **_TCVN3_HIGH})


def _vn1(text: str) -> bytes:
    return to_single_byte(text, {**_TCVN3_HIGH, **_VN1_EXTRA})


def _ascii_quotes(text: str) -> str:
    return text.translate(str.maketrans("“”", '""'))


@pytest.mark.parametrize("data,encoding", [
    (SAMPLE_TCVN3, "TCVN3 (ABC)"),
    (SAMPLE_CP1258, "Windows-1258"),
    (SAMPLE_VNI, "VNI-Windows"),
])
def test_reference_bytes_decode_to_the_sample(data, encoding):
    decoded = decode_text(data)
    assert decoded.encoding == encoding and decoded.text == SAMPLE


def _same(text: str) -> str:
    return text


# (encoding detected, what of the text the encoding can hold, encoder)
ENCODINGS = [
    ("UTF-8", _same, str.encode),
    ("UTF-8", _same, lambda t: codecs.BOM_UTF8 + t.encode()),
    ("UTF-8", _same, lambda t: unicodedata.normalize("NFD", t).encode()),  # decomposed: NFC after cleaning
    ("UTF-16", _same, lambda t: t.encode("utf-16")),  # with a BOM
    ("UTF-16", _same, lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be")),
    ("UTF-16", _same, lambda t: t.encode("utf-16-le")),  # no BOM: told by where the NUL bytes fall
    ("UTF-16", _same, lambda t: t.encode("utf-16-be")),
    ("Windows-1258", _same, to_cp1258),
    ("Windows-1258", _same, lambda t: to_cp1258(t, precomposed=False)),  # every tone a combining mark
    ("TCVN3 (ABC)", str.lower, _tcvn3),  # ABC fonts have no capitals with tones
    ("TCVN3", _ascii_quotes, _vn1),  # VN1 has them, and no curly quotes (ABC reads text without capitals alike)
    ("VNI-Windows", _same, to_vni),
]


@pytest.mark.parametrize("encoding,prepare,encode", ENCODINGS)
@pytest.mark.parametrize("original", [SAMPLE, PARAGRAPH])
def test_each_encoding_loads_as_the_nfc_original(original, encoding, prepare, encode):
    text = prepare(original)
    data = encode(text)
    decoded = decode_text(data)
    assert decoded.encoding.startswith(encoding)
    assert unicodedata.normalize("NFC", decoded.text) == text
    if encoding != "UTF-8":
        assert decoded.text == text  # legacy encodings come out in NFC
    assert load_bytes(data, "van-ban.txt").text == text


def test_every_letter_with_every_tone_survives_each_encoding():
    assert decode_text(to_vni(ALPHABET)) == Decoded(ALPHABET, "VNI-Windows")
    assert decode_text(_vn1(ALPHABET)) == Decoded(ALPHABET, "TCVN3 (TCVN 5712 VN1)")
    assert decode_text(to_cp1258(ALPHABET)) == Decoded(ALPHABET, "Windows-1258")
    lowercase = " ".join(sorted({letter.lower() for letter in VNI_LETTERS}))
    assert decode_text(_tcvn3(lowercase)) == Decoded(lowercase, "TCVN3 (ABC)")


def test_vni_letter_table():
    for letter, code in VNI_LETTERS.items():
        assert decode_vni(code.encode("cp1252")) == letter, code


@pytest.mark.skipif(not shutil.which("iconv"), reason="needs glibc's iconv as the reference")
def test_tcvn3_table_matches_glibc_iconv():
    def glibc(byte: int) -> str:
        out = subprocess.run(["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=bytes([byte]),
                             capture_output=True, check=True).stdout.decode()
        return unicodedata.normalize("NFC", out)

    for byte, char in {**_TCVN3_HIGH, **_VN1_EXTRA}.items():
        assert char == glibc(byte), hex(byte)
    sample = subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=SAMPLE.encode(),
                            capture_output=True, check=True).stdout
    assert sample == SAMPLE_TCVN3


def test_tcvn3_keeps_windows_punctuation_and_capital_font_words():
    # Word wrote curly quotes and dashes of ABC documents as Windows-1252
    assert decode_tcvn3(b"\x93T\xd5t\x94 \x96 \xa7\xb6ng") == "“Tết” – Đảng"
    # a capital (VnTimeH) font drew capitals at the lowercase positions
    assert decode_tcvn3(b"C\xe9NG H\xdfA X\xb7 H\xe9I CH\xf1 NGH\xdcA VI\xd6T NAM") == \
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
    assert decode_tcvn3(b"Theo K\xd5T LU\xcbN s\xe8 21") == "Theo KẾT LUẬN số 21"
    assert decode_tcvn3(b"S\xe8 21-KL/TW") == "Số 21-KL/TW"


def test_plain_ascii_stays_ascii():
    decoded = decode_text(b"Ket luan so 21-KL/TW ngay 25/10/2021")
    assert decoded.text == "Ket luan so 21-KL/TW ngay 25/10/2021" and decoded.encoding == "UTF-8"


def test_legacy_text_after_a_long_ascii_preface_is_still_recognised():
    data = b"Preface in plain ASCII.\n" * 5000 + _vn1(_ascii_quotes(PARAGRAPH))  # 120 kB before the Vietnamese
    decoded = decode_text(data)
    assert decoded.encoding.startswith("TCVN3") and decoded.text.endswith(_ascii_quotes(PARAGRAPH))


def test_wrong_decodings_are_implausible():
    assert plausibility(SAMPLE) == 1.0
    for data in (SAMPLE_TCVN3, SAMPLE_VNI):
        assert plausibility(data.decode("cp1258")) < 0.3
    assert plausibility(decode_vni(SAMPLE_TCVN3)) < 0.3
    assert plausibility(decode_tcvn3(SAMPLE_VNI)) < 0.3
    assert plausibility(decode_tcvn3(SAMPLE_CP1258)) < 0.3


@pytest.mark.parametrize("word,ok", [
    ("Kết", True), ("luận", True), ("khuyến", True), ("nghiêng", True), ("giữa", True), ("quốc", True),
    ("Ủy", True), ("người", True), ("oanh", True), ("ĐẢNG", True),
    ("kõt", False),  # ngã on a syllable closed by t
    ("keát", False), ("luËn", False), ("ñaûng", False), ("cña", False), ("tiếngg", False), ("ếế", False),
])
def test_vietnamese_syllables(word, ok):
    assert is_vietnamese_syllable(word) is ok


@pytest.mark.parametrize("data", [
    "Kết luận".encode("cp1258", errors="replace") + b"\xff\xfe\xfa",
    bytes(range(256)) * 4,  # binary
    "Ein Bericht über Müller".encode("latin-1"),  # not Vietnamese
    codecs.BOM_UTF8 + b"\xff\xfe broken",
])
def test_undecodable_bytes_name_the_encodings_tried(data):
    with pytest.raises(UndecodableText):
        decode_text(data)
    with pytest.raises(LoadError) as err:
        load_bytes(data, "cu.txt")
    message = str(err.value)
    assert message.startswith("cu.txt: not UTF-8 text") and "save it as UTF-8" in message
    if not data.startswith(codecs.BOM_UTF8):
        assert all(name in message for name in ("UTF-8", "Windows-1258", "TCVN3 (ABC)", "VNI-Windows"))


def test_legacy_html_is_decoded_before_extraction():
    html = ("<html><head><title>Kết luận 21</title></head><body><article><h1>Kết luận 21</h1><p>"
            + "Ngày 25/10/2021, Ban Chấp hành Trung ương ban hành Kết luận số 21-KL/TW về đẩy mạnh xây dựng, "
              "chỉnh đốn Đảng và hệ thống chính trị. " * 3 + "</p></article></body></html>")
    doc = load_bytes(to_vni(html), "trang.html")
    assert "chỉnh đốn Đảng" in doc.text and doc.title == "Kết luận 21"

"""Files made in the tests: documents in legacy Vietnamese encodings, a .docx zip bomb, PDFs of blank pages."""

from __future__ import annotations

import io
import unicodedata
import zipfile

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

# VNI-Windows, one vowel per line: the letter without tone, then with sắc huyền hỏi ngã nặng; the same for its
# circumflex, breve or horn forms. Written from the VNI keyboard layout and checked, letter by letter, against
# two published converters' tables; uppercase letters use the uppercase mark bytes.
_VNI_ROWS = """
a a aù aø aû aõ aï
â aâ aá aà aå aã aä
ă aê aé aè aú aü aë
e e eù eø eû eõ eï
ê eâ eá eà eå eã eä
i i í ì æ ó ò
o o où oø oû oõ oï
ô oâ oá oà oå oã oä
ơ ô ôù ôø ôû ôõ ôï
u u uù uø uû uõ uï
ư ö öù öø öû öõ öï
y y yù yø yû yõ î
đ ñ
"""


def _vni_letters() -> dict[str, str]:
    table: dict[str, str] = {}
    tone_order = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]
    for row in _VNI_ROWS.strip().splitlines():
        letter, *codes = row.split()
        for tone, code in zip(tone_order, codes):
            lower = unicodedata.normalize("NFC", letter + tone)
            table[lower] = code
            table[lower.upper()] = code.upper()
    return table


VNI_LETTERS = _vni_letters()


def to_vni(text: str) -> bytes:
    """Vietnamese text in VNI-Windows bytes."""
    return "".join(VNI_LETTERS.get(ch, ch) for ch in unicodedata.normalize("NFC", text)).encode("cp1252")


def to_cp1258(text: str, precomposed: bool = True) -> bytes:
    """Vietnamese text in Windows-1258 bytes, as Word wrote it: a precomposed letter where the code page has
    one ("à", "ơ"), else the letter and a combining tone mark ("ế" -> "ê" + U+0301); with ``precomposed``
    False every tone is a combining mark ("à" -> "a" + U+0300)."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            if not precomposed and any(c in TONES for c in unicodedata.normalize("NFD", ch)):
                raise UnicodeEncodeError("cp1258", ch, 0, 1, "tone written as a combining mark")
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return bytes(out)


def to_single_byte(text: str, table: dict[int, str]) -> bytes:
    """``text`` encoded through the inverse of a byte -> character table (for TCVN3)."""
    inverse = {ch: b for b, ch in table.items()}
    return bytes(inverse[ch] if ch in inverse else ord(ch) for ch in unicodedata.normalize("NFC", text))


def minimal_docx(text: str = "Kết luận số 21-KL/TW") -> bytes:
    from docx import Document

    doc = Document()
    doc.add_paragraph(text)
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def docx_bomb(unpacked_bytes: int, skeleton: bool = True) -> bytes:
    """A real .docx whose word/document.xml is (about) ``unpacked_bytes`` of one paragraph repeated: it packs
    about 300 times smaller. Without ``skeleton`` the zip holds that part alone (a few kB smaller: for tests
    with a small upload limit)."""
    paragraph = "<w:p><w:r><w:t>Đảng Cộng sản Việt Nam</w:t></w:r></w:p>".encode()
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    tail = b"</w:body></w:document>"
    block = paragraph * 10_000
    source = zipfile.ZipFile(io.BytesIO(minimal_docx()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in source.infolist():
            if info.filename != "word/document.xml":
                if skeleton:
                    bomb.writestr(info, source.read(info.filename))
                continue
            with bomb.open("word/document.xml", "w", force_zip64=True) as member:
                member.write(head)
                written = len(head) + len(tail)
                while written < unpacked_bytes:  # whole paragraphs, so the XML stays well-formed
                    piece = block[:-(-(unpacked_bytes - written) // len(paragraph)) * len(paragraph)]
                    member.write(piece)
                    written += len(piece)
                member.write(tail)
    return out.getvalue()


def blank_pdf(pages: int) -> bytes:
    from pypdf import PdfWriter

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(612, 792)
    buf = io.BytesIO()
    writer.write(buf)
    return buf.getvalue()

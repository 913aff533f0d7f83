"""Words typed as raw Telex keystrokes are read as the words they type; Vietnamese syllables, codes and English
words that read as no syllable stay as typed."""

from __future__ import annotations

import pytest

from rag.vi.telex import telex_read


@pytest.mark.parametrize("typed,read", [
    ("Kees hoachj số 77-KH/TU banf hành ngayf naof?", "Kế hoạch số 77-KH/TU bàn hành ngày nào?"),
    ("bao nhieeu ddangr vieen mới", "bao nhiêu đảng viên mới"),
    ("Ai là nguwowif quán triệt Keets luaanj số 14-KL/TW?", "Ai là người quán triệt Kết luận số 14-KL/TW?"),
    ("giair phaps cuoois cungf", "giải pháp cuối cùng"),
    ("Quangr Ninh, Cao Bawngf, huyeenj Huwng Nguyeen", "Quảng Ninh, Cao Bằng, huyện Hưng Nguyên"),
    ("moo hinhf Daan vaanj khéo", "mô hình Dân vận khéo"),
    ("Tinhr uyr, quys III, ddaij bieeur", "Tỉnh ủy, quý III, đại biểu"),
])
def test_words_typed_as_telex_keys_are_read(typed, read):
    assert telex_read(typed) == read


@pytest.mark.parametrize("text", [
    "ket luan 21 ban hanh ngay nao",  # typed without accents: syllables as they are
    "Ban TCTW, KH, QĐi/TW, HĐND, UBND",  # codes
    "Is it true, how, check, info, online, list, team, deadline, doc",  # English words
    "dc bn ko ntn ak",  # chat shorthand
])
def test_syllables_codes_and_english_words_stay(text):
    assert telex_read(text) == text


@pytest.mark.parametrize("typed,read", [
    ("Quy định 109-QĐ/TW là của cơ quan nafo", "Quy định 109-QĐ/TW là của cơ quan nào"),  # the tone after its vowel
    ("tifnh hình, ngafy, mafu", "tình hình, ngày, màu"),
])
def test_a_tone_key_typed_right_after_its_vowel_is_read(typed, read):
    assert telex_read(typed) == read


def test_a_word_with_a_tone_key_inside_but_no_final_after_it_stays():
    assert telex_read("sofa, visa, rosa") == "sofa, visa, rosa"

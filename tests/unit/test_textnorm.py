from rag.vi.syllables import syllables
from rag.vi.text import fold, has_diacritics, nfc, unify_tones


def test_nfc_composes_decomposed_vietnamese():
    assert nfc("Ke\u0302\u0301t lua\u0323\u0302n") == "Kết luận"


def test_old_and_new_tone_placement_compare_equal():
    assert unify_tones("hoá") == unify_tones("hóa") == "hóa"
    assert unify_tones("Uỷ ban") == unify_tones("Ủy ban")
    assert unify_tones("khoẻ") == "khỏe"
    # a final consonant fixes the mark on the main vowel; "qu" is a consonant
    assert unify_tones("hoàn") == "hoàn" and unify_tones("quý") == "quý"


def test_fold_drops_marks_and_d_bar():
    assert fold("Kết luận Đảng ủy") == "ket luan dang uy"
    assert not has_diacritics("ket luan 21") and has_diacritics("kết luận")


def test_syllables_are_lowercase_and_unified():
    assert syllables("Chuyển hoá, TỰ DIỄN BIẾN") == ["chuyển", "hóa", "tự", "diễn", "biến"]

import socket

from rag.index.lexical import LexicalIndex, lexical_tokens
from rag.vi.doctypes import expand_abbreviations


def test_abbreviations_are_expanded_for_matching():
    assert expand_abbreviations("BTV Tỉnh ủy") == "BTV ban thường vụ Tỉnh ủy"
    assert "hội đồng nhân dân" in expand_abbreviations("HĐND tỉnh")
    assert "ban thường vụ" in expand_abbreviations("btv tinh uy", lowercase_too=True)
    assert expand_abbreviations("đã 9 hướng dẫn", lowercase_too=True) == "đã 9 hướng dẫn"


def test_tokens_cover_accents_folding_bigrams_and_references():
    tokens = lexical_tokens("Kết luận số 21-KL/TW")
    assert {"kết", "~ket", "kết_luận", "~ket_luan", "#kl-21", "#21-kl/tw"} <= set(tokens)


def test_unaccented_and_abbreviated_queries_find_the_accented_text():
    index = LexicalIndex(["Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 77-KH/TU", "Hội nghị giao ban quý III"])
    assert index.top("btv tinh uy ke hoach 77", 1)[0][0] == 0
    assert index.top("KH 77", 1)[0][0] == 0


def test_only_loopback_is_reachable_in_tests():
    # pytest-socket guards connect(): any host but 127.0.0.1/::1/localhost is refused before a packet leaves
    assert socket.socket.connect.__module__ == "pytest_socket"

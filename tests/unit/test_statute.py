"""Statute chunking: articles, clauses with their points, where each chunk stands."""

from ingest.chunking import chunk_document
from ingest.statute import article_in_title, is_statute, statute_units
from rag.documents import SourceDocument

WHOLE_LAW = """PHẦN THỨ NHẤT
NHỮNG QUY ĐỊNH CHUNG
Chương I
PHẠM VI ĐIỀU CHỈNH
Mục 1
QUY ĐỊNH CHUNG
Điều 1. Phạm vi điều chỉnh
Luật này quy định về vườn cộng đồng.
Điều 2. Quyền của người giữ vườn
1. Được nhận hạt giống miễn phí mỗi mùa vụ.
2. Được từ chối giao vườn trong các trường hợp sau đây:
a) Người xin dùng vườn chưa đủ mười tám tuổi;
b) Vườn đang trong thời gian cải tạo đất.
Chương II
GIAO VƯỜN
Điều 3. Thời hạn giao vườn
Thời hạn giao vườn là ba mươi sáu tháng.
"""


def _doc(title: str, text: str, doc_id: str = "luat-vuon") -> SourceDocument:
    return SourceDocument(doc_id=doc_id, title=title, text=text)


def test_a_whole_statute_is_read_as_parts_chapters_sections_and_articles():
    chunks = chunk_document(_doc("Luật Vườn cộng đồng 2031", WHOLE_LAW))
    by_locator = {c.locator: c for c in chunks}
    assert set(by_locator) == {"Điều 1", "Điều 2, khoản 1", "Điều 2, khoản 2", "Điều 3"}
    clause = by_locator["Điều 2, khoản 2"]
    assert clause.part == "PHẦN THỨ NHẤT NHỮNG QUY ĐỊNH CHUNG"
    assert clause.chapter == "Chương I PHẠM VI ĐIỀU CHỈNH"
    assert clause.section == "Mục 1 QUY ĐỊNH CHUNG"
    assert (clause.article, clause.clause, clause.point) == ("2", 2, "")
    # The clause keeps its points, and its article heading is searchable with it.
    assert clause.text.splitlines() == [
        "2. Được từ chối giao vườn trong các trường hợp sau đây:",
        "a) Người xin dùng vườn chưa đủ mười tám tuổi;",
        "b) Vườn đang trong thời gian cải tạo đất.",
    ]
    assert "Điều 2. Quyền của người giữ vườn" in clause.index_text
    later = by_locator["Điều 3"]
    assert later.chapter == "Chương II GIAO VƯỜN" and later.section == ""


def test_a_one_article_file_names_clauses_without_repeating_the_article():
    title = "Luật Vườn cộng đồng 2031 – Điều 7. Quyền của người giữ vườn"
    text = "Người giữ vườn có các quyền sau đây:\n1. Được nhận hạt giống.\n2. Được từ chối giao vườn."
    assert article_in_title(title) == "7" and is_statute(title, text)
    chunks = chunk_document(_doc(title, text))
    assert [(c.article, c.clause, c.locator) for c in chunks] == [("7", 0, ""), ("7", 1, "khoản 1"),
                                                                  ("7", 2, "khoản 2")]


def test_a_clause_too_long_for_one_chunk_is_cut_between_points_under_its_opening():
    points = "\n".join(f"{letter}) Trường hợp thứ {i} được miễn giảm theo quy định chi tiết của Chính phủ "
                       f"và hướng dẫn của bộ, ngành có liên quan;" for i, letter in enumerate("abcdđeghik", 1))
    text = f"1. Các trường hợp sau đây được miễn:\n{points}"
    units = statute_units("Luật Phí 2031 – Điều 4. Miễn phí", text, "clause", max_chars=300)
    assert units[0].text == "1. Các trường hợp sau đây được miễn:"
    cut = units[1:]
    assert len(cut) > 1 and all(u.heading == "1. Các trường hợp sau đây được miễn" for u in cut)
    assert all(len(u.text) <= 300 for u in cut)
    assert [u.place.point for u in cut][0] == "a" and cut[1].place.point != "a"
    assert "\n".join(u.text for u in cut) == points  # nothing lost, nothing repeated
    assert [u.ordinal for u in cut][:1] == [1]


def test_the_article_and_point_units():
    title = "Luật Vườn cộng đồng 2031 – Điều 7. Quyền của người giữ vườn"
    text = "1. Được nhận hạt giống.\n2. Được từ chối giao vườn khi:\na) Người xin chưa đủ tuổi;\nb) Vườn cải tạo."
    whole = statute_units(title, text, "article")
    assert len(whole) == 1 and whole[0].text == text
    points = statute_units(title, text, "point")
    assert [u.text for u in points] == ["1. Được nhận hạt giống.", "2. Được từ chối giao vườn khi:",
                                        "a) Người xin chưa đủ tuổi;", "b) Vườn cải tạo."]
    assert points[3].place.locator(True) == "khoản 2, điểm b"


def test_a_repeated_point_gets_its_own_id():
    title = "Luật Giáo dục 2019 – Điều 9. Tiêu chuẩn"
    text = "1. Người học:\na) Có lý lịch rõ ràng;\n2. Người dạy:\na) Có lý lịch rõ ràng;"
    chunks = chunk_document(_doc(title, text), statute_unit="point")
    assert len({c.chunk_id for c in chunks}) == len(chunks) == 4


def test_ordinary_text_is_not_a_statute():
    text = "Hội nghị đã thảo luận.\n1. Thứ nhất, tăng cường lãnh đạo.\n2. Thứ hai, đổi mới phương thức."
    assert not is_statute("Kết luận số 21-KL/TW", text)
    assert all(c.locator == "" and c.article == "" for c in chunk_document(_doc("Kết luận số 21-KL/TW", text)))


def test_an_article_of_paragraphs_only_is_a_statute_and_the_next_headings_are_not_its_text():
    title = "Bộ luật dân sự 2015 – Điều 345. Hình thức, nội dung tín chấp"
    text = ("Việc cho vay có bảo đảm bằng tín chấp phải được lập thành văn bản.\n\n"
            "Thỏa thuận bảo đảm bằng tín chấp phải cụ thể về số tiền.\n\nTiểu mục 8\n\nCẦM GIỮ TÀI SẢN")
    assert is_statute(title, text)
    chunks = chunk_document(_doc(title, text))
    assert chunks and all(c.article == "345" and c.cited_place == "Điều 345" for c in chunks)
    assert not any("CẦM GIỮ" in c.text or "Tiểu mục" in c.text for c in chunks)
    # A news headline naming an article is not one ("… sửa Điều 5: ai được lợi?").
    assert not is_statute("Quốc hội sửa Điều 5: ai được lợi?", "Sáng nay, Quốc hội thảo luận.\nĐại biểu phát biểu."
                          "\nNhiều ý kiến.\nKết thúc phiên họp.")

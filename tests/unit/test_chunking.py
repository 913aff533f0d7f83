from ingest.chunking import chunk_document, parse_item
from ingest.loaders import load_file
from tests.conftest import SAMPLE


def _chunks(name):
    return chunk_document(load_file(SAMPLE / name))


def test_list_items_stay_whole_and_know_ordinal_and_heading():
    chunks = _chunks("nghe-an-nhiem-vu-giai-phap-kl21.txt")
    items = [c for c in chunks if c.ordinal]
    assert [c.ordinal for c in items] == [1, 2, 3, 4, 5, 6]
    fifth = items[4]
    assert fifth.item_label == "Thứ năm"
    assert fifth.text.startswith("- Thứ năm, tăng cường công tác kiểm tra")
    assert fifth.text.endswith("tổ chức thực hiện Kết luận số 21-KL/TW.")
    assert "nhiệm vụ, giải pháp sau đây" in fifth.heading
    assert fifth.index_text.startswith(fifth.title) and "Nghệ An" in fifth.index_text
    assert len(items[5].text) > 1000  # the long sixth item is not cut


def test_mot_la_items_are_recognised():
    chunks = _chunks("cao-bang-xay-dung-chinh-don-dang.txt")
    labels = [c.item_label for c in chunks if c.ordinal]
    assert labels == ["Một là", "Hai là", "Ba là", "Bốn là", "Năm là"]


def test_paragraph_chunks_are_sized_and_not_cut_mid_sentence():
    for path in sorted(SAMPLE.glob("*.txt")):
        doc = load_file(path)
        paragraphs = doc.text.split("\n")
        for chunk in chunk_document(doc):
            if chunk.ordinal:
                continue
            assert len(chunk.text) <= 1100, (path.name, len(chunk.text))
            last = chunk.text.split("\n")[-1]
            ends_paragraph = any(p.endswith(last) for p in paragraphs)
            assert ends_paragraph or last.rstrip()[-1] in ".!?…", last[-80:]


def test_ids_are_content_hashes():
    a = _chunks("hung-nguyen-giam-sat-kl21.txt")
    b = _chunks("hung-nguyen-giam-sat-kl21.txt")
    assert [c.chunk_id for c in a] == [c.chunk_id for c in b]
    assert len({c.chunk_id for c in a}) == len(a)


def test_item_markers():
    assert parse_item("- Thứ năm, tăng cường").ordinal == 5
    assert parse_item("Năm là, đổi mới").ordinal == 5
    assert parse_item("3. Nội dung").ordinal == 3
    assert parse_item("b) Nội dung").ordinal == 2
    assert parse_item("đ) Nội dung").ordinal == 5 and parse_item("e) Nội dung").ordinal == 6
    assert parse_item("Năm 2021, tỉnh đã") is None


def test_a_repeated_passage_gets_its_own_id():
    from rag.documents import SourceDocument

    text = ("Điều 5. Tiêu chuẩn\n1. Người được chọn phải có đủ các điều kiện sau:\n"
            "a) Có lý lịch, hệ phả rõ ràng;\nb) Có sức khỏe tốt;\n"
            "2. Người được cử đi học phải có đủ các điều kiện sau:\n"
            "a) Có lý lịch, hệ phả rõ ràng;\nb) Có trình độ phù hợp.")
    doc = SourceDocument("luat-x-dieu-5", "Luật X – Điều 5", text)
    chunks = chunk_document(doc, 50, 200)
    repeated = [c for c in chunks if c.text == "a) Có lý lịch, hệ phả rõ ràng;"]
    assert len(repeated) == 2 and repeated[0].chunk_id != repeated[1].chunk_id
    assert len({c.chunk_id for c in chunks}) == len(chunks)
    assert [c.chunk_id for c in chunk_document(doc, 50, 200)] == [c.chunk_id for c in chunks]

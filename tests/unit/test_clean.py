import json

from ingest.clean import clean_corpus, clean_text, site_boilerplate
from tests.conftest import SAMPLE


def _clean(name):
    return clean_text((SAMPLE / name).read_text(encoding="utf-8"))


def test_page_chrome_is_removed():
    text = _clean("nghe-an-nhiem-vu-giai-phap-kl21.txt")
    for chrome in ("image advertisement", "image banner", "Thống kê truy cập", "Đang online", "Đăng nhập",
                   "Lượt xem"):
        assert chrome not in text
    assert "- Thứ sáu, phát huy vai trò giám sát của nhân dân." in text
    assert text.rstrip().endswith("(Trưởng phòng Bảo vệ Chính trị nội bộ, Ban Tổ chức Tỉnh ủy)")


def test_footer_rating_widgets_and_contacts_are_removed_body_kept():
    text = _clean("cao-bang-xay-dung-chinh-don-dang.txt")
    for chrome in ("Tổng số điểm", "Click để đánh giá", "Ý kiến bạn đọc", "Những tin mới hơn", "Địa chỉ:",
                   "Điện thoại:", "logoquanlykyhop", "Tổng lượt truy cập", "Bấm vào đây"):
        assert chrome not in text
    assert text.startswith("Tăng cường xây dựng, chỉnh đốn Đảng và hệ thống chính trị")
    assert "kết nạp 6.222 đảng viên mới" in text
    assert text.rstrip().endswith("Trưởng Đoàn đại biểu Quốc hội tỉnh")


def test_duplicated_captions_masks_and_players_are_dropped():
    text = _clean("cao-bang-xay-dung-chinh-don-dang.txt")
    assert text.count("kiểm tra hồ sơ thiết kế, bản vẽ") == 1
    hung = _clean("hung-nguyen-giam-sat-kl21.txt")
    assert not hung.startswith("mask") and "0:00" not in hung and "ảnh 1" not in hung and "Tin mới" not in hung
    assert hung.startswith("Giám sát việc triển khai, thực hiện Kết luận số 21-KL/TW tại huyện Hưng Nguyên")


# --- Cleaning by structure: what looks like chrome only by shape stays; chrome goes by where it stands. ---

_PARA = ("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng tiếp tục quán triệt, triển khai thực hiện "
         "nghiêm túc Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, gắn với thực hiện nhiệm vụ chính trị "
         "của địa phương, đơn vị. ")


def _para(n: int) -> str:
    return f"{_PARA}Đoạn {n}."


def _lines_of(text: str) -> list[str]:
    return text.split("\n")


SHORT_REAL_LINES = ["III", "TP HCM", "COVID", "a", "Kết luận", "NGHIÊN CỨU KỸ, TRIỂN KHAI HIỆU QUẢ", "Hà Nội",
                    "Trong tháng 10", "Quang cảnh hội nghị. Ảnh: Thanh Lê", "25/10/2021", "Chia sẻ kinh nghiệm"]


def test_short_real_lines_survive():
    raw = "\n".join(["Tiêu đề bài viết", _para(1), *SHORT_REAL_LINES, _para(2), "Nguyễn Văn A"])
    assert _lines_of(clean_text(raw)) == ["Tiêu đề bài viết", _para(1), *SHORT_REAL_LINES, _para(2), "Nguyễn Văn A"]


def test_counters_share_bars_and_timestamps_are_removed_anywhere():
    raw = "\n".join([
        "Tiêu đề bài viết", "Chủ nhật - 11/02/2024 23:43", "Lượt xem: 1.234", "Chia sẻ", _para(1),
        "0:00 / 0:00", "14:30", "Đang truy cập: 12", "Click để đánh giá bài viết", "-----",
        "Thống kê truy cập", "• Hôm nay: 436", "• Trong tháng: 16 350", "• Tất cả: 120828",
        "Tổng số điểm của bài viết là: 0 trong 0 đánh giá", _para(2),
    ])
    assert _lines_of(clean_text(raw)) == ["Tiêu đề bài viết", _para(1), _para(2)]


def test_footer_block_after_the_article_is_cut_but_the_signature_stays():
    raw = "\n".join(["Tiêu đề bài viết", _para(1), _para(2), "Phạm Thị Thanh Giang", "(Ban Tổ chức Tỉnh ủy)",
                     "Ý kiến bạn đọc", "image advertisement", "TRANG THÔNG TIN ĐIỆN TỬ TỈNH",
                     "Địa chỉ: Đường Hoàng Văn Thụ, Thành phố Cao Bằng", "Điện thoại: 0206 3853 507",
                     "Email: hdhd@caobang.gov.vn", "quochuy"])
    assert _lines_of(clean_text(raw)) == ["Tiêu đề bài viết", _para(1), _para(2), "Phạm Thị Thanh Giang",
                                          "(Ban Tổ chức Tỉnh ủy)"]


def test_contact_lines_followed_by_article_text_stay():
    body = ["Tiêu đề thông báo", _para(1), "Địa chỉ: số 1 Đường Hoàng Văn Thụ", "Điện thoại: 0206 3853 507",
            _para(2)]
    assert _lines_of(clean_text("\n".join(body))) == body
    # PDF text is wrapped into short lines: a contact line with a page of text after it is not a footer.
    wrapped = ["KẾT LUẬN", *[f"dòng {i} của văn bản, ngắt dòng như khi đọc từ tệp PDF" for i in range(10)],
               "Địa chỉ: số 1 Đường Hoàng Văn Thụ",
               *[f"dòng {i} tiếp theo của văn bản, ngắt dòng như khi đọc từ tệp PDF" for i in range(40)]]
    assert _lines_of(clean_text("\n".join(wrapped))) == wrapped


def test_widget_ids_go_only_at_the_edges():
    raw = "\n".join(["mask", "image banner", "Tiêu đề bài viết", _para(1), "covid", "tp hcm", _para(2),
                     "logoquanlykyhop", "lichcongtac"])
    assert _lines_of(clean_text(raw)) == ["Tiêu đề bài viết", _para(1), "covid", "tp hcm", _para(2)]


def test_a_caption_printed_twice_is_kept_once_and_an_image_label_is_dropped():
    raw = "\n".join(["Tiêu đề bài viết", _para(1), "Tiêu đề bài viết ảnh 1", "Quang cảnh hội nghị. Ảnh: Thanh Lê",
                     "Quang cảnh hội nghị. Ảnh: Thanh Lê", _para(2), "Đại biểu dự hội nghị ảnh 2", _para(3)])
    assert _lines_of(clean_text(raw)) == ["Tiêu đề bài viết", _para(1), "Quang cảnh hội nghị. Ảnh: Thanh Lê",
                                          _para(2), "Đại biểu dự hội nghị ảnh 2", _para(3)]


def _page(title: str, n: int) -> str:
    return "\n".join(["Trang chủ", "Thời sự", title, _para(n), "III", "Kết luận", _para(n + 1),
                      "Báo Nghệ An điện tử", "Liên hệ quảng cáo"])


def test_lines_repeated_on_pages_of_one_site_are_chrome_at_the_page_edges():
    a, b = _page("Bài thứ nhất", 1), _page("Bài thứ hai", 5)
    cleaned = clean_corpus([("Baonghean.vn", a), ("Baonghean.vn", b), ("Báo khác", a)])
    assert _lines_of(cleaned[0]) == ["Bài thứ nhất", _para(1), "III", "Kết luận", _para(2)]
    assert _lines_of(cleaned[1]) == ["Bài thứ hai", _para(5), "III", "Kết luận", _para(6)]
    # Another source, or the page cleaned alone: nothing to compare with, the lines stay.
    assert cleaned[2] == clean_text(a) == a
    assert site_boilerplate([a, b]) >= {"Trang chủ", "Thời sự", "III", "Kết luận", "Báo Nghệ An điện tử"}


def test_one_article_saved_twice_is_not_its_own_boilerplate():
    a = _page("Bài thứ nhất", 1)
    again = a.replace("Đoạn 2.", "Đoạn 2 (sửa).")  # re-scraped, one paragraph edited
    assert site_boilerplate([a, again]) == frozenset()
    assert clean_corpus([("X", a), ("X", again)])[0] == a


def test_sample_boilerplate_of_baonghean():
    from ingest.clean import boilerplate_by_source

    manifest = json.loads((SAMPLE / "manifest.json").read_text(encoding="utf-8"))["files"]
    pages = [(manifest[p.name]["source"], p.read_text(encoding="utf-8")) for p in sorted(SAMPLE.glob("*.txt"))]
    assert boilerplate_by_source(pages)["Baonghean.vn"] == {"mask", "Tin mới"}


def test_load_files_cleans_pages_of_one_source_together(tmp_path):
    from ingest.loaders import expand_paths, load_file, load_files

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(_page("Bài thứ nhất", 1), encoding="utf-8")
    (folder / "b.txt").write_text(_page("Bài thứ hai", 5), encoding="utf-8")
    (folder / "c.txt").write_text(_page("Bài thứ ba", 9), encoding="utf-8")
    (folder / "hong.pdf").write_bytes(b"garbage")
    (folder / "manifest.json").write_text(json.dumps({"files": {
        "a.txt": {"source": "Baonghean.vn"}, "b.txt": {"source": "Baonghean.vn"}, "c.txt": {"source": "Khác"}}}),
        encoding="utf-8")
    docs, skipped = load_files(expand_paths([folder]))
    assert [d.doc_id for d in docs] == ["a", "b", "c"] and [p for p, _ in skipped] == [str(folder / "hong.pdf")]
    a, b, c = docs
    assert a.title == "Bài thứ nhất" and a.text.split("\n") == [_para(1), "III", "Kết luận", _para(2)]
    assert b.title == "Bài thứ hai" and "Báo Nghệ An điện tử" not in b.text
    assert c.title == "Trang chủ" and "Báo Nghệ An điện tử" in c.text  # alone in its source: nothing removed
    assert "Báo Nghệ An điện tử" in load_file(folder / "a.txt").text  # one file alone: no site to compare with


def test_sample_loads_the_same_alone_and_together():
    from ingest.loaders import expand_paths, load_file, load_files

    paths = expand_paths([SAMPLE])
    docs, skipped = load_files(paths)
    assert not skipped
    assert [(d.title, d.text) for d in docs] == [(d.title, d.text) for d in map(load_file, paths)]


def test_clauses_a_statute_repeats_across_articles_are_content():
    from ingest.clean import site_boilerplate

    articles = [f"Luật X – Điều {n}. Tiêu đề {n}\n\n1. Nội dung riêng của điều {n}.\n"
                "2. Chính phủ quy định chi tiết Điều này." for n in range(1, 4)]
    assert "2. Chính phủ quy định chi tiết Điều này." not in site_boilerplate(articles)

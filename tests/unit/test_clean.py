from ingest.clean import clean_text
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

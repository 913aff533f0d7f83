"""Gradio's own words on the page, in Vietnamese.

Gradio 6.31 has no Vietnamese locale, and its ``gr.I18n`` cannot replace Gradio's own English: the bundled
``en`` strings are merged after the app's, so they win (and some labels are not translatable at all, e.g.
"Scroll down", "Clear"). The page's script (``ui.page``) therefore rewrites these exact strings wherever they
appear as text, ``aria-label``, ``title`` or ``placeholder``.
"""

from __future__ import annotations

GRADIO_TEXT: dict[str, str] = {
    # the chat
    "Clear": "Xóa hội thoại",
    "Copy message": "Sao chép",
    "Copied message": "Đã sao chép",
    "Copy conversation": "Sao chép hội thoại",
    "Copied conversation": "Đã sao chép hội thoại",
    "Scroll down": "Xuống cuối hội thoại",
    "chatbot conversation": "Hội thoại",
    "Retry": "Hỏi lại",
    "Undo": "Hoàn tác",
    "Edit": "Sửa",
    "Submit": "Gửi",
    "Cancel": "Hủy",
    "Like": "Thích",
    "Dislike": "Không thích",
    # page chrome, tabs, status and errors
    "More tabs": "Các thẻ khác",
    "Gradio footer navigation": "Liên kết cuối trang",
    "Use via API": "Dùng qua API",
    "Use via API or MCP": "Dùng qua API",
    "Built with Gradio": "Xây dựng bằng Gradio",
    "built with": "xây dựng bằng",
    "Settings": "Cài đặt",
    "Loading": "Đang tải",
    "Loading...": "Đang tải…",
    "processing": "đang xử lý",
    "Error": "Lỗi",
    "Close": "Đóng",
    "Connection errored out.": "Mất kết nối tới máy chủ.",
    "Lost connection due to leaving page. Rejoining queue...": "Mất kết nối vì đã rời trang. Đang kết nối lại…",
    "Waiting for file(s) to finish uploading, please retry.": "Đang chờ tải tệp xong, vui lòng thử lại.",
    "There is a long queue of requests pending. Duplicate this Space to skip.": "Đang có nhiều yêu cầu, xin đợi.",
    # files
    "Drop File Here": "Thả tệp vào đây",
    "Click to Upload": "Bấm để chọn tệp",
    "- or -": "– hoặc –",
    "or": "hoặc",
    "Uploading...": "Đang tải lên…",
    "Remove": "Bỏ",
    "Download": "Tải về",
    "Download All": "Tải về tất cả",
    "Empty": "Trống",
    "Upload file": "Chọn tệp",
    "Upload": "Tải lên",
    "Clear file": "Bỏ tệp",
    # dropdowns and tables
    "Dropdown": "Danh sách chọn",
    "Sort column": "Sắp xếp cột",
    "Sort ascending": "Sắp xếp tăng dần",
    "Sort descending": "Sắp xếp giảm dần",
    "Clear sort": "Bỏ sắp xếp",
    "Filter": "Lọc",
    "Clear filters": "Bỏ lọc",
    "Show password": "Hiện khóa",
    "Hide password": "Ẩn khóa",
    "Copy": "Sao chép",
    "Copied": "Đã sao chép",
}

# aria-labels that start with these go on to repeat a chat message's raw Markdown: replaced whole.
GRADIO_PREFIXES: dict[str, str] = {"user's message: ": "Câu hỏi", "bot's message: ": "Câu trả lời"}

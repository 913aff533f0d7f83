"""The chat's side of the API keys: where a request carries its key, and refusals in Vietnamese."""

from __future__ import annotations

from collections.abc import Mapping

from service.errors import ServiceError

KEY_COOKIE = "hoidap_key"  # the key typed in the page, kept by ``POST /ui/key`` (HttpOnly, path /ui)


def presented_key(headers: Mapping[str, str], cookies: Mapping[str, str]) -> str | None:
    """The key a request carries: sent the API's way (Bearer first, then X-API-Key), else the page's cookie."""
    auth = headers.get("authorization", "")
    if auth.lower().startswith("bearer ") and auth[7:].strip():
        return auth[7:].strip()
    for value in (headers.get("x-api-key"), cookies.get(KEY_COOKIE)):
        if value and value.strip():
            return value.strip()
    return None


def key_message(problem: ServiceError, write: bool) -> str:
    """A key refusal as the person at the page should read it."""
    if problem.error in ("writes_disabled", "reads_disabled"):
        what = "Tải lên và xóa tài liệu" if write else "Đọc dữ liệu"
        return (f"{what} đang tắt vì máy chủ chưa có khóa API nào. Quản trị viên cần đặt HOIDAP_API_KEYS "
                "(các khóa cách nhau bằng dấu phẩy) rồi khởi động lại hoidap.")
    if problem.error == "api_key_required":
        what = "tải lên hoặc xóa tài liệu" if write else "xem trang này"
        return f"Cần khóa API để {what}: nhập khóa vào ô «Khóa API» rồi bấm «Dùng khóa»."
    if problem.error == "invalid_api_key":
        return "Khóa API không đúng. Hãy kiểm tra lại hoặc xin quản trị viên một khóa có trong HOIDAP_API_KEYS."
    return problem.message

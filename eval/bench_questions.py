"""The questions the benchmarks ask: the kinds officials ask, about the sample texts."""

QUESTIONS = [
    "Kết luận 21-KL/TW được ban hành ngày nào?",
    "ket luan 21 ban hanh ngay nao",
    "Giải pháp thứ năm để thực hiện Kết luận 21 ở Nghệ An là gì?",
    "Hội nghị ở Quảng Ninh được kết nối trực tuyến đến bao nhiêu điểm cầu?",
    "KL 14 ban hành ngày nào?",
    "Quy định 205 về nội dung gì?",
    "Kế hoạch 77-KH/TU của ai?",
    "Cao Bằng kết nạp bao nhiêu đảng viên mới?",
    "Mục tiêu của Kết luận 21 là gì?",
    "Nghị quyết 57-NQ/TW về nội dung gì?",
    "Ai là tác giả bài viết về nhiệm vụ, giải pháp ở Nghệ An?",
    "Thứ ba, ở Nghệ An cần làm gì?",
    "Hưng Nguyên còn hạn chế gì khi thực hiện Kết luận 21?",
    "Trương Thị Mai nhấn mạnh điều gì?",
    "HĐND tỉnh Cao Bằng ban hành bao nhiêu nghị quyết?",
    "Năm là, Cao Bằng đổi mới điều gì?",
    "Đề án 03-ĐA/TU về nội dung gì?",
    "Hội nghị giao ban quý III của Ban Tổ chức Trung ương diễn ra khi nào?",
    "Chỉ thị 18-CT/TU ngày nào?",
    "Thi hành kỷ luật bao nhiêu đảng viên ở Cao Bằng?",
]

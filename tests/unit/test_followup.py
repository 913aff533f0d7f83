"""Follow-up questions take their subject from the earlier user turns."""

from __future__ import annotations

import pytest

from rag.query.followup import resolve_followup
from rag.vi.text import fold


def _users(*questions: str) -> list[dict]:
    turns = []
    for q in questions:
        turns += [{"role": "user", "content": q}, {"role": "assistant", "content": "… [1]"}]
    return turns


@pytest.mark.parametrize("history,question,expected", [
    (["Kết luận 14-KL/TW ban hành ngày nào?"], "Nó do cơ quan nào ban hành?",
     "Kết luận 14-KL/TW do cơ quan nào ban hành?"),
    (["Quy định 205 ban hành ngày nào?"], "Văn bản này về nội dung gì?", "Quy định 205 về nội dung gì?"),
    (["KL 21 ban hành ngày nào?"], "Còn KL 14 thì sao?", "KL 14 ban hành ngày nào?"),
    (["KL 21 ban hành ngày nào?", "Còn KL 14 thì sao?"], "Còn Quy định 205 thì sao?",
     "Quy định 205 ban hành ngày nào?"),
    (["KL 21 ban hành ngày nào?"], "Thế còn Kết luận 14 thì thế nào?", "Kết luận 14 ban hành ngày nào?"),
    (["KL 21 ban hành ngày nào?"], "QĐ 205 thì sao?", "QĐ 205 ban hành ngày nào?"),
    (["ket luan 21 ban hanh ngay nao"], "con kl 14 thi sao", "kl 14 ban hanh ngay nao"),
    (["ket luan 14 ban hanh ngay nao"], "no do co quan nao ban hanh", "ket luan 14 do co quan nao ban hanh"),
    (["Nghệ An đề ra bao nhiêu giải pháp thực hiện Kết luận 21?"], "Còn Quảng Ninh thì sao?",
     "Quảng Ninh đề ra bao nhiêu giải pháp thực hiện Kết luận 21?"),
    (["Giải pháp thứ năm của Nghệ An là gì?"], "Còn giải pháp thứ sáu thì sao?",
     "Giải pháp thứ sáu của Nghệ An là gì?"),
    (["Tỉnh ủy Cao Bằng làm gì để xây dựng Đảng?"], "Tỉnh đó có bao nhiêu đảng viên?",
     "Tỉnh Cao Bằng có bao nhiêu đảng viên?"),
    (["Quảng Ninh tổ chức hội nghị quán triệt Kết luận 21 ngày nào?"], "Ai chủ trì hội nghị đó?",
     "Ai chủ trì hội nghị đó? (Kết luận 21, Quảng Ninh)"),
    # Opened by "vậy / thế" (after a "yes"), a question of many words still goes on from the last one.
    (["Hội nghị quán triệt Kết luận 21 ở Quảng Ninh nối bao nhiêu điểm cầu?"],
     "Vậy tổng cộng có bao nhiêu đại biểu tham dự?",
     "Vậy tổng cộng có bao nhiêu đại biểu tham dự? (Kết luận 21, Quảng Ninh)"),
    (["hoi nghi quan triet kl 21 o Quang Ninh noi bao nhieu diem cau"], "u the tong cong co bao nhieu dai bieu du",
     "u the tong cong co bao nhieu dai bieu du (kl 21, Quang Ninh)"),
])
def test_follow_ups_carry_the_subject(history, question, expected):
    assert resolve_followup(question, _users(*history)) == expected


@pytest.mark.parametrize("history,question", [
    ([], "Nó do cơ quan nào ban hành?"),  # nothing to refer back to
    (["Quy định 205 ban hành ngày nào?"], "Kết luận 21 ban hành ngày nào?"),  # names its own document
    (["Quy định 205 ban hành ngày nào?"], "Nghệ An triển khai KL 21 như thế nào?"),
    (["Quy định 205 ban hành ngày nào?"], "Chuyển đổi số là gì?"),  # a new topic, no pointer back
    (["Quy định 205 ban hành ngày nào?"], "Vậy Kết luận 21 ban hành ngày nào?"),  # "vậy", but a document of its own
])
def test_independent_questions_are_left_alone(history, question):
    assert resolve_followup(question, _users(*history)) == question


def test_only_user_turns_carry_the_subject():
    history = [{"role": "assistant", "content": "Kết luận 21-KL/TW ban hành ngày 25/10/2021."},
               {"role": "user", "content": "Cảm ơn"}]
    assert resolve_followup("Nó do cơ quan nào ban hành?", history) == "Nó do cơ quan nào ban hành?"


def test_old_tone_marks_are_unified():
    assert resolve_followup("Văn bản hoá số này là gì?", []) == "Văn bản hóa số này là gì?"


@pytest.mark.parametrize("history,question,expected", [
    (["Điều 7 Luật Vườn cộng đồng quy định gì?"], "Luật này do cơ quan nào ban hành?",
     "Luật Vườn cộng đồng do cơ quan nào ban hành?"),
    (["Điều 7 Luật Vườn cộng đồng quy định gì?"], "Còn Điều 9 thì sao?", "Điều 9 Luật Vườn cộng đồng quy định gì?"),
    (["khoản 2 Điều 7 Luật Vườn cộng đồng quy định gì?"], "Còn Điều 3 Luật Nuôi ong thì sao?",
     "Điều 3 Luật Nuôi ong quy định gì?"),
])
def test_a_law_named_earlier_is_the_subject(history, question, expected):
    assert resolve_followup(question, _users(*history)) == expected


def test_a_person_pronoun_takes_the_person_the_last_answer_named_never_a_place():
    history = [{"role": "user", "content": "Ai quán triệt Kết luận 21 tại hội nghị ở Quảng Ninh?"},
               {"role": "assistant", "content": "Đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy "
                                                "quán triệt Kết luận 21 [1]."}]
    assert resolve_followup("Ông ấy còn giữ những chức vụ gì khác?", history) == \
        "Ông Nguyễn Xuân Ký còn giữ những chức vụ gì khác?"
    # No person named anywhere: the pronoun stays rather than becoming "Ông Quảng Ninh".
    assert resolve_followup("Ông ấy giữ chức vụ gì?", history[:1]) == "Ông ấy giữ chức vụ gì?"


def test_a_place_pronoun_takes_the_place_an_answer_named_of_that_unit():
    history = [{"role": "user", "content": "Hội nghị quán triệt Kết luận 35 ngày 12/3 có bao nhiêu đại biểu?"},
               {"role": "assistant", "content": "Hội nghị do Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức tại huyện "
                                                "Cao Lộc, có 900 đại biểu [1]."}]
    assert resolve_followup("Bí thư Tỉnh ủy của tỉnh đó là ai?", history) == \
        "Bí thư Tỉnh ủy của tỉnh Lạng Sơn là ai?"
    assert resolve_followup("Huyện đó có bao nhiêu xã?", history) == "Huyện Cao Lộc có bao nhiêu xã?"


def test_every_kind_of_pronoun_in_one_question_is_resolved():
    history = [{"role": "user", "content": "Ai làm trưởng đoàn giám sát tại huyện Cao Lộc?"},
               {"role": "assistant", "content": "Đồng chí Hoàng Thị Lan Anh, Trưởng ban Dân vận Tỉnh ủy [1]."}]
    assert resolve_followup("Đoàn của bà ấy làm việc với huyện đó ngày nào?", history) == \
        "Đoàn của bà Hoàng Thị Lan Anh làm việc với huyện Cao Lộc ngày nào?"


def test_places_typed_without_accents_are_read():
    history = [{"role": "user", "content": "Bi thu Tinh uy Lang Son la ai"},
               {"role": "assistant", "content": "Dong chi Hoang Van Binh [1]"}]
    assert resolve_followup("tinh do co bao nhieu dang vien", history) == "tinh Lang Son co bao nhieu dang vien"


def test_an_honorific_before_a_name_is_not_part_of_it():
    # "Ông" is also a family name: "Ông Nguyễn Xuân Ký" is the title, then the name.
    history = [{"role": "user", "content": "Ai chủ trì hội nghị ở Lạng Sơn?"},
               {"role": "assistant", "content": "Ông Hoàng Văn Bình, Bí thư Tỉnh ủy [1]"}]
    assert resolve_followup("Ông ấy giữ chức vụ gì?", history) == "Ông Hoàng Văn Bình giữ chức vụ gì?"


def test_what_about_another_count_asks_it_of_the_same_subject():
    history = _users("Lạng Sơn kết nạp bao nhiêu đảng viên mới từ đầu nhiệm kỳ?")
    assert resolve_followup('Còn số mô hình "Dân vận khéo" thì sao?', history) == \
        'Lạng Sơn có bao nhiêu mô hình "Dân vận khéo"?'


def test_a_continued_question_of_its_own_keeps_the_earlier_context_when_it_names_none():
    history = _users("Lạng Sơn kết nạp bao nhiêu đảng viên mới từ đầu nhiệm kỳ?")
    # It asks its own question: not "Lạng Sơn kết nạp … số đảng viên bị kỷ luật là bao nhiêu?".
    assert resolve_followup("Còn số đảng viên bị kỷ luật là bao nhiêu?", history) == \
        "Còn số đảng viên bị kỷ luật là bao nhiêu? (Lạng Sơn)"
    docs = _users("Lạng Sơn có đề án nào về nâng cao chất lượng cán bộ?")
    question = "Còn đề án cải cách hành chính trong cơ quan Đảng, MTTQ và đoàn thể thì số hiệu là gì?"
    # Names of its own: asked as it is, without the "còn … thì" that only joins it on (words no text has).
    assert resolve_followup(question, docs) == \
        "đề án cải cách hành chính trong cơ quan Đảng, MTTQ và đoàn thể số hiệu là gì?"
    numbered = _users("Đề án 06-ĐA/TU của Cao Bằng về nội dung gì?")
    assert resolve_followup("còn đề án 14-ĐA/TU thì áp dụng cho giai đoạn nào?", numbered) == \
        "đề án 14-ĐA/TU áp dụng cho giai đoạn nào?"
    assert resolve_followup("con de an 14-DA/TU thi ap dung cho giai doan nao", numbered) == \
        "de an 14-DA/TU ap dung cho giai doan nao"


def test_a_document_of_a_type_points_at_the_one_of_that_type_the_last_answer_named():
    history = [{"role": "user", "content": "Quy chế giám sát và phản biện xã hội của MTTQ ban hành theo văn bản nào?"},
               {"role": "assistant", "content": "Theo Quyết định số 217-QĐ/TW."}]
    assert resolve_followup("Quyết định đó được ban hành ngày nào?", history) == \
        "Quyết định số 217-QĐ/TW được ban hành ngày nào?"
    # "Nó", "văn bản này": the question's own subject, not whatever the answer quoted beside it.
    quoted = "“… Kết luận số 21-KL/TW, ngày 15/10/2021 … gắn với Kết luận số 01-KL/TW …”"
    asked = [{"role": "user", "content": "KL 21 ban hành ngày nào?"}, {"role": "assistant", "content": quoted}]
    assert resolve_followup("Văn bản này do cơ quan nào ban hành?", asked) == "KL 21 do cơ quan nào ban hành?"
    assert resolve_followup("Kết luận đó do cơ quan nào ban hành?", asked) == \
        "Kết luận số 21-KL/TW do cơ quan nào ban hành?"


def test_chat_shorthand_for_titles_is_spelled_out():
    assert resolve_followup("Ở Lạng Sơn, Phó BT TT TU là đ/c nào?", []) == \
        "Ở Lạng Sơn, Phó Bí thư Thường trực Tỉnh ủy là đồng chí nào?"
    assert resolve_followup("KL 21-KL/TW và Đề án 05-ĐA/TU của BTV TU", []) == \
        "KL 21-KL/TW và Đề án 05-ĐA/TU của Ban Thường vụ Tỉnh ủy"  # document numbers untouched
    assert resolve_followup("TT 01/2021/TT-BNV quy định gì?", []) == "TT 01/2021/TT-BNV quy định gì?"


def test_shorthand_of_three_letters_or_more_typed_in_lower_case_is_spelled_out():
    assert resolve_followup("kl 14-kl/tw bct ve noi dung gi", []) == "kl 14-kl/tw Bo Chinh tri ve noi dung gi"
    assert resolve_followup("cap uy tinh giam sat bao nhieu luot tcd", []) == \
        "cap uy tinh giam sat bao nhieu luot to chuc dang"
    # Two letters may be a word ("tu" is also "từ"), and a document's code is no shorthand.
    assert resolve_followup("tu dau nhiem ky, quy dinh 15-qd/btc", []) == "tu dau nhiem ky, quy dinh 15-qd/btc"


def test_any_thing_pointed_back_at_takes_the_earlier_context():
    history = _users("Ai làm trưởng đoàn giám sát việc thực hiện KL 21 tại huyện Cao Lộc?")
    assert resolve_followup("Buổi làm việc đó diễn ra vào ngày nào?", history) == \
        "Buổi làm việc đó diễn ra vào ngày nào? (KL 21, huyện Cao Lộc)"
    assert resolve_followup("buoi lam viec do dien ra ngay nao", history) == \
        "buoi lam viec do dien ra ngay nao (KL 21, huyen Cao Loc)"  # still an unaccented question
    # Folded, "này" is also "nay": "đến nay" points at nothing.
    assert resolve_followup("tu dau nhiem ky den nay ket nap bao nhieu dang vien", history) == \
        "tu dau nhiem ky den nay ket nap bao nhieu dang vien"


def test_party_shorthand_for_counted_things_and_quarters_is_spelled_out():
    assert resolve_followup("Từ đầu NK đến nay tỉnh giám sát bao nhiêu lượt TCĐ?", []) == \
        "Từ đầu nhiệm kỳ đến nay tỉnh giám sát bao nhiêu lượt tổ chức đảng?"
    assert resolve_followup("BTC TU dự giao ban QIII/2021 là ai?", []) == \
        "Ban Tổ chức Tỉnh ủy dự giao ban quý III/2021 là ai?"
    assert resolve_followup("Thông tư 01/2021/TT-BTC quy định gì?", []) == "Thông tư 01/2021/TT-BTC quy định gì?"
    # Typed without accents, "ĐV" and "TCĐ" lose the bar of their "Đ".
    assert resolve_followup("Cao Bang ket nap duoc bao nhieu DV moi?", []) == \
        "Cao Bang ket nap duoc bao nhieu dang vien moi?"
    assert resolve_followup("tinh giam sat bao nhieu luot TCD", []) == "tinh giam sat bao nhieu luot to chuc dang"


def test_chi_ay_and_anh_ay_point_back_at_the_person_the_last_answer_named():
    history = [{"role": "user", "content": "Ai viết bài về nhiệm vụ, giải pháp thực hiện Kết luận 21 ở Nghệ An?"},
               {"role": "assistant", "content": "Bài viết của tác giả Phạm Thị Thanh Giang."}]
    assert resolve_followup("Chị ấy làm trưởng phòng nào?", history) == \
        "Chị Phạm Thị Thanh Giang làm trưởng phòng nào?"


def test_a_question_too_short_for_a_subject_of_its_own_asks_about_the_last_one():
    history = _users("KH 77-KH/TU thực hiện kết luận HNTW 4 do ai ban hành?")
    assert resolve_followup("ban hành ngày nào?", history) == "ban hành ngày nào? (KH 77-KH/TU)"
    assert resolve_followup("Ai ký?", history) == "Ai ký? (KH 77-KH/TU)"
    # A topic of its own, or a value question with a subject of its own, is left alone.
    assert resolve_followup("Chuyển đổi số là gì?", history) == "Chuyển đổi số là gì?"
    assert resolve_followup("Hội nghị ở Quảng Ninh có bao nhiêu đại biểu?", history) == \
        "Hội nghị ở Quảng Ninh có bao nhiêu đại biểu?"


def test_a_place_carried_from_an_earlier_turn_keeps_its_unit():
    history = [{"role": "user", "content": "Báo Nghệ An đưa tin gì về việc giám sát Kết luận 21-KL/TW ở huyện Hưng "
                                           "Nguyên?"},
               {"role": "assistant", "content": "Đoàn giám sát đã làm việc với Ban Thường vụ Huyện ủy Hưng Nguyên."}]
    resolved = resolve_followup("Buổi làm việc đó diễn ra vào ngày nào?", history)
    # The district is read as the district it is; the sentence's first word is no part of the province's name.
    assert "huyện Hưng Nguyên" in resolved and "Báo Nghệ An" not in resolved, resolved


def test_an_item_by_position_is_of_the_list_the_earlier_question_asked_for():
    history = [{"role": "user", "content": "Bài viết về Nghệ An đề xuất những nhiệm vụ, giải pháp nào để thực hiện "
                                           "Kết luận 21-KL/TW?"},
               {"role": "assistant", "content": "Bài viết nêu sáu nhiệm vụ, giải pháp."}]
    assert resolve_followup("Cái thứ hai là gì?", history) == \
        "nhiệm vụ, giải pháp thứ hai là gì? (Kết luận 21-KL/TW, Nghệ An)"
    assert resolve_followup("cái cuối cùng là gì", history).startswith("nhiệm vụ, giải pháp cuối cùng là gì")
    # "Thế …" only joins it on.
    assert resolve_followup("Thế cái thứ năm là gì?", history) == \
        "nhiệm vụ, giải pháp thứ năm là gì? (Kết luận 21-KL/TW, Nghệ An)"
    # Without a list asked for before, the question is left to the other readings.
    assert not resolve_followup("Cái thứ hai là gì?", _users("Kết luận 21-KL/TW ban hành ngày nào?")).startswith(
        "nhiệm vụ")


def test_an_item_among_those_takes_the_earlier_question_as_its_context():
    history = [{"role": "user", "content": "Đến cuối năm 2021, ngành tổ chức cần chuẩn bị triển khai mấy hội nghị?"},
               {"role": "assistant", "content": "3 hội nghị."}]
    assert resolve_followup("hội nghị thứ hai trong số đó là hội nghị gì?", history) == (
        "hội nghị thứ hai trong số đó là hội nghị gì? "
        "(Đến cuối năm 2021, ngành tổ chức cần chuẩn bị triển khai mấy hội nghị)")


def test_chat_words_and_shorthand_without_a_vowel_are_spelled_out_in_lower_case():
    assert resolve_followup("kh 77-KH/TU ngay bn vay", []) == "kh 77-KH/TU ngay bao nhieu vay"
    assert resolve_followup("tu dau nhiem ky den nay cao bang ket nap dc bao nhieu dv moi", []) == \
        "tu dau nhiem ky den nay cao bang ket nap duoc bao nhieu dang vien moi"
    # "đc" opening a question, or asking which one, is a comrade; elsewhere it is "được".
    assert resolve_followup("dc cao tuong huy chuc vu gi", []) == "dong chi cao tuong huy chuc vu gi"
    assert resolve_followup("KL 21 do đc nào ký?", []) == "KL 21 do đồng chí nào ký?"
    # "DC" in capitals before a family name is one too ("Duoc Le Duc Cuong" had been checked as a name); before a
    # body it is "được"
    assert resolve_followup("Cho biet chuc vu DC Le Duc Cuong du tai diem cau Nghe An.", []) == \
        "Chuc vu dong chi Le Duc Cuong du tai diem cau Nghe An la gi?"
    assert resolve_followup("Bao nhieu nguoi DC Tinh uy khen thuong?", []) == \
        "Bao nhieu nguoi Duoc Tinh uy khen thuong?"
    assert resolve_followup("KL 21 có đúng ban hành 25/10 ko?", []) == "KL 21 có đúng ban hành 25/10 không?"
    # After a title "tu" is the provincial committee, "tt" its standing member; elsewhere "tu" is a word.
    assert resolve_followup("pho bt tt tu quang ninh la ai", []) == "pho Bi thu thuong truc Tinh uy quang ninh la ai"
    assert resolve_followup("tu dau nhiem ky", []) == "tu dau nhiem ky"
    # "cv gì" asks for titles, "dk" ending a question is "được không", "KL" done to a member is "kỷ luật".
    assert resolve_followup("ba ay giu nhung cv gi", []) == "ba ay giu nhung chuc vu gi"
    assert resolve_followup("hoc tap KL21 da thuong xuyen roi dk", []) == \
        "hoc tap KL21 da thuong xuyen roi duoc khong"
    assert resolve_followup("UBKT thi hanh KL bn DV", []) == "Uy ban Kiem tra thi hanh ky luat bao nhieu dang vien"
    assert resolve_followup("thi hành KL 21 thế nào?", []) == "thi hành KL 21 thế nào?"  # a kết luận by its number
    assert resolve_followup("nganh to chuc XDĐ", []) == "nganh to chuc xay dung Dang"
    # A board by its initials after "Ban"; a date typed with dashes or dots is written with slashes.
    assert resolve_followup("Giao ban của Ban TC TW là họp trực tuyến?", []) == \
        "Giao ban của Ban Tổ chức Trung ương là họp trực tuyến?"
    assert resolve_followup("NQ 08-NQ/TU ngày 25-11-2021 về nội dung gì?", []) == \
        "NQ 08-NQ/TU ngày 25/11/2021 về nội dung gì?"
    assert resolve_followup("QĐ 2993 ngày 8.7.2019 và 1.250.000 đồng", []) == "QĐ 2993 ngày 8/7/2019 và 1.250.000 đồng"


def test_a_follow_up_typed_without_accents_keeps_the_thi_of_thi_hanh():
    history = [{"role": "user", "content": "Cao Bang cap uy thi hanh ky luat bao nhieu dang vien"},
               {"role": "assistant", "content": "346 đảng viên."}]
    assert resolve_followup("con UBKT cac cap thi hanh KL bn DV", history) == \
        "Uy ban Kiem tra cac cap thi hanh ky luat bao nhieu dang vien"


def test_a_document_pointed_back_at_that_the_question_names_itself_takes_no_earlier_subject():
    history = [{"role": "user", "content": "Giải pháp thứ tư ở Nghệ An là gì?"},
               {"role": "assistant", "content": "Tập trung xây dựng đội ngũ cán bộ các cấp."}]
    question = "Trong đó có nhắc Kết luận 14-KL/TW, kết luận này ban hành ngày nào?"
    assert resolve_followup(question, history) == question


def test_a_followup_typed_in_lower_case_replaces_the_place_of_the_question_before():
    history = [{"role": "user", "content": "bi thu tu cao bang la ai"},
               {"role": "assistant", "content": "Đồng chí Trần Hồng Minh, Bí thư Tỉnh ủy Cao Bằng."}]
    # Capitals first, as the corpus writes the names: "Cao Bang" is then replaced, not the body's "Tinh".
    capitalise = {"cao bang": "Cao Bang", "quang ninh": "Quang Ninh"}

    def capitals(text: str) -> str:
        for lower, upper in capitalise.items():
            text = text.replace(lower, upper)
        return text
    assert resolve_followup("con quang ninh thi sao", history, capitals) == "bi thu Tinh uy Quang Ninh la ai"


def test_a_document_pointed_back_at_by_its_code_is_the_one_named_before():
    history = [{"role": "user", "content": "qd 205 cua bct ngay nao"},
               {"role": "assistant", "content": "Quy định số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị."}]
    # Still a question typed without accents, with the document written as the answer named it.
    assert resolve_followup("qđ do noi ve gi", history) == "Quy dinh so 205-QD/TW noi ve gi"


def test_a_discourse_opening_does_not_give_a_short_followup_a_subject_of_its_own():
    history = _users("hoi nghi quan triet KL 21 o Quang Ninh ket noi bao nhieu diem cau")
    assert resolve_followup("the co bao nhieu dai bieu du", history) == \
        "the co bao nhieu dai bieu du (KL 21, Quang Ninh)"


def test_the_capitalised_words_of_a_body_are_no_name_of_the_conversation():
    from rag.query.followup import _names_of
    assert _names_of("Ban Thường vụ Huyện ủy Hưng Nguyên làm việc với đoàn") == ["Hưng Nguyên"]
    assert _names_of("Ban Tổ chức Trung ương họp giao ban", bodies=True) == ["Ban Tổ chức Trung ương"]


def test_a_document_pointed_back_at_within_one_question_is_the_one_its_context_names():
    from rag.query.followup import document_pointed_back
    context = "Tại hội nghị, Bí thư Tỉnh ủy có nhắc đến KL 21 và Chỉ thị 18-CT/TU của Ban Thường vụ Tỉnh ủy."
    assert document_pointed_back("Chỉ thị này đề ngày nào?", context) == "Chỉ thị 18-CT/TU đề ngày nào?"
    # "Văn bản này" could be either; a question naming its own document needs none.
    assert document_pointed_back("Văn bản này đề ngày nào?", context) is None
    assert document_pointed_back("Kết luận 14 đề ngày nào?", context) is None
    # A document given by its number alone is of the type its code says: "68/NQ-HĐND" is a nghị quyết.
    context = "Bí thư Tỉnh ủy có nhắc tới một nghị quyết của HĐND tỉnh mang số 68/NQ-HĐND"
    assert document_pointed_back("nghị quyết đó đề ngày nào?", context) == "68/NQ-HĐND đề ngày nào?"
    assert document_pointed_back("kế hoạch đó đề ngày nào?", context) is None


def test_a_document_typed_with_its_code_is_pointed_back_at_by_its_type_or_as_the_only_one_named():
    from rag.query.followup import document_pointed_back
    context = "Trong giải pháp thứ tư của bài về Nghệ An có nêu QĐ số 205-QĐ/TW ngày 23/9/2019 của Bộ Chính trị."
    assert document_pointed_back("Xin hỏi quy định đó về vấn đề gì ạ?", context) == \
        "Xin hỏi QĐ số 205-QĐ/TW về vấn đề gì ạ?"
    assert document_pointed_back("Kết luận đó về vấn đề gì?", context) is None
    # "văn bản đó" with one document told before it is that document; with two it could be either.
    one = "Trong giải pháp đó có nhắc Quy định số 09-QĐ/TU ngày 20/9/2021 của Ban Thường vụ Tỉnh uỷ"
    assert document_pointed_back("văn bản đó về việc gì?", one) == "Quy định số 09-QĐ/TU về việc gì?"
    two = "Bài có nhắc Quy định số 09-QĐ/TU và Kết luận số 14-KL/TW"
    assert document_pointed_back("văn bản đó về việc gì?", two) is None


def test_official_shorthand_for_fields_of_work_is_spelled_out():
    assert resolve_followup("thế phần KT-XH trong NQ 08 thì đ/c nào quán triệt", []) == \
        "thế phần kinh tế - xã hội trong NQ 08 thì đồng chí nào quán triệt"
    assert resolve_followup("nhiem vu qp-an nam 2022 la gi", []) == "nhiem vu quoc phong - an ninh nam 2022 la gi"


def test_chat_letters_no_vietnamese_word_is_spelt_with_are_spelled_out():
    assert resolve_followup("quy dinh 205 noi ve cai j", []) == "quy dinh 205 noi ve cai gi"
    assert resolve_followup("kl21 trien khai ntn", []) == "kl21 trien khai nhu the nao"
    # A lone "k" ends a question as "không", "z" as "vậy"; a statute's "điểm k" stays.
    assert resolve_followup("trưởng đoàn là phó bí thư tỉnh ủy đúng k nhỉ", []) == \
        "trưởng đoàn là phó bí thư tỉnh ủy đúng không nhỉ"
    assert resolve_followup("cao bang khoi cong tuyen cao toc nao z", []) == \
        "cao bang khoi cong tuyen cao toc nao vay"
    assert resolve_followup("truong hop nao quy dinh tai diem k", []) == "truong hop nao quy dinh tai diem k"


@pytest.mark.parametrize("question,read", [
    ("bài nhiệm vụ giải pháp ở nghệ an là ai viết dậy", "bài nhiệm vụ giải pháp ở nghệ an là ai viết vậy"),
    ("ket luan 21 ban hanh ngay nao dzậy", "ket luan 21 ban hanh ngay nao vay"),  # read as typed: without marks
    ("hội nghị giao ban có làm trực tuyến hông", "hội nghị giao ban có làm trực tuyến không"),
    ("o hung nguyen co lam thuong xuyen hong", "o hung nguyen co lam thuong xuyen khong"),
    ("hội nghị ở quảng ninh có nhiêu đại biểu tham dự", "hội nghị ở quảng ninh có bao nhiêu đại biểu tham dự"),
    # Read before a question mostly typed without accents loses its marks ("nhiêu" would be "nhiều" then).
    ("cao bang thi hành kỷ luật nhiêu dang vien", "cao bang thi hanh ky luat bao nhieu dang vien"),
    # "nhiều" (many) and a "bao nhiêu" already written stay; "hồng" is no "không" without "có" before it.
    ("nghệ an kết nạp nhiều đảng viên mới", "nghệ an kết nạp nhiều đảng viên mới"),
    ("có bao nhiêu đại biểu", "có bao nhiêu đại biểu"),
    ("hoa hong", "hoa hong"),
    # Said to the listener, with Southern words inside: "dậy cô", "mấy ổng" (they), "tui", "hổng biết" (I wonder),
    # "hồi ngày nào" (on what day), "bữa đó" (that day), and a doubt said after the question.
    ("Dạ cô ơi, ở Cao Bằng mấy ổng kết nạp được nhiêu đảng viên mới dậy?",
     "Dạ cô ơi, ở Cao Bằng họ kết nạp được bao nhiêu đảng viên mới vậy?"),
    ("Tui nghe mô hình Dân vận khéo trên Cao Bằng á, hổng biết mấy ổng duy trì được nhiêu mô hình rồi cô?",
     "Tôi nghe mô hình Dân vận khéo trên Cao Bằng, họ duy trì được bao nhiêu mô hình rồi?"),
    ("Bài của ổng đăng hồi ngày nào dậy cô?", "Bài của ông ấy đăng ngày nào vậy?"),
    ("Dự án cao tốc được khởi công hồi nào?", "Dự án cao tốc được khởi công khi nào?"),
    ("Bí thư Huyện ủy Hưng Nguyên tên gì dậy cô, cái ông tiếp đoàn bữa đó á?",
     "Bí thư Huyện ủy Hưng Nguyên tên gì vậy, cái ông tiếp đoàn hôm đó?"),
    ("Bà Mai là Trưởng ban Tuyên giáo phải hông cô? Hay tui nhớ lộn?", "Bà Mai là Trưởng ban Tuyên giáo phải không?"),
    # Whom a question is said to goes only after what ends it: "của anh" may be what is asked.
    ("Ai là bí thư của anh?", "Ai là bí thư của anh?"),
])
def test_southern_speech_typed_as_said_is_read_as_written(question, read):
    assert resolve_followup(question, []) == read


@pytest.mark.parametrize("question,read", [
    ("Quy dinh so 37-QD/TW - issue date?", "Quy dinh so 37-QD/TW - ngay ban hanh?"),
    ("Kết luận số 14-KL/TW - nội dung (subject)?", "Kết luận số 14-KL/TW - nội dung?"),
    ("Ai ky (signer) Ket luan so 21-KL/TW?", "Ai ky Ket luan so 21-KL/TW?"),
    ("Publish date của bài 'Tăng cường xây dựng Đảng'?", "Ngày đăng của bài 'Tăng cường xây dựng Đảng'?"),
    ("List cac lanh dao du hoi nghi?", "Liet ke cac lanh dao du hoi nghi?"),
    # A bracket that is no English gloss stays.
    ("Ai quán triệt (KL 21) ở Quảng Ninh?", "Ai quán triệt (KL 21) ở Quảng Ninh?"),
])
def test_english_asking_words_a_portal_mixes_in_are_read_in_vietnamese(question, read):
    assert resolve_followup(question, []) == read


def test_nguoi_do_and_tac_gia_do_point_back_at_the_person_the_last_answer_named():
    history = [{"role": "user", "content": "Bài về Kết luận 21 ở Nghệ An của tác giả nào?"},
               {"role": "assistant", "content": "Tác giả là Phạm Thị Thanh Giang, Ban Tổ chức Tỉnh ủy Nghệ An."}]
    # "người" is no word one calls someone by before the name: the person replaces it.
    assert resolve_followup("Người đó là trưởng phòng nào?", history) == \
        "Phạm Thị Thanh Giang là trưởng phòng nào?"
    assert resolve_followup("Tác giả đó làm trưởng phòng nào?", history) == \
        "Tác giả Phạm Thị Thanh Giang làm trưởng phòng nào?"


def test_con_x_thi_asking_a_question_of_its_own_is_not_the_previous_one_asked_again():
    history = [{"role": "user", "content": "Bài về Kết luận 21 ở Nghệ An có nêu mục tiêu của tỉnh đến năm 2025 không?"},
               {"role": "assistant", "content": "Đến năm 2025 Nghệ An trở thành tỉnh khá trong khu vực."}]
    resolved = resolve_followup("Còn mốc năm 2030 thì tỉnh đặt mục tiêu trở thành tỉnh như thế nào?", history)
    assert resolved.startswith("Còn mốc năm 2030 thì tỉnh đặt mục tiêu trở thành tỉnh như thế nào?")
    assert "2025" not in resolved
    assert resolve_followup("Còn năm 2030 thì sao?", history) != "Còn năm 2030 thì sao?"  # asked again of 2030


def test_nd_before_what_asks_of_it_is_noi_dung_not_a_decree():
    assert resolve_followup("QĐ 11 nói về nd gì?", []) == "QĐ 11 nói về nội dung gì?"
    assert resolve_followup("nd 30/2020 quy định gì", []) == "nd 30/2020 quy định gì"


def test_a_followup_typed_without_accents_stays_without_them_when_resolved():
    # Written with accents into an unaccented question, "ở" or "có bao nhiêu" would make it read as typed with
    # accents (and the words around them then as misspelt).
    history = [{"role": "user", "content": "tai diem cau Nghe An cua buoi giao ban quy III co pho bi thu nao du?"},
               {"role": "assistant", "content": "dong chi Nguyen Van Thong - Pho Bi thu Thuong truc Tinh uy."}]
    resolved = resolve_followup("con truong ban to chuc tinh uy du o do la ai?", history)
    assert resolved.endswith("du o Nghe An la ai?")
    history = [{"role": "user", "content": "Từ đầu nhiệm kỳ cấp ủy ở Cao Bằng kiểm tra bao nhiêu lượt tổ chức Đảng?"},
               {"role": "assistant", "content": "3.658 lượt tổ chức Đảng."}]
    assert resolve_followup("con so luot dang vien duoc kiem tra thi sao", history) == \
        "Cao Bang co bao nhieu luot dang vien duoc kiem tra?"
    assert resolve_followup("Còn số lượt đảng viên được kiểm tra thì sao?", history) == \
        "Cao Bằng có bao nhiêu lượt đảng viên được kiểm tra?"


@pytest.mark.parametrize("question,expected", [
    ("trong giai phap do thi can chu trong kiem tra, giam sat ai a?", "trong giai phap thu nam thi"),
    ("Nhiệm vụ này nhấn mạnh điều gì?", "giải pháp thứ năm nhấn mạnh"),
])
def test_an_item_pointed_back_at_is_the_item_the_earlier_question_named_by_its_place(question, expected):
    history = [{"role": "user", "content": "Theo bài ở Nghệ An, giải pháp thứ năm để thực hiện Kết luận 21 là gì ạ?"},
               {"role": "assistant", "content": "Thứ năm là tăng cường công tác kiểm tra, giám sát, kỷ luật đảng."}]
    resolved = resolve_followup(question, history)
    assert expected in resolved and "nghe an" in fold(resolved)


@pytest.mark.parametrize("history,question,expected", [
    # The other term characterised the same way.
    ([{"role": "user", "content": "Theo Kết luận 21 (được quán triệt ở Quảng Ninh), xây là nhiệm vụ như thế nào?"},
      {"role": "assistant", "content": "Xây là nhiệm vụ cơ bản, chiến lược, lâu dài."}],
     "Còn chống?", "Theo Kết luận 21 (được quán triệt ở Quảng Ninh), chống là nhiệm vụ như thế nào?"),
    # Another figure of the same subject: the earlier action and counted thing are not asked again.
    ([{"role": "user", "content": "HĐND tỉnh Cao Bằng ban hành bao nhiêu nghị quyết?"},
      {"role": "assistant", "content": "HĐND tỉnh Cao Bằng đã ban hành 229 nghị quyết."}],
     "Còn tỷ lệ cử tri đi bầu thì sao?", "tỷ lệ cử tri đi bầu là bao nhiêu? (tỉnh Cao Bằng)"),
    # A plenum said in words is the document the conversation is about.
    ([{"role": "user", "content": "nghị quyết trung ương bảy khóa mười hai đề ra mấy nhiệm vụ"},
      {"role": "assistant", "content": "Nghị quyết Hội nghị Trung ương 7 (khóa XII) đề ra 8 nhiệm vụ."}],
     "còn đột phá thì mấy cái", "còn đột phá thì mấy cái (nghị quyết trung ương 7)"),
])
def test_what_about_something_else_asks_the_earlier_question_of_it(history, question, expected):
    assert resolve_followup(question, history) == expected


def test_a_province_the_conversation_named_without_its_unit_is_the_one_a_bare_tinh_acting_is():
    history = [{"role": "user", "content": "Cao Bằng lồng ghép nội dung phòng chống tham nhũng vào giảng dạy ở bao "
                                           "nhiêu trường"},
               {"role": "assistant", "content": "Ở 30 trường trung học phổ thông."}]
    # "mà tỉnh xuất bản": the province acting in a relative clause; "thế" only joins the question on.
    assert resolve_followup("thế cuốn tài liệu mà tỉnh xuất bản tên là gì", history) == \
        "thế cuốn tài liệu mà tỉnh Cao Bằng xuất bản tên là gì"
    # "tỉnh ủy", "tỉnh nào" are no province acting (written as typed; "thế" still goes on from the earlier subject).
    assert resolve_followup("thế tài liệu mà tỉnh ủy xuất bản tên là gì", history) == \
        "thế tài liệu mà tỉnh ủy xuất bản tên là gì (Cao Bằng)"
    assert resolve_followup("tài liệu mà tỉnh nào xuất bản", []) == "tài liệu mà tỉnh nào xuất bản"
    # Acted with: "làm việc với huyện" after a conversation about Hưng Nguyên.
    visit = [{"role": "user", "content": "Đoàn giám sát về huyện Hưng Nguyên do ai làm trưởng đoàn?"},
             {"role": "assistant", "content": "Đồng chí Nguyễn Thị Thu Hường."}]
    assert resolve_followup("Bà ấy làm việc với huyện vào buổi sáng ngày nào?", visit) == \
        "Bà Nguyễn Thị Thu Hường làm việc với huyện Hưng Nguyên vào buổi sáng ngày nào?"


def test_a_unit_named_without_its_name_in_a_follow_up_is_the_place_the_conversation_is_about():
    history = [{"role": "user", "content": "Ai làm trưởng đoàn giám sát Kết luận 21 ở Hưng Nguyên?"},
               {"role": "assistant", "content": "Đồng chí Nguyễn Thị Thu Hường, Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An"}]
    assert resolve_followup("Lúc đó huyện đã thực hiện kết luận đó được bao lâu rồi?", history) == \
        "Lúc đó huyện Hưng Nguyên đã thực hiện Kết luận 21 được bao lâu rồi?"
    # The province a unit names is the latest of that unit; "huyện" with a name of its own stays.
    assert resolve_followup("Tỉnh đã kết nạp bao nhiêu đảng viên?", history) == \
        "Tỉnh Nghệ An đã kết nạp bao nhiêu đảng viên?"
    assert resolve_followup("Huyện Nam Đàn đã làm gì?", history) == "Huyện Nam Đàn đã làm gì?"


def test_a_title_alone_after_asking_who_attended_asks_its_holder_there():
    history = [{"role": "user", "content": "hội nghị quán triệt KL21 ở Quảng Ninh ai dự"},
               {"role": "assistant", "content": "Có đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy."}]
    assert resolve_followup("còn phó bí thư thường trực?", history) == \
        "phó bí thư thường trực là ai? (KL21, Quảng Ninh)"


def test_the_word_for_titles_alone_asks_the_titles_of_the_person_the_last_answer_named():
    history = [{"role": "user", "content": "truong doan giam sat kl21 hung nguyen"},
               {"role": "assistant", "content": "Đồng chí Nguyễn Thị Thu Hường làm trưởng đoàn giám sát."}]
    assert resolve_followup("chuc vu?", history) == "Nguyễn Thị Thu Hường chuc vu?"
    assert resolve_followup("chức vụ gì?", history) == "Nguyễn Thị Thu Hường chức vụ gì?"


def test_a_dictated_follow_up_opening_with_a_filler_or_pointing_with_day_keeps_its_subject():
    history = [{"role": "user", "content": "ai làm trưởng đoàn giám sát kết luận 21 ở huyện Hưng Nguyên"},
               {"role": "assistant", "content": "Đồng chí Nguyễn Thị Thu Hường, Trưởng ban Tuyên giáo Tỉnh ủy."}]
    assert resolve_followup("ừ thế đoàn của bà ấy làm việc ở đấy hôm nào", history) == \
        "thế đoàn của bà Nguyễn Thị Thu Hường làm việc ở huyện Hưng Nguyên ngày nào"


def test_a_follow_up_asking_two_facts_of_the_document_by_their_words_alone_takes_it_as_context():
    history = [{"role": "user", "content": "KL 21-KL/TW ban hành ngày nào?"},
               {"role": "assistant", "content": "25/10/2021."}]
    assert resolve_followup("Cơ quan nào ban hành, khóa mấy?", history) == \
        "Cơ quan nào ban hành, khóa mấy? (KL 21-KL/TW)"



def test_another_writing_in_a_follow_up_tells_of_the_conversations_document():
    history = [{"role": "user", "content": "KL21 ban hành ngày nào theo bài Quảng Ninh?"},
               {"role": "assistant", "content": "Ngày 25/10/2021."}]
    assert resolve_followup("Còn bài Cao Bằng thì ghi ngày nào?", history) == "bài Cao Bằng ghi KL21 ngày nào?"
    # The same question asked again, read in that writing instead.
    assert resolve_followup("Còn bài Cao Bằng thì sao?", history) == "Theo bài Cao Bằng, KL21 ban hành ngày nào?"
    # A writing telling of a document of its own keeps it.
    assert resolve_followup("Còn bài Cao Bằng thì ghi KL 14 ngày nào?", history) == "bài Cao Bằng ghi KL 14 ngày nào?"
    # The document pointed back at takes its place, once.
    assert resolve_followup("Còn bài ở Cao Bằng thì ghi kết luận đó ngày nào?", history) == \
        "bài ở Cao Bằng ghi KL21 ngày nào?"


def test_a_document_just_named_points_back_as_that_document_does():
    history = [{"role": "user", "content": "Bài về Nghệ An có nhắc QĐ 205 về kiểm soát quyền lực không?"},
               {"role": "assistant", "content": "Có, Quy định số 205-QĐ/TW của Bộ Chính trị."}]
    assert resolve_followup("Văn bản vừa nói được ban hành ngày nào?", history) == "QĐ 205 được ban hành ngày nào?"
    assert resolve_followup("van ban vua neu ban hanh ngay nao", history) == "QD 205 ban hanh ngay nao"


def test_the_next_or_previous_item_asks_the_earlier_question_of_the_item_beside():
    history = [{"role": "user", "content": "Trong bài về Nghệ An, giải pháp thứ ba là gì?"},
               {"role": "assistant", "content": "Tăng cường giáo dục chính trị, tư tưởng."}]
    assert resolve_followup("Còn giải pháp kế tiếp sau đó là gì?", history) == \
        "Trong bài về Nghệ An, giải pháp thứ tư là gì?"
    assert resolve_followup("Giải pháp liền trước là gì?", history) == "Trong bài về Nghệ An, giải pháp thứ hai là gì?"
    folded = [{"role": "user", "content": "giai phap thu ba o nghe an la gi"}, history[1]]
    assert resolve_followup("con giai phap tiep theo", folded) == "giai phap thu tu o nghe an la gi"


def test_a_figure_asked_of_nothing_is_of_what_the_earlier_count_counted():
    history = [{"role": "user", "content": "Từ đầu nhiệm kỳ Cao Bằng kết nạp được bao nhiêu đảng viên mới?"},
               {"role": "assistant", "content": "6.222 đảng viên mới."}]
    assert resolve_followup("Tính bình quân mỗi năm thì là bao nhiêu?", history) == \
        "Tính bình quân mỗi năm thì là bao nhiêu? (Từ đầu nhiệm kỳ Cao Bằng kết nạp được bao nhiêu đảng viên mới)"
    # "bao nhiêu người" counts anyone: the same.
    assert resolve_followup("Vậy bình quân mỗi năm là bao nhiêu người?", history).endswith(
        "(Từ đầu nhiệm kỳ Cao Bằng kết nạp được bao nhiêu đảng viên mới)")
    # A count of a thing of its own is not.
    assert "(" not in resolve_followup("Tính bình quân mỗi năm kết nạp bao nhiêu đảng viên ở Nghệ An?", history)


def test_what_the_asker_adds_of_themselves_after_asking_is_no_part_of_the_question():
    assert resolve_followup("Bài về Cao Bằng được đăng vào ngày nào? Tôi thấy đầu bài có ghi thứ và giờ nhưng không "
                            "nhớ rõ.", []) == "Bài về Cao Bằng được đăng vào ngày nào?"
    assert resolve_followup("Câu đó là của ai nói vậy? Tôi đọc trên báo mà quên mất tên.", []) == \
        "Câu đó là của ai nói vậy?"
    # Told before the question, it is the question's context; a second question stays.
    told = "Tôi nghe nói Quảng Ninh kết nối 50 điểm cầu. Có đúng không?"
    assert resolve_followup(told, []) == told
    assert resolve_followup("Bài đăng trên trang nào? Nếu đăng lại thì ghi nguồn thế nào?", []) == \
        "Bài đăng trên trang nào? Nếu đăng lại thì ghi nguồn thế nào?"
    # What it adds may name what is asked about ("… ở Quảng Bình"): then it stays.
    named = "Đồng chí Mai quê ở tỉnh nào? Tôi nghe nói đồng chí ấy từng công tác ở Quảng Bình."
    assert resolve_followup(named, []) == named


@pytest.mark.parametrize("question,read", [
    ("QĐ 205-QĐ/TW topic?", "QD 205-QD/TW noi dung?"),  # read as an unaccented question, as typed
    ("meeting ở Quảng Ninh online bao nhiêu điểm cầu?", "hội nghị ở Quảng Ninh trực tuyến bao nhiêu điểm cầu?"),
    ("Ban TCTW done bao nhiêu đề án?", "Ban Tổ chức Trung ương hoàn thành bao nhiêu đề án?"),
    # A gloss in English of other words, and a request to check, are left out; "offline" is "trực tiếp".
    ("Cao Bằng kết nạp bao nhiêu đảng viên mới (new Party members)?", "Cao Bằng kết nạp bao nhiêu đảng viên mới?"),
    ("check giúp mình KL 21 ban hành ngày nào", "KL 21 ban hành ngày nào"),
    ("xem ho so ve Ket luan 21 o dau", "xem ho so ve Ket luan 21 o dau"),  # "xem hồ sơ", no request
    ("kl 14-kl/tw noi ve van de j v, check giup...", "kl 14-kl/tw noi ve van de gi vay..."),
    ("giao ban là họp offline hay online?", "giao ban là họp trực tiếp hay trực tuyến?"),
    # English word order and words kept: "Cái gì là X?" asks "X là gì?"; "issue", "post", "Is it true …".
    ("Cái gì là chức vụ của đồng chí Lê Đức Cường?", "chức vụ của đồng chí Lê Đức Cường là gì?"),
    ("ai là người issue nó?", "ai là người ban hành nó?"),
    ("Is it true rằng KL 21 ban hành ngày 25/10/2021?", "Có đúng là KL 21 ban hành ngày 25/10/2021?"),
    # A bracket in capitals or of Vietnamese syllables is no English gloss; "V" in capitals is a term.
    ("Hội đồng (UBND) nào?", "Hội đồng (UBND) nào?"),
    ("Đại hội khóa V?", "Đại hội khóa V?"),
])
def test_an_officials_english_words_and_a_board_joined_to_its_committee_are_read_in_vietnamese(question, read):
    assert resolve_followup(question, []) == read


@pytest.mark.parametrize("question,read", [
    ("KH 184-KH/TU, ngay bh", "KH 184-KH/TU, ngay ban hanh"),
    ("KH 184-KH/TU thực hiện QĐ 11, ngày bh", "KH 184-KH/TU thực hiện QĐ 11, ngày ban hành"),
    ("Đề án 14 cua CB ve gi, gđ nao", "Đề án 14 cua CB ve gi, giai đoạn nao"),
    ("những VB nào", "những văn bản nào"),
    # An official's shorthand read only in capitals, or by what stands beside it.
    ("HN giao ban quý III, triển khai NV quý IV của Ban TCTW tổ chức hôm nào?",
     "hội nghị giao ban quý III, triển khai nhiệm vụ quý IV của Ban Tổ chức Trung ương tổ chức ngày nào?"),
    ("UBKT đã KT việc thực hiện NV kiểm tra, giám sát đối với bao nhiêu TC cấp dưới?",
     "Ủy ban Kiểm tra đã kiểm tra việc thực hiện nhiệm vụ kiểm tra, giám sát đối với bao nhiêu tổ chức cấp dưới?"),
    ("Trưởng đoàn GS là đ/c nào? KT khi có dấu hiệu VP?",
     "Trưởng đoàn giám sát là đồng chí nào? kiểm tra khi có dấu hiệu vi phạm?"),
    ("GS Nguyễn Văn A và VP Tỉnh ủy", "GS Nguyễn Văn A và VP Tỉnh ủy"),  # a professor, an office
    ("phát triển KT ra sao", "phát triển KT ra sao"),
    ("ai quan triet phan kt xh cua nq 08", "ai quan triet phan kinh te - xa hoi cua nq 08"),
    # "bh" elsewhere, "gđ" before a body, are not these.
    ("BH xã hội", "BH xã hội"),
    ("gđ sở nội vụ là ai", "gđ sở nội vụ là ai"),
])
def test_chat_shorthand_for_issued_period_and_document(question, read):
    assert resolve_followup(question, []) == read


def test_an_asker_relayed_with_where_they_are_from_is_no_part_of_the_question():
    from rag.vi.sentences import without_opening
    question = "Đồng chí Hoa ở chi bộ 3 hỏi là cái hội nghị giao ban quý III tổ chức vào hôm nào ạ?"
    assert without_opening(question).startswith("cái hội nghị giao ban")


@pytest.mark.parametrize("question,read", [
    # Two words typed without a space: at a capital, or where a word carries a second tone mark.
    ("Hội nghị của BanTổ chức Trung ương họp ngày nào?", "Hội nghị của Ban Tổ chức Trung ương họp ngày nào?"),
    ("có bao nhiêu đạibiểu dự", "có bao nhiêu đại biểu dự"),
    ("Bí thư Tỉnhủy Quảng Ninh là ai?", "Bí thư Tỉnh ủy Quảng Ninh là ai?"),
    ("BộChính trị ban hành gì?", "Bộ Chính trị ban hành gì?"),
    # Codes, names and syllables of one tone stay as typed.
    ("QĐi/TW và KL21 của UBND", "QĐi/TW và KL21 của UBND"),
    ("Nguyễn Xuân Ký khuyến khích gì?", "Nguyễn Xuân Ký khuyến khích gì?"),
    # A type's code before what asks which one is that type named.
    ("đoàn còn giám sát việc thực hiện KH nào?", "đoàn còn giám sát việc thực hiện kế hoạch nào?"),
])
def test_words_typed_joined_and_a_type_code_asked_are_read_apart(question, read):
    assert resolve_followup(question, []) == read


@pytest.mark.parametrize("question,read", [
    # The Nghệ Tĩnh words of a question typed as said: "mô", "răng", "rứa", "chi", "nớ", "ni", "bựa", "hè", "hỉ".
    ("Kết luận 21-KL/TW ra ngày mô rứa?", "Kết luận 21-KL/TW ra ngày nào vậy?"),
    ("Bà nớ làm việc với Huyện ủy Hưng Nguyên bựa mô?", "Bà đó làm việc với Huyện ủy Hưng Nguyên hôm nào?"),
    ("Ông Trần Hồng Minh hiện là chi?", "Ông Trần Hồng Minh hiện là gì?"),
    ("tỷ lệ cử tri đi bầu là bao nhiêu răng?", "tỷ lệ cử tri đi bầu là bao nhiêu?"),
    ("Vì răng phải chỉnh đốn Đảng, có đúng rứa không hè?", "Vì sao phải chỉnh đốn Đảng, có đúng vậy không?"),
    ("Văn bản ni ai ký hỉ?", "Văn bản này ai ký?"),
    # Standard words that hold those spellings stay: "mô hình", "quy mô", "chi bộ".
    ("Có bao nhiêu mô hình dân vận khéo, chi bộ nào", "Có bao nhiêu mô hình dân vận khéo, chi bộ nào"),
    # Old formal words: "ban bố", "nhật kỳ", "đệ ngũ", "sau rốt", "danh tính", "văn kiện ấy", "sở tại".
    ("Chỉ thị ấy được ban bố vào nhật kỳ nào?", "Chỉ thị ấy được ban hành vào ngày nào?"),
    ("giải pháp đệ ngũ là gì", "giải pháp thứ năm là gì"),
    ("giải pháp sau rốt là gì", "giải pháp cuối cùng là gì"),
    ("danh tính vị Chủ tịch tỉnh", "tên vị Chủ tịch tỉnh"),
    ("Văn kiện ấy áp dụng cho giai đoạn nào?", "Văn bản ấy áp dụng cho giai đoạn nào?"),
    ("Chỉ thị của Ban Thường vụ Tỉnh ủy sở tại", "Chỉ thị của Ban Thường vụ Tỉnh ủy"),
    # Words said twice as one stumbles are said once; "ngày ngày" means every day.
    ("ông ông Bí thư Huyện ủy Hưng Nguyên là ai", "ông Bí thư Huyện ủy Hưng Nguyên là ai"),
    ("Kế hoạch 77 Kế hoạch 77-KH/TU ban hành ngày nào", "Kế hoạch 77-KH/TU ban hành ngày nào"),
    ("ngày ngày học tập", "ngày ngày học tập"),
    # A last letter typed three times is typed once.
    ("Quy định 205-QĐ/TW là về nội dung gìii", "Quy định 205-QĐ/TW là về nội dung gì"),
    # A courtesy closing after the question asks nothing, nor does a request about the answer.
    ("Kết luận 21 ban hành ngày nào? Kính mong được trả lời.", "Kết luận 21 ban hành ngày nào?"),
    ("Kết luận 01 ban hành ngày nào và do ai ban hành? Chốt giúp cả 2 info", "Kết luận 01 ban hành ngày nào và do ai "
     "ban hành?"),
    # "TW" standing alone is "Trung ương"; in a number it stays; "Chẳng lẽ …" asks all the same.
    ("Ban Tổ chức TW họp ngày nào? (21-KL/TW)", "Ban Tổ chức Trung ương họp ngày nào? (21-KL/TW)"),
    ("Chẳng lẽ Ban Tổ chức Trung ương họp giao ban quý III mà báo chẳng ghi ngày nào?", "Ban Tổ chức Trung ương họp "
     "giao ban quý III mà báo chẳng ghi ngày nào?"),
])
def test_dialect_old_formal_words_and_stumbles_are_read_as_the_texts_write(question, read):
    assert resolve_followup(question, []) == read


def test_another_place_of_the_same_noun_takes_its_stead_in_a_follow_up():
    history = [{"role": "user", "content": "Giao ban quý III BTC TW: ai dự ở điểm cầu TW?"},
               {"role": "assistant", "content": "Đồng chí Trương Thị Mai."}]
    assert resolve_followup("còn điểm cầu Nghệ An?", history) == \
        "Giao ban quý III Ban Tổ chức Trung ương: ai dự ở điểm cầu Nghệ An?"


def test_a_then_between_two_names_keeps_them_apart():
    history = _users("Hội nghị giao ban quý II của Ban Tổ chức Trung ương diễn ra khi nào?")
    # "Lạng Sơn thì Trưởng ban …": without "thì" the two would read as one name, "Lạng Sơn Trưởng".
    assert resolve_followup("Còn ở điểm cầu Lạng Sơn thì Trưởng ban Tổ chức Tỉnh ủy là ai?", history) == \
        "ở điểm cầu Lạng Sơn, Trưởng ban Tổ chức Tỉnh ủy là ai?"
    assert resolve_followup("còn đề án 14-ĐA/TU thì áp dụng cho giai đoạn nào?", history) == \
        "đề án 14-ĐA/TU áp dụng cho giai đoạn nào?"


def test_a_question_naming_its_own_document_still_points_back_at_a_place():
    history = [{"role": "user", "content": "Đoàn giám sát của Tỉnh ủy Lạng Sơn làm việc với huyện nào?"},
               {"role": "assistant", "content": "Với Ban Thường vụ Huyện ủy Cao Lộc."}]
    assert resolve_followup("Huyện đó đã thực hiện Kết luận 35 được bao lâu?", history) == \
        "Huyện Cao Lộc đã thực hiện Kết luận 35 được bao lâu?"
    # The document it names is its own: "văn bản đó" is not replaced by an earlier one.
    docs = _users("Kết luận 14-KL/TW ban hành ngày nào?")
    assert resolve_followup("Kết luận 35 và văn bản đó khác nhau thế nào?", docs) == \
        "Kết luận 35 và văn bản đó khác nhau thế nào?"


def test_a_figure_pointed_back_at_is_what_the_earlier_question_counted():
    history = [{"role": "user", "content": "Từ đầu nhiệm kỳ, Lạng Sơn kết nạp được bao nhiêu đảng viên mới?"},
               {"role": "assistant", "content": "4.120 đảng viên mới [1]."}]
    assert resolve_followup("Con số đó có vượt mục tiêu đề ra không?", history) == \
        "Con số đó có vượt mục tiêu đề ra không? (Từ đầu nhiệm kỳ, Lạng Sơn kết nạp được bao nhiêu đảng viên mới)"
    # After a question that counted nothing, "con số đó" has no count to stand for.
    who = _users("Ai là Bí thư Tỉnh ủy Lạng Sơn?")
    assert "kết nạp" not in resolve_followup("Con số đó có vượt mục tiêu không?", who)


@pytest.mark.parametrize("question, expected", [
    ("Trả lời ngắn gọn trong một câu: Quy định 09-QĐ/TU ký ngày nào?", "Quy định 09-QĐ/TU ký ngày nào?"),
    ("Bằng tiếng Việt, tối đa 20 từ: đoàn giám sát làm việc ngày nào?", "đoàn giám sát làm việc ngày nào?"),
    ("Chỉ cần cho tôi ngày, không cần giải thích: Kết luận 01 ban hành ngày nào?", "Kết luận 01 ban hành ngày nào?"),
    ("Cao Bằng duy trì bao nhiêu mô hình? Trả lời ngắn, một con số là đủ.", "Cao Bằng duy trì bao nhiêu mô hình?"),
    ("Bà Mai giữ những chức vụ gì? Liệt kê dạng gạch đầu dòng.", "Bà Mai giữ những chức vụ gì?"),
    ("Ông Ký giữ chức vụ gì? Tối đa 20 từ.", "Ông Ký giữ chức vụ gì?"),
])
def test_what_is_asked_of_the_answers_form_is_no_part_of_the_question(question, expected):
    from rag.vi.sentences import without_answer_form
    assert without_answer_form(question) == expected


@pytest.mark.parametrize("question", [
    "Trả lời câu hỏi sau: Kết luận 21 ban hành ngày nào?",  # "câu hỏi sau" is no form of the answer
    "Nêu rõ nội dung Kết luận 21?",
    "Có hay không: việc học tập đã được tổ chức thường xuyên?",  # a yes/no frame is what is asked
])
def test_a_question_without_a_form_request_is_left_as_typed(question):
    from rag.vi.sentences import without_answer_form
    assert without_answer_form(question) == question


@pytest.mark.parametrize("question, expected", [
    ('Trong bài về Quảng Ninh, chữ "BCH" trong "BCH Đảng bộ tỉnh" là viết tắt của gì?', ("BCH", "Ban Chấp hành")),
    ("UBKT là viết tắt của từ gì?", ("UBKT", "Ủy ban Kiểm tra")),
    ("HĐND viết đầy đủ là gì?", ("HĐND", "Hội đồng nhân dân")),
    ("BCH Đảng bộ tỉnh ban hành nghị quyết nào?", ("", "")),  # the shorthand used, not asked about
    ("Ban Chấp hành viết tắt là gì?", ("", "")),  # the other way round: no shorthand named
])
def test_the_shorthand_a_question_asks_the_meaning_of(question, expected):
    from rag.vi.abbreviations import expansion_asked
    assert expansion_asked(question) == expected


def test_a_shorthand_asked_about_keeps_its_letters_beside_what_it_stands_for():
    from rag.vi.abbreviations import spell_out
    assert spell_out("UBKT là viết tắt của gì?") == "UBKT (Ủy ban Kiểm tra) là viết tắt của gì?"
    assert spell_out("UBKT tỉnh kiểm tra bao nhiêu đảng viên?") == "Ủy ban Kiểm tra tỉnh kiểm tra bao nhiêu đảng viên?"


def test_a_document_pointed_at_that_only_the_answer_named_is_that_document():
    history = [{"role": "user", "content": "Có văn bản nào của Nghệ An về luân chuyển cán bộ không?"},
               {"role": "assistant", "content": "Có, Quy định số 09-QĐ/TU của Ban Thường vụ Tỉnh ủy về luân chuyển."}]
    assert resolve_followup("Văn bản đó ban hành ngày nào?", history) == "Quy định số 09-QĐ/TU ban hành ngày nào?"
    # a document the questions named stays the one pointed at
    history[0] = {"role": "user", "content": "Kế hoạch 77-KH/TU của Nghệ An nói về gì?"}
    assert resolve_followup("Văn bản đó ban hành ngày nào?", history) == "Kế hoạch 77-KH/TU ban hành ngày nào?"


def test_a_field_of_work_pointed_back_at_is_named_as_the_earlier_question_named_it():
    earlier = "Cao Bằng lồng ghép nội dung công tác phòng, chống tham nhũng để giảng dạy tại bao nhiêu trường?"
    resolved = resolve_followup("Còn cuốn tài liệu mà tỉnh xuất bản về công tác này có tên là gì?", _users(earlier))
    assert "về công tác phòng, chống tham nhũng có tên là gì?" in resolved, resolved
    # "nội dung gì" names no field: nothing to put in.
    asked = resolve_followup("Nội dung đó là gì?", _users("Kết luận 21 có nội dung gì?"))
    assert "nội dung gì" not in asked, asked
    # "việc ấy" points at the field the earlier question named, by whatever noun it named it.
    earlier = "Cao Bằng lồng ghép nội dung phòng, chống tham nhũng vào giảng dạy ở bao nhiêu trường?"
    resolved = resolve_followup("Thế tỉnh còn xuất bản cuốn tài liệu gì về việc ấy nữa không?", _users(earlier))
    assert "về nội dung phòng, chống tham nhũng nữa không" in resolved, resolved


def test_a_chats_acknowledgement_before_a_follow_up_does_not_hide_it():
    earlier = "Từ đầu nhiệm kỳ Cao Bằng kết nạp bao nhiêu đảng viên mới?"
    resolved = resolve_followup("ok, vậy trung bình mỗi năm tỉnh kết nạp bao nhiêu đảng viên?", _users(earlier))
    assert "Cao Bằng" in resolved, resolved


def test_the_next_item_after_the_first_is_the_second():
    earlier = "Bài viết bên Nghệ An đề xuất giải pháp đầu tiên để làm theo kết luận 21 là gì?"
    assert resolve_followup("Thế cái giải pháp kế tiếp sau đó là gì?", _users(earlier)) == \
        "Bài viết bên Nghệ An đề xuất giải pháp thứ hai để làm theo kết luận 21 là gì?"


def test_a_purpose_clause_that_asks_is_no_purpose_of_the_asker():
    asked = "Chương trình hành động của Tỉnh ủy Quảng Ninh để làm theo kết luận 21 mang số hiệu bao nhiêu?"
    assert resolve_followup(asked, []) == asked
    assert resolve_followup("Cao Bằng kết nạp bao nhiêu đảng viên, để mình ghi vào biên bản?", []) == \
        "Cao Bằng kết nạp bao nhiêu đảng viên?"


def test_a_fact_checked_after_con_is_a_question_of_its_own():
    earlier = 'Bản thảo ghi Cao Bằng có "trên 95% cán bộ, đảng viên tham gia" học tập — đúng chưa?'
    resolved = resolve_followup('Còn tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ hằng năm, bản thảo cũng ghi '
                                '"trên 95%" — vậy có đúng không?', _users(earlier))
    assert resolved.startswith("Còn tỷ lệ tổ chức cơ sở đảng") and "cán bộ, đảng viên tham gia" not in resolved
    assert "Cao Bằng" in resolved, resolved


def test_a_second_question_opened_by_dong_thoi_goes_on_from_the_first():
    earlier = "HĐND tỉnh Cao Bằng đã ban hành bao nhiêu nghị quyết?"
    assert "Cao Bằng" in resolve_followup("Đồng thời tổ chức bầu cử khóa mấy?", _users(earlier))


def test_a_time_pointed_back_at_typed_without_accents_takes_the_earlier_subject():
    history = [{"role": "user", "content": "ban tc tw giao ban quy iii hom nao"},
               {"role": "assistant",
                "content": "Chiều 30/9, Ban Tổ chức Trung ương tổ chức hội nghị giao ban quý III."}]
    resolved = resolve_followup("luc do hoan thanh duoc bao nhieu de an roi", history)
    assert resolved.startswith("luc do hoan thanh duoc bao nhieu de an roi (") and "Trung uong" in resolved


def test_a_followup_is_asked_of_the_writing_the_conversation_framed_it_in():
    history = [{"role": "user",
                "content": "Trong bài về Nghệ An, giải pháp thứ nhất để thực hiện Kết luận 21-KL/TW là gì?"},
               {"role": "assistant",
                "content": "Lãnh đạo, chỉ đạo tổ chức quán triệt nghiêm túc Kết luận số 21-KL/TW."}]
    framed = "Trong bài về Nghệ An, "
    assert resolve_followup("Còn giải pháp thứ tư thì tập trung xây dựng đội ngũ nào?", history).startswith(framed)
    # Naming a place or a document of its own, it asks of that.
    assert not resolve_followup("Còn ở Cao Bằng thì giải pháp thứ tư là gì?", history).startswith(framed)
    assert not resolve_followup("QĐ 205 được ban hành ngày nào?", history).startswith(framed)


def test_another_thing_counted_in_the_same_unit_is_the_earlier_count_asked_of_it():
    history = [{"role": "user", "content": "Từ đầu nhiệm kỳ cấp ủy các cấp ở Cao Bằng kiểm tra bao nhiêu lượt tổ chức "
                                           "Đảng?"},
               {"role": "assistant", "content": "Cấp ủy các cấp đã kiểm tra 3.658 lượt tổ chức Đảng."}]
    assert resolve_followup("Thế còn đảng viên thì bao nhiêu lượt ạ?", history) == \
        "Từ đầu nhiệm kỳ cấp ủy các cấp ở Cao Bằng kiểm tra bao nhiêu lượt đảng viên?"
    # another unit counts something else: not this
    assert "lượt đảng viên" not in resolve_followup("Thế còn đảng viên thì bao nhiêu người?", history)


def test_a_person_called_by_a_given_name_after_bac_or_chu_is_the_one_the_conversation_named():
    history = [{"role": "user", "content": "Ai viết bài về xây dựng Đảng ở Cao Bằng?"},
               {"role": "assistant", "content": "Đồng chí Trần Hồng Minh, Bí thư Tỉnh ủy Cao Bằng."}]
    assert resolve_followup("Bác Minh giữ chức vụ gì?", history) == "Bác Trần Hồng Minh giữ chức vụ gì?"
    assert resolve_followup("Thế còn chú Minh giữ chức vụ gì?", history) == "chú Trần Hồng Minh giữ chức vụ gì?"


def test_another_bodys_count_asked_without_a_noun_counts_what_the_earlier_question_counted():
    history = [{"role": "user", "content": "Cao Bang cap uy thi hanh ky luat bao nhieu dang vien tu dau nhiem ky"},
               {"role": "assistant", "content": "Cấp ủy các cấp thi hành kỷ luật 4 tổ chức Đảng, 346 đảng viên."}]
    resolved = resolve_followup("con UBKT cac cap thi hanh ky luat bao nhieu", history)
    assert resolved.startswith("Uy ban Kiem tra cac cap thi hanh ky luat bao nhieu dang vien (Cao Bang"), resolved
    # naming what it counts, it asks that
    assert "bao nhieu dang vien" not in resolve_followup("con UBKT cac cap kiem tra bao nhieu to chuc Dang", history)


def test_a_follow_up_over_every_place_drops_the_earlier_place():
    history = [{"role": "user", "content": "Hội nghị giao ban quý III ở điểm cầu Nghệ An có ai dự?"},
               {"role": "assistant", "content": "Có đồng chí Nguyễn Văn Thông."}]
    assert "Nghệ An" not in resolve_followup("Thế toàn ngành đã ban hành mấy hướng dẫn?", history)
    assert "Nghệ An" in resolve_followup("Thế có bao nhiêu đại biểu dự?", history)


def test_a_drafts_detail_to_correct_asks_of_its_own_topic():
    history = [{"role": "user", "content": "Bài Cao Bằng nói HĐND tỉnh ban hành bao nhiêu nghị quyết?"},
               {"role": "assistant", "content": "HĐND tỉnh ban hành 229 nghị quyết."}]
    resolved = resolve_followup("Còn chỗ lồng ghép nội dung phòng, chống tham nhũng vào giảng dạy, nháp ghi “tại 20 "
                                "trường trung học phổ thông” — sửa giúp số trường.", history)
    assert "nghị quyết" not in resolved and "lồng ghép" in resolved

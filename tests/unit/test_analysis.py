"""Question analysis: named laws and articles, and when a question is about a document itself (its date,
issuer, subject) rather than about an event that mentions it (failure class 5)."""

from __future__ import annotations

import pytest

from rag.query.analysis import LAST_ORDINAL, analyse, asks_about_document, event_names


def test_laws_and_articles_are_read_apart_from_names_years_and_figures():
    info = analyse("điểm a khoản 1 Điều 29 Luật Viên chức năm 2010 quy định gì?")
    assert [law.full_key for law in info.laws] == ["luat-vien-chuc-2010"]
    assert [(a.article, a.clause, a.point) for a in info.articles] == [(29, 1, "a")]
    assert (info.names, info.years, info.numbers, info.ref_groups) == ([], [], [], [])
    assert info.doc_texts == ["Luật Viên chức năm 2010"]


def test_an_article_question_is_never_a_registry_question():
    assert not asks_about_document(analyse("Điều 38 Luật Cư trú ban hành ngày nào?"))


@pytest.mark.parametrize("question", [
    # The names are the document's issuer and place as the question writes them.
    "Kế hoạch 77-KH/TU của Ban Thường vụ Tỉnh ủy Cao Bằng ban hành ngày nào?",
    "Ban Thường vụ Tỉnh ủy Cao Bằng ban hành Kế hoạch 77-KH/TU ngày nào?",
    "Kế hoạch 77-KH/TU ngày 24/01/2022 của Ban Thường vụ Tỉnh ủy Cao Bằng về nội dung gì?",
    "Nghị quyết 15/2021/NQ-HĐND của HĐND tỉnh Lạng Sơn do cơ quan nào ban hành?",
    "Luật Cư trú 2020 do cơ quan nào ban hành?",
    "KL 14 ban hành ngày nào?",
    "Nghị quyết 68/NQ-HĐND quy định cụ thể những nội dung gì?",  # "cụ thể" asks, as "quy định" does
])
def test_questions_about_the_document_itself(question):
    assert asks_about_document(analyse(question))


@pytest.mark.parametrize("question", [
    "Hội nghị quán triệt Kết luận 21 ở Quảng Ninh diễn ra ngày nào?",
    "BTV Tỉnh ủy Quảng Ninh tổ chức hội nghị quán triệt KL 21 vào ngày nào?",
    "Kết quả thực hiện Kết luận 21 ở Nghệ An năm 2035 thế nào?",
])
def test_event_questions_read_the_passages(question):
    assert not asks_about_document(analyse(question))


def test_a_name_or_year_the_corpus_gives_the_document_is_its_own():
    # Neither the question's wording nor anything else says Nghệ An is the plan's place: what the corpus states
    # about the document (its issuers and places, its years) does.
    info = analyse("Kế hoạch 77-KH/TU ở Nghệ An về nội dung gì?")
    assert not asks_about_document(info)
    assert event_names(info) == ["Nghệ An"]
    assert asks_about_document(info, described_as=["Ban Thường vụ Tỉnh ủy", "Nghệ An"])
    assert not asks_about_document(info, described_as=["Ban Thường vụ Tỉnh ủy", "Cao Bằng"])
    info = analyse("Kết luận 21-KL/TW năm 2021 ban hành ngày nào?")
    assert not asks_about_document(info) and asks_about_document(info, own_years=["2021"])
    assert not asks_about_document(analyse("Kết luận 21-KL/TW năm 2035 ban hành ngày nào?"), own_years=["2021"])


def test_other_key_words_still_make_it_an_event():
    info = analyse("Kế hoạch 77-KH/TU của Ban Thường vụ Tỉnh ủy Cao Bằng được quán triệt ở hội nghị nào?")
    assert info.doc_names == ["Ban Thường", "Tỉnh", "Cao Bằng"] and not asks_about_document(info)


@pytest.mark.parametrize("question", [
    "Theo Luật Du lịch, hợp đồng lữ hành phải được ký bằng văn bản, đúng hay sai?",  # "ký" is the contract's
    "Luật Cư trú 2020 có hiệu lực từ ngày nào?",  # in force months after it is passed: the passages say when
    "Theo Luật Trồng trọt, cây hằng năm là gì?",
])
def test_questions_on_what_a_law_says_are_not_about_the_law_itself(question):
    assert not asks_about_document(analyse(question))


def test_a_name_written_twice_counts_where_it_stands():
    info = analyse("Kế hoạch 77-KH/TU của Tỉnh ủy Cao Bằng được Tỉnh ủy Lạng Sơn quán triệt ngày nào?")
    assert info.doc_names == ["Tỉnh", "Cao Bằng"] and event_names(info) == ["Tỉnh", "Lạng Sơn"]


@pytest.mark.parametrize("question,ordinal", [
    ("Nhiệm vụ đầu tiên là gì?", 1),
    ("Giải pháp cuối cùng trong sáu giải pháp là gì?", LAST_ORDINAL),
    ("giai phap sau cung la gi", LAST_ORDINAL),
    ("Nhiệm vụ trọng tâm cuối cùng mà tỉnh đề ra là gì?", LAST_ORDINAL),
    ("Hội nghị đầu tiên diễn ra khi nào?", 0),  # not an item of a list
])
def test_first_and_last_items_are_ordinals(question, ordinal):
    assert analyse(question).ordinal == ordinal


@pytest.mark.parametrize("question,kind", [
    ("Hoàng Thị Lan Anh giữ chức vụ gì?", "title"),
    ("Ông Hoàng Văn Bình còn giữ những chức vụ nào khác?", "title"),
    ("Hoang Thi Lan Anh co chuc danh gi", "title"),
    # No person named: a statute's "chức vụ" is its topic.
    ("Viên chức giữ chức vụ quản lý được bổ nhiệm có thời hạn tối đa là bao lâu?", "number"),
])
def test_a_question_about_a_persons_titles(question, kind):
    assert analyse(question).kind == kind


@pytest.mark.parametrize("text,judge", [
    # Officials leave out the question mark: a word that asks still makes it a question.
    ("ket luan 21 ban hanh ngay nao", False),
    ("cao bang ket nap bao nhieu dang vien", False),
    ("huyen Nghi Loc duoc doan giam sat lam viec ngay nao", False),
    ("quy dinh 205 ban hanh ngay may", False),
    ("nganh kiem tra da ban hanh may huong dan trong quy II", False),  # "mấy" before what it counts
    ("Huyện đã tổ chức mấy hội nghị chuyên đề", False),
    # A statement to judge has no such word; "bộ máy", "nhà máy", "máy bay" are not "mấy".
    ("Thời hiệu khởi kiện vụ án hành chính là 3 năm", True),
    ("Bộ máy của các cơ quan được sắp xếp tinh gọn", True),
    ("bo may cac co quan duoc sap xep tinh gon", True),
    ("nha may phai xu ly nuoc thai truoc khi xa ra moi truong", True),
    ("Điều nào sau đây đúng về thời hiệu", True),
    # "không … gì / nào / ai" says nothing, none, nobody: it asks nothing ("không biết ai" still wonders who)
    ("Kinh phí đào tạo viên chức do ngân sách nhà nước chi trả, viên chức không phải đóng góp gì.", True),
    ("Các bên không có thỏa thuận gì khác thì bên thuê trả tiền khi nhận tài sản", True),
    ("khong co truong hop nao duoc mien le phi", True),
    ("khong biet ai la bi thu tinh uy", False),
])
def test_a_question_without_its_mark_is_not_a_statement(text, judge):
    assert analyse(text).judge is judge


def test_an_item_marker_quoted_in_the_question_is_its_ordinal():
    assert analyse('Nhiệm vụ "Ba là" của tỉnh Lạng Sơn là gì?').ordinal == 3
    assert analyse("Giải pháp “Năm là” trong bài viết là gì?").ordinal == 5
    assert analyse("Kế hoạch 77-KH/TU là gì?").ordinal == 0  # a code before "là" is no item


def test_a_title_may_stand_between_dong_chi_and_nao():
    assert analyse("Bài viết này do đồng chí Bí thư Tỉnh ủy nào viết?").kind == "person"
    assert analyse("Đồng chí Thu Hường nhấn mạnh nội dung nào?").kind != "person"  # "nào" of the content asked


def test_a_place_typed_in_lower_case_or_without_accents_is_the_documents_own_as_the_corpus_names_it():
    info = analyse("de an 05-DA/TU cua lang son noi ve van de gi")
    assert not asks_about_document(info)  # "lang son" is no capitalised name…
    assert asks_about_document(info, described_as=["Ban Thường vụ Tỉnh ủy", "Nghị quyết ở Lạng Sơn"])  # …but it is
    # A title's ordinary words are not a name: "hội nghị quán triệt" still asks about an event.
    event = analyse("ke hoach 05-KH/TU duoc quan triet tai hoi nghi nao")
    assert not asks_about_document(event, described_as=["Lạng Sơn tổ chức hội nghị quán triệt Kế hoạch 05"])


@pytest.mark.parametrize("question", ["Bí thư Huyện ủy Cao Lộc tên là gì?", "Chủ tịch UBND tỉnh họ và tên là gì?",
                                      "Trưởng đoàn giám sát là đồng chí nào?"])
def test_asking_a_name_is_asking_for_a_person(question):
    assert analyse(question).kind == "person"


@pytest.mark.parametrize(("question", "person"), [
    ("Ai là tác giả bài viết về nhiệm vụ, giải pháp thực hiện Kết luận 21 ở Nghệ An?", True),
    ("Bài viết về Nghệ An là của tác giả nào?", True),
    ("tác giả bài nhiệm vụ giải pháp KL21 Nghệ An", True),
    # The author as the one who proposes: what is asked is whether they did.
    ("Trong bài về Nghệ An, tác giả có đề xuất thường trực cấp ủy tiếp dân định kỳ hằng tháng hay không ạ?", False),
    ("tac gia co de xuat tiep dan hang thang khong", False),
])
def test_the_author_is_asked_for_only_when_the_question_asks_who(question, person):
    assert (analyse(question).kind == "person") is person


def test_what_the_holders_name_is_asks_a_person():
    assert analyse("Chủ tịch UBND tỉnh có dự hội nghị không, tên đồng chí là gì?").kind == "person"


def test_a_name_asked_in_a_clause_pointing_at_a_person_is_theirs_not_the_articles():
    from rag.query.analysis import name_asked
    from rag.vi.text import fold
    asked = ("Bài Baonghean.vn về giám sát thực hiện Kết luận số 21-KL/TW cho biết đoàn do một đồng chí làm trưởng "
             "đoàn; người đó tên là gì?")
    assert name_asked(fold(asked).lower()) == "person"
    assert name_asked(fold("Bài viết của đồng chí Bí thư về xây dựng Đảng có tên là gì?").lower()) == "writing"
    assert name_asked(fold("Bài Baonghean.vn về giám sát Kết luận số 21-KL/TW có tên là gì?").lower()) == "writing"


def test_asking_which_field_a_document_is_about_asks_its_subject():
    info = analyse("de an 05-da/tu cua lang son giai doan 2022-2025 ve linh vuc gi")
    assert asks_about_document(info, described_as=["Lạng Sơn"], own_years=["2022", "2025"])


@pytest.mark.parametrize("question", [
    "Nghị quyết 39 là nghị quyết về việc gì?",  # the named document's type said again is no topic
    "nghi quyet 39 ma ban to chuc trung uong tong ket la nghi quyet ve cai gi",  # "mà …" up to "là … về"
    "Kết luận 14 mà Quảng Ninh quán triệt nói về cái gì?",
])
def test_a_documents_subject_asked_with_its_type_or_a_clause_between_is_about_the_document(question):
    info = analyse(question)
    assert info.kind == "subject" and asks_about_document(info)


def test_a_body_asked_for_without_a_document_is_an_issuer_question():
    assert analyse("Hội nghị sơ kết quý III là do đơn vị nào tổ chức?").kind == "issuer"
    assert analyse("hoi nghi so ket do co quan nao to chuc").kind == "issuer"
    assert analyse("Hội nghị sơ kết do ai chủ trì?").kind == "person"


def test_a_relative_clause_after_the_issuer_and_a_polite_lead_in_describe_the_document():
    from rag.query.analysis import asks_about_document
    info = analyse("Anh/chị cho em hỏi Quyết định số 41-QĐ/TU của Tỉnh ủy mà huyện Đầm Hà nhắc tới quy định "
                   "về vấn đề gì?")
    assert info.kind == "subject" and asks_about_document(info)
    # Without the "mà", the place is what the question is about: an event, not the document.
    assert not asks_about_document(analyse("Quyết định số 41-QĐ/TU của Tỉnh ủy được huyện Đầm Hà thực hiện ra sao?"))


def test_a_spoken_questions_final_particles_do_not_hide_what_it_asks():
    from rag.answer.values import asked_of

    # "… là ai vậy?": the title asked about is read, so a sentence naming nobody with it is no answer.
    info = analyse("Phó trưởng ban Tuyên giáo Tỉnh ủy Nghệ An là ai vậy")
    assert info.kind == "person"
    assert asked_of(info).title[:4] == ("pho", "truong", "ban", "tuyen")
    assert analyse("KL 21 ban hành ngày nào thế ạ?").text == "KL 21 ban hành ngày nào?"
    # Only at the end, and "đây" of "nào sau đây" is no particle.
    assert analyse("Điều nào sau đây đúng?").text == "Điều nào sau đây đúng?"


def test_a_person_asked_to_be_placed_in_a_title_asks_for_their_title():
    assert analyse("Phạm Thị Thanh Giang làm trưởng phòng nào?").kind == "title"
    assert analyse("Ông Lê Đức Cường là phó ban gì của Tỉnh ủy?").kind == "title"


def test_a_chat_questions_courtesy_does_not_hide_what_it_asks():
    from rag.answer.values import asked_of

    info = analyse("ad cho hỏi Chủ tịch UBND tỉnh Quảng Ninh là ai thế")
    assert info.text == "Chủ tịch UBND tỉnh Quảng Ninh là ai"
    assert asked_of(info).title[:2] == ("chu", "tich")  # a sentence naming no holder of that title is no answer
    assert analyse("Cho em hỏi đồng chí Phạm Thị Thanh Giang là trưởng phòng nào của Ban Tổ chức ạ?").kind == "title"
    assert analyse("Mình muốn biết KL 21 ban hành ngày nào").text == "KL 21 ban hành ngày nào"
    assert analyse("cho minh hoi la kl 21 ban hanh ngay nao").text == "kl 21 ban hanh ngay nao"
    # A placeholder after "hỏi" is the question's own: "Cho hỏi A có quyền …" keeps "A".
    assert analyse("Cho hỏi A có quyền khởi kiện không?").text == "A có quyền khởi kiện không?"


def test_people_and_their_other_titles_are_asked_in_several_ways():
    assert analyse("Ngoài bí thư ra ông Nguyễn Xuân Ký còn kiêm chức gì?").kind == "title"
    assert analyse("Những lãnh đạo chủ chốt nào của tỉnh dự hội nghị?").kind == "person"


def test_a_word_opening_the_sentence_is_no_part_of_a_name_after_it():
    # "Ngoài" is capitalised because it opens the question: the corpus is not asked for "Ngoài Trưởng Ban Tổ".
    names = analyse("Ngoài Trưởng Ban Tổ chức Tỉnh ủy, đồng chí Vũ Quyết Tiến còn giữ chức vụ nào?").names
    assert "Vũ Quyết Tiến" in names and not any(n.startswith("Ngoài") for n in names)
    assert analyse("Nghệ An tổ chức hội nghị ngày nào?").names == ["Nghệ An"]


def test_a_figure_in_a_fact_to_check_is_not_one_the_corpus_must_hold():
    # "… 96,62% …, phải không?": the text's 99,62% settles it; a figure asked about plainly is still looked for.
    assert analyse("Tỉnh Cao Bằng có 96,62% cử tri đi bầu cử phải không?").numbers == []
    assert analyse("Có phải hội nghị có 300 điểm cầu không?").numbers == []
    assert analyse("Hội nghị có 300 điểm cầu thì bao nhiêu đại biểu?").numbers == ["300"]


def test_the_term_a_question_asks_to_be_characterised():
    from rag.query.analysis import characterised_term

    assert characterised_term(analyse('Nhiệm vụ "chống" được xác định là nhiệm vụ như thế nào?')) == "chong"
    assert characterised_term(analyse("theo KL21 thi xay duoc xac dinh la nhiem vu nhu the nao")) == "xay"
    assert characterised_term(analyse("Kết luận 21 ban hành ngày nào?")) == ""


def test_a_terse_count_is_a_question_and_lan_thu_may_is_no_list_position():
    from rag.query.analysis import asks_place_in_list

    info = analyse("so dang vien moi nghe an ket nap tu dau nhiem ky")
    assert info.kind == "number" and not info.judge  # a count asked for, not a statement to judge
    assert analyse("số hiệu của kế hoạch là gì").kind != "number"
    assert not asks_place_in_list(analyse("Cao Bằng tổ chức Đại hội Đảng bộ tỉnh lần thứ mấy?"))
    assert asks_place_in_list(analyse("Phát huy vai trò giám sát của nhân dân là giải pháp thứ mấy?"))


def test_a_name_in_a_documents_own_subject_is_the_documents():
    # "… về … Hồ Chí Minh được ban hành ngày nào": the question asks of the document, whose subject names him.
    info = analyse("Chỉ thị số 05-CT/TW về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được ban "
                   "hành ngày nào?")
    assert info.doc_names == ["Hồ Chí Minh"] and asks_about_document(info)
    # An event about the document is still an event.
    assert not asks_about_document(analyse("Kết luận 21 về xây dựng Đảng được quán triệt ở Quảng Ninh ngày nào?"))


def test_the_source_a_question_opens_with_is_read_apart():
    # Where the answer is written is not what is asked: its names are no event's, its documents not the one
    # asked about.
    info = analyse("Theo bài viết của Trung tâm TT&VH huyện Đầm Hà, Ban Thường vụ Tỉnh ủy Quảng Ninh tổ chức hội "
                   "nghị quán triệt Kết luận số 21-KL/TW vào sáng ngày nào?")
    assert info.source == "Theo bài viết của Trung tâm TT&VH huyện Đầm Hà" and "Đầm Hà" not in info.names
    info = analyse("Trong phần quán triệt chương trình hành động thực hiện Kết luận 21-KL/TW ở Quảng Ninh, Nghị "
                   "quyết số 68/NQ-HĐND của HĐND tỉnh được ban hành ngày nào?")
    assert info.doc_texts == ["68/NQ-HĐND"] and asks_about_document(info)
    info = analyse("Theo bài viết ở Cao Bằng, Kết luận 21-KL/TW ban hành ngày nào?")
    assert info.source == "Theo bài viết ở Cao Bằng" and asks_about_document(info)
    # An event or a time it opens with is part of the question.
    for question in ("Tại hội nghị ở Quảng Ninh, đồng chí nào quán triệt Kết luận 14-KL/TW?",
                     "Trong năm 2025, Cao Bằng kết nạp bao nhiêu đảng viên?"):
        assert analyse(question).source == ""
    assert analyse("Tại hội nghị ở Quảng Ninh, đồng chí nào quán triệt Kết luận 14-KL/TW?").names == ["Quảng Ninh"]


def test_a_province_then_a_persons_name_are_two_names():
    info = analyse("Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh cho biết bao nhiêu đảng viên mới được kết nạp?")
    assert "Cao Bằng" in info.names and "Trần Hồng Minh" in info.names
    # Where the writing of one is what tells it, they name the source, not what is asked.
    info = analyse("Bài viết của Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh nêu bao nhiêu đảng viên mới?")
    assert info.source == "Bài viết của Bí thư Tỉnh ủy Cao Bằng Trần Hồng Minh" and info.names == []


def test_a_documents_type_code_and_where_it_is_mentioned_belong_to_it():
    # "NQ" before the number is the document's; so is a clause saying where it is mentioned, or what it carries out.
    assert asks_about_document(analyse("NQ 68/NQ-HĐND của HĐND tỉnh Quảng Ninh quy định về nội dung gì?"),
                               described_as=["HĐND tỉnh", "Quảng Ninh"])
    assert asks_about_document(analyse("Chỉ thị 18-CT/TU ngày 18/10/2021 của Ban Thường vụ Tỉnh ủy Quảng Ninh, được "
                                       "nhắc tới tại hội nghị quán triệt Kết luận 21, có nội dung về vấn đề gì?"),
                               described_as=["Ban Thường vụ Tỉnh ủy", "Quảng Ninh"], own_years=["2021"])
    info = analyse("Kế hoạch số 77-KH/TU của Ban Thường vụ Tỉnh ủy Nghệ An thực hiện Kết luận Hội nghị lần thứ tư Ban "
                   "Chấp hành Trung ương khóa XIII, được nhắc tới trong buổi giám sát tại Hưng Nguyên, được ban hành "
                   "ngày nào?")
    assert info.kind == "date" and info.ordinal == 0  # "Hội nghị lần thứ tư" is a conference, not a list's item
    assert asks_about_document(info, described_as=["Ban Thường vụ Tỉnh ủy", "Nghệ An"])
    # Without such a clause a place beside it is an event's.
    assert not asks_about_document(analyse("Chỉ thị 18-CT/TU được quán triệt tại Hưng Nguyên ngày nào?"),
                                   described_as=["Ban Thường vụ Tỉnh ủy", "Quảng Ninh"])


@pytest.mark.parametrize("query,kind", [
    ("Kế hoạch 77-KH/TU ngày", "date"),
    ("ngày giao ban quý II/2021 Ban Tổ chức TW", "date"),
    ("cơ quan ban hành Kế hoạch 77-KH/TU", "issuer"),
    ("pho chu tich thuong truc UBND tinh Quang Ninh", "person"),
    ("số đảng viên mới kết nạp Quảng Ninh", "number"),
])
def test_a_search_boxs_keywords_ask_what_they_name_first_or_last(query, kind):
    info = analyse(query)
    assert info.kind == kind and not info.judge  # keywords are no statement to judge


def test_a_plain_statement_is_still_one_to_judge():
    assert analyse("Chủ tịch Ủy ban nhân dân cấp tỉnh có thẩm quyền quyết định việc này").judge


def test_an_abbreviation_typed_with_its_d_does_not_make_a_question_accented():
    assert not analyse("BTV huyen uy hung nguyen quan triet nhung van ban nao (KL, KH, QĐ)").accented
    assert analyse("HĐND tỉnh Cao Bằng ban hành bao nhiêu NQ?").accented


def test_a_source_told_in_a_clause_of_its_own_or_by_its_author_is_read_apart():
    # Where the document is mentioned is no topic of the question: it still asks what the document is about.
    info = analyse("Quy định số 205-QĐ/TW của Bộ Chính trị, được nhắc đến trong bài viết về Nghệ An, điều chỉnh "
                   "vấn đề gì?")
    assert info.source == "được nhắc đến trong bài viết về Nghệ An" and info.kind == "subject"
    assert asks_about_document(info, ["Bộ Chính trị"])
    # "Theo tác giả bài viết …": the source, not a question about the author.
    info = analyse("Theo tác giả bài viết về triển khai Kết luận 21 ở Nghệ An, mục tiêu phấn đấu đến năm 2025 của "
                   "tỉnh là gì?")
    assert info.source.startswith("Theo tác giả bài viết") and info.kind != "person"
    # A clause saying who did something is no source ("…, được Bí thư nêu tại hội nghị, …" names no text).
    assert analyse("Chỉ tiêu này, được nêu tại hội nghị tỉnh, là bao nhiêu?").source == ""


def test_a_source_names_the_document_by_a_name_in_its_title():
    from rag.vi.names import written_in
    assert written_in("Theo bản tin Quảng Ninh", "Quảng Ninh: Hội nghị học tập, quán triệt Kết luận số 21-KL/TW")
    assert written_in("theo bai viet o cao bang", "Tăng cường xây dựng, chỉnh đốn Đảng (Cao Bằng)")
    assert not written_in("Theo bài viết về Kết luận 21", "Quảng Ninh: Hội nghị học tập, quán triệt Kết luận số 21")
    from rag.vi.names import quoted_words
    assert quoted_words('Bài "Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị…"') == \
        ["sang ngay 15 1 ban thuong vu tinh uy to chuc hoi nghi"]
    assert quoted_words('Bài "Cao Bằng"') == []  # too short to tell a text by


def test_a_sentences_first_word_before_a_province_is_no_part_of_its_name():
    assert analyse("Báo Nghệ An đưa tin gì về Kết luận 21?").names == ["Nghệ An"]
    assert analyse("Bắc Ninh có bao nhiêu đảng viên?").names == ["Bắc Ninh"]  # a province of two words stays whole


def test_a_fact_to_check_keeps_its_figures_and_years_as_stated_not_as_ones_the_corpus_must_have():
    info = analyse("Cao Bằng kết nạp 6.222 đảng viên mới trong năm 2023, đúng không?")
    assert info.numbers == [] and info.years == [] and info.stated == ["6.222", "2023"]
    asked = analyse("Năm 2023 Cao Bằng kết nạp bao nhiêu đảng viên mới ngoài 150 đảng viên trẻ?")
    assert asked.years == ["2023"] and asked.numbers == ["150"] and asked.stated == ["150", "2023"]


def test_a_fact_to_check_about_a_named_document_asks_its_issuer_or_date():
    issuer = analyse("Kết luận số 21-KL/TW là văn bản do Bộ Chính trị ban hành, phải không?")
    assert issuer.checks and issuer.kind == "issuer"
    assert asks_about_document(issuer)  # the issuer it claims is what is checked, not an event's name
    date = analyse("Kết luận 21 ban hành ngày 15/10/2021, đúng không?")
    assert date.checks and date.kind == "date" and asks_about_document(date)
    assert not analyse("Kết luận 21 do Bộ Chính trị ban hành?").checks


def test_a_fact_to_check_may_follow_what_a_writing_states_and_point_back_at_its_document():
    info = analyse("Bài viết về Cao Bằng ghi Kết luận 21-KL/TW ra ngày 15/10/2021; có đúng là Ban Chấp hành Trung ương "
                   "ban hành Kết luận này vào đúng ngày đó không?")
    assert info.checks and info.kind == "date" and asks_about_document(info)
    assert "Kết" not in info.names  # "Kết luận này" points back at the document: no name


@pytest.mark.parametrize("question,kind", [
    ("QĐ 205-QĐ/TW mà bài bên Nghệ An dẫn ra là quy định về chuyện gì?", "subject"),  # "chuyện gì": "việc gì"
    # The documents it is among, named in an opening clause, say which is meant: their names are no event's.
    ("Trong các văn bản mà Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An yêu cầu huyện Hưng Nguyên quán triệt, Quy định số "
     "37-QĐ/TW là của cơ quan nào?", "issuer"),
    ("trong cac van ban ma truong ban tuyen giao yeu cau huyen Hung Nguyen quan triet, quy dinh so 37-QĐ/TW la cua "
     "co quan nao", "issuer"),
])
def test_a_document_qualified_by_where_it_is_mentioned_is_asked_about_itself(question, kind):
    info = analyse(question)
    assert info.kind == kind and asks_about_document(info) and not event_names(info)
    # Without the clause that says which documents it is among, the names are of an event.
    assert not asks_about_document(analyse("Trưởng ban Tuyên giáo Tỉnh ủy Nghệ An yêu cầu huyện Hưng Nguyên quán "
                                           "triệt Quy định số 37-QĐ/TW của cơ quan nào?"))


def test_a_meetings_number_is_no_figure_and_a_dated_document_is_asked_about_itself():
    info = analyse("KH 77-KH/TU của BTV Tỉnh ủy Nghệ An thực hiện kết luận HNTW 4 khóa XIII ký ngày bao nhiêu?")
    assert info.numbers == [] and asks_about_document(info)
    assert analyse("Hội nghị Trung ương 4 có bao nhiêu đại biểu dự?").numbers == []
    dated = analyse("ke hoach 77-kh/tu cua ban thuong vu tinh uy nghe an thuc hien ket luan hntw4 de ngay bao nhieu")
    assert dated.numbers == [] and asks_about_document(dated)
    assert analyse("Có 4 tỉnh tham gia, đúng không?").stated == ["4"]


def test_who_approved_or_issued_something_asks_an_issuer_a_body_or_title_as_often_as_a_person():
    assert analyse("Quy hoạch tỉnh Cao Bằng thời kỳ 2021 - 2030 do ai phê duyệt?").kind == "issuer"
    assert analyse("Hội nghị giao ban do ai chủ trì?").kind == "person"


def test_a_quarters_year_is_a_year_of_the_question():
    assert analyse("Tại hội nghị giao ban quý III/2022, ngành đã hoàn thành bao nhiêu đề án?").years == ["2022"]
    assert analyse("Kết luận 21 ký ngày 25/10/2021?").years == []  # a date's year is the date's


@pytest.mark.parametrize("question,ordinal", [
    # "theo thứ tự" (in order) is no "thứ tư"; the item asked is named after it.
    ("Bài viết liệt kê các giải pháp theo thứ tự. Giải pháp thứ bảy là gì?", 7),
    ("bai viet liet ke theo thu tu, giai phap thu hai la gi", 2),
    ("Giải pháp có số thứ tự nào?", 0),
    # Examples of how a list is numbered come before the item asked.
    ("Trong các nhiệm vụ (đánh số “Một là”, “Hai là”...), nhiệm vụ “Sáu là” có nội dung gì?", 6),
    # "bí thư tu" typed in lower case is a title, not "thứ tư".
    ("theo bi thu tu quang ninh, kl21 dat ra nhung nhiem vu nao", 0),
])
def test_the_ordinal_asked_is_the_last_position_named_and_never_an_order(question, ordinal):
    assert analyse(question).ordinal == ordinal


@pytest.mark.parametrize("question", [
    "Nội dung rà soát lại hệ thống văn bản đứng ở vị trí thứ mấy?",
    "phát huy vai trò giám sát của nhân dân xếp thứ mấy trong các giải pháp",
])
def test_which_place_an_item_holds_asks_for_the_item_not_a_figure(question):
    assert analyse(question).kind == "other"


def test_a_search_box_title_query_is_short_without_counting_the_words_a_title_is_spelled_in():
    # "TU" is spelled out "Tỉnh ủy" before the question is read: the query the user typed had twelve words.
    assert analyse("trưởng ban tổ chức Tỉnh ủy nghệ an dự giao ban quý III năm nay").kind == "person"
    # A word that asks makes it a question, whatever it opens with.
    assert analyse("bi thu tinh uy kiem tra cong trinh giao thong lien xa nao o ha lang").kind != "person"


def test_the_word_bai_opening_a_question_is_no_part_of_the_name_after_it():
    assert analyse("Bài Baonghean về đoàn giám sát cho biết gì?").names == ["Baonghean"]


@pytest.mark.parametrize("question", [
    "Con số 166 đảng viên như vậy có khớp với bài gốc không?",
    "Ngày ban hành ghi trong bản tóm tắt có chính xác không?",
    # "không" typed in a hurry
    "Doan giam sat KL21 o Hung Nguyen la cua UBKT Tinh uy phai k?",
    "KL 21 ban hành ngày 25/10/2021 đúng ko?",
    "Bài Bí thư Cao Bằng: KL21 ghi ngày 25/10/2021 - đúng?",  # a headline's check
    # a check offered with its alternative, a doubt, a negative question
    "Cao Bằng kết nạp được 6.322 đảng viên mới, số này có đúng không hay bài ghi con số khác?",
    "Chị Giang ký bài với chức danh Phó trưởng ban phải không, hay là chức khác?",
    "Kết luận 14-KL/TW, tôi đang ghi là ngày 22/10/2021 — chẳng lẽ sai tháng?",
    "Hội nghị ở Quảng Ninh không phải kết nối trực tuyến tới 273 điểm cầu sao?",
])
def test_asking_whether_a_claim_matches_the_source_is_a_fact_to_check(question):
    assert analyse(question).checks


def test_a_why_question_with_a_negation_checks_nothing():
    assert not analyse("Vì sao không phải tỉnh nào cũng làm như vậy?").checks


def test_a_body_written_straight_after_a_number_describes_it_but_a_place_in_context_does_not():
    from rag.query.analysis import asks_about_document
    keywords = analyse("KL 14-KL/TW Bộ Chính trị về nội dung gì")
    assert asks_about_document(keywords, ["Bộ Chính trị"])
    # A follow-up's context in brackets: the event's place, not the document's.
    followup = analyse("Buổi làm việc đó diễn ra ngày nào? (KL 21, huyện Hưng Nguyên)")
    assert "Hưng Nguyên" not in followup.doc_names
    assert not asks_about_document(followup, ["Ban Chấp hành Trung ương"])


def test_a_clause_describing_a_document_is_its_own_typed_without_accents_or_after_its_name_in_quotes():
    # "về …" names the subject, "mà …" which document is meant: their names are not an event's.
    unaccented = analyse("chi thi 05-CT/TW ve day manh hoc tap va lam theo tu tuong, dao duc, phong cach Ho Chi "
                         "Minh ky ngay nao?")
    assert unaccented.kind == "date" and event_names(unaccented) == [] and asks_about_document(unaccented)
    quoted = analyse("“Quy định 109-QĐ/TW” của Ban Bí thư mà đoàn giám sát yêu cầu Hưng Nguyên quán triệt được "
                     "ban hành ngày tháng năm nào?")
    assert event_names(quoted) == [] and asks_about_document(quoted)
    # Without such a clause, a place is still the event's.
    assert not asks_about_document(analyse("Hưng Nguyên quán triệt Quy định 109-QĐ/TW ngày nào?"))


def test_the_name_of_a_document_or_an_article_is_asked_not_a_persons():
    assert analyse("Đề án đó có tên là gì?").kind == "other"
    assert analyse("de an ma nganh to chuc phai hoan chinh ten la gi").kind == "other"
    # An author's name is a person's.
    assert analyse("Tác giả bài viết về Nghệ An tên là gì?").kind == "person"
    assert analyse("Ông ấy tên là gì?").kind == "person"


def test_a_title_given_to_a_person_to_check_asks_that_persons_titles():
    question = 'Bản thảo giới thiệu tác giả Phạm Thị Thanh Giang là "Trưởng ban Tổ chức". Chức danh này có đúng không?'
    assert analyse(question).kind == "title"
    assert analyse("Kết luận 21 do Bộ Chính trị ban hành, phải không?").kind == "issuer"


def test_more_ways_of_asking_what_a_document_or_list_says():
    # A fact found elsewhere, to check: its figure is what is checked, not looked for.
    checked = analyse("Có tài liệu nói Cao Bằng giảng dạy tại 50 trường. Trong bộ tài liệu này có ghi như vậy không?")
    assert checked.checks and checked.numbers == []
    # "hồi tháng 9" is a time, no event's number.
    assert analyse("cuoc hop truc tuyen hoi thang 9 nam 2021 la vao chieu ngay nao?").numbers == []
    # "được nêu ở vị trí nào" asks an item's place in its list.
    from rag.query.analysis import asks_place_in_list
    assert asks_place_in_list(analyse("Nhiệm vụ sắp xếp tổ chức bộ máy được nêu ở vị trí nào?"))
    # "được ghi là ngày bao nhiêu" asks the document's date as a report writes it.
    assert asks_about_document(analyse("Kết luận 21 được ghi là ngày bao nhiêu?"))
    # The person opening the clause is whose name is asked.
    assert analyse("ông bí thư Cao Bằng viết bài về xây dựng Đảng tên là gì?").kind == "person"
    assert not asks_place_in_list(analyse("Chị Phạm Thị Thanh Giang đang công tác ở vị trí nào?"))


def test_a_quiz_number_opening_the_question_is_no_name_or_figure():
    info = analyse("Câu 3: Kế hoạch số 77-KH/TU của Ban Thường vụ Tỉnh ủy được ban hành ngày, tháng, năm nào?")
    assert info.text.startswith("Kế hoạch số 77-KH/TU") and "Câu" not in info.names and not info.numbers
    info = analyse("Câu hỏi: Ai là Bí thư Huyện ủy Hưng Nguyên?")
    assert info.text.startswith("Ai là Bí thư") and info.kind == "person"


def test_the_askers_own_figures_are_no_conditions_of_the_question():
    info = analyse("Tôi là đảng viên 50 năm tuổi Đảng, rất quan tâm đến phát triển đảng viên. Năm 2023 tỉnh Cao "
                   "Bằng kết nạp được bao nhiêu đảng viên mới?")
    assert info.numbers == [] and info.years == ["2023"]
    # Only the asker's: a figure of what is asked stays.
    assert analyse("Đảng bộ có 50 chi bộ thì bao nhiêu chi bộ hoàn thành tốt nhiệm vụ?").numbers == ["50"]
    # Where they live or belong, and their age, told before the question: the asker's; what they go on to say after
    # a comma is the topic again.
    info = analyse("Tôi 48 năm tuổi Đảng, ở Hạ Long, có đọc trên báo bài về đoàn giám sát. Xin hỏi buổi làm việc "
                   "giám sát đó diễn ra vào ngày nào?")
    assert info.numbers == [] and "Hạ Long" in info.asker_names
    info = analyse("Tôi sinh hoạt ở chi bộ khu 5 phường Hồng Hải, hôm hội nghị quán triệt Kết luận 21 tôi có dự. Cho "
                   "tôi hỏi toàn tỉnh có khoảng bao nhiêu đại biểu tham dự?")
    assert info.numbers == [] and info.asker_names == ["Hồng Hải"] and "quán" in info.terms
    assert analyse("Năm nay tôi 76 tuổi. Hội nghị có bao nhiêu điểm cầu?").numbers == []
    assert analyse("Tôi đọc bài về Nghệ An. Bí thư Tỉnh ủy là ai?").asker_names == []  # what they read is the topic


def test_the_field_of_a_named_document_and_an_item_named_last_after_more_words():
    assert analyse("Đề án số 14-ĐA/TU của Tỉnh ủy Cao Bằng nhằm vào lĩnh vực nào?").kind == "subject"
    assert analyse("Nhiệm vụ trọng tâm được nêu sau cùng trong bài là gì?").ordinal == LAST_ORDINAL


def test_greetings_hearsay_and_the_askers_own_description_are_no_terms_of_the_question():
    info = analyse("Kính gửi ban biên tập. Tôi là đảng viên hưu trí. Có người nói với tôi rằng Cao Bằng hoàn thành quy "
                   "hoạch cán bộ chậm. Xin ban biên tập cho biết thông tin đó có đúng không?")
    terms = {t.lower() for t in info.terms}
    assert not terms & {"kính", "gửi", "biên", "tập", "hưu", "trí", "người", "nói"}
    assert {"quy", "hoạch", "chậm"} <= terms


def test_a_spoken_filler_opening_a_dictated_question_hides_nothing_it_asks():
    from rag.answer.values import asked_of
    info = analyse("ờ bí thư huyện ủy hưng nguyên hiện nay tên là gì")
    assert info.text == "bí thư huyện ủy hưng nguyên hiện nay tên là gì"
    assert asked_of(info).title[:2] == ("bi", "thu")  # held to the title's holder
    assert analyse("ừ, à cho hỏi KL 21 ban hành ngày nào").text == "KL 21 ban hành ngày nào"


def test_a_year_answers_when_only_the_year_is_asked():
    from rag.answer.values import asked_of, value_span
    sentence = "Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050 được phê duyệt."
    by_year = asked_of(analyse("Tầm nhìn của quy hoạch tỉnh đến năm nào?"))
    assert value_span("date", sentence, by_year) is not None
    # "ngày tháng năm nào" asks the day as well: a year alone does not say it.
    by_day = asked_of(analyse("Ban Chỉ đạo được thành lập vào ngày tháng năm nào?"))
    assert by_day.years is None and value_span("date", sentence, by_day) is None


@pytest.mark.parametrize("question", ["Phạm Thị Thanh Giang đang công tác ở vị trí nào?",
                                      "Bà Phạm Thị Thanh Giang làm việc ở đâu?", "Ông Nguyễn Xuân Ký giữ vị trí gì?"])
def test_where_a_named_person_works_asks_their_title(question):
    assert analyse(question).kind == "title"


@pytest.mark.parametrize("question,kind", [("Chu tich UBND tinh Quang Ninh la ai a?", "person"),
                                           ("ket luan 21 ban hanh ngay nao vay a", "date")])
def test_a_final_a_after_a_word_that_asks_is_a_particle(question, kind):
    info = analyse(question)
    assert info.kind == kind and not info.text.rstrip("?").endswith(" a")


@pytest.mark.parametrize("question,kind", [("Kế hoạch 77-KH/TU do ai ký ban hành?", "person"),
                                           ("ke hoach 77 do ai ky", "person"),
                                           ("Kế hoạch 77-KH/TU do ai ban hành?", "issuer")])
def test_who_signed_a_document_asks_a_person_not_its_issuing_body(question, kind):
    assert analyse(question).kind == kind


def test_a_figure_asked_about_with_co_khong_is_a_fact_to_check():
    info = analyse("Hội nghị quán triệt KL 21 ở Quảng Ninh có kết nối trực tuyến tới 300 điểm cầu không?")
    assert info.checks and info.numbers == [] and "300" in info.stated
    assert not analyse("Hội nghị quán triệt KL 21 ở Quảng Ninh có kết nối trực tuyến không?").checks


def test_the_central_committee_named_as_officials_say_it_is_a_documents_issuer_not_a_topic():
    info = analyse("Nghị quyết 26 của Trung ương khóa XII là về vấn đề gì?")
    assert info.kind == "subject" and info.other_terms == []
    # "về chủ trương gì" asks what it is about, as "về vấn đề gì" does
    info = analyse("Kết luận 14-KL/TW mà bài Nghệ An nhắc tới là về chủ trương gì?")
    assert info.kind == "subject" and "trương" not in info.other_terms


@pytest.mark.parametrize("question,name", [("Ba Pham Thi Thanh Giang giu chuc vu gi?", "Pham Thi Thanh Giang"),
                                           ("Ong Nguyen Xuan Ky giu chuc vu gi?", "Nguyen Xuan Ky"),
                                           ("Ba Dinh la quan nao", "Ba Dinh")])  # no family name follows
def test_what_a_person_is_called_by_typed_without_accents_is_no_part_of_the_name(question, name):
    assert analyse(question).names == [name]


def test_hoi_nao_asks_when():
    assert analyse("Dự án cao tốc Đồng Đăng - Trà Lĩnh được khởi công hồi nào?").kind == "date"
    assert analyse("Con Ke hoach 77 do thi duoc ban hanh hoi nao?").kind == "date"


def test_where_a_question_says_a_document_is_mentioned_is_no_event_asked_about():
    info = analyse("Kết luận 14-KL/TW, được nhắc đến tại hội nghị ở Quảng Ninh, được ban hành ngày nào?")
    assert event_names(info) == [] and asks_about_document(info)
    # Where it was discussed is the event when the question asks about that ("quán triệt … ngày nào").
    info = analyse("Kết luận 14-KL/TW được quán triệt tại hội nghị ở Quảng Ninh ngày nào?")
    assert event_names(info) == ["Quảng Ninh"] and not asks_about_document(info)


@pytest.mark.parametrize("question", ["Liệt kê các lãnh đạo tỉnh Quảng Ninh dự hội nghị quán triệt KL 21?",
                                      "ke ten nhung dong chi du hoi nghi o Quang Ninh"])
def test_listing_the_leaders_asks_for_people(question):
    assert analyse(question).kind == "person"


@pytest.mark.parametrize("question,kind", [("Cao Tường Huy ,, chức vụ ??", "title"),
                                           ("Trương Thị Mai - chức vụ?", "title"),
                                           ("Quy định về tiêu chuẩn chức danh", "other")])  # no person named
def test_a_persons_name_then_the_word_for_titles_asks_their_titles(question, kind):
    assert analyse(question).kind == kind


@pytest.mark.parametrize(("keywords", "asked"), [
    ("Cao Bằng kết nạp đảng viên số lượng", "Cao Bằng kết nạp đảng viên là bao nhiêu?"),
    ("hội nghị KL21 Quảng Ninh số đại biểu", "hội nghị KL21 Quảng Ninh số đại biểu là bao nhiêu?"),
    ("Cao Bằng tổng số đảng viên toàn tỉnh", "Ở Cao Bằng, tổng số đảng viên toàn tỉnh là bao nhiêu?"),
    ("dam ha diem cau so dai bieu", "dam ha diem cau so dai bieu la bao nhieu?"),
    # Not a count closing keywords: a department, a question, a figure stated, a document's number.
    ("Lê Đức Cường giám đốc sở nội vụ", "Lê Đức Cường giám đốc sở nội vụ"),
    ("Hội nghị có bao nhiêu đại biểu số lượng?", "Hội nghị có bao nhiêu đại biểu số lượng?"),
    ("Số lượng đảng viên kết nạp là 6.222", "Số lượng đảng viên kết nạp là 6.222"),
    ("quyết định số 217", "quyết định số 217"),
])
def test_keywords_closing_with_a_count_are_asked_as_the_count(keywords, asked):
    from rag.query.analysis import count_keywords_asked
    assert count_keywords_asked(keywords) == asked


def test_keywords_closing_with_about_or_the_issuing_body_ask_a_documents_subject_or_issuer():
    assert analyse("chi thi 04-CT/TU cao bang ve").kind == "subject"
    assert analyse("KH 77-KH/TU cơ quan ban hành").kind == "issuer"
    assert analyse("KH 77-KH/TU: ngay ky?").kind == "date"


def test_the_words_asking_how_many_are_no_topic():
    assert "lượng" not in analyse("Số lượng đảng viên Cao Bằng kết nạp là bao nhiêu?").terms
    assert "lượng" in analyse("Chất lượng đảng viên Cao Bằng được nâng lên thế nào?").terms


@pytest.mark.parametrize("question,kind", [
    ("Bí thư Tỉnh ủy Cao Bằng trong mấy bài này là ai?", "person"),  # "mấy bài này": these, no count
    ("Kết luận 21 có mấy nội dung?", "number"),
    ("Đề nghị cho biết tổng mức đầu tư của dự án theo nội dung bài viết.", "number"),  # an amount, as a request
])
def test_what_a_count_or_an_amount_is_asked_by(question, kind):
    assert analyse(question).kind == kind


@pytest.mark.parametrize("question,kind", [
    ("Cao Tuong Huy chuc gi", "title"),  # a chat's name, then "chức gì"
    ("Cao Tường Huy chức gì?", "title"),
    ("giao ban quy 3 ban to chuc tw hop hom nao nhi", "date"),  # "hôm nào" is "ngày nào"
    ("Cho tôi xác minh ngày của Nghị quyết số 68/NQ-HĐND.", "date"),
])
def test_a_chats_and_a_fact_checkers_ways_of_asking(question, kind):
    assert analyse(question).kind == kind


def test_which_organisation_asks_no_title():
    assert analyse("Tổ chức nào giám sát Nguyễn Văn Thông?").kind != "title"


def test_a_request_to_verify_is_no_statement_to_judge():
    assert not analyse("Cho tôi xác minh ngày của Nghị quyết số 68/NQ-HĐND của HĐND tỉnh Quảng Ninh.").judge


def test_a_last_comma_clause_naming_a_person_asks_their_name_not_a_writings():
    from rag.query.analysis import name_asked
    from rag.vi.text import fold
    asked = ("Ở hội nghị quán triệt Kết luận 21 bên Quảng Ninh, đồng chí nào quán triệt, tức là đồng chí Bí thư "
             "Tỉnh ủy ở đó tên là gì?")
    assert name_asked(fold(asked).lower()) == "person"
    assert name_asked(fold("Bài viết của tác giả Phạm Thị Thanh Giang có tên là gì?").lower()) == "writing"


def test_chat_particles_ending_a_question_ask_nothing():
    from rag.query.followup import resolve_followup
    text = analyse(resolve_followup("ban to chuc tw xong dc bn de an trinh tw r ak", None)).text
    assert text.endswith("trinh Trung uong roi"), text  # "r" is "rồi", "ak" is "à"; "tw" Trung ương
    assert "điểm r" in resolve_followup("Điều 5 khoản 2 điểm r", None)


def test_a_list_item_by_its_number_after_so():
    assert analyse("Cao Bằng - nhiệm vụ trọng tâm số 2?").ordinal == 2
    assert analyse("Quyết định số 2 quy định gì?").ordinal == 0


def test_a_comrade_with_a_title_asked_which_asks_for_a_person():
    assert analyse("Ở điểm cầu Nghệ An có đồng chí Trưởng ban Tổ chức Tỉnh ủy nào dự?").kind == "person"


def test_a_hotline_callers_greeting_request_and_words_to_the_listener_are_no_terms():
    info = analyse("Alo cô ơi, cho tôi hỏi cái hội nghị giao ban quý III của Ban Tổ chức Trung ương tổ chức ngày nào?")
    assert info.text.startswith("hội nghị giao ban") and info.kind == "date"
    assert analyse("Dạ cô ơi, ở Cao Bằng họ kết nạp được bao nhiêu đảng viên mới?").text.startswith("ở Cao Bằng")
    assert analyse("Thưa bác, Kết luận 21 ban hành ngày nào?").text == "Kết luận 21 ban hành ngày nào?"
    assert analyse("Rồi cái kế hoạch 77 đó ra ngày nào?").text.startswith("cái kế hoạch 77")
    # "cô kể giúp tôi": asked of the listener, for the asker.
    terms = {t.lower() for t in analyse("Bà Mai dặn chuẩn bị 3 hội nghị, cô kể giúp tôi là những hội nghị nào?").terms}
    assert not terms & {"cô", "kể", "giúp", "tôi"} and {"chuẩn", "bị"} <= terms
    # "Thế nào là …" asks; "thế" opening a question does not.
    assert analyse("Thế nào là nêu gương?").text == "Thế nào là nêu gương?"
    assert analyse("thế cuốn tài liệu đó tên là gì").text == "cuốn tài liệu đó tên là gì"


def test_may_as_the_plural_of_southern_speech_counts_nothing():
    # "một trong mấy tỉnh" is "one of the provinces"; "mấy ông bà … nào" asks which ones.
    assert analyse("Cao Bằng là một trong mấy tỉnh làm xong quy hoạch sớm nhất, phải không?").kind != "number"
    assert analyse("Hội nghị có mấy ông bà lãnh đạo Tỉnh ủy nào dự?").kind == "person"
    assert analyse("HĐND ban hành bao nhiêu nghị quyết để làm mấy chương trình trọng tâm, đột phá đó?").kind == \
        "number"
    # A count asked stays one, with a time or place before "nào".
    assert analyse("Có mấy đại biểu dự hội nghị?").kind == "number"
    assert analyse("Có mấy ông bà lãnh đạo dự hội nghị?").kind == "number"
    # Before examples it is "those": "mấy đoàn thể như Hội mình"; "mấy đợt như vậy" still counts.
    assert analyse("Đề án 10-ĐA/TU nói về cái gì vậy, có dính tới mấy đoàn thể như Hội mình hông?").kind == "subject"
    assert analyse("Tỉnh tổ chức mấy đợt như vậy?").kind == "number"


def test_a_request_for_a_persons_title_asks_their_titles():
    info = analyse("Đề nghị ghi rõ chức vụ của đồng chí Trương Thị Mai tại thời điểm chủ trì hội nghị giao ban.")
    assert info.kind == "title"
    assert analyse("Cho biết chức danh của ông Nguyễn Xuân Ký.").kind == "title"


def test_an_old_style_readers_courtesy_is_no_part_of_the_question():
    info = analyse("Kết luận số 14 bàn về vấn đề gì, thưa quý vị?")
    assert info.kind == "subject" and info.text == "Kết luận số 14 bàn về vấn đề gì?"
    assert analyse("Chỉ thị 18 do cơ quan nào ban hành, thưa Quý Vị?").text == "Chỉ thị 18 do cơ quan nào ban hành?"
    info = analyse("Xin quý vị kể tên các đồng chí lãnh đạo tỉnh ủy Quảng Ninh dự hội nghị.")
    terms = {t.lower() for t in info.terms}
    assert not terms & {"xin", "quý", "vị"}
    assert "đa" not in {t.lower() for t in analyse("Quy định 2993 ký ngày nào, xin đa tạ.").terms}


def test_a_headline_asking_a_count_after_its_colon_asks_how_many():
    assert analyse("Ban Tổ chức TW quý III/2021: số hướng dẫn đã ban hành?").kind == "number"
    assert analyse("Kết luận số 21: ban hành ngày nào?").kind == "date"  # "số 21" is the document's number


@pytest.mark.parametrize("question", [
    "Kết luận số 21-KL/TW được ghi là ngày 25/10/2021, có phải không?",
    "KL21 ghi ngày 25/10/2021 - đúng?",
])
def test_a_documents_date_as_written_to_check_asks_its_date(question):
    info = analyse(question)
    assert info.kind == "date" and info.checks


def test_a_headline_names_its_writing_before_a_colon():
    info = analyse("Bài Bí thư Cao Bằng: KL21 ghi ngày 25/10/2021 - đúng?")
    assert info.source == "Bài Bí thư Cao Bằng" and info.ref_texts == ["KL21"]


def test_a_draft_to_correct_is_a_fact_to_check_said_of_its_year():
    info = analyse('Bản thảo về Cao Bằng viết: "kết nạp 6.122 đảng viên mới". Con số này đúng chưa, nếu sai thì sửa '
                   'thế nào?')
    assert info.checks and info.numbers == []  # the draft's figure is what is checked, not a figure to find
    info = analyse('Bản thảo ghi: "Riêng năm 2023, Cao Bằng kết nạp 2.150 đảng viên mới." Đúng chưa?')
    assert info.checks and info.years == ["2023"]  # the year it is said of is still that year
    assert analyse('Bản thảo ghi: "Năm 2022, có 25% tổ chức hoàn thành." Tỷ lệ của năm 2022 này đúng chưa?').years == \
        ["2022"]
    info = analyse('Bản thảo ghi: Kế hoạch số 77-KH/TU được ban hành "ngày 24/10/2022". Đúng chưa, nếu sai thì sửa '
                   'thế nào?')
    assert info.kind == "date" and info.checks
    # A title claimed of someone, to check, asks that person's titles.
    assert analyse('Bản thảo ghi bà Nguyễn Thị Thu Hường là "Trưởng ban Dân vận Tỉnh ủy" — đúng chưa, nếu sai thì '
                   'sửa thế nào?').kind == "title"


def test_a_question_told_in_several_sentences_asks_in_its_last():
    # "mấy khóa liền", "mấy ông bạn" in what the asker tells first count nothing asked.
    info = analyse("Tôi làm bí thư chi bộ thôn mấy khóa liền, nên rất để ý chuyện sinh hoạt chi bộ. Tỉnh ủy Cao Bằng "
                   "có ban hành Chỉ thị số 04-CT/TU, các đồng chí cho tôi hỏi chỉ thị ấy về nội dung gì?")
    assert info.kind == "subject"
    # Said to the readers as comrades, greeted and thanked: no terms of what is asked.
    info = analyse("Thưa các đồng chí, Cao Bằng duy trì bao nhiêu mô hình “Dân vận khéo”? Xin cảm ơn các đồng chí.")
    assert info.kind == "number" and not {t.lower() for t in info.terms} & {"thưa", "cảm", "ơn"}


@pytest.mark.parametrize("question,text,kind", [
    ("1. Cho biết Ban Tổ chức Trung ương tổ chức hội nghị giao ban quý III vào ngày nào",
     "Ban Tổ chức Trung ương tổ chức hội nghị giao ban quý III vào ngày nào", "date"),
    ("Hãy xác định đồng chí Bí thư Huyện ủy Hưng Nguyên là ai", "đồng chí Bí thư Huyện ủy Hưng Nguyên là ai", "person"),
    ("Nêu số đảng viên mới tỉnh Nghệ An kết nạp trong năm 2021", "số đảng viên mới tỉnh Nghệ An kết nạp trong năm 2021",
     "number"),
])
def test_a_request_to_be_told_opens_what_is_asked(question, text, kind):
    info = analyse(question)
    assert (info.text, info.kind) == (text, kind)


def test_a_request_keeps_what_is_no_request():
    assert analyse("Nêu gương là trách nhiệm của ai?").text.startswith("Nêu gương")
    assert analyse("Liệt kê các văn bản được quán triệt").text.startswith("Liệt kê")


def test_a_capital_opening_a_quotation_or_following_one_is_no_name():
    info = analyse('Bản thảo: "Đoàn giám sát do đồng chí Nguyễn Thị Thu Hường làm trưởng đoàn." Tên trưởng đoàn đúng '
                   'chưa?')
    assert info.names == ["Nguyễn Thị Thu Hường"]


def test_a_province_is_no_part_of_the_body_named_after_it():
    assert analyse("ở Cao Bằng Tỉnh ủy gắn Kết luận 21 với kết luận nào?").names[0] == "Cao Bằng"


@pytest.mark.parametrize("question", [
    'Về hội nghị ở Quảng Ninh, mối quan hệ giữa "xây" và "chống" được xác định như thế nào?',
    'Trình bày mối quan hệ giữa "xây" và "chống" theo Kết luận 21',
    "Cụm từ “xây và chống” được hiểu như thế nào?",
])
def test_a_quoted_term_to_characterise_is_its_first_word(question):
    from rag.query.analysis import characterised_term
    assert characterised_term(analyse(question)) == "xay"


def test_an_opening_co_dung_la_checks_and_who_issued_may_be_asked_of_a_person():
    assert analyse("Có đúng là đồng chí Trương Thị Mai là Trưởng ban Tuyên giáo Trung ương?").kind == "title"
    assert analyse("Kết luận số 14-KL/TW: ai là người ban hành nó?").kind == "issuer"


def test_co_phai_la_after_what_the_question_tells_first_checks_its_claim():
    info = analyse("Theo bài viết của Cao Bằng, Đại hội lần thứ XX có phải là đại hội nhiệm kỳ 2020 - 2025 không?")
    assert info.checks and info.years == []  # the term's years are the claim, not years the corpus must have


@pytest.mark.parametrize("question,ordinal", [
    ("Theo đoạn thứ nhất của bài Quảng Ninh, hội nghị diễn ra vào sáng ngày nào?", 0),  # a paragraph
    ("Quy định số 205-QĐ/TW, được dẫn tại giải pháp thứ tư bài Nghệ An, có nội dung về việc gì?", 0),  # cited there
    ("Giải pháp thứ tư trong bài Nghệ An là gì?", 4),
])
def test_a_place_in_the_text_or_where_a_document_is_cited_is_no_item_asked(question, ordinal):
    assert analyse(question).ordinal == ordinal


def test_an_excerpt_pasted_before_the_question_is_its_context():
    from rag.query.followup import resolve_followup
    read = resolve_followup('"Đoàn giám sát ... làm việc với Huyện ủy Hưng Nguyên" – Bí thư Huyện ủy Hưng Nguyên '
                            'lúc đó là ai?', [])
    assert read == "Bí thư Huyện ủy Hưng Nguyên lúc đó là ai? (“Đoàn giám sát ... làm việc với Huyện ủy Hưng Nguyên”)"
    # A fact to check stays one with the excerpt after it.
    assert analyse(resolve_followup('Đoạn trích: "Tích cực hoàn thành các đề án". Vậy ngành Tổ chức đã hoàn thành hết '
                                    '28 đề án chưa?', [])).checks
    # A quoted title the question is about stays where it is.
    assert resolve_followup("“Tăng cường xây dựng, chỉnh đốn Đảng” do ai viết?", []) == \
        "“Tăng cường xây dựng, chỉnh đốn Đảng” do ai viết?"


@pytest.mark.parametrize("question", [
    "Ông Trần Hồng Minh, tác giả bài viết về Cao Bằng, hiện là gì?",
    "ông Trần Hồng Minh tác giả bài viết ở Cao Bằng ông ấy là gì",
])
def test_what_a_named_person_is_asks_their_titles(question):
    assert analyse(question).kind == "title"


def test_what_a_persons_words_are_is_no_title_question():
    assert analyse("Đồng chí Nguyễn Xuân Ký phát biểu nội dung chính là gì?").kind != "title"


def test_a_persons_full_name_then_a_province_are_two_names():
    assert analyse("Lê Đức Cường Nghệ An chức danh").names == ["Lê Đức Cường", "Nghệ An"]


def test_names_listed_of_leaders_ask_for_the_people():
    assert analyse("Xin liệt kê tên các vị lãnh đạo của Tỉnh ủy đã dự hội nghị tại Quảng Ninh.").kind == "person"


@pytest.mark.parametrize("question", [
    "HĐND tỉnh đã ban hành bao nhiêu nghị quyết, hơn hay kém 200 nghị quyết?",
    "Riêng trong năm 2023, tỉnh kết nạp được bao nhiêu đảng viên mới, có vượt 2.500 người không?",
    "Tỷ lệ cán bộ tham gia học tập có đạt trên 90% không?",
])
def test_a_figure_offered_to_compare_with_is_no_figure_of_the_question(question):
    assert analyse(question).numbers == []


def test_a_body_typed_in_lower_case_describes_the_document_it_issued():
    assert analyse("kế hoạch 77 của tỉnh ủy Nghệ An ra ngày nào").doc_names == ["Nghệ An"]


def test_a_list_item_called_last_said_short_is_the_last_but_not_a_time():
    assert analyse("cái giải pháp cuối trong bài kl21 Nghệ An?").ordinal == LAST_ORDINAL
    assert analyse("nhiệm vụ cuối năm của ngành tổ chức là gì").ordinal != LAST_ORDINAL


@pytest.mark.parametrize("question", [
    "Ông Ngô Hoàng Ngân ở Quảng Ninh chức danh chính xác là gì",
    "Ngoài chức Bí thư ra thì ông Nguyễn Xuân Ký còn kiêm gì nữa?",
])
def test_the_titles_held_asked_in_more_words(question):
    assert analyse(question).kind == "title"


def test_a_claim_checked_in_one_sentence_before_asking_in_another_is_a_fact_to_check():
    info = analyse("Quy định 2993-QĐ/TU, tôi nhớ là ký năm 2020, tôi nói thế có sai không? Ngày ban hành chính xác là "
                   "ngày nào?")
    assert info.checks and info.kind == "date"


def test_what_the_asker_denies_before_asking_is_no_topic():
    info = analyse("Quy định số 205-QĐ/TW của Bộ Chính trị, đâu phải về kê khai tài sản, mà nội dung của nó là gì?")
    assert not {"kê", "khai", "tài", "sản"} & set(info.terms)


@pytest.mark.parametrize("question", [
    'Em Minh trả lời: "Đoàn giám sát làm việc với Huyện ủy Hưng Nguyên vào sáng 14/11." Em ấy ghi ngày như vậy có đúng '
    'không?',
    "Bạn Dũng nói Quy định số 09-QĐ/TU là do Bộ Chính trị ban hành. Đúng hay sai?",
])
def test_a_claim_someone_made_is_checked_without_its_maker(question):
    info = analyse(question)
    assert (info.checks or info.judge) and not info.speakers and not {"Minh", "Dũng", "Bạn Dũng"} & set(info.names)


def test_a_person_a_claim_names_with_a_title_is_checked_for_their_titles():
    info = analyse('Em Bình viết: "Đồng chí Trần Hồng Minh là Chủ tịch UBND tỉnh Cao Bằng." Em ấy viết đúng chức vụ '
                   'chưa?')
    assert info.kind == "title" and info.checks


def test_words_after_an_outline_number_and_nu_are_no_names():
    assert "Xin" not in analyse("a) Những lãnh đạo nào của tỉnh Quảng Ninh dự? b) Xin nêu đầy đủ họ tên.").names
    assert not any(n.startswith("Nữ") for n in analyse("Nữ Phó Bí thư Tỉnh ủy nào dự hội nghị?").names)


def test_a_date_given_after_issued_is_no_date_asked():
    assert analyse("Văn bản Bộ Chính trị ban hành ngày 23/9/2019 nói về vấn đề gì?").kind == "subject"
    assert analyse("Kế hoạch 77-KH/TU ban hành ngày nào?").kind == "date"


@pytest.mark.parametrize("question,read", [
    ("Kết luận 14-KL/TW ấy là về cái gì cơ", "Kết luận 14-KL/TW ấy là về cái gì"),
    ("Bí thư Huyện ủy Hưng Nguyên bây giờ là ai đấy cậu", "Bí thư Huyện ủy Hưng Nguyên bây giờ là ai"),
    ("Chủ tịch UBND tỉnh là đồng chí nào ấy nhỉ", "Chủ tịch UBND tỉnh là đồng chí nào"),
    ("sân bay Cao Bằng khởi công năm nào thì phải bảo tôi với", "sân bay Cao Bằng khởi công năm nào"),
    ("Ai là tác giả bài ấy?", "Ai là tác giả bài ấy?"),  # "ấy" points back here
    ("Phó Chủ tịch UBND tỉnh hiện giờ là ai dzậy ta?", "Phó Chủ tịch UBND tỉnh hiện giờ là ai?"),  # Southern
    ("Kế hoạch đó ban hành ngày nào dị?", "Kế hoạch đó ban hành ngày nào?"),
    ("Đó là trách nhiệm của ta?", "Đó là trách nhiệm của ta?"),  # "ta" is "we" but after "vậy"
    # why it is asked, or what it is set against, closing it
    ("Giải pháp thứ năm là gì, để tôi so với nhiệm vụ bên Cao Bằng?", "Giải pháp thứ năm là gì?"),
    ("giai phap thu nam la gi, de em lam bao cao?", "giai phap thu nam la gi?"),
    ("Bí thư Huyện ủy tiếp đoàn là đồng chí nào, khác với đồng chí trưởng đoàn bên tỉnh?",
     "Bí thư Huyện ủy tiếp đoàn là đồng chí nào?"),
    ("Kết luận 21 ban hành ngày nào, để tôi biết?", "Kết luận 21 ban hành ngày nào, để tôi biết?"),
    ("Đề án này có gì khác với đề án cũ?", "Đề án này có gì khác với đề án cũ?"),  # what is asked
])
def test_northern_particles_and_the_listener_said_to_end_nothing(question, read):
    from rag.vi.sentences import without_final_particles
    assert without_final_particles(question) == read


def test_an_apology_opening_a_question_is_no_part_of_what_it_asks():
    info = analyse("Xin lỗi, hội nghị ở Lạng Sơn tổ chức ngày nào?")
    assert "xin" not in info.terms and "lỗi" not in info.terms
    assert analyse("Xin lỗi, hội nghị ở Lạng Sơn tổ chức ngày nào?").kind == "date"
    # "lỗi" asked about is a term: "Lỗi nào bị xử lý?"
    assert "lỗi" in analyse("Tổ chức mắc lỗi gì thì bị xử lý?").terms


def test_a_word_that_asks_capitalised_by_autocorrect_is_no_name_or_place():
    from rag.vi.names import find_places
    info = analyse("kế hoạch 77-KH/TU là Cơ quan nào ban hành")
    assert (info.kind, info.names) == ("issuer", [])
    assert asks_about_document(info)
    question = "giao ban quý III tại điểm cầu Nghệ An có những đồng chí lãnh đạo tỉnh Nào dự"
    assert analyse(question).names == ["Nghệ An"] and find_places(question) == []
    # a name before what asks stays one
    assert analyse("Ông Ký giữ chức gì?").names == ["Ký"]


def test_a_source_in_a_formal_opening_or_before_a_colon_names_no_document_asked():
    info = analyse("Theo văn bản của Nghệ An (bài nhiệm vụ, giải pháp thực hiện KL21): Quy định số 2993-QĐ/TU của "
                   "Ban Thường vụ Tỉnh ủy về trách nhiệm nêu gương được ban hành ngày nào?")
    assert info.source == "Theo văn bản của Nghệ An (bài nhiệm vụ, giải pháp thực hiện KL21)"
    assert (info.kind, info.doc_texts) == ("date", ["Quy định số 2993-QĐ/TU"])
    info = analyse("Kính đề nghị hệ thống cho biết, căn cứ giải pháp thứ tư trong bài viết về thực hiện KL 21-KL/TW ở "
                   "Nghệ An, thì Quy định số 09-QĐ/TU của Ban Thường vụ Tỉnh ủy quy định về nội dung gì?")
    assert (info.kind, info.ordinal, info.doc_texts) == ("subject", 0, ["Quy định số 09-QĐ/TU"])


def test_how_many_with_who_they_are_asks_for_the_people():
    assert analyse("mấy lãnh đạo chủ chốt của tỉnh ủy dự hội nghị quán triệt KL21 ở Quảng Ninh là những ai?").kind \
        == "person"
    assert analyse("mấy lãnh đạo tỉnh ủy dự hội nghị quán triệt KL21 ở Quảng Ninh?").kind == "number"


def test_a_headline_asks_a_count_after_a_dash_and_a_time_is_no_last_item():
    assert analyse("Quảng Ninh - số đại biểu dự hội nghị quán triệt KL21?").kind == "number"
    info = analyse("Trưởng ban Tổ chức Trung ương lưu ý đến cuối 2021 cần chuẩn bị 3 hội nghị. Hội nghị thứ hai "
                   "trong danh sách đó là gì?")
    assert (info.kind, info.ordinal) == ("list", 2)
    assert analyse("Huyện Hưng Nguyên còn một số hạn chế, hạn chế đầu tiên là gì?").ordinal == 1


def test_those_opening_a_question_that_asks_something_else_are_no_count():
    assert analyse("mấy đợt sinh hoạt chính trị trong đảng bộ tỉnh Cao Bằng lấy chủ đề gì?").kind == "other"
    assert analyse("mấy ông dự hội nghị là ai?").kind == "person"
    assert analyse("Mấy đợt sinh hoạt chính trị được tổ chức?").kind == "number"
    assert analyse("Có mấy giải pháp?").kind == "number"


def test_a_titles_capitalised_first_words_are_no_name():
    assert analyse("Hội nghị ở Quảng Ninh có Bí thư với hai Phó Bí thư dự, liệt kê tên giúp tôi?").names == \
        ["Quảng Ninh"]
    assert analyse("Chủ tịch Nguyễn Văn Thông dự không?").names == ["Nguyễn Văn Thông"]


def test_the_writing_pointed_back_at_is_where_a_document_is_mentioned():
    assert asks_about_document(analyse("Thế Đề án số 08-ĐA/TU trong bài đó là về nội dung gì?"))


@pytest.mark.parametrize("question, kind", [
    ("hội nghị quán triệt KL21 ở Quảng Ninh nối tới 273 điểm cầu nhỉ?", "other"),
    ("ở hội nghị Quảng Ninh người quán triệt KL 14 là anh Cao Tường Huy hả?", "other"),
    ("KH 77-KH/TU thực hiện KL Hội nghị TW4 là UBND tỉnh Nghệ An ban hành nhỉ?", "issuer"),
])
def test_a_statement_tagged_for_confirmation_is_a_fact_to_check(question, kind):
    info = analyse(question)
    assert info.checks and info.kind == kind and not info.numbers  # its figure is checked, not required


def test_a_question_tagged_with_a_particle_that_asks_something_is_no_fact_to_check():
    assert not analyse("Kết luận 21 ban hành ngày nào nhỉ?").checks


def test_a_request_to_be_given_something_is_no_statement_to_judge():
    info = analyse("Cho em xin danh sách các đồng chí lãnh đạo chủ chốt dự hội nghị quán triệt KL 21 bên Quảng Ninh.")
    assert not info.judge and info.kind == "person"
    assert not analyse("Xác định tỷ lệ cử tri đi bầu ở Cao Bằng.").judge


@pytest.mark.parametrize("question", [
    "Công ty X gửi đề nghị cho Y, cho 10 ngày để trả lời. Ngày thứ 5, X ký bán lô hàng cho Z. X có phải bồi thường?",
    "Trung tâm X muốn trao đổi nguồn gen quý, hiếm cho một bên thứ ba. Hỏi việc này cần quyết định như thế nào?",
])
def test_a_day_counted_and_a_third_party_are_no_list_item(question):
    assert analyse(question).ordinal == 0


def test_who_asked_as_chat_asks_it_and_which_of_several_people():
    assert analyse("Bí thư Huyện ủy Hưng Nguyên hôm làm việc với đoàn giám sát là anh nào ấy nhỉ?").kind == "person"
    several = analyse("Hội nghị ở Quảng Ninh có mấy đồng chí Bí thư, Phó Bí thư Tỉnh ủy nào dự ấy nhỉ, liệt kê giúp?")
    assert several.kind == "person"  # which of them, not how many
    assert analyse("Có mấy đồng chí dự hội nghị?").kind == "number"


def test_a_document_named_in_single_quotes_is_named_as_in_double_ones():
    info = analyse("'Quy định số 205-QĐ/TW' của Bộ Chính trị nói về nội dung gì?")
    assert info.kind == "subject" and asks_about_document(info)


def test_what_the_author_says_is_no_question_about_the_author():
    assert analyse("Ở câu kết bài, tác giả nói đến năm 2030 Nghệ An phấn đấu trở thành gì?").kind != "person"
    assert analyse("Tác giả đề cập những giải pháp gì?").kind != "person"
    assert analyse("Tác giả bài viết về Cao Bằng là ai?").kind == "person"


def test_figures_quoted_from_a_draft_are_doubted_not_required_of_the_corpus():
    info = analyse('Bản thảo ghi Cao Bằng "xây dựng và duy trì được 505 mô hình Dân vận khéo" — con số đúng là '
                   "bao nhiêu?")
    assert info.kind == "number" and info.numbers == [] and info.stated == ["505"]
    # a figure the question states of its own is still one the texts must have
    assert analyse("Cao Bằng có 505 mô hình Dân vận khéo ở những lĩnh vực nào?").numbers == ["505"]


def test_a_province_then_a_title_are_no_one_name():
    assert analyse("Bên Quảng Ninh Bí thư Tỉnh ủy nào trực tiếp quán triệt Kết luận 21?").names == ["Quảng Ninh"]
    # A district (no province) or a person before a title's capitalised first words: the name ends before them.
    assert analyse("Hưng Nguyên Bí thư Huyện ủy là ai?").names[0] == "Hưng Nguyên"
    assert analyse("Đồng chí Nguyễn Văn Thông Phó Bí thư Thường trực Tỉnh ủy dự hội nghị nào?").names[0] == \
        "Nguyễn Văn Thông"
    # "Trưởng Ban Tổ chức" names its board: the run goes on past the title's first words.
    assert analyse("Trưởng Ban Tổ chức Trung ương là ai?").names == ["Trưởng Ban Tổ"]


def test_keywords_naming_a_title_last_ask_for_its_holder():
    for query in ("Cao Bằng Phó Bí thư Thường trực Tỉnh ủy", "giám sát KL21 huyện Nam Đàn trưởng đoàn"):
        info = analyse(query)
        assert info.kind == "person" and not info.judge, query
    assert analyse("Trương Thị Mai chức vụ").kind == "title"


def test_a_date_written_in_words_states_no_figure_or_year():
    info = analyse("Chỉ thị số 18 ngày 18 tháng 10 năm 2021 bên Quảng Ninh do cơ quan nào ban hành?")
    assert info.kind == "issuer" and info.numbers == [] and info.years == []


def test_a_later_item_asked_after_the_first_is_told_is_the_one_asked():
    assert analyse("Bài Nghệ An nêu sáu giải pháp, cái đầu tiên là quán triệt đến chi bộ, còn giải pháp thứ hai "
                   "là gì?").ordinal == 2
    assert analyse("Giải pháp đầu tiên là gì?").ordinal == 1
    # The last stays the last, whatever number is guessed for it.
    assert analyse("Giải pháp cuối cùng (hình như thứ bảy?) là gì?").ordinal == LAST_ORDINAL


def test_the_author_of_a_passive_clause_is_told_not_asked():
    info = analyse("Quy định số 09-QĐ/TU ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy Nghệ An, được tác giả bài viết "
                   "đề nghị thực hiện hiệu quả, là quy định về vấn đề gì?")
    assert info.kind == "subject"
    assert asks_about_document(info)  # the clause telling what the writer does with it asks nothing of its own
    assert analyse("Giải pháp này được tác giả nào đề xuất?").kind == "person"


def test_a_check_followed_by_another_question_still_checks_its_claim():
    info = analyse("Tôi đọc được rằng Cao Bằng đã kết nạp 6.022 đảng viên mới, có chính xác không? Con số đúng là bao "
                   "nhiêu?")
    assert info.checks and info.kind == "number"
    assert "6.022" not in info.numbers  # a claimed figure, which no text need have
    assert not analyse("Cao Bằng kết nạp bao nhiêu đảng viên mới? Con số đó là của năm nào?").checks


def test_when_as_the_south_asks_it_asks_a_date():
    assert analyse("Sân bay Cao Bằng chừng nào mới khởi công dzậy?").kind == "date"
    assert analyse("Kết luận 21 ban hành bữa nào?").kind == "date"


def test_words_asked_of_a_speaker_said_where_or_whether():
    assert analyse("Tại hội nghị, đồng chí Trịnh Thị Minh Thanh có phát biểu gì không?").speakers == \
        ["Trịnh Thị Minh Thanh"]
    assert analyse("Đồng chí Nguyễn Văn Thông ở điểm cầu Nghệ An hôm giao ban quý III đã tham luận những gì?"
                   ).speakers == ["Nguyễn Văn Thông"]
    assert not analyse("Đồng chí Nguyễn Văn Thông giữ chức vụ gì?").speakers


def test_an_item_said_by_its_number_without_thu_is_the_lists_item():
    assert analyse("ông bí thư cao bằng nêu mấy nhiệm vụ trọng tâm thì nhiệm vụ hai là cái gì").ordinal == 2
    assert analyse("Giải pháp ba là gì?").ordinal == 3
    assert analyse("Nhiệm vụ năm 2022 là gì?").ordinal == 0


def test_which_month_asks_a_date():
    assert analyse("Đại hội Đảng bộ tỉnh tổ chức vào tháng mấy?").kind == "date"
    assert analyse("Đại hội kéo dài mấy tháng?").kind == "number"


def test_who_put_a_document_out_asks_its_issuer():
    assert analyse("Chỉ thị 18 bên Quảng Ninh là ai ra?").kind == "issuer"
    assert analyse("Hội nghị có những ai ra về sớm?").kind == "person"


def test_a_claim_given_to_verify_and_a_date_it_bears_are_checked():
    info = analyse("Xác minh giúp: hội nghị quán triệt KL 21 ở Quảng Ninh kết nối trực tuyến tới 273 điểm cầu?")
    assert info.checks and "273" in info.stated
    info = analyse("Kế hoạch số 77-KH/TU đề ngày 24/02/2022 có đúng không?")
    assert info.kind == "date" and info.checks
    # "Hội nghị TƯ 4" names a plenum: its number is no figure to check
    assert analyse("Tổng Bí thư chỉ ra 5 điểm đáng chú ý của Hội nghị TƯ 4, có đúng không?").stated == ["5"]


def test_the_readers_addressed_as_the_question_closes_are_no_topic():
    info = analyse("Quy định 205-QĐ/TW nói về vấn đề gì vậy các đồng chí?")
    assert "đồng" not in info.terms and "chí" not in info.terms


def test_the_labels_of_sub_questions_are_no_figures():
    info = analyse("Đề nghị làm rõ đối với Quy định số 11-QĐi/TW: 1. ngày ban hành; 2. cơ quan ban hành.")
    assert info.numbers == [] and info.stated == []
    assert analyse("Hội nghị có 237 điểm cầu, đúng không?").stated == ["237"]


def test_who_a_named_person_is_asks_their_titles_with_a_place_said_between():
    assert analyse("Le Duc Cuong Nghe An la ai").kind == "title"
    assert analyse("Lê Đức Cường là ai?").kind == "title"
    assert analyse("Ai là Trưởng ban Tổ chức Tỉnh ủy Nghệ An?").kind == "person"

"""Sentence selection on hand-made passages (no index, no model)."""

from dataclasses import replace

import pytest

from rag.answer.extractive import answer_from_passages, scored_candidates
from rag.answer.scorer import load_model
from rag.documents import Answer, Chunk, Citation, Passage
from rag.index.lexical import LexicalIndex
from rag.query.analysis import analyse
from rag.vi.names import find_person
from rag.vi.refs import ref_keys


def _passages(*texts, ordinals=None):
    out = []
    for i, text in enumerate(texts):
        ordinal = (ordinals or [0] * len(texts))[i]
        out.append(Passage(Chunk(chunk_id=f"c{i}", doc_id=f"d{i}", title=f"Bài {i}", text=text, index_text=text,
                                 position=i, ordinal=ordinal, item_label="Thứ năm" if ordinal == 5 else "",
                                 refs=tuple(ref_keys(text))), 1.0 - i / 10, 0.85 - i / 50))  # dense as e5 gives
    return out


def _ask(question, passages):
    lexical = LexicalIndex([p.chunk.index_text for p in passages])
    return answer_from_passages(analyse(question), passages, lexical)


def test_date_vote_takes_the_best_attested_date_and_shows_the_other():
    passages = _passages(
        "Tỉnh ủy thực hiện Kết luận số 21-KL/TW, ngày 15/10/2021 của Ban Chấp hành Trung ương.",
        "Quán triệt Kết luận số 21-KL/TW, ngày 25/10/2021 của Ban Chấp hành Trung ương.",
        "Ngày 25/10/2021, Ban Chấp hành Trung ương ban hành Kết luận 21-KL/TW về xây dựng Đảng.",
    )
    answer = _ask("Kết luận 21-KL/TW ban hành ngày nào?", passages)
    assert answer.grounded and answer.answer.startswith("25/10/2021")
    assert "một nguồn khác ghi ngày 15/10/2021" in answer.answer
    cited = {c.doc_id for c in answer.citations}
    assert cited == {"d0", "d1", "d2"}


def test_the_date_next_to_another_document_is_not_taken():
    passages = _passages("Thực hiện Kết luận số 21-KL/TW gắn với Kết luận số 01-KL/TW, "
                         "ngày 18/5/2021 của Bộ Chính trị.")
    answer = _ask("Kết luận 21 ban hành ngày nào?", passages)
    assert not answer.grounded and "không ghi ngày của Kết luận 21" in answer.answer


def test_number_question_picks_the_sentence_with_the_figure():
    passages = _passages(
        "Hội nghị diễn ra sáng 15/1 tại tỉnh.",
        "Hội nghị được kết nối trực tuyến đến 237 điểm cầu với hơn 15.500 đại biểu tham dự.",
    )
    question = "Hội nghị kết nối bao nhiêu điểm cầu?"
    lexical = LexicalIndex([p.chunk.index_text for p in passages])
    ranked = scored_candidates(analyse(question), passages, lexical, load_model())
    best = ranked[0][1]  # how sure the shipped model is depends on the corpus; the order must not
    assert passages[best.rank].chunk.text[best.start:best.end].startswith("Hội nghị được kết nối trực tuyến đến 237")


def test_list_item_question_answers_with_that_item():
    passages = _passages("- Thứ tư, tập trung xây dựng đội ngũ cán bộ.", "- Thứ năm, tăng cường kiểm tra, giám sát.",
                         ordinals=[4, 5])
    answer = _ask("Giải pháp thứ năm là gì?", passages)
    assert "Thứ năm, tăng cường kiểm tra, giám sát." in answer.answer


def test_an_item_asked_for_the_documents_it_names_keeps_its_long_sentence_naming_them():
    listed = ("Tiếp tục thực hiện các quy định, quy chế của Bộ Chính trị như: Quy chế giám sát và phản biện xã hội của "
              "Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội (ban hành theo Quyết định số 217-QĐ/TW "
              "ngày 12/12/2013), Quy định về việc Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội và nhân "
              "dân tham gia góp ý xây dựng Đảng, xây dựng chính quyền (ban hành theo Quyết định 218-QĐ/TW ngày "
              "12/12/2013); Quy định số 11-QĐi/TW, ngày 18/02/2019 về trách nhiệm của người đứng đầu cấp ủy trong "
              "việc tiếp dân.")
    passages = _passages("- Thứ tư, tập trung xây dựng đội ngũ cán bộ.",
                         f"- Thứ năm, phát huy vai trò giám sát của nhân dân. {listed} Theo đó, cấp ủy tiếp dân.",
                         ordinals=[4, 5])
    answer = _ask("Giải pháp thứ năm nêu những quy chế, quy định nào cần tiếp tục thực hiện?", passages)
    # every document of the item's long sentence, not its first 320 characters and "…"
    assert all(n in answer.answer for n in ("217-QĐ/TW", "218-QĐ/TW", "11-QĐi/TW")), answer.answer
    # asked for what the item is, its long sentence is still cut
    short = _ask("Giải pháp thứ năm là gì?", passages)
    assert "Thứ năm, phát huy vai trò giám sát của nhân dân." in short.answer and "11-QĐi/TW" not in short.answer


def test_unrelated_passages_give_a_refusal():
    passages = _passages("Hội nghị được kết nối trực tuyến đến 237 điểm cầu.")
    answer = _ask("Giá vàng hôm nay là bao nhiêu?", passages)
    assert not answer.grounded and answer.citations == []


def test_person_names_are_found():
    sentence = "Bài viết của tác giả Phạm Thị Thanh Giang – Trưởng phòng, Ban Tổ chức Tỉnh ủy."
    start, end = find_person(sentence)
    assert sentence[start:end] == "Phạm Thị Thanh Giang"
    assert find_person("Ban Chấp hành Trung ương Đảng khóa XIII") is None
    # A family name opens a person's name even when the given names are also words of bodies ("Quyết", "Quốc").
    for name in ("Vũ Quyết Tiến", "Nguyễn Quốc Trung"):
        sentence = f"Hội nghị nghe đồng chí {name}, Trưởng Ban Tổ chức Tỉnh ủy, quán triệt Kết luận."
        start, end = find_person(sentence)
        assert sentence[start:end] == name
    assert find_person("Ban Thường vụ Tỉnh ủy Nghệ An") is None


def test_who_did_something_with_a_document_is_answered_from_a_sentence_naming_it():
    passages = _passages(
        "Tại hội nghị, đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, đã quán triệt tinh thần của Hội nghị Trung ương 4.",
        "Hội nghị cũng nghe đồng chí Vũ Quyết Tiến, Trưởng Ban Tổ chức Tỉnh ủy, quán triệt Kết luận số 14-KL/TW "
        "ngày 22/9/2021 của Bộ Chính trị.")
    answer = _ask("Ai quán triệt Kết luận 14-KL/TW tại hội nghị?", passages)
    assert answer.grounded and "Vũ Quyết Tiến" in answer.answer, answer.answer


def _article_passages():
    title = "Luật Vườn cộng đồng 2031 – Điều 7. Quyền của người giữ vườn"
    texts = [("Người giữ vườn có các quyền sau đây:", ""), ("1. Được nhận hạt giống miễn phí mỗi mùa vụ.", "1."),
             ("2. Được đề nghị thay người giữ vườn khi ốm đau kéo dài.", "2.")]
    other = Chunk(chunk_id="x", doc_id="x", title="Tin", text="Người giữ vườn ở phường được khen thưởng.",
                  index_text="Người giữ vườn ở phường được khen thưởng.", position=0)
    chunks = [Chunk(chunk_id=f"a{i}", doc_id="v7", title=title, text=t, index_text=f"{title}\n{t}", position=i,
                    item_label=label) for i, (t, label) in enumerate(texts)]
    return [Passage(c, 1.0 - i / 10, dense=0.85 - i / 50) for i, c in enumerate([other, *chunks])]


def test_an_article_question_quotes_the_article_asked_clause_first():
    passages = _article_passages()
    lexical = LexicalIndex([p.chunk.index_text for p in passages])
    info = analyse("khoản 2 Điều 7 Luật Vườn cộng đồng quy định gì?")
    answer = answer_from_passages(info, passages, lexical, located=["a2", "a0", "a1"])
    assert answer.grounded and [c.chunk_id for c in answer.citations] == ["a2", "a0", "a1"]
    assert answer.answer.startswith("Luật Vườn cộng đồng 2031 – Điều 7. Quyền của người giữ vườn: “2. Được đề nghị")


def test_a_question_inside_an_article_prefers_the_article_sentences():
    passages = _article_passages()
    lexical = LexicalIndex([p.chunk.index_text for p in passages])
    info = analyse("Theo Điều 7 Luật Vườn cộng đồng, người giữ vườn được nhận gì mỗi mùa vụ?")
    answer = answer_from_passages(info, passages, lexical, located=["a0", "a1", "a2"])
    assert answer.citations[0].chunk_id == "a1" and "hạt giống" in answer.answer


def test_a_choice_stem_quotes_the_whole_list_its_options_come_from():
    # The options of "Điều nào sau đây …" are not in the question: one item (or the article's heading, which
    # scores best here) is a guess; the list the options are drawn from decides it.
    passages = _passages(
        "Điều 347. Nghĩa vụ của bên cầm giữ\nBên cầm giữ có các nghĩa vụ sau đây:\n"
        "1. Bảo quản, giữ gìn tài sản cầm giữ;\n"
        "2. Không được khai thác, sử dụng tài sản cầm giữ nếu không được bên có tài sản cầm giữ đồng ý;\n"
        "3. Giao lại tài sản cầm giữ khi nghĩa vụ của bên có tài sản cầm giữ đã được thực hiện;\n"
        "4. Bồi thường thiệt hại nếu làm mất hoặc hư hỏng tài sản cầm giữ.",
        "Cầm giữ tài sản là việc bên có quyền đang nắm giữ hợp pháp tài sản là đối tượng của hợp đồng song vụ.")
    answer = _ask("Điều nào sau đây là nghĩa vụ của bên cầm giữ?", passages)
    assert answer.grounded and answer.answer.startswith("“Bên cầm giữ có các nghĩa vụ sau đây:")
    for item in ("1. Bảo quản, giữ gìn tài sản cầm giữ;", "3. Giao lại tài sản cầm giữ",
                 "4. Bồi thường thiệt hại"):
        assert item in answer.answer


def _clause(cid, text, article, clause, position):
    return Chunk(chunk_id=cid, doc_id="luat-thu-nghiem", title="Luật Thử nghiệm", text=text, index_text=text,
                 position=position, article=article, clause=clause)


def test_a_list_of_another_article_of_the_same_law_is_no_answer():
    # One file holds the whole law. The question is about the landlord's rights, whose clauses (Điều 3) are the
    # answer; the tenant's duties (Điều 2) are a list too, and with the candidate threshold at 0 every list
    # "passes": only its place keeps it out.
    duties = _clause("c2", "Bên thuê nhà có các nghĩa vụ sau đây:\n1. Trả tiền thuê nhà đúng hạn.\n"
                           "2. Giữ gìn nhà ở.\n3. Trả lại nhà khi hết hạn hợp đồng.", "2", 0, 2)
    rights = [_clause("c31", "1. Bên cho thuê có quyền nhận đủ tiền thuê nhà.", "3", 1, 5),
              _clause("c32", "2. Bên cho thuê có quyền đơn phương chấm dứt hợp đồng khi bên thuê không trả tiền "
                             "ba tháng liên tiếp.", "3", 2, 6)]
    passages = [Passage(rights[0], 1.0, 0.86), Passage(duties, 0.9, 0.85), Passage(rights[1], 0.8, 0.84)]
    lexical = LexicalIndex([p.chunk.index_text for p in passages])
    every_list_passes = replace(load_model(), threshold=0.0)
    answer = answer_from_passages(analyse("Bên cho thuê có những quyền nào?"), passages, lexical, every_list_passes,
                                  article=lambda c: [x for x in (duties, *rights) if x.article == c.article])
    assert answer.grounded and "nghĩa vụ" not in answer.answer
    assert [c.chunk_id for c in answer.citations] == ["c31", "c32"]
    assert "2. Bên cho thuê có quyền đơn phương chấm dứt hợp đồng" in answer.answer


def test_a_figure_the_question_states_itself_is_no_answer_to_how_many():
    # "sau hơn 1 năm … bao nhiêu đảng viên": a sentence repeating "1 năm" states no count of đảng viên, and a
    # plan's period ("giai đoạn 2021 - 2025") is no count either; the same figure of another thing still is.
    from rag.answer.values import asked_of, has_value
    asked = asked_of(analyse("Sau hơn 1 năm thực hiện Kết luận 21, huyện đã kỷ luật bao nhiêu đảng viên?"))
    assert not has_value("number", "Sau hơn 1 năm thực hiện Kết luận số 21-KL/TW, nhận thức được nâng lên.", asked)
    assert not has_value("number", "Triển khai Đề án số 06-ĐA/TU giai đoạn 2021 - 2025.", asked)
    assert has_value("number", "Sau hơn 1 năm, huyện đã kỷ luật 12 đảng viên.", asked)
    # A stretch of time the question does not give is no count either, unless one is asked ("bao nhiêu năm").
    keywords = asked_of(analyse("Hưng Nguyên đảng viên bị kỷ luật sau KL21 số lượng"))
    assert not has_value("number", "Sau hơn 1 năm thực hiện Kết luận, nhận thức được nâng lên.", keywords)
    assert has_value("number", "Sau hơn 1 năm thực hiện Kết luận, huyện kỷ luật 12 đảng viên.", keywords)
    # A stretch of time stated as the value is one: "Thời hiệu … là bao nhiêu?" asks no count of a thing.
    plain = asked_of(analyse("Thời hiệu xử lý kỷ luật của viên chức là bao nhiêu?"))
    assert has_value("number", "Thời hiệu xử lý kỷ luật là 24 tháng, kể từ thời điểm có hành vi vi phạm.", plain)
    years = asked_of(analyse("Nhiệm kỳ Đại hội Đảng bộ tỉnh kéo dài bao nhiêu năm?"))
    assert has_value("number", "Nhiệm kỳ của Đại hội là 5 năm.", years)
    points = asked_of(analyse("Tổng Bí thư đã chỉ ra mấy điểm đáng chú ý của Hội nghị Trung ương 4?"))
    assert has_value("number", "Tổng Bí thư chỉ ra 4 điểm đáng chú ý.", points)


def test_a_titles_question_is_answered_by_a_title_written_beside_the_name():
    from rag.answer.values import asked_of, has_value
    asked = asked_of(analyse("Lê Thị Hoa giữ chức vụ gì?"))
    assert not has_value("title", "Bà Lê Thị Hoa phát biểu tại hội nghị.", asked)
    assert not has_value("title", "Đồng chí Lê Văn Tám, Bí thư Chi bộ, và bà Lê Thị Hoa dự họp.", asked)
    assert has_value("title", "Đồng chí Lê Thị Hoa, Ủy viên Ban Thường vụ, Trưởng ban Dân vận, phát biểu.", asked)
    assert has_value("title", "Dự họp có Chủ tịch HĐND tỉnh Lê Thị Hoa.", asked)
    assert has_value("title", "Đồng chí Lê Thị Hoa - Phó Bí thư Tỉnh ủy chủ trì.", asked)


def test_a_title_holder_is_the_person_the_title_is_written_with():
    from rag.answer.values import asked_of, value_span
    sentence = ("Dự hội nghị có các đồng chí: Lê Văn An, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh; Hoàng Văn Bình, Phó "
                "Bí thư Thường trực Tỉnh ủy; Đinh Thị Hoa, Phó Chủ tịch Thường trực UBND tỉnh.")

    def holder(question: str) -> str:
        span = value_span("person", sentence, asked_of(analyse(question)))
        return sentence[span[0]:span[1]] if span else ""

    assert holder("Bí thư Tỉnh ủy Lạng Sơn là ai?") == "Lê Văn An"
    assert holder("Phó Bí thư Thường trực Tỉnh ủy Lạng Sơn là ai?") == "Hoàng Văn Bình"
    assert holder("Ai là Chủ tịch UBND tỉnh Lạng Sơn?") == ""  # a deputy does not hold the title
    assert holder("Trưởng ban Tuyên giáo Tỉnh ủy Lạng Sơn là ai?") == ""


def test_how_many_asks_for_a_figure_of_what_it_counts():
    from rag.answer.scope import _counts, counted_noun
    assert counted_noun("Huyện đã kỷ luật bao nhiêu đảng viên?") == "dang"
    assert counted_noun("HĐND tỉnh ban hành bao nhiêu NQ?") == "nghi"  # "NQ" counts nghị quyết
    assert counted_noun("Tỷ lệ cử tri đi bầu là bao nhiêu?") == counted_noun("Tăng bao nhiêu phần trăm?") == ""
    assert _counts("Sau hơn 1 năm thực hiện Kết luận, nhận thức được nâng lên.", "dang") == -1
    assert _counts("Kiểm tra 9.178 lượt đảng viên.", "dang") == len("Kiểm tra ")  # where the figure stands
    assert _counts("Ban hành 12 nghị quyết.", "nghi") >= 0
    assert _counts("Tổng Bí thư chỉ ra bốn điểm đáng chú ý.", "diem") >= 0
    assert _counts("Hội nghị kéo dài 3 giờ.", "tieng") >= 0 and _counts("Hội nghị có 237 điểm cầu.", "tieng") == -1


def test_the_place_a_figure_must_be_of_is_the_narrowest_asked():
    from rag.answer.scope import _narrowest_places
    assert _narrowest_places("Tại điểm cầu huyện Cao Lộc, tỉnh Lạng Sơn có bao nhiêu đại biểu?") == ["Cao Lộc"]
    assert _narrowest_places("Tỷ lệ cử tri đi bầu ở Lạng Sơn là bao nhiêu?") == ["Lạng Sơn"]
    assert _narrowest_places("hoi nghi o Lang Son co bao nhieu dai bieu") == ["Lang Son"]
    assert _narrowest_places("Tại Hội nghị Trung ương 4 có bao nhiêu đại biểu?") == []  # an event, not a place
    assert _narrowest_places("Tỷ lệ cử tri Lạng Sơn đi bầu là bao nhiêu?") == ["Lạng Sơn"]  # named without a unit
    # A title, a person and a sentence's first words are not places.
    assert _narrowest_places("Tổng Bí thư Nguyễn Phú Trọng chỉ ra mấy điểm?") == []
    assert _narrowest_places("Ngành Tổ chức đã ban hành bao nhiêu hướng dẫn?") == []
    # A place opening the question: both words capitalised, where a sentence's first word alone is any word.
    assert _narrowest_places("Lạng Sơn tổ chức hội nghị với bao nhiêu điểm cầu?") == ["Lạng Sơn"]
    assert _narrowest_places("Hội nghị có bao nhiêu điểm cầu?") == []


@pytest.mark.parametrize("question,event", [
    ("Hội nghị quán triệt diễn ra ngày nào?", True),
    ("Đoàn giám sát làm việc với huyện về việc thực hiện KL 21 vào ngày nào?", True),  # what the event was about
    ("Cho mình hỏi NQ 68/NQ-HĐND của HĐND tỉnh ra ngày nào", False),
    ("Kế hoạch 77-KH/TU thực hiện Kết luận Trung ương 4 có ngày tháng năm nào?", False),
])
def test_a_date_question_naming_a_document_may_still_ask_an_events_date(question, event):
    from rag.answer.values import asks_event
    assert asks_event(analyse(question)) is event


def test_documents_answer_a_question_naming_two_documents_only_when_they_name_both():
    passages = _passages(
        "Tỉnh ủy Nghệ An thực hiện Kết luận số 21-KL/TW gắn với Kết luận số 01-KL/TW của Bộ Chính trị.",
        "Tỉnh ủy Quảng Ninh tổ chức hội nghị quán triệt Kết luận số 21-KL/TW.",
        "Tỉnh ủy Cao Bằng cụ thể hóa Kết luận số 21-KL/TW và Kết luận số 01-KL/TW bằng chương trình hành động.")
    answer = _ask("Những tỉnh nào thực hiện Kết luận 21-KL/TW gắn với Kết luận 01-KL/TW?", passages)
    assert answer.grounded, answer.answer
    assert {c.doc_id for c in answer.citations} == {"d0", "d2"}  # Quảng Ninh names only one of them


def test_who_holds_a_title_is_answered_only_by_someone_named_with_it():
    passages = _passages(
        "Phát biểu tại buổi làm việc, đồng chí Nguyễn Thị Thu Hường, Trưởng ban Tuyên giáo Tỉnh ủy, yêu cầu Ban "
        "Thường vụ Huyện ủy Hưng Nguyên tiếp tục quán triệt Kết luận 21.",
        "Các đồng chí Bí thư cấp ủy cơ sở dự hội nghị.")  # (the title is in the corpus, its holder not named)
    refused = _ask("Bí thư Huyện ủy Hưng Nguyên là ai?", passages)  # she is named beside the district, not as it
    assert not refused.grounded and "không nói ai giữ chức vụ này" in refused.answer
    # The same asked before the context it is told in.
    refused = _ask("Bí thư Huyện ủy Hưng Nguyên là ai? Hôm đoàn giám sát KL21 về làm việc ấy", passages)
    assert not refused.grounded and "không nói ai giữ chức vụ này" in refused.answer, refused.answer
    # The post said in other words: "giữ cương vị", "giữ chức vụ" are "là".
    for asked in ("Vào thời điểm đoàn giám sát về làm việc, đồng chí nào đang giữ cương vị Bí thư Huyện ủy "
                  "Hưng Nguyên?",
                  "Đồng chí nào giữ chức vụ Bí thư Huyện ủy Hưng Nguyên?"):
        refused = _ask(asked, passages)
        assert not refused.grounded and "không nói ai giữ chức vụ này" in refused.answer, refused.answer
    answered = _ask("Trưởng ban Tuyên giáo Tỉnh ủy là ai?", passages)
    assert answered.grounded and "Nguyễn Thị Thu Hường" in answered.answer


def test_how_many_in_news_is_not_answered_by_a_sentence_without_the_figure():
    passages = _passages(
        "Sau hơn 1 năm thực hiện Kết luận 21, cán bộ, đảng viên huyện Hưng Nguyên có nhận thức sâu sắc hơn.",
        "Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Hưng Nguyên về kết quả thực hiện Kết luận 21.")
    answer = _ask("Sau hơn 1 năm thực hiện Kết luận 21, huyện Hưng Nguyên đã kỷ luật bao nhiêu đảng viên?", passages)
    assert not answer.grounded and "không nêu con số này" in answer.answer


def test_an_event_date_is_not_the_date_of_a_document_named_beside_it():
    passages = _passages("Tỉnh ủy Cao Bằng cụ thể hóa Kết luận số 21-KL/TW, ngày 15/10/2021 và Kết luận số "
                         "01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.")
    answer = _ask("Đại hội Đảng bộ tỉnh Cao Bằng lần thứ XX tổ chức ngày nào?", passages)
    assert not answer.grounded and "15/10/2021" not in answer.answer
    event = _passages("Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Kết luận số 21-KL/TW "
                      "ngày 25/10/2021 của Ban Chấp hành Trung ương.")
    assert _ask("Hội nghị quán triệt của Ban Thường vụ Tỉnh ủy diễn ra ngày nào?", event).grounded


def test_adverbs_before_how_many_and_a_share_asked_leave_the_figure_in_scope():
    from rag.answer.scope import figure_in_scope
    unit = "Hội nghị được kết nối trực tuyến đến 237 điểm cầu từ tỉnh đến các huyện."
    assert figure_in_scope("Hội nghị được nối trực tuyến tới chính xác bao nhiêu điểm cầu?", unit)
    assert figure_in_scope("Hội nghị Quảng Ninh nối mạng bao nhiêu điểm cầu?", unit)  # the same act, other words
    kept = "Xây dựng và duy trì được 550 mô hình “Dân vận khéo” trên các lĩnh vực của đời sống, xã hội."
    assert figure_in_scope("Cao Bằng giữ được bao nhiêu mô hình Dân vận khéo?", kept)
    assert not figure_in_scope("Cao Bằng xóa bỏ bao nhiêu mô hình Dân vận khéo?", kept)
    assert figure_in_scope("Hội nghị Quảng Ninh kết nối bao nhiêu đầu cầu?", unit)  # another name of the same thing
    share = "Đến nay đã cơ bản hoàn thành 19/28 đề án trình Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư."
    assert figure_in_scope("Con số đề án đã hoàn thành trình Trung ương, Bộ Chính trị, Ban Bí thư là bao nhiêu trên "
                           "tổng số bao nhiêu?", share)


def test_the_bodies_something_is_submitted_to_do_not_act():
    from rag.answer.scope import figure_in_scope
    unit = "Ban Tổ chức Trung ương đã hoàn thành 19 đề án trình Bộ Chính trị."
    assert figure_in_scope("Đã hoàn thành trình Bộ Chính trị bao nhiêu đề án?", unit)


def test_a_figure_is_of_the_action_and_the_body_a_question_asks_about():
    from rag.answer.scope import figure_in_scope
    report = ("Từ đầu nhiệm kỳ, cấp ủy các cấp kiểm tra 1.204 lượt tổ chức đảng và 5.311 lượt đảng viên. "
              "Thi hành kỷ luật 3 tổ chức đảng, 118 đảng viên. Ủy ban Kiểm tra các cấp giám sát 402 đảng viên.")
    first, second, third = (report[:report.index("Thi")], report[report.index("Thi"):report.index("Ủy")],
                            report[report.index("Ủy"):])
    discipline = "Cấp ủy các cấp ở Lạng Sơn đã thi hành kỷ luật bao nhiêu đảng viên?"
    assert figure_in_scope(discipline, second, before=first)  # no body of its own: the previous sentence's
    assert not figure_in_scope(discipline, first)  # the committees' figure, but of inspections
    # Said as "số … bị <body> <action>": the body stands between, the action qualifies the count.
    passive = "Số đảng viên bị cấp ủy các cấp tỉnh Lạng Sơn thi hành kỷ luật từ đầu nhiệm kỳ?"
    assert figure_in_scope(passive, second, before=first) and not figure_in_scope(passive, first)
    committee = "Ủy ban Kiểm tra các cấp ở Lạng Sơn đã thi hành kỷ luật bao nhiêu tổ chức đảng?"
    assert not figure_in_scope(committee, second, before=first)  # the committees' discipline, not the Commission's
    assert figure_in_scope("UBKT các cấp đã giám sát bao nhiêu đảng viên?", third)  # the short form is the body
    # A body the question leaves out in brackets is not the one asked about.
    left_out = ("Qua kiểm tra của cấp ủy các cấp (chưa tính phần của Ủy ban Kiểm tra), Lạng Sơn đã thi hành kỷ luật "
                "bao nhiêu đảng viên?")
    assert figure_in_scope(left_out, second, before=first)
    assert not figure_in_scope(left_out, "Ủy ban Kiểm tra các cấp thi hành kỷ luật 62 đảng viên.")
    # "bao nhiêu lượt": a count of visits, when the text has one ("5.311 lượt đảng viên", not "402 đảng viên").
    visits = "lang son da kiem tra bao nhieu luot dang vien"
    assert figure_in_scope(visits, first) and not figure_in_scope(visits, "Ủy ban Kiểm tra kiểm tra 62 đảng viên.")
    assert figure_in_scope(visits, "Ủy ban Kiểm tra kiểm tra 62 đảng viên.", times=False)
    # "có", "gồm" ask no action; a question counting nothing is in scope of any figure.
    assert figure_in_scope("Hội nghị có bao nhiêu điểm cầu?", "Hội nghị được kết nối tới 120 điểm cầu.")
    assert figure_in_scope("Tỷ lệ cử tri đi bầu là bao nhiêu?", "Tỷ lệ đạt 99,8%.")


def test_how_many_takes_the_figure_of_the_body_asked_or_refuses():
    passages = _passages(
        "Từ đầu nhiệm kỳ, cấp ủy các cấp tỉnh Lạng Sơn kiểm tra 1.204 lượt tổ chức đảng và 5.311 lượt đảng viên. "
        "Thi hành kỷ luật 3 tổ chức đảng, 118 đảng viên.",
        "Ủy ban Kiểm tra các cấp tỉnh Lạng Sơn kiểm tra khi có dấu hiệu vi phạm đối với 9 tổ chức đảng và 40 đảng "
        "viên. Thi hành kỷ luật 75 đảng viên vi phạm.")
    committees = _ask("Cấp ủy các cấp tỉnh Lạng Sơn đã thi hành kỷ luật bao nhiêu đảng viên?", passages)
    assert committees.grounded and "118 đảng viên" in committees.answer, committees.answer
    commission = _ask("Ủy ban Kiểm tra các cấp tỉnh Lạng Sơn đã thi hành kỷ luật bao nhiêu đảng viên?", passages)
    assert commission.grounded and "75 đảng viên" in commission.answer, commission.answer
    none = _ask("Ủy ban Kiểm tra các cấp tỉnh Lạng Sơn đã thi hành kỷ luật bao nhiêu tổ chức đảng?", passages)
    assert not none.grounded and "không nêu con số này" in none.answer


def test_who_holds_a_title_is_taken_from_a_passage_about_the_place_asked():
    passages = _passages(
        "Dự hội nghị có đồng chí Hoàng Văn Nam, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Bắc Kạn.",
        "Tác giả: Lê Thị Thu, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Lạng Sơn.")
    answer = _ask("Bi thu Tinh uy Lang Son la ai?", passages)
    assert answer.grounded and "Lê Thị Thu" in answer.answer and "Hoàng Văn Nam" not in answer.answer


def test_the_body_acting_opens_the_clause_and_a_preamble_names_none():
    from rag.answer.scope import _asked, figure_in_scope
    # A preamble's body is not the one asked about: the body nearest "bao nhiêu" is.
    asked = "Chuẩn bị họp chi bộ, cho tôi số liệu: cấp ủy các cấp tỉnh Lạng Sơn đã kết nạp bao nhiêu đảng viên?"
    assert _asked(asked) == ("cap uy", ("ket", "nap"))
    # Bodies named as objects ("báo cáo Bộ Chính trị, Ban Bí thư") are not who acts in the next sentence.
    before = "Đồng thời hoàn thiện các nội dung sau khi báo cáo Bộ Chính trị, Ban Bí thư. "
    assert figure_in_scope("Ban Tổ chức đã hoàn thành bao nhiêu đề án?", "Đến nay đã hoàn thành 12/20 đề án.",
                           before=before)
    # "Đề án" counts, though folded "đề" is a function word; "trọng tâm" is not "tám".
    assert not figure_in_scope("Ban Tổ chức đã hoàn thành bao nhiêu đề án?",
                               "Hoàn thành các đề án năm 2022, trọng tâm là các đề án trình Hội nghị Trung ương.")
    assert figure_in_scope("Tỉnh đã hoàn thành mấy đề án?", "Tỉnh đã hoàn thành tám đề án.")
    # Two bodies opening the clause act together.
    assert figure_in_scope("Tỉnh ủy Lạng Sơn đã ban hành bao nhiêu nghị quyết?",
                           "Tỉnh ủy, Ban Thường vụ Tỉnh ủy ban hành 12 nghị quyết chuyên đề.")
    # A clause after ";" opens with its own body: "…; HĐND tỉnh ban hành 41 nghị quyết".
    assert figure_in_scope("HĐND tỉnh đã ban hành bao nhiêu nghị quyết?",
                           "Đoàn đại biểu Quốc hội, HĐND tỉnh tiếp xúc cử tri; HĐND tỉnh ban hành 41 nghị quyết.")


def test_a_documents_number_is_answered_by_a_document_of_that_type_named_by_number():
    passages = _passages(
        "Ban Thường vụ Tỉnh ủy Lạng Sơn tổ chức quán triệt Kết luận số 21-KL/TW và Chương trình hành động của "
        "Tỉnh ủy.",
        "Tỉnh ủy Lạng Sơn đã ban hành Kết luận số 14-KL/TW về khuyến khích cán bộ năng động.")
    refused = _ask("Chương trình hành động của Tỉnh ủy Lạng Sơn thực hiện Kết luận 21 là chương trình số mấy?",
                   passages)
    assert not refused.grounded and "không nêu số hiệu của văn bản này" in refused.answer  # not KL 14's number
    numbered = passages + _passages("Ban Thường vụ Tỉnh ủy Lạng Sơn ban hành Kế hoạch số 52-KH/TU để thực hiện "
                                    "Kết luận số 21-KL/TW.")[:1]
    numbered[-1] = replace(numbered[-1], chunk=replace(numbered[-1].chunk, chunk_id="c9", doc_id="d9"))
    answer = _ask("Tỉnh ủy Lạng Sơn ban hành kế hoạch số mấy để thực hiện Kết luận 21?", numbered)
    assert answer.grounded and "52-KH/TU" in answer.answer, answer.answer


def test_a_counted_word_that_folds_to_a_function_word_counts_only_as_written():
    from rag.answer.scope import counted_noun
    assert counted_noun("Ban Tổ chức đã hoàn thành bao nhiêu đề án?") == "de"  # "đề án", not "để"
    assert counted_noun("Tỉnh ban hành kế hoạch số mấy để thực hiện Kết luận 21?") == ""
    assert counted_noun("ban to chuc hoan thanh bao nhieu de an") == ""  # unaccented: "de" may be "để"


def test_a_documents_number_is_the_one_its_description_matches_whatever_the_question_kind():
    passages = _passages(
        "Tỉnh ủy Lạng Sơn ban hành Chương trình số 05-CTr/TU về phát triển nguồn nhân lực; Đề án số 02-ĐA/TU về "
        "nâng cao chất lượng đảng viên; Đề án số 11-ĐA/TU cải cách hành chính trong cơ quan Đảng, Mặt trận và "
        "đoàn thể giai đoạn 2022 - 2025; đồng thời ban hành nhiều quy định mới.")
    for question in ("Đề án cải cách hành chính trong cơ quan Đảng, Mặt trận và đoàn thể của Lạng Sơn có số hiệu "
                     "là gì?", "Đề án cải cách hành chính trong cơ quan Đảng của Lạng Sơn là đề án số mấy?"):
        answer = _ask(question, passages)
        assert answer.grounded and "11-ĐA/TU" in answer.answer, (question, answer.answer)


def test_an_action_no_text_words_does_not_tell_figures_apart():
    from rag.answer.scope import figure_in_scope
    question = "Ngành tổ chức đã cơ bản xong bao nhiêu đề án?"
    unit = "Đến nay đã cơ bản hoàn thành 12/20 đề án trình Tỉnh ủy."
    assert not figure_in_scope(question, unit)  # "xong" is not "hoàn thành"…
    corpus = {"den", "nay", "da", "co", "ban", "hoan", "thanh", "de", "an", "trinh", "tinh", "uy"}
    assert figure_in_scope(question, unit, known=corpus.__contains__)  # …but no text says "xong" at all
    assert not figure_in_scope("Ngành tổ chức đã trình bao nhiêu đề án?", "Đến nay đã hoàn thành 12/20 đề án.",
                               known=corpus.__contains__)  # a word the corpus has still must be there


def test_a_quarter_or_an_events_number_the_question_names_must_be_in_the_answer():
    passages = _passages("Chiều 30/9, Ban Tổ chức Tỉnh ủy tổ chức hội nghị giao ban trực tuyến quý III năm 2021.")
    refused = _ask("Ban Tổ chức Tỉnh ủy giao ban trực tuyến quý II năm 2021 vào ngày nào?", passages)
    assert not refused.grounded and "quý II" in refused.answer
    assert "30/9" in _ask("Ban Tổ chức Tỉnh ủy giao ban quý 3 năm 2021 vào ngày nào?", passages).answer
    held = _passages("Sáng 12/5, Đoàn giám sát số 2 của Tỉnh ủy làm việc với huyện Cao Lộc.")
    assert "12/5" in _ask("Đoàn giám sát số 2 làm việc với huyện Cao Lộc ngày nào?", held).answer
    other = _ask("Đoàn giám sát số 4 làm việc với huyện Cao Lộc ngày nào?", held)
    assert not other.grounded and "số 4" in other.answer


def test_a_title_holder_matches_a_title_written_abbreviated_on_either_side():
    passages = _passages("Dự hội nghị ở Lạng Sơn có các đồng chí: Hoàng Văn Bình, Bí thư Tỉnh ủy; Lý Thị Hoa, Phó "
                         "Bí thư Thường trực Tỉnh ủy, Trưởng Đoàn ĐBQH tỉnh; Nông Văn Tú, Chủ tịch UBND tỉnh.")
    answer = _ask("Trưởng đoàn Đại biểu Quốc hội tỉnh là ai?", passages)
    assert answer.grounded and "Lý Thị Hoa" in answer.answer
    answer = _ask("Ở Lạng Sơn, Phó Bí thư Thường trực Tỉnh ủy tên là gì?", passages)
    assert answer.grounded and "Lý Thị Hoa" in answer.answer
    refused = _ask("Chủ tịch HĐND tỉnh là ai?", passages)
    assert not refused.grounded and "không nói ai giữ chức vụ này" in refused.answer


def test_a_terms_roman_numeral_the_date_question_names_must_be_near_the_quote():
    passages = _passages("Tỉnh ủy tiếp tục thực hiện Nghị quyết Trung ương 4 (khóa XI, XII) về xây dựng Đảng. Sáng "
                         "12/5, Tỉnh ủy tổ chức hội nghị sơ kết công tác xây dựng Đảng.")
    refused = _ask("Hội nghị Trung ương 4 khóa XIII họp ngày nào?", passages)
    assert not refused.grounded and "XIII" in refused.answer
    assert "12/5" in _ask("Hội nghị sơ kết thực hiện Nghị quyết Trung ương 4 khóa XII họp ngày nào?", passages).answer


def test_which_documents_is_answered_by_the_unit_naming_the_most_of_them():
    passages = _passages(
        "Đồng chí Trưởng đoàn yêu cầu huyện tiếp tục quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương.",
        "Phát biểu tại buổi làm việc, Trưởng đoàn yêu cầu huyện tiếp tục quán triệt Kết luận số 21-KL/TW; Kế hoạch "
        "số 52-KH/TU của Tỉnh ủy; Quy định số 37-QĐ/TW của Ban Chấp hành Trung ương.")
    answer = _ask("Trưởng đoàn yêu cầu huyện tiếp tục quán triệt những văn bản nào?", passages)
    assert answer.grounded and "52-KH/TU" in answer.answer and "37-QĐ/TW" in answer.answer, answer.answer


def test_which_documents_at_an_event_is_answered_by_the_units_naming_several_as_the_scorer_ranks_them():
    # A sentence naming more documents in passing does not outrank the one about the event asked of.
    passages = _passages(
        "Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị học tập, quán triệt Kết luận số 21-KL/TW và Kết luận "
        "số 14-KL/TW của Bộ Chính trị.",
        "Quán triệt Chương trình số 08-CTr/TU, Nghị quyết số 68/NQ-HĐND và Chỉ thị 18-CT/TU, đồng chí Bí thư nhấn "
        "mạnh yêu cầu xây dựng Đảng.")
    answer = _ask("Hội nghị ngày 15/1 của Ban Thường vụ Tỉnh ủy học tập, quán triệt những văn bản nào?", passages)
    assert answer.grounded and "14-KL/TW" in answer.answer and "68/NQ-HĐND" not in answer.answer, answer.answer


def test_a_years_figure_is_stated_beside_its_year():
    # A term ending in 2025 a sentence before a running total is no figure of 2025; a period asked of is.
    passages = _passages("Chỉ đạo tổ chức thành công đại hội chi bộ, nhiệm kỳ 2022 - 2025. Từ đầu nhiệm kỳ đến nay, "
                         "tỉnh kết nạp 6.222 đảng viên mới.",
                         "Giai đoạn 2021 - 2025, tỉnh xây dựng và duy trì được 550 mô hình dân vận khéo.")
    refused = _ask("Năm 2025 tỉnh kết nạp được bao nhiêu đảng viên mới?", passages)
    assert not refused.grounded and "năm 2025" in refused.answer
    answer = _ask("Giai đoạn 2021-2025 tỉnh duy trì được bao nhiêu mô hình dân vận khéo?", passages)
    assert answer.grounded and "550" in answer.answer


def test_a_count_asked_with_what_the_things_are_is_answered_by_the_list():
    from rag.answer.features import asks_many
    question = "Tỉnh ủy đề xuất mấy nhóm giải pháp, cụ thể là gì?"
    assert analyse(question).kind == "other" and asks_many(question)
    assert analyse("Tỉnh ủy đề xuất mấy nhóm giải pháp?").kind == "number"


def test_a_document_named_only_as_context_after_the_question_leaves_it_an_events_date():
    from rag.answer.values import asks_event
    assert asks_event(analyse("Buổi làm việc đó diễn ra vào ngày nào? (KL 21, Cao Lộc)"))
    assert not asks_event(analyse("KL 21 ban hành ngày nào?"))


def test_the_committee_a_title_belongs_to_tells_two_holders_apart():
    passages = _passages(
        "Hội nghị kết nối tới Lạng Sơn; dự tại điểm cầu Trung ương có đồng chí Hà Văn Minh - Trưởng ban Tổ chức Trung "
        "ương.",
        "Tại điểm cầu Lạng Sơn có các đồng chí: Lý Văn Tú - Phó Bí thư Thường trực Tỉnh ủy; Nông Thị Hoa - Ủy viên "
        "Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy.")
    answer = _ask("Đồng chí Trưởng ban Tổ chức Tỉnh ủy Lạng Sơn dự hội nghị tại điểm cầu Lạng Sơn là ai?", passages)
    assert answer.grounded and "Nông Thị Hoa" in answer.answer, answer.answer
    assert "Hà Văn Minh" in _ask("Trưởng ban Tổ chức Trung ương là ai?", passages).answer


def test_a_title_typed_in_lower_case_with_its_abbreviation_still_finds_its_holder():
    passages = _passages("Đồng chí Lý Văn Tú, Phó Chủ tịch Thường trực UBND tỉnh, quán triệt nội dung về kinh tế.")
    assert "Lý Văn Tú" in _ask("pho chu tich thuong truc ubnd tinh la ai", passages).answer


def test_a_count_named_before_how_many_is_what_is_counted():
    from rag.answer.scope import counted_noun, figure_in_scope
    question = "so luot to chuc dang duoc cap uy kiem tra thi bao nhieu (Lang Son)"
    assert counted_noun(question) == "to"
    assert figure_in_scope(question, "Cấp ủy các cấp kiểm tra 1.200 lượt tổ chức Đảng và 3.100 lượt đảng viên.")
    assert not figure_in_scope(question, "Kết nạp 2.100 đảng viên mới.")
    assert counted_noun("Số hiệu của kế hoạch là bao nhiêu?") == ""  # a document's number, not a count


def test_a_type_written_as_its_code_asks_for_a_documents_number():
    passages = _passages("Trưởng ban yêu cầu ngành tham mưu cho Ban Bí thư tổng kết Nghị quyết 39, xây dựng đề án "
                         "vị trí việc làm.")
    answer = _ask("Trưởng ban giao ngành tham mưu Ban Bí thư tổng kết NQ số mấy?", passages)
    assert answer.grounded and "Nghị quyết 39" in answer.answer


def test_a_place_typed_without_accents_after_its_unit_must_be_in_the_corpus():
    passages = _passages("Sáng 14/11, Đoàn giám sát của Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Cao Lộc.")
    refused = _ask("doan giam sat cua tinh uy lam viec voi huyen van lang ngay nao", passages)  # not "tinh uy"
    assert not refused.grounded and "huyen van lang" in refused.answer
    assert "14/11" in _ask("doan giam sat cua tinh uy lam viec voi huyen cao loc ngay nao", passages).answer


def test_a_quarter_may_stand_anywhere_in_the_figures_document():
    passages = _passages("Chiều 30/9, Ban Tổ chức Tỉnh ủy tổ chức giao ban quý III.",
                         "Đến nay đã cơ bản hoàn thành 12/20 đề án trình Tỉnh ủy.")
    passages[1] = replace(passages[1], chunk=replace(passages[1].chunk, doc_id="d0"))
    answer = _ask("Đến quý III ngành tổ chức đã hoàn thành bao nhiêu đề án trình Tỉnh ủy?", passages)
    assert answer.grounded and "12/20" in answer.answer, answer.answer
    refused = _ask("Đến quý II ngành tổ chức đã hoàn thành bao nhiêu đề án trình Tỉnh ủy?", passages)
    assert not refused.grounded and "quý II" in refused.answer
    # "Trong quý III": a figure of that quarter, which the passage of the figure must name.
    within = _ask("Trong quý III ngành tổ chức đã hoàn thành bao nhiêu đề án trình Tỉnh ủy?", passages)
    assert not within.grounded and "quý III" in within.answer


def _statute(*clauses, step=0.1, dense_step=None):
    title = "Luật Vườn cộng đồng 2031 – Điều 2. Giải thích từ ngữ"
    chunks = [Chunk(chunk_id=f"k{n}", doc_id="vcd-2", title=title, text=text, index_text=f"{title}\n{text}",
                    position=n, article="2", clause=n) for n, text in clauses]
    return [Passage(c, 1.0 - i * step, dense=0.85 - i * (step / 5 if dense_step is None else dense_step))
            for i, c in enumerate(chunks)]


def test_a_term_is_defined_by_its_own_clause_not_by_a_longer_terms():
    # "Bảo vệ vườn cộng đồng" and "Sự cố vườn cộng đồng" cover every word of the question, and retrieval puts
    # them first (the embedder finding the three clauses as near); the clause defining the term itself answers.
    passages = _statute(
        (2, "2. Bảo vệ vườn cộng đồng là hoạt động phòng ngừa, ngăn chặn việc lấn chiếm đất vườn."),
        (3, "3. Sự cố vườn cộng đồng là sự việc bất ngờ làm hư hại cây trồng của vườn."),
        (1, "1. Vườn cộng đồng là khu đất do cư dân một phường cùng trồng và chăm sóc cây."), dense_step=0.0)
    answer = _ask("Vườn cộng đồng là gì?", passages)
    assert answer.grounded and answer.citations[0].chunk_id == "k1"
    assert answer.answer.startswith("“1. Vườn cộng đồng là khu đất")


def test_a_list_that_is_allowed_answers_what_is_allowed_though_its_items_say_not():
    # Clause 3 says when the board may NOT end the contract; clause 1, when it may (one of its items has
    # "không" in it, which says nothing of the list). Retrieval finds both about as close.
    passages = _statute(
        (3, "3. Ban quản lý vườn không được đơn phương chấm dứt hợp đồng giữ vườn trong các trường hợp sau:\n"
            "a) Người giữ vườn ốm đau đang điều trị;\nb) Người giữ vườn đang nghỉ thai sản."),
        (1, "1. Ban quản lý vườn được đơn phương chấm dứt hợp đồng giữ vườn trong các trường hợp sau:\n"
            "a) Người giữ vườn 02 năm liền không hoàn thành nhiệm vụ;\nb) Vườn cộng đồng giải thể."), step=0.03)
    answer = _ask("Ban quản lý vườn được đơn phương chấm dứt hợp đồng giữ vườn trong trường hợp nào?", passages)
    assert answer.grounded and answer.citations[0].chunk_id == "k1"
    assert "02 năm liền không hoàn thành nhiệm vụ" in answer.answer


def test_who_issued_a_document_mentioned_is_read_where_it_is_named():
    passages = _passages(
        "Đồng chí Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh nhấn mạnh 4 điểm đáng chú ý của Hội nghị Trung ương 4.",
        "Hội nghị quán triệt việc thực hiện Nghị quyết số 68/NQ-HĐND ngày 9/12/2021 của HĐND tỉnh về phát triển "
        "vườn cộng đồng.")
    answer = _ask("Nghị quyết số 68/NQ-HĐND ngày 9/12/2021 mà Bí thư Tỉnh ủy nhắc tới là do cơ quan nào ban hành?",
                  passages)
    assert answer.grounded and answer.citations[0].doc_id == "d1"
    assert "68/NQ-HĐND ngày 9/12/2021 của HĐND tỉnh" in answer.answer


def test_the_event_a_quarter_names_must_be_told_of_with_that_quarter():
    # The report has "quý III" for the meeting and "quý IV" only for the tasks it set: it says nothing of a
    # meeting held in the fourth quarter.
    passages = _passages("Sáng 5/7, Sở Nội vụ tổ chức hội nghị sơ kết trực tuyến quý III, bàn nhiệm vụ quý IV.")
    answer = _ask("Sở Nội vụ họp sơ kết quý IV vào ngày nào?", passages)
    assert not answer.grounded and "không nói về “sơ kết quý IV”" in answer.answer
    answer = _ask("Sở Nội vụ họp sơ kết quý III vào ngày nào?", passages)
    assert answer.grounded and "Sáng 5/7, Sở Nội vụ tổ chức hội nghị sơ kết" in answer.answer
    # "trong quý IV": what the quarter names is not said; the tasks of quý IV are in the report.
    answer = _ask("Trong quý IV, Sở Nội vụ bàn những nhiệm vụ gì?", passages)
    assert answer.grounded
    # A quarter in what the event is for ("… để đánh giá công tác quý III") names the period it looks at, not
    # the event: the report need not write "công tác quý III".
    answer = _ask("Sở Nội vụ tổ chức hội nghị sơ kết trực tuyến để đánh giá công tác quý III vào ngày nào?", passages)
    assert answer.grounded and "Sáng 5/7" in answer.answer
    answer = _ask("Sở Nội vụ tổ chức hội nghị sơ kết công tác quý IV vào ngày nào?", passages)
    assert not answer.grounded


def test_a_rate_is_answered_by_a_percentage_only():
    from rag.answer.values import Asked, has_value
    rate = Asked(percent=True)
    assert has_value("number", "Hội nghị có hơn 15.500 đại biểu tham dự.")
    assert not has_value("number", "Hội nghị có hơn 15.500 đại biểu tham dự.", rate)
    assert has_value("number", "Bầu cử thành công với 99,62% cử tri đi bầu.", rate)
    assert has_value("number", "Trên 95 phần trăm đảng viên tham gia.", rate)
    passages = _passages("Hội nghị được kết nối đến 237 điểm cầu với hơn 15.500 đại biểu tham dự.")
    answer = _ask("Tỷ lệ đảng viên tham gia hội nghị là bao nhiêu phần trăm?", passages)
    assert not answer.grounded


def test_a_budget_is_answered_by_an_amount_of_money_only():
    from rag.answer.values import Asked, has_value
    money = Asked(money=True)
    assert not has_value("number", "Tỉnh ban hành 6 đề án, trên 95% cán bộ tham gia học tập.", money)
    assert has_value("number", "Tỉnh bố trí 12,5 tỷ đồng cho 6 đề án.", money)
    assert has_value("number", "Kinh phí thực hiện là 300 triệu.", money)
    passages = _passages("Tỉnh ủy ban hành 6 đề án về công tác chính trị tư tưởng, trên 95% cán bộ, đảng viên "
                         "tham gia học tập.")
    answer = _ask("6 đề án về công tác chính trị tư tưởng được bố trí kinh phí bao nhiêu?", passages)
    assert not answer.grounded
    assert _ask("6 de an ve cong tac chinh tri tu tuong duoc bo tri kinh phi bao nhieu", passages).grounded is False
    # Asked without "bao nhiêu", as a request ending in a full stop: still an amount asked, not a statement.
    assert not _ask("Đề nghị cho biết kinh phí của 6 đề án về công tác chính trị tư tưởng.", passages).grounded


def test_the_issue_date_of_a_document_said_where_it_was_mentioned_is_its_own_date_or_none():
    passages = _passages("Đồng chí yêu cầu Huyện ủy Hưng Nguyên tiếp tục quán triệt Quy định số 37-QĐ/TW của Ban Chấp "
                         "hành Trung ương; Kết luận số 01-KL/TW, ngày 18/5/2021 của Bộ Chính trị.")
    answer = _ask("Đề nghị làm rõ ngày ban hành Quy định số 37-QĐ/TW được nêu tại buổi làm việc với Huyện ủy Hưng "
                  "Nguyên.", passages)
    assert not answer.grounded and "18/5/2021" not in answer.answer, answer.answer


def test_a_quiz_stem_with_its_options_is_answered_by_the_sentence_that_decides_it():
    passages = _passages("Tỉnh xây dựng và duy trì được 550 mô hình “Dân vận khéo” trên các lĩnh vực.")
    answer = _ask("Đáp án nào đúng: Số mô hình “Dân vận khéo” mà tỉnh đã xây dựng và duy trì là: A. 350; B. 450; "
                  "C. 550; D. 650?", passages)
    assert answer.grounded and "550 mô hình" in answer.answer, answer.answer



def test_a_number_joined_to_a_word_is_a_name_not_a_figure():
    # "Covid-19" counts nothing: a sentence with only it states no figure for "bao nhiêu".
    from rag.answer.values import has_value
    assert not has_value("number", "Trong quý III, giữa đại dịch Covid-19, sở vẫn hoàn thành các nhiệm vụ của quý.")
    assert has_value("number", "Đến nay sở đã hoàn thành 7/12 kế hoạch đề ra.")
    assert has_value("number", "Giai đoạn 2021-2025, sở có 5 đề án.")


def test_how_often_is_answered_by_a_frequency_in_words():
    passages = _passages(
        "Thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị về tiếp dân, đối thoại trực tiếp với dân.",
        "Theo đó, thường trực cấp uỷ các cấp định kỳ tiếp dân hàng tháng.",
    )
    answer = _ask("Thường trực cấp ủy các cấp tiếp dân định kỳ bao lâu một lần?", passages)
    assert answer.grounded and "hàng tháng" in answer.answer
    assert [c.doc_id for c in answer.citations] == ["d1"]
    # A frequency is no figure of a count: "bao nhiêu" still needs one.
    answer = _ask("Thường trực cấp ủy tiếp dân bao nhiêu lần?", passages[1:])
    assert not answer.grounded


def test_a_titles_question_asks_the_title_of_the_person_it_names_not_of_its_places():
    from rag.answer.values import asked_of, has_value
    asked = asked_of(analyse("Ông Lê Đức Cường giữ chức vụ gì trong Tỉnh ủy Nghệ An?"))
    assert asked.people == ("Lê Đức Cường",)
    assert has_value("title", "Lê Đức Cường - Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy.", asked)
    assert not has_value("title", "Tỉnh ủy Nghệ An, Bí thư các huyện ủy dự hội nghị.", asked)


def test_several_people_asked_for_are_answered_by_the_sentence_naming_several():
    passages = _passages(
        "Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, quán triệt Kết luận số 21-KL/TW tại hội nghị.",
        "Dự hội nghị có các đồng chí: Nguyễn Xuân Ký, Bí thư Tỉnh ủy; Ngô Hoàng Ngân, Phó Bí thư Thường trực "
        "Tỉnh ủy; Trịnh Thị Minh Thanh, Phó Bí thư Tỉnh ủy.",
    )
    answer = _ask("Những lãnh đạo chủ chốt nào của tỉnh dự hội nghị quán triệt Kết luận 21?", passages)
    assert answer.grounded and "Ngô Hoàng Ngân" in answer.answer and "Trịnh Thị Minh Thanh" in answer.answer
    # One person asked for, with several of their titles: the sentence about that one still answers.
    answer = _ask("Ai quán triệt Kết luận 21 tại hội nghị và giữ những chức vụ gì?", passages)
    assert answer.grounded and answer.citations[0].doc_id == "d0"


def test_a_document_number_asked_of_a_place_comes_from_a_passage_about_that_place():
    text = ("Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Hưng Nguyên về việc thực hiện Kết luận số 21-KL/TW "
            "và Kế hoạch số 77-KH/TU, ngày 24/01/2022 của Ban Thường vụ Tỉnh ủy.")
    other = "Cao Bằng là một trong những tỉnh hoàn thành công tác quy hoạch cán bộ."  # the corpus knows the place
    answer = _ask("Tỉnh ủy Cao Bằng ban hành kế hoạch số mấy để thực hiện Kết luận 21?", _passages(text, other))
    assert not answer.grounded and "không nêu riêng cho Cao Bằng" in answer.answer
    answer = _ask("Huyện ủy Hưng Nguyên thực hiện kế hoạch số mấy của Tỉnh ủy?", _passages(text))
    assert answer.grounded and "77-KH/TU" in answer.answer


def test_a_sentence_listing_what_is_asked_inline_is_quoted_whole_for_a_many_question():
    sentence = ("Tiếp tục thực hiện các quy định, quy chế của Bộ Chính trị như: " + "Quy chế giám sát và phản biện "
                "xã hội của Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội (ban hành theo Quyết định "
                "số 217-QĐ/TW ngày 12/12/2013), Quy định về việc nhân dân tham gia góp ý xây dựng Đảng, xây dựng "
                "chính quyền (ban hành theo Quyết định 218-QĐ/TW ngày 12/12/2013); " + "Quy định số 11-QĐi/TW, ngày "
                "18/02/2019 về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân "
                "và xử lý những phản ánh, kiến nghị của dân và Kế hoạch số 184-KH/TU, ngày 01/4/2019 của Ban Thường vụ "
                "Tỉnh ủy về thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị về việc tiếp dân của cấp ủy các cấp, "
                "đối thoại trực tiếp với nhân dân và giải quyết kịp thời những phản ánh, kiến nghị chính đáng.")
    assert len(sentence) > 700  # longer than a single unit is quoted
    answer = _ask("Để phát huy vai trò giám sát của nhân dân, bài viết nêu những quy định, quy chế nào?",
                  _passages(sentence))
    assert answer.grounded and all(n in answer.answer for n in ("217-QĐ/TW", "218-QĐ/TW", "11-QĐi/TW"))


@pytest.mark.parametrize("texts,question,expected", [
    (("Tỉnh thành lập Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh.",
      "HĐND các cấp tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XV với 99,62% cử tri đi bầu cử."),
     "Cuộc bầu cử đại biểu Quốc hội khóa XV có 96,62% cử tri đi bầu cử phải không?", "99,62%"),
    # Decided by the unit giving a figure of that thing ("hơn 15.500 đại biểu"), not by the one sharing more words.
    (("Quán triệt Kết luận số 21-KL/TW về đẩy mạnh xây dựng, chỉnh đốn Đảng, đồng chí Bí thư Tỉnh ủy nêu bật "
      "những điểm mới của hội nghị quán triệt.",
      "Hội nghị quán triệt Kết luận 21 được kết nối trực tuyến đến 237 điểm cầu với hơn 15.500 đại biểu tham dự."),
     "Hội nghị quán triệt KL 21 có hơn 25.500 đại biểu tham dự, đúng không?", "15.500 đại biểu"),
    # The very figure, of another body, does not decide it: the figure of the body the fact names does.
    (("Từ đầu nhiệm kỳ đến nay, cấp ủy các cấp tiến hành kiểm tra 3.658 lượt tổ chức Đảng. Thi hành kỷ luật 4 tổ "
      "chức Đảng, 346 đảng viên. Ủy ban Kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 280 đảng viên. Thi hành "
      "kỷ luật 166 đảng viên vi phạm.",),
     "Từ đầu nhiệm kỳ, cấp ủy các cấp đã thi hành kỷ luật 166 đảng viên, đúng không?", "346 đảng viên"),
])
def test_a_fact_to_check_with_a_wrong_figure_is_answered_by_the_sentence_with_the_right_one(texts, question, expected):
    answer = _ask(question, _passages(*texts))
    assert answer.grounded and expected in answer.answer


def test_a_figure_to_check_is_decided_by_a_figure_of_the_thing_it_counts():
    passages = _passages(
        "Báo cáo tại buổi làm việc, sau hơn 1 năm thực hiện Kết luận số 21-KL/TW của Ban Chấp hành Trung ương, đại "
        "đa số cán bộ, đảng viên huyện Hưng Nguyên có nhận thức sâu sắc hơn về việc xây dựng, chỉnh đốn Đảng.",
        "Từ đầu nhiệm kỳ đến nay, kết nạp 6.222 đảng viên mới.")
    # The quote gives "1 năm", the question's own time, and no count of those disciplined: nothing decides it.
    refused = _ask("Tôi đọc được rằng sau hơn 1 năm thực hiện Kết luận 21-KL/TW, huyện Hưng Nguyên đã thi hành kỷ luật "
                   "12 đảng viên, có chính xác không?", passages)
    assert not refused.grounded and "không nêu con số này" in refused.answer, refused.answer
    answered = _ask("Từ đầu nhiệm kỳ đến nay đã kết nạp 6.022 đảng viên mới, có chính xác không?", passages)
    assert answered.grounded and "6.222 đảng viên" in answered.answer, answered.answer


def test_which_item_of_a_list_something_is_is_answered_by_the_item_with_its_label():
    passages = _passages(
        "Tăng cường giám sát, kiểm tra, thanh tra và phát huy vai trò của nhân dân trong công tác cán bộ.",
        "- Thứ năm, phát huy vai trò giám sát của nhân dân.",
        ordinals=[0, 5],
    )
    answer = _ask("Phát huy vai trò giám sát của nhân dân là giải pháp thứ mấy?", passages)
    assert answer.grounded and answer.answer.startswith("“- Thứ năm")
    assert analyse("Phát huy vai trò giám sát của nhân dân là giải pháp thứ mấy?").kind != "number"


def test_which_item_names_a_document_is_answered_by_that_items_label_not_by_another_item():
    # The item's own sentence bears its label; the document is named in a later sentence of the same item.
    passages = _passages(
        "- Thứ năm, tăng cường kiểm tra, giám sát việc thực hiện Kết luận số 21-KL/TW.",
        "- Thứ tư, xây dựng đội ngũ cán bộ các cấp. Thực hiện Kết luận số 14-KL/TW của Bộ Chính trị về bảo vệ cán "
        "bộ năng động, sáng tạo.",
        "- Thứ ba, giáo dục chính trị, tư tưởng cho cán bộ, đảng viên.",
        ordinals=[5, 4, 3],
    )
    answer = _ask("Kết luận số 14-KL/TW nằm ở giải pháp thứ mấy?", passages)
    assert "Thứ năm" not in answer.answer
    assert not answer.grounded or answer.answer.startswith("“- Thứ tư"), answer.answer


def test_a_quoted_term_is_characterised_by_the_clause_that_says_what_it_is():
    passages = _passages(
        "Tăng cường xây dựng, chỉnh đốn Đảng; chống chủ nghĩa cá nhân, suy thoái về tư tưởng chính trị.",
        "Kết hợp chặt chẽ, hài hoà giữa xây và chống; xây là nhiệm vụ cơ bản, chiến lược, lâu dài, chống là "
        "nhiệm vụ quan trọng, cấp bách, thường xuyên.",
    )
    answer = _ask("Theo Kết luận 21, “chống” được xác định là nhiệm vụ như thế nào?", passages)
    assert answer.grounded and "quan trọng, cấp bách, thường xuyên" in answer.answer


def test_a_holder_of_a_title_somewhere_else_does_not_answer_for_a_place_named_without_its_unit():
    passages = _passages("Hội nghị nghe đồng chí Vũ Quyết Tiến, Trưởng Ban Tổ chức Tỉnh ủy, Giám đốc Sở Nội vụ, "
                         "quán triệt Kết luận số 14-KL/TW.", "Nghệ An tổ chức hội nghị quán triệt Kết luận 21.")
    answer = _ask("Giám đốc Sở Nội vụ Nghệ An là ai?", passages)
    assert not answer.grounded and "ở Nghệ An" in answer.answer


def test_when_a_document_takes_effect_is_not_the_date_it_was_issued():
    passages = _passages("Thực hiện Quy định số 09-QĐ/TU, ngày 20/9/2021 của Ban Thường vụ Tỉnh ủy về luân chuyển "
                         "cán bộ.")
    answer = _ask("Quy định 09-QĐ/TU về luân chuyển cán bộ có hiệu lực từ ngày nào?", passages)
    assert not answer.grounded and "20/9/2021" not in answer.answer
    assert _ask("Quy định 09-QĐ/TU ban hành ngày nào?", passages).answer.startswith("20/09/2021")


def test_the_registry_answers_when_a_document_was_issued_not_when_it_takes_effect():
    from rag.answer.registry import registry_kind

    assert registry_kind(analyse("Quy định 09-QĐ/TU ban hành ngày nào?")) == "date"
    assert registry_kind(analyse("Quy định 09-QĐ/TU có hiệu lực từ ngày nào?")) == ""
    # an event on it "diễn ra ngày nào" takes place; "ra ngày" alone is the document's issue
    assert registry_kind(analyse("Hội nghị quán triệt Kết luận 21 của tỉnh Lạng Sơn diễn ra ngày nào?")) == ""
    assert registry_kind(analyse("Kết luận 21 ra ngày nào?")) == "date"


def test_documents_named_with_one_are_asked_for_as_documents():
    from rag.answer.registry import registry_kind
    assert registry_kind(analyse("KL 21 được thực hiện gắn với những văn bản nào?")) == "related"
    assert registry_kind(analyse("Kết luận 21 liên quan đến văn bản nào?")) == "related"
    # "văn bản liên quan" named on the way to asking something else.
    assert registry_kind(analyse("Giải pháp thứ hai lồng ghép nội dung Kết luận số 21-KL/TW vào các văn bản liên "
                                 "quan nhằm mục đích gì?")) != "related"
    # Named together says nothing of which one it replaces, amends or rests on.
    for question in ("Kế hoạch 12-KH/TU thay thế cho văn bản nào trước đó?", "Quy định 5-QĐ/TU sửa đổi văn bản nào?",
                     "Kế hoạch 12-KH/TU được ban hành căn cứ vào những văn bản nào?"):
        assert registry_kind(analyse(question)) != "related", question


def test_a_figure_is_in_scope_by_the_verbs_texts_use_the_kind_of_document_and_what_happened_to_them():
    from rag.answer.scope import figure_in_scope
    resolutions = "HĐND tỉnh ban hành 229 nghị quyết để triển khai các chương trình trọng tâm."
    assert figure_in_scope("HĐND tỉnh đã thông qua bao nhiêu NQ?", resolutions)  # "thông qua": what "ban hành" is
    assert not figure_in_scope("HĐND tỉnh đã bãi bỏ bao nhiêu nghị quyết?", resolutions)
    guides = "Đến nay đã ban hành 9 hướng dẫn về công tác tổ chức xây dựng Đảng."
    assert figure_in_scope("Ngành đã ra bao nhiêu văn bản hướng dẫn?", guides)  # a guide is counted as "hướng dẫn"
    members = "Từ đầu nhiệm kỳ, cấp ủy các cấp kiểm tra 9.178 lượt đảng viên."
    assert not figure_in_scope("Có bao nhiêu đảng viên bị khai trừ khỏi Đảng?", members)  # not said to be expelled
    assert figure_in_scope("Có bao nhiêu đảng viên được kiểm tra?", members)


def test_a_speaker_is_found_by_the_title_their_report_gives_them():
    passages = _passages(
        "Trưởng ban Tổ chức Trung ương nhấn mạnh, cần tiếp tục triển khai thực hiện 8 nhiệm vụ và 2 giải pháp "
        "trọng tâm.",
        "Dự hội nghị có đồng chí Trương Thị Mai - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức Trung ương.")
    passages = [replace(p, chunk=replace(p.chunk, doc_id="d")) for p in passages]
    answer = _ask("Đồng chí Trương Thị Mai yêu cầu tiếp tục thực hiện bao nhiêu nhiệm vụ?", passages)
    assert answer.grounded and "8 nhiệm vụ" in answer.answer, answer.answer
    refused = _ask("Đồng chí Nguyễn Văn Thông yêu cầu tiếp tục thực hiện bao nhiêu nhiệm vụ?", passages)
    assert not refused.grounded


def test_a_speaker_is_found_by_their_title_in_a_passage_naming_others():
    passages = _passages(
        "Hội nghị nghe đồng chí Vũ Quyết Tiến, Trưởng Ban Tổ chức Tỉnh ủy, quán triệt Kết luận số 14-KL/TW. Đồng chí "
        "Bí thư Tỉnh ủy yêu cầu thực hiện 10 nhiệm vụ nêu trong Nghị quyết Đại hội XIII.",
        "Dự hội nghị có các đồng chí: Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; Trịnh Thị Minh Thanh, "
        "Phó Bí thư Tỉnh ủy.")
    passages = [replace(p, chunk=replace(p.chunk, doc_id="d")) for p in passages]
    answer = _ask("Ông Nguyễn Xuân Ký yêu cầu thực hiện bao nhiêu nhiệm vụ?", passages)
    assert answer.grounded and "10 nhiệm vụ" in answer.answer, answer.answer


def test_a_title_written_after_another_name_or_as_a_deputys_does_not_stand_for_a_person():
    from rag.vi.names import names_by_title
    assert names_by_title("Bí thư Tỉnh ủy", "Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy khẩn trương vào cuộc.")
    assert not names_by_title("Bí thư Tỉnh ủy", "Hội nghị nghe đồng chí Ngô Hoàng Ngân, Bí thư Tỉnh ủy, phát biểu.")
    assert not names_by_title("Bí thư Tỉnh ủy", "Đồng chí Phó Bí thư Tỉnh ủy yêu cầu các cấp ủy vào cuộc.")


def test_a_long_sentence_is_cut_to_the_clause_that_answers():
    passages = _passages(
        "Tỉnh ủy ban hành, triển khai thực hiện Chương trình số 08-CTr/TU xây dựng đội ngũ cán bộ chủ chốt "
        "các cấp, nhất là cấp chiến lược có đủ phẩm chất, năng lực và uy tín ngang tầm nhiệm vụ, đáp ứng yêu "
        "cầu trong tình hình mới của tỉnh và của cả nước, gắn với việc luân chuyển, điều động, bố trí cán bộ; "
        "nâng cao chất lượng nguồn nhân lực, nhất là nguồn nhân lực ở nông thôn nhằm khắc phục điểm nghẽn, "
        "nút thắt về chất lượng nguồn nhân lực; Chỉ thị số 04-CT/TU về tăng cường sự lãnh đạo của các cấp ủy "
        "Đảng đối với nâng cao chất lượng sinh hoạt chi bộ, đổi mới nội dung, phương thức sinh hoạt, bảo đảm "
        "tính lãnh đạo, tính giáo dục và tính chiến đấu; Đề án số 03-ĐA/TU về nâng cao chất lượng đảng viên "
        "và kết nạp đảng viên mới; rà soát, sàng lọc đảng viên không đủ tư cách ra khỏi Đảng; Đề án số "
        "06-ĐA/TU về nâng cao chất lượng đội ngũ cán bộ lãnh đạo, quản lý các cấp.")
    assert len(passages[0].chunk.text) > 700  # longer than a sentence is quoted whole
    answer = _ask("Chương trình số 08-CTr/TU nâng cao chất lượng nguồn nhân lực ở nông thôn nhằm mục đích gì?",
                  passages)
    assert answer.grounded and "điểm nghẽn, nút thắt" in answer.answer and "Đề án số 06" not in answer.answer


def test_who_holds_a_title_is_asked_after_what_the_question_tells_first():
    passages = _passages(
        "Dự hội nghị tại điểm cầu Trung ương có đồng chí Trương Thị Mai - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức "
        "Trung ương.",
        "Tại điểm cầu Nghệ An có các đồng chí: Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy; Lê Đức Cường - Ủy "
        "viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy.")
    answer = _ask("Tại điểm cầu Nghệ An của hội nghị giao ban, ai là Trưởng ban Tổ chức Tỉnh ủy tham dự?", passages)
    assert answer.grounded and "Lê Đức Cường" in answer.answer, answer.answer
    refused = _ask("Tại điểm cầu Nghệ An, ai hiện là Bí thư Tỉnh ủy?", passages)  # only a deputy is named
    assert not refused.grounded and "không nói ai giữ chức vụ này" in refused.answer, refused.answer


def test_a_span_of_time_asked_needs_its_start_and_its_end():
    passages = _passages("Ngày 25/10/2021, Ban Chấp hành Trung ương Đảng khóa XIII ban hành Kết luận 21-KL/TW về đẩy "
                         "mạnh xây dựng, chỉnh đốn Đảng.")
    refused = _ask("Hội nghị Trung ương khóa XIII diễn ra từ ngày nào đến ngày nào?", passages)
    assert not refused.grounded and "không nêu thời gian này" in refused.answer, refused.answer
    spans = _passages("Hội nghị Trung ương khóa XIII diễn ra từ ngày 4/10 đến ngày 10/10/2021 tại Hà Nội.")
    answer = _ask("Hội nghị Trung ương khóa XIII diễn ra từ ngày nào đến ngày nào?", spans)
    assert answer.grounded and "từ ngày 4/10 đến ngày 10/10/2021" in answer.answer, answer.answer
    # An event's date with the dates of the documents it names is one date, not a span.
    dated = _passages("Sáng 14/11, Đoàn giám sát làm việc với Huyện ủy Hưng Nguyên về Kết luận số 21-KL/TW, ngày "
                      "25/10/2021 của Ban Chấp hành Trung ương khóa XIII và Kế hoạch số 77-KH/TU, ngày 24/01/2022.")
    refused = _ask("Hội nghị Trung ương khóa XIII diễn ra từ ngày nào đến ngày nào?", dated)
    assert not refused.grounded and "không nêu thời gian này" in refused.answer, refused.answer
    days = _passages("Hội nghị Trung ương khóa XIII diễn ra từ ngày 4 đến ngày 10 tháng 10 năm 2021 tại Hà Nội.")
    answer = _ask("Hội nghị Trung ương khóa XIII diễn ra từ ngày nào đến ngày nào?", days)
    assert answer.grounded and "từ ngày 4 đến ngày 10 tháng 10" in answer.answer, answer.answer


def test_a_provincial_papers_report_dates_an_event_of_its_province_but_not_of_a_district_it_does_not_name():
    text = ("Sáng 14/11, Đoàn giám sát của Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Hưng Nguyên về "
            "việc thực hiện Kết luận số 21-KL/TW.")
    elsewhere = "Nghệ An là một tỉnh lớn."  # the corpus names the province, though not in the report
    paper = [replace(p, chunk=replace(p.chunk, source="Baonghean.vn")) if p.chunk.text == text else p
             for p in _passages(text, elsewhere)]
    asked = "Đoàn giám sát của Ban Thường vụ Tỉnh ủy Nghệ An làm việc với Ban Thường vụ Huyện ủy vào ngày nào?"
    answer = _ask(asked, paper)
    assert answer.grounded and "14/11" in answer.answer, answer.answer
    refused = _ask(asked, _passages(text, elsewhere))  # another source: nothing says the province
    assert not refused.grounded and "không nêu riêng cho Nghệ An" in refused.answer, refused.answer
    district = _ask("Đoàn giám sát của Tỉnh ủy Nghệ An làm việc với huyện nam đàn vào ngày nào?", paper)
    assert not district.grounded, district.answer


def test_a_title_typed_alone_asks_for_its_holder():
    passages = _passages("Dự hội nghị có các đồng chí: Nguyễn Xuân Ký, Bí thư Tỉnh ủy; Cao Tường Huy, Phó Chủ tịch "
                         "Thường trực UBND tỉnh.")
    assert "Cao Tường Huy" in _ask("pho chu tich thuong truc UBND tinh", passages).answer
    refused = _ask("chủ tịch UBND tỉnh", passages)  # only the deputy is named
    assert not refused.grounded and "không nói ai giữ chức vụ này" in refused.answer


def test_an_item_asked_by_position_is_read_from_a_list_written_inline():
    passages = _passages("Kết luận cũng đặt ra những nhiệm vụ, giải pháp chủ yếu, đó là: tiếp tục đổi mới công tác "
                         "chính trị, tư tưởng; tập trung xây dựng đội ngũ cán bộ các cấp; tập trung hoàn thiện cơ "
                         "chế, chính sách; kiểm soát quyền lực gắn với siết chặt kỷ luật.")
    answer = _ask("Giải pháp thứ ba mà Kết luận đặt ra là gì?", passages)
    assert answer.grounded and answer.answer.startswith("“tập trung hoàn thiện cơ chế, chính sách”"), answer.answer


def test_a_body_asked_about_is_read_with_the_questions_punctuation():
    from rag.answer.scope import figure_in_scope
    report = ("Ủy ban Kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm đối với 7 tổ chức Đảng và 62 đảng viên; "
              "giám sát 1.250 lượt tổ chức Đảng, 2.583 đảng viên.")
    # "… tổ chức Đảng, Ủy ban Kiểm tra …": the Commission asked, not a "đảng ủy" read across the comma.
    question = "Ngoài 1.250 lượt tổ chức Đảng, Ủy ban Kiểm tra các cấp đã giám sát bao nhiêu đảng viên?"
    assert figure_in_scope(question, report)


def test_a_person_the_question_names_is_not_who_it_asks_for():
    from rag.answer.values import asked_of, value_span
    sentence = "Đồng chí Nguyễn Xuân Ký nhấn mạnh, Tổng Bí thư Nguyễn Phú Trọng đã chỉ ra 4 điểm đáng chú ý."
    other = asked_of(analyse("Đồng chí Nguyễn Xuân Ký dẫn lời của vị lãnh đạo nào?"))
    start, end = value_span("person", sentence, other)
    assert sentence[start:end] == "Nguyễn Phú Trọng"
    assert value_span("person", "Đồng chí Nguyễn Xuân Ký phát biểu.", other) is None
    # "X là ai?" asks about X: X is the answer's person.
    itself = asked_of(analyse("Đồng chí Nguyễn Xuân Ký là ai?"))
    assert value_span("person", "Đồng chí Nguyễn Xuân Ký phát biểu.", itself) is not None


def test_a_signer_is_asked_by_the_verb_not_by_a_name_ending_in_ky():
    from rag.answer.values import asks_signer
    assert asks_signer(analyse("Kết luận 21 do đồng chí nào ký?"))
    assert not asks_signer(analyse("Đồng chí Nguyễn Xuân Ký dẫn lời của vị lãnh đạo nào?"))
    # Typed without accents, "ky" signs only where who did it is asked before it or "ban hành" follows it.
    assert asks_signer(analyse("Ke hoach so 77-KH/TU cua BTV TU Nghe An do d/c nao ky ban hanh?"))
    assert asks_signer(analyse("ket luan 21 ai ky"))
    assert not asks_signer(analyse("ket luan 21 ban hanh ngay nao, nhiem ky nao"))
    assert not asks_signer(analyse("ai ky luat bao nhieu dang vien"))


def test_which_reports_name_a_person_is_every_report_with_a_unit_naming_them():
    passages = _passages(
        "Tổ chức sinh hoạt chính trị về các tác phẩm của Tổng Bí thư Nguyễn Phú Trọng.",
        "Đồng chí Bí thư Tỉnh ủy nhấn mạnh, Tổng Bí thư Nguyễn Phú Trọng đã chỉ ra 4 điểm đáng chú ý.",
        "Hội nghị giao ban trực tuyến quý III do Ban Tổ chức Trung ương tổ chức.",
    )
    answer = _ask("Tổng Bí thư Nguyễn Phú Trọng được nhắc đến trong những bài nào?", passages)
    assert answer.grounded and answer.kind == "multi"
    assert {c.doc_id for c in answer.citations} == {"d0", "d1"}


def test_an_inline_list_with_commas_is_read_when_its_intro_counts_the_items_and_names_what_is_asked():
    passages = _passages(
        "Thứ hai, rà soát lại hệ thống văn bản, lồng ghép nội dung Kết luận vào các văn bản có liên quan.",
        "Từ nay đến cuối năm, ngành cần chuẩn bị tốt để triển khai 3 hội nghị, đó là: Hội nghị tiếp tục triển "
        "khai Nghị quyết Trung ương 4, tổng kết công tác xây dựng Đảng năm 2021 và hội nghị toàn quốc ngành Tổ chức.",
        ordinals=[2, 0])
    answer = _ask("Trong 3 hội nghị ngành cần chuẩn bị triển khai, hội nghị thứ hai là gì?", passages)
    # The list naming "hội nghị", not the labelled "Thứ hai" of another list; commas split it as the intro counts.
    assert answer.grounded and answer.answer.startswith("“tổng kết công tác xây dựng Đảng năm 2021”"), answer.answer


def test_labelled_items_of_a_report_on_another_place_are_not_the_item_asked():
    labelled, inline = _passages(
        "Thứ hai, rà soát lại hệ thống văn bản, lồng ghép nội dung Kết luận vào các văn bản.",
        "Hội nghị ở Quảng Ninh đề ra các việc cần làm ngay: quán triệt đến chi bộ; rà soát quy hoạch cán bộ; "
        "kiểm tra việc "
        "thực hiện; sơ kết hằng năm.", ordinals=[2, 0])
    passages = [replace(labelled, chunk=replace(labelled.chunk, title="Nghệ An: nhiệm vụ, giải pháp")),
                replace(inline, chunk=replace(inline.chunk, title="Quảng Ninh quán triệt Kết luận 21"))]
    answer = _ask("Tại hội nghị ở Quảng Ninh, nhiệm vụ thứ hai là gì?", passages)
    assert answer.grounded and answer.answer.startswith("“rà soát quy hoạch cán bộ”"), answer.answer


def test_a_list_written_inline_in_a_report_on_another_place_is_not_the_item_asked():
    inline, labelled = _passages(
        "Hội nghị ở Quảng Ninh đề ra những nhiệm vụ chủ yếu, đó là: quán triệt đến chi bộ; hoàn thiện cơ chế, chính "
        "sách; kiểm tra việc thực hiện; sơ kết hằng năm.",
        "Ba là, tiếp tục sắp xếp tổ chức bộ máy, biên chế trong hệ thống chính trị của tỉnh Cao Bằng.", ordinals=[0, 3])
    passages = [replace(inline, chunk=replace(inline.chunk, title="Quảng Ninh quán triệt Kết luận 21")),
                replace(labelled, chunk=replace(labelled.chunk, title="Cao Bằng: tăng cường xây dựng Đảng"))]
    answer = _ask("nhiem vu thu ba Cao Bang dat ra la gi?", passages)
    assert answer.grounded and "“Ba là, tiếp tục sắp xếp" in answer.answer, answer.answer


def test_the_first_word_of_a_question_typed_without_marks_is_no_name_the_corpus_lacks():
    passages = _passages("Đồng chí Bí thư Tỉnh ủy nhấn mạnh 4 điểm đáng chú ý: sâu rộng hơn về nội dung và phạm vi; "
                         "chủ động tiến công mạnh mẽ hơn; mục tiêu cao hơn; bổ sung thể chế.")
    answer = _ask("Ong Bi thu Tinh uy nhac may diem dang chu y, diem dau tien la gi?", passages)
    assert "nhắc đến “Ong”" not in answer.answer


def test_a_document_described_not_named_is_asked_its_own_date():
    from rag.answer.values import asks_event
    described = analyse("Văn bản của Bộ Chính trị về kiểm soát quyền lực trong công tác cán bộ mang số hiệu và ngày "
                        "ban hành nào?")
    assert not asks_event(described)
    assert not asks_event(analyse("Quy định về luân chuyển cán bộ của Tỉnh ủy ký ngày nào?"))
    assert asks_event(analyse("Hội nghị giao ban quý III diễn ra ngày nào?"))


def test_an_events_place_may_stand_anywhere_in_the_passage_telling_it():
    from rag.answer.scope import out_of_scope
    passages = _passages("Chiều 30/9, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến quý III. Tại điểm "
                         "cầu Nghệ An có các đồng chí lãnh đạo Tỉnh ủy dự.")
    answer = _ask("Hội nghị giao ban có điểm cầu Nghệ An tham dự được tổ chức chiều ngày nào?", passages)
    assert answer.grounded and "30/9" in answer.answer
    info = analyse("Hội nghị giao ban ở Quảng Ninh được tổ chức ngày nào?")
    assert out_of_scope(info, answer)  # a place the passage never names is another event's


def test_an_item_of_a_list_the_passages_never_name_is_refused_not_answered_with_another_lists_item():
    passages = _passages("Thứ ba, tăng cường giáo dục chính trị, tư tưởng cho cán bộ, đảng viên.",
                         "Tiếp tục triển khai 8 nhiệm vụ và 2 giải pháp trọng tâm, 5 đột phá mà Nghị quyết "
                         "Trung ương 7 đã đề ra.", ordinals=[3, 0])
    passages[0] = replace(passages[0], chunk=replace(passages[0].chunk, heading="Một số nhiệm vụ, giải pháp sau đây:"))
    answer = _ask("5 đột phá mà Nghị quyết Trung ương 7 đề ra thì đột phá thứ ba là gì?", passages)
    assert not answer.grounded and "không có mục thứ 3" in answer.answer, answer.answer
    # What any list's items go by ("nội dung", "giải pháp") does not tell the lists apart.
    answer = _ask("Nội dung thứ ba là gì?", passages)
    assert answer.grounded and "Thứ ba, tăng cường giáo dục chính trị" in answer.answer, answer.answer


def test_an_item_beyond_the_lists_end_is_refused():
    passages = _passages("- Thứ tư, tập trung xây dựng đội ngũ cán bộ.", "- Thứ năm, tăng cường kiểm tra, giám sát.",
                         ordinals=[4, 5])
    answer = _ask("Bài viết liệt kê các giải pháp theo thứ tự. Giải pháp thứ bảy là gì?", passages)
    assert not answer.grounded and "không có mục thứ 7" in answer.answer, answer.answer


def test_a_title_asked_after_the_context_must_be_held_by_the_person_answered():
    passages = _passages(
        "Dự hội nghị tại điểm cầu Trung ương có đồng chí Trương Thị Mai - Ủy viên Bộ Chính trị, Trưởng ban Tổ chức "
        "Trung ương.",
        "Tại điểm cầu Nghệ An có các đồng chí: Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy; Lê Đức Cường - Ủy "
        "viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy.")
    answer = _ask("hoi nghi giao ban cua ban to chuc trung uong, o diem cau nghe an thi truong ban to chuc tinh uy du "
                  "la ai", passages)
    assert answer.grounded and "Lê Đức Cường" in answer.answer and "Trương Thị Mai" not in answer.answer, answer.answer


def test_a_count_out_of_a_total_is_no_documents_number():
    from rag.answer.values import asks_document_number
    assert not asks_document_number(analyse("Cụ thể là bao nhiêu đề án trên tổng số bao nhiêu?"))
    assert asks_document_number(analyse("Kế hoạch đó là kế hoạch số bao nhiêu?"))
    passages = _passages("Tỉnh ủy ban hành Chương trình số 08-CTr/TU và Đề án số 14-ĐA/TU.",
                         "Đến nay đã cơ bản hoàn thành 19/28 đề án trình Ban Chấp hành Trung ương và đã ban hành 9 "
                         "hướng dẫn.")
    answer = _ask("Ngành đã hoàn thành bao nhiêu đề án trên tổng số bao nhiêu?", passages)
    assert answer.grounded and "19/28" in answer.answer, answer.answer


def test_a_quarter_naming_the_event_a_report_is_about_need_not_stand_beside_the_figure():
    first, last = _passages("Chiều 30/9, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến quý III.",
                            "Tiếp tục triển khai thực hiện 8 nhiệm vụ và 2 giải pháp trọng tâm, 5 đột phá mà "
                            "Nghị quyết Trung ương 7 đã đề ra.")
    passages = [first, replace(last, chunk=replace(last.chunk, doc_id="d0"))]
    answer = _ask("Cuối bài giao ban quý III, Nghị quyết Trung ương 7 đề ra bao nhiêu đột phá?", passages)
    assert answer.grounded and "5 đột phá" in answer.answer, answer.answer
    # Another quarter's meeting is not this report's.
    answer = _ask("Cuối bài giao ban quý II, Nghị quyết Trung ương 7 đề ra bao nhiêu đột phá?", passages)
    assert not answer.grounded and "quý II" in answer.answer, answer.answer


def test_which_document_is_answered_by_one_named_by_its_title_in_quotes():
    passages = _passages("Ngành sẽ tập trung nghiên cứu, hoàn chỉnh các sản phẩm Đề án \"Về tiếp tục đẩy mạnh xây "
                         "dựng, chỉnh đốn Đảng\" để trình Hội nghị Trung ương 4 (khóa XIII).",
                         "Ngành đã hoàn thành nhiều đề án trình Bộ Chính trị.")
    answer = _ask("Ngành sẽ hoàn chỉnh đề án nào để trình Hội nghị Trung ương 4 (khóa XIII)?", passages)
    assert answer.grounded and "Về tiếp tục đẩy mạnh xây dựng" in answer.answer, answer.answer


def test_who_chaired_an_event_of_one_province_is_not_answered_from_another_provinces_report():
    passages = _passages("Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh, quán triệt Kết luận số 21-KL/TW "
                         "tại hội nghị.", "Tỉnh ủy Cao Bằng kịp thời cụ thể hóa Kết luận số 21-KL/TW.")
    for i, title in enumerate(("Quảng Ninh: Hội nghị quán triệt Kết luận số 21-KL/TW", "Cao Bằng xây dựng Đảng")):
        chunk = passages[i].chunk
        passages[i] = replace(passages[i], chunk=replace(chunk, title=title, index_text=f"{title}\n{chunk.text}"))
    answer = _ask("Hội nghị quán triệt KL21 của Tỉnh ủy Cao Bằng do đồng chí nào chủ trì?", passages)
    assert not answer.grounded and "không nêu riêng cho Cao Bằng" in answer.answer, answer.answer
    answer = _ask("Hội nghị quán triệt KL21 của Tỉnh ủy Quảng Ninh do đồng chí nào chủ trì?", passages)
    assert answer.grounded and "Nguyễn Xuân Ký" in answer.answer, answer.answer


def test_the_name_of_a_titles_holder_asked_as_a_full_name_is_held_to_that_title():
    passages = _passages(
        "Phát biểu tại buổi làm việc, đồng chí Nguyễn Thị Thu Hường, Trưởng ban Tuyên giáo Tỉnh ủy, yêu cầu Ban "
        "Thường vụ Huyện ủy Hưng Nguyên tiếp tục quán triệt Kết luận 21.", "Bí thư Tỉnh ủy dự hội nghị.")
    refused = _ask("Xin cho biết họ tên đồng chí Bí thư Huyện ủy Hưng Nguyên đã báo cáo tại buổi làm việc?", passages)
    assert not refused.grounded and "không nói ai giữ chức vụ này" in refused.answer
    answered = _ask("Cho biết họ tên Trưởng ban Tuyên giáo Tỉnh ủy", passages)
    assert answered.grounded and "Nguyễn Thị Thu Hường" in answered.answer


def test_which_time_an_event_is_held_is_answered_by_its_ordinal_not_a_figure():
    passages = _passages(
        "Lãnh đạo, chỉ đạo việc chuẩn bị, tổ chức Đại hội Đảng các cấp; tổ chức thành công Đại hội đại biểu Đảng bộ "
        "tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030.",
        "Đoàn đại biểu Quốc hội tổ chức tiếp xúc cử tri trước và sau 12 kỳ họp nhiệm kỳ 2021 - 2026.")
    answer = _ask("Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025-2030 là đại hội lần thứ mấy?", passages)
    assert answer.grounded and "lần thứ XX" in answer.answer, answer.answer


def test_an_articles_headline_is_that_of_the_first_article_naming_what_the_question_gives_it():
    from rag.answer.article_facts import article_answer, asked_of_article
    passages = _passages("Hội nghị quán triệt Kết luận 21 ở Quảng Ninh.", "Tỉnh ủy Cao Bằng lãnh đạo xây dựng Đảng.")
    info = analyse("bài viết về Cao Bằng có tít là gì?")
    assert asked_of_article(info) == "title"
    answer, _ = article_answer(info, passages, "title")
    assert answer.answer.startswith("Bài “Bài 1”") and answer.citations[0].doc_id == "d1"
    # No article found names the place: refused, saying so.
    answer, why = article_answer(analyse("bài viết về Lạng Sơn tên là gì?"), passages, "title")
    assert answer is None and "Lạng Sơn" in why
    # Publication is asked only of an article; a document's date is the registry's.
    assert asked_of_article(analyse("bài đó đăng ngày nào?")) == "published"
    assert asked_of_article(analyse("bai tang cuong xay dung dang cua cao bang duoc dang len ngay nao")) == "published"
    assert asked_of_article(analyse("Kết luận 21 ban hành ngày nào?")) == ""
    # A booklet the article reports a province published is no headline of the article.
    booklet = analyse("Cuốn tài liệu về phòng, chống tham nhũng mà Cao Bằng xuất bản có tên là gì?")
    assert asked_of_article(booklet) == ""
    assert asked_of_article(analyse("Tài liệu mà tỉnh đã biên soạn có tên là gì?")) == ""
    # Where it was published, said between: "lên trang thông tin", "lên mạng"; and the site asked many ways.
    assert asked_of_article(analyse("Bài “Tăng cường xây dựng Đảng” được đăng lên trang thông tin vào ngày nào?")) \
        == "published"
    assert asked_of_article(analyse("Bài về Quảng Ninh được đăng lên mạng vào ngày giờ nào?")) == "published"
    assert asked_of_article(analyse("Bài tin về Hưng Nguyên do tờ báo hay trang mạng nào đăng?")) == "source"
    assert asked_of_article(analyse("Bài của ông Minh đăng trên trang thông tin điện tử của cơ quan nào?")) == \
        "source"


def test_who_took_a_photo_is_read_from_the_caption_crediting_it():
    from rag.answer.article_facts import article_answer, asked_of_article
    passages = _passages("Tỉnh ủy Lạng Sơn tổ chức hội nghị trực tuyến.\nQuang cảnh tại điểm cầu Lạng Sơn. Ảnh: Minh "
                         "Hà\nĐồng chí Lê Thị Thu phát biểu tại hội nghị. Ảnh: Quốc Bảo")
    info = analyse("Ảnh quang cảnh tại điểm cầu Lạng Sơn do ai chụp?")
    assert asked_of_article(info) == "photo"
    answer, _ = article_answer(info, passages, "photo")
    assert answer.grounded and "Ảnh: Minh Hà" in answer.answer and "Quốc Bảo" not in answer.answer
    answer, _ = article_answer(analyse("ảnh đồng chí Lê Thị Thu phát biểu là của ai?"), passages, "photo")
    assert "Ảnh: Quốc Bảo" in answer.answer
    # No caption credits a photo: refused, saying so; "anh ấy" is no photo, "ảnh hưởng" neither.
    answer, why = article_answer(info, _passages("Tỉnh ủy Lạng Sơn tổ chức hội nghị."), "photo")
    assert answer is None and "không ghi người chụp ảnh" in why
    assert asked_of_article(analyse("anh ay la ai?")) == ""
    assert asked_of_article(analyse("Dịch bệnh ảnh hưởng đến ai?")) == ""
    assert asked_of_article(analyse("Tác giả bài viết có đăng kèm ảnh không?")) != "photo"


def test_the_site_an_article_was_published_on_is_its_source():
    from rag.answer.article_facts import article_answer, asked_of_article
    info = analyse("Bài về Cao Bằng được đăng trên trang nào?")
    assert asked_of_article(info) == "source"
    passages = [Passage(Chunk(chunk_id="c0", doc_id="d0", title="Tăng cường xây dựng Đảng (Cao Bằng)",
                              text="Tỉnh ủy Cao Bằng lãnh đạo xây dựng Đảng.", index_text="x", position=0,
                              source="hdnd.caobang.gov.vn", published="11/02/2024"), 1.0, 0.8)]
    answer, _ = article_answer(info, passages, "source")
    assert "đăng trên hdnd.caobang.gov.vn" in answer.answer
    assert asked_of_article(analyse("Bài của đồng chí Trần Hồng Minh có tiêu đề chính xác là gì?")) == "title"
    assert asked_of_article(analyse("Tác giả bài viết về Nghệ An tên là gì?")) == "author"  # not its headline


def test_which_leaders_attended_is_answered_by_the_sentence_naming_several():
    passages = _passages(
        "Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, quán triệt Kết luận số 21-KL/TW tại hội nghị.",
        "Dự hội nghị có các đồng chí: Nguyễn Xuân Ký, Bí thư Tỉnh ủy; Ngô Hoàng Ngân, Phó Bí thư Thường trực Tỉnh ủy; "
        "Trịnh Thị Minh Thanh, Phó Bí thư Tỉnh ủy.")
    answer = _ask("Hội nghị quán triệt có những đồng chí lãnh đạo chủ chốt nào của Tỉnh ủy dự?", passages)
    assert answer.grounded and "Ngô Hoàng Ngân" in answer.answer and "Trịnh Thị Minh Thanh" in answer.answer


def test_an_articles_site_and_headline_asked_another_way_and_an_inferred_date_not_given_as_recorded():
    from rag.answer.article_facts import article_answer, asked_of_article
    assert asked_of_article(analyse("bài đưa tin hội nghị ở Quảng Ninh là của đơn vị nào?")) == "source"
    assert asked_of_article(analyse("Bài của Bí thư Cao Bằng được đăng trên trang hdnd.caobang.gov.vn ngày nào?")) \
        == "published"
    assert asked_of_article(analyse("báo Nghệ An đưa tin về đoàn giám sát với tiêu đề gì?")) == "title"
    assert asked_of_article(analyse("Bài viết của Bí thư Tỉnh ủy Cao Bằng được đăng vào thời điểm nào?")) \
        == "published"
    assert asked_of_article(analyse("Ngày đăng của bài về Cao Bằng?")) == "published"
    passages = [Passage(Chunk(chunk_id="c0", doc_id="d0", title="Giám sát ở Hưng Nguyên", text="Đoàn giám sát.",
                              index_text="x", position=0, source="Baonghean.vn", published="11/2022 (suy ra)"),
                        1.0, 0.8)]
    # A place may stand in the site's address.
    answer, _ = article_answer(analyse("bài của báo Nghệ An về Hưng Nguyên có tít là gì?"), passages, "title")
    assert answer is not None and "Giám sát ở Hưng Nguyên" in answer.answer
    answer, why = article_answer(analyse("bài đó đăng ngày nào?"), passages, "published")
    assert answer is None and "không ghi ngày đăng" in why and "11/2022" in why


def test_an_articles_author_is_the_one_its_byline_names_read_past_the_passages_found():
    from rag.answer.article_facts import article_answer, asked_of_article
    assert asked_of_article(analyse("Bài viết về Cao Bằng do ai chấp bút?")) == "author"
    assert asked_of_article(analyse("Bài ấy do đồng chí nào đứng tên tác giả ạ?")) == "author"
    assert asked_of_article(analyse("tac gia bai ve cao bang ten gi")) == "author"
    assert asked_of_article(analyse("Tác giả đó làm trưởng phòng nào?")) == ""  # the author's title
    chunks = [Chunk(chunk_id=f"c{i}", doc_id="d0", title="Tăng cường xây dựng Đảng (Cao Bằng)", text=text,
                    index_text=text, position=i)
              for i, text in enumerate(["Tỉnh ủy Cao Bằng lãnh đạo công tác giải phóng mặt bằng.",
                                        "Tác giả: Trần Hồng Minh, Bí thư Tỉnh ủy"])]
    info = analyse("Bài viết về Cao Bằng do ai chấp bút?")
    # The byline is in a chunk retrieval did not return: read on in the document ("tác giải phóng" is no byline).
    answer, _ = article_answer(info, [Passage(chunks[0], 1.0, 0.8)], "author", lambda c: chunks[c.position + 1:])
    assert answer is not None and "Trần Hồng Minh" in answer.answer and answer.citations[0].chunk_id == "c1"
    answer, why = article_answer(info, [Passage(chunks[0], 1.0, 0.8)], "author", lambda c: [])
    assert answer is None and "không ghi tác giả" in why


def test_a_year_only_a_documents_publication_date_gives_is_in_the_corpus():
    from rag.answer.extractive import absent_from_corpus
    info = analyse("Bài đăng đầu tháng 2 năm 2024 trên trang HĐND tỉnh Cao Bằng do ai viết?")
    lexical = LexicalIndex(["Tỉnh ủy Cao Bằng lãnh đạo xây dựng Đảng."])
    assert "2024" in absent_from_corpus(info, lexical)
    assert absent_from_corpus(info, lexical, frozenset({"2024"})) == ""


def test_where_the_asker_lives_need_not_be_in_the_corpus():
    from rag.answer.extractive import absent_from_corpus
    lexical = LexicalIndex(["Hội nghị được kết nối trực tuyến đến 237 điểm cầu với hơn 15.500 đại biểu tham dự."])
    info = analyse("Tôi sinh hoạt ở chi bộ phường Hồng Hải. Hội nghị có bao nhiêu điểm cầu?")
    assert absent_from_corpus(info, lexical) == ""
    assert "Hồng Hải" in absent_from_corpus(analyse("Hội nghị ở phường Hồng Hải có bao nhiêu điểm cầu?"), lexical)


def test_a_title_no_text_names_has_no_holder_to_tell():
    from rag.answer.extractive import absent_from_corpus
    lexical = LexicalIndex(["Đồng chí Trương Thị Mai, Trưởng ban Tổ chức Trung ương, chủ trì hội nghị.",
                            "Đồng chí Nguyễn Văn Thông, Phó Bí thư Thường trực Tỉnh ủy."])
    info = analyse("Hội nghị giao ban có Phó Trưởng ban Tổ chức Trung ương nào phát biểu, tên gì?")
    assert "Phó Trưởng ban" in absent_from_corpus(info, lexical)
    assert absent_from_corpus(analyse("Phó Bí thư Thường trực Tỉnh ủy là ai?"), lexical) == ""
    # a fact to check may claim a wrong title: that is what is checked
    assert absent_from_corpus(analyse("Bà Mai là Phó Trưởng ban Tổ chức Trung ương, đúng không?"), lexical) == ""


def test_a_title_asked_with_a_second_question_or_in_the_last_sentence_is_held_to_its_holder():
    passages = _passages("Đồng chí Cao Tường Huy, Phó Chủ tịch Thường trực UBND tỉnh, quán triệt nội dung kinh tế.")
    for question in ("Tôi thấy hội nghị có đồng chí Phó Chủ tịch UBND tỉnh quán triệt. Vậy đồng chí Chủ tịch UBND "
                     "tỉnh lúc đó là ai, có phát biểu gì tại hội nghị không?",
                     "Đồng chí Chủ tịch UBND tỉnh là ai và đã quán triệt những gì?"):
        answer = _ask(question, passages)
        assert not answer.grounded and "không nói ai giữ chức vụ này" in answer.answer
    passages = _passages("Tại điểm cầu Nghệ An có các đồng chí: Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy; Lê "
                         "Đức Cường - Ủy viên Ban Thường vụ, Trưởng ban Tổ chức Tỉnh ủy.",
                         "Các đồng chí Phó trưởng ban các ban đảng dự hội nghị.")
    answer = _ask("Phó trưởng ban Tổ chức Tỉnh ủy Nghệ An nào có mặt ở điểm cầu?", passages)
    assert not answer.grounded and "không nói ai giữ chức vụ này" in answer.answer
    answer = _ask("Trưởng ban Tổ chức Tỉnh ủy Nghệ An nào có mặt ở điểm cầu?", passages)
    assert answer.grounded and "Lê Đức Cường" in answer.answer


def test_the_date_of_a_document_named_by_its_type_alone_is_a_date_written_with_that_type():
    from rag.answer.values import undated_document
    info = analyse("Chương trình hành động của Tỉnh ủy thực hiện Kết luận 21-KL/TW được ban hành ngày nào?")
    other = ("Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Kết luận số 21-KL/TW ngày "
             "25/10/2021 và Chương trình hành động của Tỉnh ủy.")
    answer = _ask(info.text, _passages(other))
    assert not answer.grounded and "không ghi ngày ban hành của chương trình" in answer.answer
    dated = Answer("“Chương trình hành động số 08-CTr/TU, ngày 12/11/2021 của Tỉnh ủy …” [1]", grounded=True)
    assert undated_document(info, dated) == ""
    assert undated_document(analyse("Kế hoạch số 77-KH/TU ban hành ngày nào?"), Answer("ngày 15/1", True)) == ""


def test_con_so_asks_the_figure_and_counts_nothing_of_its_own():
    from rag.answer.scope import counted_noun
    assert counted_noun("Xin cho biết con số chính xác được nêu trong bài là bao nhiêu?") == ""
    assert counted_noun("Số đảng viên mới được kết nạp là bao nhiêu?") == "dang"
    # Typed without accents "con so" may be "còn số": a count named first.
    assert counted_noun("the con so luot to chuc dang duoc kiem tra thi bao nhieu") == "to"


def test_which_year_is_answered_by_a_year_but_not_by_the_one_the_question_gives():
    from rag.answer.values import asked_of, has_value
    unit = "Phấn đấu đến năm 2025 trở thành tỉnh khá trong khu vực, năm 2030 trở thành tỉnh khá của cả nước."
    assert has_value("date", unit, asked_of(analyse("Đến năm nào tỉnh trở thành tỉnh khá của cả nước?")))
    assert not has_value("date", "Phấn đấu đến năm 2030 trở thành tỉnh khá.",
                         asked_of(analyse("Năm 2030 tỉnh phấn đấu thành tỉnh khá, vậy đến năm nào thành tỉnh giàu?")))
    assert not has_value("date", unit, asked_of(analyse("Hội nghị diễn ra ngày nào?")))  # a day's date is asked
    # a plan's horizon dates nothing done, unless the horizon is asked
    planned = ("Cao tốc được khởi công, sân bay được bổ sung vào quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.")
    assert not has_value("date", planned, asked_of(analyse("Sân bay dự kiến khởi công năm nào?")))
    assert has_value("date", planned, asked_of(analyse("Quy hoạch sân bay có tầm nhìn đến năm nào?")))


def test_the_name_of_whoever_wrote_the_article_is_its_author():
    from rag.answer.article_facts import asked_of_article
    assert asked_of_article(analyse("ong bi thu Cao Bang viet bai ve xay dung Dang ten la gi?")) == "author"
    assert asked_of_article(analyse("Bài của ông bí thư Cao Bằng có tên là gì?")) == "title"


def test_an_events_date_holds_for_every_venue_its_report_names():
    passages = _passages("Sáng ngày 15/1, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Kết luận 21, kết nối trực "
                         "tuyến đến các điểm cầu.")
    venue = Passage(replace(passages[0].chunk, chunk_id="c9", text="Các đại biểu dự hội nghị tại điểm cầu huyện Đầm "
                                                                    "Hà.", index_text="Đầm Hà", position=9), 0.5, 0.7)
    question = "Hội nghị quán triệt Kết luận 21 có điểm cầu tại huyện Đầm Hà diễn ra ngày nào?"
    assert not _ask(question, passages).grounded  # nothing found names that venue
    answer = _ask(question, [*passages, venue])
    assert answer.grounded and "15/1" in answer.answer


def test_an_inline_list_answers_what_its_intro_names_not_any_question_asking_for_several():
    text = ("Đồng chí Nguyễn Thị Thu Hường yêu cầu Ban Thường vụ Huyện ủy tiếp tục quán triệt và triển khai Kế hoạch "
            "số 77-KH/TU của Tỉnh ủy; Quy định 109-QĐ/TW của Ban Bí thư; Quy định số 37-QĐ/TW của Ban Chấp hành Trung "
            "ương. Bên cạnh những kết quả đạt được vẫn còn một số hạn chế: Việc tổ chức học tập, quán triệt chưa "
            "thường xuyên; Việc triển khai có lúc còn lúng túng, thiếu sáng tạo. Việc cụ thể hóa kế hoạch còn chậm.")
    passages = _passages(text)
    answer = _ask("Huyện ủy còn những hạn chế nào trong học tập, quán triệt, triển khai?", passages)
    assert answer.grounded and "chưa thường xuyên" in answer.answer and "còn chậm" in answer.answer
    answer = _ask("Ban Thường vụ Huyện ủy được yêu cầu tiếp tục quán triệt, triển khai những văn bản nào?", passages)
    assert answer.grounded and "109-QĐ/TW" in answer.answer and "hạn chế" not in answer.answer


def test_a_news_items_headline_asked_by_its_site_the_questions_first_word_no_part_of_the_name():
    from rag.answer.article_facts import asked_of_article
    from rag.answer.extractive import absent_from_corpus
    info = analyse("Tin Baonghean về hội nghị giao ban quý III chạy tiêu đề gì?")
    assert asked_of_article(info) == "title"
    lexical = LexicalIndex(["(Baonghean.vn) - Hội nghị giao ban quý III."])
    assert absent_from_corpus(info, lexical) == ""
    assert "Baonghe" in absent_from_corpus(analyse("Tin Baonghe về hội nghị chạy tiêu đề gì?"), lexical)


def test_a_paper_is_named_by_its_place_and_a_district_typed_in_lowercase_is_still_checked():
    from rag.answer.extractive import absent_from_corpus
    lexical = LexicalIndex(["(Baonghean.vn) - Đoàn giám sát làm việc với huyện Hưng Nguyên, tỉnh Nghệ An."])
    assert absent_from_corpus(analyse("Câu đó là của ai? Tôi đọc trên Báo Nghệ An."), lexical) == ""
    assert "Quảng Bình" in absent_from_corpus(analyse("Câu đó là của ai? Tôi đọc trên Báo Quảng Bình."), lexical)
    # Accented but in lowercase, a district's name after its unit is a name the corpus must have.
    assert "huyện nghi lộc" in absent_from_corpus(analyse("đoàn làm việc với huyện nghi lộc hôm nào"), lexical)
    assert absent_from_corpus(analyse("đoàn làm việc với huyện hưng nguyên hôm nào"), lexical) == ""
    # A unit capitalised with its name is the name's.
    assert absent_from_corpus(analyse("Đồng chí nào ở Tỉnh Nghệ An dự?"), lexical) == ""
    assert "Lạng Sơn" in absent_from_corpus(analyse("Đồng chí nào ở Tỉnh Lạng Sơn dự?"), lexical)
    # A province opening the question is checked whole, not from its second word.
    assert "Hà Tĩnh" in absent_from_corpus(analyse("Hà Tĩnh quán triệt KL21 - ngày hội nghị?"),
                                           LexicalIndex(["Tỉnh ủy tổ chức hội nghị. Bình tĩnh."]))


def test_a_holder_asked_with_a_relative_clause_or_a_clause_about_them_must_hold_the_title():
    from rag.answer.values import untitled
    said = Answer("“Đồng chí Nguyễn Thị Thu Hường yêu cầu Ban Thường vụ Huyện ủy Hưng Nguyên …” [1]", grounded=True)
    for question in ("Ai là người mà đang làm Bí thư Huyện ủy Hưng Nguyên?",
                     "Bí thư Huyện ủy Hưng Nguyên là ai, ông ấy báo cáo gì với đoàn giám sát?"):
        assert untitled(analyse(question), said), question


def test_a_title_checked_is_held_by_the_person_the_answer_names():
    from rag.answer.values import untitled
    said = Answer("“Sáng 14/11, Đoàn giám sát của Ban Thường vụ Tỉnh ủy do đồng chí Nguyễn Thị Thu Hường - Ủy viên Ban "
                  "Thường vụ, Trưởng ban Tuyên giáo Tỉnh ủy làm trưởng đoàn làm việc với Huyện ủy Hưng Nguyên.” [1]",
                  grounded=True)
    # "đúng chưa" asks of the title, it is no part of it
    assert untitled(analyse("Tên trưởng đoàn đúng chưa, nếu sai thì sửa thế nào?"), said) == ""


def test_a_rate_asked_of_whose_it_is_names_what_it_measures_after_co():
    from rag.answer.scope import figure_in_scope
    unit = "HĐND tổ chức thành công cuộc bầu cử với 99,62% cử tri đi bầu cử."
    assert figure_in_scope("Trong cuộc bầu cử, Cao Bằng có tỷ lệ cử tri đi bầu là bao nhiêu?", unit)
    assert not figure_in_scope("Tổng mức đầu tư của sân bay Cao Bằng là bao nhiêu?", "kết nạp 6.222 đảng viên")


def test_one_comrade_named_is_not_a_list_of_people():
    from rag.answer.extractive import _MANY_PEOPLE
    from rag.vi.text import fold
    assert not _MANY_PEOPLE.search(fold("Kể tên đồng chí đã quán triệt Kết luận số 14-KL/TW"))
    assert _MANY_PEOPLE.search(fold("Kể tên các đồng chí dự hội nghị"))
    assert _MANY_PEOPLE.search(fold("Mấy vị lãnh đạo chủ chốt nào của tỉnh có mặt dự vậy?"))  # the South's plural


def test_a_document_named_in_a_follow_ups_context_leaves_an_events_date_asked():
    from rag.answer.values import asks_event
    assert asks_event(analyse("buổi làm việc đó diễn ra ngày nào (Kết luận 21, Huyện ủy, huyện Hưng Nguyên)"))


def test_a_title_question_ending_in_dots_still_asks_the_titles_holder():
    from rag.answer.values import untitled
    said = Answer("“Đồng chí Nguyễn Thị Thu Hường yêu cầu Ban Thường vụ Huyện ủy Hưng Nguyên …” [1]", grounded=True)
    for question in ("Bí thư Huyện ủy Hưng Nguyên hiện giờ là ai vậy...", "bi thu huyen uy hung nguyen la ai..."):
        assert untitled(analyse(question), said), question


def test_a_title_question_opened_politely_or_ending_in_southern_particles_asks_the_titles_holder():
    from rag.answer.values import untitled
    said = Answer("“Chủ động phối hợp …, ngăn chặn hoạt động của tổ chức bất hợp pháp Dương Văn Mình …” [1]",
                  grounded=True)
    for question in ("Dạ Chủ tịch UBND tỉnh Cao Bằng hiện nay là ai ạ?",
                     "Phó Chủ tịch UBND tỉnh Cao Bằng hiện giờ là ai dzậy ta?",
                     "Kính gửi, tôi ở Cao Bằng, cho tôi hỏi hiện nay đồng chí Chủ tịch UBND tỉnh Cao Bằng là ai ạ?"):
        assert untitled(analyse(question), said), question


def test_a_question_opening_with_who_said_it_is_not_held_to_that_titles_holder():
    from rag.answer.values import untitled
    info = analyse("Trưởng ban Tổ chức Trung ương lưu ý ngành tổ chức phải chuẩn bị 3 hội nghị. Xin liệt kê ba hội "
                   "nghị đó.")
    said = Answer("“Trưởng ban Tổ chức Trung ương lưu ý chuẩn bị 3 hội nghị, đó là: A, B và C.” [1]", grounded=True)
    assert untitled(info, said) == ""


def test_a_figure_of_another_compound_made_of_the_asked_words_is_no_count_of_it():
    from rag.answer.scope import figure_in_scope
    inspected = "Ủy ban Kiểm tra các cấp kiểm tra 7 tổ chức Đảng và 62 đảng viên."
    # "tổ chức đảng" (any level) is not "tổ chức cơ sở đảng" (the grassroots ones).
    assert not figure_in_scope("Tỉnh Lạng Sơn hiện có bao nhiêu tổ chức cơ sở đảng?", inspected)
    assert figure_in_scope("UBKT các cấp đã kiểm tra bao nhiêu tổ chức đảng?", inspected)
    grassroots = "Toàn tỉnh có 512 tổ chức cơ sở đảng."
    assert figure_in_scope("Tỉnh có bao nhiêu tổ chức cơ sở đảng?", grassroots)
    # Words after the noun that the figure's sentence does not repeat narrow nothing here.
    assert figure_in_scope("Đã thi hành kỷ luật bao nhiêu đảng viên vi phạm?", "Thi hành kỷ luật 346 đảng viên.")
    # A verb the question asks by is not part of what is counted; two things counted are not one compound.
    assert figure_in_scope("Bao nhiêu đại biểu dự hội nghị?", "Hội nghị có hơn 15.500 đại biểu tham dự.")
    assert figure_in_scope("Hội nghị có khoảng bao nhiêu đại biểu dự?", "Có hơn 15.500 đại biểu tham dự.")
    assert figure_in_scope("NQ đề ra bao nhiêu nhiệm vụ giải pháp trọng tâm?",
                           "Thực hiện 8 nhiệm vụ và 2 giải pháp trọng tâm, 5 đột phá.")


def test_documents_of_several_types_asked_at_once_are_answered_by_the_sentence_naming_them():
    passages = _passages(
        "Phát biểu tại buổi làm việc, Trưởng ban Tuyên giáo Tỉnh ủy yêu cầu Huyện ủy tiếp tục quán triệt và triển "
        "khai Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng.",
        "Đồng chí yêu cầu Huyện ủy tiếp tục quán triệt và triển khai Kết luận số 21-KL/TW; Kế hoạch số 77-KH/TU của "
        "Tỉnh ủy; Quy định 109-QĐ/TW của Ban Bí thư.")
    answer = _ask("Ngoài Kết luận số 21-KL/TW, Trưởng ban Tuyên giáo Tỉnh ủy yêu cầu Huyện ủy tiếp tục quán triệt và "
                  "triển khai những kế hoạch, quy định nào?", passages)
    assert answer.grounded and "77-KH/TU" in answer.answer and "109-QĐ/TW" in answer.answer, answer.answer


def test_a_chairman_of_another_body_is_no_answer_to_a_who_question_typed_without_accents_ending_in_a():
    # "… là ai ạ?" typed "la ai a?": the final "a" asks nothing, and the title asked is still read.
    passages = _passages("Đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Quảng Ninh, Chủ tịch HĐND "
                         "tỉnh, quán triệt Kết luận số 21-KL/TW của Ban Chấp hành Trung ương Đảng.")
    answer = _ask("Chu tich UBND tinh Quang Ninh la ai a?", passages)
    assert not answer.grounded and "không nói ai giữ chức vụ này" in answer.answer
    answer = _ask("Chu tich HDND tinh Quang Ninh la ai a?", passages)
    assert answer.grounded and "Nguyễn Xuân Ký" in answer.answer


def test_where_a_named_person_works_is_answered_by_their_title():
    passages = _passages(
        "Ban Biên tập đăng bài viết về thực hiện Kết luận số 21-KL/TW ở Nghệ An của tác giả Phạm Thị Thanh Giang – "
        "Trưởng phòng Bảo vệ Chính trị nội bộ, Ban Tổ chức Tỉnh ủy.",
        "Ở Nghệ An, nhiều cán bộ đang công tác ở vị trí lãnh đạo, quản lý được luân chuyển, làm việc ở cơ sở.")
    for question in ("Phạm Thị Thanh Giang đang công tác ở vị trí nào?", "Bà Phạm Thị Thanh Giang làm việc ở đâu?",
                     "pham thi thanh giang giu vi tri gi"):
        answer = _ask(question, passages)
        assert answer.grounded and "Trưởng phòng Bảo vệ Chính trị nội bộ" in answer.answer, question


def test_whether_a_stated_count_was_reached_yet_is_answered_by_the_fraction_that_gives_it():
    passages = _passages(
        "Trong bối cảnh dịch bệnh, ngành Tổ chức xây dựng Đảng đã bám sát chỉ đạo của cấp ủy, tích cực, chủ động "
        "hoàn thành hết cả các nhiệm vụ, đề án được giao.",
        "Đến nay đã cơ bản hoàn thành 19/28 đề án trình Ban Chấp hành Trung ương, Bộ Chính trị, Ban Bí thư.")
    answer = _ask("Ngành Tổ chức xây dựng Đảng đã hoàn thành hết cả 28 đề án chưa?", passages)
    assert answer.grounded and "19/28 đề án" in answer.answer


def test_a_count_with_a_cause_the_text_does_not_give_is_refused():
    passages = _passages("Ở Cao Bằng, Ủy ban Kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm 280 đảng viên. Thi "
                         "hành kỷ luật 166 đảng viên vi phạm.",
                         "Cao Bằng thành lập Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh.")
    answer = _ask("Cao Bằng kỷ luật bao nhiêu đảng viên vì tham nhũng?", passages)
    assert not answer.grounded
    answer = _ask("Cao Bằng kỷ luật bao nhiêu đảng viên?", passages)
    assert answer.grounded and "166 đảng viên" in answer.answer


def test_a_count_asked_of_a_named_document_is_not_taken_from_a_report_that_never_names_it():
    other = ("Thực hiện đồng bộ, toàn diện các nhiệm vụ và giải pháp, bao gồm cả việc thực hiện 10 nhiệm vụ nêu trong "
             "Nghị quyết Đại hội XIII của Đảng.")
    answer = _ask("KH 77-KH/TU gồm bao nhiêu nhiệm vụ, giải pháp?", _passages(other))
    assert not answer.grounded and "không nói về KH 77-KH/TU" in answer.answer
    naming = "Kế hoạch số 77-KH/TU của Tỉnh ủy đề ra 6 nhiệm vụ, giải pháp trọng tâm."
    answer = _ask("KH 77-KH/TU gồm bao nhiêu nhiệm vụ, giải pháp?", _passages(naming, other))
    assert answer.grounded and "6 nhiệm vụ" in answer.answer


def test_a_document_asked_inside_a_list_item_is_taken_from_that_item():
    passages = _passages(
        "- Thứ tư, tập trung xây dựng đội ngũ cán bộ các cấp. Trong đó, cần quan tâm chỉ đạo thực hiện hiệu quả Nghị "
        "quyết số 26-NQ/TW của Ban Chấp hành Trung ương khóa XII về xây dựng đội ngũ cán bộ các cấp.",
        "Để thực hiện Kết luận 21-KL/TW, từ bài học thực hiện Nghị quyết Trung ương 4 khóa XII, các cấp ủy cần tập "
        "trung một số nhiệm vụ, giải pháp sau:",
        "- Thứ năm, tăng cường kiểm tra, giám sát việc thực hiện Kết luận số 21-KL/TW.",
        ordinals=[4, 0, 5])
    # As a follow-up is read: "Trong giải pháp đó, …" after "…, giải pháp thứ tư là gì?".
    answer = _ask("Trong giải pháp thứ tư, nghị quyết nào của BCH TW khóa XII về xây dựng đội ngũ cán bộ được đề nghị "
                  "quan tâm chỉ đạo thực hiện? (Trong bài viết về thực hiện KL 21, giải pháp thứ tư là gì)", passages)
    assert answer.grounded and "26-NQ/TW" in answer.answer


def test_a_wrong_figure_asked_with_co_khong_is_answered_by_the_sentence_with_the_right_one():
    passages = _passages("Hội nghị ở Quảng Ninh được kết nối trực tuyến đến 237 điểm cầu từ tỉnh đến các huyện, thị "
                         "xã, thành phố với hơn 15.500 đại biểu tham dự.",
                         "Hội nghị quán triệt Kết luận 21-KL/TW tại Quảng Ninh được tổ chức trực tuyến.")
    answer = _ask("Hội nghị quán triệt KL 21 ở Quảng Ninh có kết nối trực tuyến tới 300 điểm cầu không?", passages)
    assert answer.grounded and "237 điểm cầu" in answer.answer


def test_a_term_characterised_in_a_clause_is_answered_by_the_clause_characterising_it():
    passages = _passages("Quán triệt Kết luận 21 tại Quảng Ninh, đồng chí Bí thư Tỉnh ủy nêu rõ nhiệm vụ xây dựng, "
                         "chỉnh đốn Đảng là nhiệm vụ then chốt của cả hệ thống chính trị.",
                         "Kết hợp chặt chẽ, hài hoà giữa xây và chống; xây là nhiệm vụ cơ bản, chiến lược, lâu dài, "
                         "chống là nhiệm vụ quan trọng, cấp bách, thường xuyên.")
    answer = _ask("Theo Kết luận 21 (được quán triệt ở Quảng Ninh), chống là nhiệm vụ như thế nào?", passages)
    assert answer.grounded and "cấp bách" in answer.answer


def test_a_persons_title_asked_without_accents_after_what_they_are_called_by_is_answered():
    passages = _passages("Bài viết của tác giả Phạm Thị Thanh Giang – Trưởng phòng Bảo vệ Chính trị nội bộ, Ban Tổ "
                         "chức Tỉnh ủy Nghệ An.")
    answer = _ask("Ba Pham Thi Thanh Giang giu chuc vu gi?", passages)
    assert answer.grounded and "Trưởng phòng Bảo vệ Chính trị nội bộ" in answer.answer


def test_the_holder_of_an_inspection_committees_chairmanship_is_one_the_passage_calls_so():
    # "Chủ nhiệm" was no title the guard knew: the provincial secretary, named beside "kiểm tra", answered who
    # chairs the inspection committee.
    passages = _passages("Bí thư Tỉnh ủy Trần Hồng Minh kiểm tra hồ sơ thiết kế, bản vẽ, thực địa công trình giao "
                         "thông liên xã Quang Long - Thống nhất (Hạ Lang).",
                         "Ủy ban Kiểm tra Tỉnh ủy Cao Bằng và Chủ tịch HĐND tỉnh dự hội nghị.",
                         "Các đồng chí Chủ nhiệm Ủy ban Kiểm tra cấp huyện dự hội nghị.")
    answer = _ask("Đồng chí Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Cao Bằng hiện nay là ai?", passages)
    assert not answer.grounded and "không nói ai giữ chức vụ này" in answer.answer


def test_an_articles_author_speaks_in_every_sentence_of_it():
    from rag.answer.extractive import _unanchored
    chunks = [Chunk(chunk_id=f"c{i}", doc_id="d0", title="Tăng cường xây dựng Đảng (Cao Bằng)", text=text,
                    index_text=text, position=i)
              for i, text in enumerate(["HĐND tỉnh ban hành 229 nghị quyết.",
                                        "Tác giả: Trần Hồng Minh, Bí thư Tỉnh ủy"])]
    info = analyse("Trong bài đó, ông Trần Hồng Minh cho biết HĐND tỉnh đã ban hành bao nhiêu nghị quyết?")
    assert info.speakers == ["Trần Hồng Minh"]
    said = Answer("“HĐND tỉnh ban hành 229 nghị quyết.” [1]", grounded=True,
                  citations=[Citation(doc_id="d0", title=chunks[0].title, source="", chunk_id="c0",
                                             text=chunks[0].text, score=1.0, n=1)])
    found = [Passage(chunks[0], 1.0, 0.8)]
    # The byline is in the next chunk, read on in the document; another's byline is no such article.
    assert _unanchored(info, said, found, lambda c: [chunks[1]]) == ""
    assert "Trần Hồng Minh" in _unanchored(info, said, found, lambda c: [])
    other = replace(chunks[1], text="Tác giả: Phạm Thị Thanh Giang")
    assert "Trần Hồng Minh" in _unanchored(info, said, found, lambda c: [other])


def test_a_statement_about_one_province_is_not_decided_by_a_report_on_another():
    text = "Từ đầu nhiệm kỳ đến nay, Đảng bộ tỉnh kết nạp 6.222 đảng viên mới."
    passages = [Passage(Chunk(chunk_id="c0", doc_id="d0", title="Tăng cường xây dựng Đảng (Cao Bằng)", text=text,
                              index_text=text, position=0), 1.0, 0.85)]
    lexical = LexicalIndex([text, "Tỉnh ủy Nghệ An ban hành Kế hoạch 77-KH/TU.", "Tỉnh ủy Cao Bằng lãnh đạo."])

    def ask(question):
        return answer_from_passages(analyse(question), passages, lexical)

    answer = ask("Có đúng là Nghệ An đã kết nạp hơn 5.000 đảng viên mới không?")
    assert not answer.grounded and "không nói về Nghệ An" in answer.answer
    answer = ask("Có đúng là Cao Bằng đã kết nạp 6.222 đảng viên mới không?")
    assert answer.grounded and "6.222" in answer.answer


def test_a_figure_of_another_measure_is_no_answer_to_what_is_measured():
    from rag.answer.scope import figure_in_scope
    question = "Tổng mức đầu tư dự kiến của sân bay Cao Bằng là bao nhiêu?"
    assert not figure_in_scope(question, "Từ đầu nhiệm kỳ đến nay, kết nạp 6.222 đảng viên mới.")
    assert figure_in_scope(question, "Tổng mức đầu tư dự kiến của sân bay là 6.000 tỷ đồng.")
    assert figure_in_scope("Còn tỷ lệ cử tri đi bầu ở Cao Bằng là bao nhiêu %?", "với 99,62% cử tri đi bầu cử")
    # "trên tổng số bao nhiêu" names nothing measured: the total of what was counted before.
    assert figure_in_scope("Den quy III/2021 nganh To chuc da co ban hoan thanh bao nhieu de an trinh TW, tren tong so "
                           "bao nhieu?", "Đến nay đã cơ bản hoàn thành 19/28 đề án trình Ban Chấp hành Trung ương.")


def test_of_the_first_units_the_one_naming_the_year_asked_answers():
    # The scorer's first unit (the conclusion's aim) names no year: it was chosen, then refused for lacking 2030.
    passages = _passages("Ngày 25/10/2021, Ban Chấp hành Trung ương ban hành Kết luận 21-KL/TW với mục tiêu xây dựng "
                         "Đảng và hệ thống chính trị trong sạch, vững mạnh.",
                         "Thực hiện tốt các giải pháp thực hiện Kết luận 21-KL/TW, hướng đến mục tiêu phấn đấu: Đến "
                         "năm 2025 Nghệ An trở thành tỉnh khá trong khu vực, năm 2030 trở thành tỉnh khá của cả nước.")
    answer = _ask("Mục tiêu của Nghệ An đến năm 2030 theo Kết luận 21 là gì?", passages)
    assert answer.grounded and "năm 2030 trở thành tỉnh khá của cả nước" in answer.answer


def test_listing_the_leaders_present_is_answered_by_the_sentence_naming_them_all():
    passages = _passages("Đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, quán triệt Kết luận số "
                         "21-KL/TW tại hội nghị ở Quảng Ninh.",
                         "Dự hội nghị ở Quảng Ninh có các đồng chí: Nguyễn Xuân Ký, Bí thư Tỉnh ủy; Ngô Hoàng Ngân, "
                         "Phó Bí thư Thường trực Tỉnh ủy; Trịnh Thị Minh Thanh, Phó Bí thư Tỉnh ủy.")
    answer = _ask("Liệt kê các lãnh đạo tỉnh Quảng Ninh dự hội nghị quán triệt KL 21?", passages)
    assert answer.grounded and "Ngô Hoàng Ngân" in answer.answer and "Trịnh Thị Minh Thanh" in answer.answer


def test_how_many_there_are_is_not_how_many_were_acted_on():
    from rag.answer.scope import figure_in_scope
    stock = "Hiện nay Đảng bộ tỉnh Cao Bằng có tổng cộng bao nhiêu đảng viên?"
    assert not figure_in_scope(stock, "Từ đầu nhiệm kỳ đến nay, kết nạp 6.222 đảng viên mới.")
    assert not figure_in_scope("Tỉnh hiện có bao nhiêu tổ chức cơ sở đảng?",
                               "Ủy ban Kiểm tra kiểm tra khi có dấu hiệu vi phạm đối với 7 tổ chức cơ sở đảng.")
    assert figure_in_scope(stock, "Toàn Đảng bộ tỉnh hiện có 52.000 đảng viên.")
    # Asked with its action, the figure acted on answers.
    assert figure_in_scope("Cao Bằng đã kết nạp bao nhiêu đảng viên?", "Từ đầu nhiệm kỳ, kết nạp 6.222 đảng viên mới.")
    assert figure_in_scope("Tổng số đảng viên mới được kết nạp từ đầu nhiệm kỳ là bao nhiêu?",
                           "Từ đầu nhiệm kỳ đến nay, kết nạp 6.222 đảng viên mới.")


def test_a_number_in_words_counts_only_what_stands_right_after_it():
    from rag.answer.scope import figure_in_scope
    question = "Đảng bộ có bao nhiêu đảng viên?"
    assert not figure_in_scope(question, "Bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác quan điểm sai trái.")
    assert figure_in_scope("Tổng Bí thư chỉ ra bao nhiêu điểm?", "Tổng Bí thư chỉ ra bốn điểm đáng chú ý.")


def test_a_persons_titles_are_the_sentence_writing_the_most_of_them_after_the_name():
    from rag.answer.people import person_asked, titles_answer
    chunks = [Chunk(chunk_id=f"c{i}", doc_id="d0", title="Hội nghị ở Quảng Ninh", text=text, index_text=text,
                    position=i)
              for i, text in enumerate(["Đồng chí Nguyễn Xuân Ký phát biểu chỉ đạo hội nghị.",
                                        "Dự hội nghị có đồng chí Nguyễn Xuân Ký, Ủy viên Trung ương Đảng, Bí thư Tỉnh "
                                        "ủy, Chủ tịch HĐND tỉnh; Ngô Hoàng Ngân, Phó Bí thư Tỉnh ủy.",
                                        "Đồng chí Nguyễn Xuân Ký, Bí thư Tỉnh ủy, quán triệt Kết luận."])]
    name = person_asked(analyse("Nguyễn Xuân Ký giữ chức vụ gì?"))
    assert name == "Nguyễn Xuân Ký"
    answer = titles_answer(name, chunks)
    assert answer.grounded and "Chủ tịch HĐND tỉnh" in answer.answer and answer.citations[0].chunk_id == "c1"
    assert titles_answer("Phạm Văn Tâm", chunks) is None
    assert person_asked(analyse("Nguyễn Xuân Ký phát biểu gì?")) == ""  # not his titles


def test_a_unit_about_another_document_of_the_type_asked_gives_way_to_one_about_the_document_asked():
    passages = _passages(
        "MTTQ tích cực triển khai thực hiện Đề án số 10-ĐA/TU của Ban Thường vụ Tỉnh ủy về nâng cao chất lượng hoạt "
        "động của MTTQ giai đoạn 2022 - 2026.",
        "Tập trung triển khai Đề án số 08-ĐA/TU về nâng cao chất lượng công tác dân vận chính quyền các cấp giai "
        "đoạn 2021 - 2025.",
    )
    answer = _ask("Đề án số 08-ĐA/TU được thực hiện trong giai đoạn nào?", passages)
    assert answer.grounded and "2021 - 2025" in answer.answer and answer.citations[0].doc_id == "d1"


def test_a_persons_name_asked_in_a_clause_of_its_own_is_no_documents_name():
    from rag.answer.values import asks_document_number
    info = analyse("Bài Baonghean.vn về giám sát thực hiện Kết luận số 21-KL/TW cho biết đoàn giám sát do một đồng chí "
                   "Trưởng ban Tuyên giáo Tỉnh ủy làm trưởng đoàn; người đó tên là gì?")
    assert info.kind == "person" and not asks_document_number(info)
    assert asks_document_number(analyse("Đề án mà Tỉnh ủy ban hành về dân vận tên là gì?"))


def test_a_yes_no_question_is_decided_by_a_unit_stating_what_it_asks_holds():
    passages = _passages(
        "Phát biểu tại buổi làm việc, đồng chí Nguyễn Thị Thu Hường yêu cầu Ban Thường vụ Huyện ủy Hưng Nguyên trong "
        "thời gian đến cần tập trung chỉ đạo tiếp tục học tập, quán triệt và triển khai Kết luận số 21-KL/TW của Ban "
        "Chấp hành Trung ương Đảng; đổi mới việc học tập, quán triệt các nghị quyết của Đảng.",
        "Bên cạnh những kết quả đạt được vẫn còn một số hạn chế: Việc tổ chức học tập, quán triệt, tuyên truyền triển "
        "khai thực hiện Kết luận số 21-KL/TW chưa thường xuyên.",
    )
    answer = _ask("o hung nguyen viec hoc tap quan triet ket luan 21 co lam thuong xuyen khong", passages)
    assert answer.grounded and "chưa thường xuyên" in answer.answer, answer.answer
    # Words that only lead to the asking particle ("… rồi được không") are not what it asks holds.
    answer = _ask("Hung Nguyen hoc tap quan triet ket luan 21 da thuong xuyen roi duoc khong", passages)
    assert answer.grounded and "chưa thường xuyên" in answer.answer, answer.answer


def test_what_one_of_two_alternatives_offers_need_not_be_in_the_corpus():
    from rag.answer.extractive import absent_from_corpus
    lexical = LexicalIndex(["Chiều 30/9, Ban Tổ chức Trung ương tổ chức Hội nghị giao ban trực tuyến quý III."])
    offered = analyse("Hội nghị giao ban quý III có tổ chức tập trung tại Hà Nội không hay họp trực tuyến?")
    assert absent_from_corpus(offered, lexical) == ""
    assert "Hà Nội" in absent_from_corpus(analyse("Hội nghị giao ban quý III có tổ chức tại Hà Nội không?"), lexical)


@pytest.mark.parametrize("question", [
    "Kính hỏi, đồng chí Bí thư Huyện ủy Hưng Nguyên hiện nay tên là gì ạ? Cho tôi hỏi với ạ.",
    "Hung Nguyen: Bi thu Huyen uy la ai?",
])
def test_a_title_asked_with_final_particles_or_after_a_headline_colon_is_held_to_its_holder(question):
    from rag.answer.values import asked_of
    assert asked_of(analyse(question)).title == ("bi", "thu", "huyen", "uy")


def test_a_courteous_vi_before_a_title_asks_its_holder():
    from rag.answer.values import asked_of
    assert asked_of(analyse("Xin hỏi vị chủ tịch ủy ban nhân dân tỉnh Quảng Ninh là đồng chí nào?")).title[:2] == \
        ("chu", "tich")


def test_who_is_meant_said_again_after_the_question_keeps_it_a_title_question():
    from rag.answer.values import asked_of
    info = analyse("Bí thư Huyện ủy Hưng Nguyên tên gì vậy, cái ông tiếp đoàn giám sát hôm đó?")
    assert asked_of(info).title[:2] == ("bi", "thu")


def test_a_headline_asking_a_deputy_after_a_dash_asks_that_titles_holder():
    from rag.answer.values import asked_of
    assert asked_of(analyse("Hưng Nguyên giám sát KL21 - phó đoàn là ai?")).title == ("pho", "doan")


def test_a_count_is_of_the_last_act_done_before_its_figure():
    from rag.answer.scope import figure_in_scope
    committees = "Ủy ban Kiểm tra các cấp kiểm tra 7 tổ chức Đảng; giám sát 1.250 lượt tổ chức Đảng, 2.583 đảng viên."
    cells = "Cấp ủy các cấp tiến hành kiểm tra 3.658 lượt tổ chức Đảng và 9.178 lượt đảng viên."
    asked = "Cao Bằng kiểm tra bao nhiêu lượt tổ chức Đảng?"
    assert not figure_in_scope(asked, committees)  # the visits counted there were supervised, not inspected
    assert figure_in_scope(asked, cells)
    # Words said after the counted noun ("… đề án rồi ấy trình …") are no part of what is counted.
    done = "Đến nay đã cơ bản hoàn thành 19/28 đề án trình Ban Chấp hành Trung ương."
    assert figure_in_scope("đến nay hoàn thành bao nhiêu đề án rồi ấy trình Trung ương", done)


@pytest.mark.parametrize("question", [
    "Kính hỏi ai là Trưởng ban Tuyên giáo Tỉnh ủy Quảng Ninh tại thời điểm hội nghị được tổ chức?",
    "Xin được biết tên vị Chủ tịch Ủy ban nhân dân tỉnh Quảng Ninh đương nhiệm?",
    "Bí thư Huyện ủy Hưng Nguyên ai vậy, có dự buổi giám sát không?",
    "Bí thư Huyện ủy Hưng Nguyên hiện là ai, cho mình xin tên để gửi giấy mời họp online",
])
def test_a_titles_holder_asked_after_a_request_or_without_la_is_held_to_the_title(question):
    from rag.answer.values import _asked_title
    from rag.query.analysis import analyse
    assert _asked_title(analyse(question))


def test_a_total_of_those_acted_on_counts_no_noun_of_its_own():
    from rag.answer.scope import counted_noun
    assert counted_noun("Tổng số kết nạp là bao nhiêu?") == ""
    assert counted_noun("Tổng số đảng viên là bao nhiêu?") == "dang"


@pytest.mark.parametrize("question,head", [
    ("giao ban quý 4 ban tổ chức TW hôm nào?", "ban"),  # its numeral in figures; "giao ban" names the meeting
    ("giao ban quy 4 nam 2021 ban to chuc tw ket qua ra sao", "ban"),
    ("đến hết quý III/2021 đã hoàn thành bao nhiêu đề án?", ""),  # up to a quarter's end names no event
])
def test_the_event_a_quarter_names(question, head):
    from rag.answer.extractive import _quarter_head
    assert _quarter_head(question, 4 if "4" in question else 3)[0] == head


def test_a_learners_classifier_before_a_title_still_asks_its_holder():
    from rag.answer.values import untitled
    said = Answer("“Đồng chí Hoàng Thị Lan Anh yêu cầu Ban Thường vụ Huyện ủy Cao Lộc …” [1]", grounded=True)
    for question in ("Xin lỗi, ông người Bí thư Huyện ủy Cao Lộc tên là gì ạ?",
                     "ông người Bí thư Huyện ủy Cao Lộc là ai?"):
        assert untitled(analyse(question), said), question


@pytest.mark.parametrize("question, item", [
    ("Tổng Bí thư chỉ ra 4 điểm đáng chú ý, điểm đầu tiên là gì?", "“Hội nghị đã sâu rộng hơn về nội dung"),
    ("Tổng Bí thư chỉ ra 4 điểm đáng chú ý, điểm cuối cùng là gì?", "“bổ sung, hoàn thiện các thể chế"),
    # "khoản" is what any list's items may be called: the labelled list still answers
    ("Bài nêu các nhiệm vụ theo thứ tự, nhiệm vụ ở khoản đầu tiên là gì?", "Ý 1: “Thứ nhất, lãnh đạo"),
])
def test_the_first_or_last_item_of_a_list_the_question_names_is_read_from_that_list(question, item):
    passages = _passages(
        "Thứ nhất, lãnh đạo, chỉ đạo tổ chức quán triệt nghiêm túc Kết luận đến tận chi bộ.",
        "Đồng chí Bí thư Tỉnh ủy nhấn mạnh, Tổng Bí thư đã chỉ ra 4 điểm đáng chú ý: Hội nghị đã sâu rộng hơn về "
        "nội dung và phạm vi; chủ động tiến công mạnh mẽ hơn; mục tiêu được xác định cao hơn; bổ sung, hoàn thiện "
        "các thể chế.", ordinals=[1, 0])
    # "đầu tiên" names no "thứ": the list whose intro says "điểm" is still the one asked, not the labelled "Thứ nhất".
    answer = _ask(question, passages)
    assert answer.grounded and answer.answer.startswith(item), answer.answer


def test_a_figure_the_asker_saw_elsewhere_or_rounded_is_no_figure_the_texts_must_have():
    passages = _passages("Từ đầu nhiệm kỳ đến nay, tỉnh Cao Bằng kết nạp 6.222 đảng viên mới.")
    answer = _ask("Tôi thấy ghi là 6.200 đảng viên mới được kết nạp ở Cao Bằng từ đầu nhiệm kỳ, vậy con số đúng là "
                  "bao nhiêu?", passages)
    assert answer.grounded and "6.222" in answer.answer, answer.answer
    assert analyse("Cao Bằng kết nạp bao nhiêu đảng viên mới? Bản thảo đang ghi 6.200.").numbers == []
    assert analyse("Hội nghị với hơn 15 nghìn đại biểu tổ chức ngày nào?").numbers == []
    # A fact to check still checks it.
    assert "15" in analyse("Hội nghị có hơn 15 nghìn đại biểu dự đúng không?").stated
    # A figure stated as a fact of what is asked still is one.
    assert analyse("Hội nghị với 237 điểm cầu tổ chức ngày nào?").numbers == ["237"]


def test_a_term_spanning_the_texts_publication_is_the_one_they_write_of():
    from rag.answer.extractive import _current_spans
    assert _current_spans("Cao Bằng nhiệm kỳ 2020-2025 kết nạp bao nhiêu đảng viên?", frozenset({"2022"})) == \
        {"2020", "2025"}
    assert _current_spans("Cao Bằng nhiệm kỳ 2015 - 2020 kết nạp bao nhiêu đảng viên?", frozenset({"2022"})) == set()


def test_a_role_asked_is_answered_only_by_a_sentence_that_says_it():
    attended = _passages("Tại điểm cầu Nghệ An có các đồng chí: Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy; "
                         "Lê Đức Cường - Trưởng ban Tổ chức Tỉnh ủy.")
    answer = _ask("Ở điểm cầu Nghệ An, đồng chí nào điều hành và báo cáo tham luận của tỉnh?", attended)
    assert not answer.grounded and "không nói ai điều hành" in answer.answer
    said = _passages("Tại điểm cầu Nghệ An, đồng chí Lê Đức Cường điều hành và báo cáo tham luận của tỉnh.")
    answer = _ask("Ở điểm cầu Nghệ An, đồng chí nào điều hành và báo cáo tham luận của tỉnh?", said)
    assert answer.grounded and "Lê Đức Cường" in answer.answer


def test_a_list_of_who_attended_tells_nothing_a_person_said():
    passages = _passages("Dự hội nghị có các đồng chí: Nguyễn Xuân Ký, Bí thư Tỉnh ủy; Trịnh Thị Minh Thanh, Phó Bí "
                         "thư Tỉnh ủy.")
    answer = _ask("Ở hội nghị, đồng chí Trịnh Thị Minh Thanh phát biểu những gì?", passages)
    assert not answer.grounded and "chỉ ghi “Trịnh Thị Minh Thanh” có dự" in answer.answer
    spoke = _passages("Dự hội nghị có các đồng chí: Nguyễn Xuân Ký, Bí thư Tỉnh ủy; Trịnh Thị Minh Thanh, Phó Bí thư "
                      "Tỉnh ủy.", "Đồng chí Trịnh Thị Minh Thanh phát biểu bế mạc hội nghị, nhấn mạnh việc nêu gương.")
    answer = _ask("Ở hội nghị, đồng chí Trịnh Thị Minh Thanh phát biểu những gì?", spoke)
    assert answer.grounded and "nêu gương" in answer.answer


def test_a_hypothetical_partys_request_is_no_speech_a_statute_must_quote():
    passages = _statute((1, "1. Người thành niên do tình trạng thể chất hoặc tinh thần mà không đủ khả năng nhận thức, "
                            "làm chủ hành vi thì theo yêu cầu của người này, người có quyền, lợi ích liên quan, "
                            "trên cơ sở kết luận giám định pháp y tâm thần, Tòa án ra quyết định tuyên bố người này "
                            "là người có khó khăn trong nhận thức, làm chủ hành vi."))
    answer = _ask("Gia đình ông A yêu cầu Tòa án tuyên bố ông A là người có khó khăn trong nhận thức, làm chủ hành vi. "
                  "Hỏi Tòa án ra quyết định này dựa trên cơ sở nào?", passages)
    assert "không ghi lời của" not in answer.answer


def test_a_placeholders_words_asked_of_reports_are_words_no_report_quotes():
    # A report quotes real people: what "Ông Nguyễn Văn A" said is in none of them, however near a sentence is.
    passages = _passages("Phát biểu tại hội nghị, đồng chí Nguyễn Xuân Ký nhấn mạnh yêu cầu thực hiện nghiêm Kết "
                         "luận 21-KL/TW về xây dựng, chỉnh đốn Đảng.")
    answer = _ask("Ông Nguyễn Văn A phát biểu gì về Kết luận 21?", passages)
    assert not answer.grounded and "không ghi lời của “Nguyễn Văn A”" in answer.answer
    answer = _ask("Ông Nguyễn Xuân Ký phát biểu gì về Kết luận 21?", passages)
    assert answer.grounded and "thực hiện nghiêm" in answer.answer


def test_the_day_of_the_week_an_article_was_published_is_its_dates_by_the_calendar():
    from rag.answer.article_facts import article_answer, asked_of_article
    question = analyse("Bài về Cao Bằng lên trang vào thứ mấy trong tuần?")
    assert asked_of_article(question) == "published"
    passages = [Passage(Chunk(chunk_id="c0", doc_id="d0", title="Tăng cường xây dựng Đảng", text="Cao Bằng.",
                              index_text="x", position=0, source="hdnd.caobang.gov.vn", published="11/02/2024"),
                        1.0, 0.8)]
    answer, _ = article_answer(question, passages, "published")
    assert answer is not None and "11/02/2024, Chủ nhật" in answer.answer
    answer, _ = article_answer(analyse("Bài về Cao Bằng đăng ngày nào?"), passages, "published")
    assert "Chủ nhật" not in answer.answer


def test_a_plan_dated_as_another_committees_is_no_date_of_the_plan_asked():
    from rag.answer.values import undated_document
    from rag.documents import Answer
    said = ("“Sáng 14/11, Đoàn giám sát của Ban Thường vụ Tỉnh ủy làm việc với Ban Thường vụ Huyện ủy Hưng Nguyên để "
            "giám sát việc thực hiện Kết luận số 21-KL/TW và Kế hoạch số 77-KH/TU, ngày 24/01/2022 của Ban Thường vụ "
            "Tỉnh ủy.”")
    answer = Answer(said, grounded=True, citations=[], kind="date")
    district = analyse("Ban Thường vụ Huyện ủy Hưng Nguyên ban hành kế hoạch thực hiện Kết luận 21 vào ngày nào?")
    assert "không ghi ngày ban hành của kế hoạch" in undated_document(district, answer)
    province = analyse("Ban Thường vụ Tỉnh ủy Nghệ An ban hành kế hoạch thực hiện Kết luận 21 vào ngày nào?")
    assert undated_document(province, answer) == ""


def test_a_term_asked_is_answered_by_a_sentence_stating_one():
    passages = _passages("Tác giả: Trần Hồng Minh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cao Bằng.",
                         "Tổ chức thành công Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025 - 2030.")
    answer = _ask("Đại hội đại biểu Đảng bộ tỉnh lần thứ XX mà ông Trần Hồng Minh nhắc tới là nhiệm kỳ nào?", passages)
    assert answer.grounded and "2025 - 2030" in answer.answer
    refused = _ask("Đại hội đại biểu Đảng bộ tỉnh lần thứ XX mà ông Trần Hồng Minh nhắc tới là nhiệm kỳ nào?",
                   passages[:1])
    assert not refused.grounded


def test_a_figure_checked_is_decided_by_a_figure_of_the_thing_asked():
    passages = _passages("Ban Thường vụ Tỉnh ủy tổ chức quán triệt các nghị quyết với trên 95% cán bộ, đảng viên "
                         "tham gia.",
                         "Hằng năm, trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ.")
    answer = _ask('Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ hằng năm, bản thảo ghi "trên 95%" — có đúng không?',
                  passages)
    assert answer.grounded and "trên 90% tổ chức cơ sở đảng" in answer.answer


def test_a_figure_checked_is_not_decided_by_a_sentence_without_one():
    passages = _passages("Dự án đường bộ cao tốc Đồng Đăng - Trà Lĩnh được khởi công, sân bay Cao Bằng được bổ sung "
                         "vào quy hoạch.")
    answer = _ask('Bản thảo ghi dự án cao tốc Đồng Đăng - Trà Lĩnh ở Cao Bằng "có tổng mức đầu tư hơn 14.000 tỷ đồng" '
                  "— con số này đúng chưa?", passages)
    assert not answer.grounded and "con số" in answer.answer


def test_the_right_figure_of_a_quoted_wrong_one_is_answered():
    passages = _passages("Cao Bằng xây dựng và duy trì được 550 mô hình “Dân vận khéo” trên các lĩnh vực.",
                         "Cao Bằng kết nạp 6.222 đảng viên mới.")
    answer = _ask('Bản thảo ghi Cao Bằng "xây dựng và duy trì được 505 mô hình Dân vận khéo" — con số đúng là bao '
                  "nhiêu?", passages)
    assert answer.grounded and "550 mô hình" in answer.answer


def test_a_title_holder_asked_courteously_must_hold_the_title():
    passages = _passages("Sáng 14/11, Đoàn giám sát do đồng chí Nguyễn Thị Thu Hường - Trưởng ban Tuyên giáo Tỉnh ủy "
                         "làm trưởng đoàn làm việc với Ban Thường vụ Huyện ủy Hưng Nguyên.")
    answer = _ask("Đồng chí Bí thư Huyện ủy Hưng Nguyên, người báo cáo với đoàn giám sát, tên là gì, kính mong cho "
                  "biết.", passages)
    assert not answer.grounded


def test_a_figure_in_a_statement_to_judge_is_not_decided_by_a_sentence_without_one():
    passages = _passages("Dự án đường bộ cao tốc Đồng Đăng - Trà Lĩnh của Cao Bằng được khởi công.")
    answer = _ask("Đúng hay sai: Dự án đường bộ cao tốc Đồng Đăng - Trà Lĩnh của Cao Bằng có tổng mức đầu tư khoảng "
                  "14.000 tỷ đồng.", passages)
    assert not answer.grounded and "con số" in answer.answer


def test_when_a_meeting_opened_is_not_the_date_of_the_document_it_issued():
    passages = _passages("Ngày 25/10/2021, Ban Chấp hành Trung ương Đảng khóa XIII ban hành Kết luận 21-KL/TW.")
    answer = _ask("Hội nghị Trung ương 4 khóa XIII – nơi ban hành Kết luận 21-KL/TW – khai mạc ngày nào?", passages)
    assert not answer.answer.startswith("25/10/2021")


def test_a_long_sentence_is_cut_to_the_clauses_naming_the_several_documents_asked():
    from rag.answer.extractive import _focus, quote_sentence
    sentence = ("Tỉnh ủy ban hành Chương trình số 08-CTr/TU xây dựng đội ngũ cán bộ chủ chốt các cấp " + "x " * 200
                + "; Chỉ thị số 04-CT/TU về sinh hoạt chi bộ; Đề án số 03-ĐA/TU về nâng cao chất lượng đảng viên; "
                "Đề án số 14-ĐA/TU cải cách hành chính; đồng thời, chỉ đạo rà soát " + "y " * 200 + ".")
    focus = _focus(analyse("Cho em xin số hiệu các đề án được nêu trong bài Cao Bằng"), sentence)
    quote = quote_sentence(sentence, 0, len(sentence), focus, limit=300)
    assert "03-ĐA/TU" in quote and "14-ĐA/TU" in quote and "08-CTr/TU" not in quote
    one = _focus(analyse("Đề án cải cách hành chính có số hiệu là gì?"), sentence)
    assert "14-ĐA/TU" in quote_sentence(sentence, 0, len(sentence), one, limit=300)


def test_a_titles_bi_is_no_passive_and_what_those_counted_are_restricts_the_count():
    from rag.answer.scope import figure_in_scope
    unit = ("Thực hiện đồng bộ các nhiệm vụ và giải pháp, bao gồm cả việc thực hiện 10 nhiệm vụ nêu trong Nghị quyết "
            "Đại hội XIII của Đảng.")
    # "Bí thư" folds to "bi thu": no "bị" after the counted noun
    assert figure_in_scope("Nghị quyết Đại hội XIII nêu ra bao nhiêu nhiệm vụ mà Bí thư Quảng Ninh nhắc?", unit)
    admitted = "Từ đầu nhiệm kỳ đến nay, kết nạp 6.222 đảng viên mới."
    assert not figure_in_scope("Trong 6.222 đảng viên mới có bao nhiêu người là đoàn viên thanh niên?", admitted)
    assert figure_in_scope("Số đảng viên mới là bao nhiêu?", admitted)  # "là" asks the figure there
    sites = "Hội nghị được kết nối trực tuyến đến 237 điểm cầu với hơn 15.500 đại biểu tham dự."
    # said again ("tức là"), or the figure offered after "là": no qualifier
    assert figure_in_scope("Hội nghị kết nối trực tuyến bao nhiêu điểm cầu tức là tất cả mấy điểm cầu", sites)
    assert figure_in_scope("Quảng Ninh có bao nhiêu đại biểu dự là khoảng 15.500 hay 25.000 người?", sites)


def test_a_body_the_question_denies_is_not_the_one_asked():
    from rag.answer.scope import figure_in_scope
    committees = ("Cấp ủy các cấp tiến hành kiểm tra 3.658 lượt tổ chức Đảng. Thi hành kỷ luật 4 tổ chức Đảng, "
                  "346 đảng viên.")
    inspectors = "Ủy ban Kiểm tra các cấp giám sát 1.250 lượt tổ chức Đảng. Thi hành kỷ luật 166 đảng viên vi phạm."
    for question in ("“Ủy ban Kiểm tra các cấp” (không phải cấp ủy) đã thi hành kỷ luật bao nhiêu đảng viên?",
                     "Ủy ban Kiểm tra các cấp, chứ không phải cấp ủy, đã thi hành kỷ luật bao nhiêu đảng viên?"):
        assert figure_in_scope(question, inspectors.split(". ")[1], inspectors.split(". ")[0] + ". "), question
        assert not figure_in_scope(question, committees.split(". ")[1], committees.split(". ")[0] + ". "), question


def test_a_document_number_asked_of_a_type_is_not_answered_by_another_types_number():
    passages = _passages(
        "Quán triệt chương trình hành động thực hiện Kết luận 21-KL/TW và Nghị quyết 08-NQ/TU ngày 25/11/2021 của "
        "BCH Đảng bộ tỉnh Lạng Sơn.",
        "Tỉnh ủy Lạng Sơn tổ chức hội nghị.")
    refused = _ask("“Chương trình hành động của Tỉnh ủy” Lạng Sơn thực hiện Kết luận 21 mang số hiệu văn bản là "
                   "bao nhiêu?", passages)
    assert not refused.grounded and "không nêu số hiệu của văn bản này" in refused.answer, refused.answer
    # documents of any type asked, beside a type named as known: any numbered document answers
    answer = _ask("Ngoài Chương trình hành động của Tỉnh ủy Lạng Sơn, hội nghị còn quán triệt những văn bản nào?",
                  passages)
    assert answer.grounded and "08-NQ/TU" in answer.answer, answer.answer


def test_a_documents_number_and_date_asked_together_ask_its_date_not_an_events():
    from rag.answer.values import asks_event
    assert not asks_event(analyse("“Quy chế giám sát và phản biện xã hội” được ban hành theo quyết định số mấy và "
                                  "vào ngày nào?"))
    assert asks_event(analyse("Hội nghị quán triệt diễn ra ngày nào?"))


def test_a_title_holder_asked_before_a_comma_and_another_question_must_hold_the_title():
    from rag.answer.values import untitled
    said = Answer("“Đồng chí Nguyễn Thị Thu Hường yêu cầu Ban Thường vụ Huyện ủy Hưng Nguyên …” [1]", grounded=True)
    question = "Ông Bí thư Huyện uỷ Hưng Nguyên tên là gì vậy, có báo cáo gì tại buổi giám sát hông?"
    assert untitled(analyse(question), said)


def test_a_unit_saying_what_the_question_says_the_thing_is_comes_first():
    from rag.answer.extractive import _frame_first
    passages = _passages("Kết hợp chặt chẽ giữa “xây và chống”, “chống và xây”.",
                         "Xây là nhiệm vụ cơ bản, lâu dài, chống là nhiệm vụ quan trọng, cấp bách, thường xuyên.")
    info = analyse("Mối quan hệ giữa “xây” và “chống” thế nào, cụ thể “chống” là nhiệm vụ mang tính chất gì?")
    scored = scored_candidates(info, passages, LexicalIndex([p.chunk.text for p in passages]), load_model())
    first = _frame_first(info, passages, scored)
    assert "cấp bách" in passages[first[0][1].rank].chunk.text
    plain = analyse("Mối quan hệ giữa xây và chống được xác định thế nào?")  # no frame: the scorer's order
    assert _frame_first(plain, passages, scored) == scored


def test_an_act_asked_without_a_counted_noun_still_tells_which_figure():
    from rag.answer.scope import figure_in_scope
    question = "Ủy ban Kiểm tra các cấp ở Cao Bằng thi hành kỷ luật bao nhiêu?"
    before = "Ủy ban Kiểm tra các cấp giám sát 1.250 lượt tổ chức Đảng, 2.583 đảng viên... "
    assert figure_in_scope(question, "Thi hành kỷ luật 166 đảng viên vi phạm.", before)
    assert not figure_in_scope(question, "Ủy ban Kiểm tra các cấp kiểm tra 7 tổ chức Đảng và 62 đảng viên.")
    # a time or a share named after "bao nhiêu", a place's unit and "số lượng" before it: no act
    assert figure_in_scope("bai ve nghe an danh gia xay dung dang sau may nam thuc hien NQ TW4",
                           "Sau 5 năm thực hiện Nghị quyết Trung ương 4, khóa XII về tăng cường xây dựng Đảng.")
    assert figure_in_scope("Tỷ lệ cử tri đi bầu tại tỉnh đạt bao nhiêu phần trăm?", "Có 99,62% cử tri đi bầu cử.")
    assert figure_in_scope("Cao Bằng kết nạp số lượng bao nhiêu đảng viên mới?", "Kết nạp 6.222 đảng viên mới.")


def test_a_measure_typed_as_keywords_asks_it_and_a_sentence_without_it_is_no_answer():
    info = analyse("tong muc dau tu cao toc Dong Dang - Tra Linh")
    assert info.kind == "number" and not info.judge
    assert analyse("Tỷ lệ cử tri đi bầu đạt 99,62%.").judge  # a figure stated is a claim to judge
    passages = _passages("Dự án đường bộ cao tốc Đồng Đăng - Trà Lĩnh được khởi công, sân bay Cao Bằng được bổ sung "
                         "vào quy hoạch tổng thể thời kỳ 2021 - 2030.")
    refused = _ask("tong muc dau tu cao toc Dong Dang - Tra Linh", passages)
    assert not refused.grounded and "con số" in refused.answer


def test_a_year_a_document_is_said_to_be_issued_in_is_checked_not_looked_for():
    passages = _passages("Thực hiện Quy định số 2993-QĐ/TU ngày 08/7/2019 của Ban Thường vụ Tỉnh ủy về trách nhiệm "
                         "nêu gương.")
    for question in ("Quy định số 2993-QĐ/TU có phải được ban hành năm 2020 không? Ngày ban hành chính xác là "
                     "ngày nào?",
                     "Quy định số 2993-QĐ/TU có phải được ban hành năm 2020 không?"):
        answer = _ask(question, passages)
        assert answer.grounded and "08/07/2019" in answer.answer, (question, answer.answer)


def test_the_year_a_count_is_asked_of_alone_stays_asked_when_a_check_follows():
    info = analyse("Riêng trong năm 2023, Cao Bằng kết nạp được bao nhiêu đảng viên mới, có phải nhiều hơn năm 2022 "
                   "không?")
    assert info.years == ["2023"]
    refused = _ask(info.text, _passages("Từ đầu nhiệm kỳ đến nay, Cao Bằng kết nạp 6.222 đảng viên mới."))
    assert not refused.grounded and "2023" in refused.answer


def test_every_sentence_of_an_article_is_its_authors_own_words():
    from rag.answer.extractive import _spoken_first
    passages = _passages("Cơ cấu kinh tế chuyển dịch; Dự án đường bộ cao tốc Đồng Đăng - Trà Lĩnh được khởi công.",
                         "Bí thư Tỉnh ủy Trần Hồng Minh kiểm tra hồ sơ thiết kế công trình giao thông liên xã.",
                         "Tác giả: Trần Hồng Minh, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Cao Bằng.")
    passages = [replace(p, chunk=replace(p.chunk, doc_id="d0")) for p in passages]
    info = analyse("Ông Trần Hồng Minh nói dự án đường bộ cao tốc nào đã được khởi công?")
    scored = scored_candidates(info, passages, LexicalIndex([p.chunk.text for p in passages]), load_model())
    scored = sorted(scored, key=lambda pc: pc[1].rank)  # the article's first sentence first, as the scorer may
    first = _spoken_first(info, passages, scored)
    assert "Đồng Đăng" in passages[first[0][1].rank].chunk.text
    # an article by someone else: the unit naming the speaker is theirs
    other = [replace(p, chunk=replace(p.chunk, text="Tác giả: Lê Văn An")) if i == 2 else p
             for i, p in enumerate(passages)]
    first = _spoken_first(info, other, scored)
    assert "Trần Hồng Minh" in other[first[0][1].rank].chunk.text


def test_a_percentage_asked_of_a_named_measure_is_not_any_percentage():
    from rag.answer.scope import figure_in_scope
    question = ("Đề án số 06-ĐA/TU đặt chỉ tiêu tỷ lệ cán bộ lãnh đạo, quản lý cấp tỉnh có trình độ cao cấp lý luận "
                "chính trị là bao nhiêu phần trăm?")
    assert not figure_in_scope(question, "Các cấp ủy triển khai nghị quyết với trên 95% cán bộ, đảng viên tham gia.")
    # the place opening the question is where, not what, it measures
    assert figure_in_scope("Ở Cao Bằng tỷ lệ cử tri đi bầu là bao nhiêu?", "Cuộc bầu cử có 99,62% cử tri đi bầu cử.")


def test_a_drafts_detail_to_correct_is_checked_not_looked_for():
    passages = _passages("Hội nghị được kết nối trực tuyến đến 237 điểm cầu từ tỉnh đến các huyện, thị xã, thành phố "
                         "với hơn 15.500 đại biểu tham dự.")
    for question in ('Nháp tin: "Hội nghị được kết nối trực tuyến đến 273 điểm cầu". Số điểm cầu đúng là mấy?',
                     'Câu "với hơn 13.500 đại biểu tham dự" — chỗ số đại biểu có sai không, đúng phải là bao nhiêu?'):
        assert analyse(question).checks, question
        answer = _ask(question, passages)
        assert answer.grounded and "15.500" in answer.answer, (question, answer.answer)


def test_an_act_counted_after_so_must_be_the_figures_act():
    from rag.answer.scope import figure_in_scope
    question = "Số khai trừ đúng là bao nhiêu?"
    assert not figure_in_scope(question, "Từ đầu nhiệm kỳ đến nay, kết nạp 6.222 đảng viên mới.")
    assert figure_in_scope(question, "Khai trừ 52 đảng viên ra khỏi Đảng.")
    # whose rate it is may come before it
    assert figure_in_scope("Kỳ bầu cử Quốc hội khóa XV, ở Cao Bằng tỷ lệ cử tri đi bầu là bao nhiêu phần trăm?",
                           "Có 99,62% cử tri đi bầu cử.")


def test_a_figure_pointed_back_at_or_asked_by_request_names_no_measure():
    from rag.answer.scope import figure_in_scope
    admitted = "Từ đầu nhiệm kỳ đến nay, kết nạp 6.222 đảng viên mới."
    assert figure_in_scope("Tỉnh đã kết nạp gần 7 nghìn đảng viên mới. Xin ban biên tập cho biết con số chính xác "
                           "được nêu trong bài là bao nhiêu?", admitted)
    assert figure_in_scope("Đã xong 18/28 đề án phải không? Hai số này thật ra là bao nhiêu?",
                           "Đến nay đã cơ bản hoàn thành 19/28 đề án.")
    assert figure_in_scope("Tỉnh đã kết nạp hơn sáu nghìn đảng viên mới. Chẳng hay con số chính xác là bao nhiêu ạ?",
                           admitted)


def test_several_people_asked_for_what_each_did_are_gathered_not_those_present():
    # "Những đồng chí nào quán triệt …": the list of those present names none who presented; each presenter is told
    # in a sentence of their own, and all of them answer.
    text = ("Dự hội nghị có các đồng chí: Lê Văn An, Bí thư Tỉnh ủy; Hoàng Văn Bình, Phó Bí thư Tỉnh ủy; Trần Thị "
            "Cúc, Phó Bí thư Tỉnh ủy. Tại hội nghị, đồng chí Lê Văn An, Bí thư Tỉnh ủy, đã trực tiếp quán triệt Kết "
            "luận 21-KL/TW. Các đại biểu cũng đã nghe đồng chí Đỗ Văn Dũng, Trưởng ban Tổ chức Tỉnh ủy, quán triệt "
            "Kết luận 14-KL/TW. Đồng chí Phạm Văn Em, Phó Chủ tịch UBND tỉnh, quán triệt Nghị quyết 08-NQ/TU.")
    answer = _ask("Tại hội nghị, những đồng chí nào lần lượt đứng ra quán triệt các văn bản?", _passages(text))
    assert answer.grounded
    for name in ("Lê Văn An", "Đỗ Văn Dũng", "Phạm Văn Em"):
        assert name in answer.answer, answer.answer
    assert "Hoàng Văn Bình" not in answer.answer
    # Those present are asked for as before: the list answers.
    present = _ask("Những đồng chí nào dự hội nghị?", _passages(text))
    assert "Hoàng Văn Bình" in present.answer and "Phạm Văn Em" not in present.answer, present.answer

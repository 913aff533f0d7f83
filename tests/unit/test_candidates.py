"""Answer candidates come in whole units; the corpus-wide guard reads names as a person would."""

from rag.answer.candidates import MAX_ITEMS, passage_candidates
from rag.answer.extractive import absent_from_corpus, quote_unit
from rag.documents import Chunk, Passage
from rag.index.lexical import LexicalIndex
from rag.query.analysis import analyse

ARTICLE = ("1. Viên chức có các quyền sau đây:\na) Được bảo đảm điều kiện thực hiện nhiệm vụ;\n"
           "b) Được đào tạo, bồi dưỡng nâng cao trình độ;\nc) Được hưởng lương theo vị trí việc làm.\n"
           "2. Viên chức được nghỉ hằng năm theo quy định của pháp luật về lao động.")


def _passage(text: str) -> Passage:
    return Passage(Chunk("c1", "luat-x-dieu-11", "Luật X – Điều 11. Quyền của viên chức", text, text, 0), 1.0, 0.8)


def _units(text: str) -> list[str]:
    p = _passage(text)
    return [quote_unit(text, c) for c in passage_candidates(0, p)]


def test_a_list_intro_brings_its_items_and_a_clause_keeps_its_number():
    units = _units(ARTICLE)
    intro = units[0]
    assert intro.startswith("1. Viên chức có các quyền sau đây:")
    assert "a) Được bảo đảm" in intro and "c) Được hưởng lương theo vị trí việc làm." in intro
    assert "2. Viên chức được nghỉ hằng năm theo quy định của pháp luật về lao động." in units


def test_a_long_list_is_cut_with_an_ellipsis():
    items = "\n".join(f"{chr(97 + i)}) Điều kiện số {i + 1};" for i in range(MAX_ITEMS + 3))
    units = _units("Người dự tuyển phải có đủ các điều kiện sau:\n" + items)
    assert units[0].endswith("\n…") and f"{chr(97 + MAX_ITEMS - 1)}) Điều kiện số {MAX_ITEMS};" in units[0]
    assert f"Điều kiện số {MAX_ITEMS + 1};" not in units[0]


def test_placeholder_names_are_not_looked_for_in_the_corpus():
    lexical = LexicalIndex(["Hợp đồng lữ hành phải được lập thành văn bản."])
    for question in ("Anh Nguyễn Văn A ký hợp đồng lữ hành có cần lập thành văn bản không?",
                     "Chị B và ông M ký hợp đồng lữ hành bằng miệng, đúng hay sai?"):
        assert absent_from_corpus(analyse(question), lexical) == ""


def test_names_never_run_across_a_full_stop_and_are_looked_for_in_the_whole_corpus():
    info = analyse("Hợp đồng lữ hành lập ở Việt Nam. Cần giấy tờ gì?")
    assert info.names == ["Việt Nam"] and not info.judge
    lexical = LexicalIndex(["Hợp đồng lữ hành ký tại Việt Nam phải lập thành văn bản."])
    assert absent_from_corpus(info, lexical) == ""
    elsewhere = LexicalIndex(["Hợp đồng lữ hành phải lập thành văn bản."])
    assert absent_from_corpus(info, elsewhere) == "Kho tài liệu không có văn bản nào nhắc đến “Việt Nam”."


def test_the_places_of_a_hypothetical_case_are_its_setting_not_its_subject():
    lexical = LexicalIndex(["Nơi cư trú của người chưa thành niên là nơi cư trú của cha, mẹ."])
    for question in ("Anh Nguyễn Văn C sống với mẹ tại Tuyên Quang. Hỏi nơi cư trú của anh C là ở đâu?",
                     "Công ty B ở Biên Hòa lập một báo cáo chung cho 3 dự án. Đúng hay sai?"):
        assert absent_from_corpus(analyse(question), lexical) == ""
    # Outside a hypothetical case, a place no document names is still reported.
    assert "Tuyên Quang" in absent_from_corpus(analyse("Nơi cư trú ở Tuyên Quang được xác định thế nào?"), lexical)


def test_a_statement_with_a_wrong_figure_is_judged_not_refused():
    lexical = LexicalIndex(["Thời hạn của hợp đồng là 3 năm."])
    info = analyse("Thời hạn của hợp đồng là 5 năm, đúng hay sai?")
    assert info.judge and absent_from_corpus(info, lexical) == ""
    asked = analyse("Hợp đồng 5 năm thì phải làm gì?")
    assert absent_from_corpus(asked, lexical) == "Kho tài liệu không có văn bản nào có con số 5."


def test_a_unit_word_followed_by_function_words_names_no_place_to_look_for():
    lexical = LexicalIndex(["Sáng 14/11, đoàn giám sát do đồng chí Nguyễn Thị Thu Hường làm trưởng đoàn làm việc với "
                            "Ban Thường vụ Huyện ủy Hưng Nguyên."])
    assert absent_from_corpus(analyse("ba Nguyen Thi Thu Huong lam viec voi huyen vao ngay nao?"), lexical) == ""
    # A district typed without accents that no document names is still reported.
    assert "huyen nam dan" in absent_from_corpus(analyse("doan giam sat lam viec voi huyen nam dan ngay nao"),
                                                 lexical)


def test_an_inline_list_brings_its_items_past_the_full_stop_while_they_open_alike():
    text = ("Huyện đạt nhiều kết quả. Bên cạnh đó vẫn còn một số hạn chế: Việc tổ chức học tập chưa thường xuyên; "
            "Việc triển khai có lúc còn lúng túng. Việc cụ thể hóa kế hoạch còn chậm. Thời gian tới, huyện cần khắc "
            "phục.")
    p = _passage(text)
    cands = passage_candidates(0, p)
    intro = next(c for c in cands if text[c.start:c.end].startswith("Bên cạnh đó"))
    assert intro.items == 3
    assert text[intro.start:intro.end].endswith("Việc cụ thể hóa kế hoạch còn chậm.")
    # A sentence with a colon but no ";" list is a sentence as any other.
    plain = next(c for c in passage_candidates(0, _passage("Ông nói: cần làm tốt hơn.")))
    assert plain.items == 0


def test_the_figures_and_the_nth_time_of_a_hypothetical_case_are_its_own():
    lexical = LexicalIndex(["Trường hợp nghĩa vụ được thực hiện theo từng kỳ mà bên có nghĩa vụ vi phạm thì bên có "
                            "quyền có thể hủy bỏ phần hợp đồng liên quan."])
    info = analyse("Công ty X bán cho công ty Y 1.000 tấn gạo, giao làm bốn lần. Ở lần giao thứ hai, công ty X "
                   "giao thiếu. Hỏi công ty Y có quyền gì?")
    assert {"Công ty X", "công ty Y"} <= set(info.placeholders)
    assert info.ordinal == 0  # "lần giao thứ hai" is the case's second delivery, no list's second item
    assert absent_from_corpus(info, lexical) == ""
    # Outside a case, a figure no document has is still reported.
    assert "1.000" in absent_from_corpus(analyse("Công ty nào đã bán 1.000 tấn gạo?"), lexical)

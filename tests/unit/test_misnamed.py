"""A document named by the wrong type is taken for the corpus's one document of that number."""

from __future__ import annotations

from rag.index.lexical import LexicalIndex
from rag.query.misnamed import misnamed_candidates, renamed_note, renamed_question

TEXTS = ["Kết luận số 21-KL/TW ngày 25/10/2021 của Ban Chấp hành Trung ương.",
         "Quy định số 205-QĐ/TW và Chỉ thị số 205-CT/TU của Tỉnh ủy."]


def test_a_number_the_corpus_has_under_one_other_type_is_that_document():
    lexical = LexicalIndex(TEXTS)
    (renamed,) = misnamed_candidates(["Nghị quyết số 21"], ["Nghị quyết số 21"], lexical)
    assert len(renamed) == 1 and renamed[0].meant == "Kết luận 21"
    assert renamed_question("Nghị quyết số 21 ban hành ngày nào?", renamed) == "Kết luận 21 ban hành ngày nào?"
    assert "không có Nghị quyết số 21" in renamed_note(renamed)
    # Typed without accents, the name it is taken for is too.
    assert [r.meant for (r,) in misnamed_candidates(["nghi quyet 21"], ["nghi quyet 21"], lexical)] == ["Ket luan 21"]


def test_no_single_guess_between_several_none_at_another_level_or_for_an_unknown_number():
    lexical = LexicalIndex(TEXTS)
    # a Quy định and a Chỉ thị: two to weigh (``Reader`` takes one only when the question tells it apart)
    (options,) = misnamed_candidates(["Kế hoạch 205"], ["Kế hoạch 205"], lexical)
    assert len(options) == 2
    assert misnamed_candidates(["Nghị quyết 21-NQ/TU"], ["Nghị quyết 21-NQ/TU"], lexical) is None  # KL 21 is /TW
    assert misnamed_candidates(["Nghị quyết 99"], ["Nghị quyết 99"], lexical) is None
    # One document taken for another and one the corpus lacks: the question is refused as it was.
    assert misnamed_candidates(["Nghị quyết 21", "Chỉ thị 99"], ["Nghị quyết 21", "Chỉ thị 99"], lexical) is None


def test_the_question_must_describe_the_document_as_the_corpus_does():
    from rag.query.misnamed import Renamed, described_as
    renamed = Renamed("Nghị quyết số 21", "Kết luận 21")
    subjects = ["đẩy mạnh xây dựng, chỉnh đốn Đảng và hệ thống chính trị"]
    assert described_as("Nghị quyết số 21 của Trung ương về đẩy mạnh xây dựng, chỉnh đốn Đảng ban hành ngày nào?",
                        renamed, subjects)
    assert not described_as("Nghị quyết số 21 ban hành ngày nào?", renamed, subjects)
    assert not described_as("Nghị quyết số 21 về phát triển du lịch ban hành ngày nào?", renamed, subjects)


def test_of_several_documents_of_a_number_each_is_a_candidate():
    from rag.query.misnamed import misnamed_candidates
    lexical = LexicalIndex(TEXTS)
    (options,) = misnamed_candidates(["Kế hoạch 205"], ["Kế hoạch 205"], lexical)
    assert sorted(r.meant for r in options) == ["Chỉ thị 205", "QĐ 205"]  # QĐ: Quy định or Quyết định
    assert misnamed_candidates(["Nghị quyết 99"], ["Nghị quyết 99"], lexical) is None


def test_a_document_told_of_where_the_corpus_tells_of_the_one_meant():
    from rag.query.misnamed import Renamed, told_beside
    renamed = Renamed("Chỉ thị 21", "Kết luận 21")
    naming = ["Đoàn giám sát làm việc với Ban Thường vụ Huyện ủy Hưng Nguyên để giám sát việc thực hiện Kết luận số "
              "21-KL/TW.", "Ngày 25/10/2021, Ban Chấp hành Trung ương ban hành Kết luận 21-KL/TW."]
    assert told_beside("Đoàn về huyện Hưng Nguyên giám sát việc thực hiện Chỉ thị 21 vào hôm nào?", renamed, naming)
    # What any question about a document asks with ("ban hành ngày nào") tells of no document.
    assert not told_beside("Chỉ thị 21 ban hành ngày nào?", renamed, naming)
    assert not told_beside("Chỉ thị 21 của Thủ tướng về phòng chống dịch ban hành ngày nào?", renamed, naming)


def test_a_number_typed_with_its_digits_swapped_is_a_candidate():
    lexical = LexicalIndex(["Triển khai Đề án số 06-ĐA/TU về nâng cao chất lượng cán bộ.", *TEXTS])
    (options,) = misnamed_candidates(["Đề án 60"], ["Đề án 60"], lexical)  # a leading zero counts
    assert [(r.meant, r.swapped) for r in options] == [("Đề án 06", True)]
    assert "không có Đề án 60" in renamed_note(options) and "đảo" in renamed_note(options)
    (options,) = misnamed_candidates(["Kết luận 12"], ["Kết luận 12"], lexical)
    assert [r.meant for r in options] == ["Kết luận 21"]
    # Both slips at once (another type, digits swapped) are a guess too far.
    assert misnamed_candidates(["Kế hoạch 502"], ["Kế hoạch 502"], lexical) is None
    # At another level, or with digits that make no number the corpus holds: nothing.
    assert misnamed_candidates(["Kết luận 12-KL/TU"], ["Kết luận 12-KL/TU"], lexical) is None
    assert misnamed_candidates(["Đề án 70"], ["Đề án 70"], lexical) is None


def test_an_issuer_or_a_date_the_question_gives_otherwise_rules_the_document_out():
    from rag.query.misnamed import contradicted
    bodies = {"Ban Chấp hành Trung ương", "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"}
    kl21 = (["Ban Chấp hành Trung ương"], ["25/10/2021"], bodies)
    assert contradicted("Kết luận số 12-KL/TW của Bộ Chính trị được ban hành ngày nào?", "Kết luận số 12-KL/TW", *kl21)
    assert contradicted("Kết luận 12 ngày 18/5/2021 về chỉnh đốn Đảng nói gì?", "Kết luận 12", *kl21)
    assert not contradicted("Kết luận 12 của Ban Chấp hành Trung ương về chỉnh đốn Đảng ban hành ngày nào?",
                            "Kết luận 12", *kl21)
    assert not contradicted("Kết luận 12 ngày 25/10/2021 nói gì?", "Kết luận 12", *kl21)
    # A body doing something else in the question is not whose the document is.
    assert not contradicted("Đoàn của Tỉnh ủy giám sát việc thực hiện Chỉ thị 21 vào hôm nào?", "Chỉ thị 21", *kl21)
    # A body said more briefly than the corpus says it is the same: "của tỉnh ủy", Ban Thường vụ Tỉnh ủy's.
    assert not contradicted("Quyết định 184 của tỉnh ủy ra ngày nào?", "Quyết định 184", ["Ban Thường vụ Tỉnh ủy"],
                            [], bodies)
    # Neither said: nothing to go against.
    assert not contradicted("Kết luận 12 về chỉnh đốn Đảng ban hành ngày nào?", "Kết luận 12", *kl21)

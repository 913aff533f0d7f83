"""The statute-QA runner (``python -m eval.alqac``) on a made-up three-law corpus: real ingest, real Chroma,
the tiny embedder. Re-runs embed nothing, a failing document does not stop the others, a law can be left out."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from eval.alqac import (
    FoldedSystem,
    ReusedEmbeddings,
    as_case,
    corpus_files,
    ingest_corpus,
    load_questions,
    main,
    questions_by_law,
    run,
    table,
)
from eval.systems import HoidapSystem
from rag.answer.scorer import load_model
from rag.settings import Settings
from tests.conftest import CountingEmbeddings, make_pipeline

ARTICLES = {
    "luat-nuoi-ong-2031-dieu-1": ("Luật Nuôi ong 2031 – Điều 1. Phạm vi điều chỉnh",
                                  "Luật này quy định việc nuôi ong lấy mật trong khu dân cư."),
    "luat-nuoi-ong-2031-dieu-2": ("Luật Nuôi ong 2031 – Điều 2. Đăng ký đàn ong",
                                  "Người nuôi ong phải đăng ký đàn ong với Ủy ban nhân dân cấp xã trong thời hạn "
                                  "15 ngày kể từ ngày bắt đầu nuôi."),
    "luat-lam-banh-2030-dieu-1": ("Luật Làm bánh 2030 – Điều 1. Đối tượng áp dụng",
                                  "Luật này áp dụng đối với thợ làm bánh mì và cửa hàng bánh ngọt."),
    "luat-lam-banh-2030-dieu-2": ("Luật Làm bánh 2030 – Điều 2. Giấy phép",
                                  "Cửa hàng bánh ngọt phải có giấy phép an toàn thực phẩm do Sở Y tế cấp."),
    "luat-trong-cay-2029-dieu-1": ("Luật Trồng cây 2029 – Điều 1. Trồng cây ven đường",
                                   "Cây ven đường phải cách mép đường ít nhất 2 mét."),
}
QUESTIONS = [
    {"id": "q1", "question": "Người nuôi ong phải đăng ký đàn ong trong thời hạn bao nhiêu ngày?",
     "kind": "free-text", "gold_docs": ["luat-nuoi-ong-2031-dieu-2"], "answer": "15 ngày", "answer_in_gold": 1.0},
    {"id": "q2", "question": "Luật Nuôi ong quy định việc nuôi ong lấy mật, đúng hay sai?", "kind": "true-false",
     "gold_docs": ["luat-nuoi-ong-2031-dieu-1"], "answer": None, "label": "Đúng"},
    {"id": "q3", "question": "Cửa hàng bánh ngọt phải có giấy phép gì?", "kind": "multiple-choice",
     "gold_docs": ["luat-lam-banh-2030-dieu-2"], "answer": "giấy phép an toàn thực phẩm", "answer_in_gold": 1.0,
     "choices": {"A": "giấy phép an toàn thực phẩm", "B": "giấy phép lái xe"}, "label": "A"},
    {"id": "q4", "question": "Cây ven đường phải cách mép đường bao nhiêu mét?", "kind": "free-text",
     "gold_docs": ["luat-trong-cay-2029-dieu-1"], "answer": "2 mét", "answer_in_gold": 0.5},
]


@pytest.fixture
def dataset(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for doc_id, (title, body) in ARTICLES.items():
        (corpus / f"{doc_id}.txt").write_text(f"{title}\n\n{body}\n", encoding="utf-8")
    questions = tmp_path / "questions.jsonl"
    questions.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in QUESTIONS), encoding="utf-8")
    return corpus, questions


def test_run_scores_three_systems_and_a_rerun_embeds_nothing(dataset, tmp_path, tiny_embeddings):
    corpus, questions = dataset
    counting = CountingEmbeddings(tiny_embeddings)
    settings = Settings(collection="alqac-test")
    first = run(corpus, questions, tmp_path / "index", settings=settings, embeddings=counting, progress=lambda m: None)
    assert first["ingest"]["documents"] == 5 and first["ingest"]["embedded"] == first["ingest"]["chunks"] >= 5
    assert first["langchain_index"]["embedded"] == first["langchain_index"]["pieces"] >= 5
    assert set(first["systems"]) == {"hoidap", "bm25", "langchain"}
    for data in first["systems"].values():
        assert list(data["scores"]) == ["all", "true-false", "multiple-choice", "free-text", "aig>=0.8"]
        assert data["scores"]["all"]["n"] == 4 and data["scores"]["aig>=0.8"]["n"] == 2
        assert data["scores"]["all"]["n_with_answer"] == 3 and data["errors"] == 0
        assert [r["id"] for r in data["results"]] == ["q1", "q2", "q3", "q4"]
    bm25 = first["systems"]["bm25"]["scores"]["all"]
    assert bm25["doc_hit@1"] == 1.0  # each question shares rare words with its gold article only
    assert first["questions_per_law"] == {"luat-lam-banh-2030": 1, "luat-nuoi-ong-2031": 2, "luat-trong-cay-2029": 1}
    text = table(first)
    assert "hoidap    all" in text and "langchain aig>=0.8" in text

    embedded = counting.embedded
    second = run(corpus, questions, tmp_path / "index", settings=settings, embeddings=counting,
                 progress=lambda m: None)
    assert second["ingest"]["embedded"] == 0 and second["langchain_index"]["embedded"] == 0
    assert counting.embedded == embedded  # neither index ran the model on a passage again

    # A changed article is re-embedded alone; a removed one leaves both indexes.
    (corpus / "luat-trong-cay-2029-dieu-1.txt").write_text(
        "Luật Trồng cây 2029 – Điều 1. Trồng cây ven đường\n\nCây ven đường phải cách mép đường ít nhất 3 mét.\n",
        encoding="utf-8")
    (corpus / "luat-lam-banh-2030-dieu-1.txt").unlink()
    third = run(corpus, questions, tmp_path / "index", settings=settings, embeddings=counting,
                progress=lambda m: None, limit=2)
    assert third["n_questions"] == 2
    assert third["ingest"]["embedded"] == 1 and third["ingest"]["removed"] >= 2
    assert third["langchain_index"]["embedded"] == 1


def test_one_failing_document_does_not_stop_the_others(dataset, tmp_path, tiny_embeddings):
    corpus, _ = dataset
    (corpus / "luat-nuoi-ong-2031-dieu-3.txt").write_bytes(b"\xff\xfe\x00\xd8 broken")  # not text: a LoadError
    pipeline = make_pipeline(tmp_path / "index", tiny_embeddings)
    real = pipeline.indexer._add

    def flaky(chunks, vectors):  # any other error, raised while one document is stored, inside a batch
        if any(c.doc_id == "luat-lam-banh-2030-dieu-2" for c in chunks):
            raise RuntimeError("store rejected the chunk")
        return real(chunks, vectors)

    pipeline.indexer._add = flaky
    summary = ingest_corpus(pipeline, corpus_files(corpus), batch=3, progress=lambda m: None)
    failed = {path.rsplit("/", 1)[-1]: why for path, why in summary.skipped}
    assert set(failed) == {"luat-nuoi-ong-2031-dieu-3.txt", "luat-lam-banh-2030-dieu-2.txt"}
    assert "RuntimeError" in failed["luat-lam-banh-2030-dieu-2.txt"]
    stored, _ = pipeline.known_doc_ids_and_sources()
    assert stored == set(ARTICLES) - {"luat-lam-banh-2030-dieu-2"}


def test_exclude_law_asks_its_questions_of_an_index_without_it(dataset, tmp_path, tiny_embeddings):
    corpus, questions = dataset
    counting = CountingEmbeddings(tiny_embeddings)
    settings = Settings(collection="alqac-test")
    run(corpus, questions, tmp_path / "index", settings=settings, embeddings=counting, progress=lambda m: None)
    embedded = counting.embedded
    report = run(corpus, questions, tmp_path / "index", settings=settings, embeddings=counting,
                 exclude_law="luat-nuoi-ong-2031", progress=lambda m: None)
    assert report["collection"] == "alqac-test-minus-luat-nuoi-ong-2031"
    assert report["n_questions"] == 2 and report["ingest"]["documents"] == 3
    assert counting.embedded == embedded and report["reused_vectors"] > 0  # the full index's vectors, reused
    assert report["computed_vectors"] == 0
    for data in report["systems"].values():
        assert data["scores"]["all"]["doc_hit@5"] == 0.0  # the gold articles are not in this index
        assert not any(r["cites_gold"] for r in data["results"])
    with pytest.raises(ValueError, match="no such law"):
        run(corpus, questions, tmp_path / "index", settings=settings, embeddings=counting,
            exclude_law="luat-khong-co-2000", progress=lambda m: None)


def test_folded_system_answers_each_law_with_its_own_model(dataset, tmp_path, tiny_embeddings):
    corpus, questions = dataset
    pipeline = make_pipeline(tmp_path / "index", tiny_embeddings)
    ingest_corpus(pipeline, corpus_files(corpus), progress=lambda m: None)
    shipped = load_model()
    refuses = replace(shipped, gates=tuple(replace(g, threshold=1.01) for g in shipped.gates))  # nothing passes
    loaded = load_questions(questions)
    folded = FoldedSystem(HoidapSystem(pipeline), pipeline,
                          {"luat-nuoi-ong-2031": refuses, "luat-lam-banh-2030": shipped}, {q.id: q.law for q in loaded})
    bee, bread = (next(q for q in loaded if q.id == i) for i in ("q1", "q3"))
    assert not folded.run(as_case(bee)).grounded  # its law's model refuses every question
    answered = folded.run(as_case(bread))
    assert answered.grounded and "an toàn thực phẩm" in answered.answer
    assert pipeline.answer_model is None and folded.name == "hoidap"  # the shipped model is back after each call
    folded.models["luat-nuoi-ong-2031"] = shipped
    assert folded.run(as_case(bee)).grounded  # the same question, its law's model now the shipped one


def test_reused_embeddings_embed_only_unknown_texts():
    class Fake:
        name = "fake"
        calls: list[list[str]] = []

        def embed_documents(self, texts):
            self.calls.append(list(texts))
            return [[float(len(t))] for t in texts]

        def embed_query(self, text):
            return [0.0]

    inner = Fake()
    reused = ReusedEmbeddings(inner, {"known": [1.5]})
    assert reused.embed_documents(["known", "new", "new"]) == [[1.5], [3.0], [3.0]]
    assert inner.calls == [["new"]] and reused.reused == 1 and reused.computed == 1 and reused.name == "fake"


def test_questions_load_group_by_law_and_bad_lines_are_reported(dataset, tmp_path):
    _, questions = dataset
    loaded = load_questions(questions)
    assert [q.law for q in loaded] == ["luat-nuoi-ong-2031", "luat-nuoi-ong-2031", "luat-lam-banh-2030",
                                       "luat-trong-cay-2029"]
    assert loaded[1].answer is None and loaded[2].choices["A"] == "giấy phép an toàn thực phẩm"
    assert {law: [q.id for q in qs] for law, qs in questions_by_law(loaded).items()} == {
        "luat-lam-banh-2030": ["q3"], "luat-nuoi-ong-2031": ["q1", "q2"], "luat-trong-cay-2029": ["q4"]}
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "question": "?", "kind": "free-text", "gold_docs": []}\n{"id": "y"}\n')
    with pytest.raises(ValueError, match="bad.jsonl:2"):
        load_questions(bad)


def test_main_says_the_set_is_absent_and_exits_0(tmp_path, capsys):
    assert main(["--corpus", str(tmp_path / "nope"), "--questions", str(tmp_path / "nope.jsonl")]) == 0
    assert "absent" in capsys.readouterr().out
    assert not (tmp_path / "nope").exists()


def test_unanswerable_questions_are_asked_and_the_share_refused_is_reported(dataset, tmp_path, tiny_embeddings):
    corpus, questions = dataset
    unanswerable = tmp_path / "unanswerable.jsonl"
    asked = [{"id": "u1", "question": "Theo Luật Đất đai, thời hạn sử dụng đất nông nghiệp là bao nhiêu năm?"},
             {"id": "u2", "question": "Theo Bộ luật Lao động, thời gian thử việc tối đa là bao nhiêu ngày?"}]
    unanswerable.write_text("".join(json.dumps(q, ensure_ascii=False) + "\n" for q in asked), encoding="utf-8")
    report = run(corpus, questions, tmp_path / "index", settings=Settings(collection="alqac-test"),
                 embeddings=tiny_embeddings, progress=lambda m: None, systems=("hoidap",),
                 unanswerable_path=unanswerable)
    refused = report["systems"]["hoidap"]["unanswerable"]
    assert refused["n"] == 2 and refused["refused"] == 1.0 and refused["answered"] == []
    assert "hoidap: refused 2 of 2 unanswerable questions (1.000)" in table(report)
    assert main(["--corpus", str(corpus), "--questions", str(questions), "--unanswerable",
                 str(tmp_path / "missing.jsonl")]) == 2

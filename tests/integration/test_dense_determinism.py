"""The dense-determinism benchmark: it compares builds of a real index, and says so when there is none."""

from __future__ import annotations

import json

import numpy as np

from eval.dense_determinism import main
from rag.index.store import build_chroma_client


def test_without_an_index_it_says_so_and_exits_0(tmp_path, capsys):
    assert main(["--index-dir", str(tmp_path / "none"), "--questions", str(tmp_path / "q.jsonl")]) == 0
    assert "absent: nothing to compare" in capsys.readouterr().out


def test_exact_search_gives_the_same_neighbours_in_every_build(tmp_path):
    index = tmp_path / "index"
    collection = build_chroma_client(index).create_collection(
        "hoidap", configuration={"hnsw": {"space": "cosine"}}, embedding_function=None)
    vectors = np.random.default_rng(0).standard_normal((300, 384)).astype(np.float32)
    collection.add(ids=[f"c{i}" for i in range(300)], embeddings=vectors)
    questions = tmp_path / "questions.jsonl"
    questions.write_text("\n".join(json.dumps({"question": q}, ensure_ascii=False) for q in
                                   ("Thời hiệu khởi kiện là bao lâu?", "Ai có quyền kháng cáo?")) + "\n",
                         encoding="utf-8")
    out = tmp_path / "report.json"
    assert main(["--index-dir", str(index), "--questions", str(questions), "--builds", "2", "--k", "10",
                 "--json", str(out)]) == 0
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["chunks"] == 300 and report["questions"] == 2 and report["builds"] == 2
    assert report["exact"]["other_top10_in_some_build"] == 0 and report["exact"]["other_top5_in_some_build"] == 0

"""Snapshots: the next generation from the documents that changed equals one built from scratch."""

from __future__ import annotations

import zlib

import numpy as np

from ingest.chunking import chunk_document
from ingest.loaders import expand_paths, load_files
from rag.documents import SourceDocument
from rag.query.snapshot import _pairs_at, build_snapshot, empty_snapshot
from tests.conftest import SAMPLE


def _chunks():
    docs, _ = load_files(expand_paths([SAMPLE]))
    return [c for d in docs for c in chunk_document(d, 400, 900)]


def _view(snap):
    """What questions read, by chunk id rather than row (rows differ between the two ways of building)."""
    cid = lambda rows: sorted(snap.chunks[r].chunk_id for r in rows)  # noqa: E731
    return ({d: [snap.chunks[r].chunk_id for r in rows] for d, rows in snap.doc_rows.items()},
            {k: cid(v) for k, v in snap.ref_rows.items()}, {k: cid(v) for k, v in snap.ordinal_rows.items()},
            {k: cid(v) for k, v in snap.source_rows.items()}, sorted(snap.by_id), sorted(snap.lexical.tokens("#")),
            sorted((d.key, len(d.mentions), d.best("dates")) for d in snap.registry.all()))


def test_apply_equals_a_build_from_scratch():
    chunks = _chunks()
    docs = list(dict.fromkeys(c.doc_id for c in chunks))
    first, second = docs[:3], docs[3:]
    snap = empty_snapshot().apply(first, [c for c in chunks if c.doc_id in first], 1, "a")
    snap = snap.apply(second, [c for c in chunks if c.doc_id in second], 2, "b")
    # a document loses its last two chunks, another is deleted
    shrunk = [c for c in chunks if c.doc_id == docs[0]][:-2]
    snap = snap.apply([docs[0], docs[1]], shrunk, 3, "c")
    kept = [c for c in chunks if c.doc_id not in (docs[0], docs[1])] + shrunk
    fresh = build_snapshot(kept, 3, "c")
    assert _view(snap) == _view(fresh)
    assert snap.size == len(kept) and snap.doc_ids == fresh.doc_ids and snap.sources == fresh.sources
    for query in ("Kết luận 21-KL/TW ban hành ngày nào", "giải pháp thứ năm Nghệ An", "Cao Bằng đảng viên"):
        ours = {snap.chunks[r].chunk_id: s for r, s in enumerate(snap.lexical.scores(query)) if s > 0}
        theirs = {fresh.chunks[r].chunk_id: s for r, s in enumerate(fresh.lexical.scores(query)) if s > 0}
        assert ours == theirs, query
    # the earlier generation is what it was
    assert docs[1] not in snap.doc_rows and np.count_nonzero(snap.lexical.live) == len(kept)


def test_following_reads_a_document_in_order():
    chunks = _chunks()
    snap = build_snapshot(chunks)
    doc = chunks[0].doc_id
    after = snap.following(chunks[0], limit=3)
    assert [c.position for c in after] == sorted(c.position for c in chunks if c.doc_id == doc)[1:4]


def test_names_are_the_words_the_texts_write_with_capitals_mid_sentence():
    snap = build_snapshot(_chunks())
    assert snap.written_capitalised("nghe", "an")  # "tỉnh Nghệ An", "Đảng bộ Nghệ An"
    assert snap.written_capitalised("tran", "hong") and snap.written_capitalised("hong", "minh")
    assert not snap.written_capitalised("ket", "nap")  # "kết nạp": a verb, written in lowercase
    assert not snap.written_capitalised("ha", "noi")  # a name the texts never write
    # "thi" is also the function word "thì", but the texts write "Nguyễn Thị Thu Hường": a name's syllable.
    assert snap.written_capitalised("nguyen", "thi") and snap.written_capitalised("thi", "thu")
    assert not snap.written_capitalised("co", "bao")  # function words never open or close a name


def test_a_name_opening_a_list_item_is_told_by_its_second_word():
    # "…; Lê Đức Cường - Ủy viên …" is the only place the texts name him: the first word's capital comes with the
    # item, the second's does not. A function word opening a sentence says nothing ("Tại Hội nghị").
    snap = build_snapshot(_chunks())
    assert snap.written_capitalised("le", "duc") and snap.written_capitalised("duc", "cuong")
    assert not snap.written_capitalised("hoi", "nghi")  # "Hội nghị …" opens sentences, "hội nghị" runs mid-sentence


def test_a_name_is_two_whole_words_with_only_space_between():
    text = ("Đoàn công tác làm việc tại xã Pha Nội và xã Pha Nội mới. Hội nghị nghe báo cáo của Bắc, Giang và Hà "
            "nhưng không nêu kết quả. Tại tỉnh, đồng chí Hoàng\nThành phát biểu và đề nghị tiếp tục.")
    snap = build_snapshot(chunk_document(SourceDocument(doc_id="tin-x", title="Tin x", text=text), 400, 900))
    assert snap.written_capitalised("pha", "noi")
    assert not snap.written_capitalised("ha", "noi")  # "Pha Nội": "ha" is no word of it
    assert not snap.written_capitalised("bac", "giang")  # "Bắc, Giang": two words a comma parts, no name
    assert snap.written_capitalised("hoang", "thanh")  # a line break is space between words too


def test_word_pairs_are_found_whole_and_apart():
    text = "pha noi; ha  noi. ha\nnoi, hanoi, ha,noi ha noix"
    assert list(_pairs_at(text, "ha", "noi")) == [(9, 13), (18, 21)]


def _vector(chunk_id: str) -> list[float]:
    return list(np.random.default_rng(zlib.crc32(chunk_id.encode())).standard_normal(16))


def test_dense_rows_follow_the_generations_like_a_build_from_scratch():
    chunks = _chunks()
    docs = list(dict.fromkeys(c.doc_id for c in chunks))
    first = [c for c in chunks if c.doc_id in docs[:3]]
    snap = empty_snapshot().apply(docs[:3], first, 1, "a", vectors=[_vector(c.chunk_id) for c in first])
    rest = [c for c in chunks if c.doc_id in docs[3:]]
    snap = snap.apply(docs[3:], rest, 2, "b", vectors=[_vector(c.chunk_id) for c in rest])
    shrunk = [c for c in chunks if c.doc_id == docs[0]][:-2]
    snap = snap.apply([docs[0], docs[1]], shrunk, 3, "c", vectors=[_vector(c.chunk_id) for c in shrunk])
    kept = [c for c in chunks if c.doc_id not in (docs[0], docs[1])] + shrunk
    fresh = build_snapshot(kept, 3, "c", vectors=[_vector(c.chunk_id) for c in kept])
    for seed in range(5):
        query = np.random.default_rng(100 + seed).standard_normal(16)
        ours = [(snap.chunks[r].chunk_id, round(s, 5)) for r, s in snap.dense.nearest(query, len(kept) + 5)]
        theirs = [(fresh.chunks[r].chunk_id, round(s, 5)) for r, s in fresh.dense.nearest(query, len(kept) + 5)]
        assert ours == theirs and len(ours) == len(kept)
    # a generation applied without vectors has none: dense search then asks the store
    assert snap.apply([docs[2]], [], 4, "d").dense is None and build_snapshot(kept).dense is None

"""A synthetic corpus of any size made from the sample texts, for the scale benchmark (``eval.bench``).

Each document takes the paragraphs of one sample article in a shuffled order and renumbers what it names
(directive numbers, dates, counts), so the index grows with new references, registry records and vocabulary
the way a real corpus does, not with copies. Deterministic: the same ``seed`` writes the same files.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass
from pathlib import Path

_PARTY_NUMBER = re.compile(r"\b(\d{1,3})-(KL|KH|QĐ|QĐi|CT|CTr|NQ|ĐA)/(TW|TU)\b")
_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/(20\d{2})\b")
_COUNT = re.compile(r"\b(\d{2,5})(?= (?:đảng viên|điểm cầu|cán bộ|nghị quyết|tổ chức|người|đồng chí))")
_SOURCES = ("Báo điện tử tổng hợp", "Trang thông tin Tỉnh ủy", "Cổng thông tin Ban Tổ chức", "Tạp chí Xây dựng Đảng",
            "Báo địa phương")


@dataclass(frozen=True)
class SyntheticCorpus:
    """Where the corpus was written and how many documents it has."""

    folder: Path
    documents: int


def _paragraphs(sample: Path) -> list[tuple[str, list[str]]]:
    from ingest.loaders import expand_paths, load_files

    docs, _ = load_files(expand_paths([sample]))
    return [(d.title, [p for p in d.text.split("\n\n") if p.strip()]) for d in docs]


def _renumber(text: str, rng: random.Random, numbers: dict[str, str]) -> str:
    def party(m: re.Match) -> str:
        key = m.group(0)
        if key not in numbers:
            numbers[key] = f"{rng.randint(1, 400)}-{m.group(2)}/{m.group(3)}"
        return numbers[key]

    def date(m: re.Match) -> str:
        return f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2016, 2024)}"

    text = _PARTY_NUMBER.sub(party, text)
    text = _DATE.sub(date, text)
    return _COUNT.sub(lambda m: str(rng.randint(10, 9999)), text)


def write_corpus(folder: Path, chunks: int, sample: Path, seed: int = 12) -> SyntheticCorpus:
    """Write about ``chunks`` chunks' worth of documents (.txt files and a manifest) into ``folder``."""
    from ingest.chunking import chunk_document
    from ingest.loaders import expand_paths, load_files

    base_docs, _ = load_files(expand_paths([sample]))
    per_doc = [max(1, len(chunk_document(d, 400, 900))) for d in base_docs]
    bases = _paragraphs(sample)
    folder.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, str]] = {}
    made = n = 0
    while made < chunks:
        rng = random.Random(seed * 1_000_003 + n)
        b = n % len(bases)
        title, paragraphs = bases[b]
        numbers: dict[str, str] = {}
        body = paragraphs[:]
        rng.shuffle(body)
        text = "\n\n".join(_renumber(p, rng, numbers) for p in body)
        name = f"synthetic-{n:06d}.txt"
        (folder / name).write_text(text, encoding="utf-8")
        manifest[name] = {"title": f"{_renumber(title, rng, numbers)} (bản {n})", "source": _SOURCES[n % len(_SOURCES)],
                          "published": f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2016, 2024)}"}
        made += per_doc[b]
        n += 1
    (folder / "manifest.json").write_text(json.dumps({"files": manifest}, ensure_ascii=False, indent=0),
                                          encoding="utf-8")
    return SyntheticCorpus(folder, n)

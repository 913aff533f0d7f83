"""What a candidate-level dense feature would cost: embedding each answer candidate per question, or storing a
vector for every candidate unit at ingest.

    python -m eval.candidate_cost [--index-dir .eval/alqac-index] [--questions FILE] [--limit 40] [--json OUT]

For each question it reads the passages hoidap answers from, counts the candidate units, and times embedding
them with the index's embedder ("passage: " side); for the index it counts the units of every chunk (what
storing them at ingest would embed, against one vector per chunk today). Prints numbers and JSON; decides
nothing by itself (the README records the decision).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

from eval.alqac import DEFAULT_INDEX, DEFAULT_SET, load_questions
from rag.answer.candidates import candidates, unit_text
from rag.documents import Passage
from rag.settings import Settings
from service.pipeline import build_pipeline


def measure(index_dir: Path, questions: Path, limit: int) -> dict:
    """Candidates per question, embedding time per candidate and per question, units per stored chunk."""
    pipeline = build_pipeline(Settings().model_copy(update={"data_dir": index_dir, "chroma_host": None,
                                                            "llm": "none"}))
    embeddings = pipeline.store.embeddings
    snap = pipeline.retriever.snapshot()
    counts, per_question_ms = [], []
    for q in load_questions(questions)[:limit]:
        reading = pipeline.read(q.question)
        units = [unit_text(reading.passages, c) for c in candidates(reading.passages, snap.following)]
        counts.append(len(units))
        started = time.perf_counter()
        if units:
            embeddings.embed_documents(units)
        per_question_ms.append((time.perf_counter() - started) * 1000)
    stored_units = sum(len(candidates([Passage(c, 1.0)])) for c in snap.live())
    total = sum(counts) or 1
    return {
        "questions": len(counts),
        "candidates_per_question_mean": statistics.mean(counts) if counts else 0.0,
        "embed_ms_per_candidate": sum(per_question_ms) / total,
        "embed_ms_per_question_p50": statistics.median(per_question_ms) if per_question_ms else 0.0,
        "chunks": len(snap.live()),
        "units_if_stored_at_ingest": stored_units,
        "ingest_embedding_multiplier": stored_units / max(len(snap.live()), 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--index-dir", type=Path, default=DEFAULT_INDEX)
    parser.add_argument("--questions", type=Path, default=DEFAULT_SET / "questions.jsonl")
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args(argv)
    if not args.questions.is_file() or not args.index_dir.is_dir():
        print(f"need {args.questions} and an index in {args.index_dir} (make eval-alqac builds it)")
        return 0
    out = measure(args.index_dir, args.questions, args.limit)
    for key, value in out.items():
        print(f"{key:32} {value:.1f}" if isinstance(value, float) else f"{key:32} {value}")
    if args.json:
        args.json.write_text(json.dumps(out, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

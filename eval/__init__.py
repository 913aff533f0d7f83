"""Evaluation and benchmarks: ``python -m eval.bench`` prints ingest and answer timings."""

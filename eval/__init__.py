"""Evaluation and benchmarks: the eval suite (``runner``, ``systems``, ``metrics``, ``report``) scores hoidap
beside two baselines built from library code; ``bench`` prints ingest and answer timings."""

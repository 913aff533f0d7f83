"""The ``hoidap`` command: ingest, ask, search, serve, stats, delete."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from dataclasses import asdict
from pathlib import Path

from rag.errors import HoidapError
from rag.settings import Settings


def _pipeline(settings: Settings):
    from service.pipeline import build_pipeline

    return build_pipeline(settings)


def cmd_ingest(args: argparse.Namespace, settings: Settings) -> int:
    paths = [Path(p) for p in args.paths] or [settings.sample_dir]
    pipeline = _pipeline(settings)
    unfinished = pipeline.indexer.unfinished_ingest()
    if args.if_empty and pipeline.store.count() > 0 and not unfinished:
        print(f"index already holds {pipeline.store.count()} chunks; nothing to do (--if-empty)")
        return 0
    if unfinished:  # a run that was killed: its finished documents are kept, the rest are embedded now
        print(f"resuming an unfinished ingest of {unfinished}", file=sys.stderr)
    report = pipeline.ingest_paths(paths, prune=args.prune, progress=sys.stderr.isatty())
    for _path, reason in report.skipped:
        print(f"skipped: {reason}", file=sys.stderr)
    print(f"{report.documents} documents, {report.chunks} chunks ({report.added} new, {report.removed} removed, "
          f"{report.embedded} embedded) in {report.seconds:.2f} s, {report.chunks_per_second:.1f} chunks/s")
    return 0


def cmd_ask(args: argparse.Namespace, settings: Settings) -> int:
    answer = _pipeline(settings).ask(args.question, top_k=args.k)
    if args.json:
        print(json.dumps({"answer": answer.answer, "grounded": answer.grounded, "query": answer.query,
                          "mode": answer.mode, "removed": answer.removed, "warning": answer.warning,
                          "citations": [asdict(c) for c in answer.citations]}, ensure_ascii=False, indent=2))
        return 0
    print(answer.answer)
    if answer.warning:
        print(f"({answer.warning})", file=sys.stderr)
    for c in answer.citations:
        print(f"\n[{c.n}] {c.title} — {c.source} ({c.doc_id})\n    {c.text}")
    return 0 if answer.grounded else 3


def cmd_search(args: argparse.Namespace, settings: Settings) -> int:
    passages = _pipeline(settings).search(args.query, top_k=args.k)
    if args.json:
        print(json.dumps({"results": [{"doc_id": p.chunk.doc_id, "title": p.chunk.title, "source": p.chunk.source,
                                       "chunk_id": p.chunk.chunk_id, "text": p.chunk.text, "score": p.score}
                                      for p in passages]}, ensure_ascii=False, indent=2))
        return 0
    for i, p in enumerate(passages, start=1):
        print(f"{i}. [{p.score:.3f}] {p.chunk.title} ({p.chunk.doc_id})\n   {p.chunk.text[:300]}\n")
    return 0


def cmd_stats(args: argparse.Namespace, settings: Settings) -> int:
    pipeline = _pipeline(settings)
    stats = pipeline.stats()
    docs = [asdict(d) for d in pipeline.documents()]
    if args.json:
        print(json.dumps({**stats, "documents_list": docs}, ensure_ascii=False, indent=2))
        return 0
    print(f"{stats['documents']} documents, {stats['chunks']} chunks; embedder {stats['embedder']}; "
          f"store {stats['store']} ({stats['collection']}); dense search {stats['dense_search']}")
    for d in docs:
        print(f"  {d['doc_id']}  {d['chunks']:3d} chunks  {d['title']}")
    return 0


def cmd_delete(args: argparse.Namespace, settings: Settings) -> int:
    removed = _pipeline(settings).delete(args.doc_id)
    print(f"deleted {args.doc_id}: {removed} chunks")
    return 0


def cmd_directives(args: argparse.Namespace, settings: Settings) -> int:
    pipeline = _pipeline(settings)
    registry = pipeline.registry()
    if not args.ref:
        records = registry.all()
        if args.json:
            print(json.dumps([{"ref": d.label, "type": d.type_name, "date": d.best("dates"),
                               "issuer": d.best("issuers"), "term": d.best("terms"), "subject": d.best("subjects"),
                               "mentions": len(d.mentions), "conflicts": sorted(d.conflicts)} for d in records],
                             ensure_ascii=False, indent=2))
            return 0
        for d in records:
            flag = "  ⚠ " + ", ".join(sorted(d.conflicts)) if d.conflicts else ""
            print(f"{d.type_name:12} {d.label:24} {d.best('dates'):10}  {d.best('issuers'):28} "
                  f"{len(d.mentions):3d} mentions{flag}")
        print(f"{len(records)} directives, {sum(len(d.mentions) for d in records)} mentions")
        return 0
    found = registry.lookup(args.ref)
    if not found:
        print(f"the corpus does not mention '{args.ref}'", file=sys.stderr)
        return 3
    d = found[0]
    if args.json:
        from api.routes.directives import detail

        print(detail(d, registry, found[1:]).model_dump_json(indent=2))
        return 0
    print(f"{d.title}  ({len(d.mentions)} mentions)")
    names = (("dates", "ngày"), ("issuers", "cơ quan ban hành"), ("places", "địa phương"), ("terms", "khóa"),
             ("subjects", "nội dung"))
    for name, title in names:
        for a in getattr(d, name):
            docs = ", ".join(sorted({s.doc_id for s in a.statements}))
            basis = f" ({a.basis})" if a.basis else ""
            print(f"  {title}: {a.value}{basis}  — {a.count} lần, {a.documents} văn bản ({docs})")
    if d.conflicts:
        print("  ⚠ các nguồn khác nhau về: " + ", ".join(sorted(d.conflicts)))
    return 0


def cmd_eval(args: argparse.Namespace, settings: Settings) -> int:
    from eval.report import render_html
    from eval.runner import DEFAULT_DATASET, check_thresholds, run_eval, table

    dataset = Path(args.dataset) if args.dataset else DEFAULT_DATASET
    try:
        report = run_eval(settings, dataset, url=args.url, progress=lambda m: print(m, file=sys.stderr),
                          with_llm=args.llm, fold_accents=args.without_accents)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    text = table(report)
    print(text)
    failures = check_thresholds(report, Path(args.check)) if args.check else []
    report["threshold_failures"] = failures
    if args.json:
        Path(args.json).parent.mkdir(parents=True, exist_ok=True)
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.html:
        Path(args.html).parent.mkdir(parents=True, exist_ok=True)
        Path(args.html).write_text(render_html(report, text, failures), encoding="utf-8")
    for failure in failures:
        print(f"REGRESSION {failure}", file=sys.stderr)
    return 1 if failures else 0


def cmd_serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    settings = settings.model_copy(update={"host": args.host or settings.host, "port": args.port or settings.port})
    print(f"hoidap: chat at http://{settings.host}:{settings.port}/ui , API docs at /docs", flush=True)
    if settings.workers == 1:
        from api.app import create_app

        app = create_app(settings)  # the index loads in the background; GET /ready says when it can answer
        uvicorn.run(app, host=settings.host, port=settings.port, log_level=settings.log_level.lower())
        return 0
    # Several processes sharing one index: see cli/prefork.py.
    from cli.prefork import serve_workers

    return serve_workers(settings)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (its --help is the CLI reference)."""
    parser = argparse.ArgumentParser(prog="hoidap", description="Hỏi đáp có trích dẫn trên văn bản Đảng và Nhà nước.")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("ingest", help="index files or folders (default: the sample corpus)")
    p.add_argument("paths", nargs="*", help=".txt .md .html .pdf .docx files or folders")
    p.add_argument("--prune", action="store_true", help="delete indexed documents not among PATHS")
    p.add_argument("--if-empty", action="store_true",
                   help="do nothing when the index already has chunks, unless an earlier ingest was interrupted")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("ask", help="answer a question with citations")
    p.add_argument("question")
    p.add_argument("--k", type=int, default=None, help="passages to read")
    p.add_argument("--json", action="store_true", help="print the API's JSON")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("search", help="show the best passages for a query")
    p.add_argument("query")
    p.add_argument("--k", type=int, default=None, help="number of passages")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("serve", help="serve the HTTP API")
    p.add_argument("--host", default=None)
    p.add_argument("--port", type=int, default=None)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("directives", help="the documents the corpus mentions (registry), or one of them")
    p.add_argument("ref", nargs="?", help="e.g. '21-KL/TW', 'KL 21', 'ket luan 21'")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_directives)

    p = sub.add_parser("eval", help="score hoidap and two baselines on the eval set, per kind")
    p.add_argument("--dataset", help="cases (JSON Lines); default eval/data/cases.jsonl")
    p.add_argument("--json", help="write the full report here")
    p.add_argument("--html", help="write the HTML report (chart, table, every miss) here")
    p.add_argument("--url", help="evaluate a running server (its /v1/ask and /v1/search) instead of in-process")
    p.add_argument("--check", help="thresholds file (e.g. eval/thresholds.toml): exit 1 when a metric drops below")
    p.add_argument("--llm", action="store_true",
                   help="also score hoidap with the HOIDAP_LLM backend (reported beside the extractive scores)")
    p.add_argument("--without-accents", action="store_true",
                   help="ask every question (and user turn) with its accents removed, as many users type")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("stats", help="documents and chunks in the index")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("delete", help="remove a document by id (see `hoidap stats`)")
    p.add_argument("doc_id")
    p.set_defaults(func=cmd_delete)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``hoidap`` console script."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
    args = build_parser().parse_args(argv)
    settings = Settings()
    logging.basicConfig(level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    try:
        return args.func(args, settings)
    except HoidapError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())

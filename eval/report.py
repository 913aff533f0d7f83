"""The HTML eval report: accuracy per kind (hoidap vs both baselines) as a bar chart, the table, and every
miss with what a maintainer needs to fix it. Self-contained (inline SVG, no scripts, no network)."""

from __future__ import annotations

import html

_COLORS = {"hoidap": "#2e7d32", "langchain": "#9e9e9e", "bm25": "#1565c0", "hoidap+llm": "#ef6c00"}


def _accuracy(report: dict, system: str, kind: str) -> float:
    s = report["systems"][system]["scores"][kind]
    return s["accuracy_all"] if kind == "unanswerable" else s["accuracy"]


def chart(report: dict) -> str:
    """A grouped bar chart (SVG) of accuracy per kind for every system."""
    systems = list(report["systems"])
    kinds = list(report["systems"]["hoidap"]["scores"])
    bar, gap, height = 14, 18, 220
    group = bar * len(systems) + gap
    width = 60 + group * len(kinds)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 90}" role="img" '
             f'aria-label="accuracy per kind">']
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        y = 10 + height * (1 - tick)
        parts.append(f'<line x1="40" x2="{width}" y1="{y}" y2="{y}" stroke="#ddd"/>'
                     f'<text x="34" y="{y + 4}" font-size="10" text-anchor="end">{tick:.2f}</text>')
    for k, kind in enumerate(kinds):
        x0 = 50 + k * group
        for s, system in enumerate(systems):
            value = _accuracy(report, system, kind)
            h = height * value
            parts.append(f'<rect x="{x0 + s * bar}" y="{10 + height - h}" width="{bar - 2}" height="{h}" '
                         f'fill="{_COLORS.get(system, "#777")}"><title>{system} {kind}: {value:.2f}</title></rect>')
        parts.append(f'<text x="{x0 + group / 2 - gap / 2}" y="{height + 24}" font-size="11" text-anchor="end" '
                     f'transform="rotate(-35 {x0 + group / 2 - gap / 2} {height + 24})">{html.escape(kind)}</text>')
    for s, system in enumerate(systems):
        parts.append(f'<rect x="{50 + s * 110}" y="{height + 70}" width="12" height="12" '
                     f'fill="{_COLORS.get(system, "#777")}"/><text x="{66 + s * 110}" y="{height + 80}" '
                     f'font-size="12">{html.escape(system)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _miss(r: dict) -> str:
    passages = "".join(f"<li><code>{html.escape(p['doc_id'])}</code> {html.escape(p['text'][:400])}</li>"
                       for p in r["passages"][:3])
    expected = "(should refuse)" if r["refuse"] else (" AND " if r["all_of"] else " OR ").join(r["expected"])
    history = "".join(f"<div class='h'>{html.escape(t['role'])}: {html.escape(t['content'])}</div>"
                      for t in r["history"])
    return (f"<div class='miss'><h3>{html.escape(r['id'])} <small>({html.escape(r['kind'])})</small></h3>{history}"
            f"<p><b>Question:</b> {html.escape(r['question'])}</p>"
            f"<p><b>Expected:</b> {html.escape(expected)} <small>from {html.escape(', '.join(r['docs']))}</small></p>"
            f"<p><b>hoidap ({'grounded' if r['grounded'] else 'refused'}):</b></p>"
            f"<pre>{html.escape(r['answer'])}</pre>"
            f"<p><b>Citation supports it:</b> {'yes' if r['citation_supported'] else 'no'} · "
            f"<b>first passage with the answer:</b> {r['first_hit_rank'] or 'none in the top 10'}</p>"
            f"<details><summary>Top retrieved passages</summary><ol>{passages}</ol></details></div>")


def render_html(report: dict, table_text: str, failures: list[str]) -> str:
    """The whole report page."""
    results = report["systems"]["hoidap"]["results"]
    misses = [r for r in results if not r["correct"] or (not r["refuse"] and not r["citation_supported"])]
    status = ("<p class='fail'>Below thresholds: " + html.escape("; ".join(failures)) + "</p>") if failures else \
        "<p class='ok'>All thresholds hold.</p>"
    return f"""<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>hoidap eval</title>
<style>body{{font-family:system-ui,sans-serif;max-width:1100px;margin:2em auto;padding:0 1em}}
pre{{white-space:pre-wrap;background:#f6f6f6;padding:.6em}} .miss{{border-top:1px solid #ccc;margin-top:1em}}
.fail{{color:#b71c1c;font-weight:bold}} .ok{{color:#2e7d32;font-weight:bold}} .h{{color:#555;font-size:90%}}</style>
</head><body><h1>hoidap eval</h1>
<p>{report['cases']} cases from <code>{html.escape(report['dataset'])}</code>; embedder
<code>{html.escape(report['embedder'])}</code>; hoidap: {html.escape(report['target'])}.</p>{status}
<h2>Accuracy per kind</h2>{chart(report)}
<h2>Table</h2><pre>{html.escape(table_text)}</pre>
<h2>hoidap misses ({len(misses)})</h2>{''.join(_miss(r) for r in misses) or '<p>None.</p>'}
</body></html>"""

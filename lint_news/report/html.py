"""--format html: one self-contained page for editors.

Per article: the garble score, the plain text with each finding highlighted in place (a colour
per category, the underline per severity), a panel with the message, the evidence and the
suggestion of the clicked passage, accept / reject buttons and a download of the corrected file.
Filters by category and severity; with several articles an index sorted by score.

Safety: every piece of article text goes through ``html.escape`` (the data island is JSON with
``<``, ``>`` and ``&`` escaped), and a Content-Security-Policy lets only the report's own script
run, so an article that contains ``<script>`` shows it as text.
"""

from __future__ import annotations

import bisect
import html
import itertools
import json
import secrets
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, TextIO

from .. import __version__
from ..document import Article, Block
from ..engine import FileResult
from ..findings import CATEGORIES, SEVERITIES, Finding, Suggestion
from ..fixes import edit_for
from ..scoring import contributions
from .html_assets import CATEGORY_COLOURS, CSS, JS

e = html.escape


@dataclass
class _Article:
    index: int
    file: int
    result: FileResult
    article: Article
    findings: list[tuple[str, Finding]] = field(default_factory=list)  # (id, finding)

    @property
    def title(self) -> str:
        a = self.article
        title = a.block_text(a.headline) if a.headline else str(a.meta.get("title") or "")
        return title.strip() or PurePath(self.result.path).name


def score_class(score: float | None) -> str:
    if score is None or score < 20:
        return "score"
    return "score mid" if score < 50 else "score high"


def _offered(f: Finding) -> Suggestion | None:
    """The suggestion the report offers: the first that is not display-only, else the first."""
    return next((s for s in f.suggestions if s.safety != "display"), f.suggestions[0] if f.suggestions else None)


def _finding_data(fid: str, f: Finding, article: Article) -> dict[str, Any]:
    suggestion = _offered(f)
    if suggestion is not None and suggestion.safety == "display":
        suggestion = None
    edit = edit_for(article, f, suggestion) if suggestion is not None else None
    related = []
    for r in f.related:
        item: dict[str, Any] = {"start": r.span.start, "end": r.span.end, "message": r.message}
        if r.other is not None and r.other is not article:
            item["path"] = r.other.path
        related.append(item)
    return {"id": fid, "rule": f.rule, "category": f.category, "severity": f.severity,
            "start": f.span.start, "end": f.span.end, "related": related,
            "safety": suggestion.safety if suggestion else None,
            "edit": {"start": edit.start, "end": edit.end, "replacement": edit.replacement} if edit else None}


def _segments(article: Article, start: int, end: int, findings: list[tuple[str, Finding]]) -> str:
    """The escaped text of [start, end) cut at every finding and evidence boundary."""
    cuts = {start, end}
    inserts: dict[int, list[str]] = {}
    for fid, f in findings:
        spans = [(f.span.start, f.span.end)] + [(r.span.start, r.span.end) for r in f.related if r.other in (None, article)]
        for a, b in spans:
            cuts.update(x for x in (a, b) if start < x < end)
        if f.span.start == f.span.end and start <= f.span.start <= end:
            inserts.setdefault(f.span.start, []).append(fid)
    bounds = sorted(cuts)
    by_id = dict(findings)
    # A sweep over the segments: ``active`` holds (by index into ``findings``, so that ``covering``
    # keeps their order) the non-empty findings that started at or before the segment and have not
    # ended before its end; a finding that ends before one segment's end covers no later segment.
    # Testing every finding against every segment was quadratic: minutes for a paragraph with
    # thousands of findings.
    starts = sorted((f.span.start, i) for i, (_, f) in enumerate(findings) if f.span.end > f.span.start)
    active: dict[int, int] = {}  # index -> end
    next_start = 0
    out = []
    for a, b in itertools.pairwise(bounds):
        for fid in inserts.pop(a, []):
            out.append(_insert_marker(fid, by_id))
        while next_start < len(starts) and starts[next_start][0] <= a:
            i = starts[next_start][1]
            active[i] = findings[i][1].span.end
            next_start += 1
        for i in [i for i, f_end in active.items() if f_end < b]:
            del active[i]
        covering = [findings[i] for i in sorted(active)]
        text = e(article.text[a:b])
        if covering:
            covering.sort(key=lambda p: (-SEVERITIES.index(p[1].severity), p[1].span.end - p[1].span.start))
            top = covering[0][1]
            tip = " | ".join(f"{f.rule}: {f.message}" for _, f in covering)
            out.append(f'<span class="hl s-{top.severity} c-{e(top.category)}" data-s="{a}" data-e="{b}" '
                       f'data-f="{" ".join(fid for fid, _ in covering)}" title="{e(tip)}" tabindex="0">{text}</span>')
        else:
            out.append(f'<span data-s="{a}" data-e="{b}">{text}</span>')
    for point in sorted(inserts):
        out.extend(_insert_marker(fid, by_id) for fid in inserts[point])
    return "".join(out)


def _insert_marker(fid: str, by_id: dict[str, Finding]) -> str:
    f = by_id[fid]
    return f'<span class="ins" data-f="{fid}" title="{e(f.rule)}: {e(f.message)}" tabindex="0">‸</span>'


def _card(fid: str, f: Finding, article: Article, data: dict[str, Any]) -> str:
    quote = article.slice(f.span)
    quote = quote if len(quote) <= 160 else quote[:160] + "…"
    offered = _offered(f)
    parts = [f'<li class="card" data-id="{fid}" data-safety="{e(offered.safety) if offered else "none"}">',
             f'<div class="pick"><span class="code">{e(f.rule)}</span> <span class="sev {f.severity}">{f.severity}</span> '
             f'<span class="swatch" style="background:{CATEGORY_COLOURS.get(f.category, "#eee")}"></span>{e(f.category)} '
             f'&middot; {e(f.name)}<br>{e(f.message)}'
             + (f' <q>{e(quote)}</q>' if quote else "") + "</div>"]
    if f.related:
        parts.append('<ul class="related">')
        for i, r in enumerate(f.related):
            other = r.other or article
            where = f" ({e(other.path)})" if other is not article else ""
            parts.append(f'<li><span class="jump" data-id="{fid}" data-r="{i}">{e(r.message)}</span>: '
                         f'<q>{e(other.slice(r.span)[:160])}</q>{where}</li>')
        parts.append("</ul>")
    if offered is not None:
        s = offered
        shown = f"<ins>{e(s.replacement)}</ins>" if s.replacement else "<ins>(delete)</ins>"
        parts.append(f'<div class="suggest">Suggestion ({e(s.safety)}): {shown}')
        if data["edit"] is not None:
            parts.append(f'<button type="button" data-action="accept" data-id="{fid}">Accept</button>'
                         f'<button type="button" data-action="reject" data-id="{fid}">Reject</button>'
                         f'<button type="button" data-action="undo" data-id="{fid}">Undo</button>')
        else:
            parts.append(' <span class="state-note">(edit by hand: it touches markup or is display-only)</span>')
        parts.append('<span class="state"></span></div>')
    parts.append("</li>")
    return "".join(parts)


def _shown_in(block: Block, f: Finding, a: Article) -> bool:
    """Whether ``f`` shows in ``block``: its span or its evidence in ``a`` overlaps it, or it inserts at its end."""
    return ((f.span.start < block.end and block.start < max(f.span.end, f.span.start + 1))
            or any(rel.span.start < block.end and block.start < rel.span.end for rel in f.related if rel.other in (None, a))
            or (f.span.start == f.span.end == block.end))


def _findings_by_block(a: Article, findings: list[tuple[str, Finding]]) -> list[list[tuple[str, Finding]]]:
    """For each block of ``a``, the findings that ``_shown_in`` it, in their order: each finding is
    placed in the blocks its spans reach (found by bisection), not tested against every block, which
    was quadratic (seconds for an article of thousands of paragraphs with a finding each)."""
    blocks = a.blocks
    starts = [b.start for b in blocks]
    if any(b.end > nxt for b, nxt in zip(blocks, starts[1:], strict=False)):  # not in text order: test each pair
        return [[(fid, f) for fid, f in findings if _shown_in(block, f, a)] for block in blocks]
    ends: dict[int, list[int]] = {}
    for k, block in enumerate(blocks):
        ends.setdefault(block.end, []).append(k)

    def reached(lo: int, hi: int) -> Iterator[int]:
        """The blocks with start < hi and end > lo (blocks before the last start <= lo end by then)."""
        k = max(bisect.bisect_right(starts, lo) - 1, 0)
        while k < len(blocks) and blocks[k].start < hi:
            if blocks[k].end > lo:
                yield k
            k += 1

    out: list[list[tuple[str, Finding]]] = [[] for _ in blocks]
    for item in findings:
        f = item[1]
        hit = set(reached(f.span.start, max(f.span.end, f.span.start + 1)))
        for rel in f.related:
            if rel.other in (None, a):
                hit.update(reached(rel.span.start, rel.span.end))
        if f.span.start == f.span.end:
            hit.update(ends.get(f.span.start, ()))
        for k in hit:
            out[k].append(item)
    return out


def _article_html(item: _Article, data: list[dict[str, Any]]) -> str:
    a, r = item.article, item.result
    by_block: list[str] = []
    for block, inside in zip(a.blocks, _findings_by_block(a, item.findings), strict=True):
        by_block.append(f'<p class="k-{e(block.kind)}">{_segments(a, block.start, block.end, inside)}</p>')
    cards = "".join(_card(fid, f, a, d) for (fid, f), d in zip(item.findings, data, strict=True))
    line = f", line {a.meta['line']}" if "line" in a.meta else ""
    safe = sum(1 for d in data if d["edit"] and d["safety"] == "safe")
    return (
        f'<section class="article" id="a{item.index}" data-file="{item.file}" data-score="{r.score}">'
        f'<header><h2>{e(item.title)}</h2><span class="{score_class(r.score)}" title="{e(_score_tip(item))}">'
        f'{r.score:g}</span><span class="path">{e(r.path)}{line} &middot; {a.word_count} words &middot; '
        f'{len(item.findings)} finding{"s" if len(item.findings) != 1 else ""}</span>'
        f'<span class="toolbar"><button type="button" class="accept-safe"{" disabled" if not safe else ""}>'
        f'Accept all safe ({safe})</button> <button type="button" class="download" data-file="{item.file}">'
        f'Download corrected text</button> <span class="accepted-count"></span></span></header>'
        f'<div class="cols"><div class="text">{"".join(by_block)}</div>'
        f'<aside class="detail" aria-live="polite"><p class="hint">Click a highlighted passage for the message, '
        f'the evidence and the suggestion.</p></aside></div>'
        f'<details class="list" open><summary>Findings</summary><ol class="findings">{cards}</ol></details>'
        f'<details class="corrected"><summary>Corrected text (accepted suggestions applied)</summary>'
        f'<pre class="corrected-text"></pre></details></section>'
    )


def _score_tip(item: _Article) -> str:
    parts = sorted(contributions(f for _, f in item.findings).items(), key=lambda kv: -kv[1])
    shares = ", ".join(f"{c} {w:.1f}" for c, w in parts)
    return "garble score, 0 (clean) to 100" + (f"; weight by category: {shares}" if shares else "")


def _island(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=True, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def build(results: list[FileResult]) -> str:
    files: dict[str, int] = {}
    file_data: list[dict[str, Any]] = []
    items: list[_Article] = []
    for r in results:
        if r.article is None:
            continue
        if r.path not in files:
            files[r.path] = len(file_data)
            bom = bool(r.decoded and r.decoded.bom and r.decoded.encoding == "utf-8")
            file_data.append({"name": PurePath(r.path).name if r.path != "-" else "stdin.txt",
                              "source": r.article.source, "bom": bom})
        item = _Article(len(items), files[r.path], r, r.article)
        item.findings = [(f"f{item.index}-{i}", f) for i, f in enumerate(r.findings)]
        items.append(item)
    items.sort(key=lambda it: -(it.result.score or 0.0))
    articles_data = []
    sections = []
    for item in items:
        data = [_finding_data(fid, f, item.article) for fid, f in item.findings]
        articles_data.append({"file": item.file, "findings": data})
        sections.append(_article_html(item, data))
    present_c = {f.category for it in items for _, f in it.findings}
    present_s = {f.severity for it in items for _, f in it.findings}
    filters = "".join(
        f'<label><input type="checkbox" checked data-category="{e(c)}"><span class="swatch" '
        f'style="background:{CATEGORY_COLOURS.get(c, "#eee")}"></span>{e(c)}</label>'
        for c in CATEGORIES if c in present_c)
    filters += "".join(f'<label><input type="checkbox" checked data-severity="{s}">{s}</label>'
                       for s in reversed(SEVERITIES) if s in present_s)
    errors = [(r.path, p) for r in results for p in r.errors]
    nonce = secrets.token_urlsafe(16)
    colour_css = "".join(f".c-{c} {{ background: {v}; }}\n" for c, v in CATEGORY_COLOURS.items())
    total = sum(len(it.findings) for it in items)
    head = (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; '
        f"script-src 'nonce-{nonce}'; img-src data:; base-uri 'none'; form-action 'none'\">"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>lint-news report: {len(items)} article{'s' if len(items) != 1 else ''}</title>"
        f"<style>{CSS}{colour_css}</style></head><body>"
        f'<header class="top"><h1>lint-news report</h1><span>{len(items)} article{"s" if len(items) != 1 else ""}, '
        f'{total} finding{"s" if total != 1 else ""}</span><div class="filters">{filters}</div></header><main>'
    )
    body = []
    if errors:
        body.append('<ul class="errors">' + "".join(f"<li>{e(p)}: {e(m)}</li>" for p, m in errors) + "</ul>")
    if len(items) > 1:
        rows = "".join(
            f'<tr><td><span class="{score_class(it.result.score)}">{it.result.score:g}</span></td>'
            f'<td><a href="#a{it.index}">{e(it.title)}</a></td><td class="path">{e(it.result.path)}</td>'
            f"<td>{len(it.findings)}</td><td>{e(', '.join(sorted({f.category for _, f in it.findings})))}</td></tr>"
            for it in items)
        body.append('<table class="index"><thead><tr><th>Score</th><th>Article</th><th>File</th><th>Findings</th>'
                    f"<th>Categories</th></tr></thead><tbody>{rows}</tbody></table>")
    body.extend(sections)
    if not items:
        body.append("<p>No article was read.</p>")
    island = _island({"version": __version__, "files": file_data, "articles": articles_data, "colours": CATEGORY_COLOURS})
    tail = (f'</main><script type="application/json" id="lint-news-data">{island}</script>'
            f'<script nonce="{nonce}">{JS}</script></body></html>\n')
    return head + "".join(body) + tail


def write(results: list[FileResult], out: TextIO, options: dict[str, object]) -> None:
    out.write(build(results))

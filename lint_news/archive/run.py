"""`lint-news corpus`: lint archives of articles on Dask and write findings, duplicates and a summary.

The graph (dask.bag): one task per partition lints and writes its rows and returns a summary and
the headline keys; the summaries fold into one on the workers; the keys go through two shuffles
(exact copies, then MinHash bands for near copies) whose rows are written per partition too. The
client receives only the folded summary and a few counts, whatever the archive's size.
"""

from __future__ import annotations

import json
import logging
import sys
from collections import Counter
from collections.abc import Iterable
from operator import itemgetter
from pathlib import Path
from typing import Any

from . import DEFAULT_BLOCKSIZE
from .dupes import DUPLICATE_FIELDS, DUPLICATE_RULE, HeadRef, band_keys, exact_group, near_pairs
from .lint import BINS, LintOptions, PartSummary, engine_for, lint_part
from .sources import Part, plan
from .writers import RowWriter


def _lint(item: tuple[int, Part], options: LintOptions, out: str, fmt: str) -> tuple[PartSummary, list[HeadRef]]:
    return lint_part(item[0], item[1], options, out, fmt)


def _summary_of(result: tuple[PartSummary, list[HeadRef]]) -> PartSummary:
    return result[0]


def _heads_of(result: tuple[PartSummary, list[HeadRef]]) -> list[HeadRef]:
    return result[1]


def _combine(a: PartSummary, b: PartSummary) -> PartSummary:
    """A new summary (task results are shared and must not be changed in place)."""
    return PartSummary().merge(a).merge(b)


def _head_key(ref: HeadRef) -> str:
    return ref.key


def _unkey(group: tuple[str, list[tuple[str, Any]]]) -> tuple[str, list[Any]]:
    return group[0], [value for _, value in group[1]]


def _write_duplicates(index: int, rows: Iterable[dict[str, Any]], out: str, fmt: str) -> dict[str, int]:
    kinds: Counter[str] = Counter()
    with RowWriter(Path(out) / "duplicates", f"part-{index:05d}", fmt, DUPLICATE_FIELDS) as writer:
        for row in rows:
            writer.write(row)
            kinds[row["kind"]] += 1
    return dict(kinds)


def duplicates_selected(options: LintOptions) -> bool:
    """The headline shuffles stand for rule D105: they run unless --select leaves it out or --ignore names it."""
    def names(selectors: tuple[str, ...]) -> bool:
        return any(s.upper() == "ALL" or DUPLICATE_RULE.startswith(s.upper()) for s in selectors)

    return (not options.select or names(options.select)) and not names(options.ignore or ())


def build_graph(parts: list[Part], options: LintOptions, out: Path, fmt: str) -> list[Any]:
    """Dask objects whose results are the folded summary, then one count of duplicate rows per partition."""
    import dask.bag as db
    from dask import delayed

    n = len(parts)
    linted = db.from_sequence(list(enumerate(parts)), npartitions=n).map(_lint, options, str(out), fmt)
    summary = linted.map(_summary_of).fold(_combine, _combine, initial=PartSummary())
    if not duplicates_selected(options):
        return [summary]
    heads = linted.map(_heads_of).flatten()
    exact = heads.groupby(_head_key, shuffle="tasks", npartitions=n).map(exact_group)
    exact_rows = exact.pluck(0).flatten()
    near_rows = (exact.pluck(1).map(band_keys).flatten().groupby(itemgetter(0), shuffle="tasks", npartitions=n)
                 .map(_unkey).map(near_pairs).flatten())
    rows = db.concat([exact_rows, near_rows])
    writes = [delayed(_write_duplicates)(i, part, str(out), fmt) for i, part in enumerate(rows.to_delayed())]
    return [summary, *writes]


def check_options(parts: list[Part], options: LintOptions) -> None:
    """Unknown codes in --select/--ignore or a bad config fail here, before a cluster starts."""
    engine = engine_for(options)
    for folder in sorted({str(Path(part.path).parent) for part in parts}):
        cfg = engine.finder.for_path(Path(folder) / "_")
        cfg.validate(engine.registry)
        engine.codes_for(cfg, None)


def _client(scheduler: str | None, workers: int | None) -> tuple[Any, Any]:
    from distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler), None
    from ..parallel import default_jobs

    # one thread per worker process: linting is pure Python and holds the GIL
    # the scheduler's HTTP server always starts: on a free port, so two runs never collide on 8787
    cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                           host="127.0.0.1", dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR)
    return Client(cluster), cluster


def run_corpus(paths: list[str], out: Path, fmt: str = "jsonl", *, scheduler: str | None = None,
               workers: int | None = None, blocksize: int = DEFAULT_BLOCKSIZE, options: LintOptions | None = None,
               progress: bool = False, client: Any = None) -> dict[str, Any]:
    """Lint the archives at ``paths`` into ``out``; returns the summary (also written to out/summary.json)."""
    options = options or LintOptions()
    parts = plan(paths, blocksize)
    check_options(parts, options)
    out.mkdir(parents=True, exist_ok=True)
    for sub in ("articles", "findings", "duplicates"):  # a previous run's partitions would mix in
        for old in (out / sub).glob("part-*.*"):
            old.unlink()
    graph = build_graph(parts, options, out.resolve(), fmt)
    cluster = None
    if client is None:
        client, cluster = _client(scheduler, workers)
        owned = client
    else:
        owned = None
    try:
        futures = client.compute(graph)
        if progress:
            from distributed import progress as show

            show(futures)
        results = client.gather(futures)
    finally:
        if owned is not None:
            owned.close()
        if cluster is not None:
            cluster.close()
    folded: PartSummary = results[0]
    dupes: Counter[str] = Counter()
    for counts in results[1:]:
        dupes.update(counts)
    summary = summarise(folded, dict(dupes), len(parts), out, fmt)
    (out / "summary.json").write_text(json.dumps(summary, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return summary


def _percentile(histogram: list[int], q: float) -> int:
    total = sum(histogram)
    if not total:
        return 0
    seen = 0
    for score, count in enumerate(histogram):
        seen += count
        if seen >= q * total:
            return score
    return BINS - 1


def summarise(s: PartSummary, dupes: dict[str, int], partitions: int, out: Path, fmt: str) -> dict[str, Any]:
    bands = [sum(s.histogram[a : a + 10]) for a in range(0, 100, 10)]
    bands[-1] += s.histogram[100]
    by_category = dict(s.by_category.most_common())
    if dupes:
        by_category["duplicate"] = by_category.get("duplicate", 0) + sum(dupes.values())
    return {
        "articles": s.articles, "words": s.words, "findings": s.findings + sum(dupes.values()),
        "partitions": partitions,
        "by_category": by_category,
        "by_rule": dict(sorted(s.by_rule.items())),
        "by_severity": dict(s.by_severity),
        "duplicate_headlines": {"exact": dupes.get("exact", 0), "near": dupes.get("near", 0)},
        "score": {"bands": {f"{a}-{a + 9 if a < 90 else 100}": n for a, n in zip(range(0, 100, 10), bands, strict=True)},
                  "mean": round(sum(i * c for i, c in enumerate(s.histogram)) / s.articles, 1) if s.articles else 0.0,
                  "p50": _percentile(s.histogram, 0.5), "p90": _percentile(s.histogram, 0.9),
                  "p99": _percentile(s.histogram, 0.99)},
        "worst": [dict(row) for _, _, row in s.worst],
        "errors": s.errors, "error_samples": s.error_samples,
        "output": {"folder": str(out), "format": fmt,
                   "files": {k: f"{k}/part-*.{fmt}" for k in ("articles", "findings", "duplicates")}},
    }


def render(summary: dict[str, Any]) -> str:
    """The summary as text for a terminal."""
    lines = [f"{summary['articles']:,} articles, {summary['words']:,} words, {summary['findings']:,} findings "
             f"({summary['partitions']} partitions) -> {summary['output']['folder']}"]
    lines.append("findings by category: " + (", ".join(f"{k} {v:,}" for k, v in summary["by_category"].items()) or "none"))
    d = summary["duplicate_headlines"]
    lines.append(f"duplicate headlines: {d['exact']:,} exact copies, {d['near']:,} near pairs")
    sc = summary["score"]
    lines.append(f"garble score: mean {sc['mean']}, median {sc['p50']}, p90 {sc['p90']}, p99 {sc['p99']}")
    lines.append("  " + "  ".join(f"{band}: {n:,}" for band, n in sc["bands"].items()))
    if summary["worst"]:
        lines.append("worst articles:")
        for row in summary["worst"][:10]:
            where = row.get("id") or row.get("url") or f"{row['source']}@{row['locator']}"
            lines.append(f"  {row['score']:5.1f}  {row['findings']:3d} findings  {where}  {(row.get('title') or '')[:60]}")
    if summary["errors"]:
        lines.append(f"{summary['errors']} unreadable record(s): " + "; ".join(summary["error_samples"][:3]))
    return "\n".join(lines) + "\n"


def cmd_corpus(args: Any) -> int:
    """The `corpus` subcommand (arguments from lint_news.cli)."""
    try:
        import dask  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        print("lint-news corpus needs Dask: pip install 'lint-news[archive]'", file=sys.stderr)
        return 2
    options = LintOptions(tuple(args.select) if args.select else None, tuple(args.ignore) if args.ignore else None,
                          str(args.config) if args.config else None)
    progress = args.progress if args.progress is not None else sys.stderr.isatty()
    summary = run_corpus(list(args.paths), args.output, args.output_format, scheduler=args.scheduler,
                         workers=args.workers, blocksize=args.blocksize, options=options, progress=progress)
    sys.stdout.write(render(summary))
    return 1 if summary["findings"] else 0

"""The work of one partition, on a worker: lint its records, write its rows, return a small summary.

Each article is linted by the ordinary engine (as one JSON line, so title, body and meta are read
exactly as `lint-news check` reads a .jsonl file). Findings and per-article rows go straight to
this partition's own files; only the summary and the headline keys go back to Dask.
"""

from __future__ import annotations

import heapq
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .dupes import HeadRef, head_ref
from .sources import Part, Record, read_part
from .writers import RowWriter

WORST = 20  # worst articles kept per partition (and in the summary)
BINS = 101  # score histogram: one bin per point, 0..100
ARTICLE_FIELDS = ("source", "locator", "id", "url", "title", "date", "words", "score", "findings", "errors")
FINDING_FIELDS = ("source", "locator", "id", "url", "rule", "name", "category", "severity", "message",
                  "start", "end", "text", "suggestion", "confidence")


@dataclass(frozen=True)
class LintOptions:
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    config: str | None = None


@dataclass
class PartSummary:
    articles: int = 0
    words: int = 0
    findings: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_rule: Counter[str] = field(default_factory=Counter)
    by_severity: Counter[str] = field(default_factory=Counter)
    histogram: list[int] = field(default_factory=lambda: [0] * BINS)
    worst: list[tuple[float, int, dict[str, Any]]] = field(default_factory=list)  # (score, findings, article)
    errors: int = 0
    error_samples: list[str] = field(default_factory=list)

    def merge(self, other: PartSummary) -> PartSummary:
        self.articles += other.articles
        self.words += other.words
        self.findings += other.findings
        self.by_category.update(other.by_category)
        self.by_rule.update(other.by_rule)
        self.by_severity.update(other.by_severity)
        self.histogram = [a + b for a, b in zip(self.histogram, other.histogram, strict=True)]
        self.worst = _top(self.worst + other.worst)
        self.errors += other.errors
        self.error_samples = (self.error_samples + other.error_samples)[:10]
        return self


def _top(items: list[tuple[float, int, dict[str, Any]]]) -> list[tuple[float, int, dict[str, Any]]]:
    return heapq.nlargest(WORST, items, key=lambda t: (t[0], t[1], str(t[2].get("source")), -int(t[2]["locator"])))


_ENGINES: dict[LintOptions, Any] = {}


def engine_for(options: LintOptions) -> Any:
    """One engine per worker process and options (rules load once, not per partition)."""
    if options not in _ENGINES:
        from ..engine import Engine, Options

        _ENGINES[options] = Engine(Options(
            select=list(options.select) if options.select else None,
            ignore=list(options.ignore) if options.ignore else None,
            config=Path(options.config) if options.config else None))
    return _ENGINES[options]


def _as_line(fields: dict[str, Any]) -> str:
    """The record as one JSON line with string members, as the .jsonl loader reads them."""
    return json.dumps({k: v if isinstance(v, str) else str(v) for k, v in fields.items()}, ensure_ascii=False)


def lint_part(index: int, part: Part, options: LintOptions, out: str, fmt: str) -> tuple[PartSummary, list[HeadRef]]:
    """Lint every record of ``part``; write out/articles/part-N and out/findings/part-N."""
    from ..loading import DecodedText

    engine = engine_for(options)
    cfg = engine.finder.for_path(Path(part.path))
    summary = PartSummary()
    heads: list[HeadRef] = []
    name = f"part-{index:05d}"
    with RowWriter(Path(out) / "articles", name, fmt, ARTICLE_FIELDS) as articles, \
            RowWriter(Path(out) / "findings", name, fmt, FINDING_FIELDS) as findings:
        for record in read_part(part):
            if record.problem:
                summary.errors += 1
                summary.error_samples.append(f"{record.source} at byte {record.locator}: {record.problem}")
                continue
            results = engine.lint_text(f"{record.source}:{record.locator}", DecodedText(_as_line(record.fields), "utf-8"),
                                       ".jsonl", cfg)
            for result in results:
                if result.article is None:
                    summary.errors += 1
                    summary.error_samples.extend(f"{record.source} at {record.locator}: {e}" for e in result.errors)
                    continue
                _record_article(record, result, summary, articles, findings)
                ref = head_ref(result.article, record)
                if ref is not None:
                    heads.append(ref)
    summary.error_samples = summary.error_samples[:10]
    from .. import recache

    recache.save()  # a Dask worker may exit without running atexit: keep the patterns it compiled (no-op if none)
    return summary, heads


def _record_article(record: Record, result: Any, summary: PartSummary, articles: RowWriter,
                    findings: RowWriter) -> None:
    article = result.article
    ident = {"source": record.source, "locator": record.locator, "id": _str(record.fields.get("id")),
             "url": _str(record.fields.get("url"))}
    score = float(result.score or 0.0)
    row = {**ident, "title": _str(record.fields.get("title")), "date": _str(record.fields.get("date")),
           "words": article.word_count, "score": score, "findings": len(result.findings),
           "errors": "; ".join(result.errors) or None}
    articles.write(row)
    for f in result.findings:
        findings.write({**ident, "rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity,
                        "message": f.message, "start": f.span.start, "end": f.span.end,
                        "text": article.text[f.span.start : min(f.span.end, f.span.start + 200)],
                        "suggestion": f.suggestions[0].replacement if f.suggestions else None,
                        "confidence": round(float(f.confidence), 3)})
        summary.by_category[f.category] += 1
        summary.by_rule[f.rule] += 1
        summary.by_severity[f.severity] += 1
    summary.articles += 1
    summary.words += article.word_count
    summary.findings += len(result.findings)
    summary.histogram[min(BINS - 1, max(0, int(score)))] += 1
    summary.worst = _top([*summary.worst, (score, len(result.findings), row)]) if score > 0 else summary.worst


def _str(value: Any) -> str | None:
    return None if value is None else value if isinstance(value, str) else str(value)

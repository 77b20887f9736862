"""The report model: findings resolved to source positions, as the JSON contract describes them."""

from __future__ import annotations

from collections import Counter
from typing import Any

from ..document import Article
from ..engine import FileResult
from ..findings import Finding, Span

PositionDicts = tuple[dict[str, int], dict[str, int]]  # a span's start and end, as the report writes them


def position_dict(article: Article, span: Span) -> PositionDicts:
    (offset, line, column), (end, end_line, end_column) = article.positions(span)
    return ({"offset": offset, "line": line, "column": column}, {"offset": end, "line": end_line, "column": end_column})


def finding_dict(f: Finding, article: Article, seen: dict[tuple[int, int, int], PositionDicts] | None = None,
                 ) -> dict[str, Any]:
    """``seen`` keeps the positions of other articles' spans (D105 points at a few headlines many times)."""
    start, end = position_dict(article, f.span)
    suggestions = []
    for s in f.suggestions:
        item: dict[str, Any] = {"replacement": s.replacement, "safety": s.safety}
        if s.span is not None and s.span != f.span:
            s_start, s_end = position_dict(article, s.span)
            item.update(start=s_start, end=s_end)
        suggestions.append(item)
    related = []
    for r in f.related:
        other = r.other or article
        if seen is None or r.other is None:
            r_start, r_end = position_dict(other, r.span)
        else:
            key = (id(other), r.span.start, r.span.end)
            if key not in seen:
                seen[key] = position_dict(other, r.span)
            r_start, r_end = seen[key]
            r_start, r_end = dict(r_start), dict(r_end)  # copies: no part of the report is shared
        entry: dict[str, Any] = {"start": r_start, "end": r_end, "message": r.message}
        if r.other is not None:
            entry["path"] = r.other.path
        related.append(entry)
    return {
        "rule": f.rule, "name": f.name, "category": f.category, "severity": f.severity,
        "message": f.message, "start": start, "end": end, "suggestions": suggestions,
        "related": related, "confidence": round(f.confidence, 3),
        "text": article.slice(f.span) if f.span.end - f.span.start <= 200 else article.slice(Span(f.span.start, f.span.start + 200)) + "…",
    }


def file_dict(result: FileResult, seen: dict[tuple[int, int, int], PositionDicts] | None = None) -> dict[str, Any]:
    entry: dict[str, Any] = {"path": result.path}
    if result.article is not None:
        entry["score"] = result.score
        entry["words"] = result.article.word_count
        if result.article.format == "jsonl":
            entry["article"] = {k: result.article.meta[k] for k in ("line", "title", "url", "id") if k in result.article.meta}
        entry["findings"] = [finding_dict(f, result.article, seen) for f in result.findings]
        if "readability" in result.article.meta:  # set by the readability rules when they run
            entry["readability"] = result.article.meta["readability"]
    else:
        entry["findings"] = []
    if result.errors:
        entry["errors"] = result.errors
    if result.warnings:
        entry["warnings"] = result.warnings
    return entry


def summary_dict(results: list[FileResult]) -> dict[str, Any]:
    findings = [f for r in results for f in r.findings]
    return {
        "files": len({r.path for r in results}),
        "articles": sum(1 for r in results if r.article is not None),
        "findings": len(findings),
        "by_severity": dict(Counter(f.severity for f in findings)),
        "by_category": dict(Counter(f.category for f in findings)),
        "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
        "errors": sum(len(r.errors) for r in results),
    }

"""--format sarif: SARIF 2.1.0 for code scanning (GitHub, Azure DevOps, IDE viewers).

ruleId is the rule's code; the driver lists the metadata (name,
short and full description, help from the rule's docs, default level, category tag) for every rule. Regions
carry line, column (in code points: run.columnKind) and char offsets. A safe suggestion that maps
to a source edit becomes a ``fix``; partialFingerprints use the baseline's line-independent
fingerprint so that code scanning does not open a new alert when lines move.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import PurePath
from typing import Any, TextIO
from urllib.parse import quote

from .. import __version__
from ..baseline import PathSpeller, all_fingerprints, normalise_path
from ..document import Article
from ..engine import FileResult
from ..findings import Finding, Span
from ..fixes import fix_suggestion
from ..registry import Registry, RuleInfo, default_registry
from . import indented_json

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "info": "note"}
INFO_URI = "https://pypi.org/project/lint-news/"
FINGERPRINT_KEY = "lintNews/v1"


def artifact_uri(path: str, spell: Callable[[str], str] = normalise_path) -> str:
    """A relative (or file:) URI for ``path``, percent-encoded (``spell``: normalise_path, or a run's PathSpeller)."""
    if path == "-":
        return "stdin"
    posix = spell(path)
    if PurePath(posix).is_absolute():
        return "file://" + quote(posix)
    return quote(posix)


def location(path: str, spell: Callable[[str], str] = normalise_path) -> dict[str, str]:
    """An artifactLocation: relative to %SRCROOT% (the folder lint-news ran in) unless absolute."""
    uri = artifact_uri(path, spell)
    return {"uri": uri} if uri.startswith("file:") else {"uri": uri, "uriBaseId": "%SRCROOT%"}


def region(article: Article, span: Span) -> dict[str, int]:
    start, end = article.positions(span)
    return {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column,
            "charOffset": start.offset, "charLength": end.offset - start.offset}


def rule_descriptor(info: RuleInfo) -> dict[str, Any]:
    docs = info.docs
    full = docs.get("What it flags") or info.summary
    sections = "\n\n".join(f"## {heading}\n{body}" for heading, body in docs.items())
    help_text = "\n\n".join(f"{heading}: {body}" for heading, body in docs.items()) or info.summary
    return {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary},
        "fullDescription": {"text": full},
        "help": {"text": help_text, "markdown": f"**{info.code} {info.name}**: {info.summary}\n\n{sections}"},
        "defaultConfiguration": {"level": LEVELS[info.severity], "enabled": info.default_enabled},
        "properties": {"category": info.category, "tags": ["lint-news", info.category], "fixable": info.fixable},
    }


def _message(f: Finding) -> str:
    if not f.suggestions:
        return f.message
    return f"{f.message} (suggestion: {f.suggestions[0].replacement or '(delete)'})"


def result_dict(f: Finding, article: Article, path: str, rule_index: int, fingerprint: str,
                locate: Callable[[str], dict[str, str]] = location,
                related_region: Callable[[Article, Span], dict[str, int]] = region) -> dict[str, Any]:
    where = {"physicalLocation": {"artifactLocation": locate(path), "region": region(article, f.span)}}
    out: dict[str, Any] = {
        "ruleId": f.rule, "ruleIndex": rule_index, "level": LEVELS[f.severity],
        "message": {"text": _message(f)}, "locations": [where],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint},
        "properties": {"category": f.category, "confidence": round(f.confidence, 3), "name": f.name},
    }
    related = []
    for i, r in enumerate(f.related):
        other = r.other or article
        related.append({"id": i + 1, "message": {"text": r.message}, "physicalLocation": {
            "artifactLocation": locate(other.path),
            "region": related_region(other, r.span)}})
    if related:
        out["relatedLocations"] = related
    suggestion = fix_suggestion(f)
    edit = article.fix_edit(f, suggestion) if suggestion is not None else None
    if suggestion is not None and edit is not None:
        deleted = {"charOffset": edit.start, "charLength": edit.end - edit.start}
        out["fixes"] = [{"description": {"text": f"Replace with {suggestion.replacement!r}" if suggestion.replacement
                                         else "Delete"},
                         "artifactChanges": [{"artifactLocation": locate(path),
                                              "replacements": [{"deletedRegion": deleted,
                                                                "insertedContent": {"text": edit.replacement}}]}]}]
    return out


def _unknown(code: str) -> RuleInfo:
    return RuleInfo(code, code.lower(), "other", "warning", code, False)


def build(results: list[FileResult], registry: Registry | None = None) -> dict[str, Any]:
    log, run_results = _parts(results, registry)
    log["runs"][0]["results"] = list(run_results)
    return log


def _parts(results: list[FileResult], registry: Registry | None) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """The log without its run's results (the last key of the run), and the results, made one by one."""
    registry = registry or default_registry()
    # every rule, in code order, so that ruleIndex is stable from run to run
    fired = {f.rule for r in results for f in r.findings}
    infos = [rule.info for rule in registry]
    infos += [_unknown(code) for code in sorted(fired - {i.code for i in infos})]
    index = {info.code: i for i, info in enumerate(infos)}
    spell = PathSpeller()  # paths relative to the working folder, each folder resolved once
    prints = all_fingerprints(results, spell=spell)
    known: dict[str, dict[str, str]] = {}  # path -> location: resolving a path costs ~50 us

    def locate(path: str) -> dict[str, str]:
        loc = known.get(path)
        if loc is None:
            loc = known[path] = location(path, spell)
        return dict(loc)  # a copy each time: no part of the report is shared

    regions: dict[tuple[int, int, int], dict[str, int]] = {}  # D105 points at a few headlines many times

    def related_region(article: Article, span: Span) -> dict[str, int]:
        key = (id(article), span.start, span.end)
        if key not in regions:
            regions[key] = region(article, span)
        return dict(regions[key])

    artifacts: dict[str, dict[str, Any]] = {}
    notifications = []
    for r in results:
        uri = locate(r.path)["uri"]  # artifact_uri(r.path)
        if r.article is not None:
            entry = artifacts.get(uri)
            if entry is None:
                entry = artifacts[uri] = {"location": locate(r.path), "properties": {"garbleScores": []}}
            entry["properties"]["garbleScores"].append(r.score)
        for problem in r.errors:
            notifications.append({"level": "error", "message": {"text": problem},
                                  "locations": [{"physicalLocation": {"artifactLocation": {"uri": uri}}}]})
    invocation: dict[str, Any] = {"executionSuccessful": not notifications}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "lint-news", "version": __version__, "semanticVersion": __version__,
                                "informationUri": INFO_URI, "rules": [rule_descriptor(i) for i in infos]}},
            "columnKind": "unicodeCodePoints",
            "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The folder lint-news ran in."}}},
            "artifacts": list(artifacts.values()),
            "invocations": [invocation],
        }],
    }
    run_results = (result_dict(f, r.article, r.path, index[f.rule], prints[id(f)], locate, related_region)
                   for r in results if r.article is not None for f in r.findings)
    return log, run_results


def write(results: list[FileResult], out: TextIO, options: dict[str, object]) -> None:
    """build()'s log as json.dumps(indent=1) writes it, a result at a time: the log of a big run is
    never held whole as dicts (~10 bytes of objects per byte of JSON)."""
    registry = options.get("registry")
    log, run_results = _parts(results, registry if isinstance(registry, Registry) else None)
    head = indented_json.dumps(log, 1)
    # the run is the last item of the last container: the text ends with its closing brace, then "\n ]\n}"
    tail = "\n  }\n ]\n}"
    assert head.endswith(tail), "the run must be the log's last item"
    out.write(head[: -len(tail)] + ',\n   "results": ')
    first = next(run_results, None)
    if first is None:
        out.write("[]")
    else:
        out.write("[\n    " + indented_json.dumps(first, 1, 4))
        for item in run_results:
            out.write(",\n    " + indented_json.dumps(item, 1, 4))
        out.write("\n   ]")
    out.write(tail + "\n")

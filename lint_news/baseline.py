"""Baselines: record today's findings so CI on a repository with a backlog fails only on new ones.

A finding is identified by a fingerprint of its rule, the file's path (relative to the baseline
file's folder, so the baseline works from any working folder), the flagged text
(normalised: case and runs of whitespace) and its occurrence index among findings with the same
rule, path and text. Line numbers take no part, so edits elsewhere in the file do not turn old
findings into new ones. The same fingerprint serves SARIF's ``partialFingerprints``.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from pathlib import Path
from typing import Any

from .document import Article
from .engine import FileResult
from .errors import LintNewsError
from .findings import Finding

VERSION = 1


def normalise_path(path: str, root: Path | None = None) -> str:
    """A stable spelling of ``path``: relative to ``root`` (the working folder) when inside it, with /."""
    if path == "-":
        return path
    p = Path(path)
    try:
        return p.resolve().relative_to((root or Path.cwd()).resolve()).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


def normalise_text(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("’", "'")).strip().casefold()


def key(finding: Finding, article: Article, path: str, root: Path | None = None) -> str:
    return _key(finding, article, normalise_path(path, root))


def _key(finding: Finding, article: Article, spelt_path: str) -> str:
    """``key`` with the path already normalised (resolving a path costs ~50 us: once per file)."""
    return "\x1f".join((finding.rule, spelt_path, normalise_text(article.slice(finding.span))))


def fingerprint(key_: str, occurrence: int) -> str:
    return hashlib.sha256(f"{key_}\x1f{occurrence}".encode("utf-8", "surrogatepass")).hexdigest()[:32]


def all_fingerprints(results: list[FileResult], root: Path | None = None) -> dict[int, str]:
    """id(finding) -> fingerprint across a run (JSONL articles of one file share the counter)."""
    out: dict[int, str] = {}
    counters: dict[str, Counter[str]] = {}
    spelt: dict[str, str] = {}  # path -> normalise_path(path, root)
    for r in results:
        if r.article is None:
            continue
        seen = counters.setdefault(r.path, Counter())
        if r.findings and r.path not in spelt:
            spelt[r.path] = normalise_path(r.path, root)
        for f in r.findings:
            k = _key(f, r.article, spelt[r.path])
            out[id(f)] = fingerprint(k, seen[k])
            seen[k] += 1
    return out


def build(results: list[FileResult], root: Path | None = None) -> dict[str, Any]:
    prints = all_fingerprints(results, root)
    entries = []
    for r in results:
        if r.article is None or not r.findings:
            continue
        spelt = normalise_path(r.path, root)
        for f in r.findings:
            entries.append({"fingerprint": prints[id(f)], "rule": f.rule, "path": spelt,
                            "text": r.article.slice(f.span)[:120]})
    entries.sort(key=lambda e: (e["path"], e["rule"], e["fingerprint"]))
    return {"version": VERSION, "tool": "lint-news", "findings": entries}


def write(path: Path, results: list[FileResult]) -> int:
    data = build(results, path.resolve().parent)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return len(data["findings"])


def load(path: Path) -> set[str]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise LintNewsError(f"{path}: cannot read baseline: {exc}") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("findings"), list):
        raise LintNewsError(f"{path}: not a lint-news baseline (version {VERSION})")
    return {str(e["fingerprint"]) for e in data["findings"] if isinstance(e, dict) and "fingerprint" in e}


def apply(results: list[FileResult], known: set[str], root: Path | None = None) -> int:
    """Drop findings recorded in the baseline; returns how many were dropped."""
    prints = all_fingerprints(results, root)
    dropped = 0
    for r in results:
        kept = [f for f in r.findings if prints.get(id(f)) not in known]
        dropped += len(r.findings) - len(kept)
        r.findings = kept
    return dropped

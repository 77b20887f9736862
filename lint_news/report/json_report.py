"""--format json: the versioned report contract of DESIGN.md."""

from __future__ import annotations

import json
from typing import TextIO

from ..engine import FileResult
from . import indented_json
from .model import PositionDicts, file_dict, summary_dict

VERSION = 1


def build(results: list[FileResult]) -> dict[str, object]:
    seen: dict[tuple[int, int, int], PositionDicts] = {}  # positions of spans other findings point at
    return {"version": VERSION, "files": [file_dict(r, seen) for r in results], "summary": summary_dict(results)}


def write(results: list[FileResult], out: TextIO, options: dict[str, object]) -> None:
    # ensure_ascii keeps the report valid JSON even for lone surrogates in article text
    report = build(results)
    out.write(json.dumps(report, ensure_ascii=True) if options.get("compact") else indented_json.dumps(report, 1))
    out.write("\n")

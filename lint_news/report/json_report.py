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
    if options.get("compact"):
        out.write(json.dumps(build(results), ensure_ascii=True) + "\n")
        return
    # build(results) written with indent=1, a file entry at a time: the report of a big run is never
    # held whole as dicts (~10 bytes of objects per byte of JSON)
    seen: dict[tuple[int, int, int], PositionDicts] = {}
    out.write(f'{{\n "version": {VERSION},\n "files": ')
    if not results:
        out.write("[]")
    else:
        out.write("[\n  ")
        for i, r in enumerate(results):
            if i:
                out.write(",\n  ")
            out.write(indented_json.dumps(file_dict(r, seen), 1, 2))
        out.write("\n ]")
    out.write(f',\n "summary": {indented_json.dumps(summary_dict(results), 1, 1)}\n}}\n')

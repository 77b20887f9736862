"""Archive inputs cut into partitions: byte ranges of JSONL files, row groups of Parquet files.

A partition is a small picklable description (``Part``); a worker reads only its own records
(``read_part``), so neither the client nor any worker ever holds a whole archive.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import LintNewsError
from . import DEFAULT_BLOCKSIZE

FIELDS = ("title", "body", "text", "date", "url", "id")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
PARQUET_SUFFIXES = (".parquet", ".pq")


@dataclass(frozen=True)
class Part:
    path: str  # absolute: workers may run elsewhere (on a shared file system)
    kind: str  # "jsonl" or "parquet"
    start: int  # JSONL: first byte; Parquet: row group
    stop: int  # JSONL: byte after the range; Parquet: row group + 1
    display: str = ""  # the path as the user gave it, for reports


@dataclass(frozen=True)
class Record:
    """One article of an archive and where it is: a JSONL byte offset or a Parquet row number."""

    fields: dict[str, Any]
    source: str
    locator: int
    problem: str | None = None  # a line that is not a JSON object


def _files(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.suffix.lower() in JSONL_SUFFIXES + PARQUET_SUFFIXES
                              and p.is_file() and not p.name.startswith(".")))
        elif path.is_file():
            out.append(path)
        else:
            raise LintNewsError(f"{given}: no such file or directory")
    return out


def plan(paths: list[str], blocksize: int = DEFAULT_BLOCKSIZE) -> list[Part]:
    """The partitions of the archives at ``paths`` (files, or folders of .jsonl / .parquet files)."""
    parts: list[Part] = []
    for path in _files(paths):
        full, shown = str(path.resolve()), str(path)
        suffix = path.suffix.lower()
        if suffix in PARQUET_SUFFIXES:
            import pyarrow.parquet as pq

            groups = pq.ParquetFile(path).metadata.num_row_groups
            parts.extend(Part(full, "parquet", g, g + 1, shown) for g in range(groups))
        elif suffix in JSONL_SUFFIXES:
            size = os.path.getsize(path)
            parts.extend(Part(full, "jsonl", a, min(a + blocksize, size), shown) for a in range(0, max(size, 1), blocksize))
        else:
            raise LintNewsError(f"{path}: not an archive (expected {', '.join(JSONL_SUFFIXES + PARQUET_SUFFIXES)})")
    return parts


def read_part(part: Part) -> Iterator[Record]:
    if part.kind == "parquet":
        yield from _parquet_records(part)
    else:
        yield from _jsonl_records(part)


def _jsonl_records(part: Part) -> Iterator[Record]:
    """Lines that start inside [start, stop): a line crossing ``stop`` belongs to this part."""
    with open(part.path, "rb") as fh:
        offset = part.start
        if offset > 0:
            fh.seek(offset - 1)
            offset += len(fh.readline()) - 1  # the line in progress belongs to the previous part
        while offset < part.stop:
            line = fh.readline()
            if not line:
                break
            here, offset = offset, offset + len(line)
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                yield Record({}, part.display or part.path, here, f"not JSON: {str(exc).split(':')[0]}")
                continue
            if not isinstance(obj, dict):
                yield Record({}, part.display or part.path, here, "not a JSON object")
                continue
            yield Record({k: obj[k] for k in FIELDS if k in obj}, part.display or part.path, here)


def _parquet_records(part: Part) -> Iterator[Record]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(part.path)
    columns = [c for c in FIELDS if c in pf.schema_arrow.names]
    first = sum(pf.metadata.row_group(g).num_rows for g in range(part.start))
    row = first
    for group in range(part.start, part.stop):
        for batch in pf.iter_batches(batch_size=1024, row_groups=[group], columns=columns):
            for fields in batch.to_pylist():
                yield Record({k: v for k, v in fields.items() if v is not None}, part.display or part.path, row)
                row += 1

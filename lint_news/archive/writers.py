"""Partition files of rows, JSONL or Parquet, written as rows come and renamed into place when done."""

from __future__ import annotations

import json
import os
from pathlib import Path
from types import TracebackType
from typing import Any

FORMATS = ("jsonl", "parquet")
INTEGERS = frozenset({"locator", "other_locator", "start", "end", "words", "findings", "size", "others"})
FLOATS = frozenset({"score", "confidence", "similarity"})
BATCH = 4096  # Parquet rows buffered before a row group is written


class RowWriter:
    """``folder/name.jsonl`` or ``folder/name.parquet`` with the columns ``fields``."""

    def __init__(self, folder: Path, name: str, fmt: str, fields: tuple[str, ...]) -> None:
        if fmt not in FORMATS:
            raise ValueError(f"unknown output format {fmt!r}")
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / f"{name}.{fmt}"
        self.tmp = folder / f".{name}.{fmt}.{os.getpid()}.tmp"
        self.fmt = fmt
        self.fields = fields
        self.count = 0
        self._rows: list[dict[str, Any]] = []
        self._fh: Any = None
        self._parquet: Any = None
        if fmt == "jsonl":
            self._fh = open(self.tmp, "w", encoding="utf-8")  # noqa: SIM115 - closed in close()
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            schema = pa.schema([(f, pa.int64() if f in INTEGERS else pa.float64() if f in FLOATS else pa.string())
                                for f in fields])
            self._parquet = pq.ParquetWriter(self.tmp, schema)

    def write(self, row: dict[str, Any]) -> None:
        self.count += 1
        if self._fh is not None:
            self._fh.write(json.dumps({f: row.get(f) for f in self.fields}, ensure_ascii=False) + "\n")
            return
        self._rows.append(row)
        if len(self._rows) >= BATCH:
            self._flush()

    def _flush(self) -> None:
        if self._parquet is None or not self._rows:
            return
        import pyarrow as pa

        table = pa.Table.from_pylist([{f: r.get(f) for f in self.fields} for r in self._rows], schema=self._parquet.schema)
        self._parquet.write_table(table)
        self._rows = []

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()
        else:
            self._flush()
            self._parquet.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        if self._fh is not None:
            self._fh.close()
        elif self._parquet is not None:
            self._parquet.close()
        self.tmp.unlink(missing_ok=True)

    def __enter__(self) -> RowWriter:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if kind is None:
            self.close()
        else:
            self.abort()


def write_rows(folder: Path, name: str, fmt: str, fields: tuple[str, ...], rows: list[dict[str, Any]]) -> int:
    with RowWriter(folder, name, fmt, fields) as writer:
        for row in rows:
            writer.write(row)
    return writer.count


def read_rows(path: Path) -> list[dict[str, Any]]:
    """Every row of a partition file (for tests and small outputs)."""
    if path.suffix == ".parquet":
        import pyarrow.parquet as pq

        rows: list[dict[str, Any]] = pq.read_table(path).to_pylist()
        return rows
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]

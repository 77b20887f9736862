"""Map spans of an article's plain text back to the original file.

Loaders build a :class:`SourceMap` while they extract prose from a file: each piece of plain
text is recorded with the source range it came from. Pieces copied verbatim map character by
character; pieces that were decoded (an HTML entity, a JSON escape) map as one atomic unit; text
the loader synthesised (the blank line between two blocks) maps to a zero-width source point.
This module is the only place that turns plain-text offsets into source offsets and line:column.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from . import recache

_NEWLINE = recache.compile(r"\r\n|\r|\n")


class Position(NamedTuple):
    offset: int  # code points from the start of the decoded file
    line: int  # 1-based
    column: int  # 1-based, in code points


class LineIndex:
    """Offsets of line starts in a text, honouring \\n, \\r\\n and lone \\r.

    The articles of one JSONL file share one source string: ``LineIndex(source)`` returns the index
    already built for that very string, so a million articles do not build a million indexes.
    """

    _last: tuple[str, LineIndex] | None = None

    def __new__(cls, text: str) -> LineIndex:
        last = cls._last
        if last is not None and last[0] is text:
            return last[1]
        index = super().__new__(cls)
        index._build(text)
        if len(text) > 65536:  # worth sharing (and small texts are not kept alive)
            cls._last = (text, index)
        return index

    def _build(self, text: str) -> None:
        # one pass over the text (searching for \r from every line would be quadratic)
        if "\r" not in text:
            starts = [0]
            i = text.find("\n")
            while i >= 0:
                starts.append(i + 1)
                i = text.find("\n", i + 1)
        else:
            starts = [0, *(m.end() for m in _NEWLINE.finditer(text))]
        self._starts = starts
        self._length = len(text)

    def position(self, offset: int) -> Position:
        offset = max(0, min(offset, self._length))
        line = bisect.bisect_right(self._starts, offset) - 1
        return Position(offset, line + 1, offset - self._starts[line] + 1)

    def positions(self, start: int, end: int) -> tuple[Position, Position]:
        """``(position(start), position(end))`` with one search when both are on one line."""
        starts, length = self._starts, self._length
        start = max(0, min(start, length))
        end = max(0, min(end, length))
        line = bisect.bisect_right(starts, start) - 1
        first = Position(start, line + 1, start - starts[line] + 1)
        if end < start:
            return first, self.position(end)
        if line + 1 < len(starts) and end >= starts[line + 1]:  # on a later line
            line = bisect.bisect_right(starts, end, line + 1) - 1
        return first, Position(end, line + 1, end - starts[line] + 1)

    def line_start(self, line: int) -> int:
        """Offset where 1-based ``line`` starts (clamped to the text)."""
        line = max(1, min(line, len(self._starts)))
        return self._starts[line - 1]

    @property
    def line_count(self) -> int:
        return len(self._starts)


class SourceMap:
    """Plain-text offsets -> source offsets, built piece by piece in plain-text order."""

    def __init__(self) -> None:
        self._plain: list[int] = []  # start of each piece in plain text
        self._plain_end: list[int] = []
        self._src: list[int] = []
        self._src_end: list[int] = []
        self._length = 0

    @property
    def plain_length(self) -> int:
        return self._length

    def add_verbatim(self, src_start: int, length: int) -> None:
        """``length`` plain characters copied one for one from ``src_start``."""
        self._add(length, src_start, src_start + length)

    def add_atomic(self, length: int, src_start: int, src_end: int) -> None:
        """``length`` plain characters decoded from the source range as one unit."""
        self._add(length, src_start, src_end)

    def add_synthetic(self, length: int, src_point: int) -> None:
        """Characters with no source of their own (separators), pinned to a source point."""
        self._add(length, src_point, src_point)

    def _add(self, length: int, src_start: int, src_end: int) -> None:
        if length <= 0:
            return
        self._plain.append(self._length)
        self._length += length
        self._plain_end.append(self._length)
        self._src.append(src_start)
        self._src_end.append(src_end)

    def extend(self, plain: list[int], plain_end: list[int], src: list[int], src_end: list[int]) -> None:
        """Append pieces laid out by the caller, as ``_add`` would have recorded them one by one: the
        first starts at ``plain_length``, each of the others where the one before it ends, none empty."""
        if not plain:
            return
        if plain[0] != self._length:
            raise ValueError("pieces must continue the plain text")
        self._plain += plain
        self._plain_end += plain_end
        self._src += src
        self._src_end += src_end
        self._length = plain_end[-1]

    def _piece(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._plain, offset) - 1)

    def start(self, offset: int) -> int:
        """Source offset of the character that starts at plain ``offset``."""
        if not self._plain:
            return 0
        if offset >= self._length:
            return self._src_end[-1]
        k = self._piece(offset)
        return self._src_of(k, offset, at_end=False)

    def end(self, offset: int) -> int:
        """Source offset just after the plain character before ``offset``."""
        if not self._plain:
            return 0
        if offset <= 0:
            return self._src[0]
        k = self._piece(offset - 1)
        return self._src_of(k, offset, at_end=True)

    def _src_of(self, k: int, offset: int, at_end: bool) -> int:
        p0, p1 = self._plain[k], self._plain_end[k]
        s0, s1 = self._src[k], self._src_end[k]
        if s1 - s0 == p1 - p0:
            return s0 + (offset - p0)
        # atomic or synthetic piece: a boundary inside it snaps outward
        if at_end:
            return s1 if offset > p0 else s0
        return s0 if offset < p1 else s1

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Source range for the plain range [start, end)."""
        plain = self._plain
        if not plain or not 0 <= start < self._length:
            point = self.start(start)
            return (point, point) if end <= start else (point, max(point, self.end(end)))
        k = bisect.bisect_right(plain, start) - 1  # plain[0] == 0 <= start
        first = self._src_of(k, start, at_end=False)
        if end <= start:
            return first, first
        # end(end): the piece of the character before `end`, found from k on
        if end - 1 >= self._plain_end[k]:
            k = bisect.bisect_right(plain, end - 1, k) - 1
        return first, max(first, self._src_of(k, end, at_end=True))

    def pieces(self) -> list[tuple[int, int, int, int]]:
        """Every piece as (plain_start, plain_end, src_start, src_end), in plain-text order."""
        return list(zip(self._plain, self._plain_end, self._src, self._src_end, strict=True))

    def is_verbatim(self, start: int, end: int) -> bool:
        """True when every character of the plain range was copied one for one from the source."""
        if end <= start:
            return True
        k = self._piece(start)
        while k < len(self._plain) and self._plain[k] < end:
            if self._src_end[k] - self._src[k] != self._plain_end[k] - self._plain[k]:
                return False
            if k + 1 < len(self._plain) and self._plain[k + 1] < end and self._src[k + 1] != self._src_end[k]:
                return False  # the range crosses a gap in the source (markup between pieces)
            k += 1
        return True

"""Inline suppression comments in Markdown and HTML.

    <!-- lint-news: disable N101 B -->      off from here (codes or family prefixes; none = all)
    <!-- lint-news: enable N101 -->         on again
    <!-- lint-news: disable-next-line N101 -->  off for the next non-blank line
"""

from __future__ import annotations

import re
from typing import NamedTuple

from . import recache
from .sourcemap import LineIndex

_DIRECTIVE = recache.compile(r"<!--\s*lint-news:\s*(disable-next-line|disable|enable)\b([^>]*?)-->", re.S)


class _Range(NamedTuple):
    codes: tuple[str, ...]  # empty = every rule
    start: int
    end: int

    def covers(self, code: str, offset: int) -> bool:
        return self.start <= offset < self.end and (not self.codes or any(code.startswith(c) for c in self.codes))


class Suppressions:
    def __init__(self, comments: list[tuple[int, str]], source: str, lines: LineIndex) -> None:
        self.ranges: list[_Range] = []
        open_ranges: dict[tuple[str, ...], int] = {}
        for offset, text in comments:
            m = _DIRECTIVE.search(text)
            if not m:
                continue
            action = m.group(1)
            codes = tuple(c.upper() for c in re.split(r"[\s,]+", m.group(2).strip()) if c)
            after = offset + len(text)
            if action == "disable":
                open_ranges[codes] = after
            elif action == "enable":
                for key in [k for k in open_ranges if not codes or set(codes) & set(k) or k == codes]:
                    self.ranges.append(_Range(key, open_ranges.pop(key), offset))
            else:
                line = lines.position(after).line + 1
                while line <= lines.line_count and not _line_text(source, lines, line).strip():
                    line += 1
                start = lines.line_start(line)
                end = lines.line_start(line + 1) if line < lines.line_count else len(source)
                self.ranges.append(_Range(codes, start, end))
        for key, start in open_ranges.items():
            self.ranges.append(_Range(key, start, len(source) + 1))

    def suppressed(self, code: str, offset: int) -> bool:
        return any(r.covers(code, offset) for r in self.ranges)


def _line_text(source: str, lines: LineIndex, line: int) -> str:
    start = lines.line_start(line)
    end = lines.line_start(line + 1) if line < lines.line_count else len(source)
    return source[start:end]

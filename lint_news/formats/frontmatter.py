"""YAML (---) and TOML (+++) front matter at the top of a Markdown file.

The YAML and TOML parsers are imported only when a file has front matter (``yaml`` costs ~9 ms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..sourcemap import LineIndex

_FENCES = {"---": ("yaml", ("---", "...")), "+++": ("toml", ("+++",))}


@dataclass
class FrontMatter:
    data: dict[str, Any]
    raw_start: int  # offset of the front matter's content
    raw_end: int
    body_start: int  # offset where the Markdown body starts
    problem: str | None = None  # malformed or unterminated: the body is still linted


def split_front_matter(path: str, source: str) -> FrontMatter | None:
    text = source[1:] if source.startswith("\ufeff") else source
    skip = len(source) - len(text)
    first_nl = text.find("\n")
    first = (text if first_nl < 0 else text[:first_nl]).rstrip("\r").rstrip()
    if first not in _FENCES:
        return None
    kind, closers = _FENCES[first]
    content_start = skip + (len(text) if first_nl < 0 else first_nl + 1)
    pattern = re.compile(r"^(?:" + "|".join(re.escape(c) for c in closers) + r")[ \t]*\r?$", re.M)
    m = pattern.search(source, content_start)
    if not m:  # no front matter after all: the whole file is Markdown
        note = f"unterminated {kind.upper()} front matter (no closing '{closers[0]}' line); linted as Markdown"
        return FrontMatter({}, content_start, content_start, 0, note)
    raw = source[content_start : m.start()]
    import tomllib

    import yaml

    problem: str | None = None
    try:
        data = yaml.safe_load(raw) if kind == "yaml" else tomllib.loads(raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {LineIndex(source).position(content_start).line + mark.line}" if mark is not None else ""
        detail = getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
        data, problem = {}, f"malformed {kind.upper()} front matter{where}: {detail}; body linted without it"
    if data is None:
        data = {}
    if not isinstance(data, dict):
        data, problem = {}, f"{kind.upper()} front matter is not a mapping; body linted without it"
    body_start = m.end()
    if source.startswith("\r\n", body_start):
        body_start += 2
    elif source.startswith(("\n", "\r"), body_start):
        body_start += 1
    return FrontMatter(data, content_start, m.start(), body_start, problem)


def locate_value(source: str, fm: FrontMatter, key: str, value: str) -> tuple[int, int, bool] | None:
    """Source range of ``key``'s scalar value inside the front matter, and whether it is verbatim."""
    m = re.compile(rf"^[ \t]*{re.escape(key)}[ \t]*[:=][ \t]*(.*?)[ \t]*\r?$", re.M).search(
        source, fm.raw_start, fm.raw_end
    )
    if not m:
        return None
    a, b = m.start(1), m.end(1)
    raw = source[a:b]
    if raw != value and not _scalar_is(raw, value):
        return None  # a block scalar (| or >), a continued line, a comment...: not placeable exactly
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        a, b, raw = a + 1, b - 1, raw[1:-1]
    return a, b, raw == value


def _scalar_is(raw: str, value: str) -> bool:
    """Does the one-line scalar ``raw`` (YAML or TOML) read as ``value``?"""
    quoted = len(raw) >= 2 and raw[0] == raw[-1] in "'\"" and raw[1:-1] == value
    if quoted and raw[0] not in value and "\\" not in value and value.isprintable():
        return True  # nothing to unescape: what yaml.safe_load would read, without a parse (~50 us)
    import tomllib

    import yaml

    try:
        if yaml.safe_load("k: " + raw) == {"k": value}:
            return True
    except yaml.YAMLError:
        pass
    try:
        return tomllib.loads("k = " + raw) == {"k": value}
    except tomllib.TOMLDecodeError:
        return False

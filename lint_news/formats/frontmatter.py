"""YAML (---) and TOML (+++) front matter at the top of a Markdown file.

The YAML and TOML parsers are imported only when a file has front matter, and YAML front matter
of plain ``key: value`` lines is read without PyYAML at all (``simple_yaml``): importing ``yaml``
costs ~12 ms, a tenth of a single Markdown file's run.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from ..records import Record
from ..sourcemap import LineIndex

if TYPE_CHECKING:
    from datetime import date

_FENCES = {"---": ("yaml", ("---", "...")), "+++": ("toml", ("+++",))}


class FrontMatter(Record):
    """A file's front matter (a record, not a dataclass: ``dataclasses`` costs a cold start ~5 ms)."""

    __slots__ = _fields = ("data", "raw_start", "raw_end", "body_start", "problem")

    def __init__(self, data: dict[str, Any], raw_start: int, raw_end: int, body_start: int,
                 problem: str | None = None) -> None:
        self.data = data
        self.raw_start = raw_start  # offset of the front matter's content
        self.raw_end = raw_end
        self.body_start = body_start  # offset where the Markdown body starts
        self.problem = problem  # malformed or unterminated: the body is still linted


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
    problem: str | None = None
    data = simple_yaml(raw) if kind == "yaml" else None
    if data is None:
        data, problem = _parse(raw, kind, source, content_start)
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


def _parse(raw: str, kind: str, source: str, content_start: int) -> tuple[Any, str | None]:
    """The front matter read by PyYAML or tomllib, and what is wrong with it (None: nothing)."""
    import tomllib

    import yaml

    try:
        return (yaml.safe_load(raw) if kind == "yaml" else tomllib.loads(raw)), None
    except (yaml.YAMLError, tomllib.TOMLDecodeError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {LineIndex(source).position(content_start).line + mark.line}" if mark is not None else ""
        detail = getattr(exc, "problem", None) or (str(exc).splitlines() or [type(exc).__name__])[0]
        return {}, f"malformed {kind.upper()} front matter{where}: {detail}; body linted without it"


# One `key: value` line: a key PyYAML reads as a string (it reads only these words otherwise:
# booleans and nulls; numbers, dates and indicators never start with a letter; a simple key may
# not pass 1024 characters), then ": ", the value, and spaces it drops.
_SIMPLE_LINE = re.compile(r"([A-Za-z][A-Za-z0-9_-]{0,127}): +(.*?) *")
_NOT_STRINGS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF null Null NULL".split())
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")


def simple_yaml(raw: str) -> dict[str, Any] | None:
    """``yaml.safe_load(raw) or {}`` for front matter of plain ``key: value`` lines; None for any other.

    Blank lines aside, every line must be a key (see _SIMPLE_LINE) and a one-line value of a kind
    whose reading is certain: a quoted string with nothing to unescape, a YYYY-MM-DD date, or a
    plain string that starts with a letter, is no boolean or null, and holds no ':' or '#' (which
    could end it). A later repeat of a key wins, as in PyYAML. Anything else (lists, nesting,
    comments, numbers, tabs, escapes, characters Python does not print) returns None: PyYAML reads it.
    """
    data: dict[str, Any] = {}
    for line in raw.split("\n"):
        if line.endswith("\r"):
            line = line[:-1]
        if not line:
            continue
        m = _SIMPLE_LINE.fullmatch(line)
        if m is None or m[1] in _NOT_STRINGS:
            return None
        value = _simple_value(m[2])
        if value is None:
            return None
        data[m[1]] = value
    return data


def _simple_value(text: str) -> str | date | None:
    if not text.isprintable():  # also every YAML line break (\r, \x85, \u2028, \u2029) and BOM
        return None
    first = text[:1]
    if first == '"' or first == "'":
        inner = text[1:-1]
        if len(text) >= 2 and text[-1] == first and first not in inner and "\\" not in inner:
            return inner  # single-quoted: no '' inside; double-quoted: no escapes
        return None
    if first.isalpha():
        if text in _NOT_STRINGS or ":" in text or "#" in text:
            return None
        return text
    m = _DATE.fullmatch(text)
    if m is not None:
        import datetime

        try:
            return datetime.date(int(m[1]), int(m[2]), int(m[3]))  # what PyYAML's timestamp gives
        except ValueError:
            return None
    return None


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

"""JSON Lines: one article per line, {"title", "body" or "text", "date", "url"}.

Positions are reported in the JSONL file itself: the offset counts code points from the start
of the file, the line is the article's line, and the column points into that line's raw JSON,
inside the string that holds the text (a JSON escape such as \\n or \\u00e9 maps as one unit).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass

from .. import recache
from ..document import Article, ArticleBuilder
from ..errors import PartialInputError
from .plaintext import add_plain_blocks

_DECODER = json.JSONDecoder()
_JSON_LINE = recache.compile(r"[^\n]*\n?")
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
TEXT_KEYS = ("body", "text")


@dataclass
class RawString:
    """A JSON string's decoded text with, per character, its source range."""

    text: str
    starts: list[int]
    ends: list[int]


def _scan_string(line: str, at: int, base: int) -> tuple[RawString, int]:
    """Decode the JSON string whose opening quote is at line[at]; returns it and the index after."""
    chars: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = at + 1
    n = len(line)
    while i < n:
        ch = line[i]
        if ch == '"':
            return RawString("".join(chars), starts, ends), i + 1
        if ch == "\\":
            if i + 1 >= n:
                break
            esc = line[i + 1]
            if esc == "u":
                code = int(line[i + 2 : i + 6], 16)
                j = i + 6
                if 0xD800 <= code < 0xDC00 and line.startswith("\\u", j):
                    low = int(line[j + 2 : j + 6], 16)
                    if 0xDC00 <= low < 0xE000:
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                        j += 6
                chars.append(chr(code))
            elif esc in _ESCAPES:
                chars.append(_ESCAPES[esc])
                j = i + 2
            else:
                raise ValueError(f"bad escape at column {i + 1}")
            starts.append(base + i)
            ends.append(base + j)
            i = j
            continue
        chars.append(ch)
        starts.append(base + i)
        ends.append(base + i + 1)
        i += 1
    raise ValueError("unterminated string")


def _object_strings(line: str, base: int) -> dict[str, RawString]:
    """Top-level string members of the JSON object on ``line``, with their source ranges."""
    out: dict[str, RawString] = {}
    i = len(line) - len(line.lstrip())
    if i >= len(line) or line[i] != "{":
        raise ValueError("not a JSON object")
    i += 1
    while True:
        while i < len(line) and line[i] in " \t\r\n,":
            i += 1
        if i >= len(line):
            raise ValueError("unterminated object")
        if line[i] == "}":
            return out
        if line[i] != '"':
            raise ValueError(f"expected a key at column {i + 1}")
        key, i = _scan_string(line, i, base)
        while i < len(line) and line[i] in " \t:":
            i += 1
        if i < len(line) and line[i] == '"':
            value, i = _scan_string(line, i, base)
            out[key.text] = value
        else:
            _, i = _DECODER.raw_decode(line, i)


def _add_mapped(builder: ArticleBuilder, raw: RawString, a: int, b: int) -> None:
    """Append raw.text[a:b], verbatim runs as runs and escapes as atomic pieces."""
    i = a
    while i < b:
        j = i
        while j + 1 < b and raw.ends[j] - raw.starts[j] == 1 and raw.starts[j + 1] == raw.ends[j] and raw.ends[j + 1] - raw.starts[j + 1] == 1:
            j += 1
        if raw.ends[i] - raw.starts[i] == 1:
            builder.add(raw.text[i : j + 1], raw.starts[i])
        else:
            builder.add(raw.text[i], raw.starts[i], raw.ends[i])
            j = i
        i = j + 1


def _appender(builder: ArticleBuilder, raw: RawString) -> Callable[[int, int], None]:
    return lambda a, b: _add_mapped(builder, raw, a, b)


def load(path: str, source: str) -> list[Article]:
    articles: list[Article] = []
    errors: list[str] = []
    offset = 0
    # JSON Lines ends lines with \n only (str.splitlines would also split at U+0085, U+2028...)
    for number, m in enumerate(_JSON_LINE.finditer(source), start=1):
        line = m.group()
        if not line:
            break
        base = offset
        offset += len(line)
        if not line.strip():
            continue
        try:
            json.loads(line)
            members = _object_strings(line, base)
        except ValueError as exc:
            errors.append(f"line {number}: {str(exc).split(':')[0]}")
            continue
        builder = ArticleBuilder(path, source, "jsonl")
        title = members.get("title")
        if title and title.text.strip():
            builder.begin("headline")
            _add_mapped(builder, title, 0, len(title.text))
            builder.end()
        body = next((members[k] for k in TEXT_KEYS if k in members), None)
        if body is not None:
            add_plain_blocks(builder, body.text, _appender(builder, body), headline=False)
        article = builder.build(source_offset=base)
        article.meta.update({k: v.text for k, v in members.items() if k in ("title", "date", "url", "id")})
        article.meta["line"] = number
        articles.append(article)
    if errors:
        shown = "; ".join(errors[:3]) + (f"; and {len(errors) - 3} more" if len(errors) > 3 else "")
        raise PartialInputError(f"{len(errors)} bad JSON line(s) skipped ({shown})", path, articles)
    return articles

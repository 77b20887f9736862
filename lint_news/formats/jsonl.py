"""JSON Lines: one article per line, {"title", "body" or "text", "date", "url"}.

Positions are reported in the JSONL file itself: the offset counts code points from the start
of the file, the line is the article's line, and the column points into that line's raw JSON,
inside the string that holds the text (a JSON escape such as \\n or \\u00e9 maps as one unit).
"""

from __future__ import annotations

import bisect
import json
from collections.abc import Callable
from typing import NamedTuple

from .. import recache
from ..document import Article, ArticleBuilder
from ..errors import PartialInputError
from .plaintext import add_plain_blocks

_DECODER = json.JSONDecoder()
_JSON_LINE = recache.compile(r"[^\n]*\n?")
_QUOTE_OR_BACKSLASH = recache.compile(r'["\\]')
_ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
TEXT_KEYS = ("body", "text")


class RawString(NamedTuple):
    """A JSON string's decoded text and where it is in the source: its content starts at ``start``;
    ``escapes`` are the (text index, source start, source end) of each character written as an escape.
    Every other character is copied verbatim."""

    text: str
    start: int
    escapes: list[tuple[int, int, int]]


def _scan_string(line: str, at: int, base: int) -> tuple[RawString, int]:
    """Decode the JSON string whose opening quote is at line[at]; returns it and the index after."""
    chunks: list[str] = []
    escapes: list[tuple[int, int, int]] = []
    length = 0  # of the decoded text so far
    i = at + 1
    n = len(line)
    while (m := _QUOTE_OR_BACKSLASH.search(line, i)) is not None:
        k = m.start()
        if k > i:  # a verbatim run, copied in one slice
            chunks.append(line[i:k])
            length += k - i
        i = k
        if line[i] == '"':
            return RawString("".join(chunks), base + at + 1, escapes), i + 1
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
            chunks.append(chr(code))
        elif esc in _ESCAPES:
            chunks.append(_ESCAPES[esc])
            j = i + 2
        else:
            raise ValueError(f"bad escape at column {i + 1}")
        escapes.append((length, base + i, base + j))
        length += 1
        i = j
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
    escapes = raw.escapes
    k = bisect.bisect_left(escapes, (a,))  # the first escape at or after a
    # verbatim text restarts after each escape: text index i maps to resume_src + (i - resume_index)
    resume_index, resume_src = (escapes[k - 1][0] + 1, escapes[k - 1][2]) if k else (0, raw.start)
    i = a
    while i < b:
        e = escapes[k][0] if k < len(escapes) else b
        if i < e:  # verbatim up to the next escape
            j = min(e, b)
            builder.add(raw.text[i:j], resume_src + i - resume_index)
            i = j
        else:
            _, src_start, src_end = escapes[k]
            builder.add(raw.text[i], src_start, src_end)
            resume_index, resume_src = i + 1, src_end
            k += 1
            i += 1


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

"""Markdown with optional front matter, parsed with markdown-it-py.

A body with no markup at all (``plain_lines``: paragraphs and plain ATX headings) is laid out
directly, as markdown-it would parse it, without loading the parser. A body whose markup is the
simple kind news articles use (emphasis, links, one-line bullets, comments) gets markdown-it's tokens
from ``mdlite``, also without loading it. Otherwise markdown-it parses the body. The tokens give each
block its source lines; inside a block, each text token is aligned to the
source from a cursor that only moves forward, consuming backslash escapes and entities as atomic
pieces and skipping markup (emphasis marks, link targets, code spans, inline HTML) between tokens.
"""

from __future__ import annotations

import html
import re
from typing import TYPE_CHECKING, Any

from .. import recache
from ..document import Article, ArticleBuilder
from ..errors import PartialInputError
from ..sourcemap import LineIndex
from . import mdlite
from .frontmatter import FrontMatter, locate_value, split_front_matter

if TYPE_CHECKING:
    from collections.abc import Sequence

    from markdown_it.token import Token

    BlockToken = Token | mdlite.LiteToken

_ENTITY = recache.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ASCII_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
# What makes a body more than plain prose to a CommonMark parser (markdown-it, "commonmark" with
# tables): a character that can open inline markup; a line that can open a block other than a
# paragraph (indented code, a list item, a setext underline, a table's delimiter row, an ATX heading
# that is not a plain "## Words"); whitespace at a line's end (a hard break); a line break that
# markdown-it normalises (\r) or that other code may count as one (\x0b, \u2028, ...).
_NOT_PLAIN = recache.compile(
    r"[\\`*_\[\]<>&|~\r\0\x0b\x0c\x1c-\x1e\x85\u2028\u2029]"
    r"|^(?:[^\S\n]|[-+=:]|[0-9]{1,9}[.)]|#(?!#{0,5}[ \t]+[^#\s](?:[^\n]*[^#\s])?$))"
    r"|[^\S\n]$",
    re.MULTILINE,
)
HEADLINE_KEYS = ("title",)
STANDFIRST_KEYS = ("description", "summary", "subtitle")


def _align(text: str, source: str, start: int, limit: int) -> tuple[list[tuple[int, int, int]], int] | None:
    """Match ``text`` against source[start:limit]; pieces are (plain_len, src_start, src_end)."""
    n = len(text)
    if n and start + n <= limit and "\\" not in text and "&" not in text and source.startswith(text, start):
        return [(n, start, start + n)], start + n  # verbatim: what the loop below finds, in one C call
    pieces: list[tuple[int, int, int]] = []
    i, j = 0, start
    while i < n:
        if j >= limit:
            return None
        c, s = text[i], source[j]
        if s == "\\" and j + 1 < limit and source[j + 1] in _ASCII_PUNCT and source[j + 1] == c:
            pieces.append((1, j, j + 2))
            i, j = i + 1, j + 2
        elif s == "&" and (m := _ENTITY.match(source, j, limit)) and text.startswith(html.unescape(m.group()), i):
            decoded = html.unescape(m.group())
            if decoded == m.group():
                return None
            pieces.append((len(decoded), j, m.end()))
            i, j = i + len(decoded), m.end()
        elif s == c:
            if pieces and pieces[-1][2] == j and pieces[-1][2] - pieces[-1][1] == pieces[-1][0]:
                n0, a0, _ = pieces[-1]
                pieces[-1] = (n0 + 1, a0, j + 1)
            else:
                pieces.append((1, j, j + 1))
            i, j = i + 1, j + 1
        else:
            return None
    return pieces, j


def _find_alignment(text: str, source: str, cursor: int, limit: int) -> tuple[list[tuple[int, int, int]], int] | None:
    first = text[0]
    p = cursor
    while p < limit:
        ch = source[p]
        if ch == first or ch in "\\&":
            found = _align(text, source, p, limit)
            if found:
                return found
        p += 1
    return None


def _skip_link_target(source: str, cursor: int, limit: int) -> int:
    """After a link's text: skip ']' and its '(target "title")', '[ref]' or nothing."""
    close = source.find("]", cursor, limit)
    if close < 0:
        return cursor
    j = close + 1
    if j < limit and source[j] == "(":
        depth = 0
        while j < limit:
            if source[j] == "\\":
                j += 2
                continue
            if source[j] == "(":
                depth += 1
            elif source[j] == ")":
                depth -= 1
                if depth == 0:
                    return j + 1
            j += 1
        return limit
    if j < limit and source[j] == "[":
        end = source.find("]", j, limit)
        return end + 1 if end >= 0 else limit
    return j


class _InlineWriter:
    def __init__(self, builder: ArticleBuilder, source: str, comments: list[tuple[int, str]]) -> None:
        self.builder = builder
        self.source = source
        self.comments = comments

    def write(self, children: Sequence[BlockToken], start: int, limit: int) -> int:
        """Add the prose of one inline token found in source[start:limit]; returns where it ended."""
        cursor = start
        skip_depth = 0  # inside an autolink or image: not prose
        for tok in children:
            kind = tok.type
            if kind == "text":
                if not tok.content:
                    continue
                found = _find_alignment(tok.content, self.source, cursor, limit)
                if found is None:
                    continue  # cannot place it exactly: leave it out rather than misplace it
                pieces, cursor = found
                if skip_depth:
                    continue
                offset = 0
                for length, a, b in pieces:
                    self.builder.add(tok.content[offset : offset + length], a, b)
                    offset += length
            elif kind in ("softbreak", "hardbreak"):
                if not skip_depth:
                    self.builder.add_synthetic(" ")
            elif kind == "code_inline":
                open_at = self.source.find(tok.markup, cursor, limit)
                if open_at >= 0:
                    close = self.source.find(tok.markup, open_at + len(tok.markup) + len(tok.content.strip()), limit)
                    cursor = close + len(tok.markup) if close >= 0 else cursor
                self.builder.add_synthetic(" ")
            elif kind == "html_inline":
                at = self.source.find(tok.content, cursor, limit)
                if at >= 0:
                    if tok.content.startswith("<!--"):
                        self.comments.append((at, tok.content))
                    cursor = at + len(tok.content)
            elif kind == "link_open" and tok.markup == "autolink":
                skip_depth += 1
            elif kind == "link_close" and tok.markup == "autolink":
                skip_depth -= 1
                end = self.source.find(">", cursor, limit)
                cursor = end + 1 if end >= 0 else cursor
            elif kind == "link_close":
                cursor = _skip_link_target(self.source, cursor, limit)
            elif kind == "image":
                at = self.source.find("![", cursor, limit)
                if at >= 0:
                    cursor = _skip_link_target(self.source, at + 2, limit)
        return cursor


def _add_front_matter_block(builder: ArticleBuilder, source: str, fm: FrontMatter, keys: tuple[str, ...], kind: str) -> str | None:
    for key in keys:
        value = fm.data.get(key)
        if isinstance(value, str) and value.strip():
            builder.begin(kind)
            loc = locate_value(source, fm, key, value)
            if loc is None:  # a multi-line or otherwise unplaceable value: pin it to the front matter
                builder.add(value, fm.raw_start, fm.raw_end)
            else:
                a, b, verbatim = loc
                builder.add(value, a, b if not verbatim else None)
            builder.end()
            return value
    return None


def load(path: str, source: str) -> list[Article]:
    fm = split_front_matter(path, source)
    builder = ArticleBuilder(path, source, "md")
    comments: list[tuple[int, str]] = []
    body_start = 0
    meta: dict[str, Any] = {}
    has_title = False
    if fm is not None:
        body_start = fm.body_start
        meta = {k: v for k, v in fm.data.items() if isinstance(k, str)}
        has_title = _add_front_matter_block(builder, source, fm, HEADLINE_KEYS, "headline") is not None
        _add_front_matter_block(builder, source, fm, STANDFIRST_KEYS, "standfirst")
    body = source[body_start:]
    plain = plain_lines(body, body_start, not has_title and not builder.has_blocks())
    if plain is not None:  # nothing a parser would read as markup: the lines are the blocks
        builder.add_lines(plain)
    else:
        _add_parsed(builder, source, body, body_start, has_title, comments)
    article = builder.build()
    article.meta.update(meta)
    article.meta["comments"] = sorted(comments)
    if article.headline and "title" not in article.meta:
        article.meta["title"] = article.block_text(article.headline)
    if fm is not None and fm.problem:
        raise PartialInputError(fm.problem, path, [article])
    return [article]


def plain_lines(body: str, offset: int, headline: bool) -> list[tuple[str | None, int, str]] | None:
    """The blocks of a body with no markup, as ``ArticleBuilder.add_lines`` takes them (``offset``:
    where the body starts in the source; ``headline``: an opening heading is the headline), exactly
    as markdown-it's paragraphs and ATX headings would give them; None when anything in the body
    could be markup (``_NOT_PLAIN``), for the parser to read."""
    if _NOT_PLAIN.search(body):
        return None
    out: list[tuple[str | None, int, str]] = []
    start = offset
    begins = True  # the next non-blank line begins a block
    for line in body.split("\n"):
        if not line:
            begins = True
        elif line[0] == "#":  # "## Words": the heading's text, after the marks and the space
            text = line.lstrip("#").lstrip(" \t")
            out.append(("headline" if headline and not out else "heading", start + len(line) - len(text), text))
            begins = True
        else:  # a paragraph's first line, or a line of the open one (a soft break: one space)
            out.append(("paragraph" if begins else None, start, line))
            begins = False
        start += len(line) + 1
    return out


def block_tokens(body: str) -> Sequence[BlockToken]:
    """markdown-it's block tokens for ``body``: read by ``mdlite`` when its markup is that simple."""
    tokens = mdlite.block_tokens(body)
    if tokens is not None:
        return tokens
    from .commonmark import PARSER

    return PARSER.parse(body)


def _add_parsed(builder: ArticleBuilder, source: str, body: str, body_start: int, has_title: bool,
                comments: list[tuple[int, str]]) -> None:
    """The blocks of a Markdown body, as markdown-it parses it."""
    lines = LineIndex(body)
    writer = _InlineWriter(builder, source, comments)
    context: list[str] = []
    prev_map: list[int] | None = None
    prev_end = 0
    for tok in block_tokens(body):
        if tok.type.endswith("_open") and tok.nesting == 1:
            context.append(tok.type[: -len("_open")])
        elif tok.type.endswith("_close") and tok.nesting == -1:
            if context:
                context.pop()
        elif tok.type == "inline" and tok.map is not None:
            start = body_start + lines.line_start(tok.map[0] + 1)
            limit = body_start + (lines.line_start(tok.map[1] + 1) if tok.map[1] < lines.line_count else len(body))
            if tok.map == prev_map:  # another cell of the same table row: search after the previous one
                start = max(start, prev_end)
            builder.begin(_block_kind(context, has_title, builder))
            if context and context[-1] == "heading" and not has_title and not builder.has_blocks():
                has_title = True
            prev_end, prev_map = writer.write(tok.children or [], start, limit), tok.map
            builder.end()
        elif tok.type == "html_block" and tok.map is not None:
            start = body_start + lines.line_start(tok.map[0] + 1)
            for m in re.finditer(r"<!--.*?-->", tok.content, re.S):
                comments.append((source.find(m.group(), start), m.group()))


def _block_kind(context: list[str], has_title: bool, builder: ArticleBuilder) -> str:
    if "heading" in context:
        return "headline" if not has_title and not builder.has_blocks() else "heading"
    if "blockquote" in context:
        return "quote"
    if "list_item" in context or "table" in context:
        return "list-item"
    return "paragraph"

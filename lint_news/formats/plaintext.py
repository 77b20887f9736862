"""Plain text: the first non-empty line is the headline, a short line after it the standfirst."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import repeat

from .. import recache
from ..document import Article, ArticleBuilder

_NEWLINE = recache.compile(r"(\r\n|\r|\n)")
STANDFIRST_MAX_WORDS = 30
_DATELINE = recache.compile(r"^[A-Z][A-Za-z .,'-]{1,40}\((?:AP|AFP|Reuters|dpa|UPI)\)\s*[—–-]")


def _split_lines(text: str) -> tuple[list[str], Iterable[int]]:
    """The lines of ``text`` and the width of the newline after each."""
    if "\r" in text:
        parts = _NEWLINE.split(text)  # lines at even indexes, the newline after each at odd ones
        return parts[::2], [*map(len, parts[1::2]), 0]  # the last line has no newline
    return text.split("\n"), repeat(1)  # the common case: split in C, every newline one character wide


def _is_wrapped(prev: str, nxt: str) -> bool:
    """A hard-wrapped paragraph: a long line that does not end a sentence, continued in lower case."""
    return len(prev) >= 60 and not prev.rstrip().endswith((".", "!", "?", ":", '"', "”", "’")) and nxt[:1].islower()


def add_plain_blocks(
    builder: ArticleBuilder, text: str, add: Callable[[int, int], None] | None = None, headline: bool = True
) -> None:
    """Split ``text`` into blocks; ``add(a, b)`` appends text[a:b] to the builder with its source
    (None: ``text`` is the builder's source, copied verbatim)."""
    lines = _block_lines(text, headline)
    if add is None:
        builder.add_lines(lines)  # every line verbatim: laid out in one call
        return
    for kind, a, line in lines:
        if kind is None:
            builder.add_synthetic(" ")  # continue the open paragraph
        else:
            builder.begin(kind)
        add(a, a + len(line))


def _block_lines(text: str, headline: bool) -> list[tuple[str | None, int, str]]:
    """(kind, start, text) of each non-blank line: the kind of block the line begins, None when it
    continues a hard-wrapped paragraph (one pass over the lines, blank ones included)."""
    lines, widths = _split_lines(text)
    out: list[tuple[str | None, int, str]] = []
    start = 0
    prev = ""  # the line before, when it is not blank
    for line, width in zip(lines, widths, strict=False):
        if line.strip():
            kind: str | None
            if len(out) > 1:  # a line right after a long one may continue a wrapped paragraph
                kind = None if prev and _is_wrapped(prev, line.lstrip()) else "paragraph"
            elif not out:
                kind = "headline" if headline else "paragraph"
            else:
                kind = "standfirst" if headline and _standfirst_candidate(line) else "paragraph"
            out.append((kind, start, line))
            prev = line
        else:
            prev = ""
        start += len(line) + width
    return out


def _standfirst_candidate(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= STANDFIRST_MAX_WORDS and not _DATELINE.match(line.strip())


def load(path: str, source: str) -> list[Article]:
    builder = ArticleBuilder(path, source, "txt")
    add_plain_blocks(builder, source)
    article = builder.build()
    blocks = article.blocks
    if blocks and blocks[0].kind == "headline":  # the first line is the headline, no later line is
        article.meta["title"] = article.block_text(blocks[0])
    return [article]

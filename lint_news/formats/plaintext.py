"""Plain text: the first non-empty line is the headline, a short line after it the standfirst."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import repeat

from .. import recache
from ..document import Article, ArticleBuilder

_NEWLINE = recache.compile(r"(\r\n|\r|\n)")
STANDFIRST_MAX_WORDS = 30
_DATELINE = recache.compile(r"^[A-Z][A-Za-z .,'-]{1,40}\((?:AP|AFP|Reuters|dpa|UPI)\)\s*[—–-]")


def _content_lines(text: str) -> list[tuple[int, int, str]]:
    """(number, start, text) of each non-blank line, its newline (\\n, \\r\\n or a lone \\r) excluded."""
    widths: Iterable[int]
    if "\r" in text:
        parts = _NEWLINE.split(text)  # lines at even indexes, the newline after each at odd ones
        lines, widths = parts[::2], [*map(len, parts[1::2]), 0]  # the last line has no newline
    else:  # the common case: split in C, every newline one character wide
        lines, widths = text.split("\n"), repeat(1)
    out = []
    start = 0
    for number, (line, width) in enumerate(zip(lines, widths, strict=False)):  # repeat(1) never ends
        if line.strip():
            out.append((number, start, line))
        start += len(line) + width
    return out


def _is_wrapped(prev: str, nxt: str) -> bool:
    """A hard-wrapped paragraph: a long line that does not end a sentence, continued in lower case."""
    return len(prev) >= 60 and not prev.rstrip().endswith((".", "!", "?", ":", '"', "”", "’")) and nxt[:1].islower()


def add_plain_blocks(
    builder: ArticleBuilder, text: str, add: Callable[[int, int], None] | None = None, headline: bool = True
) -> None:
    """Split ``text`` into blocks; ``add(a, b)`` appends text[a:b] to the builder with its source
    (None: ``text`` is the builder's source, copied verbatim)."""
    first = True
    prev_text = ""
    prev_number = -2
    seen_headline = not headline
    for idx, (number, a, line) in enumerate(_content_lines(text)):
        adjacent = number == prev_number + 1
        if not seen_headline:
            builder.begin("headline")
            seen_headline = True
        elif first is False and idx == 1 and headline and _standfirst_candidate(line):
            builder.begin("standfirst")
        elif adjacent and prev_text and _is_wrapped(prev_text, line.lstrip()) and idx > 1:
            builder.add_synthetic(" ")  # continue the open paragraph
        else:
            builder.begin("paragraph")
        if add is None:
            builder.add(line, a)
        else:
            add(a, a + len(line))
        prev_text = line
        prev_number = number
        first = False


def _standfirst_candidate(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= STANDFIRST_MAX_WORDS and not _DATELINE.match(line.strip())


def load(path: str, source: str) -> list[Article]:
    builder = ArticleBuilder(path, source, "txt")
    add_plain_blocks(builder, source)
    article = builder.build()
    if article.headline:
        article.meta["title"] = article.block_text(article.headline)
    return [article]

"""Plain text: the first non-empty line is the headline, a short line after it the standfirst."""

from __future__ import annotations

from collections.abc import Callable

from .. import recache
from ..document import Article, ArticleBuilder

_LINE = recache.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
STANDFIRST_MAX_WORDS = 30
_DATELINE = recache.compile(r"^[A-Z][A-Za-z .,'-]{1,40}\((?:AP|AFP|Reuters|dpa|UPI)\)\s*[—–-]")


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line's content, newline excluded."""
    out = []
    for m in _LINE.finditer(text):
        if m.start() == len(text) and m.end() == m.start():
            break
        content = m.group().rstrip("\r\n")
        out.append((m.start(), m.start() + len(content)))
    return out


def _is_wrapped(prev: str, nxt: str) -> bool:
    """A hard-wrapped paragraph: a long line that does not end a sentence, continued in lower case."""
    return len(prev) >= 60 and not prev.rstrip().endswith((".", "!", "?", ":", '"', "”", "’")) and nxt[:1].islower()


def add_plain_blocks(
    builder: ArticleBuilder, text: str, add: Callable[[int, int], None], headline: bool = True
) -> None:
    """Split ``text`` into blocks; ``add(a, b)`` appends text[a:b] to the builder with its source."""
    all_lines = _lines(text)
    lines = [(n, a, b) for n, (a, b) in enumerate(all_lines) if text[a:b].strip()]
    first = True
    prev_text = ""
    prev_number = -2
    seen_headline = not headline
    for idx, (number, a, b) in enumerate(lines):
        line = text[a:b]
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
        add(a, b)
        prev_text = line
        prev_number = number
        first = False


def _standfirst_candidate(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= STANDFIRST_MAX_WORDS and not _DATELINE.match(line.strip())


def load(path: str, source: str) -> list[Article]:
    builder = ArticleBuilder(path, source, "txt")
    add_plain_blocks(builder, source, lambda a, b: builder.add(source[a:b], a))
    article = builder.build()
    if article.headline:
        article.meta["title"] = article.block_text(article.headline)
    return [article]

"""What the Markdown loader's fast paths are compared on: the articles a source gives, as state."""

from __future__ import annotations

from typing import Any

from lint_news.document import Article
from lint_news.errors import PartialInputError
from lint_news.formats import markdown


def state(articles: list[Article]) -> list[tuple[Any, ...]]:
    """Text, blocks, source map and meta of each article."""
    return [(a.text, [(b.kind, b.span.start, b.span.end, b.index) for b in a.blocks], vars(a.smap), a.meta)
            for a in articles]


def load(source: str) -> list[Article]:
    """The loader's articles, those of a file with broken front matter too."""
    try:
        return markdown.load("story.md", source)
    except PartialInputError as exc:
        return exc.articles

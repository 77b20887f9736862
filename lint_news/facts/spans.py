"""Small helpers over an article's sentences shared by the contradiction rules."""

from __future__ import annotations

import bisect

from ..document import Article
from ..findings import Span


def _starts(article: Article) -> list[int]:
    return [s.start for s in article.sentences]


def sentence_index(article: Article, offset: int) -> int:
    """Index of the sentence holding ``offset`` (the one before it when between sentences)."""
    starts: list[int] = article.analysis("facts.sentence-starts", _starts)
    return max(0, bisect.bisect_right(starts, offset) - 1)


def sentence_span(article: Article, offset: int) -> Span:
    sentences = article.sentences
    if not sentences:
        return Span(0, len(article.text))
    return sentences[sentence_index(article, offset)].span


def sentence_text(article: Article, offset: int) -> tuple[int, str]:
    span = sentence_span(article, offset)
    return span.start, article.text[span.start : span.end]

"""Small helpers over an article's sentences shared by the contradiction rules."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

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


def find_all(text: str, needles: tuple[str, ...], start: int = 0, end: int | None = None) -> list[int]:
    """Sorted start offsets of every needle in text[start:end].

    ``str.find`` scans far faster than a regex whose first character is common, so the rules
    find their rare anchor words this way and run their full patterns on small windows only.
    """
    end = len(text) if end is None else end
    out = []
    for needle in needles:
        i = text.find(needle, start, end)
        while i >= 0:
            out.append(i)
            i = text.find(needle, i + 1, end)
    out.sort()
    return out


def indexes(items: list[str], item: str) -> Iterator[int]:
    """Where ``item`` is in ``items``: list.index scans in C, where a comprehension tests every word."""
    at = -1
    try:
        while True:
            at = items.index(item, at + 1)
            yield at
    except ValueError:
        return

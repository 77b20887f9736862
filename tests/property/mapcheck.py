"""Checks that an Article's source map is honest: every piece of plain text points at the source
text it came from, and every block, sentence and word span maps inside the source."""

from __future__ import annotations

import html
import json
import re

import yaml

from lint_news.document import Article
from lint_news.findings import Span


def decodes_to(raw: str, plain: str) -> bool:
    """Does the source text ``raw`` decode to ``plain`` (entity, escape, JSON or YAML string)?"""
    if html.unescape(raw) == plain:
        return True
    if len(raw) == 2 and raw[0] == "\\" and raw[1] == plain:
        return True
    try:
        if json.loads('"' + raw + '"') == plain:
            return True
    except ValueError:
        pass
    # a front-matter value (its quotes stripped), or a whole front matter holding it
    for doc in ("k: '" + raw + "'", 'k: "' + raw + '"', raw):
        try:
            value = yaml.safe_load(doc)
        except yaml.YAMLError:
            continue
        if isinstance(value, dict) and plain in value.values():
            return True
    return plain in html.unescape(raw)  # og:title pinned to its whole tag


def check_pieces(article: Article) -> None:
    source, text = article.source, article.text
    last = 0
    pieces = article.smap.pieces()
    assert (pieces[-1][1] if pieces else 0) == len(text)
    expected_plain = 0
    for p0, p1, s0, s1 in pieces:
        assert p0 == expected_plain and p1 > p0
        expected_plain = p1
        assert 0 <= s0 <= s1 <= len(source), (s0, s1, len(source))
        plain = text[p0:p1]
        if s0 == s1:
            assert plain.isspace(), f"synthetic piece {plain!r} is not white space"
            continue
        assert s0 >= last or article.format == "html", f"pieces go backwards at {s0} < {last}"
        last = s1
        raw = source[s0:s1]
        if s1 - s0 == p1 - p0:
            assert raw == plain, f"verbatim piece {plain!r} != source {raw!r}"
        else:
            assert decodes_to(raw, plain), f"decoded piece {plain!r} does not come from {raw!r}"


def check_span(article: Article, span: Span) -> None:
    source, text = article.source, article.text
    a, b = article.source_span(span)
    assert 0 <= a <= b <= len(source)
    if span.end > span.start and article.smap.is_verbatim(span.start, span.end):
        assert source[a:b] == text[span.start : span.end], (source[a:b], text[span.start : span.end])
    elif span.end > span.start:
        # endpoints: the first and last characters' own source ranges lie inside [a, b)
        for p0, p1, s0, s1 in article.smap.pieces():
            if p1 <= span.start or p0 >= span.end or s0 == s1:
                continue
            lo = s0 + (max(p0, span.start) - p0) if s1 - s0 == p1 - p0 else s0
            hi = s0 + (min(p1, span.end) - p0) if s1 - s0 == p1 - p0 else s1
            assert a <= lo <= hi <= b, (span, (a, b), (lo, hi))
    start, end = article.positions(span)
    assert start.offset == a and end.offset == b
    lines = re.findall(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$", source)  # only \n, \r\n and \r end lines
    assert 1 <= start.line <= max(1, len(lines) + 1)
    if start.line <= len(lines):
        assert 1 <= start.column <= len(lines[start.line - 1]) + 1


def check_article(article: Article) -> None:
    text = article.text
    check_pieces(article)
    for block in article.blocks:
        assert text[block.start : block.end].strip() == text[block.start : block.end] != ""
        check_span(article, block.span)
    for sentence in article.sentences:
        check_span(article, sentence.span)
    for word in article.words:
        check_span(article, Span(word.start, word.end))

"""P104: a quotation opened with a single mark and closed with a double one (‘ … ”)."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

_MARKS = lazy_compile("[“”‘’]")


def mismatched(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """(open, close) offsets of ‘ … ” pairs in text[start:end], outside double quotations."""
    in_double = False
    opened: int | None = None  # offset of a ‘ that opened a quotation
    for m in _MARKS.finditer(text, start, end):
        i, ch = m.start(), m.group()
        if opened is not None:
            if ch == "”":
                yield opened, i
                opened = None
                continue
            if ch == "’" and (i + 1 >= end or not text[i + 1].isalnum()):
                opened = None  # a proper single-quote pair
                continue
            if ch not in "“‘":
                continue  # an apostrophe inside a word
            opened = None  # another quotation begins: handled below
        if ch == "“":
            in_double = True
        elif ch == "”":
            in_double = False
        elif ch == "‘" and not in_double and (i == start or not text[i - 1].isalnum()) \
                and i + 1 < end and text[i + 1].isalnum():
            opened = i


class MismatchedQuotes(Rule):
    """A quotation opened with ‘ and closed with ”.

    ## What it flags
    A quotation that starts with a single opening mark (‘) and ends with a double closing mark (”),
    outside any double quotation.

    ## Why it matters
    The pair does not match, so readers and tools cannot tell where the quotation ends; it is a
    typical trace of machine translation.

    ## Example
        The minister wrote on Twitter, ‘We will not give in. ”

    ## Suggested fix
    Open with a double mark: “We will not give in.”

    ## Fix safety
    Unsafe: the single mark may be the right one and the closing mark the wrong one.
    """

    code = "P104"
    name = "punctuation.mismatched-quotes"
    category = "punctuation"
    severity = "warning"
    summary = "A quotation opened with ‘ and closed with ”"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if "‘" not in text or "”" not in text:
            return
        for block in article.blocks:
            for a, b in mismatched(text, block.start, block.end):
                inner = text[a + 1 : b].rstrip()
                yield self.finding(Span(a, b + 1), "quotation opened with ‘ but closed with ”",
                                   [Suggestion("“" + inner + "”", "unsafe")], confidence=0.85)

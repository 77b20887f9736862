"""P113: a quotation closed with no punctuation before its attribution or the paragraph's end."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule
from .p106_dangling_quote import runs_on

# A word, a closing mark, then an attribution: 'go now" he said', 'the end” said Ms Ruiz'
_BEFORE_ATTRIBUTION = lazy_compile(
    r"[\"”](?<=[^\W\d_].)(?= (?:(?:he|she|they|we|I|the [a-z]+(?: [a-z]+)?) (?:said|says|added|asked|told|insisted"
    r"|explained|wrote)|(?:said|says|added|asked) [A-Z])\b)")  # (the mark first: the engine skips ahead to it)
# A word and a closing mark that end the paragraph: 'a victory of the whole club"'
_AT_END = lazy_compile(r"(?<=[^\W\d_])[\"”][ \t]*$")
_ATTRIBUTION_MARKS = ("\" ", "” ")


class UnpunctuatedQuotation(Rule):
    """A quotation that ends on a word, with no punctuation, before its attribution or at the end
    of its paragraph.

    ## What it flags
    - a quotation closed straight after a word and followed by its attribution: '"We must go
      now" he said' (the comma is missing: 'now," he said');
    - a paragraph of the body that ends with a word and a closing quotation mark: '"This is a
      victory for the whole town"' (the full stop is missing), when the quotation holds five
      words or more and does not fill the paragraph; a short quoted title or term, and a
      paragraph that is all quotation (a pull quote), are left alone.

    ## Why it matters
    Translation and scraping drop the punctuation that English puts inside the quotation marks;
    the sentence runs on into the attribution, or the paragraph ends on nothing.

    ## Example
        "We will rebuild the market" the mayor said.

    ## Suggested fix
    A comma before the closing mark of a quotation before its attribution; a full stop before
    the closing mark at the end of a paragraph.

    ## Fix safety
    Unsafe: a question or an exclamation may have been meant.
    """

    code = "P113"
    name = "punctuation.unpunctuated-quotation"
    category = "punctuation"
    severity = "warning"
    summary = "A quotation closed with no punctuation before its attribution or the paragraph's end"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        blocks = article.blocks
        if any(mark in text for mark in _ATTRIBUTION_MARKS):
            for m in _BEFORE_ATTRIBUTION.finditer(text):
                block = article.block_at(m.start())
                if block is None or block.kind != "paragraph" or not _long_quotation(article, m.start()):
                    continue
                word = _word_before(text, m.start())
                yield self.finding(Span(m.start() - len(word), m.end()),
                                   "the quotation ends with no punctuation before its attribution: a comma?",
                                   [Suggestion(word + "," + m.group(), "unsafe")], confidence=0.7)
        for n, block in enumerate(blocks):
            if block.kind != "paragraph" or runs_on(text, blocks, n):
                continue
            start, end = block.span.start, block.span.end
            if text[end - 1 : end] in ("\"", "”") or text[end - 2 : end - 1] in ("\"", "”"):
                last = _AT_END.search(text, max(start, end - 3), end)
                if last is not None and _long_quotation(article, last.start(), start):
                    word = _word_before(text, last.start())
                    yield self.finding(Span(last.start() - len(word), last.start() + 1),
                                       "the quotation ends the paragraph with no punctuation: a full stop?",
                                       [Suggestion(word + "." + last.group()[0], "unsafe")], confidence=0.7)


def _word_before(text: str, at: int) -> str:
    start = at
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    return text[start:at]


def _long_quotation(article: Article, close: int, paragraph: int = -1) -> bool:
    """The closing mark at ``close`` ends a quotation of five words or more (not a quoted title),
    one that does not start at ``paragraph`` (a paragraph that is all quotation is a pull quote,
    which pages set without a full stop)."""
    for q in article.quotes:
        if q.start <= close < q.end or q.end == close + 1:
            if q.start <= paragraph + 1:
                return False
            return len(article.text[q.start : q.end].split()) >= 5
    return False

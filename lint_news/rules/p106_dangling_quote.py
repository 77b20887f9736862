"""P106: an opening quotation mark left dangling at the end of a paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

_DANGLING = lazy_compile(r"[ \t]*[“‘„«][\s.]*$|[ \t]+\"[\s.]*$")  # (a straight mark opens after a space)
_OPENERS = frozenset("“‘„«\"")


class DanglingOpeningQuote(Rule):
    """An opening quotation mark with nothing after it at the end of a paragraph.

    ## What it flags
    A paragraph that ends with an opening quotation mark (“, ‘, „ or «, or a straight " after a
    space), alone or followed only by full stops, as in "talks. ” .. “" or 'to council members "'.

    ## Why it matters
    The mark opens nothing: it is debris of a quotation split or cut by translation or scraping.

    ## Example
        There is a need for talks.” “

    ## Suggested fix
    Delete the mark.

    ## Fix safety
    Safe: an opening mark with no text after it quotes nothing.
    """

    code = "P106"
    name = "punctuation.dangling-opening-quote"
    category = "punctuation"
    severity = "warning"
    summary = "An opening quotation mark left dangling at the end of a paragraph"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for block in article.blocks:
            start, end = block.span.start, block.span.end  # (not Block's properties: a call less)
            if _OPENERS.isdisjoint(text[max(start, end - 12) : end]):
                continue
            m = _DANGLING.search(text, start, end)
            if m is not None and m.start() > start:
                yield self.finding(Span(m.start(), m.end()), "opening quotation mark with nothing after it",
                                   [Suggestion("", "safe")], confidence=0.9)

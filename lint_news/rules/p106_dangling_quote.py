"""P106: an opening quotation mark left dangling at the end of a paragraph."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article, Block
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# (a straight mark opens after a space that follows a word: after "?' " it closes a nested quotation)
_DANGLING = lazy_compile(r"[ \t]*[“‘„«][\s.]*$|(?<=[\w,])[ \t]+\"[\s.]*$")
_OPENERS = frozenset("“‘„«\"")


def runs_on(text: str, blocks: list[Block], n: int) -> bool:
    """The block after block ``n`` starts in lower case: a line of a hard-wrapped paragraph, not its end."""
    return n + 1 < len(blocks) and text[blocks[n + 1].start : blocks[n + 1].start + 1].islower()


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
        blocks = article.blocks
        for n, block in enumerate(blocks):
            start, end = block.span.start, block.span.end  # (not Block's properties: a call less)
            if _OPENERS.isdisjoint(text[max(start, end - 12) : end]):
                continue
            m = _DANGLING.search(text, start, end)
            if m is not None and m.start() > start and not runs_on(text, blocks, n):
                yield self.finding(Span(m.start(), m.end()), "opening quotation mark with nothing after it",
                                   [Suggestion("", "safe")], confidence=0.9)

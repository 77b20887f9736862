"""P111: no space between a colon and the quotation it opens ('said:"This')."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# a lower-case word, a colon, an opening quotation mark and a capital: 'said:"This', 'warned:“We'
_JOINED = lazy_compile(r"(?<=[a-z]):([\"“])(?=[A-Z])")


class ColonQuote(Rule):
    """A colon run into the quotation it introduces.

    ## What it flags
    A colon after a lower-case word, then straight away an opening quotation mark and a capital:
    'The lawyer said:"This is political."' A quotation that a colon introduces takes a space.

    ## Why it matters
    Converters and rewriting tools drop the space; the quote runs into the attribution.

    ## Example
        The defendant's lawyer said:"This is a political verdict."

    ## Suggested fix
    Put a space after the colon: 'said: "This'.

    ## Fix safety
    Safe: only a space is added.
    """

    code = "P111"
    name = "punctuation.colon-quote"
    category = "punctuation"
    severity = "warning"
    summary = "No space between a colon and the quotation it opens"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if ':"' not in text and ":“" not in text:
            return
        for m in _JOINED.finditer(text):
            yield self.finding(Span(m.start(), m.end()), "no space between the colon and the quotation",
                               [Suggestion(f": {m.group(1)}", "safe")], confidence=0.9)

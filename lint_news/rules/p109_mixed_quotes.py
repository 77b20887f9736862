"""P109: straight and curly quotation marks mixed in one article."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span
from ..registry import Rule

MIN_DOUBLE = 2  # each style must be used at least this often: one stray mark is a typo, not a habit
MIN_SINGLE = 3  # apostrophes mix more often in edited text (copy pasted from several sources)


class MixedQuoteStyles(Rule):
    """Straight and curly quotation marks (or apostrophes) mixed in one article.

    ## What it flags
    An article that uses both straight (") and curly (“ ”) double quotation marks, at least twice
    each, or both straight (') and curly (’) apostrophes, at least three times each. One finding
    per kind of mark, at the first mark of the less used style.

    ## Why it matters
    Mixed styles show that the text was assembled from several sources or passed through
    different tools; a house style uses one.

    ## Example
        “We are ready,” she said. "The talks start on Monday."

    ## Suggested fix
    Convert the marks to the style the article mostly uses. No automatic edit is offered: straight
    marks are ambiguous between opening and closing.

    ## Fix safety
    No fix is offered.
    """

    code = "P109"
    name = "punctuation.mixed-quote-styles"
    category = "punctuation"
    severity = "info"
    summary = "Straight and curly quotation marks mixed in one article"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for straight, curly, minimum, what in (('"', "“”", MIN_DOUBLE, "quotation marks"),
                                               ("'", "‘’", MIN_SINGLE, "apostrophes or single quotes")):
            n_straight = text.count(straight)
            if n_straight < minimum:
                continue
            n_curly = sum(text.count(c) for c in curly)
            if n_curly < minimum:
                continue
            minority = n_straight <= n_curly
            at = text.find(straight) if minority else min(i for i in map(text.find, curly) if i >= 0)
            style = "straight" if minority else "curly"
            yield self.finding(Span(at, at + 1),
                               f"{style} {what} mixed with the other style ({n_straight} straight, {n_curly} curly)",
                               confidence=0.7)

"""D103: a teaser line followed by its own copy cut off with an ellipsis."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ..chrome import block_lines, is_truncated, normalize, strip_ellipsis
from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Suggestion
from ..registry import Rule

MIN_WORDS = 4


class TruncatedCopy(Rule):
    """A line followed by its own truncated copy.

    ## What it flags
    A line ending in "..." or "…" whose words (four or more) are the beginning of the line just
    before it: a related-post widget prints a title and then its cut-down teaser.

    ## Why it matters
    The pair is scraped page furniture, never part of the story; the truncated copy is the
    clearest sign of it.

    ## Example
        Council approves budget for new tram line to the airport

        Council approves budget for new tram line...

    ## Suggested fix
    Delete the truncated copy (and usually the whole related-posts block around it).

    ## Fix safety
    Unsafe: the lines around it may be scraped furniture too, which an editor should review.
    """

    code = "D103"
    name = "duplicate.truncated-copy"
    category = "duplicate"
    severity = "warning"
    summary = "A line followed by its own copy cut off with an ellipsis"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        lines = block_lines(article)
        for prev, line in pairwise(lines):
            if prev.block.kind in ("headline", "standfirst") or not is_truncated(line.text):
                continue
            part = normalize(strip_ellipsis(line.text))
            if len(part.split()) < MIN_WORDS or not prev.key.startswith(part):
                continue
            yield self.finding(line.block.span, "truncated copy of the line before it",
                               [Suggestion("", "unsafe")], [Related(prev.block.span, "the full line")],
                               confidence=0.9)

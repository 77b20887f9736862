"""C105: the headline's length or height disagrees with the body's ("40-foot" vs "20 meters long")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.numbers import Length, lengths
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

_AGREE = 1.2  # values within 20% of each other (after conversion) agree: rounding, "about"
_CONFLICT = 1.4  # a conflict needs a clear gap
_LEAD_BLOCKS = 3  # the body measurement must come early, where the headline's subject is
# Distances that name an event or a zone, not the size of the headline's subject.
_NOT_A_SIZE = lazy_compile(
    r"\s*(?:[A-Za-z]+\s+)?(?:final|race|sprint|dash|relay|freestyle|hurdles|butterfly|breaststroke|backstroke|"
    r"medley|run|swim|walk|march|trek|radius|zone|buffer|limit|range|rule|exclusion|event|title|record|"
    r"gold|silver|bronze|heat|semifinal|semi-final)s?\b",
    re.IGNORECASE,
)


class HeadlineLengthConflict(Rule):
    """The headline and the opening of the body give different sizes for the same thing.

    ## What it flags
    A headline with exactly one length ("a 40-foot whale") and, in the first paragraphs of the
    body, a size stated as such ("about 20 metres long") that differs from it by more than 40%
    after converting units, while no measurement in the body agrees with the headline.

    ## Why it matters
    Unit conversion is a classic machine-translation and spinning error: feet become metres
    with the number unchanged, or the number is converted twice.

    ## Example
        Divers find 30-foot shipwreck off the coast

        The wreck, about 30 metres long, lies in shallow water.

    ## Suggested fix
    Check the source and convert the unit correctly (30 feet is about 9 metres).

    ## Fix safety
    No fix is offered.
    """

    code = "C105"
    name = "contradiction.headline-length"
    category = "contradiction"
    severity = "warning"
    summary = "The headline's length or height disagrees with the body's"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        headline = article.headline
        if headline is None:
            return
        head = lengths(article.text, headline.start, headline.end)
        if len(head) != 1:
            return
        claim = head[0]
        if _NOT_A_SIZE.match(article.text, claim.end, headline.end):
            return
        blocks = [b for b in article.blocks if b.kind != "headline"]
        body: list[Length] = []
        for block in blocks:
            body.extend(lengths(article.text, block.start, block.end))
        if not body or any(_ratio(claim, b) <= _AGREE for b in body):
            return
        lead_end = blocks[min(len(blocks), _LEAD_BLOCKS) - 1].end
        stated = [b for b in body if b.start < lead_end and b.dimension in ("long", "tall", "high")]
        if not stated or _ratio(claim, stated[0]) < _CONFLICT:
            return
        other = stated[0]
        text = article.text
        yield self.finding(
            Span(other.start, other.end),
            f"the body gives {text[other.start:other.end]!r} (about {_fmt(other)}) but the headline says "
            f"{text[claim.start:claim.end]!r} (about {_fmt(claim)})",
            related=[Related(Span(claim.start, claim.end), "the headline's figure")],
            confidence=0.7,
        )


def _ratio(a: Length, b: Length) -> float:
    return max(a.metres, b.metres) / min(a.metres, b.metres)


def _fmt(length: Length) -> str:
    m = length.metres
    return f"{m / 1000:.3g} km" if m >= 1000 else f"{m:.3g} m"

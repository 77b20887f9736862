"""C120: one vote given two tallies ("voted 5-2 to install bike lanes" … "The measure passed 6-1")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.spans import sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..names.mentions import mentions
from ..registry import Rule

_VERBS = ("voted", "passed", "approved", "adopted", "rejected", "backed", "endorsed")
# The vote as news: "voted 5-2 on Wednesday", "approved the plan 7-0"
_FIRST = lazy_compile(rf"\b(?:{'|'.join(_VERBS)})\b[^.;:!?]{{0,40}}?(?<![\w.-])(?P<a>\d{{1,3}})[-–](?P<b>\d{{1,3}})(?![\w.-])")
# The same vote named again at a sentence's start: "The measure passed 6-1", "It was approved 6-1"
_AGAIN = lazy_compile(
    r"(?:The (?:measure|bill|motion|proposal|plan|ordinance|resolution|law|amendment|budget|decision)|It)\s+"
    r"(?:was\s+)?(?:passed|approved|adopted|rejected|backed|endorsed)\s+(?:by\s+)?(?:a\s+(?:vote\s+of\s+)?)?"
    r"(?<![\w.-])(?P<a>\d{1,3})[-–](?P<b>\d{1,3})(?![\w.-])")
# Another vote in the story: an amendment, a committee, a first or second reading, another motion
_OTHER_VOTE = lazy_compile(
    r"(?i:\b(?:amendments?|committee|revote|re-vote|override|procedural|preliminary)\b"
    r"|\b(?:earlier|previous|another|second|separate|initial|first|later|final|third)\s+(?:vote|ballot|reading|round|"
    r"motion|tally)s?\b)")


class VoteTally(Rule):
    """One vote given two different tallies.

    ## What it flags
    A vote reported with its tally ("The city council voted 5-2 on Wednesday to install bike
    lanes") and, in a later sentence that opens by naming it again ("The measure passed 6-1", "It
    was approved 6-1"), another tally of the same number of votes. An article that speaks of
    another vote (an amendment, a committee, a first or second reading, an earlier or later
    vote, another motion) is left alone, and so are tallies of different totals (other bodies).

    ## Why it matters
    Spinning and translation retype digits; the reader cannot tell how the body voted.

    ## Example
        The council voted 5-2 on Wednesday to install bike lanes.
        The measure passed 6-1, and work begins in spring.

    ## Suggested fix
    Check the source and give one tally.

    ## Fix safety
    No fix is offered.
    """

    code = "C120"
    name = "contradiction.vote-tally"
    category = "contradiction"
    severity = "warning"
    summary = "One vote is given two different tallies"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        counts = mentions(article).lower_counts
        if counts.keys().isdisjoint(_VERBS):
            return
        text = article.text
        again = list(_AGAIN.finditer(text))
        if not again:
            return
        first = next(_FIRST.finditer(text), None)
        if first is None or _OTHER_VOTE.search(text):
            return
        told = (int(first.group("a")), int(first.group("b")))
        for m in again:
            tally = (int(m.group("a")), int(m.group("b")))
            if m.start() <= first.start() or sentence_span(article, m.start()).start <= first.start():
                continue
            if sum(tally) != sum(told) or sorted(tally) == sorted(told):
                continue  # another body's vote, or the same tally
            yield self.finding(Span(m.start("a"), m.end("b")),
                               f"the tally {m.group('a')}-{m.group('b')} does not match the "
                               f"{first.group('a')}-{first.group('b')} given first for the same vote",
                               related=[Related(Span(first.start("a"), first.end("b")), "the tally given first")],
                               confidence=0.65)
            return

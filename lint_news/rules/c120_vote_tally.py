"""C120: one vote given two tallies ("voted 5-2 to install bike lanes" … "The measure passed 6-1")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.spans import sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..names.mentions import mentions
from ..registry import Rule

_VERBS = ("voted", "passed", "approved", "adopted", "rejected", "backed", "endorsed")
# A tally as news writes it: "5-2", "16 votes to 11", "15 votes in favour and 12 against"
_TALLY = (r"(?<![\w.-])(?P<a>\d{1,3})(?:[-–](?P<b>\d{1,3})(?![\w.-])| votes? to (?P<b2>\d{1,3})\b"
          r"| (?:votes? )?in favou?r,? (?:and|with|to) (?P<b3>\d{1,3}) against\b)")
# The vote as news: "voted 5-2 on Wednesday", "approved the plan 7-0", "by 27 votes to 19"
_FIRST = lazy_compile(rf"\b(?:{'|'.join(_VERBS)})\b[^.;:!?]{{0,80}}?{_TALLY}")
# The same vote named again later: "The measure passed 6-1", "It was approved 6-1", "the plan, approved
# by 16 votes to 11", "the 26-19 result"
_AGAIN = lazy_compile(
    r"(?:(?:[Tt]he (?:measure|bill|motion|proposal|plan|ordinance|resolution|law|amendment|budget|decision|reform)|It)"
    r"(?:,)?\s+(?:was\s+)?(?:passed|approved|adopted|rejected|backed|endorsed)\s+(?:by\s+|with\s+)?"
    r"(?:a\s+(?:vote\s+of\s+)?)?|\bthe\s+(?=\d{1,3}[-–]\d{1,3}\s+(?:vote|result|tally|majority|decision)\b))"
    + _TALLY)


_ANY_TALLY = lazy_compile(r"\d(?:[-–]\d| votes? to \d| (?:votes? )?in favou?r)")


def _split(m: re.Match[str]) -> tuple[int, int]:
    """The tally's two numbers."""
    return int(m.group("a")), int(m.group("b") or m.group("b2") or m.group("b3"))


def _retyped(told: tuple[int, int], tally: tuple[int, int]) -> bool:
    """Does ``tally`` give the vote told first another way: the same number of votes split
    otherwise, or one side kept and the other changed by a vote or two ("27-19" ... "26-19")? A
    tally of other totals is another body's vote."""
    if sorted(tally) == sorted(told):
        return False
    if sum(tally) == sum(told):
        return True
    return (tally[0] == told[0] or tally[1] == told[1]) and abs(sum(tally) - sum(told)) <= 2


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
    was approved 6-1", "the plan, approved by 16 votes to 11", "the 26-19 result"), another
    tally of the same number of votes, or with one side kept and the other off by a vote or two
    ("by 27 votes to 19" ... "the 26-19 result"). Tallies are read as "5-2", "16 votes to 11" and
    "15 votes in favour and 12 against". An article that speaks of another vote (an amendment, a
    committee, a first or second reading, an earlier or later vote, another motion) is left alone,
    and so are tallies of other totals (other bodies).

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
        if _ANY_TALLY.search(text) is None:
            return  # (no tally at all: most articles, told by one scan for a digit run)
        again = list(_AGAIN.finditer(text))
        if not again:
            return
        first = next(_FIRST.finditer(text), None)
        if first is None or _OTHER_VOTE.search(text):
            return
        told = _split(first)
        for m in again:
            tally = _split(m)
            if m.start() <= first.start() or sentence_span(article, m.start()).start <= first.start():
                continue
            if not _retyped(told, tally):
                continue  # another body's vote, or the same tally
            yield self.finding(Span(m.start("a"), m.end()),
                               f"the tally {tally[0]}-{tally[1]} does not match the "
                               f"{told[0]}-{told[1]} given first for the same vote",
                               related=[Related(Span(first.start("a"), first.end()), "the tally given first")],
                               confidence=0.65)
            return

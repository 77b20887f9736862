"""C108: one event given two weekdays ("a telephone call on Tuesday" … "Thursday's call")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.dates import WEEKDAY_RE
from ..findings import Finding, Related, Span
from ..registry import Rule

_NOUNS = r"call|meeting|summit|talks|vote|interview|speech|conference|visit|debate|referendum|hearing|briefing|ceremony"
_NOUN = rf"(?P<noun>{_NOUNS})"
_ADJ = (r"(?:(?:telephone|phone|video|virtual|private|closed-door|brief|rare|emergency|lengthy|long|press|news|"
        r"crucial|key|high-level|[\w-]+-minute|[\w-]+-hour|hour-long)\s+)*")
_INTRO = re.compile(rf"\b(?:[Aa]n?)\s+{_ADJ}{_NOUN}\s+(?:(?:held|made|that took place)\s+)?on\s+(?P<wd>{WEEKDAY_RE})\b")
_DEFINITE = re.compile(
    rf"\b(?P<wd>{WEEKDAY_RE})(?:'s|’s)\s+{_ADJ}{_NOUN}\b|\b[Tt]he\s+{_ADJ}(?P<noun2>{_NOUNS})\s+(?:held\s+)?on\s+(?P<wd2>{WEEKDAY_RE})\b"
)
# Another event of the same kind makes "the call" ambiguous: stay silent.
_SEVERAL = re.compile(
    rf"(?i:\b(?:another|second|third|next|previous|earlier|later|follow-up|separate|new|first|last|two|both|"
    rf"several|series|each|every|weekly|daily|monthly|rounds?\s+of)\s+{_ADJ}{_NOUN}(?:s|es)?\b|(?P<plural>{_NOUNS})s\b)"
)


class EventWeekdayConflict(Rule):
    """One event given two different weekdays.

    ## What it flags
    An event introduced once with its weekday ("in a telephone call on Tuesday") and later
    referred to as the same event on another weekday ("Thursday's call", "the call on
    Thursday"). Articles that mention a second event of the same kind (another, second, next,
    earlier call; calls) are left alone.

    ## Why it matters
    Rewriting changes weekdays; a reader cannot tell when the event took place.

    ## Example
        The ministers agreed in a video call on Monday to extend the deal.
        Officials said Wednesday's call lasted an hour.

    ## Suggested fix
    Check the source and use one weekday for the event.

    ## Fix safety
    No fix is offered.
    """

    code = "C108"
    name = "contradiction.event-weekday"
    category = "contradiction"
    severity = "warning"
    summary = "One event is given two different weekdays"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        intros: dict[str, list[re.Match[str]]] = {}
        for m in _INTRO.finditer(text):
            intros.setdefault(_head(m.group("noun")), []).append(m)
        if not intros:
            return
        several = {_head(m.group("noun") or m.group("plural")) for m in _SEVERAL.finditer(text)}
        for ref in _DEFINITE.finditer(text):
            head = _head(ref.group("noun") or ref.group("noun2"))
            found = intros.get(head)
            if not found or len(found) != 1 or head in several:
                continue
            intro = found[0]
            wd = ref.group("wd") or ref.group("wd2")
            if ref.start() <= intro.start() or wd == intro.group("wd"):
                continue
            yield self.finding(
                Span(ref.start(), ref.end()),
                f"the {head} is dated {wd} here but {intro.group('wd')} where it is first reported",
                related=[Related(Span(intro.start(), intro.end()), f"the {head} on {intro.group('wd')}")],
                confidence=0.7,
            )


def _head(noun: str) -> str:
    return noun.lower()

"""C108: one event given two weekdays ("a telephone call on Tuesday" … "Thursday's call")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.dates import weekday_spans
from ..facts.spans import sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

_NOUNS = (r"call|meeting|summit|talks|vote|interview|speech|conference|visit|debate|referendum|hearing|briefing|ceremony"
          r"|premiere|outage|walkout|collision|launch|raid|explosion|blackout")
_NOUN = rf"(?P<noun>{_NOUNS})"
_ADJ = (r"(?:(?:telephone|phone|video|virtual|private|closed-door|brief|rare|emergency|lengthy|long|press|news|"
        r"crucial|key|high-level|[\w-]+-minute|[\w-]+-hour|hour-long)\s+)*")
# Found from each weekday: "a call on |Tuesday", "the call on |Tuesday", "|Thursday's call".
# (a place may come between the event and its day: "a premiere at the Theater an der Wien on Saturday")
_BEFORE = lazy_compile(rf"\b(?P<det>[Aa]n?|[Tt]he)\s+{_ADJ}{_NOUN}\s+(?:(?:held|made|that took place)\s+)?"
                       rf"(?:(?:at|in|across|off|near)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{1,4}}(?:(?:(?:an|der|de|la|of|del|di)\s+)+(?:[A-Z][\w'’-]*\s+){{1,2}})?)?"
                       rf"on\s+$")
_POSSESSIVE = lazy_compile(rf"(?:'s|’s)\s+{_ADJ}{_NOUN}\b")
# A lede's verb and the event it reports: "the court on Tuesday heard" (a hearing)
_LEDE_VERBS = {"heard": "hearing", "voted": "vote", "met": "meeting", "debated": "debate", "visited": "visit",
               "interviewed": "interview", "briefed": "briefing", "approved": "vote", "premiered": "premiere",
               "collided": "collision", "launched": "launch", "raided": "raid"}
_LEDE_VERB = lazy_compile(r"\b(?:" + "|".join(_LEDE_VERBS) + r")\b")
_WEEK = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# After a lede event's later mention, words that make it another event: "Friday's vote in the House"
_OTHER_EVENT = lazy_compile(r"\s+(?:in|at|of|with|on|by|before|after)\b")
# The later mention looks ahead or orders events: it may be another one.
_SEQUENCE = lazy_compile(
    r"(?i:\b(?:will|would|next|upcoming|ahead|before|after|following|preceding|later|scheduled|planned|"
    r"expected|prepar\w*|follow-up|second|another)\b)"
)
# Another event of the same kind makes "the call" ambiguous: stay silent.
_SEVERAL = lazy_compile(
    rf"(?i:\b(?:another|second|third|next|previous|earlier|later|follow-up|separate|new|first|last|two|both|"
    rf"several|series|each|every|weekly|daily|monthly|rounds?\s+of)\s+{_ADJ}{_NOUN}(?:s|es)?\b|(?P<plural>{_NOUNS})s\b)"
)


class EventWeekdayConflict(Rule):
    """One event given two different weekdays.

    ## What it flags
    An event introduced once with its weekday ("in a telephone call on Tuesday") and later
    referred to as the same event on another weekday ("Thursday's call", "the call on
    Thursday"). The event a wire lede reports counts as introduced with the lede's weekday: "A
    federal appeals court on Monday heard arguments ..." … "Wednesday's hearing" (heard, voted,
    met, debated, visited, interviewed, briefed: a hearing, vote, meeting, ...). Articles that
    mention a second event of the same kind (another, second, next, earlier call; calls) are left alone.
    A place may stand between the event and its day ("a premiere at the Theater an der Wien on
    Saturday"); premieres, outages, walkouts, collisions, launches, raids, explosions and blackouts
    count as events too.

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
        intros: dict[str, list[tuple[Span, str]]] = {}
        refs: list[tuple[Span, str, str]] = []  # (span, noun, weekday) of definite mentions
        days = weekday_spans(text)
        for day_start, day_end in days:
            weekday = text[day_start:day_end]
            before = _BEFORE.search(text, max(0, day_start - 80), day_start)
            if before:
                item = (Span(before.start(), day_end), _head(before.group("noun")), weekday)
                if before.group("det").lower() == "the":
                    refs.append(item)
                else:
                    intros.setdefault(item[1], []).append((item[0], item[2]))
            after = _POSSESSIVE.match(text, day_end)
            if after:
                refs.append((Span(day_start, after.end()), _head(after.group("noun")), weekday))
        lede_verbs: set[int] = set()
        if refs:
            lede_verbs = _add_lede_event(article, days, intros)
        if not intros or not refs:
            return
        several: set[str] | None = None
        for span, head, wd in refs:
            found = intros.get(head)
            if not found or len(found) != 1:
                continue
            intro, intro_wd = found[0]
            if span.start <= intro.start or wd == intro_wd:
                continue
            if intro.start in lede_verbs and (_day(wd) < _day(intro_wd) or _OTHER_EVENT.match(text, span.end)):
                continue  # a lede's event: an earlier weekday is an earlier event, "Friday's vote in the House" another
            sent = sentence_span(article, span.start)
            if sent.start <= intro.start or _SEQUENCE.search(text, sent.start, sent.end):
                continue  # "a meeting on Monday to prepare Thursday's meeting": two events
            if several is None:
                several = {_head(m.group("noun") or m.group("plural")) for m in _SEVERAL.finditer(text)}
            if head in several:
                continue
            yield self.finding(
                span,
                f"the {head} is dated {wd} here but {intro_wd} where it is first reported",
                related=[Related(intro, f"the {head} on {intro_wd}")],
                confidence=0.7,
            )


def _day(weekday: str) -> int:
    return _WEEK.index(weekday[:3].lower()) if weekday[:3].lower() in _WEEK else -1


def _add_lede_event(article: Article, days: list[tuple[int, int]], intros: dict[str, list[tuple[Span, str]]]) -> set[int]:
    """The event of a wire lede, dated by its weekday: "A federal appeals court on Tuesday heard
    arguments ..." reports a hearing on Tuesday ("heard": "hearing"), unless one is known already.
    The lede is the first sentence of the first paragraph (or standfirst) of the body."""
    blocks = article.blocks
    lede = next((s for s in article.sentences if blocks[s.block].kind in ("paragraph", "standfirst")), None)
    added: set[int] = set()  # where the verbs of the events added start
    if lede is None:
        return added
    in_lede = [(a, b) for a, b in days if lede.start <= a < lede.end]
    if len(in_lede) != 1:
        return added  # no weekday, or two: no one date for the event
    text = article.text
    for m in _LEDE_VERB.finditer(text, lede.start, lede.end):
        noun = _LEDE_VERBS[m.group()]
        if noun not in intros:
            intros[noun] = [(Span(m.start(), m.end()), text[in_lede[0][0] : in_lede[0][1]])]
            added.add(m.start())
    return added


def _head(noun: str) -> str:
    return noun.lower()

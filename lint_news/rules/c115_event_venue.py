"""C115: the next round of talks (or meeting, session, summit) placed in two different cities."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import repeat

from ..context import Context
from ..document import Article
from ..facts.spans import find_all, sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..names.gazetteer import fold, gazetteer
from ..names.mentions import mentions
from ..registry import Rule

# A coming event named the same way twice: "the next round", "the first session"
# (matched where one of _WORDS stands after "the", "a" or "an": found with str.find, not a scan)
_EVENT = lazy_compile(
    r"(?P<when>next|upcoming|first|second|third|final) (?:(?:[a-z]+ ){0,2})?"
    r"(?P<what>round|meeting|session|summit|talks|conference)\b")
_BEFORE = lazy_compile(r"\b(?:[Tt]he|[Aa]n?) $")
_WHEN = ("next", "upcoming", "first", "second", "third", "final")
_EVENTS = ("round", "meeting", "session", "summit", "talks", "conference")
# its place, soon after it in the same sentence: "in Brussels", "in New Delhi"
_PLACE = lazy_compile(r"\b(?:in|at) (?:the )?(?P<place>[A-ZÀ-Þ][\w'’-]+(?: [A-ZÀ-Þ][\w'’-]+)?)")
_WINDOW = 80  # characters after the event in which its place is looked for
# A sentence that moves, weighs or lists venues says no contradiction
_CHANGE = lazy_compile(r"(?i)\b(?:instead|moved?|moving|rather|switch\w*|relocat\w*|shift\w*|change\w*|either|or in|and in|"
                       r"from \w+ to|not in|no longer|originally|initially|previously|had been)\b")
_WORDS = ("next ", "upcoming ", "first ", "second ", "third ", "final ")


class EventVenue(Rule):
    """The same coming event placed in two different cities.

    ## What it flags
    "the next round" (or the next meeting, session, summit, talks or conference; also "the first
    session", "the final round") placed in one city, and later in the article the same event
    placed in another: "agreed to hold the next round in Brussels" … "The next round, due to
    open in Jakarta, …". Only places the gazetteer knows count; a sentence that moves or weighs
    the venue ("moved to", "instead", "either … or", "from Geneva to Vienna") is left alone.

    ## Why it matters
    A rewrite that changes a place name changes the news; readers cannot tell which one is true.

    ## Example
        Negotiators agreed to hold the next round in Brussels in March.
        The next round, due to open in Jakarta, will cover rules of origin.

    ## Suggested fix
    Check the source and make both mentions name the same place.

    ## Fix safety
    No fix is offered.
    """

    code = "C115"
    name = "contradiction.event-venue"
    category = "contradiction"
    severity = "warning"
    summary = "The same coming event is placed in two different cities"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        counts = mentions(article).lower_counts  # (dictionary look-ups first: most articles name no such event)
        if counts.keys().isdisjoint(_EVENTS) or counts.keys().isdisjoint(_WHEN):
            return
        gaz = gazetteer()
        first: dict[str, tuple[str, Span]] = {}  # event -> (place folded, where it was placed)
        starts = [at for at in find_all(text, _WORDS) if _BEFORE.search(text, max(0, at - 5), at)]
        for m in (m for m in map(_EVENT.match, repeat(text), starts) if m is not None):
            sentence = sentence_span(article, m.start())
            end = min(sentence.end, m.end() + _WINDOW)
            place = _PLACE.search(text, m.end(), end)
            if place is None or not gaz.is_place(place.group("place")) or article.in_quote(m.start(), m.end()):
                continue
            if _CHANGE.search(text, sentence.start, sentence.end):
                continue
            event = f"{m.group('when')} {m.group('what')}"
            key = fold(place.group("place"))
            span = Span(place.start("place"), place.end("place"))
            if event not in first:
                first[event] = (key, span)
                continue
            known, where = first[event]
            if key != known:
                yield self.finding(span, f"the {event} is placed in {place.group('place')} here but in "
                                         f"{text[where.start:where.end]} earlier",
                                   related=[Related(where, "the place given first")], confidence=0.7)

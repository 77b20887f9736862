"""C104: a title given as current to someone who did not hold it on the article's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.dates import WEEKDAY_RE, article_date
from ..facts.kb import Country, Holder, Office, knowledge_base
from ..facts.people import leader_mentions
from ..facts.spans import sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

_GRACE = dt.timedelta(days=60)  # titles lag handovers by a few weeks in honest copy
_QUALIFIED = lazy_compile(
    r"(?i:\b(?:former|then|late|ex|past|previous|erstwhile|onetime|one-time|under|acting|interim|future|"
    r"would-be|outgoing)\b[\s-]*(?:U\.?S\.?\s+|\w+\s+)?$)"
)
_NOW = lazy_compile(
    rf"\b(?:today|tonight|yesterday|this (?:week|morning|afternoon|evening)|(?:on |last |this |next )?{WEEKDAY_RE})\b"
)
_PAST = lazy_compile(r"(?i:\b(?:when|while|during|era|administration|years? ago|at the time|back in|once|was|were)\b)")
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


class StaleTitle(Rule):
    """A current title for someone who did not hold that office on the article's date.

    ## What it flags
    "President Obama said on Tuesday" in an article dated 2021, "Prime Minister Abe" doing
    something this week in a 2022 story: a title and name from rules/facts/offices.yaml, in a
    sentence that speaks of the present (today, a weekday), when the article's date (front matter
    or dateline) falls outside every term that person served. Titles qualified as former, late,
    then- or acting, sentences with another year or a past frame, and articles without a date
    are left alone.

    ## Why it matters
    Rewritten or recycled copy keeps old titles; the article then contradicts the public record
    and the date it carries.

    ## Example
        ---
        date: 2023-05-02
        ---
        Chancellor Merkel said on Monday that talks would continue.

    ## Suggested fix
    Use the title the person held on that date ("former Chancellor Angela Merkel"), or check
    whether the name was changed by mistake.

    ## Fix safety
    No fix is offered.
    """

    code = "C104"
    name = "contradiction.stale-title"
    category = "contradiction"
    severity = "warning"
    summary = "A title presented as current that the person did not hold on the article's date"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        mentions = leader_mentions(article)
        if not mentions:
            return
        day = article_date(article)
        if day is None:
            return
        text = article.text
        kb = knowledge_base()
        for mention in mentions:
            pairs = [(o, h) for o, h in mention.candidates if o.since <= day]
            if not pairs or len(pairs) < len(mention.candidates) or any(_held(h, day) for _, h in pairs):
                continue
            if _QUALIFIED.search(text, max(0, mention.span.start - 24), mention.span.start):
                continue
            sent = sentence_span(article, mention.span.start)
            sentence = text[sent.start : sent.end]
            if _PAST.search(sentence) or any(int(y) != day.year for y in _YEAR.findall(sentence)):
                continue
            now = _NOW.search(sentence)
            if now is None or not _in_context(text, sentence, pairs, kb.countries):
                continue
            office, holder = pairs[0]
            yield self.finding(
                mention.span,
                f"{holder.name} was not {office.office} on {day.isoformat()}, the article's date "
                f"(in office {holder.describe_terms()})",
                related=[Related(Span(sent.start + now.start(), sent.start + now.end()),
                                 f"presents the title as current ({day.isoformat()})")],
                confidence=0.7,
            )


def _held(holder: Holder, day: dt.date) -> bool:
    return holder.in_office(day) or holder.in_office(day - _GRACE) or holder.in_office(day + _GRACE)


def _in_context(text: str, sentence: str, pairs: list[tuple[Office, Holder]], countries: dict[str, Country]) -> bool:
    """The person is identified: the full name is in the article or the country in the sentence."""
    for office, holder in pairs:
        if holder.name in text:
            return True
        country = countries.get(office.country)
        words = (*country.aliases, *country.adjectives) if country else ()
        if any(re.search(rf"(?<![\w.]){re.escape(w)}(?!\w)", sentence) for w in words):
            return True
    return False

"""C102: a proposed meeting placed in a third country, and later in one side's own country."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from .. import recache
from ..context import Context
from ..document import Article
from ..facts.kb import alternation, knowledge_base
from ..facts.people import party_countries
from ..facts.spans import find_all, sentence_text
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

_NEUTRAL = lazy_compile(
    r"\b(?:in|at|on)\s+(?:a|an|some)\s+(?:third|neutral)(?:-party)?\s+(?:country|nation|state|venue|location|"
    r"territory|ground|capital)\b",
    re.IGNORECASE,
)
_NEUTRAL_WORDS = ("third", "neutral", "Third", "Neutral", "THIRD", "NEUTRAL")
_VENUE_WORDS = ("meet", "summit", "talks")
_OFFER_VERB = lazy_compile(r"\b(?:offer|offers|offered|propos\w*|suggest\w*)\b", re.IGNORECASE)
_MEET_WORD = lazy_compile(r"\b(?:meet|meets|meeting|met|summit|talks|negotiations)\b", re.IGNORECASE)
# The proposal frame: both claims must speak of a meeting that is offered, not one that happened.
_PROPOSAL = lazy_compile(r"\b(?:offer|offered|offers|propos\w*|suggest\w*|idea|plan|plans|planned)\b", re.IGNORECASE)
# A counter-offer or an invitation is a second proposal, not the same one.
_OTHER_OFFER = lazy_compile(
    r"\b(?:invit\w*|counter-?(?:offer|propos)\w*|instead|rather|host|hosts|hosting|hosted|alternative|last|previous|earlier|"
    r"again|also|agreed)\b|\b(?:19|20)\d\d\b",
    re.IGNORECASE,
)


@cache
def _venue_regex() -> re.Pattern[str]:
    kb = knowledge_base()
    places = {a for c in kb.countries.values() for a in (*c.aliases, *c.cities) if len(a) > 3 or a.isupper()}
    return recache.compile(
        rf"(?:meet|meeting|summit|talks)\s+(?:with\s+)?(?:[A-Za-z][\w'’-]+\s+){{0,3}}?in\s+(?:the\s+)?"
        rf"(?P<place>{alternation(places)})\b"
    )


# "the proposal to | Biden's offer of a | this plan for a" + meeting words: the venue refers back
# to a proposal already reported.
_BACK_REFERENCE = lazy_compile(
    r"\b(?:the|this|that|his|her|its|their|(?P<owner>[A-Z][\w-]+)(?:'s|’s))\s+(?:[\w-]+\s+)?"
    r"(?:offer|proposal|idea|plan|suggestion)\s+(?:of\s+|for\s+)?(?:to\s+|an?\s+)?(?:[\w-]+\s+)?$"
)


def _owner_made_offer(article: Article, owner: str, offer: _Offer) -> bool:
    """'Biden's proposal' is the offer already reported only if Biden is the one who made it."""
    _, sentence = sentence_text(article, offer.span.start)
    verb = _PROPOSAL.search(sentence)
    at = sentence.find(owner)
    return verb is not None and 0 <= at < verb.start()


class MeetingVenueConflict(Rule):
    """A proposed meeting set in one place, and referred to later as set somewhere else.

    ## What it flags
    An offer to meet "in a third country" (or a neutral venue) and, later in the article, a
    reference to that proposal placing it in the home country of one of the leaders the article
    names: "offered to meet in a third country" … "the proposal to meet in Moscow". Also an offer
    to meet in one country ("offered to meet in Geneva") referred to later as a meeting in
    another ("the proposal to meet in Vienna"). Only a back-reference ("the proposal", "this
    offer", "Biden's offer") is compared; counter-offers, invitations, past meetings (a year,
    "last", "previous") and hosted meetings are left alone.

    ## Why it matters
    A third country is by definition neither side's; a rewrite that moves the venue to one
    side's capital changes the news.

    ## Example
        The president offered to meet the premier in a third country.
        Analysts said the proposal to meet in Moscow was a concession.

    ## Suggested fix
    Check the source and make both mentions name the same venue.

    ## Fix safety
    No fix is offered.
    """

    code = "C102"
    name = "contradiction.meeting-venue"
    category = "contradiction"
    severity = "warning"
    summary = "A proposed meeting is later placed in another country"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if not any(word in text for word in _VENUE_WORDS):
            return
        kb = knowledge_base()
        offers: list[_Offer] = []
        if any(word in text for word in _NEUTRAL_WORDS):
            offers.extend(_neutral_offers(article))
        parties: set[str] | None = None
        for pos in find_all(text, _VENUE_WORDS):
            m = _venue_regex().match(text, pos)
            if m is None or (m.start() and text[m.start() - 1].isalnum()):
                continue
            country = kb.country_by_name(m.group("place"))
            if country is None:
                continue
            start, sentence = sentence_text(article, m.start())
            if _OTHER_OFFER.search(sentence):
                continue
            back = _BACK_REFERENCE.search(text, max(start, m.start() - 50), m.start())
            if back is None:
                # A fresh offer ("offered to meet in Geneva"): later references must agree with it.
                if _OFFER_VERB.search(sentence):
                    offers.append(_Offer(Span(m.start(), m.end()), country.key, m.group("place")))
                continue
            earlier = [o for o in offers if o.span.end <= m.start()]
            if not earlier:
                continue
            other = max(earlier, key=lambda o: o.span.start)
            owner = back.group("owner")
            if owner and not _owner_made_offer(article, owner, other):
                continue
            place = m.group("place")
            where = place if place in country.aliases else f"{place} ({country.name})"
            if other.country is None:
                parties = party_countries(article) if parties is None else parties
                if len(parties) < 2 or country.key not in parties:
                    continue
                message = (f"the proposed meeting is placed in {where}, one side's own country, but the article "
                           f"also offers it '{other.label}'")
                note = "the same meeting offered in a third country"
            else:
                if other.country == country.key:
                    continue
                first = kb.countries[other.country]
                was = other.label if other.label in first.aliases else f"{other.label} ({first.name})"
                message = f"the proposed meeting is placed in {where} here, but it was offered in {was}"
                note = f"the meeting as first offered, in {was}"
            yield self.finding(Span(m.start(), m.end()), message, related=[Related(other.span, note)],
                               confidence=0.75)


class _Offer(NamedTuple):
    span: Span
    country: str | None  # None: a third country or neutral venue
    label: str


def _neutral_offers(article: Article) -> list[_Offer]:
    text = article.text
    out: list[_Offer] = []
    for pos in find_all(text, _NEUTRAL_WORDS):
        m = _NEUTRAL.search(text, max(0, pos - 12), pos + 40)
        if m is None or (out and m.start() <= out[-1].span.start):
            continue
        _, sentence = sentence_text(article, m.start())
        if _MEET_WORD.search(sentence) and _PROPOSAL.search(sentence):
            out.append(_Offer(Span(m.start(), m.end()), None, m.group().strip()))
    return out

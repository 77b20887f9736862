"""C114: "In 2021, President Obama ..." — a title for a year its holder was not in office."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.people import leader_mentions
from ..facts.spans import sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

_IN_YEAR = lazy_compile(r"\b[Ii]n\s+(?P<year>(?:19|20)\d\d)\b(?![-–/]\d)")
_ANY_YEAR = lazy_compile(r"(?:19|20)\d\d\b")
# A title used in hindsight or ahead of time, or a year that is not the event's.
_HINDSIGHT = lazy_compile(
    r"(?i:\b(?:former|then|late|future|later|ex|before|after|since|until|who|whom|whose|which|when|elected|"
    r"re-elected|reelected|re-?election|won|win|wins|campaign\w*|candidate|born|became|become|becoming|sworn|inaugurat\w*|nominee|"
    r"vice|deputy|acting|interim|as|once|era|administration|years?|decades?|ago)\b)"
)

MAX_DISTANCE = 60  # characters between the title and name and "in YEAR"


class TitleYear(Rule):
    """A title and name dated to a year in which that person did not hold the office.

    ## What it flags
    "In 2021, President Obama signed the bill": a title and a holder's name from
    rules/facts/offices.yaml with "in YEAR" in the same sentence, when the person held that
    office at no time in that year. Titles used in hindsight or ahead of time (former, then,
    future, elected, re-election, who, as, before, since…), a year more than 60 characters from
    the title and name, sentences with two years and years before the knowledge base covers the office
    are left alone.

    ## Why it matters
    A changed year or a changed name puts the wrong person in office; readers who know the
    dates stop trusting the article.

    ## Example
        In 2012, Chancellor Olaf Scholz opened the new airport.

    ## Suggested fix
    Check the year and the name against the source.

    ## Fix safety
    No fix is offered.
    """

    code = "C114"
    name = "contradiction.title-year"
    category = "contradiction"
    severity = "warning"
    summary = "A title and name dated to a year in which the person did not hold the office"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for mention in leader_mentions(article):
            sent = sentence_span(article, mention.span.start)
            years = list(_IN_YEAR.finditer(text, sent.start, sent.end))
            if len(years) != 1 or len(_ANY_YEAR.findall(text, sent.start, sent.end)) != 1:
                continue
            gap = years[0].start() - mention.span.end if years[0].start() >= mention.span.end else mention.span.start - years[0].end()
            if gap > MAX_DISTANCE:
                continue  # a year far from the title may date another clause ("the one that took him there in 2008")
            year = int(years[0].group("year"))
            pairs = [(o, h) for o, h in mention.candidates if o.since.year <= year]
            if not pairs or len(pairs) < len(mention.candidates) or any(h.in_office_during(year) for _, h in pairs):
                continue
            if _HINDSIGHT.search(text, sent.start, sent.end):
                continue
            office, holder = pairs[0]
            yield self.finding(
                mention.span,
                f"{holder.name} was not {office.office} in {year} (in office {holder.describe_terms()})",
                related=[Related(Span(years[0].start(), years[0].end()), "the year the sentence gives")],
                confidence=0.7,
            )

"""C103: "met with a US president in 2016" next to a named president who took office later."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from .. import recache
from ..context import Context
from ..document import Article
from ..facts.kb import Holder, Office, alternation, knowledge_base
from ..facts.spans import sentence_index
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

_YEAR = lazy_compile(r"\b(?<!since )(?<!until )(?<!before )(?<!after )in\s+(?P<year>(?:19|20)\d\d)\b(?![-–]\d)")
_ANY_YEAR = lazy_compile(r"(?:19|20)\d\d\b")
_YEAR_19 = lazy_compile(r"19\d\d\b")
_YEAR_20 = lazy_compile(r"20\d\d\b")
_EVENT_TAIL = lazy_compile(r"(?:[-–][A-Z][\w'’]+)*(?:\s+(?:meeting|summit|talks|visit|call))?")
_EVENT_NOUN = lazy_compile(r"\s(?:meeting|summit|talks|visit|call)$")
_EVENT_BEFORE = lazy_compile(r"\b(?:met|meet|meeting|talks|summit|spoke|visit|visited|hosted|hosting|received|welcomed|greeted)\s+(?:with\s+)?$")
# A later event in the next sentence is not the one the year belongs to.
_LATER = lazy_compile(r"(?i:\b(?:since|later|after|afterwards|subsequently|again|then|now|next)\b)")


@cache
def _generic_office_regex() -> re.Pattern[str]:
    """'a US president', 'the British prime minister': an office named by country, not by holder."""
    kb = knowledge_base()
    adjectives = {a for c in kb.countries.values() for a in c.adjectives}
    titles = {t for o in kb.offices for t in o.titles}
    return recache.compile(
        rf"\b(?:a|an|the|any)\s+(?:sitting\s+|serving\s+)?(?P<adj>{alternation(adjectives)})\s+"
        rf"(?P<title>(?i:{alternation(titles)}))\b(?!-elect)"
    )


@cache
def _title_words() -> tuple[str, ...]:
    return tuple({t.lower() for o in knowledge_base().offices for t in o.titles})


class OfficeHolderYear(Rule):
    """A year given for an office that the named person did not hold that year.

    ## What it flags
    A sentence that dates an encounter with an office ("met a US president in 2016") while the
    same or the next sentence names the holder ("the Trump-Putin meeting") and that person was
    not in that office in that year, according to the terms of office in rules/facts/offices.yaml.
    Years before the knowledge base covers an office, and sentences with two or more
    years, are left alone.

    ## Why it matters
    A slipped year turns a true statement into a false one; a reader who knows when the person
    took office stops trusting the article.

    ## Example
        The premier last met a French president in 2015. Paris hosted the Macron-Li talks.

    ## Suggested fix
    Check the year against the source; the holder's terms are given in the message.

    ## Fix safety
    No fix is offered.
    """

    code = "C103"
    name = "contradiction.office-year"
    category = "contradiction"
    severity = "warning"
    summary = "A year given for an office that the named holder did not hold then"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        kb = knowledge_base()
        sentences = article.sentences
        for m, index, year_match in _candidates(article):
            offices = _offices(kb.offices, m.group("adj"), m.group("title"))
            if not offices:
                continue
            sent = sentences[index].span
            year = int(year_match.group("year"))
            if all(year < o.since.year for o in offices):
                continue
            scope_end = sentences[index + 1].end if index + 1 < len(sentences) else sent.end
            named = _holders_named(text, m.end(), scope_end, offices)
            if not named or any(h.in_office_during(year) for _, h, _ in named):
                continue
            office, holder, where = named[0]
            tail = _EVENT_TAIL.match(text, where.end)
            related = Span(where.start, tail.end() if tail else where.end)
            if not _same_event(text, related, sent, scope_end):
                continue
            yield self.finding(
                Span(year_match.start(), year_match.end()),
                f"{holder.name} was not {office.office} in {year} (in office {holder.describe_terms()}), "
                f"yet the article ties {text[related.start:related.end]!r} to {m.group().strip()!r} in {year}",
                related=[Related(related, f"names {holder.name} as the {m.group('title').lower()}")],
                confidence=0.8,
            )


def _candidates(article: Article) -> Iterator[tuple[re.Match[str], int, re.Match[str]]]:
    """(office phrase, sentence index, 'in YEAR') for sentences with one year, given with 'in'.

    Years are rare and start with a digit, so they are found first; the office phrase is then
    looked for in that sentence only.
    """
    text = article.text
    done: set[int] = set()
    # two scans for a literal prefix each are faster than one for "19" or "20"; years never overlap
    for start in sorted([m.start() for m in _YEAR_19.finditer(text)] + [m.start() for m in _YEAR_20.finditer(text)]):
        index = sentence_index(article, start)
        if index in done:
            continue
        done.add(index)
        sent = article.sentences[index].span
        # the cheap tests first: one year in the sentence, an office title; then "in YEAR"
        if len(_ANY_YEAR.findall(text, sent.start, sent.end)) != 1:
            continue
        lowered = text[sent.start : sent.end].lower()
        if not any(title in lowered for title in _title_words()):
            continue
        years = list(_YEAR.finditer(text, sent.start, sent.end))
        if len(years) != 1:
            continue
        for m in _generic_office_regex().finditer(text, sent.start, sent.end):
            yield m, index, years[0]


def _same_event(text: str, mention: Span, sent: Span, scope_end: int) -> bool:
    """The name belongs to the dated encounter: 'the Trump-Putin meeting', 'held talks with Obama'."""
    if mention.start >= sent.end and _LATER.search(text, sent.end, scope_end):
        return False
    if _EVENT_NOUN.search(text, mention.start, mention.end):
        return True
    return bool(_EVENT_BEFORE.search(text, max(sent.start, mention.start - 30), mention.start))


def _offices(offices: tuple[Office, ...], adjective: str, title: str) -> list[Office]:
    kb = knowledge_base()
    keys = {c.key for c in kb.countries_by_adjective(adjective)}
    return [o for o in offices if o.country in keys and any(t.lower() == title.lower() for t in o.titles)]


def _holders_named(text: str, start: int, end: int, offices: list[Office]) -> list[tuple[Office, Holder, Span]]:
    out = []
    for office in offices:
        for holder in office.holders:
            for name in sorted({holder.name, *holder.aliases}, key=len, reverse=True):
                for m in re.finditer(rf"(?<![\w-])(?:\w+[-–])?{re.escape(name)}(?![\w])", text[start:end]):
                    out.append((office, holder, Span(start + m.start(), start + m.end())))
                    break
    out.sort(key=lambda t: t[2].start)
    return out

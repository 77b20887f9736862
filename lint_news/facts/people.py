"""Office holders and the countries they stand for, as an article mentions them."""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .. import recache
from ..document import Article
from ..findings import Span
from .kb import Holder, Office, alternation, knowledge_base, title_name_regex
from .spans import find_all


class LeaderMention(NamedTuple):
    span: Span  # the title and name ("Prime Minister Shinzo Abe")
    name_span: Span
    title: str
    name: str
    candidates: tuple[tuple[Office, Holder], ...]  # every holder of that title who answers to the name


def leader_mentions(article: Article) -> list[LeaderMention]:
    """Every 'Title Name' mention that the knowledge base can resolve (memoised per article)."""
    return article.analysis("facts.leaders", _leaders)


def _leaders(article: Article) -> list[LeaderMention]:
    kb = knowledge_base()
    out = []
    text = article.text
    for m in title_name_regex().finditer(text):
        if m.start() and (text[m.start() - 1].isalnum() or text[m.start() - 1] == "-"):
            continue
        pairs = tuple(kb.office_holders(m.group("name"), m.group("title")))
        if pairs:
            out.append(LeaderMention(Span(m.start(), m.end()), Span(m.start("name"), m.end("name")),
                                     m.group("title"), m.group("name"), pairs))
    return out


@cache
def _adjective_title_regex() -> re.Pattern[str]:
    kb = knowledge_base()
    adjectives = {a for c in kb.countries.values() for a in c.adjectives}
    return recache.compile(rf"(?<![\w.])(?P<adj>{alternation(adjectives)})\s+$")


_LEADER_TITLES = ("President", "Prime Minister", "Premier", "Chancellor", "leader")


def party_countries(article: Article) -> set[str]:
    """Country keys of the leaders the article names: 'Russian President', 'US President Joe Biden'.

    A bare surname does not count ("Brown", "May" are too ambiguous); a title with the name, or a
    full name, does.
    """
    return article.analysis("facts.parties", _parties)


def _parties(article: Article) -> set[str]:
    kb = knowledge_base()
    found: set[str] = set()
    for mention in leader_mentions(article):
        keys = {office.country for office, _ in mention.candidates}
        if len(keys) == 1:
            found |= keys
    text = article.text
    for pos in find_all(text, _LEADER_TITLES):
        m = _adjective_title_regex().search(text, max(0, pos - 40), pos)
        if m is None:
            continue
        countries = kb.countries_by_adjective(m.group("adj"))
        if len(countries) == 1:
            found.add(countries[0].key)
    return found

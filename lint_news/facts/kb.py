"""The knowledge base of terms of office and countries (rules/facts/*.yaml), loaded once."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import NamedTuple

from .. import recache
from ..resources import read_text, yaml_twin


class Term(NamedTuple):
    start: dt.date
    end: dt.date | None  # the day the successor took office; None: still in office

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)

    def touches_year(self, year: int) -> bool:
        return self.start.year <= year and (self.end is None or year <= self.end.year)

    def label(self) -> str:
        return f"{self.start.isoformat()} to {self.end.isoformat() if self.end else 'today'}"


class Holder(NamedTuple):
    name: str
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]

    def in_office(self, day: dt.date) -> bool:
        return any(t.covers(day) for t in self.terms)

    def in_office_during(self, year: int) -> bool:
        return any(t.touches_year(year) for t in self.terms)

    def describe_terms(self) -> str:
        return ", ".join(t.label() for t in self.terms)


class Office(NamedTuple):
    key: str
    country: str
    office: str
    titles: tuple[str, ...]
    since: dt.date
    holders: tuple[Holder, ...]


class Country(NamedTuple):
    key: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]
    cities: tuple[str, ...] = ()


class KnowledgeBase:
    """Compared and hashed by identity: one instance per process."""

    def __init__(self, offices: tuple[Office, ...], countries: dict[str, Country]) -> None:
        self.offices = offices
        self.countries = countries

    def office_holders(self, alias: str, title: str | None = None) -> list[tuple[Office, Holder]]:
        """(office, holder) pairs whose holder answers to ``alias`` (and whose office has ``title``)."""
        pairs = _holder_index(self).get(alias, [])
        return [(o, h) for o, h in pairs if title is None or title in o.titles]

    def country_by_name(self, name: str) -> Country | None:
        return _country_index(self).get(name)

    def countries_by_adjective(self, adjective: str) -> list[Country]:
        return _adjective_index(self).get(adjective, [])


def _date(value: object) -> dt.date:
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _load_yaml(name: str) -> dict[str, object]:
    text = read_text("facts", name)
    data = yaml_twin(f"facts/{name}", text)  # the JSON twin of an unchanged file: no YAML parser
    if data is None:
        import yaml

        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        data = yaml.load(text, Loader=loader)
    assert isinstance(data, dict), name
    return data


@cache
def knowledge_base() -> KnowledgeBase:
    raw_offices = _load_yaml("offices.yaml")["offices"]
    raw_countries = _load_yaml("countries.yaml")["countries"]
    assert isinstance(raw_offices, list) and isinstance(raw_countries, list)
    countries = {
        c["key"]: Country(c["key"], c["name"], tuple(c["aliases"]), tuple(c["adjectives"]), tuple(c.get("cities", ())))
        for c in raw_countries
    }
    offices = []
    for o in raw_offices:
        holders = tuple(
            Holder(h["name"], tuple(h.get("aliases", ())),
                   tuple(Term(_date(a), _date(b) if b else None) for a, b in h["terms"]))
            for h in o["holders"]
        )
        if o["country"] not in countries:
            raise ValueError(f"offices.yaml: {o['key']} names unknown country {o['country']!r}")
        offices.append(Office(o["key"], o["country"], o["office"], tuple(o["titles"]), _date(o["since"]), holders))
    return KnowledgeBase(tuple(offices), countries)


@cache
def _adjective_index(kb: KnowledgeBase) -> dict[str, list[Country]]:
    index: dict[str, list[Country]] = {}
    for country in kb.countries.values():
        for adjective in country.adjectives:
            index.setdefault(adjective, []).append(country)
    return index


@cache
def _holder_index(kb: KnowledgeBase) -> dict[str, list[tuple[Office, Holder]]]:
    index: dict[str, list[tuple[Office, Holder]]] = {}
    for office in kb.offices:
        for holder in office.holders:
            for name in {holder.name, *holder.aliases}:
                index.setdefault(name, []).append((office, holder))
    return index


@cache
def _country_index(kb: KnowledgeBase) -> dict[str, Country]:
    index: dict[str, Country] = {}
    for country in kb.countries.values():
        for alias in (*country.aliases, *country.cities):
            index.setdefault(alias, country)
    return index


def alternation(words: object) -> str:
    """A regex alternation of literal words, longest first.

    Words of one length are in alphabetical order: which of them is tried first never changes a
    match (two such words cannot both match at one place but with different lengths), and the
    pattern is the same in every process.
    """
    items = sorted({str(w) for w in words}, key=lambda w: (-len(w), w))  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


@cache
def title_name_regex() -> re.Pattern[str]:
    """'President Barack Obama', 'Prime Minister Abe': a title from the KB, then a holder's name.

    No leading word-boundary test (it makes the scan several times slower): callers check that the
    title does not continue a word ("Vice President" is a title of its own and matches first).
    """
    kb = knowledge_base()
    titles = {t for o in kb.offices for t in o.titles}
    names = {n for o in kb.offices for h in o.holders for n in (h.name, *h.aliases)}
    return recache.compile(
        rf"(?P<title>{alternation(titles)})\s+(?P<name>{alternation(names)})(?![\w-])(?!\s*\d)"
    )

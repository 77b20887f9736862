"""The facts package: dates, numbers and the terms-of-office knowledge base."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from lint_news.api import check_text
from lint_news.facts.dates import DATE_RE, article_date, match_date, parse_date
from lint_news.facts.kb import knowledge_base, title_name_regex
from lint_news.facts.numbers import lengths, parse_number


def test_every_office_has_ordered_non_overlapping_terms() -> None:
    kb = knowledge_base()
    assert len(kb.offices) >= 40
    for office in kb.offices:
        assert office.country in kb.countries, office.key
        terms = sorted((t for h in office.holders for t in h.terms), key=lambda t: t.start)
        for term in terms:
            assert term.end is None or term.start < term.end, (office.key, term)
        for a, b in itertools.pairwise(terms):
            assert a.end is not None and a.end <= b.start, (office.key, a, b)
        assert sum(1 for t in terms if t.end is None) <= 1, office.key


def test_g20_heads_are_covered() -> None:
    keys = {o.key for o in knowledge_base().offices}
    for key in ("us-president", "ru-president", "cn-president", "gb-prime-minister", "fr-president",
                "de-chancellor", "it-prime-minister", "jp-prime-minister", "ca-prime-minister",
                "in-prime-minister", "br-president", "mx-president", "ar-president", "za-president",
                "kr-president", "tr-president", "id-president", "au-prime-minister", "un-secretary-general"):
        assert key in keys


def test_known_terms() -> None:
    kb = knowledge_base()
    (office, trump), = kb.office_holders("Trump", "President")
    assert office.key == "us-president"
    assert not trump.in_office_during(2016)
    assert trump.in_office_during(2018)
    assert trump.in_office(dt.date(2025, 6, 1))
    assert not trump.in_office(dt.date(2022, 6, 1))
    abe = [h for o, h in kb.office_holders("Abe", "Prime Minister")]
    assert abe and not abe[0].in_office(dt.date(2022, 3, 1)) and abe[0].in_office(dt.date(2015, 3, 1))


def test_title_name_regex_needs_a_title_and_not_a_date() -> None:
    rx = title_name_regex()
    m = rx.search("talks with Prime Minister Shinzo Abe in Tokyo")
    assert m is not None
    assert m.group() == "Prime Minister Shinzo Abe"
    assert rx.search("Obama spoke") is None
    assert rx.search("the Prime Minister May 5 statement") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Monday, December 30, 2021", (12, 30, 2021)), ("on 4 March 2018 at noon", (3, 4, 2018)),
     ("Sept. 9", (9, 9, None)), ("the 21st of June, 2019", (6, 21, 2019))],
)
def test_dates(text: str, expected: tuple[int, int, int | None]) -> None:
    m = DATE_RE.search(text)
    assert m is not None
    mention = match_date(m)
    assert mention is not None and (mention.month, mention.day, mention.year) == expected


def test_parse_date_and_article_date() -> None:
    assert parse_date("2021-03-04T10:00:00Z") == dt.date(2021, 3, 4)
    assert parse_date(dt.date(2020, 1, 2)) == dt.date(2020, 1, 2)
    assert parse_date("no date") is None
    md = "---\ntitle: A\ndate: 2022-05-06\n---\nBody text here.\n"
    assert article_date(_article(md, "a.md")) == dt.date(2022, 5, 6)
    dateline = "Headline of the day\n\nWednesday, November 11, 2020\n\nBody text follows here.\n"
    assert article_date(_article(dateline, "a.txt")) == dt.date(2020, 11, 11)
    assert article_date(_article("Ten years since March 11, 2011\n\nA body text.\n", "a.txt")) is None
    assert article_date(_article("Headline\n\nA body that names March 3, 2020 in passing, deep in a sentence.\n",
                                 "a.txt")) is None


def test_numbers_and_lengths() -> None:
    assert parse_number("forty-two") == 42
    assert parse_number("1,250") == 1250
    assert parse_number("many") is None
    found = lengths("A 40-foot boat, about 20 meters long, sold for $5m.")
    assert [(f.value, f.unit, f.dimension) for f in found] == [(40, "foot", None), (20, "meters", "long")]
    assert abs(found[0].metres - 12.192) < 1e-6


def _article(text: str, name: str):  # type: ignore[no-untyped-def]
    result = check_text(text, name, select=["C101"])[0]
    assert result.article is not None
    return result.article


def test_find_all_and_sentences() -> None:
    from lint_news.facts.spans import find_all, sentence_span

    assert find_all("born here, born there; (b. 1950)", ("born", "(b.")) == [0, 11, 23]
    assert find_all("nothing", ("born",)) == []
    article = _article("Headline\n\nFirst sentence here. Second one follows.\n", "a.txt")
    span = sentence_span(article, article.text.index("Second"))
    assert article.slice(span).startswith("Second")

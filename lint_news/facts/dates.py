"""Dates and weekdays in news text, and the date an article speaks from."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, NamedTuple

from ..lazyre import lazy_compile

if TYPE_CHECKING:
    from ..document import Article

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAY_RE = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# WEEKDAY_RE + \b found from its "day" (a literal the regex engine finds fast), the rest looked behind for
_WEEKDAY_DAY = lazy_compile(
    r"day\b(?:(?<=(?P<w3>Mon|Fri|Sun)day)|(?<=(?P<w4>Tues)day)|(?<=(?P<w5>Thurs|Satur)day)|(?<=(?P<w6>Wednes)day))"
)
MONTH_RE = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
            r"|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
# "December 30, 2021", "Dec. 30", "30 December 2021", "30th of December"
_MDY = rf"(?P<m1>{MONTH_RE})\s+(?P<d1>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,?\s+(?P<y1>(?:19|20)\d\d)\b)?"
_DMY = rf"(?P<d2>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{MONTH_RE})(?:,?\s+(?P<y2>(?:19|20)\d\d)\b)?"
DATE_RE = lazy_compile(rf"\b(?:{_MDY}|{_DMY})")
ISO_RE = lazy_compile(r"\b((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?!\d)")
YEAR_RE = lazy_compile(r"(?<![\d,.$£€-])\b(19[5-9]\d|20[0-4]\d)\b(?![\d%-]|,\d)")


def weekday_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each match of WEEKDAY_RE + \\b in text, in order (they never overlap)."""
    return [(m.start(m.lastgroup or 0), m.end()) for m in _WEEKDAY_DAY.finditer(text)]


class DateMention(NamedTuple):
    start: int
    end: int
    month: int
    day: int
    year: int | None

    def resolve(self, year: int | None = None) -> dt.date | None:
        y = self.year or year
        if y is None:
            return None
        try:
            return dt.date(y, self.month, self.day)
        except ValueError:
            return None


def month_number(word: str) -> int | None:
    return _MONTHS.get(word.lower().rstrip("."))


def weekday_index(word: str) -> int | None:
    w = word.lower()
    return WEEKDAYS.index(w) if w in WEEKDAYS else None


def match_date(m: re.Match[str]) -> DateMention | None:
    """A DateMention from a DATE_RE match, or None when the day cannot exist in that month."""
    month = month_number(m.group("m1") or m.group("m2"))
    day = int(m.group("d1") or m.group("d2"))
    year_text = m.group("y1") or m.group("y2")
    if month is None or not 1 <= day <= 31:
        return None
    return DateMention(m.start(), m.end(), month, day, int(year_text) if year_text else None)


def parse_date(value: object) -> dt.date | None:
    """A date from front matter: a date object, ISO text, or "December 30, 2021"."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    m = ISO_RE.search(value)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    dm = DATE_RE.search(value)
    if dm:
        mention = match_date(dm)
        return mention.resolve() if mention else None
    return None


def article_date(article: Article) -> dt.date | None:
    """The date the article speaks from: front matter, else a full date in its first blocks."""
    return article.analysis("facts.date", _compute_date)


def _compute_date(article: Article) -> dt.date | None:
    for key in ("date", "published", "datePublished", "pubdate"):
        if key in article.meta:
            found = parse_date(article.meta[key])
            if found:
                return found
    # A dateline: a block of the first three that is a date and nothing else ("Wednesday,
    # November 11, 2020", "Updated: 4 March 2021 10:15 GMT"); a headline naming a past date is not one.
    for block in article.blocks[:3]:
        text = article.block_text(block)
        if len(text) > 60:
            continue
        m = _DATELINE.fullmatch(text.strip())
        if m:
            mention = match_date(m)
            if mention and mention.year:
                return mention.resolve()
    return None


_DATELINE = lazy_compile(
    rf"(?:(?:Updated|Published|Posted|Last updated|Date)\s*:?\s*)?(?:{WEEKDAY_RE},?\s+)?{DATE_RE.pattern}"
    r"(?:\s*(?:[,|•·-]|at)?\s*\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4})?)?\.?",
    re.IGNORECASE,
)

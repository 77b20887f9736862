"""C101: a weekday beside a date that fell on another day ("Monday, December 30, 2021")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.dates import DATE_RE, WEEKDAY_RE, WEEKDAYS, article_date, match_date, weekday_index, weekday_spans
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

# The weekday directly before the date ("Monday, Dec. 30", "on Monday 30 December") or directly
# after it in brackets ("December 30 (Monday)"). Weekdays are rarer than numbers: scan for them.
_SEP = lazy_compile(r",\s*|\s+(?:the\s+)?|\s*\(\s*")  # after a weekday, before its date
_BRACKETED = lazy_compile(rf"\(\s*(?P<wd>{WEEKDAY_RE})\s*\)")
_DATE_BEFORE = lazy_compile(rf"(?:{DATE_RE.pattern})\s*$")


class WeekdayDateMismatch(Rule):
    """A weekday that does not match the date written beside it.

    ## What it flags
    A weekday written next to a calendar date on which it did not fall: "Monday, December 30,
    2021" (that day was a Thursday). Dates without a year are checked only when the article's
    date (front matter or dateline) gives the year and the date lies within a few months of it.

    ## Why it matters
    Rewriting tools change one half of a date and not the other; readers cannot tell which half
    is right, and one of them is wrong.

    ## Example
        The talks resumed on Friday, March 4, 2022, in Vienna.

    ## Suggested fix
    Check the source and correct the weekday or the date. No automatic fix: either may be wrong.

    ## Fix safety
    No fix is offered.
    """

    code = "C101"
    name = "contradiction.weekday-date"
    category = "contradiction"
    severity = "warning"
    summary = "A weekday does not match the calendar date beside it"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        anchor = None
        for m, (wd_start, wd_end, wd_word) in _pairs(text):
            mention = match_date(m)
            if mention is None:
                continue
            day = mention.resolve()
            if day is None and mention.year is None:
                anchor = anchor or article_date(article)
                if anchor is None:
                    continue
                day = _nearest(mention.month, mention.day, anchor)
            if day is None:
                continue
            said = weekday_index(wd_word)
            if said is None or said == day.weekday():
                continue
            actual = WEEKDAYS[day.weekday()].capitalize()
            yield self.finding(
                Span(wd_start, wd_end),
                f"{text[m.start():m.end()]} fell on a {actual}, not a {wd_word}"
                + ("" if mention.year else f" (year {day.year} from the article's date)"),
                related=[Related(Span(m.start(), m.end()), f"the date given with '{wd_word}'")],
                confidence=0.9 if mention.year else 0.7,
            )


def _pairs(text: str) -> Iterator[tuple[re.Match[str], tuple[int, int, str]]]:
    """(date match, weekday span and word) for each weekday written beside a date."""
    for start, end in weekday_spans(text):
        sep = _SEP.match(text, end)
        if sep is None or (start and text[start - 1].isalnum()):
            continue
        m = DATE_RE.match(text, sep.end())
        if m:
            yield m, (start, end, text[start:end])
    if "(" not in text:
        return
    for b in _BRACKETED.finditer(text):
        m = _DATE_BEFORE.search(text, max(0, b.start() - 40), b.start())
        if m:
            date = DATE_RE.match(text, m.start())
            if date:
                yield date, (b.start("wd"), b.end("wd"), b.group("wd"))


def _nearest(month: int, day: int, anchor: dt.date) -> dt.date | None:
    """The date with this month and day closest to the article's date (within four months)."""
    best: dt.date | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - anchor).days) < abs((best - anchor).days):
            best = candidate
    if best is None or abs((best - anchor).days) > 120:
        return None
    return best

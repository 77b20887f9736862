"""C101: a weekday beside a date that fell on another day ("Monday, December 30, 2021")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.dates import DATE_RE, WEEKDAY_RE, WEEKDAYS, article_date, match_date, weekday_index
from ..findings import Finding, Related, Span
from ..registry import Rule

# The weekday directly before the date ("Monday, Dec. 30", "on Monday 30 December") or directly
# after it in brackets ("December 30 (Monday)").
_BEFORE = re.compile(rf"\b(?P<wd>{WEEKDAY_RE})(?:,\s*|\s+(?:the\s+)?|\s*\(\s*)$")
_AFTER = re.compile(rf"\s*\(\s*(?P<wd>{WEEKDAY_RE})\s*\)")
_CANDIDATE = re.compile(WEEKDAY_RE)


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
        if not _CANDIDATE.search(text):
            return
        anchor = None
        for m in DATE_RE.finditer(text):
            mention = match_date(m)
            if mention is None:
                continue
            wd_match = _weekday_beside(text, m.start(), m.end())
            if wd_match is None:
                continue
            wd_start, wd_end, wd_word = wd_match
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


def _weekday_beside(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    m = _BEFORE.search(text, max(0, start - 16), start)
    if m:
        return m.start("wd"), m.end("wd"), m.group("wd")
    m2 = _AFTER.match(text, end)
    if m2:
        return m2.start("wd"), m2.end("wd"), m2.group("wd")
    return None


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

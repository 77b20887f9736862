"""C110: one person given two ages ("Maria Costa, 47," … "Costa, 74,")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.spans import find_all
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

_NAME = r"[A-ZÀ-Þ](?:[^\W\d_]|['’-])+"  # (any letters after the capital: "Kovačević")
# "Maria Costa, 47," / "Costa, 47," : an age in commas (found first), then the name before it.
_AGE = lazy_compile(r",\s+(?P<age>\d{1,3}),(?=\s)")
_NAME_BEFORE = lazy_compile(rf"(?<![\w'’-])(?:(?P<first>{_NAME})\s+)?(?P<last>{_NAME})$")
# "The 74-year-old Costa"
_AGE_BEFORE = lazy_compile(rf"\b(?P<age>\d{{1,3}})-year-old\s+(?:[a-z]+\s+){{0,2}}?(?P<last>{_NAME})\b(?![\s,]*\d)")
# "Amrani, a 62-year-old wheat grower", "Amrani, aged 58", "Carupia, who turned 22": an age after a
# name and its comma, found from the comma (a literal the regex engine skips to), the name then read
# back with _NAME_BEFORE; and "At 21, Wróblewska"
_APPOSED_AGE = lazy_compile(r", (?:(?:a|an|the) (?P<old>\d{1,3})-year-old\b|aged (?P<aged>\d{1,3})\b"
                            r"|who (?:turned|turns|is now) (?P<turned>\d{1,3})\b)")
_AGE_FIRST = lazy_compile(rf"At (?P<age>\d{{1,2}}), (?P<last>{_NAME})\b(?! [A-Z])")
_NOT_FIRST = {"The", "A", "An", "Mr", "Mrs", "Ms", "Dr", "And", "But", "Its", "His", "Her", "Their", "Both", "Said"}


def _first_names(text: str, last: str) -> set[str]:
    """The first names the article puts before a surname ("Mary Smith", "John Smith")."""
    found = set()
    for m in re.finditer(rf"(?<![\w'’-])({_NAME})\s+{re.escape(last)}(?![\w'’-])", text):
        if m.group(1) not in _NOT_FIRST:
            found.add(m.group(1))
    return found


class PersonAgeConflict(Rule):
    """One person given two different ages in the same article.

    ## What it flags
    A name with an age ("Maria Costa, 47,") and, later, the same surname with another age
    ("Costa, 74," or "the 74-year-old Costa"); an age in apposition counts too ("Amrani, a
    62-year-old farmer", "Amrani, aged 58", "Carupia, who turned 22", "At 21, Wróblewska"). A surname shared by two people with different
    first names is left alone, and so is any surname the article gives two first names for.

    ## Why it matters
    Transposed or retyped digits are a typical spinning error; an article cannot be right
    about both ages.

    ## Example
        Maria Costa, 47, leads the design team. Costa, 74, joined the firm in 2001.

    ## Suggested fix
    Check the source and give one age.

    ## Fix safety
    No fix is offered.
    """

    code = "C110"
    name = "contradiction.person-age"
    category = "contradiction"
    severity = "warning"
    summary = "One person is given two different ages"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        mentions: list[tuple[str, str | None, int, Span]] = []
        for m in _AGE.finditer(text):
            name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if name is None:
                continue
            first = name.group("first")
            first = None if first in _NOT_FIRST else first
            mentions.append((name.group("last"), first, int(m.group("age")), Span(m.start("age"), m.end("age"))))
        for m in _APPOSED_AGE.finditer(text):
            name = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
            group = "old" if m.group("old") else "aged" if m.group("aged") else "turned"
            if name is not None and name.group("last") not in _NOT_FIRST:
                mentions.append((name.group("last"), None, int(m.group(group)), Span(m.start(group), m.end(group))))
        for m in _AGE_FIRST.finditer(text):
            if (m.start() == 0 or not text[m.start() - 1].isalnum()) and m.group("last") not in _NOT_FIRST:
                mentions.append((m.group("last"), None, int(m.group("age")), Span(m.start("age"), m.end("age"))))
        if not mentions:
            return
        for pos in find_all(text, ("-year-old",)):
            before = _AGE_BEFORE.search(text, max(0, pos - 3), pos + 60)
            if before:
                mentions.append((before.group("last"), None, int(before.group("age")),
                                 Span(before.start(), before.end())))
        mentions.sort(key=lambda t: t[3].start)
        if len({last for last, _, _, _ in mentions}) == len(mentions):
            return  # no surname is given an age twice
        reported: set[str] = set()
        for i, (last, first, age, span) in enumerate(mentions):
            if last in reported or len(_first_names(text, last)) > 1:
                continue
            for last0, first0, age0, span0 in mentions[:i]:
                if last0 != last or (first and first0 and first != first0) or abs(age - age0) <= 1:
                    continue
                reported.add(last)
                yield self.finding(
                    span,
                    f"{last} is {age} here but {age0} earlier in the article",
                    related=[Related(span0, f"{last}'s age as first given")],
                    confidence=0.75,
                )
                break

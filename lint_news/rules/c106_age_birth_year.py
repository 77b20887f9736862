"""C106: an age that does not fit the birth year given for the same person."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.dates import article_date
from ..facts.spans import find_all, sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import LazyPattern, lazy_compile
from ..registry import Rule

_BORN = lazy_compile(
    r"(?:(?P<who>\b[A-Z][\w'’-]+)(?:,?\s+who\s+was|\s+was|,)?\s+)?(?:\(\s*born\s+|\(\s*b\.\s*|\bborn\s+(?:in\s+(?:[A-Z][\w'’-]+,?\s+){1,3}(?=on\s)|in\s+)?)"
    r"(?:(?:on\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]+\s+))?(?P<year>(?:19|20)\d\d)\b"
)
_AGE = lazy_compile(
    r"(?P<who>\b[A-Z][\w'’-]+),\s+(?P<a1>\d{1,3}),(?=\s)|\b(?P<a2>\d{1,3})-year-old\b|\baged\s+(?P<a3>\d{1,3})\b"
)
# The age is not the person's age now: a death, a past frame, or another year in the sentence.
_OTHER_TIME = lazy_compile(
    r"(?i:\b(?:died|dies|dead|death|killed|late|when|then|at the time|would|had been)\b|\b(?:was|were)\b(?!\s+born))"
)
_INDEFINITE = lazy_compile(r"\b(?:a|an)\s+$")
_PREDICATIVE = lazy_compile(r"\b(?:is|was|as|now)\s+(?:a|an)\s+$")
_AGE_COMMA = lazy_compile(r",\s+\d{1,3},(?=\s)")
_YEAR = lazy_compile(r"\b(?:19|20)\d\d\b")


class AgeBirthYear(Rule):
    """An age that does not fit the birth year given for the same person.

    ## What it flags
    A person's age ("Rivera, 52," or "the 52-year-old") and a birth year for the same person (in
    the same sentence, or "Rivera was born in 1961" elsewhere, or "The 52-year-old" opening the
    sentence after the one where the person was born) that cannot both be true on the
    article's date (front matter or dateline). Ages at death or in a past frame, sentences with a
    second year, and articles without a date are left alone.

    ## Why it matters
    Spinning and translation alter digits; an age and a birth year that disagree show that one of
    them was changed.

    ## Example
        ---
        date: 2024-04-10
        ---
        The coach, who was born in 1980, is a 51-year-old former defender.

    ## Suggested fix
    Check the source and correct the age or the year.

    ## Fix safety
    No fix is offered.
    """

    code = "C106"
    name = "contradiction.age-birth-year"
    category = "contradiction"
    severity = "warning"
    summary = "An age does not fit the birth year given for the same person"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if "born" not in text and "(b." not in text:
            return
        day = article_date(article)
        if day is None:
            return
        births = _around(text, find_all(text, ("born", "(b.")), _BORN)
        if not births:
            return
        age_anchors = find_all(text, ("-year-old", "aged ")) + [m.start() for m in _AGE_COMMA.finditer(text)]
        ages = [m for m in _around(text, sorted(age_anchors), _AGE) if _is_current(article, m)]
        for birth in births:
            if not _is_current(article, birth):
                continue
            year = int(birth.group("year"))
            sent = sentence_span(article, birth.start())
            for age_match in ages:
                same_sentence = sent.start <= age_match.start() < sent.end
                same_person = birth.group("who") is not None and (
                    birth.group("who") == age_match.group("who") or _refers_back(article, sent, age_match, birth.end()))
                if not (same_person or (same_sentence and _may_be_same(text, birth, age_match))):
                    continue
                age = int(age_match.group("a1") or age_match.group("a2") or age_match.group("a3"))
                if day.year - year - 1 <= age <= day.year - year:
                    continue
                age_span = Span(age_match.start("a1"), age_match.end("a1")) if age_match.group("a1") else \
                    Span(age_match.start(), age_match.end())
                yield self.finding(
                    age_span,
                    f"someone born in {year} was {day.year - year - 1} or {day.year - year} on {day.isoformat()}, "
                    f"the article's date, not {age}",
                    related=[Related(Span(birth.start("year"), birth.end("year")), "the birth year given")],
                    confidence=0.75,
                )
                break


def _refers_back(article: Article, sentence: Span, age: re.Match[str], birth_end: int) -> bool:
    """Does "The 37-year-old" open the sentence right after ``sentence`` (where a person is said to
    be born), as the subject that refers back to that person?"""
    if age.group("a2") is None or article.text[max(0, age.start() - 4) : age.start()] not in ("The ", "the "):
        return False
    after = sentence_span(article, age.start())
    between = article.text[sentence.end : after.start]
    if after.start != age.start() - 4 or between.strip():
        return False
    # no one else named after the person born ("Ortega, born in 1987, replaced the injured Diaz.")
    rest = article.text[birth_end : sentence.end].split()
    return not any(w[:1].isupper() for w in rest)


def _may_be_same(text: str, birth: re.Match[str], age: re.Match[str]) -> bool:
    """In one sentence, the age may describe the person born: not another named person, and not
    a newcomer ("hired a 25-year-old assistant"; "is a 51-year-old" is the same person)."""
    if birth.group("who") and age.group("who") and birth.group("who") != age.group("who"):
        return False
    before = text[max(0, age.start() - 12) : age.start()]
    return not (_INDEFINITE.search(before) and not _PREDICATIVE.search(before))


def _around(text: str, anchors: list[int], rx: LazyPattern, width: int = 50) -> list[re.Match[str]]:
    """Matches of ``rx`` that contain an anchor, searched for in a window around each anchor."""
    out: list[re.Match[str]] = []
    for pos in anchors:
        if out and out[-1].end() > pos:
            continue
        for m in rx.finditer(text, max(0, pos - width), pos + width):
            if m.start() <= pos < m.end():
                out.append(m)
                break
    return out


def _is_current(article: Article, m: re.Match[str]) -> bool:
    span = sentence_span(article, m.start())
    sentence = article.text[span.start : span.end]
    return not _OTHER_TIME.search(sentence) and len(_YEAR.findall(sentence)) <= 1

"""C107: parts that add up to more than the total stated with them."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.numbers import NUMBER_RE, parse_number
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

_COUNTED = (r"(?:people|persons|victims|deaths|dead|casualties|soldiers|troops|civilians|students|children|"
            r"passengers|workers|members|cases|patients|migrants|prisoners|employees|residents|fighters|"
            r"officers|delegates|athletes|candidates|lawmakers|voters|households|hostages|detainees|refugees|"
            r"survivors|inmates)")
# "killed 12 people, including five children and eight women": found from the anchor word back.
_INCLUDING = lazy_compile(r"\b(?:including|among them|among whom|of whom)\s+")
_TOTAL_BEFORE = lazy_compile(
    rf"(?<![\w.,])(?P<total>{NUMBER_RE})\s+(?:[a-z-]+\s+){{0,2}}?{_COUNTED}\b[^.;:]{{0,40}}?,?\s+$"
)
# "Of the 40 passengers, 30 were men and 15 women"
# "f the " is a literal the scanner finds fast; the total must follow it at once.
_OF_THE = lazy_compile(r"f the (?=\d)")
_OF_THE_TOTAL = lazy_compile(rf"(?P<total>\d{{1,3}}(?:,\d{{3}})+|\d+)\s+(?:[a-z-]+\s+){{0,2}}?{_COUNTED},\s+")
_PART = lazy_compile(rf"(?P<n>{NUMBER_RE})\s+(?!(?:percent|per|years?|months?|days?|hours?|%)\b)[a-z]")
_JOIN = lazy_compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
# Parts are summed only when they name disjoint groups of one kind (children and women, civilians
# and soldiers); "20 civilians and 15 women" may overlap and is left alone.
_CLASSES: dict[str, frozenset[str]] = {
    "men": frozenset({"am"}), "women": frozenset({"af"}), "boys": frozenset({"cm"}), "girls": frozenset({"cf"}),
    "children": frozenset({"cm", "cf"}), "minors": frozenset({"cm", "cf"}), "adults": frozenset({"am", "af"}),
    "civilians": frozenset({"civ"}), "soldiers": frozenset({"mil"}), "troops": frozenset({"mil"}),
    "servicemen": frozenset({"mil"}), "policemen": frozenset({"pol"}), "police": frozenset({"pol"}),
    "militants": frozenset({"arm"}), "fighters": frozenset({"arm"}), "insurgents": frozenset({"arm"}),
    "rebels": frozenset({"arm"}),
}
_KIND = {w: ("person" if c <= {"am", "af", "cm", "cf"} else "role") for w, c in _CLASSES.items()}
_WORDS = lazy_compile(r"[a-z][\w'’-]*(?:\s+(?!and\b)[a-z][\w'’-]*)?")
_STOP = lazy_compile(r"[.;:()]|\b(?:who|which|while|but|after|before|aged|age|between)\b")
# A vote tally in a chamber whose size is given: "by 433 votes to 165 in the 400-seat house".
_SIZED = lazy_compile(r"-(?:member|seat|strong)")  # one scan for the three: a hyphen is a fast literal
_SIZE = lazy_compile(r"\b(?P<size>\d{2,4})-(?:member|seat|strong)\b")
_TALLY = lazy_compile(r"\b(?P<a>\d{1,4})\s*(?:votes?\s+to|[-–]|to)\s*(?P<b>\d{1,4})\b(?!-(?:member|seat))")


# Two shares of one vote, set against each other: "won 56.3% of the vote against 46.1% for ..."
_PERCENT = r"\s?(?:%|per ?cent\b|percent\b)"
_VOTE_SHARES = lazy_compile(
    rf"(?<![\d.])(?P<a>\d{{1,2}}(?:\.\d+)?)(?P<amark>{_PERCENT}) of the vote,?\s+(?:against|versus|vs\.?)\s+"
    rf"(?P<b>\d{{1,2}}(?:\.\d+)?)(?P<bmark>{_PERCENT})\s+for\s")  # ("for" the rival: not "in the first round")


class PartsExceedTotal(Rule):
    """Parts that add up to more than the total they belong to.

    ## What it flags
    A count followed by its breakdown into disjoint groups ("12 people, including five children and
    eight women"; "Of the 40 passengers, 30 were men and 15 women") when the parts add up to more
    than the total, and a vote tally larger than the chamber it was taken in ("by 52 votes to 51
    in the 100-member Senate"), and two shares of one vote set against each other that add up to
    more than all of it ("won 56.3% of the vote against 46.1% for her rival"). Parts may fall
    short of a total (a breakdown need not be
    complete); they cannot exceed it. Groups that may overlap ("20 civilians and 15 women") are
    not summed.

    ## Why it matters
    Altered digits are hard to spot by eye; arithmetic that cannot work shows that one number
    is wrong.

    ## Example
        The storm killed 12 people, including five children and eight women.

    ## Suggested fix
    Check the figures against the source.

    ## Fix safety
    No fix is offered.
    """

    code = "C107"
    name = "contradiction.parts-exceed-total"
    category = "contradiction"
    severity = "warning"
    summary = "Parts add up to more than the total stated with them"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if "of the vote" in text:
            yield from self._shares(text)
        including = "including" in text or "among" in text or "of whom" in text
        of_the = _OF_THE.search(text) is not None  # "f the " alone is common: look for the digit too
        sized = _SIZED.search(text) is not None
        if not (including or of_the or sized):
            return
        for block in article.blocks:
            a, b = block.start, block.end
            has_including = including and any(text.find(w, a, b) >= 0 for w in ("including", "among", "of whom"))
            has_of_the = of_the and text.find("f the ", a, b) >= 0
            if has_including or has_of_the:
                yield from self._breakdowns(text, a, b, has_including, has_of_the)
            if sized and any(text.find(w, a, b) >= 0 for w in ("-member", "-seat", "-strong")):
                yield from self._tallies(text, a, b)

    def _shares(self, text: str) -> Iterator[Finding]:
        """Two shares of one vote that add up to more than all of it: "won 56.3% of the vote
        against 46.1% for her rival"."""
        for m in _VOTE_SHARES.finditer(text):
            a, b = float(m.group("a")), float(m.group("b"))
            if a + b <= 100.1:  # (rounding)
                continue
            yield self.finding(
                Span(m.start("b"), m.end("bmark")),
                f"{m.group('a')}% and {m.group('b')}% of one vote add up to {a + b:.1f}%, more than the whole",
                related=[Related(Span(m.start("a"), m.end("amark")), "the other share")],
                confidence=0.8,
            )

    def _breakdowns(self, text: str, start: int, end: int, including: bool, of_the: bool) -> Iterator[Finding]:
        for m in _totals(text, start, end, including, of_the):
            total = parse_number(m.group("total"))
            if total is None:
                continue
            parts = _parts(text, m.end(), end)
            if len(parts) < 2 or not _disjoint([text[p.start:p.end].split()[-1].lower() for p, _ in parts]):
                continue
            summed = sum(v for _, v in parts)
            if summed <= total:
                continue
            first, last = parts[0][0], parts[-1][0]
            total_span = Span(m.start("total"), m.end("total"))
            yield self.finding(
                Span(first.start, last.end),
                f"the parts add up to {summed:g}, more than the total of {total:g} given with them",
                related=[Related(total_span, "the stated total")],
                confidence=0.8,
            )

    def _tallies(self, text: str, start: int, end: int) -> Iterator[Finding]:
        for size_match in _SIZE.finditer(text, start, end):
            size = int(size_match.group("size"))
            window_start = max(start, size_match.start() - 150)
            for tally in _TALLY.finditer(text, window_start, min(end, size_match.end() + 150)):
                a, b = int(tally.group("a")), int(tally.group("b"))
                if tally.start() == size_match.start() or a + b <= size or a < b:
                    continue
                if _STOP.search(text, min(tally.end(), size_match.end()), max(tally.start(), size_match.start())):
                    continue
                yield self.finding(
                    Span(tally.start(), tally.end()),
                    f"a vote of {a} to {b} ({a + b} votes) cannot be cast in a body of {size}",
                    related=[Related(Span(size_match.start(), size_match.end()), "the size of the body")],
                    confidence=0.7,
                )


def _totals(text: str, start: int, end: int, including: bool, of_the: bool) -> Iterator[re.Match[str]]:
    """Each stated total whose breakdown starts where the match ends."""
    if including:
        for anchor in _INCLUDING.finditer(text, start, end):
            m = _TOTAL_BEFORE.search(text, max(start, anchor.start() - 90), anchor.end())
            if m:
                yield m
    if not of_the:
        return
    for anchor in _OF_THE.finditer(text, start, end):
        if anchor.start() == 0 or text[anchor.start() - 1] not in "oO":
            continue
        m = _OF_THE_TOTAL.match(text, anchor.end(), end)
        if m:
            yield m


def _disjoint(heads: list[str]) -> bool:
    if any(h not in _CLASSES for h in heads) or len({_KIND[h] for h in heads}) != 1:
        return False
    seen: set[str] = set()
    for head in heads:
        if seen & _CLASSES[head]:
            return False
        seen |= _CLASSES[head]
    return True


def _parts(text: str, pos: int, end: int) -> list[tuple[Span, float]]:
    stop = _STOP.search(text, pos, end)
    limit = stop.start() if stop else end
    out: list[tuple[Span, float]] = []
    while pos < limit:
        m = _PART.match(text, pos, limit)
        if not m:
            break
        value = parse_number(m.group("n"))
        if value is None:
            break
        word_end = _WORDS.match(text, m.end() - 1, limit)
        span_end = word_end.end() if word_end else m.end()
        out.append((Span(m.start(), span_end), value))
        join = _JOIN.match(text, span_end, limit)
        if not join:
            break
        pos = join.end()
    return out

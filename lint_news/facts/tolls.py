"""Death tolls as news states them: "killed 21 people", "12 dead", "the death toll rose to 40"."""

from __future__ import annotations

import re

from ..lazyre import lazy_compile
from .numbers import NUMBER_RE, parse_number

_N = rf"(?P<n>{NUMBER_RE})"
TOLL = lazy_compile(
    rf"(?<![\w.,$£€-]){_N}\s+(?:(?:people|persons|civilians|soldiers|migrants|workers|children|passengers)\s+)?"
    r"(?:(?:were|are|have been|had been|have|had|has)\s+)?(?:dead|killed|die|died|dies|deaths)\b"
    rf"|\b(?:kills?|killed|killing|claims?|claimed)\s+(?P<least>at\s+least\s+)?(?P<n2>{NUMBER_RE})(?!\s*(?:%|percent|years?))\b"
    rf"|\bdeath\s+toll\s+(?:\w+\s+){{0,3}}?(?:to|of|at|is|was|stands at|reached)\s+(?P<least3>at\s+least\s+)?(?P<n3>{NUMBER_RE})\b"
)
TOLL_HINT = lazy_compile(r"dea(?:d|th)|kill|claim|die[ds]?\b")  # in every TOLL match: a cheap test first


def toll_value(m: re.Match[str]) -> float | None:
    """The number of a TOLL match."""
    return parse_number(m.group("n") or m.group("n2") or m.group("n3"))


def toll_group(m: re.Match[str]) -> str:
    """The name of the group that holds a TOLL match's number."""
    return next(g for g in ("n", "n2", "n3") if m.group(g))


def at_least(text: str, m: re.Match[str]) -> bool:
    """The toll is a floor: "killed at least 14", "at least four people had died"."""
    return bool(m.group("least") or m.group("least3")) or text[max(0, m.start() - 9) : m.start()].lower() == "at least "

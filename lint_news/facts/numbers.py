"""Numbers written in digits or words, and lengths converted to metres."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..lazyre import lazy_compile
from ..wordpatterns import prefix_tree

_SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "a hundred": 100,
}
# the words as a prefix tree (lower case, so longest first as before): several times faster to try
NUMBER_RE = (r"(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|(?i:" + prefix_tree(_SMALL)
             + r")(?:[- ](?i:one|two|three|four|five|six|seven|eight|nine))?)")

# Metres per unit.
_LENGTH_UNITS = {
    "foot": 0.3048, "feet": 0.3048, "ft": 0.3048, "inch": 0.0254, "inches": 0.0254, "yard": 0.9144,
    "yards": 0.9144, "mile": 1609.344, "miles": 1609.344, "meter": 1.0, "meters": 1.0, "metre": 1.0,
    "metres": 1.0, "m": 1.0, "kilometer": 1000.0, "kilometers": 1000.0, "kilometre": 1000.0,
    "kilometres": 1000.0, "km": 1000.0, "centimeter": 0.01, "centimeters": 0.01, "centimetre": 0.01,
    "centimetres": 0.01, "cm": 0.01,
}
_UNIT_RE = prefix_tree(_LENGTH_UNITS)  # longest first where several units match
# A number standing alone: not part of a word, a decimal or a longer figure ("14", "1,200", "twelve")
STANDALONE_NUMBER = lazy_compile(rf"(?<![\w.,]){NUMBER_RE}(?![\w,])")
LENGTH_RE = lazy_compile(
    rf"(?<![\w.,$£€¥])(?P<num>{NUMBER_RE})(?:\s*|-)(?P<unit>{_UNIT_RE})\b(?!\.\d)(?P<dim>[- ](?:long|tall|high|wide|deep))?"
)
# Units are rarer than numbers: find a unit first, then read the number before it. The character
# before the unit is matched, not looked behind for: a leading class the regex engine skips to fast.
_UNIT_FIRST = lazy_compile(rf"[\d\s-](?:{_UNIT_RE})\b")


def parse_number(text: str) -> float | None:
    """12, 1,200, 3.5, twelve, forty-two; None for anything else."""
    t = text.strip().lower()
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?", t):
        return float(t.replace(",", ""))
    parts = re.split(r"[- ]", t)
    if t in _SMALL:
        return float(_SMALL[t])
    if len(parts) == 2 and parts[0] in _SMALL and parts[1] in _SMALL and _SMALL[parts[1]] < 10:
        return float(_SMALL[parts[0]] + _SMALL[parts[1]])
    return None


class Length(NamedTuple):
    start: int
    end: int
    value: float
    unit: str
    metres: float
    dimension: str | None  # "long", "tall"... when the text says so


def lengths(text: str, start: int = 0, end: int | None = None) -> list[Length]:
    end = len(text) if end is None else end
    out: list[Length] = []
    last = start
    for found in _UNIT_FIRST.finditer(text, max(start - 1, 0), end):  # the unit may open the range
        unit_start = found.start() + 1
        m = LENGTH_RE.search(text, max(last, unit_start - 24), end)
        if m is None or m.start("unit") != unit_start:
            continue
        last = m.end()
        value = parse_number(m.group("num"))
        if value is None or value == 0:
            continue
        unit = m.group("unit")
        dim = m.group("dim")
        out.append(Length(m.start(), m.end(), value, unit, value * _LENGTH_UNITS[unit.lower()],
                          dim[1:].lower() if dim else None))
    return out

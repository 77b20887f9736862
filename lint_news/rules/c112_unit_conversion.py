"""C112: a measurement and its conversion in brackets disagree ("40 feet (20 metres)")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.numbers import NUMBER_RE, parse_number
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule
from ..wordpatterns import prefix_tree

# unit -> (quantity, factor to the base unit: metre, kilogram, square metre, km/h, litre)
_TABLE = {
    # length
    "foot": ("length", 0.3048), "feet": ("length", 0.3048), "ft": ("length", 0.3048),
    "inch": ("length", 0.0254), "inches": ("length", 0.0254), "yard": ("length", 0.9144),
    "yards": ("length", 0.9144), "mile": ("length", 1609.344), "miles": ("length", 1609.344),
    "meter": ("length", 1.0), "meters": ("length", 1.0), "metre": ("length", 1.0), "metres": ("length", 1.0),
    "m": ("length", 1.0), "kilometer": ("length", 1000.0), "kilometers": ("length", 1000.0),
    "kilometre": ("length", 1000.0), "kilometres": ("length", 1000.0), "km": ("length", 1000.0),
    "centimeters": ("length", 0.01), "centimetres": ("length", 0.01), "cm": ("length", 0.01),
    "millimeters": ("length", 0.001), "millimetres": ("length", 0.001), "mm": ("length", 0.001),
    # mass (tons: short, long and metric tons differ by 10%; the tolerance covers it)
    "kilogram": ("mass", 1.0), "kilograms": ("mass", 1.0), "kg": ("mass", 1.0), "kilos": ("mass", 1.0),
    "pound": ("mass", 0.45359), "pounds": ("mass", 0.45359), "lb": ("mass", 0.45359), "lbs": ("mass", 0.45359),
    "ounce": ("mass", 0.02835), "ounces": ("mass", 0.02835), "oz": ("mass", 0.02835),
    "tonne": ("mass", 1000.0), "tonnes": ("mass", 1000.0), "ton": ("mass", 950.0), "tons": ("mass", 950.0),
    "grams": ("mass", 0.001),
    # area
    "hectare": ("area", 1e4), "hectares": ("area", 1e4), "acre": ("area", 4046.86), "acres": ("area", 4046.86),
    "square kilometers": ("area", 1e6), "square kilometres": ("area", 1e6), "sq km": ("area", 1e6),
    "km2": ("area", 1e6), "km²": ("area", 1e6), "square miles": ("area", 2.58999e6),
    "sq miles": ("area", 2.58999e6), "square meters": ("area", 1.0), "square metres": ("area", 1.0),
    "square feet": ("area", 0.092903), "sq ft": ("area", 0.092903),
    # speed
    "mph": ("speed", 1.609344), "miles per hour": ("speed", 1.609344), "km/h": ("speed", 1.0),
    "kph": ("speed", 1.0), "kilometers per hour": ("speed", 1.0), "kilometres per hour": ("speed", 1.0),
    # volume
    "liters": ("volume", 1.0), "litres": ("volume", 1.0), "gallons": ("volume", 3.785),
    # temperature: handled apart (an offset, not a factor)
    "degrees Fahrenheit": ("temperature", 0.0), "degrees Celsius": ("temperature", 0.0),
    "°F": ("temperature", 0.0), "°C": ("temperature", 0.0), "F": ("temperature", 0.0), "C": ("temperature", 0.0),
}
_UNIT = prefix_tree(_TABLE)  # longest first where several units match
_HEDGE = r"(?:(?:about|around|roughly|nearly|almost|some|approximately|approx\.|more than|over|under|up to|just over|just under|less than)\s+)?"


def _qty(n: str, u: str) -> str:
    return rf"(?P<{n}>{NUMBER_RE})(?:\s*|-)(?P<{u}>{_UNIT})(?![\w/²])"



# "40 feet (12 metres)", "a 40-foot (12-metre) boat", "40 feet, or 12 metres,"
_PAIR = lazy_compile(
    _qty("n1", "u1") + r"(?:-[a-z]+)?\s*(?:\(\s*" + _HEDGE + _qty("n2", "u2")
    + r"(?:-[a-z]+)?\s*\)|,\s+or\s+" + _HEDGE + _qty("n3", "u3") + r"\b)"
)
# "5 feet 10 inches (1.78 m)": the bracket converts the whole, not the last part.
_COMPOUND = lazy_compile(rf"\d\s*(?:{_UNIT}|stone|st)\s*$")
# "between 30C and 35C (86F and 95F)": ranges convert as a whole.
_RANGE_BEFORE = lazy_compile(r"\d\s*(?:[A-Za-z°/]+\s*)?(?:and|to|or|-|–)\s*$")
_RANGE_AFTER = lazy_compile(r"\s*(?:and|to|or|-|–)\s*\d")
_START = lazy_compile(r"\(|, or ")
# The second half of _PAIR, "(12 metres" or ", or 12 metres", which every match of it contains: led
# by "(" or ",", a window without one is ruled out at once, where _PAIR tries at every character.
_SECOND = lazy_compile(r"(?:\(\s*|,\s+or\s+)" + _HEDGE + _qty("n", "u"))


class UnitConversionMismatch(Rule):
    """A measurement and its conversion to another unit give different sizes.

    ## What it flags
    A quantity followed by its conversion in brackets (or after ", or") that does not match it
    within rounding: "40 feet (20 metres)", "a 90 kg (90 lb) load", "35C (35F)". Lengths,
    masses, areas, speeds, volumes and temperatures are understood; a gap of more than a third
    (or 3 degrees) is reported.

    ## Why it matters
    Converting units is where rewriting and translation slip most often: the number is copied,
    the unit changed, or the conversion is done twice.

    ## Example
        The whale measured 15 metres (15 feet) from head to tail.

    ## Suggested fix
    Recompute the conversion from the figure the source gives.

    ## Fix safety
    No fix is offered.
    """

    code = "C112"
    name = "contradiction.unit-conversion"
    category = "contradiction"
    severity = "warning"
    summary = "A measurement and its conversion in brackets disagree"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if "(" not in text and ", or " not in text:
            return
        last = 0
        for anchor in _START.finditer(text):
            window = (max(last, anchor.start() - 40), anchor.end() + 60)
            m = _PAIR.search(text, *window) if _SECOND.search(text, *window) else None
            if m is None or m.end() <= last:
                continue
            last = m.end()
            second = "2" if m.group("n2") else "3"
            a = _measure(m.group("n1"), m.group("u1"))
            b = _measure(m.group("n" + second), m.group("u" + second))
            if a is None or b is None or a[0] != b[0] or a[2] == b[2]:
                continue
            if _agree(a, b) or _COMPOUND.search(text, max(0, m.start() - 16), m.start()) \
                    or _RANGE_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
                    or _RANGE_AFTER.match(text, m.end("u" + second)):
                continue
            yield self.finding(
                Span(m.start("n" + second), m.end("u" + second)),
                f"{m.group('n' + second)} {m.group('u' + second)} is not a conversion of "
                f"{m.group('n1')} {m.group('u1')} ({_convert_text(a, m.group('u' + second))})",
                related=[Related(Span(m.start("n1"), m.end("u1")), "the figure being converted")],
                confidence=0.8,
            )


def _measure(number: str, unit: str) -> tuple[str, float, str] | None:
    """(quantity, value in base units, unit) — temperatures in degrees Celsius."""
    value = parse_number(number)
    entry = _TABLE.get(unit)
    if value is None or entry is None:
        return None
    kind, factor = entry
    if kind == "temperature":
        fahrenheit = unit.endswith(("F", "Fahrenheit"))
        return kind, (value - 32) * 5 / 9 if fahrenheit else value, "F" if fahrenheit else "C"
    return kind, value * factor, unit


def _agree(a: tuple[str, float, str], b: tuple[str, float, str]) -> bool:
    if a[0] == "temperature":
        return abs(a[1] - b[1]) <= 3
    low, high = sorted((abs(a[1]), abs(b[1])))
    return high == 0 or (low > 0 and high / low <= 1.35)


def _convert_text(a: tuple[str, float, str], unit: str) -> str:
    if a[0] == "temperature":
        return f"that is about {a[1] * 9 / 5 + 32:.0f}F" if unit.endswith(("F", "Fahrenheit")) else \
            f"that is about {a[1]:.0f}C"
    factor = _TABLE[unit][1]
    return f"that is about {a[1] / factor:.3g} {unit}"

"""P115: a decimal comma in English copy ("3,9 per cent", "1,5 million")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# A comma after a digit and one or two digits after it (English groups thousands by three), then a
# unit that takes a decimal: "3,9 per cent", "1,5 million", "2,75 %". The comma comes first, a literal
# the regex engine skips to; _NUMBER_BEFORE then checks the digits before it (one to three).
_DECIMAL_COMMA = lazy_compile(
    r",(?<=\d,)(\d{1,2})(?![\d,])(?= ?(?:[%°]|(?:per ?cent|percent|percentage points?|points?|million|billion|"
    r"trillion|bn|mn|degrees?|km|kilometres?|kilometers?|metres?|meters?|tonnes?|tons?|kg|kilos?|litres?|liters?|"
    r"hours?|years?|euros?|dollars?|francs?|pounds?|kroner|kronor|krona|forints?|zlotys?|pesos?|reais|lire|rubles?)\b))")
_NUMBER_BEFORE = lazy_compile(r"(?<![\d,.])\d{1,3}$")


class DecimalComma(Rule):
    """A decimal comma left from another language's way of writing numbers.

    ## What it flags
    A number of one to three digits, a comma and one or two digits, before a unit that takes a
    decimal: "3,9 per cent", "1,5 million", "2,75 %", "12,5 km". English writes a decimal point
    and groups thousands by three digits ("3,900 tonnes" is left alone), so such a comma is a
    decimal one.

    ## Why it matters
    Most of Europe and Latin America write "3,9"; a translation engine keeps the digits as they
    are. An English reader may take "1,5 million" for fifteen million or a list of two numbers.

    ## Example
        Inflation slowed to 3,9 per cent in October.

    ## Suggested fix
    A decimal point: "3.9 per cent".

    ## Fix safety
    Safe: the digits stay; the comma becomes a point.
    """

    code = "P115"
    name = "punctuation.decimal-comma"
    category = "punctuation"
    severity = "warning"
    summary = "A decimal comma in English copy ('3,9 per cent')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for m in _DECIMAL_COMMA.finditer(text):
            whole = _NUMBER_BEFORE.search(text, max(0, m.start() - 4), m.start())
            if whole is None:
                continue
            written = text[whole.start() : m.end()]
            fixed = f"{whole.group()}.{m.group(1)}"
            yield self.finding(Span(whole.start(), m.end()), f"'{written}': a decimal comma; English writes '{fixed}'",
                               [Suggestion(fixed, "safe")], confidence=0.85)

"""P101: a sentence runs into the next with no space after its full stop."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# "reelection.Medvedev": a lower-case word of 3+ letters, a full stop, a capitalised word of 2+
# letters. Abbreviations ("U.S.", "e.g."), decimals ("3.5"), domains ("example.com") and
# CamelCase brands ("Node.Js" is rare) do not match this shape.
_JOINED = lazy_compile(r"(?<![\w.@/])([A-Za-z]?[a-z]{2,}|(?:1[89]|20)\d\d)([.!?][”\"’]?)([A-Z][a-z]+)\b(?![.@/]\w)")
# Where to look: sentence punctuation after a lower-case letter or digit, then a capital (a cheap
# scan: it stops only at . ! ?; the full pattern is then matched from the start of the word).
_CANDIDATE = lazy_compile(r"[.!?](?<=[a-z\d].)[”\"’]?[A-Z][a-z]")
# Abbreviations that end in a full stop and are followed by a name ("Mrs.Smith" is a typo, not two sentences).
_ABBREVIATIONS = frozenset(
    "mrs messrs gen sen rep gov col capt sgt cpl adm cmdr rev prof hon jan feb mar apr jun jul aug sep sept oct "
    "nov dec inc corp ltd bros vol fig approx est dept univ ave blvd etc vs".split()
)
_DOMAINS = frozenset("com org net gov edu info io".split())  # "Example.Org" is a domain name


class MissingSpaceAfterSentence(Rule):
    """Two sentences glued together: no space after the full stop.

    ## What it flags
    A lower-case word, a full stop (or ? or !) and a capitalised word with no space between them,
    as in "after reelection.Medvedev proposed", also after a year ("in 2016.The") or with a closing
    quotation mark in between ("over.”The"). Abbreviations (U.S., e.g., Mrs., Gen.), numbers (3.5),
    domain names, e-mail addresses and URLs do not match.

    ## Why it matters
    Machine translation and scraping often drop the space between sentences; readers see one
    garbled word and search engines index it as one.

    ## Example
        He would be more flexible after reelection.Medvedev proposed talks.

    ## Suggested fix
    Insert a space after the punctuation: "reelection. Medvedev".

    ## Fix safety
    Safe: only a space is inserted, and only between a lower-case word and a capitalised word.
    """

    code = "P101"
    name = "punctuation.missing-space-after-sentence"
    category = "punctuation"
    severity = "warning"
    summary = "No space between a sentence's full stop and the next sentence"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        end = 0
        for c in _CANDIDATE.finditer(text):
            start = c.start() - 1  # the letter or digit before the punctuation
            if start < end:
                continue  # the candidates of a scan from that letter do not overlap
            end = c.end()
            while start > 0 and text[start - 1].isalnum():  # back to the start of the word
                start -= 1
            m = _JOINED.match(text, start)
            if m is None or m.group(1).lower() in _ABBREVIATIONS or m.group(3).lower() in _DOMAINS:
                continue
            fixed = f"{m.group(1)}{m.group(2)} {m.group(3)}"
            yield self.finding(
                Span(m.start(), m.end()),
                f"no space after '{m.group(2)}' between '{m.group(1)}' and '{m.group(3)}'",
                [Suggestion(fixed, "safe")],
                confidence=0.9,
            )

"""P103: a space before punctuation ("Putin :", "the crisis. ”", "contracts, ”the")."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# A letter, spaces, then a colon, semicolon, comma, ? or ! that ends a clause, or a lone full stop.
# ... the mark ends the clause: a space, the end, a closing quotation mark, or for a comma,
# colon or semicolon a word run into it ("the forest ,prompting")
_BEFORE_MARK = lazy_compile(r"(?<=[^\W\d_])([ \t]+)([:;,?!]|\.(?![.\s]*\.))(?:(?=\s|$|[\"”’])|(?<=[:;,])(?=[^\W\d_]))")
# Where _BEFORE_MARK can end: a mark after a space or a tab (a cheap scan: it stops only at the marks).
_SPACED_MARK = lazy_compile(r"[:;,?!.](?<=[ \t].)")
_CHEAP = lazy_compile(r"[:;,?!.”](?<=[ \t].)")  # one must occur for anything to match
# Sentence punctuation, a space, then a closing curly quote that ends there or runs into a word.
_BEFORE_CLOSE = lazy_compile(r"([.,!?])[ \t]+”(?:(?=\s|$)|([^\W\d_]+))")


class SpaceBeforePunctuation(Rule):
    """A space before a punctuation mark or a closing quotation mark.

    ## What it flags
    A space between a word and the colon, semicolon, comma, question mark, exclamation mark or
    full stop that follows it ("Putin :", 'we will win ,"'; a comma, colon or semicolon also when
    the next word is run into it: "the forest ,prompting"), and a space between a sentence's punctuation and its
    closing quotation mark ("the crisis. ”"), including a closing mark glued to the next word
    ("contracts, ”the").

    ## Why it matters
    English puts no space before these marks; the space is a leftover of French typography or of
    machine translation, and a line break may fall before the mark.

    ## Example
        Biden's phone call to Putin :
        “The crisis is over. ”

    ## Suggested fix
    Remove the space: "Putin:", "over.”", "contracts,” the".

    ## Fix safety
    Safe: only spaces move.
    """

    code = "P103"
    name = "punctuation.space-before-punctuation"
    category = "punctuation"
    severity = "warning"
    summary = "A space before punctuation or a closing quotation mark"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if "\t" not in text and not _CHEAP.search(text):
            return
        # Every match of either pattern holds a mark that _CHEAP finds (a mark of _SPACED_MARK, or
        # the ” of _BEFORE_CLOSE, right after a space or tab): only blocks holding one are scanned.
        hits = [m.start() for m in _CHEAP.finditer(text)]
        for block in article.blocks:
            i = bisect_left(hits, block.span.start)
            if i == len(hits) or hits[i] >= block.span.end:
                continue
            for c in _SPACED_MARK.finditer(text, block.start, block.end):
                start = c.start() - 1  # back to the first space or tab: _BEFORE_MARK starts there
                while start > block.start and text[start - 1] in " \t":
                    start -= 1
                m = _BEFORE_MARK.match(text, start, block.end)
                if m is None:
                    continue
                start = m.start() - 1
                while start > block.start and text[start - 1].isalnum():
                    start -= 1
                word = text[start : m.start()]
                glued = m.end() < block.end and text[m.end()].isalpha()  # "forest ,prompting": the space goes after
                yield self.finding(Span(start, m.end()), f"space before '{m.group(2)}'",
                                   [Suggestion(word + m.group(2) + (" " if glued else ""), "safe")], confidence=0.85)
            for m in _BEFORE_CLOSE.finditer(text, block.start, block.end):
                start = m.start()
                while start > block.start and text[start - 1].isalnum():
                    start -= 1
                fixed = text[start : m.start()] + m.group(1) + "”" + (" " + m.group(2) if m.group(2) else "")
                yield self.finding(Span(start, m.end()), "space before the closing quotation mark",
                                   [Suggestion(fixed, "safe")], confidence=0.85)

"""P114: a quotation mark or bracket written the wrong way: spaced inside, doubled, foreign, mixed."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# "( ALMA )", "( ALMA)", "(ALMA )": spaces just inside a bracket of a few words
_SPACED_BRACKET = lazy_compile(r"\((?: +([^()\n]{1,60}?) *| *([^()\n]{1,60}?) +)\)")
# "““We", "said.””": a curly mark typed twice
_DOUBLED_QUOTE = lazy_compile(r"(“|”|„|«|»)\1")
# «We had no choice», and „We had no choice“: the marks of French, Russian or German in English copy,
# with a comma after the closing mark that English puts inside
_GUILLEMETS = lazy_compile(r"«[ \u00a0]?([^«»\n]{1,600}?)[ \u00a0]?»(,?)")
_LOW_HIGH = lazy_compile(r"„([^„“”\n]{1,600}?)[“”](,?)")
# 'open the doors": a straight single mark opening, a straight double one closing
_SINGLE_THEN_DOUBLE = lazy_compile(r"'(?<=[\s(\[]')([A-Za-z][^'\"\n]{0,120}?[\w.,!?])\"(?![\w])")
# "generous and realistic'': two apostrophes closing a straight double mark
_TWO_APOSTROPHES = lazy_compile(r"\"([A-Za-z][^\"'\n]{0,300}?(?:[^\W\d]|[.,!?]))''(?!')")  # (not 7'': inches)
_GLOSS_AFTER = lazy_compile(r" ?\(")  # a translation in brackets right after the quotation
_TRIGGERS = ("( ", " )", "““", "””", "„", "«", "»", "''")


class MalformedMarks(Rule):
    """A quotation mark or bracket written the wrong way.

    ## What it flags
    - spaces just inside brackets: "( ALMA )" ("(ALMA)");
    - a curly quotation mark typed twice: "““We will" ("“We will");
    - French, Russian or German quotation marks in English copy: «We had no choice», („We had no
      choice“), with a comma that followed the closing mark moved inside: “We had no choice,”;
    - a quotation opened with a straight single mark and closed with a straight double one
      ('open the doors"), and a straight double mark closed with two apostrophes ("generous
      and realistic'').

    ## Why it matters
    These are leftovers of another language's typography or of a converter that mangled the
    marks; they show the copy was not edited and may confuse where a quotation ends.

    ## Example
        The array ( ALMA ) found cold gas. She said: ““We will reach every ward.”
        «We had no choice», the mayor said.

    ## Suggested fix
    The English form: "(ALMA)", "“We", “We had no choice,”.

    ## Fix safety
    Safe for the spaces and doubled marks; unsafe for the marks replaced (an editor confirms
    where the quotation ends).
    """

    code = "P114"
    name = "punctuation.malformed-marks"
    category = "punctuation"
    severity = "warning"
    summary = "A quotation mark or bracket written the wrong way: spaced, doubled, foreign or mixed"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if not any(t in text for t in _TRIGGERS) and not ("'" in text and '"' in text):
            return
        if "( " in text or " )" in text:
            for m in _SPACED_BRACKET.finditer(text):
                inner = m.group(1) or m.group(2)
                if not any(c.isalnum() for c in inner):
                    continue  # "( )", "( ... )": not words
                yield self.finding(Span(m.start(), m.end()), f"spaces inside the brackets of '({inner.strip()})'",
                                   [Suggestion(f"({inner.strip()})", "safe")], confidence=0.8)
        for m in _DOUBLED_QUOTE.finditer(text):
            yield self.finding(Span(m.start(), m.end()), f"'{m.group(1)}' typed twice",
                               [Suggestion(m.group(1), "safe")], confidence=0.85)
        for pattern in (_GUILLEMETS, _LOW_HIGH):
            for m in pattern.finditer(text):
                quoted, comma = m.group(1).strip(), m.group(2)
                if not comma and _GLOSS_AFTER.match(text, m.end()):
                    continue  # a headline quoted as printed, its translation after it: « La fin » (The end)
                yield self.finding(Span(m.start(), m.end()),
                                   "quotation marks of another language in English copy: “ ” (and the comma inside)"
                                   if comma else "quotation marks of another language in English copy: “ ”",
                                   [Suggestion(f"“{quoted}{comma}”", "unsafe")], confidence=0.75)
        if "'" in text and '"' in text:
            for m in _SINGLE_THEN_DOUBLE.finditer(text):
                block = article.block_at(m.start())
                if block is not None and text.count('"', block.start, m.start()) % 2:
                    continue  # inside a double-quoted quotation: 'em, 'Bama ... then its closing mark
                yield self.finding(Span(m.start(), m.end()), "quotation opened with ' and closed with \"",
                                   [Suggestion(f"'{m.group(1)}'", "unsafe")], confidence=0.7)
            for m in _TWO_APOSTROPHES.finditer(text):
                yield self.finding(Span(m.start(), m.end()), "quotation closed with two apostrophes ('') instead of \"",
                                   [Suggestion(f'"{m.group(1)}"', "safe")], confidence=0.8)

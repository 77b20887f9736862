"""P107: a stray full stop after a number inside a sentence ("Article 49.3. of")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

_CONTINUES = r"( (?:of|in|on|and|or|to|from|for|the|is|was|which|that|by|with|as))\b"
# A dotted number (49.3, 1.2.4) with a full stop after it, followed by a word that continues the sentence.
_DOTTED = lazy_compile(r"(?<![\w.])(\d+(?:\.\d+)+)\." + _CONTINUES)
# "Article 5. of": a numbered provision followed by a full stop and a continuing word.
_PROVISION = lazy_compile(r"\b(?:Article|Section|Paragraph|Chapter|Clause|Rule|Resolution)\s+(\d+[a-z]?)\." + _CONTINUES)


# A digit, a full stop, a lower-case word: needed by both patterns (as ". x" after a digit: the
# literal ". " is found fast, a leading \d is not)
_CHEAP = lazy_compile(r"\. [a-z](?<=\d\. [a-z])")


class FullStopAfterNumber(Rule):
    """A full stop after a number in the middle of a sentence.

    ## What it flags
    A dotted number or a numbered provision followed by a full stop and a word that continues the
    sentence: "Article 49.3. of the Constitution", "Section 5. of the act".

    ## Why it matters
    The full stop ends the sentence for readers and tools, and it is not part of the number; it is
    typically left by translation from languages that write ordinals with a point.

    ## Example
        The government invoked Article 49.3. of the Constitution.

    ## Suggested fix
    Delete the full stop: "Article 49.3 of".

    ## Fix safety
    Safe: only the full stop is removed, and only before a word that continues the sentence.
    """

    code = "P107"
    name = "punctuation.full-stop-after-number"
    category = "punctuation"
    severity = "warning"
    summary = "A stray full stop after a number inside a sentence"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if _CHEAP.search(text) is None:
            return
        for block in article.blocks:
            for regex in (_DOTTED, _PROVISION):
                for m in regex.finditer(text, block.start, block.end):
                    number, word = m.group(1), m.group(2)
                    yield self.finding(Span(m.start(1), m.end()), f"stray full stop after '{number}'",
                                       [Suggestion(number + word, "safe")], confidence=0.85)

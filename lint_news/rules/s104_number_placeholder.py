"""S104: corrupted number placeholders left by spinners ("XNUMX", "XNUMXth")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span
from ..lazyre import lazy_compile
from ..registry import Rule

_PLACEHOLDER = lazy_compile(r"\b[A-Za-z]*X?NUMX?(?:st|nd|rd|th|s)?\b")


class NumberPlaceholder(Rule):
    """A number replaced by the placeholder "XNUMX".

    ## What it flags
    The token "XNUMX" and its variants ("XNUMXth", "XNUMX%") that some article spinners put in
    place of every number and never restore.

    ## Why it matters
    The number is lost: the reader sees "XNUMX people were injured".

    ## Example
        At least XNUMX people were injured in the XNUMXth district.

    ## Suggested fix
    Restore the number from the source article.

    ## Fix safety
    None: the original number is unknown.
    """

    code = "S104"
    name = "spelling.number-placeholder"
    category = "spelling"
    severity = "error"
    summary = "A number replaced by the spinner placeholder XNUMX"
    fixable = False

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        if "NUMX" not in article.text:
            return
        for m in _PLACEHOLDER.finditer(article.text):
            if "XNUMX" not in m.group() and not m.group().startswith("NUMX"):
                continue
            yield self.finding(Span(m.start(), m.end()), f"'{m.group()}' is a number placeholder: the number was lost",
                               confidence=0.99)

"""P102: doubled or stray full stops ("criticized. .", "Ukraine. ..", "” ..")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# A run of full stops, single spaces allowed between them, after a word, a closing quote or bracket.
_RUN = lazy_compile(r"(?<=[^\W_)\]”’\"])[ \t]?(?:\.[ \t]?)*\.(?![.\w/\\])")
_CHEAP = lazy_compile(r"\. ?\.")  # one scan for ".." and ". ." (a literal full stop: found fast)
_TWO_STOPS = ("..", ". .", ".\t.")
# Full stops standing alone after a closing quote: "conversation.” .."
# (the quote is matched, not looked behind for: a leading character the regex engine skips to fast)
_AFTER_QUOTE = lazy_compile(r"[”\"]([ \t]+\.{1,2})(?=\s|$|[“\"])")


def _stray(run: str) -> bool:
    run = run.strip()
    dots = run.count(".")
    if dots < 2:
        return False
    if dots == 2:
        return True  # ".." or ". ." is never an ellipsis
    if dots == 3:
        return run not in ("...", ". . .")
    return False  # four or more: an ellipsis after a full stop ("....", ". . . .")


class StrayFullStops(Rule):
    """Doubled or stray full stops.

    ## What it flags
    Two full stops where one belongs ("criticized. .", "the budget..") or a sentence end followed by
    a broken ellipsis ("Ukraine. .."), and full stops left standing alone after a closing quotation
    mark. Ellipses ("...", ". . .", "....") pass.

    ## Why it matters
    Stray dots are debris of machine translation and of scraped markup; they make a finished
    article look unedited.

    ## Example
        The mayor said the plan had been widely criticized. .

    ## Suggested fix
    Keep one full stop: "criticized." (the span includes the word before the stops).

    ## Fix safety
    Safe: only full stops and the spaces between them are removed.
    """

    code = "P102"
    name = "punctuation.stray-full-stops"
    category = "punctuation"
    severity = "warning"
    summary = "Doubled or stray full stops"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if not _CHEAP.search(text):  # ".." or ". ."
            return
        for block in article.blocks:
            # a stray run holds two full stops with at most a space or tab between
            runs = any(text.find(dots, block.start, block.end) >= 0 for dots in _TWO_STOPS)
            for m in _RUN.finditer(text, block.start, block.end) if runs else ():
                if _stray(m.group()):
                    start = m.start()  # the word before goes into the span, as in "criticized."
                    while start > block.start and text[start - 1].isalnum():
                        start -= 1
                    yield self.finding(Span(start, m.end()), f"stray full stops '{m.group().strip()}'",
                                       [Suggestion(text[start : m.start()] + ".", "safe")], confidence=0.9)
            for m in _AFTER_QUOTE.finditer(text, block.start, block.end):
                yield self.finding(Span(m.start(1), m.end(1)), "stray full stops after a closing quotation mark",
                                   [Suggestion("", "safe")], confidence=0.9)

"""S102: a word with look-alike Cyrillic or Greek letters hidden in it."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from operator import itemgetter

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..names.scripts import HOMOGLYPH_RE, article_latin_share, latinise
from ..registry import Rule

_START = itemgetter(0)


class HomoglyphInWord(Rule):
    """A Latin word with Cyrillic or Greek look-alike letters inside it.

    ## What it flags
    A word in English prose that contains letters from another script which look like Latin ones,
    such as a Cyrillic "а" (U+0430) in "sаid". The word looks right but is a different string.

    ## Why it matters
    Spinners swap letters for look-alikes to fool plagiarism detectors; search, spell checkers and
    screen readers then fail on the word.

    ## Example
        The minister sаid the talks would resume.

    ## Suggested fix
    The same word in Latin letters: "said".

    ## Fix safety
    Safe: the replacement only swaps each look-alike letter for its Latin twin.
    """

    code = "S102"
    name = "spelling.homoglyph"
    category = "spelling"
    severity = "error"
    summary = "A word with Cyrillic or Greek look-alike letters in place of Latin ones"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if text.isascii() or not HOMOGLYPH_RE.search(text) or article_latin_share(article) < 0.8:
            return
        words = article.words
        last = -1
        for m in HOMOGLYPH_RE.finditer(text):  # only the words with a look-alike letter in them
            at = m.start()
            i = bisect.bisect_right(words, at, key=_START) - 1
            if i <= last or at >= words[i].end:
                continue
            last = i
            tok = words[i]
            fixed = latinise(tok.text)
            if fixed is None or fixed == tok.text:
                continue
            letters = [ch for ch in tok.text if ch.isalpha()]
            if len(letters) > 1 and all(not ch.isascii() for ch in letters):
                continue  # a whole foreign word ("сос"): U102 reports other-script text
            yield self.finding(
                Span(tok.start, tok.end),
                f"'{tok.text}' contains Cyrillic or Greek look-alike letters",
                [Suggestion(fixed, "safe")],
                confidence=0.95,
            )


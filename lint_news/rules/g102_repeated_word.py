"""G102: the same word twice in a row ("the final final")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# \b([a-z]+)(\s+)(\1)\b: a lookbehind is cheaper than \b, possessive runs never backtrack
_REPEAT = lazy_compile(r"(?<!\w)([a-z]++)(\s++)(\1)\b")
# Words that English legitimately doubles ("what he had had", "that that", "bye bye").
_ALLOWED = frozenset(
    """had that is do bye ha so no very really many far boo tsk pooh knock chop blah there hush tut ye woo ooh
    aah bang tick tock yeah go now well""".split()
)


class RepeatedWord(Rule):
    """The same lower-case word twice in a row.

    ## What it flags
    A lower-case word immediately repeated ("the final final", "to to"), in any block. Words
    that English legitimately doubles ("had had", "that that", "bye bye") and capitalised names
    ("Walla Walla") are left alone.

    ## Why it matters
    Spinners and translation engines stutter when they merge two candidate renderings; the
    doubled word is the trace.

    ## Example
        The captains met before the final final of the cup.

    ## Suggested fix
    Delete the second word: "the final of the cup".

    ## Fix safety
    Unsafe: a doubled word is almost always a slip, but an editor should confirm which word to keep.
    """

    code = "G102"
    name = "grammar.repeated-word"
    category = "grammar"
    severity = "warning"
    summary = "The same word twice in a row"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for m in _REPEAT.finditer(text):  # blocks are joined by blank lines, which never match
            if m.group(1) in _ALLOWED or "\n" in m.group(2):
                continue
            yield self.finding(Span(m.start(), m.end()), f"'{m.group(1)}' is repeated",
                                   [Suggestion(m.group(1), "unsafe")], confidence=0.8)

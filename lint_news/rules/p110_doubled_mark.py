"""P110: a comma or semicolon doubled or run into another mark ("said,, adding", "officials,.")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# After a letter or a closing mark: two of , and ; or one of them and a full stop (".," after an
# abbreviation, "Inc.,", is good English and does not match: the comma or semicolon comes first)
# After a number only ",," or ";;" with a space after it ("in 2020,, the agency said"): "1,.5" and the
# like are typing slips inside a number, not doubled marks
_DOUBLED = lazy_compile(r"(?:(?<=[^\W\d_]|[)\]”’\"])([,;])([,;.])|(?<=\d)([,;])(\3)(?= ))(?![.\w])")


# "!!" or "??" after a word, in the narration (a quotation may shout; three or more are a tabloid's
# emphasis, "a shock!!!", not a slip)
_REPEATED_END = lazy_compile(r"(?<=[^\W\d_])(?:!!|\?\?)(?=\s|$)")
# An opening quotation mark doubled before a word, at a line's start or after a space ('""Our staff')
_DOUBLED_OPENING = lazy_compile(r"(?<![^\s(])[\"“]{2}(?=[^\W\d_])")


class DoubledMark(Rule):
    """A comma or semicolon doubled, or followed by a full stop.

    ## What it flags
    ",,", ";;", ",;", ";,", ",." and ";." after a word: "the WHO said,, adding", "the talks
    ended,."; "!!" or "??" after a word in the narration ("a record this year!!"); after a number ",," or ";;" before a space ("in 2020,, the agency said"). Ellipses,
    abbreviations before a comma ("Inc.,", "U.S.,"), marks inside numbers and web addresses do not match.
    An opening quotation mark doubled before a word ('""Our staff are exhausted').

    ## Why it matters
    Rewriting tools and hand edits of scraped copy leave a mark of the old sentence beside the new
    one; doubled marks make the copy look unedited.

    ## Example
        The ministry said,, adding that talks would resume.

    ## Suggested fix
    Keep one mark: "said," (the second one, when a full stop ends the sentence: "ended.").

    ## Fix safety
    Safe: only the extra mark is removed.
    """

    code = "P110"
    name = "punctuation.doubled-mark"
    category = "punctuation"
    severity = "warning"
    summary = "A comma or semicolon doubled, or followed by a full stop"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if "!!" in text or "??" in text:
            for m in _REPEATED_END.finditer(text):
                if not article.in_quote(m.start()):
                    yield self.finding(Span(m.start(), m.end()), f"'{m.group()}': one mark too many",
                                       [Suggestion(m.group()[0], "safe")], confidence=0.8)
        if '""' in text or "““" in text or '“"' in text or '"“' in text:
            for m in _DOUBLED_OPENING.finditer(text):
                yield self.finding(Span(m.start(), m.end()), f"'{m.group()}': an opening quotation mark doubled",
                                   [Suggestion(m.group()[-1], "safe")], confidence=0.85)
        if ",," not in text and ";;" not in text and ",." not in text and ";." not in text \
                and ",;" not in text and ";," not in text:
            return  # (six C scans: the marks are rare)
        for m in _DOUBLED.finditer(text):
            first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            kept = second if second == "." else first
            yield self.finding(Span(m.start(), m.end()), f"'{m.group()}': one mark too many",
                               [Suggestion(kept, "safe")], confidence=0.9)

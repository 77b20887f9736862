"""P108: mojibake, text decoded with the wrong character set ("â€™", "Ã©", "Â ")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# UTF-8 read as Windows-1252 or Latin-1 ("â€™", "Ã©", "Â£") or as Mac Roman ("¬†", "‚Äô").
_SUSPECT = lazy_compile(r"â€|Ã[\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc\u2013-\u203a\u20ac\u2122]"
                      r"|Â[\u00a0-\u00bf]|Â(?=\s)|¬†|‚Ä[ôúùîì¶]")
_TOKEN = lazy_compile(r"\S+")


def _fix(fragment: str) -> str:
    import ftfy  # heavy: only imported when a suspect sequence is found

    return str(ftfy.fix_text(fragment, uncurl_quotes=False, normalization=None))


class Mojibake(Rule):
    """Mojibake: characters garbled by a wrong character-set conversion.

    ## What it flags
    Sequences that UTF-8 text shows when it was decoded as Windows-1252, Latin-1 or Mac Roman:
    "â€™" for ’, "â€œ" for “, "Ã©" for é, "Â " for a no-break space, "¬†" and "‚Äô".

    ## Why it matters
    Readers see garbage instead of quotation marks and accented letters; the text has passed
    through a broken conversion and may be damaged elsewhere.

    ## Example
        The minister said itâ€™s too early to tell.

    ## Suggested fix
    The text as ftfy repairs it: "it’s".

    ## Fix safety
    Safe when ftfy can undo the conversion (the fix is then certain); no fix is offered otherwise.
    """

    code = "P108"
    name = "punctuation.mojibake"
    category = "punctuation"
    severity = "warning"
    summary = "Mojibake: characters garbled by a wrong character-set conversion"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if _SUSPECT.search(text) is None:
            return
        done = -1
        for block in article.blocks:
            for m in _SUSPECT.finditer(text, block.start, block.end):
                if m.start() < done:
                    continue
                a = m.start()
                while a > block.start and not text[a - 1].isspace():
                    a -= 1
                token = _TOKEN.match(text, a, block.end)
                b = token.end() if token else m.end()
                if b <= m.start():
                    b = m.end()
                done = b
                found = text[a:b]
                fixed = _fix(found)
                suggestions = [Suggestion(fixed, "safe")] if fixed != found else []
                yield self.finding(Span(a, b), f"mojibake in '{found}'", suggestions, confidence=0.9)

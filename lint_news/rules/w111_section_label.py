"""W111: the source site's section name scraped with the article."""

from __future__ import annotations

from collections.abc import Iterator

from ..chrome import block_lines
from ..context import Context
from ..document import Article
from ..findings import Finding, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

SECTIONS = frozenset(
    "politics international world national local business economy economics finance markets money sport sports "
    "football cricket tennis entertainment culture arts lifestyle health science technology tech opinion news "
    "society education environment climate travel crime asia europe africa americas regional breaking latest "
    "analysis features".split()
)
_LABEL = lazy_compile(r"^[A-Z][a-z]+(?:(?: & | and | |, )[A-Z][a-z]+){0,3}$")
MAX_WORDS = 4


class SectionLabel(Rule):
    """A section label ("International Politics") right after the headline.

    ## What it flags
    A short title-case line of up to four words that names a news section (Politics, World,
    Business, Sport, ...) and stands right after the headline or the standfirst, where scrapers
    leave the site's breadcrumb or section tag.

    ## Why it matters
    The label is navigation of the source site; in the republished text it reads as a stray line
    between the headline and the story.

    ## Example
        Port strike ends after two weeks

        Business News

        Dock workers returned to work on Monday.

    ## Suggested fix
    Delete the line.

    ## Fix safety
    Unsafe: a one-line subhead may look the same.
    """

    code = "W111"
    name = "boilerplate.section-label"
    category = "boilerplate"
    severity = "warning"
    summary = "A section label scraped with the article, right after the headline"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        for line in block_lines(article)[1:3]:
            label = _is_label(line.text)
            if line.block.kind in ("headline", "standfirst") and not label:
                continue
            if label:
                yield self.finding(line.block.span, f"section label of the source site: '{line.text}'",
                                   [Suggestion("", "unsafe")], confidence=0.75)
            return


def _is_label(text: str) -> bool:
    if _LABEL.match(text.strip()) is None:
        return False  # most lines are paragraphs: the regex fails at once, before any splitting
    words = text.lower().replace("&", " ").replace(",", " ").split()
    return 0 < len(words) <= MAX_WORDS and any(w in SECTIONS for w in words)

"""W110: a "More like this" / "Related posts" block with the unrelated headlines under it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..chrome import FORM_RE, block_lines, is_truncated
from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

LABEL_RE = lazy_compile(
    r"^(?:more like this|related(?: posts?| articles?| stories| news| content| coverage| reading)?|"
    r"you (?:may|might) (?:also )?like|recommended(?: for you| stories| articles)?|most (?:read|popular|viewed)|"
    r"trending(?: now| stories)?|latest (?:news|posts|stories)|more (?:stories|news|articles) from [\w .]{2,30}|"
    r"more from [\w .]{2,30}|popular (?:posts|stories)|top stories|other news|see more|"
    r"recent posts|also on [\w .]{2,30}|read next|up next)\s*[:…]?\s*$",
    re.I,
)
_SECTION_HEAD = lazy_compile(r"(?i)up next\s*:?\s*$")
_TEAM_LINE = lazy_compile(r"[A-Z][\w.' -]{1,30}: \S")
MAX_TEASER_WORDS = 40  # a teaser is a title or one-sentence excerpt; a longer block ends the list


def _teaser(text: str) -> bool:
    """A headline or a cut-off excerpt: short, not a full-stop sentence, not another chrome line."""
    if not text.strip() or len(text.split()) > MAX_TEASER_WORDS or FORM_RE.match(text) or LABEL_RE.match(text):
        return False
    return is_truncated(text) or not text.rstrip().endswith(".")


class RelatedPostsBlock(Rule):
    """A related-posts widget copied with the article.

    ## What it flags
    A label line such as "More like this", "Related posts", "Related Articles" or "You may also
    like", standing alone, together with the short teaser lines that follow it (other stories'
    headlines and cut-off excerpts), up to the first long paragraph or comment form.

    ## Why it matters
    The widget lists other stories of the source site; copied as text it appends unrelated
    headlines to the article.

    ## Example
        More like this

        Ferry fares rise again for the third time this year

        Council approves budget for new tram line...

    ## Suggested fix
    Delete the label and the teasers under it.

    ## Fix safety
    Unsafe: an editor should confirm where the widget ends.
    """

    code = "W110"
    name = "boilerplate.related-posts-block"
    category = "boilerplate"
    severity = "warning"
    summary = "A related-posts block (label and the headlines under it)"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        lines = block_lines(article)
        n = 0
        while n < len(lines):
            label = lines[n]
            if label.block.kind in ("headline", "standfirst") or len(label.text) > 60 or not LABEL_RE.match(label.text):
                n += 1
                continue
            if _SECTION_HEAD.match(label.text) and n + 1 < len(lines) and _TEAM_LINE.match(lines[n + 1].text):
                n += 1
                continue  # an agency's "UP NEXT" section before the teams' next games ("Astros: RHP ...")
            end = n + 1
            while end < len(lines) and _teaser(lines[end].text):
                end += 1
            last = lines[end - 1].block
            count = end - n - 1
            what = f"and the {count} teaser line{'s' if count != 1 else ''} under it" if count else "label"
            related = [Related(label.block.span, "the widget's label")] if count else []
            yield self.finding(Span(label.block.start, last.end), f"related-posts widget: '{label.text}' {what}",
                               [Suggestion("", "unsafe")], related, confidence=0.9)
            n = end

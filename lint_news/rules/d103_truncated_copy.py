"""D103: a teaser line followed by its own copy cut off with an ellipsis."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ..chrome import Line, block_lines, is_truncated, normalize, strip_ellipsis
from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Suggestion
from ..registry import Rule

MIN_WORDS = 4
MIN_CUT_WORDS = 8  # a paragraph cut short that opens another one (a subheading may open a paragraph)
MAX_DATELINE_WORDS = 4  # words before the copied text in the full paragraph ("LONDON (Reuters) -")
_CLOSERS = tuple(".!?:;\"”’')]")


def _cut_short(text: str) -> bool:
    """Does the line end in an ellipsis, or on a word or a comma (no closing mark)?"""
    text = text.rstrip()
    return is_truncated(text) or not text.endswith(_CLOSERS)


class TruncatedCopy(Rule):
    """A line followed by its own truncated copy.

    ## What it flags
    A line ending in "..." or "…" whose words (four or more) are the beginning of the line just
    before it: a related-post widget prints a title and then its cut-down teaser. Also a
    paragraph cut short (an ellipsis, or no closing mark at all) whose words, eight or more, open
    another paragraph of the article, after at most a dateline: a scraper's copy of the lead.

    ## Why it matters
    The pair is scraped page furniture, never part of the story; the truncated copy is the
    clearest sign of it.

    ## Example
        Council approves budget for new tram line to the airport

        Council approves budget for new tram line...

    ## Suggested fix
    Delete the truncated copy (and usually the whole related-posts block around it).

    ## Fix safety
    Unsafe: the lines around it may be scraped furniture too, which an editor should review.
    """

    code = "D103"
    name = "duplicate.truncated-copy"
    category = "duplicate"
    severity = "warning"
    summary = "A line followed by its own copy cut off with an ellipsis"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        lines = block_lines(article)
        flagged: set[int] = set()
        for prev, line in pairwise(lines):
            if prev.block.kind in ("headline", "standfirst") or not is_truncated(line.text):
                continue
            part = normalize(strip_ellipsis(line.text))
            if len(part.split()) < MIN_WORDS or not prev.key.startswith(part):
                continue
            flagged.add(id(line))
            yield self.finding(line.block.span, "truncated copy of the line before it",
                               [Suggestion("", "unsafe")], [Related(prev.block.span, "the full line")],
                               confidence=0.9)
        yield from self._cut_copies(article, lines, flagged)

    def _cut_copies(self, article: Article, lines: list[Line], flagged: set[int]) -> Iterator[Finding]:
        """A paragraph cut short (an ellipsis, or no closing mark) whose words (eight or more) open
        another paragraph anywhere in the article, after at most a dateline ("LONDON - ...")."""
        # (a Markdown or HTML page's standfirst is its description, often the lead cut short on purpose)
        kinds = ("paragraph", "standfirst") if article.format == "txt" else ("paragraph",)
        cut = [line for line in lines if line.block.kind in kinds and id(line) not in flagged
               and line.text.count(" ") >= MIN_CUT_WORDS - 1 and _cut_short(line.text)]
        if not cut:
            return
        # every line's opening three words (as written, lower-cased), at each place a dateline may
        # end: a cheap index, once per article; the normalised words are compared only for its hits
        index: dict[str, list[Line]] = {}
        for other in lines:
            if other.block.kind == "headline":
                continue
            raw = other.text.lower().split(None, MAX_DATELINE_WORDS + 3)
            for at in range(min(MAX_DATELINE_WORDS, len(raw) - 3) + 1):
                index.setdefault(" ".join(raw[at : at + 3]), []).append(other)
        for line in cut:
            others = [o for o in index.get(" ".join(line.text.lower().split(None, 3)[:3]), ()) if o is not line]
            if not others:
                continue
            part = normalize(strip_ellipsis(line.text))
            if len(part.split()) < MIN_CUT_WORDS:
                continue
            for other in others:
                if len(other.key) <= len(part):
                    continue
                at = other.key.find(part + " ")
                if at < 0 or (at and (other.key[at - 1] != " " or other.key.count(" ", 0, at) > MAX_DATELINE_WORDS)):
                    continue
                yield self.finding(line.block.span, "truncated copy of another paragraph",
                                   [Suggestion("", "unsafe")], [Related(other.block.span, "the full paragraph")],
                                   confidence=0.85)
                break

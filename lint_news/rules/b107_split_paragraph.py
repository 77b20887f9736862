"""B107: a sentence cut in two by a paragraph break."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from ..context import Context
from ..document import Article, Block
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..names.lexicon import is_lower_word
from ..registry import Rule

# lower-case particles that may open a paragraph with a surname ("de Klerk said ...")
_PARTICLES = frozenset("de del della der di du da dos das van von ten ter le la al el bin ibn".split())
_WORD = lazy_compile(r"\S+")
TAIL_WORDS = 8  # the words of a long cut paragraph that are highlighted
SHORT_PARAGRAPH = 12  # words: a paragraph this short is highlighted whole


def _opening_word(text: str) -> str:
    end = 0
    while end < len(text) and (text[end].isalpha() or text[end] in "'’-"):
        end += 1
    return text[:end]


def _blank_line_between(article: Article, before: Block, after: Block) -> bool:
    """True when the source separates the two blocks as paragraphs: a blank line in plain text,
    Markdown or a JSON string; a new <p> element in HTML. A single line break in plain text may
    be hard wrapping."""
    gap = article.source[article.source_span(before.span)[1] : article.source_span(after.span)[0]]
    if article.format == "html":
        return "<p" in gap.lower()  # two <p> elements: <div>s of page chrome ("Read more") are no prose
    return gap.count("\n") + gap.count("\\n") >= 2


class SplitParagraph(Rule):
    """A paragraph that stops mid-sentence and a next paragraph that finishes the sentence.

    ## What it flags
    Two paragraphs of body text in a row where the first ends without any closing punctuation
    (on a word or a comma) and the second opens with an ordinary lower-case word: one sentence
    was cut by a paragraph break ("... the agency said it\\n\\nwas reviewing the data.").
    Headings, captions and list items are not checked, nor is a line break inside a hard-wrapped
    plain-text paragraph; a paragraph opening with a surname particle ("de", "van") or a brand
    written in lower case ("iPhone") is left alone.

    ## Why it matters
    Scrapers and translation pipelines split sentences where the source had a line break, a
    caption or an advertisement; readers see two fragments, and both are ungrammatical.

    ## Example
        The council said the new bridge

        would open in the spring.

    ## Suggested fix
    Join the two paragraphs into one sentence, or restore the words that were lost.

    ## Fix safety
    No automatic fix: words may be missing at the break.
    """

    code = "B107"
    name = "broken-sentence.split-paragraph"
    category = "broken-sentence"
    severity = "warning"
    summary = "A sentence cut in two by a paragraph break"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        blocks = article.blocks
        for before, after in pairwise(blocks):
            if before.kind != "paragraph" or after.kind != "paragraph":
                continue
            head = text[after.start : after.start + 40]
            if not head[:1].islower():  # the rarest condition first
                continue
            tail = text[before.start : before.end].rstrip()
            if not tail or not (tail[-1].isalnum() or tail[-1] == ","):
                continue
            word = _opening_word(head)
            if not word or word != word.lower() or word in _PARTICLES or not is_lower_word(word.strip("'’-")):
                continue
            if not _blank_line_between(article, before, after):
                continue
            starts = [m.start() for m in _WORD.finditer(tail)]
            start = before.start + (0 if len(starts) <= SHORT_PARAGRAPH else starts[-TAIL_WORDS])
            yield self.finding(
                Span(start, before.start + len(tail)),
                f"the paragraph stops mid-sentence and the next one continues it with '{word}'",
                related=[Related(Span(after.start, after.start + len(word)), "the sentence continues here")],
                confidence=0.7,
            )

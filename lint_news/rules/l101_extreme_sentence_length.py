"""L101: a sentence of extreme length in the narration."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.readability import readability

MAX_WORDS = 70  # edited news rarely passes 60 words in one sentence


def _mostly_quoted(article: Article, start: int, end: int) -> bool:
    """More than half of text[start:end] inside quotations: speech, transcribed as spoken."""
    quoted = sum(min(end, q.end) - max(start, q.start) for q in article.quotes if q.start < end and q.end > start)
    return 2 * quoted > end - start


class ExtremeSentenceLength(Rule):
    """A sentence of more than 70 words.

    ## What it flags
    A sentence of body prose longer than 70 words. Edited news keeps sentences well under 60
    words; longer ones are usually two or three sentences whose full stops were lost in
    translation or scraping. A sentence mostly inside quotation marks is speech and is left
    alone. The rule also stores the article's readability figures (Flesch reading ease,
    Flesch-Kincaid grade, words per sentence, per paragraph too) in the report's `readability`
    field.

    ## Why it matters
    An overlong sentence is hard to read and often hides a lost sentence break.

    ## Example
        A sentence that runs on with one clause after another, names, places and figures, and no
        full stop for seventy words or more ...

    ## Suggested fix
    Split the sentence where its clauses meet.

    ## Fix safety
    No automatic fix: where to split needs a reader.
    """

    code = "L101"
    name = "readability.extreme-sentence-length"
    category = "readability"
    severity = "info"
    summary = "A sentence of more than 70 words"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        if readability(article)["longest_sentence"] <= MAX_WORDS:
            return  # (the length of the longest prose sentence: no need to look at each)
        for ps in prose_sentences(article):
            if len(ps.words) > MAX_WORDS and not (ps.quoted and _mostly_quoted(article, ps.start, ps.end)):
                yield self.finding(ps.sentence.span, f"sentence of {len(ps.words)} words: split it", confidence=0.6)

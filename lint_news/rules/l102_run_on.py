"""L102: a run-on stretch of many words without any punctuation."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span
from ..lazyre import lazy_compile
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.readability import readability

MAX_RUN = 55  # words in a row without punctuation: edited narration runs to 52 (ABC copy, the Lee corpus)
_BREAK = lazy_compile(r"[,;:()\[\]—–\"“”‘’!?]| - ")


class RunOn(Rule):
    """A run-on stretch: 55 words or more with no punctuation at all.

    ## What it flags
    A stretch of body prose of 55 words or more without a comma, semicolon, colon, dash,
    parenthesis or quotation mark: clauses and lists run together because their punctuation
    was lost. Quoted speech is left alone: it is transcribed, and speakers run on. The rule also
    stores the readability figures in the report, as L101 does.

    ## Why it matters
    Readers lose track of who did what; the missing punctuation often hides list items or two
    sentences fused into one.

    ## Example
        Twelve months of the coalition is twelve months of decline of the economy twelve months
        of useless rules twelve months of ... (55 words and more with no punctuation)

    ## Suggested fix
    Restore the commas or full stops between the clauses or list items.

    ## Fix safety
    No automatic fix.
    """

    code = "L102"
    name = "readability.run-on"
    category = "readability"
    severity = "info"
    summary = "A run of 55 or more words without any punctuation"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        if readability(article)["longest_sentence"] < MAX_RUN:
            return  # no prose sentence has enough words for a run
        text = article.text
        for ps in prose_sentences(article):
            if len(ps.words) < MAX_RUN:
                continue
            start = ps.start
            words = ps.words
            starts = [w.start for w in words]
            cuts = [m.start() for m in _BREAK.finditer(text, ps.start, ps.end)] + [ps.end]
            for cut in cuts:
                # the words inside [start, cut): a run of them, less one that a cut (’) splits
                first, stop = bisect_left(starts, start), bisect_left(starts, cut)
                if stop > first and words[stop - 1].end > cut:
                    stop -= 1
                if stop - first >= MAX_RUN and not article.in_quote(words[first].start, words[stop - 1].end):
                    yield self.finding(Span(words[first].start, words[stop - 1].end),
                                       f"{stop - first} words without punctuation: a run-on", confidence=0.5)
                start = cut + 1

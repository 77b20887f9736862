"""B108: a quotation attributed twice: '..." he said. Ana Ruiz, the author, told AFP.'"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

# '... found," he said.' : a quotation closed and attributed to a pronoun
_PRONOUN_SAID = lazy_compile(r"[,.!?][\"”’] (?P<said>(?:he|she|they) (?:said|added|explained|told [a-zA-Z]+)\.)")
# The next sentence: a speaker named with an apposition and a verb of telling, and nothing reported
_SPEAKER_TOLD = lazy_compile(
    r" (?P<speaker>[A-ZÀ-Þ][\w’'.-]*(?: [A-ZÀ-Þ][\w’'.-]*)*),(?P<who>[^.!?\"“”]{3,160}),? "
    r"(?:told|said to) (?:AFP|Reuters|AP|the [A-Z][\w-]*(?: [A-Z][\w-]*)*|reporters|journalists|[A-Z][\w-]+)\.(?=\s|$)")


_SAID_ENDS = (" said. ", " added. ", " explained. ")


class DoubleAttribution(Rule):
    """A quotation attributed to "he" and then, in a sentence of its own, to a named speaker.

    ## What it flags
    A quotation closed with "he said." (or "she said.", "they added.") right before a sentence
    that only names a speaker and a verb of telling: '"... almost done," he said. Ana Ruiz, the
    study's author, told AFP.' The second sentence reports nothing: it is the rest of the first
    attribution, cut off by a full stop.

    ## Why it matters
    Spinning and translation split '..." said Ana Ruiz, the study's author, told AFP' in two and
    add a pronoun; the reader gets two speakers for one quotation and a sentence with nothing in it.

    ## Example
        "The skull is nearly complete," he said. Ana Ruiz, the study's author, told AFP.

    ## Suggested fix
    One attribution: '"The skull is nearly complete," Ana Ruiz, the study's author, told AFP.'

    ## Fix safety
    No automatic fix: the sentence has to be rejoined by hand.
    """

    code = "B108"
    name = "broken-sentence.double-attribution"
    category = "broken-sentence"
    severity = "warning"
    summary = "A quotation attributed to 'he said' and again to a named speaker in a sentence of its own"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for m in self._pronoun_said(text):
            told = _SPEAKER_TOLD.match(text, m.end())
            if told is None or "\n" in text[m.end() : told.end()]:
                continue  # no telling sentence right after, or it starts another paragraph
            yield self.finding(
                Span(m.start("said"), told.end()),  # (the attribution, from the pronoun on)
                f"'{m.group('said')}' and then '{told.group('speaker')}, ..., told ...': one quotation, "
                "two attributions; the full stop cut one sentence in two",
                related=[Related(Span(told.start("speaker"), told.end("speaker")), "the named speaker")],
                confidence=0.7,
            )

    @staticmethod
    def _pronoun_said(text: str) -> Iterator[re.Match[str]]:
        """The matches of ``_PRONOUN_SAID``, looked for only where " said. " (or " added. ",
        " explained. ") occurs: str.find scans for a literal far faster than a regex that starts with
        punctuation. "told X." attributions are looked for around each " told "."""
        for end in _SAID_ENDS:
            at = text.find(end)
            while at >= 0:
                m = _PRONOUN_SAID.search(text, max(0, at - 12), at + len(end))
                if m is not None:
                    yield m
                at = text.find(end, at + 1)
        at, seen = text.find(" told "), -1
        while at >= 0:  # '..." she told reporters.'
            m = _PRONOUN_SAID.search(text, max(0, at - 8), at + 48)
            if m is not None and "told" in m.group("said") and m.start() != seen:
                seen = m.start()  # (two " told " may find one attribution)
                yield m
            at = text.find(" told ", at + 1)

"""B108: a quotation attributed twice: '..." he said. Ana Ruiz, the author, told AFP.'"""

from __future__ import annotations

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
        if " said. " not in text and " added. " not in text and " explained. " not in text and "told" not in text:
            return
        for m in _PRONOUN_SAID.finditer(text):
            told = _SPEAKER_TOLD.match(text, m.end())
            if told is None or "\n" in text[m.end() : told.end()]:
                continue  # no telling sentence right after, or it starts another paragraph
            yield self.finding(
                Span(m.start("said"), told.end()),
                f"'{m.group('said')}' and then '{told.group('speaker')}, ..., told ...': one quotation, "
                "two attributions; the full stop cut one sentence in two",
                related=[Related(Span(told.start("speaker"), told.end("speaker")), "the named speaker")],
                confidence=0.7,
            )

"""B103: a sentence that stops on an article, a determiner, 'of' or a conjunction."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span
from ..registry import Rule
from ..text.clauses import prose_sentences

_ENDERS = frozenset("a an the of and or nor but their its my your our whose every".split())
# Words after which a final "of" is idiomatic ("what they were accused of").
_OF_OK = frozenset(
    """accused afraid aware fond proud ashamed sure capable short made think thought heard hear consist
    consists dream dreamed dreamt approve disapprove speak spoke spoken conscious tired sick scared ahead
    out rid sort kind because instead all most some none part care taken take took cognizant mindful
    convinced certain guilty suspected informed reminded warned smell smelled""".split()
)


class DanglingFunctionWord(Rule):
    """A sentence that ends on an article, a determiner, "of" or a conjunction.

    ## What it flags
    A sentence in the narration whose last word before the full stop is "a", "an", "the", "of",
    "and", "or", "but", a possessive determiner ("their", "its") or "every": the words that should
    follow were cut. Idiomatic endings ("what he was accused of.") are left alone.

    ## Why it matters
    Spinners and translation engines cut sentences short; the reader is left with half a thought.

    ## Example
        The committee will discuss the enhancement of.

    ## Suggested fix
    Restore the missing object ("the enhancement of border security") or rewrite the sentence.

    ## Fix safety
    No automatic fix: the missing words cannot be guessed.
    """

    code = "B103"
    name = "broken-sentence.dangling-function-word"
    category = "broken-sentence"
    severity = "warning"
    summary = "A sentence ends on an article, determiner, 'of' or a conjunction"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for ps in prose_sentences(article):
            words = ps.words
            if ps.quoted or len(words) < 3:
                continue
            last = words[-1]
            if last.text not in _ENDERS or text[last.end : ps.end].strip() != "." or not last.text.islower():
                continue
            if last.text == "of" and words[-2].text.lower() in _OF_OK:
                continue
            span = ps.sentence.span if len(words) <= 12 else Span(words[-2].start, ps.end)
            yield self.finding(span, f"the sentence stops on '{last.text}': words after it were lost", confidence=0.75)

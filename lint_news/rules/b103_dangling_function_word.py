"""B103: a sentence that stops on an article, a determiner, 'of' or a conjunction."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article, Token
from ..findings import Finding, Span
from ..lazyre import lazy_compile
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.lexicon import REPORTING_PAST

_ENDERS = frozenset("a an the of and or nor but their its my your our whose every".split())
# Reporting verbs that must be followed by what was said: "He noted that." lost its clause.
# ("He explained that.", "Nobody else said that." take "that" as a pronoun, so not those.)
_SAY_THAT = REPORTING_PAST
_BE = frozenset("be been being is are was were".split())
_LAST_WORDS = _ENDERS | REPORTING_PAST | {"that", "which"}  # a sentence ending on another word is fine
_QUOTE_CLOSERS = "\"”’'"
# Words after which a final "of" is idiomatic ("what they were accused of").
_OF_OK = frozenset(
    """accused afraid aware fond proud ashamed sure capable short made think thought heard hear consist
    consists dream dreamed dreamt approve disapprove speak spoke spoken conscious tired sick scared ahead
    out rid sort kind because instead all most some none part care taken take took cognizant mindful
    convinced certain guilty suspected informed reminded warned smell smelled""".split()
)


def _lost_clause(text: str, start: int, words: list[Token]) -> str | None:
    """What a sentence that ends before its reported clause lost: "He stated." (two or three words,
    not after a quotation that ends without a full stop), "It was emphasized.", "The minister noted
    that.", "..., which.", "... and that." """
    last, before = words[-1].text, words[-2].text.lower()
    if last in REPORTING_PAST and len(words) <= 3 and words[0].text[:1].isupper() and before not in _BE:
        # (not "Concerns were noted.": a passive needs nothing after it)
        tail = text[max(0, start - 20) : start].rstrip()  # what ends before the sentence
        if not tail or tail[-1] not in _QUOTE_CLOSERS or tail[-2:-1] in (".", "!", "?"):
            # (after a quotation that ends a sentence of its own, '..." He noted.' is no attribution)
            return f"'{last}' with nothing after it: what was {last} was lost"
    elif last in REPORTING_PAST and len(words) == 3 and words[0].text == "It" and before in _BE:
        return f"'{words[0].text} {words[1].text} {last}' says nothing: what was {last} was lost"
    elif last == "that" and before in _SAY_THAT:
        return f"the sentence stops on '{before} that': the reported clause was lost"
    elif last == "that" and before in ("and", "or") and len(words) > 3 and words[-3].text.lower() != "this":
        return f"the sentence stops on '{before} that': the clause after it was lost"
    elif last == "which" and text[words[-2].end : words[-1].start].strip() == ",":
        return "the sentence stops on ', which': the relative clause was lost"
    return None


# A quotation that stops on such a word right before its attribution: 'There is no," he pointed out.'
# Found from the closing mark and its attribution (a leading literal class: the regex engine skips
# ahead), then the words before the mark are read back.
_ATTRIBUTED_CLOSE = lazy_compile(
    r"[\"”],? (?:he|she|they|[A-Z][a-z]+) (?:said|added|told|pointed out|stressed|noted|explained|continued)\b")
_CUT_QUOTE = lazy_compile(
    r"\b(?P<last>a|an|the|of|and|or|nor|but|their|its|my|your|our|whose|every|(?:[Tt]here (?:is|are|was|were) no))"
    r"[,.]?$")


class DanglingFunctionWord(Rule):
    """A sentence that ends on an article, a determiner, "of" or a conjunction.

    ## What it flags
    A sentence in the narration whose last word before the full stop is "a", "an", "the", "of",
    "and", "or", "but", a possessive determiner ("their", "its") or "every": the words that should
    follow were cut. Idiomatic endings ("what he was accused of.") are left alone. Also a sentence
    cut before what it reports: a reporting verb that needs an object standing bare ("He stated.",
    "The envoy stressed.", "It was emphasized.", also after a quotation that ends a sentence of its
    own: '"We will win." He noted.'), "noted that.", "said that." or "and that." at the end, or a
    sentence ending on ", which."; and a quotation that stops on such a word right
    before its attribution ('"We will never give up the," he said.', '"There is no," she said.').

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
    summary = "A sentence ends on an article, determiner, 'of', a conjunction or before what it reports"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for close in _ATTRIBUTED_CLOSE.finditer(text):
            m = _CUT_QUOTE.search(text, max(0, close.start() - 20), close.start())
            if m is None:
                continue
            last = m.group("last")
            if last == "of" and (text[max(0, m.start() - 40) : m.start()].rsplit(None, 1) or [""])[-1].lower() in _OF_OK:
                continue  # "what he was accused of," she said
            word = last.rsplit(" ", 1)[-1]
            yield self.finding(Span(m.start("last"), m.end("last")),
                               f"the quotation stops on '{word}' before its attribution: words after it were lost",
                               confidence=0.7)
        for ps in prose_sentences(article):
            words = ps.words
            if ps.quoted or len(words) < 2:
                continue
            last = words[-1]
            if last.text not in _LAST_WORDS:
                continue  # the common case, told by one set lookup
            if text[last.end : ps.end].strip() != "." or not last.text.islower():
                continue
            span = ps.sentence.span if len(words) <= 12 else Span(words[-2].start, ps.end)
            lost = _lost_clause(text, ps.start, words)
            if lost:
                yield self.finding(span, lost, confidence=0.7)
                continue
            if last.text not in _ENDERS:
                continue
            if len(words) < 3:
                continue
            if last.text == "of" and words[-2].text.lower() in _OF_OK:
                continue
            yield self.finding(span, f"the sentence stops on '{last.text}': words after it were lost", confidence=0.75)

"""U103: a whole sentence left in German, French, Spanish, Portuguese or Italian."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.spans import indexes
from ..findings import Finding, Span
from ..lazyre import lazy_compile
from ..names.foreign import SPELLING_THRESHOLD, spelling_score
from ..names.lexicon import in_dictionary
from ..names.mentions import mentions
from ..registry import Rule

MIN_WORDS = 5
MIN_FOREIGN = 2  # function words of one language: a name ("Banco de la Nación") has fewer, in English around it
# Function words of English: one of them in a sentence makes it English (or a name inside English).
# ("a" and "no" are also Spanish, Portuguese and Italian words, and an English sentence has others.)
_ENGLISH = frozenset(
    """the an of to in and is are was were be been for on that with as by at from it its this these those
    has have had not or but he she they we you i his her their our your who which what when there than can
    will would could should may also after before into about over up out if so all one two new said says""".split())
# Function words that English text does not use (no "die", "do", "per", "la", "des"): one language each.
_FUNCTION_WORDS = {
    "German": frozenset("der und im mit von zu gegen für auf ist nicht ein eine dem des sich auch wird nach bei".split()),
    "Spanish": frozenset("el los las y del en que por para con una es se al como más pero sus".split()),
    "French": frozenset("le les du et en que pour dans sur est une au aux qui pas avec sont mais".split()),
    "Portuguese": frozenset("os e do da em que para com não um uma no na dos ao pelo pela mais".split()),
    "Italian": frozenset("il gli e di del della che per con non una nel alla sono anche più".split()),
}
# A lower-case word of one of these somewhere in the article: the sentences are worth a look.
_GATE = frozenset(
    "der und mit von gegen für auf nicht sich auch wird los las del que por para los les du et dans sur une qui "
    "avec sont mais não uma dos pelo pela il gli della che nel alla sono anche più".split())


def function_word_counts(words: list[str]) -> dict[str, int]:
    """Language -> how many of the lower-case ``words`` are its function words."""
    return {lang: sum(w in found for w in words) for lang, found in _FUNCTION_WORDS.items()}


def foreign_language(words: list[str]) -> str | None:
    """The language of a sentence's lower-case words when it has MIN_WORDS or more, no English
    function word and MIN_FOREIGN function words of that language; else None."""
    if len(words) < MIN_WORDS or not _ENGLISH.isdisjoint(words):
        return None
    counts = function_word_counts(words)
    lang = max(counts, key=counts.__getitem__)
    return lang if counts[lang] >= MIN_FOREIGN else None


_VOWELLESS = lazy_compile(r"[^aeiouyàáâãäåèéêëìíîïòóôõöùúûüıæøœ]+")
# A translation given right after: "(the people united ...)", ", meaning ...", " – which means ..."
_TRANSLATED_AFTER = lazy_compile(r"[,.]?\s*(?:\(|[-–—]\s|,?\s*(?:meaning|which means|or|in English|translated as)\b)")
MIN_UNKNOWN = 3  # lower-case words in no list an article needs before its sentences are spelt out


def _spelt_foreign(words: list[str]) -> bool:
    """Words (lower case) of a sentence or a quotation in another language: five or more, no
    English function word, two thirds of them in no English dictionary and those spelt, on average, as
    other languages spell (``names.foreign.spelling_score``)."""
    if len(words) < MIN_WORDS or not _ENGLISH.isdisjoint(words):
        return False
    alphabetic = [w for w in words if w.isalpha() and not _VOWELLESS.fullmatch(w)]  # ("mln", "dlrs": abbreviations)
    unknown = [w for w in alphabetic if not in_dictionary(w)]
    if len(unknown) < max(3, 2 * len(alphabetic) / 3):
        return False
    return sum(map(spelling_score, unknown)) / len(unknown) >= SPELLING_THRESHOLD


class ForeignSentence(Rule):
    """A sentence in another language left in an English article.

    ## What it flags
    A sentence of five or more words, in any block (headline, paragraph, quotation, caption), with
    no English function word ("the", "of", "and", "is" ...) and at least two function words of
    German, French, Spanish, Portuguese or Italian: "DEBATTE IM PARLAMENT: Streit um die Rente
    gegen den Willen der Partei". Names inside English sentences ("Banco de la Nación") are not
    sentences of their own and are left alone; other scripts are U102's. Also a sentence or a
    quotation of five or more words in any language of the Latin script, told by its spelling:
    no English function word, two thirds of its words (abbreviations aside) in no English
    dictionary, and those spelt on average as other languages spell (rules/names/trigrams.tsv):
    '"Kami akan terus membantu warga yang terdampak," the district chief said'.

    ## Why it matters
    A headline, caption or paragraph that the translation engine skipped tells readers the copy
    was machine-translated and never read; the sentence says nothing to them.

    ## Example
        The parliament met on Monday. Der Streit um die Rente geht weiter und wird lauter.

    ## Suggested fix
    Translate the sentence, or remove it.

    ## Fix safety
    No automatic fix: the translation needs a translator.
    """

    code = "U103"
    name = "untranslated.foreign-sentence"
    category = "untranslated"
    severity = "warning"
    summary = "A whole sentence in another language"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        ms = mentions(article)
        words, starts = article.lower_words, article._word_starts
        found: list[Span] = []
        if not ms.lower_counts.keys().isdisjoint(_GATE):  # a lower-case function word of another language
            for sentence in article.sentences:
                span = sentence.span
                lo = bisect_left(starts, span.start)
                lang = foreign_language(words[lo : bisect_left(starts, span.end, lo)])
                if lang is not None:
                    found.append(span)
                    yield self.finding(span, f"a sentence in {lang}, left untranslated", confidence=0.7)
        unknown = [w for w in ms.strange() if w in ms.lower_counts]
        if len(unknown) < MIN_UNKNOWN:
            return  # too few lower-case words in no list for a sentence of another language: most articles
        # sentences and quotations spelt as other languages spell, in any language of the Latin script:
        # only those that hold a word in no list are read
        at = sorted(starts[i] for w in unknown for i in indexes(words, w))
        spans = [s.span for s in article.sentences] + [Span(q.start, q.end) for q in article.quotes]
        for span in spans:
            k = bisect_left(at, span.start)
            if k == len(at) or at[k] >= span.end:
                continue
            if any(f.start <= span.start and span.end <= f.end for f in found):
                continue
            if _TRANSLATED_AFTER.match(text, span.end):
                continue  # a translation follows: '"El pueblo unido ..." (the people united ...)'
            lo = bisect_left(starts, span.start)
            if _spelt_foreign(words[lo : bisect_left(starts, span.end, lo)]):
                found.append(span)
                yield self.finding(span, "a sentence in another language (by its spelling), left untranslated",
                                   confidence=0.6)

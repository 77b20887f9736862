"""U104: a phrase in another language left inside an English sentence."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span
from ..names.lexicon import is_lower_word
from ..names.mentions import mentions
from ..registry import Rule
from .u103_foreign_sentence import _ENGLISH, _FUNCTION_WORDS, foreign_language, function_word_counts

MIN_WORDS = 4
MIN_UNKNOWN = 2  # words that are neither English nor function words: "recurso", "francês"
# Function words that are also English words or English abbreviations are no evidence.
_AMBIGUOUS = frozenset("no e do con per um et pas se es sus".split())
# U103's words, and "de" and "la", which U103 leaves out because names hold them ("Banco de la Nación")
_FOREIGN = (frozenset().union(*_FUNCTION_WORDS.values()) | {"de", "la"}) - _AMBIGUOUS


# Loan phrases that English writes in the original.
_LOAN_PHRASES = frozenset(("crème de la crème", "creme de la creme", "je ne sais quoi", "plus ça change", "la dolce vita"))
# Latin and law French that English courts and their reporters use as English ("a rehearing en banc")
_LEGAL_TERMS = ("en banc", "de novo", "amicus curiae", "habeas corpus", "pro bono", "per curiam", "sub judice",
                "ex parte", "in camera", "prima facie", "inter alia", "mens rea", "actus reus", "res judicata",
                "stare decisis", "pro se", "in absentia", "persona non grata", "sine die", "ultra vires",
                "obiter dicta", "nolle prosequi", "voir dire", "pro tem", "in situ", "in vitro", "in vivo")


def _trimmed(lows: list[str], i: int, j: int) -> tuple[int, int]:
    """The run lows[i:j] without the ordinary English words at its ends ("chef served coq au vin
    ..." is "coq au vin ..."), keeping two words or more."""
    a, b = i, j
    while b - a > 2 and lows[a] not in _FOREIGN and is_lower_word(lows[a]):
        a += 1
    while b - a > 2 and lows[b - 1] not in _FOREIGN and is_lower_word(lows[b - 1]):
        b -= 1
    return a, b


def _language(run: list[str]) -> str:
    counts = function_word_counts(run)
    lang = max(counts, key=counts.__getitem__)
    return lang if counts[lang] and list(counts.values()).count(counts[lang]) == 1 else "another language"


class ForeignPhrase(Rule):
    """Words of another language left inside an English sentence.

    ## What it flags
    A run of four or more lower-case words inside an English sentence, with no English function
    word, at least one function word of German, French, Spanish, Portuguese or Italian ("de",
    "und", "della") and at least two words that are not English: a gloss or a clause the
    translation engine skipped ("... the court's ruling [tribunal superior de recurso francês]
    stands"). The finding shows the run without the English-looking words at its ends ("de
    recurso francês"). A quotation that is all in the other language (a slogan quoted on
    purpose), a few loan phrases ("crème de la crème") and whole sentences in another language
    (U103's) are left alone.

    ## Why it matters
    Readers cannot understand the words, and they show the copy was machine-translated and
    never read.

    ## Example
        The court upheld the ruling of the tribunal superior de recurso francês on Monday.

    ## Suggested fix
    Translate the phrase, or remove it.

    ## Fix safety
    No automatic fix: the translation needs a translator.
    """

    code = "U104"
    name = "untranslated.foreign-phrase"
    category = "untranslated"
    severity = "warning"
    summary = "A phrase in another language inside an English sentence"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        for span, language in foreign_phrases(article):
            yield self.finding(span, f"'{article.slice(span)}' looks like {language} left untranslated", confidence=0.65)


def foreign_phrases(article: Article) -> list[tuple[Span, str]]:
    """The runs of another language in English sentences (span, language): what U104 reports, and
    what U105 leaves to it (memoised per article)."""
    found: list[tuple[Span, str]] = article.analysis("u104.phrases", _foreign_phrases)
    return found


def _foreign_phrases(article: Article) -> list[tuple[Span, str]]:
    if _FOREIGN.isdisjoint(mentions(article).lower_counts):
        return []  # no lower-case function word of another language: most articles
    out: list[tuple[Span, str]] = []
    text = article.text
    words, lows, starts = article.words, article.lower_words, article._word_starts
    for sentence in article.sentences:
        span = sentence.span
        lo = bisect_left(starts, span.start)
        hi = bisect_left(starts, span.end, lo)
        if _FOREIGN.isdisjoint(lows[lo:hi]) or foreign_language(lows[lo:hi]) is not None:
            continue  # no foreign function word, or a whole foreign sentence (U103)
        i = lo
        while i < hi:
            j = i
            while (j < hi and words[j].text.isalpha() and words[j].text.islower() and lows[j] not in _ENGLISH
                   and (j == i or text[words[j - 1].end : words[j].start] == " ")):
                j += 1
            if j - i >= MIN_WORDS and _foreign(lows[i:j]) and not _quoted_whole(article, words[i].start, words[j - 1].end):
                a, b = _trimmed(lows, i, j)  # the span shows the foreign words, without English ones at its ends
                phrase = text[words[a].start : words[b - 1].end].lower()
                if phrase not in _LOAN_PHRASES and not any(term in phrase for term in _LEGAL_TERMS):
                    out.append((Span(words[a].start, words[b - 1].end), _language(lows[a:b])))
            i = max(j, i + 1)
    return out


def _foreign(run: list[str]) -> bool:
    if _FOREIGN.isdisjoint(run):
        return False
    return sum(1 for w in run if w not in _FOREIGN and w not in _AMBIGUOUS and not is_lower_word(w)) >= MIN_UNKNOWN


def _quoted_whole(article: Article, start: int, end: int) -> bool:
    """The run is a whole quotation: '"el pueblo unido jamás será vencido", they chanted'."""
    for q in article.quotes:
        if q.start <= start and end <= q.end:
            inner = article.text[q.start : q.end].strip("\"“”‘’'«» .,!?")
            return inner == article.text[start:end]
    return False

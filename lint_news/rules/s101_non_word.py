"""S101: a non-word among ordinary words, one edit away from a common word."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.gazetteer import Gazetteer, UserNames, gazetteer, is_known_token, user_names
from ..names.lexicon import (
    corrections,
    in_dictionary,
    is_common,
    is_lower_word,
    known_misspelling,
    plausible_derivation,
    typo_edit,
    web_only,
    zipf,
)
from ..names.mentions import Mentions, in_address, mentions, occurrences
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.lexicon import CALENDAR_NAMES
from ..text.loans import in_loan_phrase


def is_candidate(word: str, ms: Mentions) -> bool:
    """A strange word (``ms.strange()``) that S101 looks at: five letters or more, ASCII, once in
    the article and only in lower case."""
    return len(word) >= 5 and ms.lower_counts.get(word) == 1 and ms.folded_counts.get(word) == 1 and \
        word.isascii() and word.isalpha()


def flags(word: str, ms: Mentions, gaz: Gazetteer, user: UserNames) -> bool:
    """Does S101 report ``word`` (a lower-case form of the article) as a misspelling?"""
    return word in ms.strange() and is_candidate(word, ms) and bool(misspelling_fixes(word, gaz, user))


def misspelling_fixes(word: str, gaz: Gazetteer, user: UserNames) -> list[str]:
    """The common words one edit from ``word`` (a candidate), unless it is a name or a regular
    derivation ("soloes", "reshored"): what S101 suggests, empty when it flags nothing. A common
    misspelling (``known_misspelling``) gives its own fix first."""
    if is_known_token(word, gaz, user):
        return []
    listed = known_misspelling(word)
    if listed:
        return listed
    # (a derivation needs a dictionary word: "investi" + "ment" is a slip for "investment")
    if plausible_derivation(word, listed=True, inflected_web_words=True):
        return []
    # a long word's slip rarely lands near a rare word by chance: "dessalination" -> "desalination" (Zipf 2.8)
    return corrections(word, 3.0 if len(word) < _LONG_WORD else 2.5) or _stutter_fix(word)


def _stutter_fix(word: str) -> list[str]:
    """A run of two or three letters typed twice ("econonomy", "particicipate"): the word with one
    copy dropped, when that is a common word."""
    for size in (2, 3):
        for i in range(1, len(word) - 2 * size + 1):
            if word[i : i + size] == word[i + size : i + 2 * size]:
                fixed = word[:i] + word[i + size :]
                if is_common(fixed) and is_lower_word(fixed):
                    return [fixed]
    return []


# From this length a word one edit from a fairly rare word (Zipf 2.5 to 3) is taken as its slip.
_LONG_WORD = 11


def listed_misspelling_fix(word: str, gaz: Gazetteer, user: UserNames) -> str | None:
    """For a lower-case form that the word list holds as met in web text ("goverment", "recieve"),
    not as a dictionary word: its fix when it is a common misspelling, else None."""
    fixes = known_misspelling(word)
    if not fixes or is_known_token(word, gaz, user):
        return None
    return fixes[0]


# A word met only in web text, this rare (Zipf), one slip from a word this common, is that word's slip:
# "televison" (1.6) for "television"
_RARE_WEB_ZIPF = 2.0
_COMMON_ZIPF = 4.0


def rare_web_slip_fix(word: str, gaz: Gazetteer, user: UserNames) -> str | None:
    """For a lower-case form the word list holds only as met in web text, and rarely ("televison"):
    the common word one slip of the hand away (``typo_edit``: a letter dropped, doubled, swapped),
    else None."""
    if not web_only(word) or zipf(word) > _RARE_WEB_ZIPF:
        return None
    fix = _slip_of_common_word(word)
    return None if fix is None or is_known_token(word, gaz, user) else fix


@lru_cache(maxsize=4096)
def _slip_of_common_word(word: str) -> str | None:
    """The one common word (Zipf >= 4) that ``word`` is a slip of the hand of, else None (memoised:
    a feed repeats its rare words, and the search of the word list is the costly part)."""
    near = [c for c in corrections(word, _COMMON_ZIPF) if typo_edit(word, c)]
    return near[0] if len(near) == 1 else None


class NonWord(Rule):
    """A lower-case word that is in no dictionary but one letter away from a common word.

    ## What it flags
    A lower-case word of five or more letters that is neither in the English word list (about
    150,000 words with their inflections) nor used as a name in the article, and that a single
    edit (one letter dropped, added, changed or two letters swapped) turns into a common word:
    "annexationa" for "annexation", or whose letters typed twice drop out ("econonomy"). A sentence's
    capitalised first word is read too when it is long, once in the article and never capitalised
    elsewhere ("Temperatues dropped"). Also a common misspelling of codespell's list
    (rules/names/misspellings.tsv: "goverment", "recieve", "occured"), even where the word list
    holds it as met in web text; the list leaves out the forms that are words of their own
    (British spellings, rare words: "leant", "korma", "prions"). Also a month or a weekday in lower
    case ("by 31 august", "in january"; "march", "may" and "august" only beside a day's number or
    a year). And a lower-case form the list holds only from web text, rare, one slip from a common
    word ("televison"), unless a capitalised word comes before it ("the Saudi riyal").
    Rare real words, names, acronyms, numbers, units, URLs, e-mail addresses, hashtags and handles
    are never flagged.

    ## Why it matters
    Machine translation and spinning glue stray letters to words; a spell checker catches these
    but news systems often have none.

    ## Example
        The annexationa of the peninsula was condemned.

    ## Suggested fix
    The common word, most frequent candidate first: "annexation".

    ## Fix safety
    Unsafe: another candidate may be meant; all candidates are listed.
    """

    code = "S101"
    name = "spelling.non-word"
    category = "spelling"
    severity = "warning"
    summary = "A non-word one edit away from a common English word"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        gaz = gazetteer()
        user = user_names(ctx)
        text = article.text
        # .get(w) == 1 is counts[w] == 1 without Counter.__missing__ (a Python call) for the many
        # capitalised words of strange() that are not lower-case forms
        candidates = {w for w in ms.strange() if is_candidate(w, ms)}
        listed = {w: fix for w in ms.not_lower() if w not in candidates and is_candidate(w, ms)
                  and (fix := listed_misspelling_fix(w, gaz, user) or rare_web_slip_fix(w, gaz, user)) is not None}
        for word in sorted(candidates | listed.keys()):
            fixes = [listed[word]] if word in listed else misspelling_fixes(word, gaz, user)
            if not fixes:
                continue
            rare_web = word in listed and not known_misspelling(word)
            for start, end in occurrences(text, word):
                if in_address(text, start, end) or _in_glossed_title(article, start, end) or in_loan_phrase(text, start, end):
                    continue  # (a borrowed phrase: "a simple raison d'être")
                if rare_web and _CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
                    continue  # a thing named after a people or a place ("the Saudi riyal"), not a slip
                yield self.finding(
                    Span(start, end),
                    f"'{word}' is not a word; did you mean '{fixes[0]}'?",
                    [Suggestion(f, "unsafe") for f in fixes[:3]],
                    confidence=0.8 if len(fixes) == 1 else 0.65,
                )
        yield from self._capitalised_openers(article, ms, gaz, user)
        if not _CALENDAR_WORDS.isdisjoint(ms.lower_counts):
            yield from self._lower_case_dates(article, ms)

    def _lower_case_dates(self, article: Article, ms: Mentions) -> Iterator[Finding]:
        """A month or a weekday written in lower case ("on 31 august", "since january", "last friday");
        "march", "may" and "august", words of their own, only beside a day's number or a year."""
        text = article.text
        for word in _CALENDAR_WORDS.intersection(ms.lower_counts):
            for start, end in occurrences(text, word):
                if in_address(text, start, end):
                    continue
                if word in _CALENDAR_AMBIGUOUS and not (_DAY_BEFORE.search(text, max(0, start - 12), start)
                                                       or _YEAR_AFTER.match(text, end)):
                    continue
                fixed = word.capitalize()
                yield self.finding(Span(start, end), f"'{word}': months and days of the week take a capital: '{fixed}'",
                                   [Suggestion(fixed, "safe")], confidence=0.8)

    def _capitalised_openers(self, article: Article, ms: Mentions, gaz: Gazetteer, user: UserNames) -> Iterator[Finding]:
        """A non-word that opens a sentence ("Enviromental groups have ..."): capitalised only because
        it comes first, so the lower-case path never sees it. Only a long word, once in the article,
        never capitalised elsewhere, and followed by a lower-case word (a name runs on capitalised)."""
        text = article.text
        strange = ms.strange()
        folded = ms.folded_counts
        for ps in prose_sentences(article):  # (headlines, headings and captions are no prose)
            if not ps.words:
                continue
            tok = ps.words[0]
            word = tok.text
            if len(word) < _OPENER_MIN or not word[1:].islower() or not (word.isascii() and word.isalpha()):
                continue
            lower = word.lower()
            if folded.get(lower) != 1:
                continue
            if _LOWER_NEXT.match(text, tok.end) is None:
                continue
            if lower in strange:
                fixes = misspelling_fixes(lower, gaz, user)
            else:  # met in web text only ("Enviromental"): a common misspelling's fix
                fix = None if in_dictionary(lower) else listed_misspelling_fix(lower, gaz, user)
                fixes = [fix] if fix else []
            if not fixes:
                continue
            fix = fixes[0].capitalize()
            yield self.finding(Span(tok.start, tok.end), f"'{word}' is not a word; did you mean '{fix}'?",
                               [Suggestion(f.capitalize(), "unsafe") for f in fixes[:3]],
                               confidence=0.75 if len(fixes) == 1 else 0.6)


_CALENDAR_AMBIGUOUS = frozenset(("march", "may", "august"))
_CALENDAR_WORDS = frozenset(name.lower() for name in CALENDAR_NAMES)
# a day's number after a preposition of time ("by 31 august"): a bare number may be a count ("25 may face")
_DAY_BEFORE = lazy_compile(r"\b(?:on|by|from|until|till|since|before|after|of|in|to) (?:[1-9]|[12]\d|3[01]) $")
_YEAR_AFTER = lazy_compile(r" (?:1[89]|20)\d\d\b")
_CAPITALISED_BEFORE = lazy_compile(r"(?<![.!?] )\b[A-Z][a-z]+ $")
# A sentence's first word is taken from this length: shorter capitalised non-words are mostly names.
_OPENER_MIN = 7
_LOWER_NEXT = lazy_compile(r" [a-z]")
_GLOSS_AFTER = lazy_compile(r"[\"”’']?,?\s*\(")


def _in_glossed_title(article: Article, start: int, end: int) -> bool:
    """Inside a quotation that a bracket follows: a title in its own language with its translation
    ('"O mar de inverno" ("The Winter Sea")'): its words are not misspelt English."""
    for q in article.quotes:
        if q.start <= start and end <= q.end:
            return _GLOSS_AFTER.match(article.text, q.end) is not None
    return False

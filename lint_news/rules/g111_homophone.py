"""G111: a word written for another that sounds the same: "should of", "it's own", "there own"."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from itertools import chain
from operator import itemgetter

from ..context import Context
from ..document import Article
from ..facts.spans import find_all, sentence_span
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.mentions import mentions
from ..registry import Rule
from ..text.lexicon import PAST_PARTICIPLES, verb_forms
from .g106_subject_verb_agreement import plural_noun

_START = itemgetter(0)  # Token.start
_MODALS = ("should", "could", "would", "must")  # ("the might of", "the may of" are nouns)
# "should of" and the like: found from " of " (a literal the engine skips ahead to), the modal behind it
_MODAL_OF_RE = lazy_compile(" of (?:" + "|".join(f"(?<=\\b[{m[0].upper()}{m[0]}]{m[1:]} of )" for m in _MODALS) + ")")
# "it's own" for "its own", "there own" for "their own"
_OWN = {"it's own": "its own", "it’s own": "its own", "It's own": "Its own", "It’s own": "Its own",
        "there own": "their own", "There own": "Their own"}


# "it's ", found from "t's " (a literal run the engine skips ahead to), with either apostrophe
_ITS_PLURAL = (lazy_compile(r"t's (?<=\b[Ii]t's )"), lazy_compile(r"t’s (?<=\b[Ii]t’s )"))


# "it's" before a lower-case word, found from its literal; the word before it is read in Python
_ITS_BEFORE_WORD = lazy_compile(r"\bit['’]s (?=[a-z])")
# Prepositions after which "it is" cannot stand: "with it's partners" ("as", "like", "since", "before" ...
# open clauses and are left out)
_PREPOSITIONS_BEFORE_ITS = frozenset(
    """of with for to from by on in at about into onto over under through across against among between
    within without during toward towards behind beyond upon despite""".split())
_CLEFT = lazy_compile(r"\b(?:who|that|which)\b")


def _participle(word: str) -> bool:
    """A past participle or "been": what follows "should have"."""
    return word in ("been", "had") or word in PAST_PARTICIPLES or verb_forms(word) == "past"


class Homophone(Rule):
    """A word written for another that sounds the same.

    ## What it flags
    - "should of", "could of", "would of", "must of" before a past participle ("should of
      provided", "would of had"): "have" (spoken "should've") is meant; "could of course" is left
      alone, as the word after "of" must be a participle, and so is "might of" ("the might of
      the army" is a noun);
    - "it's own" for "its own", and "there own" for "their own";
    - "it's" before a plural noun and the plural's verb ("it's shares fell"), and "it's" after a
      preposition ("with it's partners", "of it's workers"; not "as it's", "like it's"): "its" is meant
      ("It's years since ..." has no verb after the plural).

    ## Why it matters
    These are errors of the ear that spell checkers miss, as each word is spelt right; in news
    copy they read as careless, and spinners and speech-to-text produce them.

    ## Example
        The council should of provided more shelters, and the city has it's own plan.

    ## Suggested fix
    "should have provided", "its own", "their own".

    ## Fix safety
    Safe for "should of" and the like, which have no other reading; unsafe for "it's own" ("It's
    own goals that hurt us") and "it's" before a plural.
    """

    code = "G111"
    name = "grammar.homophone"
    category = "grammar"
    severity = "warning"
    summary = "A word written for another that sounds the same ('should of', 'it's own')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        counts = mentions(article).lower_counts
        text = article.text
        if "of" in counts and not counts.keys().isdisjoint(_MODALS):
            words, lower = article.words, article.lower_words
            for m in _MODAL_OF_RE.finditer(text):
                at = m.start()
                while at > 0 and text[at - 1].isalpha():  # back to the modal's start (the lookbehind saw "\b")
                    at -= 1
                modal = text[at : m.start()]
                after = at + len(modal) + 4  # the word after "of "
                k = _word_at(article, after)
                if k is None or not _participle(lower[k]):
                    continue
                yield self.finding(Span(at, words[k - 1].end),
                                   f"'{modal} of {words[k].text}': '{modal} have' is meant ('{modal}'ve' spoken)",
                                   [Suggestion(f"{modal} have", "safe")], confidence=0.85)
        if "own" in counts:
            for at in find_all(text, tuple(_OWN)):
                if at and text[at - 1].isalnum():
                    continue
                end = at + 8 if text.startswith(("it", "It"), at) else at + 9
                found = text[at:end]
                if end < len(text) and text[end].isalnum():
                    continue  # ("there owners")
                yield self.finding(Span(at, end), f"'{found}': '{_OWN[found]}' is meant",
                                   [Suggestion(_OWN[found], "unsafe")], confidence=0.85)
        yield from self._its_plural(article)
        yield from self._its_after_preposition(article)

    def _its_after_preposition(self, article: Article) -> Iterator[Finding]:
        """"with it's partners", "of it's members": after a preposition "it is" cannot stand."""
        text = article.text
        if "t's " not in text and "t’s " not in text:
            return
        for m in _ITS_BEFORE_WORD.finditer(text):
            before = text[max(0, m.start() - 14) : m.start()]
            if not before.endswith(" "):
                continue
            prep = before.rstrip().rsplit(None, 1)[-1:]
            if not prep or prep[0] not in _PREPOSITIONS_BEFORE_ITS or article.in_quote(m.start()):
                continue
            found = text[m.start() : m.end() - 1]
            yield self.finding(Span(m.start(), m.end() - 1), f"'{prep[0]} {found}': 'its' is meant after '{prep[0]}'",
                               [Suggestion("its", "safe")], confidence=0.85)

    def _its_plural(self, article: Article) -> Iterator[Finding]:
        """"it's shares fell": "it's" before a plural noun and its verb, where "its" is meant."""
        text = article.text
        lower, words = article.lower_words, article.words
        present = [its for needle, its in zip(("t's ", "t’s "), _ITS_PLURAL, strict=True) if needle in text]
        for m in chain(*(its.finditer(text) for its in present)):  # (str's "in" first: far faster than a scan)
            k = _word_at(article, m.end())
            if k is None or k + 1 >= len(words) or not plural_noun(lower[k]):
                continue
            if verb_forms(lower[k + 1]) not in ("past", "pres3") or plural_noun(lower[k + 1]):
                continue  # the plural's own verb must follow ("it's shares fell"), not "it's years since"
            sentence = sentence_span(article, m.start())
            if _CLEFT.search(text, words[k + 1].end, sentence.end):
                continue  # "It's workers paid the least who suffer most": a cleft sentence
            start = m.start() - 1  # (the match starts at the "t" of "it's")
            if article.in_quote(start, m.end()):
                continue
            found = text[start : m.end() - 1]
            fixed = "Its" if found[0] == "I" else "its"
            yield self.finding(Span(start, m.end() - 1), f"'{found} {words[k].text}': '{fixed}' is meant",
                               [Suggestion(fixed, "unsafe")], confidence=0.8)


def _word_at(article: Article, start: int) -> int | None:
    """The index of the word that starts at ``start``, if one does."""
    words = article.words
    k = bisect_left(words, start, key=_START)
    return k if k < len(words) and words[k].start == start else None

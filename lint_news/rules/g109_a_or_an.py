"""G109: "a" before a vowel ("a earlier budget") or "an" before a consonant ("an new law")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.lexicon import is_lower_word
from ..registry import Rule
from ..text.lexicon import COORDINATORS, DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS

# "a" and a word that opens with a, e, i or o (u often sounds "you": "a union"); "an" and a word
# that opens with a consonant other than h ("an historic" is British usage) or x ("an x-ray").
# Each scan starts with a literal: the regex engine skips ahead to it.
_A = lazy_compile(r"a (?P<word>[aeio][a-z]+)\b(?![-'’.@/])")
_AN = lazy_compile(r"an (?P<word>[bcdfgjklmnpqrstvwyz][a-z]+)\b(?![-'’.@/])")
# Words after which the vowel is not sounded as one ("a one-off", "a once-great", "a euro", "a ouija")
_NOT_VOWEL_SOUND = ("one", "once", "eu", "ewe", "oui")
# Words that are no noun phrase's start: "items a and b", "plan a or b", "Ode an die Freude"
_NOT_NEXT = (DETERMINERS | PREPOSITIONS | COORDINATORS | SUBJECT_PRONOUNS
             | frozenset("is are was were am be if as so its der die das den dem".split()))


class AOrAn(Rule):
    """The indefinite article that does not fit the next word's first sound.

    ## What it flags
    "a" before a lower-case English word that opens with a, e, i or o ("a earlier budget", "a
    important vote"), and "an" before one that opens with a consonant other than h or x ("an new
    law"). Words whose first letter does not make the sound ("a one-off", "a euro", "an hour",
    "an historic", "an x-ray", and every word that opens with u), capitalised words and acronyms
    ("an MP", "a UN agency"), and words that cannot open a noun phrase ("points a and b") are
    left alone.

    ## Why it matters
    Rewriting tools swap an adjective or noun for a synonym and leave the article of the old word:
    "an important" becomes "a earlier". Readers hear the slip at once.

    ## Example
        The court struck down a earlier budget plan.

    ## Suggested fix
    The other article: "an earlier budget plan".

    ## Fix safety
    Safe: only the article changes.
    """

    code = "G109"
    name = "grammar.a-or-an"
    category = "grammar"
    severity = "warning"
    summary = "'a' before a vowel sound or 'an' before a consonant"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for pattern, fixed in ((_A, "an"), (_AN, "a")):
            for m in pattern.finditer(text):
                start = m.start()
                if start and (text[start - 1].isalnum() or text[start - 1] in "-'’_."):
                    continue  # inside a word: "Sofia earlier", "Milan needs"
                word = m.group("word")
                if word.startswith(_NOT_VOWEL_SOUND) or word in _NOT_NEXT or not is_lower_word(word):
                    continue
                if article.in_quote(start, m.end()):
                    continue  # a speaker's words stay as said
                yield self.finding(Span(start, m.end()), f"'{m.group()}': '{fixed}' before '{word}'",
                                   [Suggestion(f"{fixed} {word}", "safe")], confidence=0.8)

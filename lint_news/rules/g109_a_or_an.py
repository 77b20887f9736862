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
# ... and "a" before a silent h ("a hour": "an hour"); "an" before a capitalised word that opens with
# a consonant ("an Danish actor"), "a" before one that opens with a, e, i or o ("a Italian firm")
# ... "a" before a "u" that sounds as in "up" ("a unprecedented rise": "an"): the prefix "un-" (not
# "uni-", "unan-" as "a unique", "a unanimous", "a union"), "up-", "ult-", "umb-", "urg-", "urb-"
_A_SHORT_U = lazy_compile(r"a (?P<word>(?:un(?!i|an)|up|ult|umb|urg|urb)[a-z]+)\b(?![-'’.@/])")
_A_SILENT_H = lazy_compile(r"a (?P<word>(?:hour|hours|hourly|honest|honestly|honesty|honour|honor|honourable|honorable|"
                           r"heir|heirs|heiress|heirloom))\b(?![-'’@/]|\.\w)")
_AN_CAPITAL = lazy_compile(r"an (?P<word>[BCDFGJKLMNPQRSTVWYZ][a-z]{3,})\b(?![-'’@/]|\.\w)")
_A_CAPITAL = lazy_compile(r"a (?P<word>[AEIO][a-z]{3,})\b(?![-'’@/]|\.\w)")
# Words after which the vowel is not sounded as one ("a one-off", "a once-great", "a euro", "a ouija")
_NOT_VOWEL_SOUND = ("one", "once", "eu", "ewe", "oui", "oax", "oua")  # ("a Oaxacan", "a Ouagadougou ...": "wa")
# Words that are no noun phrase's start: "items a and b", "plan a or b", "Ode an die Freude"
_NOT_NEXT = (DETERMINERS | PREPOSITIONS | COORDINATORS | SUBJECT_PRONOUNS
             | frozenset("is are was were am be if as so its der die das den dem".split()))


class AOrAn(Rule):
    """The indefinite article that does not fit the next word's first sound.

    ## What it flags
    "a" before a lower-case English word that opens with a, e, i or o ("a earlier budget", "a
    important vote"), and "an" before one that opens with a consonant other than h or x ("an new
    law"). Words whose first letter does not make the sound ("a one-off", "a euro", "an hour",
    "an historic", "an x-ray", a "u" that sounds "you": "a union", "a unique"), acronyms ("an MP", "a UN
    agency"), and words that cannot open a noun phrase ("points a and b") are left alone. Also "a"
    before a silent h ("a hour", "a honest"), "an" before a capitalised word that opens with a
    consonant ("an Danish actor"; not h or x) and "a" before one that opens with a, e, i or o ("a
    Italian group"; not "a European", "a One Nation"), and "a" before a "u" sounded as in "up"
    ("a unprecedented rise", "a upgrade", "a urgent appeal", "a ultimatum").

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
        for pattern, fixed in ((_A, "an"), (_AN, "a"), (_A_SHORT_U, "an"), (_A_SILENT_H, "an"), (_AN_CAPITAL, "a"),
                               (_A_CAPITAL, "an")):
            for m in pattern.finditer(text):
                start = m.start()
                if start and (text[start - 1].isalnum() or text[start - 1] in "-'’_."):
                    continue  # inside a word: "Sofia earlier", "Milan needs"
                word = m.group("word")
                low = word.lower()
                if low.startswith(_NOT_VOWEL_SOUND) or low in _NOT_NEXT or (word.islower() and not is_lower_word(word)):
                    continue
                if article.in_quote(start, m.end()):
                    continue  # a speaker's words stay as said
                yield self.finding(Span(start, m.end()), f"'{m.group()}': '{fixed}' before '{word}'",
                                   [Suggestion(f"{fixed} {word}", "safe")], confidence=0.8)

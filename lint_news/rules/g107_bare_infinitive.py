"""G107: a verb that takes "to" before the next verb, without it ("she wanted go", "decided invite")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..registry import Rule
from ..text.lexicon import (
    COORDINATORS,
    DETERMINERS,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    VERB_ONLY_BASES,
    verb_forms,
)

# Verbs followed by "to" and a verb ("decided to invite"), in forms that are not nouns as well
# ("plans", "hopes", "promises" are: "the plans go ahead")
_HEADS = frozenset(
    """want wants wanted decide decides decided plan planned hope hoped agree agrees agreed refuse refuses
    refused promised try tries tried threaten threatens threatened attempted fail fails failed manage
    manages managed vowed pledged seek seeks sought aimed intend intends intended expect expects expected
    prepared offered choose chooses chose""".split()
)
# "able" and "unable" after a form of "be" take "to" before a verb, and no noun can follow them there
# ("be able register", where "an able negotiator" is good English)
_ABLE = frozenset(("able", "unable"))
_BE = frozenset("be been being is are was were am not".split())
_AUXILIARIES = frozenset("had has have will would did does do".split())
# Words after which a clause starts ("said she wanted go", "that the minister decided invite")
_OPENERS = frozenset("that said says and but when while because if after before as".split())
_CLAUSE_MARKS = frozenset(".!?;:,\"“”\n")
# Capitalised function words that open a sentence: no name ("As expected leave voters won")
_NOT_NAMES = PREPOSITIONS | SUBORDINATORS | COORDINATORS | DETERMINERS | frozenset({"as", "so", "then", "also"})


class BareInfinitive(Rule):
    """A verb such as "want", "decide" or "refuse" followed by a bare verb, without "to".

    ## What it flags
    "wanted", "decided", "agreed", "refused", "tried", "vowed", "sought", "intended" and similar
    verbs, as the verb of a clause whose subject is a pronoun, a name or a short noun phrase,
    followed directly by a verb in its base form that is never a noun ("she wanted go further",
    "the minister had decided invite the unions"); and "able" or "unable" after a form of "be"
    before any verb in its base form ("parents will be able register"). A noun after them ("wanted change",
    "agreed terms") is never flagged, nor a verb after a relative clause ("the reforms he promised
    remain unpaid").

    ## Why it matters
    Languages without an infinitive marker lose "to" in translation; the sentence reads as broken.

    ## Example
        The minister said she wanted go further and had decided invite the unions.

    ## Suggested fix
    Insert "to": "wanted to go", "decided to invite".

    ## Fix safety
    Unsafe: "to" is what is missing, but an editor should read the sentence.
    """

    code = "G107"
    name = "grammar.bare-infinitive"
    category = "grammar"
    severity = "warning"
    summary = "'she wanted go': a verb that takes 'to' without it"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        lower = article.lower_words
        hits = [i for i, w in enumerate(lower[:-1]) if (w in _HEADS and lower[i + 1] in VERB_ONLY_BASES)
                or (w in _ABLE and i and lower[i - 1] in _BE and verb_forms(lower[i + 1]) == "base")]
        if not hits:
            return
        text, words = article.text, article.words
        for i in hits:
            head, verb = words[i], words[i + 1]
            if text[head.end : verb.start] != " " or text[head.start : verb.end].isupper():
                continue  # a line or a mark between; a wire headline in capitals (telegraphic)
            if lower[i] not in _ABLE and not self._clause_verb(article, i):
                continue
            yield self.finding(Span(head.start, verb.end), f"'{head.text}' needs 'to' before '{verb.text}'",
                               [Suggestion(f"{head.text} to {verb.text}", "unsafe")], confidence=0.7)

    @staticmethod
    def _clause_verb(article: Article, head: int) -> bool:
        """Is the word at ``head`` the verb of a clause whose subject (a pronoun, a name or a short
        noun phrase, after an optional auxiliary) opens the clause?"""
        text, words, lower = article.text, article.words, article.lower_words
        k = head - 1 if head and lower[head - 1] in _AUXILIARIES else head
        if k == 0 or lower[k - 1] in DETERMINERS:
            return False  # "the plan go", "their wants remain", "the planned spend": the head is a noun

        def opens(j: int) -> bool:  # does word j open a sentence or a clause?
            if j == 0:
                return True
            if lower[j - 1] == "that":
                # "said that she wanted go", not the relative "the documents that she sought remain"
                return j > 1 and (lower[j - 2] in _OPENERS or bool(verb_forms(lower[j - 2])))
            if lower[j - 1] in _OPENERS:
                return True
            return any(c in _CLAUSE_MARKS for c in text[words[j - 1].end : words[j].start])

        subject = lower[k - 1]
        if subject in SUBJECT_PRONOUNS:
            return opens(k - 1)
        j = k - 1
        if words[j].text[0].isupper() and lower[j] not in _NOT_NAMES:  # a name of up to three words: "Anna Kowalczyk decided"
            while j and words[j - 1].text[0].isupper() and not opens(j) and k - j < 3:
                j -= 1
            return opens(j)
        for _ in range(3):  # "the minister", "the foreign minister"
            if lower[j] in DETERMINERS:
                return opens(j)
            if not words[j].text.isalpha() or not j:
                return False
            j -= 1
        return False

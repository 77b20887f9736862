"""G103: a verb that needs "to" before the person it addresses ("explain him that")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule
from ..text.lexicon import CALENDAR_NAMES

# Verbs that take "to" before the hearer: "explain to him that", never "explain him that".
_VERBS = (r"explain(?:s|ed|ing)?|emphasi[sz](?:e|es|ed|ing)|stress(?:es|ed|ing)?|suggest(?:s|ed|ing)?|"
          r"mention(?:s|ed|ing)?|announc(?:e|es|ed|ing)|say|says|said|saying|propos(?:e|es|ed|ing)|"
          r"complain(?:s|ed|ing)?|admit(?:s|ted|ting)?|declar(?:e|es|ed|ing)|describ(?:e|es|ed|ing)|"
          r"confess(?:es|ed|ing)?|reiterat(?:e|es|ed|ing)|signal(?:s|led|ed|ing)?")
_HEARER = r"him|her|them|us|me|[A-Z][a-z]+(?: [A-Z][a-z]+)?"
_PRONOUNS = frozenset(("him", "her", "them", "us", "me"))  # the hearers of _HEARER that are no names
_PATTERN = lazy_compile(rf"\b({_VERBS}) ({_HEARER}) that\b")
_THAT = lazy_compile(r" that\b")  # a literal: the regex engine skips ahead fast
# Time words that journalese puts between the verb and "that": "said Monday that".
_TIME = CALENDAR_NAMES | frozenset("Today Tonight Yesterday Earlier Last Later".split())


class MissingTo(Rule):
    """A reporting verb with its hearer but without "to": "emphasize Putin that".

    ## What it flags
    "explain", "emphasize", "stress", "suggest", "mention", "announce", "say", "propose",
    "admit", "declare", "describe" and a few more followed directly by a person (a pronoun or a
    capitalised name) and "that". These verbs take "to" before the hearer. Time words in
    journalese ("said Monday that") are left alone.

    ## Why it matters
    Languages such as Russian, German or Korean mark the hearer without a preposition;
    translated literally, the English verb pattern breaks.

    ## Example
        The president will emphasize the chancellor that the alliance is united.

    ## Suggested fix
    Insert "to": "emphasize to the chancellor that".

    ## Fix safety
    Unsafe: "to" is almost always what is missing, but the sentence may need more rewriting.
    """

    code = "G103"
    name = "grammar.missing-to"
    category = "grammar"
    severity = "warning"
    summary = "A reporting verb without 'to' before its hearer ('explain him that')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        # every match ends in " that": search back from each, at most three spaces (verb, a hearer of
        # one or two words); matches cannot overlap, so this finds what one scan of the text would
        for that in _THAT.finditer(text):
            start = that.start()
            # A hearer ends right before " that" and follows a space: the word after the last space
            # must be one of the pronouns or a capitalised name (most words before "that" are not).
            space = text.rfind(" ", 0, start)
            word = text[space + 1 : start]
            if word not in _PRONOUNS and not "A" <= word[:1] <= "Z":
                continue
            for _ in range(3):
                start = text.rfind(" ", 0, start)
                if start < 0:
                    break
            end = that.end()
            m = _PATTERN.search(text, start + 1, end + 1)
            while m is not None and m.end() != end:  # a match ending in an earlier "that"
                m = _PATTERN.search(text, m.start() + 1, end + 1)
            if m is None:
                continue
            hearer = m.group(2)
            if hearer.split()[0] in _TIME:
                continue
            fixed = f"{m.group(1)} to {hearer} that"
            yield self.finding(Span(m.start(), m.end()), f"'{m.group(1)}' needs 'to' before '{hearer}'",
                               [Suggestion(fixed, "unsafe")], confidence=0.7)

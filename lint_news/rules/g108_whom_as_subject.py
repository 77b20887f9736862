"""G108: "whom" as the subject of the verb right after it ("the firm, whom was founded in 2009")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..registry import Rule
from ..text.lexicon import DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS, verb_forms

# The verb forms that need a subject before them: "whom was", "whom wanted", "whom says"
_FINITE = frozenset({"aux", "past", "pres3"})
# Auxiliaries that put the subject after them in a question or a relative clause: "whom did ..."
_QUESTION_AUXILIARIES = frozenset("do does did will would can could shall should may might must".split())


class WhomAsSubject(Rule):
    """"whom" followed directly by a verb, where "who" or "which" is meant.

    ## What it flags
    "whom" not after a preposition ("to whom", "of whom"), followed directly by a finite verb:
    "small island states, whom wanted wealthy nations to pay", "the company, whom was founded in
    2009". "whom" is an object; the verb after it needs a subject, "who" (for people) or
    "which" (for things).

    ## Why it matters
    Translation engines and spinners pick "whom" for the relative pronouns of other languages
    (German "die", French "qui"/"que") without regard to its role; the sentence reads as broken.

    ## Example
        Delegates from the island states, whom wanted faster cuts, walked out.

    ## Suggested fix
    "who" (or "which" for things): "the island states, who wanted faster cuts".

    ## Fix safety
    Unsafe: "which" may be meant, for a thing.
    """

    code = "G108"
    name = "grammar.whom-as-subject"
    category = "grammar"
    severity = "warning"
    summary = "'whom' as the subject of the verb after it ('whom was founded')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        lower = article.lower_words
        if "whom" not in lower:
            return
        text, words = article.text, article.words
        for i, word in enumerate(lower[:-1]):
            if word != "whom" or (i and lower[i - 1] in PREPOSITIONS):
                continue
            after = lower[i + 1]
            if verb_forms(after) not in _FINITE or text[words[i].end : words[i + 1].start] != " ":
                continue
            later = lower[i + 2] if i + 2 < len(lower) else ""
            if after in _QUESTION_AUXILIARIES or later in DETERMINERS or later in SUBJECT_PRONOUNS:
                continue  # a subject follows: "Whom did the voters choose?", "whom has the party named"
            if verb_forms(after) == "pres3" and verb_forms(later) in ("past", "pres3"):
                continue  # a plural noun, then its verb: "whom reports identified as a local man"
            if article.in_quote(words[i].start, words[i].end):
                continue
            whom = words[i]
            fixed = "Who" if whom.text[0].isupper() else "who"
            yield self.finding(Span(whom.start, words[i + 1].end),
                               f"'{whom.text}' is the subject of '{words[i + 1].text}' here: '{fixed}' (or 'which' for a thing)",
                               [Suggestion(f"{fixed} {words[i + 1].text}", "unsafe")], confidence=0.7)

"""B106: an imperative in the narration of a news report."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.lexicon import DETERMINERS, PREPOSITIONS

# Verbs that a report never orders its reader to do; feature-writing imperatives ("Consider",
# "Imagine", "Take the case of") and site chrome ("Share", "Click", "Read") are not listed.
_VERBS = frozenset(
    """flip chase characterize characterise portray describe throw pull push drop cast shift grab seize
    blame accuse attack defend praise criticize criticise condemn dismiss reject ignore""".split()
)
_OBJECTS = DETERMINERS | frozenset("one him them it us out over up down back".split())
MAX_LEAD = 10  # words of an introductory phrase before the comma


class ImperativeInNarration(Rule):
    """An imperative sentence in the narration of a report.

    ## What it flags
    A sentence of body prose, outside quotations, whose main verb is a bare command: it opens
    with a verb such as "chase", "flip", "portray" or "blame" followed by its object, either at
    the start or right after a short introductory phrase ("With that in mind, flip the ...").
    Feature-writing imperatives ("Consider ...", "Imagine ...") and site chrome ("Share this")
    are not in its verb list.

    ## Why it matters
    Translation turns passive or impersonal constructions ("One decision chased the next",
    "critics portray him as weak") into commands to the reader; the sentence loses its subject
    and its sense.

    ## Example
        With the election in mind, portray the president as weak and blame him for the delay.

    ## Suggested fix
    Restore the subject: "Critics, with the election in mind, portray the president as weak".

    ## Fix safety
    No automatic fix.
    """

    code = "B106"
    name = "broken-sentence.imperative-in-narration"
    category = "broken-sentence"
    severity = "warning"
    summary = "An imperative sentence in a report's narration"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for ps in prose_sentences(article):
            words = ps.words
            if ps.quoted or len(words) < 3:
                continue
            low = ps.lower_words
            opens_lead = low[0] in PREPOSITIONS or low[0] in ("now", "then", "so")
            if (not opens_lead and low[0] not in _VERBS) or text[ps.end - 1] != ".":
                continue  # (the first word, told first, rules out most sentences)
            start = 0
            if opens_lead:
                comma = text.find(",", ps.start, ps.end)
                lead = [i for i, w in enumerate(words) if w.end <= comma] if comma >= 0 else []
                if not lead or len(lead) > MAX_LEAD:
                    continue
                start = lead[-1] + 1
            if start + 1 >= len(words) or low[start] not in _VERBS or low[start + 1] not in _OBJECTS:
                continue
            if start and words[start].text[:1].isupper():
                continue
            yield self.finding(ps.sentence.span, f"'{words[start].text} …' is a command in the narration: its subject was lost",
                               confidence=0.6)

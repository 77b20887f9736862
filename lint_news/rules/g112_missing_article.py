"""G112: a sentence that opens on a bare singular role or body before its verb ("Minister said ...")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.mentions import mentions
from ..registry import Rule
from ..text.clauses import prose_sentences

# Singular nouns of roles and bodies that English never uses bare as a subject
_HEADS = ("minister", "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson", "official",
          "director", "governor", "mayor", "judge", "prosecutor", "ambassador", "envoy", "company", "ministry",
          "government", "court", "committee", "commission", "council", "regulator", "agency", "firm", "bank",
          "president", "chancellor", "premier", "leader", "head", "chief", "lawyer", "manager", "coach", "captain")
_HEAD_SET = frozenset(_HEADS)
_VERBS = (r"said|says|told|added|stated|noted|announced|explained|warned|stressed|insisted|confirmed|decided|approved|"
          r"reported|declined|refused|denied|urged|asked|called")
# A sentence's opening: a bare head, or a capitalised describing word and a head, then a verb
_OPENING = lazy_compile(
    rf"(?P<words>(?:(?P<first>[A-Z][a-z]+) )?(?P<head>{'|'.join(_HEADS)}|{'|'.join(h.capitalize() for h in _HEADS)})) "
    rf"(?P<verb>{_VERBS})\b")
# Capitalised first words that make a name or a title of the phrase ("Prime Minister said" is a
# headline's; "Finance Minister said" too), or a determiner-like word
_NOT_DESCRIBING = frozenset(
    "The A An This That These Those Its His Her Their Our My Your Each Every Another One No Any Some Neither Either "
    "Which Whichever What Whatever Whose Prime Finance Foreign "
    "Defence Defense Interior Justice Health Education Deputy Vice Chief Head Senior Former Acting".split())


class MissingArticle(Rule):
    """A sentence that opens on a bare singular role or body, with no "the" or "a", before its verb.

    ## What it flags
    A sentence of the narration that opens with a singular noun of a role or a body ("minister",
    "chairman", "spokesman", "company", "court", "committee", ...), alone or after one describing
    word, and goes straight on to its verb: "Minister said the plan was ready", "Committee
    chairman said", "Company announced". A title before a name ("Minister Anna Berg said") has
    the name between, and capitalised titles ("Prime Minister said", "Finance Minister said")
    are a headline's style, not a lost article.

    ## Why it matters
    Languages without articles (Russian, Polish, Chinese, Japanese, Korean, Turkish) leave the
    translation engine to add "the"; when it does not, the sentence reads as a telegram.

    ## Example
        Committee chairman said the vote would be held next week.

    ## Suggested fix
    "The" before the phrase: "The committee chairman said".

    ## Fix safety
    Unsafe: "A" may be meant.
    """

    code = "G112"
    name = "grammar.missing-article"
    category = "grammar"
    severity = "warning"
    summary = "A sentence opens on a bare singular role or body before its verb ('Minister said')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        counts = mentions(article).lower_counts
        if counts.keys().isdisjoint(("said", "says", "told", "added", "stated", "noted", "announced", "explained",
                                     "warned", "stressed", "insisted", "confirmed", "decided", "approved", "reported",
                                     "declined", "refused", "denied", "urged", "asked", "called")):
            return
        text = article.text
        for ps in prose_sentences(article):
            low = ps.lower_words
            if len(low) < 3 or (low[0] not in _HEAD_SET and low[1] not in _HEAD_SET) or ps.quoted:
                continue  # (two set lookups: most sentences open otherwise)
            m = _OPENING.match(text, ps.start, ps.end)
            if m is None or (m.group("first") and (m.group("first") in _NOT_DESCRIBING or m.group("head")[0].isupper())):
                continue
            if m.group("first") is None and m.group("head")[0].islower():
                continue  # (cannot be: the sentence starts with a capital)
            if text.startswith(" to ", m.end()):
                continue  # "Ambassador said to be recalled": a report's hedge, cited as a headline
            if m.group("first") is None and mentions(article).mid_counts.get(m.group("head"), 0):
                continue  # the head is a name in the article ("Aaron Judge" ... "Judge said")
            words = m.group("words")
            fixed = "The " + words[0].lower() + words[1:]
            yield self.finding(Span(m.start(), m.end("words")),
                               f"'{words}' has no article: 'The {words[0].lower() + words[1:]}'?",
                               [Suggestion(fixed, "unsafe")], confidence=0.6)



"""S103: two common words run together ("Governmentsince")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..names.gazetteer import gazetteer, is_known_token, user_names
from ..names.lexicon import split_glued
from ..names.mentions import in_address, mentions, occurrences
from ..registry import Rule

_TIME_PLURALS = frozenset("minutes hours days weeks months years decades centuries".split())


# A preposition or conjunction run into "the": too short for the length test, and in the word list
# (web text has them), but never English ("intothe night")
_GLUED_THE = frozenset(f"{w}the" for w in "of in on at to by for into from with and that as is was onto upon under over".split())


class GluedWords(Rule):
    """Two common words written with no space between them.

    ## What it flags
    A word of nine or more letters that is in no dictionary and splits into two frequent English
    words, as in "Governmentsince" for "Government since"; and a preposition or conjunction run
    into "the" ("intothe", "ofthe"). Names (also a surname after a given name: "Helen
    Marchbank"), hashtags, handles, URLs and words the article uses twice are left alone.

    ## Why it matters
    Scrapers and converters drop spaces at line and tag boundaries; the glued word is unreadable
    for search and screen readers.

    ## Example
        The plan has been on the table of the Governmentsince March.

    ## Suggested fix
    Insert the space: "Government since".

    ## Fix safety
    Unsafe: only a space is inserted, but a compound could split in more than one place.
    """

    code = "S103"
    name = "spelling.glued-words"
    category = "spelling"
    severity = "warning"
    summary = "Two common words run together with no space"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        gaz = gazetteer()
        user = user_names(ctx)
        text = article.text
        folded = ms.folded_counts
        # split_glued() decides on the lower case of a word alone, so a candidate it does not split is
        # dropped here, before its tokens are looked for: most (names) go, and often all of them.
        candidates = {w for w in ms.strange() if len(w) >= 9 and folded[w] == 1 and w.isascii() and w.isalpha()
                      and split_glued(w) is not None}
        candidates.update(w for w in _GLUED_THE if w in folded)  # short, and in web-text word lists, but never English
        if not candidates:
            return
        forms = {w for w in ms.cap_counts if w.lower() in candidates}  # the tokens' texts: lower each once
        # a capitalised word right after another in a run of names is a surname ("Helen Marchbank")
        surnames = {tok.text for run in ms.runs for tok in run[1:]} if forms else set()
        spans = [(t.start, t.end, t.text) for t in ms.toks if t.text in forms and t.text not in surnames] if forms else []
        if not candidates.isdisjoint(ms.lower_counts):
            spans += [(a, b, w) for w in ms.lower_counts if w in candidates for a, b in occurrences(text, w)]
        for start, end, word in spans:
            if any(c.isupper() for c in word[1:]):
                continue  # CamelCase brand names stay
            if is_known_token(word, gaz, user) or in_address(text, start, end):
                continue
            parts = (word[:-3], word[-3:]) if word.lower() in _GLUED_THE else split_glued(word)
            if parts is None or (parts[1].lower() == "long" and parts[0].lower() in _TIME_PLURALS):
                continue  # "monthslong", "yearslong": AP style writes them solid
            fixed = f"{parts[0]} {parts[1]}"
            yield self.finding(
                Span(start, end),
                f"'{word}' looks like two words run together: '{fixed}'",
                [Suggestion(fixed, "unsafe")],
                confidence=0.75,
            )

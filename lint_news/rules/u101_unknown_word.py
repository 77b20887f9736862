"""U101: an unknown capitalised word glued to a country name."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..names.gazetteer import fold, gazetteer, is_known_token, user_names
from ..names.lexicon import in_dictionary, zipf
from ..names.mentions import in_address, mentions
from ..registry import Rule


class UnknownWordBeforeName(Rule):
    """An untranslated or junk word glued in front of a country name.

    ## What it flags
    A capitalised word that is in no English dictionary, is not a known name, appears nowhere else
    in the article and is rare in English, standing right before a country, US state or continent
    ("Zorba Finland hosted the meeting", where the first word is a leftover of the source language).

    ## Why it matters
    Machine translation leaves source-language words it could not translate; glued to a place name
    they read as part of the name.

    ## Example
        Talks ended in May. Tamba Norway hosted the meeting.

    ## Suggested fix
    Delete the leftover word, or translate it.

    ## Fix safety
    Display only: the intended word is unknown.
    """

    code = "U101"
    name = "untranslated.unknown-word-before-name"
    category = "untranslated"
    severity = "warning"
    summary = "An unknown capitalised word glued to a country name"
    fixable = False

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        gaz = gazetteer()
        user = user_names(ctx)
        text = article.text
        for run in ms.runs:
            if len(run) != 2:
                continue
            tok, name = run
            if name.possessive or fold(name.text) not in gaz.countries:
                continue  # the rarest condition first: a country ("Seba Finland's" is a two-word name)
            word = tok.text
            if len(word) < 3 or not word.isalpha() or ms.folded_counts[word.lower()] > 1:
                continue
            if zipf(word) >= 2.5 or in_dictionary(word) or is_known_token(word, gaz, user):
                continue
            if gaz.is_place(word) or gaz.is_place(f"{word} {name.text}") or in_address(text, tok.start, tok.end):
                continue
            yield self.finding(
                Span(tok.start, tok.end),
                f"'{word}' is no English word or known name, and is glued to '{name.text}': "
                "an untranslated leftover?",
                [Suggestion(name.text, "display", Span(tok.start, name.end))],
                confidence=0.7,
            )

"""N103: a name written in lower case ("putin says")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.gazetteer import Gazetteer, fold, gazetteer
from ..names.lexicon import is_proper, zipf
from ..names.mentions import Mentions, in_address, mentions, occurrences
from ..registry import Rule
from ..text.lexicon import PREPOSITIONS


class LowercaseName(Rule):
    """A person's or place's name written in lower case.

    ## What it flags
    A lower-case word that is the surname of a known person (rules/names/people.yaml) or a name
    the article itself capitalises at least twice in mid-sentence, and that is no ordinary English
    word: "putin says" in an article about Putin. A known surname that is also a rare English
    word ("macron") is flagged only when the article capitalises it elsewhere (twice, or once
    when the lower-case word stands where a speaker's name does: "said macron") and writes it in
    lower case just once.

    ## Why it matters
    Lower-cased names are a mark of machine translation and of spinners that split and rejoin
    sentences; they also break entity linking.

    ## Example
        "We will talk again," putin said after the call.

    ## Suggested fix
    Capitalise the name: "Putin".

    ## Fix safety
    Safe: only the first letter changes, and only for words that are no ordinary English word.
    """

    code = "N103"
    name = "name.lowercase"
    category = "name"
    severity = "warning"
    summary = "A known or in-article name written in lower case"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        gaz = gazetteer()
        text = article.text
        candidates: set[str] = set()
        counts = ms.lower_counts
        for word in ms.not_lower():  # each word type once; ordinary words drop out
            if counts[word] > 2 or len(word) < 3 or not word.isalpha():
                continue
            proper = word.capitalize()
            known = fold(word) in gaz.surnames or is_proper(word)
            if not known and not (ms.mid_counts[proper] >= 2 and zipf(word) < 3.0):
                continue
            if ms.mid_counts[proper] == 0 and (fold(word) not in gaz.surnames or len(word) < 5):
                continue  # a proper noun of the dictionary that this article never capitalises, or
                # a short surname that is also a word or a syllable ("yuan", "lin")
            if ms.mid_counts[proper] == 0 and not (_attributed(text, word) or _in_name_place(text, word, gaz)):
                continue  # a known surname the article never capitalises, in no name's place: a
                # loanword or a place noun ("the medina"), not the person
            candidates.add(word)
        for word in _surnames_capitalised_twice(ms, gaz):  # known surnames that are also rare words ("macron")
            if counts[word] == 1 and zipf(word) < 3.5 and (
                    ms.mid_counts[word.capitalize()] >= 2 or _attributed(text, word)):
                candidates.add(word)
        for word in sorted(candidates):
            proper = word.capitalize()
            if any(_INDEFINITE.search(text, max(0, start - 4), start) and _HEAD_NOUN_END.match(text, end)
                   for start, end in occurrences(text, word)):
                continue  # "belongs to a waqf": the article uses it as a common noun too ("Central Waqf Council")
            for start, end in occurrences(text, word):
                if in_address(text, start, end) or _in_short_quotation(article, start, end):
                    continue  # (a title quoted whole keeps its own capitals: "Der lange Sommer")
                anchor = next((t for t in ms.toks if t.text == proper), None)
                related = [Related(Span(anchor.start, anchor.end), f"capitalised here: '{proper}'")] if anchor else []
                yield self.finding(
                    Span(start, end),
                    f"'{word}' is a name written in lower case",
                    [Suggestion(proper, "safe")],
                    related,
                    confidence=0.85,
                )


_SPEECH = ("said", "says", "told", "added", "asked", "replied")
_INDEFINITE = lazy_compile(r"(?:\ba|an) $")
# ... and heads its phrase: punctuation or a preposition or conjunction after it ("a waqf.", not "a sony factory")
_HEAD_NOUN_END = lazy_compile(r"\s*(?:[.,;:!?)]|(?:of|in|on|for|to|and|or|that|which|with|by|from)\b)")


def _in_short_quotation(article: Article, start: int, end: int) -> bool:
    """Is text[start:end] inside a quotation of six words or fewer: a title or a name quoted whole?"""
    for q in article.quotes:
        if q.start <= start and end <= q.end:
            return len(article.text[q.start : q.end].split()) <= 6
    return False


def _attributed(text: str, word: str) -> bool:
    """Is the lower-case ``word`` the subject of a speech verb right before or after it ("said
    macron", "macron told reporters"): a name's place?"""
    for start, end in occurrences(text, word):
        before = text[max(0, start - 8) : start].split()
        after = text[end : end + 12].split()
        ends_clause = not after or after[0][0] in ".,;:" or after[0] in PREPOSITIONS
        if before and before[-1] in _SPEECH and ends_clause:
            return True  # '..." said macron at a news conference'
        opens_clause = text[max(0, start - 3) : start].rstrip()[-1:] in ("", ".", ",", "\"", "”", "\n")
        if after and after[0].rstrip(".,") in _SPEECH and opens_clause:
            return True  # '..., macron told reporters'
    return False


_NAME_OR_TITLE_BEFORE = lazy_compile(
    r"(?:\b(?!(?:The|A|An|In|On|At|Of|For|And|But|Or|To|From|By|With|As|This|That|Its|His|Her|Their|Our)\b)"
    r"[A-ZÀ-Þ][a-zà-ÿ'’-]+|\b(?i:president|minister|chancellor|premier|leader|mr|mrs|ms|dr|senator|governor|"
    r"mayor|general|coach|judge|prosecutor|spokesman|spokeswoman)\.?,?) $")
_WORD_BEFORE = lazy_compile(r"([a-zà-ÿ'’-]+) $")
_WORD_AFTER = lazy_compile(r" ([a-zà-ÿ'’-]+)")


def _in_name_place(text: str, word: str, gaz: Gazetteer) -> bool:
    """Does the lower-case ``word`` stand where a name does somewhere: after a capitalised word or a
    title ("Vladimir putin", "president, putin"), or beside a word with which it makes a known
    person's name ("jordan bardella")?"""
    for start, end in occurrences(text, word):
        if _NAME_OR_TITLE_BEFORE.search(text, max(0, start - 16), start):
            return True
        before, after = _WORD_BEFORE.search(text, max(0, start - 30), start), _WORD_AFTER.match(text, end)
        if (before and fold(f"{before.group(1)} {word}") in gaz.forms) or \
                (after and fold(f"{word} {after.group(1)}") in gaz.forms):
            return True
    return False


def _surnames_capitalised_twice(ms: Mentions, gaz: Gazetteer) -> set[str]:
    """A subset of ``lower_counts.keys() & gaz.surnames.keys()`` that holds every word of it whose
    ``capitalize()`` is a key of ``mid_counts``: found from the few capitalised forms of the
    article (two small dict views intersect in C), not by looking up every lower-case word.

    ``capitalize()`` is one-to-one on ASCII lower case, so an ASCII lower-case surname (nearly all:
    they are folded) is found through its capitalised form; the other surnames (two in the shipped
    list) are looked up one by one.
    """
    capitalised, odd = _surname_forms(gaz, len(gaz.surnames))
    counts = ms.lower_counts
    found = counts.keys() & odd
    found.update(w for form in ms.mid_counts.keys() & capitalised.keys() if (w := capitalised[form]) in counts)
    return found


@cache
def _surname_forms(gaz: Gazetteer, size: int) -> tuple[dict[str, str], frozenset[str]]:
    """The ASCII lower-case surnames by their capitalised form, and the other surnames (once per
    gazetteer; ``size``, the number of surnames, renews them if it grew)."""
    plain = [w for w in gaz.surnames if w.isascii() and w == w.lower()]
    return {w.capitalize(): w for w in plain}, frozenset(gaz.surnames.keys() - set(plain))

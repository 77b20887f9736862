"""N106: one name spelled three or more ways in an article, none of them the majority."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span
from ..names.gazetteer import fold, gazetteer, user_names
from ..names.lexicon import is_common
from ..names.mentions import Mentions, mentions
from ..registry import Rule
from ..text import fuzzy

MIN_SPELLINGS = 3  # two similar rare names are often two people; three spellings of one are a pattern
MIN_LETTERS = 5
SIMILARITY = 70  # rapidfuzz fuzz.ratio to one of the other spellings ("Dubrovac", "Dobrovatz": 71)
# Endings of plurals and adjectives of a name: "Zarkands", "Zarkandi", "Zarkandian" are the name "Zarkand".
_ENDINGS = ("ians", "ian", "ans", "an", "ese", "ia", "is", "i", "s", "n", "’s", "'s")


def _stem(form: str) -> str:
    for ending in _ENDINGS:
        if form.endswith(ending) and len(form) - len(ending) >= 4:
            return form[: -len(ending)]
    return form


def _derived(a: str, b: str) -> bool:
    """One name and its plural or adjective, or two of these ("Zarkandi", "Zarkandia"). Looser than
    N101's ``_inflection`` (one form is the other plus an ending): here a false "derived" only keeps
    a spelling out of a group, there it would hide a misspelling from the majority."""
    sa, sb = _stem(a), _stem(b)
    return sa.startswith(sb) or sb.startswith(sa)


def _rare_names(ms: Mentions, *known: set[str] | frozenset[str]) -> list[str]:
    """Capitalised forms used once or twice, in no word list and in none of the ``known`` sets of
    folded name tokens, in the order they first occur."""
    strange = ms.strange()
    if not strange:
        return []
    counts = ms.cap_counts
    found = compress(counts, map(strange.__contains__, map(str.lower, counts)))  # the rare test first, in C
    return [form for form in found
            if counts[form] <= 2 and len(form) >= MIN_LETTERS and form.isalpha()
            and not any(fold(form) in names for names in known) and not is_common(form, 3.0)]


def spelling_groups(forms: list[str]) -> list[list[str]]:
    """Groups of ``MIN_SPELLINGS`` or more forms, each close to another of its group (first-come)."""
    groups: list[list[str]] = []
    grouped: set[str] = set()
    for i, first in enumerate(forms):
        if first in grouped:
            continue
        group = [first]
        for other in forms[i + 1 :]:
            if other in grouped:
                continue
            if any(fuzzy.ratio(member, other) >= SIMILARITY and not _derived(member, other) for member in group):
                group.append(other)
        if len(group) >= MIN_SPELLINGS:
            grouped.update(group)
            groups.append(group)
    return groups


class NameSeveralSpellings(Rule):
    """A name spelled three or more ways in one article, each spelling used once or twice.

    ## What it flags
    Three or more capitalised words, each of five or more letters, in no word list and no list of
    names, each used at most twice, and each close in spelling to another of them: "Judge Olaf
    Brennecke ... Brenneke ... Brenecke". Every mention of every spelling is flagged, with the other
    spellings as related locations. Plurals, possessives and adjectives of one name ("Kashmir",
    "Kashmiri") are not spellings of it, and names the user lists in config (`names`) are never
    flagged.

    ## Why it matters
    A machine translation romanises a foreign name anew each time it meets it, so one person
    becomes three; no majority spelling shows which one is right (N101 handles that case).

    ## Example
        Judge Olaf Brennecke ruled on Monday. Lawyers for Brenneke appealed, and Brenecke declined to comment.

    ## Suggested fix
    Check the name and use one spelling throughout.

    ## Fix safety
    No automatic fix: which spelling, if any, is right needs a source.
    """

    code = "N106"
    name = "name.several-spellings"
    category = "name"
    severity = "warning"
    summary = "One name spelled three or more ways in the article"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        if len(ms.cap_counts) < MIN_SPELLINGS:
            return
        user = user_names(ctx)
        forms = _rare_names(ms, gazetteer().tokens, user.tokens)
        if len(forms) < MIN_SPELLINGS:
            return
        for group in spelling_groups(forms):
            firsts = {form: next(t for t in ms.toks if t.text == form) for form in group}
            listed = ", ".join(f"'{form}'" for form in group)
            for tok in ms.toks:
                if tok.text not in firsts:
                    continue
                others = [Related(Span(firsts[f].start, firsts[f].end), f"spelled '{f}' here")
                          for f in group if f != tok.text]
                yield self.finding(
                    Span(tok.start, tok.end),
                    f"'{tok.text}' is one of {len(group)} spellings of what looks like one name ({listed})",
                    related=others,
                    confidence=0.6,
                )

"""V104: "its husband", "it found herself": a person called "it", a literal "sie" or "ihr"."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import chain

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.mentions import mentions
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.lexicon import AUXILIARIES, COORDINATORS, PREPOSITIONS, RELATIVES, SUBORDINATORS, verb_forms

# Relatives and private life that only a person has: "its husband", "its childhood"
# Partners that only a person has: "its husband" (animals, ships, papers and towns have mothers,
# sisters, sons and birthdays: "its sister ship", "the cub and its mother", "lost 23 of its sons")
_KIN = {
    "husband": "her", "wife": "his", "widow": "his", "widower": "her", "girlfriend": "his",
    "boyfriend": "her", "fiancé": "her", "fiancée": "his", "fiance": "her", "fiancee": "his",
    "ex-wife": "his", "ex-husband": "her",
}
_ITS_KIN = lazy_compile(r"\b[Ii]ts (?P<kin>[a-zé-]+)\b(?:[ ](?P<next>[\w’'-]+))?")
# "it" opening a clause, a verb, then a reflexive of a person: "when it found herself alone"
_IT_SELF = lazy_compile(
    r"(?:[,;:—–]\s*|\b(?i:and|but|then|so|when|as|because|before|after|until|while|if)\s+)"
    r"(?P<it>[Ii]t) (?P<verb>[a-z]+) (?:[a-z]+ ){0,2}?(?P<self>(?:him|her)self)\b")
_IT_SELF_FIRST = lazy_compile(r"(?P<it>It) (?P<verb>[a-z]+) (?:[a-z]+ ){0,2}?(?P<self>(?:him|her)self)\b")
# Words after the kin noun that show it is a person's relative, not a modifier: "its mother company"
_ENDS_PHRASE = PREPOSITIONS | COORDINATORS | SUBORDINATORS | RELATIVES | AUXILIARIES | frozenset(
    "had has have did does said says told".split())


def _heads_phrase(following: str | None) -> bool:
    """The kin noun heads its phrase: nothing, a name, a function word or a verb follows, not a
    noun it modifies ("its parent company", "its sister ship", "its mother tongue")."""
    if following is None or following[:1].isupper() or following[:1].isdigit():
        return True
    low = following.lower()
    return low in _ENDS_PHRASE or low.endswith("ly") or verb_forms(low) in ("past", "pres3")


def _person_named(article: Article) -> bool:
    """The article speaks of a person: "he", "she", "him", "her" or Mr/Ms."""
    counts = mentions(article).lower_counts
    return not counts.keys().isdisjoint(("he", "she", "him", "her", "his", "mr", "ms", "mrs"))


class PersonAsIt(Rule):
    """"It" or "its" for a person: "its husband", "it found herself".

    ## What it flags
    In narration (not in quotations):
    - "its" before a partner only a person has: husband, wife, widow, girlfriend, boyfriend,
      fiancé(e) ("its husband Karl", "its wife, who"), when that word heads its phrase;
      relatives that animals, ships, papers and places also have ("its mother", "its sister",
      "its sons", "its birthday") are left alone;
    - "it" opening a clause whose verb is followed, within three words, by "himself" or "herself"
      ("when it found herself alone").

    Only in an article that speaks of a person at all (he, she, Mr, Ms, ...).

    ## Why it matters
    German "sie" and "ihr" are both "she/her" and "they/their" and, for a feminine noun, "it/its";
    a machine translation that picks "it" for a woman ("Why did it not act sooner?", "its
    husband") turns a person into a thing, and the reader stops to work out who is meant.

    ## Example
        The chancellor spoke for an hour. Later, its husband joined her on stage.

    ## Suggested fix
    "her" (or "his") for "its" where the relative says which ("its husband": "her"); "she" or "he"
    for "it".

    ## Fix safety
    Unsafe: whether the person is a man or a woman comes from the article, not from this rule.
    """

    code = "V104"
    name = "pronoun-drift.person-as-it"
    category = "pronoun-drift"
    severity = "warning"
    summary = "'It' or 'its' for a person"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        counts = mentions(article).lower_counts  # (rare words first; "its" and "it" are looked for by sentence)
        its = not counts.keys().isdisjoint(_KIN)
        selves = "herself" in counts or "himself" in counts
        if not (its or selves) or not _person_named(article):
            return
        text = article.text
        for ps in prose_sentences(article):
            if ps.quoted:
                continue
            low = ps.lower_words
            if its and "its" in low:
                for m in _ITS_KIN.finditer(text, ps.start, ps.end):
                    kin = m.group("kin")
                    if kin in _KIN and _heads_phrase(m.group("next")):
                        fix = _KIN[kin]
                        yield self.finding(
                            Span(m.start(), m.start() + 3),
                            f"'its {kin}': only a person has a {kin}; 'her' or 'his'? (German 'ihr' translated as 'its')",
                            [Suggestion(fix if m.group()[0] == "i" else fix.capitalize(), "unsafe")] if fix else [],
                            confidence=0.7)
            if selves and "it" in low:
                first = _IT_SELF_FIRST.match(text, ps.start, ps.end)
                later = _IT_SELF.finditer(text, ps.start, ps.end)
                for m in chain((first,) if first else (), later):
                    if verb_forms(m.group("verb")) not in ("past", "pres3"):
                        continue
                    fix = "she" if m.group("self") == "herself" else "he"
                    if m.group("it")[0] == "I":
                        fix = fix.capitalize()
                    yield self.finding(
                        Span(m.start("it"), m.end("it")),
                        f"'it' with '{m.group('self')}' in the same clause: '{fix}'? (a person called 'it')",
                        [Suggestion(fix, "unsafe")], confidence=0.7)

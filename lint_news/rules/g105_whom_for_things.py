"""G105: "of whom" for things counted just before ("three years in prison, two of whom ...")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.numbers import NUMBER_RE
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

_NUMBER = rf"(?:{NUMBER_RE}|hundreds|thousands|dozens|several|many)"  # a count, in digits or words
_OF_WHOM = lazy_compile(rf"(?i)\b(?:{_NUMBER}|all|some|most|none|both|half|each|any|few) of (?P<whom>whom)\b")
# a counted noun: "three years", "12 new houses"
_COUNTED = lazy_compile(rf"\b{_NUMBER}\s+(?:[a-z-]+\s+)?(?P<noun>[a-z]+s)\b")
# Plural nouns of things and spans of time: never "whom"
_THINGS = frozenset(
    """years months weeks days hours minutes decades centuries cases charges counts votes seats shares points goals
    houses homes buildings flats apartments cars vehicles trucks lorries buses planes aircraft ships boats weapons
    missiles rockets bombs shells drones tanks companies firms banks countries states cities towns villages regions
    provinces bills laws documents contracts projects schools hospitals items products stores shops flights trains
    games matches races titles medals awards books films songs albums episodes pages letters emails messages posts
    videos photos images files accounts tonnes tons barrels dollars euros pounds kilometres kilometers miles
    sentences terms loans properties""".split()
)
_SENTENCE_END = (". ", "! ", "? ", "\n")


_PEOPLE_PLURALS = frozenset("people children men women staff crew cast residents members".split())


def _people_between(text: str) -> bool:
    """Does ``text`` name people in the plural ("local actors", "the residents")?"""
    from .v102_gender_drift import ROLES

    for word in text.lower().split():
        word = word.strip(".,;:()\"“”‘’")
        if word in _PEOPLE_PLURALS or (word.endswith("s") and (word[:-1] in ROLES or word[:-2] in ROLES)):
            return True
    return False


class WhomForThings(Rule):
    """"of whom" for things or spans of time counted just before it.

    ## What it flags
    "two of whom", "most of whom", "all of whom" in a sentence where every noun counted before it
    is a thing or a span of time, not people: "sentenced to three years in prison, two of whom
    have been suspended". Counted people ("four candidates, all of whom"; "120 migrants from
    five countries, most of whom") pass.

    ## Why it matters
    Portuguese "dos quais", Spanish "de los cuales" and French "dont" do not say whether they
    refer to people; translated as "of whom" they make the years or the houses into people.

    ## Example
        The court sentenced him to three years in prison, two of whom were suspended.

    ## Suggested fix
    "which": "two of which were suspended".

    ## Fix safety
    Unsafe: the phrase may refer to people named earlier in the sentence.
    """

    code = "G105"
    name = "grammar.whom-for-things"
    category = "grammar"
    severity = "warning"
    summary = "'of whom' for things counted just before ('three years, two of whom')"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if " of whom" not in text:
            return  # (a literal test first: the phrase is rare)
        for m in _OF_WHOM.finditer(text):
            start = max(text.rfind(end, 0, m.start()) + len(end) if text.rfind(end, 0, m.start()) >= 0 else 0
                        for end in _SENTENCE_END)
            # every noun counted before it is a thing ("120 migrants from five countries, most of whom"
            # may be the migrants)
            counts = list(_COUNTED.finditer(text, start, m.start()))
            if not counts or any(c.group("noun") not in _THINGS for c in counts) or article.in_quote(m.start(), m.end()):
                continue
            counted = counts[-1]
            if _people_between(text[counted.end() : m.start()]):
                continue  # "two years ago with a cast of local actors, several of whom": the actors
            noun = counted.group("noun")
            yield self.finding(
                Span(m.start("whom"), m.end("whom")),
                f"'{m.group(0)}' refers to {noun}, which are not people: 'which'",
                [Suggestion("which", "unsafe")],
                [Related(Span(counted.start("noun"), counted.end("noun")), f"the {noun}")],
                confidence=0.7,
            )

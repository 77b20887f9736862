"""C117: "the 11 victims" after the body put the toll at 14."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.numbers import NUMBER_RE, STANDALONE_NUMBER, parse_number
from ..facts.spans import find_all, sentence_span
from ..facts.tolls import TOLL, at_least, toll_group, toll_value
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..names.mentions import mentions
from ..registry import Rule

# "The 11 victims", "all 11 dead": the whole toll, named again (found where a needle is)
_NEEDLES = ("victims", "dead", "fatalities")
_ALL = lazy_compile(rf"(?<![\w-])(?:[Tt]he|[Aa]ll)\s+(?:(?:[a-z]+-year-old|young|elderly)\s+)?(?P<n>{NUMBER_RE})\s+(?P<who>victims|dead|fatalities)$")
# after it, words that make a part of the toll, not all of it: "the 11 victims identified so far",
# "the 11 dead in the village", "the 11 victims who were ..."
_PART = lazy_compile(r"\s*(?:who|that|whose|from|in|at|on|of|identified|named|found|recovered|so far|were identified|"
                     r"aboard|inside|among|killed in|buried)\b")
# the toll changed ("the toll rose", "rose to 19", "the initial toll", "another two died"), or
# another event is counted ("a separate attack")
_CHANGED = lazy_compile(
    r"(?i:\btoll\b(?:\W+\w+){0,4}?\W+(?:ris(?:e|es|en|ing)|rose|climb\w*|increas\w*|revis\w*|updat\w*|jump\w*|"
    r"grew|grown|mount\w*|now stands)\b"
    r"|\b(?:rose|risen|climbed|jumped|increased|grew|revised)\s+(?:\w+\s+)?to\s+\d"
    r"|\b(?:initial|earlier|previous|first|separate|another|second)\s+(?:\w+\s+)?(?:toll|count|report|figures?|attack|blast|"
    r"explosion|crash|quake|earthquake|incident|fire|accident)"
    r"|\b(?:another|more|further)\s+(?:\w+\s+){0,2}?(?:died|dead|killed|bodies|victims?)"
    r"|\bof the (?:wounded|injured)\b|\b(?:died|succumbed)\s+(?:later|overnight|in hospital|of (?:their|his|her) (?:injuries|wounds)))")
# the toll's own sentence names its parts: "killed five people, including the gunman", "among them"
_PARTS = lazy_compile(r"(?i:\b(?:including|among them|among whom|of whom)\b)")
_POSSESSIVE_AFTER = lazy_compile(r"\s+[\w-]+(?:s'|['’]s)(?!\w)")
_BEFORE = 24  # characters before a needle in which its number and "the" or "all" stand


class VictimCount(Rule):
    """The body's death toll, and later "the N victims" with another number.

    ## What it flags
    A body that states a death toll ("killing at least 14 people", "21 people were killed") and
    later names the whole toll again with another number: "The 11 victims included three
    children", "all 16 dead". A smaller number is flagged after an exact toll or a floor ("at
    least 14"); a larger one only after an exact toll. Left alone: an article that says the toll
    changed or counts another event (rose, revised, updated, earlier, another, separate, "three of
    the wounded died" ...), a toll whose sentence names its parts ("including the gunman"), a
    number given elsewhere in the article (a part named before: "including 11 students") or the
    sum of two of its tolls, and "the N victims" followed by words that make a part ("identified so
    far", "from the village", "who ...").

    ## Why it matters
    Spinning tools retype digits: the article then gives two tolls for one disaster, the figure
    readers remember.

    ## Example
        A landslide buried homes before dawn, killing at least 14 people.
        The 11 victims included three children.

    ## Suggested fix
    Check the source and give one toll.

    ## Fix safety
    No fix is offered.
    """

    code = "C117"
    name = "contradiction.victim-count"
    category = "contradiction"
    severity = "warning"
    summary = "The whole death toll is named again with another number"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        counts = mentions(article).lower_counts  # (dictionary look-ups first: most articles have none of the words)
        present = tuple(w for w in _NEEDLES if w in counts)
        if not present:
            return
        text = article.text
        named = [m for at in find_all(text, present) if (m := _named_again(text, at)) is not None]
        if not named:  # (first: "the N victims" is rare, a toll is not)
            return
        body = [b for b in article.blocks if b.kind != "headline"]
        if not body:
            return
        start, end = body[0].start, body[-1].end
        tolls = [m for m in TOLL.finditer(text, start, end) if not article.in_quote(m.start(), m.end())
                 and not _POSSESSIVE_AFTER.match(text, m.end())]  # ("claimed 200 investors' savings": no toll)
        toll = tolls[0] if tolls else None
        if toll is None or (value := toll_value(toll)) is None or _CHANGED.search(text, start, end):
            return
        sentence = sentence_span(article, toll.start())
        if _PARTS.search(text, sentence.start, sentence.end):
            return  # the toll counts its parts: "the four victims" may be all but the gunman
        values = [v for m in tolls if (v := toll_value(m)) is not None]
        floor = at_least(text, toll)
        for m in named:
            if m.start() < toll.end() or article.in_quote(m.start(), m.end()):
                continue
            count = parse_number(m.group("n"))
            if count is None or count == value or (floor and count > value) or _given_before(text, m, count):
                continue
            if any(a + b == count for i, a in enumerate(values) for b in values[i + 1 :]):
                continue  # the sum of two tolls the body gives: "killed 14 ... two died when a ferry capsized"
            yield self.finding(
                Span(m.start(), m.end()),
                f"'{m.group()}' but the toll was given as {'at least ' if floor else ''}{value:g} earlier",
                related=[Related(Span(toll.start(toll_group(toll)), toll.end(toll_group(toll))), "the toll given first")],
                confidence=0.7,
            )
            return


def _named_again(text: str, at: int) -> re.Match[str] | None:
    """"The 11 victims" ending at the needle found at ``at``, unless words after it make a part."""
    word = next(w for w in _NEEDLES if text.startswith(w, at))
    after = at + len(word)
    if after < len(text) and text[after].isalnum():
        return None  # "deadline"
    m = _ALL.search(text, max(0, at - _BEFORE), after)
    return None if m is None or _PART.match(text, after) else m


def _given_before(text: str, m: re.Match[str], count: float) -> bool:
    """``count`` appears as a number elsewhere in the article: a part named earlier ("including 11 students")."""
    for other in STANDALONE_NUMBER.finditer(text):
        if other.start() != m.start("n") and parse_number(other.group()) == count:
            return True
    return False

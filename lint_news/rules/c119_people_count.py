"""C119: "sentenced 14 people" … "The 16 people convicted": one group of people counted twice, differently."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.numbers import NUMBER_RE, parse_number
from ..facts.spans import sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..names.mentions import mentions
from ..registry import Rule

# What was done to a group, by family: "sentenced" and "convicted" count the same people
_FAMILIES = {
    "sentenced": "convicted", "convicted": "convicted", "jailed": "convicted",
    "arrested": "arrested", "detained": "arrested",
    "charged": "charged", "indicted": "charged",
    "evacuated": "evacuated", "rescued": "rescued",
    "injured": "injured", "wounded": "injured", "hospitalised": "injured", "hospitalized": "injured",
    "deported": "deported", "expelled": "deported",
}
_VERB = "|".join(_FAMILIES)
_NOUN = (r"people|men|women|children|students|workers|employees|suspects|defendants|migrants|protesters|"
         r"passengers|residents|prisoners|traders|soldiers|officers|members|activists|journalists|tourists")
_NOUNS = frozenset(_NOUN.split("|")) | {"person"}
# The count as news: "sentenced 14 people", "14 people were arrested"
_FIRST = lazy_compile(
    rf"\b(?P<verb>{_VERB})\s+(?P<q>(?i:at least|about|around|some|nearly|almost|more than|over)\s+)?(?P<n>{NUMBER_RE})\s+"
    rf"(?P<noun>{_NOUN})\b"
    rf"|(?<![\w,.])(?P<q2>(?i:at least|about|around|some|nearly|almost|more than|over)\s+)?(?P<n2>{NUMBER_RE})\s+"
    rf"(?P<noun2>{_NOUN})\s+(?:were|have been|had been|was)\s+(?P<verb2>{_VERB})\b")
# The same group named again: "The 16 people convicted", "the 16 convicted men"
_AGAIN = lazy_compile(  # (from "he ", a literal the engine skips ahead to)
    rf"he (?<=\b[Tt]he )(?P<n>{NUMBER_RE})\s+(?:(?P<noun>{_NOUN})\s+(?P<verb>{_VERB})|(?P<verb2>{_VERB})\s+(?P<noun2>{_NOUN}))\b")
# The count changed, or a part or another group is meant
_CHANGED = lazy_compile(
    r"(?i:\b(?:another|further|additional|other|remaining|rest|in total|so far|later|rose|risen|increased|of them|"
    r"of whom|among them|including|in all|altogether|previously|earlier|first|second)\b"
    rf"|\bmore\s+(?:{_NOUN})\b|\d\s+more\b)")  # ("12 more people"; not "more than 200 years")
# Between the two mentions, the group grew or shrank
_GREW = lazy_compile(rf"(?i:\b(?:another|further|additional|rose|risen|increased|fell|dropped)\b|\bmore\s+(?:{_NOUN})\b"
                     r"|\d\s+more\b|\b(?:were|was|have been) (?:later )?(?:released|freed)\b)")


class PeopleCount(Rule):
    """One group of people counted twice, with two numbers.

    ## What it flags
    A group the article reports with its number ("a court sentenced 14 people", "21 migrants were
    detained") and later names again as a whole with another number: "The 16 people convicted
    have 90 days to appeal", "the 23 detained migrants". The action must be of one family
    (sentenced, convicted, jailed; arrested, detained; charged, indicted; evacuated; rescued;
    injured, wounded; deported, expelled) and the people of one kind, and the later number must be
    larger than an exact first one: a smaller one names a part ("The six people injured most
    seriously"), and a floor or an estimate ("at least 14", "about 2,000") may grow. Left alone: sentences that speak of a change, a part or another group (more, another,
    remaining, of them, including, later, earlier, ...) or, between the two, of a change ("12
    more people were arrested", "another", "rose"), and the later mention followed by a clause
    or phrase that makes it a part ("who", "from", "in").

    ## Why it matters
    Spinning and translation retype numbers; a reader cannot tell how many people were
    sentenced, arrested or hurt.

    ## Example
        A court sentenced 14 people on Wednesday for running an extortion ring.
        The 16 people convicted have 90 days to appeal.

    ## Suggested fix
    Check the source and give one number.

    ## Fix safety
    No fix is offered: which number is right needs the source.
    """

    code = "C119"
    name = "contradiction.people-count"
    category = "contradiction"
    severity = "warning"
    summary = "One group of people is counted twice, with two numbers"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        counts = mentions(article).lower_counts
        if counts.keys().isdisjoint(_FAMILIES) or counts.keys().isdisjoint(_NOUNS):
            return
        text = article.text
        again = list(_AGAIN.finditer(text))
        if not again:
            return
        first: dict[tuple[str, str], tuple[float, str, Span]] = {}  # (family, noun) -> (number, qualifier, where)
        for m in _FIRST.finditer(text):
            verb, noun = m.group("verb") or m.group("verb2"), m.group("noun") or m.group("noun2")
            n = parse_number(m.group("n") or m.group("n2"))
            if n is None:
                continue
            key = (_FAMILIES[verb], noun)
            if key in first:
                first[key] = (-1.0, "", first[key][2])  # counted twice already: no single number to hold to
                continue
            q = (m.group("q") or m.group("q2") or "").strip().lower()
            first[key] = (n, q, Span(m.start(), m.end()))
        if not first:
            return
        for m in again:
            verb, noun = m.group("verb") or m.group("verb2"), m.group("noun") or m.group("noun2")
            known = first.get((_FAMILIES[verb], noun))
            n = parse_number(m.group("n"))
            if known is None or n is None or known[0] < 0 or known[2].start >= m.start():
                continue
            told, qualifier, where = known
            if n <= told or qualifier:
                continue  # a smaller number names a part ("the six people injured most seriously"); a floor or an estimate may grow
            if _PART_AFTER.match(text, m.end()):
                continue  # "the 16 people convicted in the first trial": a part
            sentence = sentence_span(article, m.start())
            earlier = sentence_span(article, where.start)
            if _CHANGED.search(text, sentence.start, sentence.end) or _CHANGED.search(text, earlier.start, earlier.end):
                continue
            if _GREW.search(text, where.end, m.start()):
                continue  # "Later, 12 more people were arrested": the group grew in between
            again_text = text[m.start() - 1 : m.end()]  # (the match starts after the "T" of "The")
            yield self.finding(Span(m.start() - 1, m.end()),
                               f"'{again_text}' does not match the {told:g} given before",
                               related=[Related(where, "the number given first")], confidence=0.65)


# after the later mention, words that make a part of the group: "convicted in absentia", "who ..."
_PART_AFTER = lazy_compile(r",?\s*(?:who|that|whose|from|in|of|among|since|after|before)\b")

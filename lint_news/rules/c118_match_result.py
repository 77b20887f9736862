"""C118: a match's result given twice, differently ("won 2-1" … "The 3-2 win")."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.numbers import parse_number
from ..facts.spans import sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..names.mentions import mentions
from ..registry import Rule

_RESULT_NOUNS = ("win", "victory", "defeat", "loss", "draw", "triumph", "thrashing", "rout")
_MARGIN_UNITS = r"wicket|run|goal|point|stroke|shot|try|length|second"
_UNITS = {"shot": "stroke"}  # (golf writes either)
_COUNT = r"(?:\d{1,3}|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)"
# A result named with its noun: "a 2-1 win", "the seven-wicket victory", "their 3–2 defeat"
_RESULT = lazy_compile(
    rf"\b(?P<det>[Tt]he|an?|[Tt]heir|[Hh]is|[Hh]er|[Ii]ts)\s+(?:(?P<score>\d{{1,2}}\s?[-–]\s?\d{{1,2}})"
    rf"|(?P<margin>{_COUNT})[-\s](?P<unit>{_MARGIN_UNITS})s?)\s+(?P<noun>{'|'.join(_RESULT_NOUNS)})\b")
# Words of a match report ("a loss" alone is also a company's)
_SPORT = frozenset("""match goal goals wicket wickets innings scored striker league tournament penalty coach stadium
    fixture derby inning touchdown batting bowling midfielder goalkeeper defender semi-final quarter-final captain
    century""".split())
# A score ("2-1") or a margin ("seven-wicket"): found from the dash (a class the engine skips ahead to)
_SCORE_OR_MARGIN = lazy_compile(rf"[-–](?:(?<=\d.)\s?\d|(?:{_MARGIN_UNITS})s?\b)|\d (?:{_MARGIN_UNITS})s? ")
# A result given by its verb: "beat Chelsea 2-1", "won 3-2 at home", "drew 1-1 with"
_VERB_SCORE = lazy_compile(
    r"\b(?:beat|beats|defeated|defeats|won|wins|lost|loses|drew|draws|edged|thrashed|routed|downed|overcame)\b"
    r"[^.;!?]{0,60}?\b(?P<score>\d{1,2}\s?[-–]\s?\d{1,2})\b")
# Signs that the article reports more than one match: another result is no contradiction
_OTHER_MATCH = lazy_compile(
    r"(?i:\b(?:previous|last|earlier|opening|return|reverse)\s+(?:leg|match|game|test|"
    r"meeting|fixture|round|tie)\b|\bleg\b|\baggregate\b|\bsemi-?finals?\b|"
    r"\bquarter-?finals?\b|\bgroup stage\b|\bmeanwhile\b|\belsewhere\b|\bin other\b)")


# The definite mention's sentence dates it elsewhere: another match
_ANOTHER_TIME = lazy_compile(r"(?i:\b(?:last|previous|earlier|ago|since|before|in (?:january|february|march|april|may|"
                             r"june|july|august|september|october|november|december)|\d{4})\b)")


# After a result: where or against whom, which sets it apart from the match reported
_QUALIFIED = lazy_compile(r"\s+(?:at|in|over|against|of|follows|followed)\b|,")


def _is_draw(text: str, result: tuple[int, int, str, object, bool]) -> bool:
    return text[result[0] : result[1]].endswith("draw") or (isinstance(result[3], tuple) and result[3][0] == result[3][1])


def _score(text: str) -> tuple[int, int]:
    """A score as an unordered pair: "2-1" and "1-2" are one result told from either side."""
    a, b = (int(part) for part in text.replace("–", "-").replace(" ", "").split("-"))
    return (max(a, b), min(a, b))


def _margin(count: str) -> int:
    return int(parse_number(count) or 0)


class MatchResult(Rule):
    """A match's result given twice in one report, differently.

    ## What it flags
    A definite mention of the result ("The 3-2 win was ...", "the six-wicket victory") whose
    score or margin differs from the one result the article gave before ("beat Santos 2-1", "a
    seven-wicket victory"). Only reports of one match: an article that gives results of several
    matches, or speaks of other legs, games or rounds, an aggregate or a knockout stage, is left
    alone.

    ## Why it matters
    Spinners and translation rewrite numbers ("seven" to "six", "2-1" to "3-2"); a reader cannot
    tell which result is true.

    ## Example
        Flamengo beat Santos 2-1 at the Maracanã on Sunday.
        The 3-2 win was their fifth in a row at home.

    ## Suggested fix
    Check the source and give one result.

    ## Fix safety
    No fix is offered.
    """

    code = "C118"
    name = "contradiction.match-result"
    category = "contradiction"
    severity = "warning"
    summary = "A match's result is given twice, differently"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        counts = mentions(article).lower_counts
        text = article.text
        if counts.keys().isdisjoint(_RESULT_NOUNS) or counts.keys().isdisjoint(_SPORT) or \
                _SCORE_OR_MARGIN.search(text) is None:
            return  # no result noun, no word of sport, or no score or margin: most articles
        # (start, end, kind, value, definite) of each result, in order
        results: list[tuple[int, int, str, object, bool]] = []
        for m in _RESULT.finditer(text):
            definite = m.group("det").lower() == "the"
            if m.group("score"):
                results.append((m.start("score"), m.end("noun"), "score", _score(m.group("score")), definite))
            else:
                value = (_margin(m.group("margin")), _UNITS.get(m.group("unit").lower(), m.group("unit").lower()))
                results.append((m.start("margin"), m.end("noun"), "margin", value, definite))
        if not any(r[4] for r in results):
            return  # no definite mention to compare
        for m in _VERB_SCORE.finditer(text):
            results.append((m.start("score"), m.end("score"), "score", _score(m.group("score")), False))
        results.sort()
        if _OTHER_MATCH.search(text):
            return
        for kind in ("score", "margin"):
            told = [r for r in results if r[2] == kind and not _is_draw(text, r)]  # (a draw is another result)
            if len({r[3] for r in told}) < 2:
                continue
            first = told[0]
            for later in told[1:]:
                if not later[4]:
                    break  # another result given as news: more than one match
                sentence = sentence_span(article, later[0])
                if _ANOTHER_TIME.search(text, sentence.start, sentence.end):
                    continue  # "the 3-2 win last season": another match
                if sum(1 for r in results if sentence.start <= r[0] < sentence.end) > 1 or _QUALIFIED.match(text, later[1]):
                    continue  # results listed together, or one placed ("the 4-0 win at Ibrox"): other matches
                if later[3] != first[3]:
                    yield self.finding(Span(later[0], later[1]),
                                       f"'{text[later[0]:later[1]]}' does not match the result given first, "
                                       f"'{text[first[0]:first[1]]}'",
                                       related=[Related(Span(first[0], first[1]), "the result given first")],
                                       confidence=0.65)
                    break

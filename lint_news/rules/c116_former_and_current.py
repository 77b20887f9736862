"""C116: one person called both the former and the current holder of the same post."""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

from ..context import Context
from ..document import Article
from ..facts.spans import find_all
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..names.mentions import first_names, mentions
from ..registry import Rule

_ROLE = (r"(?:prime minister|minister|president|premier|chancellor|governor|mayor|senator|secretary|"
         r"chairman|chairwoman|chair|chief executive|director|head|leader|speaker|ambassador|commissioner|"
         r"prosecutor|attorney general|coach|manager|captain|spokesman|spokeswoman|spokesperson)")
_NAME = r"[A-ZÀ-Þ][a-zà-ÿ'’-]+"
# "former transport minister", "current Prime Minister": the claim, matched where a needle was found
_CLAIM = lazy_compile(rf"(?P<when>(?i:former|ex-|current|sitting|incumbent|serving))\s*(?P<title>(?i:(?:[a-z]+ ){{0,2}}?{_ROLE}))\b")
# then the name: "former transport minister Adrian Vlasceanu", "the current finance minister, Ana Birchall"
_NAME_AFTER = lazy_compile(rf",? (?:{_NAME} ){{0,2}}(?P<name>{_NAME})\b(?! {_NAME})")
# or the name before: "Vlasceanu, the current transport minister", "Ana Birchall, a former finance minister"
_NAME_BEFORE = lazy_compile(rf"(?<![\w'’-])(?P<name>{_NAME}), (?:the|a|an) $")
_OF = lazy_compile(r" (?:of|at|for|in|to)\b")  # "president of the federation": the post is not named in full
_THEN = lazy_compile(r"(?i:\bthen[\s-]*$|\bnow\s*$|\b(?:former|ex|current|sitting|incumbent|serving)\s+(?:and|or|&)\s*$)")
_NOT_APPOSITION = lazy_compile(r"(?i:\b(?:unlike|like|than|as|with|in|at|from|to|for|of|on|by)\s+)$")
# the person held the post again: "returned to office", "re-elected", "a second term"
_RETURNED = lazy_compile(r"(?i:\b(?:returned to (?:office|power|the post)|re-?elected|back (?:in|to) (?:office|power)|"
                         r"second (?:non-consecutive )?term|comeback|reinstated|reappointed)\b)")
_NEEDLES = ("former", "ex-", "current", "sitting", "incumbent", "serving", "Former", "Ex-", "Current", "Sitting",
            "Incumbent", "Serving")
_PAST = frozenset(("former", "ex-"))
_NOW_WORDS = ("current", "sitting", "incumbent", "serving")


class _Said(NamedTuple):
    surname: str
    past: bool  # former, rather than current
    title: str  # "transport minister"
    span: Span  # "former transport minister"


def _claims(article: Article) -> list[_Said]:
    text = article.text
    found: list[_Said] = []
    for at in find_all(text, _NEEDLES):
        if (at and (text[at - 1].isalnum() or text[at - 1] == "-")) or _THEN.search(text, max(0, at - 22), at):
            continue  # inside a word; "then-current", "former and current", "now former"
        m = _CLAIM.match(text, at)
        if m is None or " and " in f" {m.group('title')} " or " or " in f" {m.group('title')} ":
            continue
        if text.startswith(("'s", "’s"), m.end()):
            continue  # "the current mayor's predecessor": another post
        name = _NAME_AFTER.match(text, m.end())
        if name is None:
            name = _NAME_BEFORE.search(text, max(0, at - 40), at)
            if name is None or _OF.match(text, m.end()) or _NOT_APPOSITION.search(text, max(0, name.start() - 12), name.start()):
                continue  # "unlike Jones, the current coach", "In Chicago, the current mayor"
        when = m.group("when").lower()
        found.append(_Said(name.group("name"), when in _PAST, m.group("title").lower(), Span(at, m.end("title"))))
    return found


# A capitalised title right before a full name, in the wire's style: the post held now ("Economy
# Minister Luis Arce said"); not after "former", "ex-", "then", "late" or "acting"
_TITLED = lazy_compile(  # (from the capitalised title word: capitals are few)
    rf"(?P<head>Minister|President|Governor|Mayor|Chancellor|Premier|Secretary|Ambassador|Commissioner|Prosecutor|"
    rf"Speaker)\s+(?:{_NAME} )(?P<name>{_NAME})\b")
_MODIFIERS = lazy_compile(r"(?<![\w-])(?:[A-Z][a-z]+ ){1,2}$")  # "Economy ", "Foreign Affairs " before it
_TITLE_WORDS = frozenset("Minister President Governor Mayor Chancellor Premier Secretary Ambassador Commissioner "
                         "Prosecutor Speaker".split())
_NOT_NOW = lazy_compile(r"(?i:\b(?:former|ex|then|late|acting|outgoing|interim|future|incoming)[\s-]*$)")
# the person left the post in the story: "resigned", "was sacked", "stepped down"
_LEFT = lazy_compile(r"(?i:\b(?:resign\w*|stepped down|step down|quit|sacked|fired|dismissed|ousted|removed|left office|"
                     r"replaced|succeeded)\b)")


def _titled(article: Article) -> list[_Said]:
    """"Economy Minister Luis Arce": a current holder, told by the capitalised title before the name."""
    text = article.text
    found = []
    for m in _TITLED.finditer(text):
        before = _MODIFIERS.search(text, max(0, m.start() - 40), m.start())
        start = before.start() if before is not None else m.start()
        if _NOT_NOW.search(text, max(0, start - 12), start):
            continue
        title = text[start : m.end("head")].lower()
        if title.split()[0] in ("the", "a", "an"):
            continue
        found.append(_Said(m.group("name"), False, title, Span(start, m.end("head"))))
    return found


class FormerAndCurrent(Rule):
    """One person called the former holder of a post and, elsewhere, its current holder.

    ## What it flags
    "former transport minister Adrian Vlasceanu" … "Vlasceanu, the current transport minister": the
    same surname with "former" (or "ex-") and with "current" ("sitting", "incumbent", "serving")
    before the same post, word for word. Posts are people's titles (minister, president, governor,
    mayor, chief executive, coach, ...); "transport minister" and "minister" are not the same post (a
    former minister can be the current transport minister), and a post followed by "of", "at" or
    "for" is not named in full. "then-current", "former and current" and "now former" are left alone,
    and so is a surname the article gives two first names for, a name in a comparison or after a
    preposition ("unlike Jones, the current coach"), a possessive post ("the current mayor's
    predecessor"), and an article that says someone returned to office or was re-elected. Without
    "current", a capitalised title right before a full name says the post is held now, in the
    wire's style ("Economy Minister Luis Arce said" … "the former economy minister Arce"), unless
    the article says someone resigned, was sacked, stepped down or was replaced.

    ## Why it matters
    Spinning swaps "former" for "current" (or drops a "former"): the article then says two
    incompatible things about who holds the office.

    ## Example
        A court sentenced former transport minister Adrian Vlasceanu to six years.
        Vlasceanu, the current transport minister, said he would appeal.

    ## Suggested fix
    Check the source and keep the one that is true.

    ## Fix safety
    No fix is offered.
    """

    code = "C116"
    name = "contradiction.former-and-current"
    category = "contradiction"
    severity = "warning"
    summary = "One person is called both the former and the current holder of a post"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        words = ms.folded_counts  # (look-ups first: few articles say both "former" and "current")
        if "former" not in words and "ex-" not in article.text:
            return
        titled = words.keys().isdisjoint(_NOW_WORDS)  # no "current": a bare title before a name may say it
        claims = _claims(article)
        if titled and any(said.past for said in claims) and not ms.cap_counts.keys().isdisjoint(_TITLE_WORDS):
            claims = sorted(claims + _titled(article), key=lambda said: said.span.start)
        if len(claims) < 2:
            return
        changed: bool | None = None  # someone returned to office or left it in the story (read once, when needed)
        reported: set[str] = set()
        for i, said in enumerate(claims):
            if said.surname in reported or len(first_names(ms, said.surname)) > 1:
                continue  # (two people of one family: "Jane Roe, the current chair", "former chair John Roe")
            for earlier in claims[:i]:
                if earlier.surname == said.surname and earlier.past != said.past and earlier.title == said.title:
                    if changed is None:
                        changed = bool(_RETURNED.search(article.text) or (titled and _LEFT.search(article.text)))
                    if changed:
                        return  # (a leader back in office is both: "former president Trump" ... "the current president")
                    reported.add(said.surname)
                    text = article.text
                    yield self.finding(
                        said.span,
                        f"{said.surname} is called '{text[said.span.start:said.span.end]}' here but "
                        f"'{text[earlier.span.start:earlier.span.end]}' earlier",
                        related=[Related(earlier.span, "the title given first")],
                        confidence=0.75,
                    )
                    break

"""T103: a party leader called "CEO" (Korean 대표 translated as a company title)."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# "CEO Lee", "CEO Jun-seok Lee", "CEO Lee Jun-seok": a romanised Korean name after "CEO".
_SURNAMES = ("Lee|Kim|Park|Choi|Jung|Jeong|Yoon|Kang|Cho|Jang|Lim|Han|Oh|Seo|Shin|Kwon|Hwang|Ahn|Song|Yoo|"
             "Hong|Moon|Baek|Heo|Nam|Ko|Son|Bae|Ryu|Jeon|Jo|Chung|Noh|Ha|Kwak|Sung|Cha|Woo|Min")
_CEO = lazy_compile(rf"\bCEO ((?:[A-Z][a-z]+-[a-z]+ )?(?:{_SURNAMES})(?: [A-Z][a-z]+-[a-z]+)?)\b")
_POLITICS = lazy_compile(r"\b(party|parties|candidate|election|lawmakers?|Assembly|presidential|primary|campaign)\b")
MIN_POLITICS = 3


class TitleMistranslation(Rule):
    """A Korean party leader called "CEO".

    ## What it flags
    "CEO" before a romanised Korean name ("CEO Lee", "CEO Jun-seok Lee") in an article about
    politics (it speaks of a party, candidates, an election). Korean 대표 means both a company's
    chief executive and a party's leader; translation engines pick the company title.

    ## Why it matters
    The reader is told a politician runs a company; the party leader's role is lost.

    ## Example
        CEO Lee of the ruling party met the presidential candidate in Busan.

    ## Suggested fix
    "Leader Lee" or "party leader Lee".

    ## Fix safety
    Unsafe: in a business story the person may really be a chief executive.
    """

    code = "T103"
    name = "tortured-phrase.title-mistranslation"
    category = "tortured-phrase"
    severity = "warning"
    summary = "A Korean party leader called 'CEO' (대표 mistranslated)"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if "CEO " not in text or len(_POLITICS.findall(text)) < MIN_POLITICS:
            return
        for m in _CEO.finditer(text):
            yield self.finding(Span(m.start(), m.end()), f"'CEO' for a party leader: 'Leader {m.group(1)}'?",
                               [Suggestion(f"Leader {m.group(1)}", "unsafe")], confidence=0.7)

"""C111: the headline's death toll disagrees with the body's ("Quake kills 12" … "killed 21 people")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.numbers import STANDALONE_NUMBER, parse_number
from ..facts.tolls import TOLL, TOLL_HINT, toll_group, toll_value
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

# The toll changed while the story was written, or the body speaks of another count.
_CHANGED = lazy_compile(
    r"(?i:\b(?:ris(?:e|es|en|ing)|rose|climb\w*|increas\w*|revis\w*|updat\w*|jump\w*|grew|grown|mount\w*|now|initial\w*|"
    r"earlier|first|previous\w*|total|overall|last year|since)\b)"
)


class HeadlineTollConflict(Rule):
    """The headline and the body give different death tolls.

    ## What it flags
    A headline with one death toll ("Floods kill 12") and a body whose first toll is another
    number ("killed 21 people"), when the headline's number appears nowhere in the body and the
    body does not say that the toll changed (rose, climbed, revised, now…).

    ## Why it matters
    Spinning tools retype digits; a toll that changes between the headline and the body is the
    kind of error readers notice and remember.

    ## Example
        Floods kill 12 in northern province

        Heavy rain killed 21 people over the weekend, officials said.

    ## Suggested fix
    Check the source and give one toll.

    ## Fix safety
    No fix is offered.
    """

    code = "C111"
    name = "contradiction.headline-toll"
    category = "contradiction"
    severity = "warning"
    summary = "The headline's death toll disagrees with the body's"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        headline = article.headline
        if headline is None:
            return
        text = article.text
        if not TOLL_HINT.search(text, headline.start, headline.end):
            return
        heads = list(TOLL.finditer(text, headline.start, headline.end))
        if len(heads) != 1:
            return
        head_value = toll_value(heads[0])
        blocks = [b for b in article.blocks if b.kind != "headline"]
        if head_value is None or not blocks:
            return
        body_start, body_end = blocks[0].start, blocks[-1].end
        if _CHANGED.search(text, body_start, body_end):
            return
        for m in STANDALONE_NUMBER.finditer(text[body_start:body_end]):
            if parse_number(m.group()) == head_value:
                return
        first = next(TOLL.finditer(text, body_start, body_end), None)
        if first is None:
            return
        value = toll_value(first)
        if value is None or value == head_value or _adds_up(text, first, head_value):
            return
        head_group = toll_group(heads[0])
        yield self.finding(
            Span(first.start(), first.end()),
            f"the body gives a toll of {value:g} but the headline says {head_value:g}",
            related=[Related(Span(heads[0].start(head_group), heads[0].end(head_group)), "the headline's toll")],
            confidence=0.7,
        )


def _adds_up(text: str, toll: re.Match[str], total: float) -> bool:
    """'killed 144 passengers and six crew' under 'kills all 150': the body gives the parts."""
    window = text[toll.start() : toll.end() + 80]
    numbers = [v for m in STANDALONE_NUMBER.finditer(window)
               if (v := parse_number(m.group())) is not None]
    return any(a + b == total for i, a in enumerate(numbers) for b in numbers[i + 1 :])


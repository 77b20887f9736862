"""C109: one rejection attributed to two chambers ("the House of Lords rejected the bill" … "MPs rejected the bill")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..facts.spans import find_all, sentence_span
from ..findings import Finding, Related, Span
from ..lazyre import lazy_compile
from ..registry import Rule

# Chambers of one parliament: (parliament, chamber) for each way news copy names them.
_CHAMBERS: dict[str, tuple[str, str]] = {
    "house of lords": ("uk", "the House of Lords"), "the lords": ("uk", "the House of Lords"),
    "peers": ("uk", "the House of Lords"), "house of commons": ("uk", "the House of Commons"),
    "the commons": ("uk", "the House of Commons"), "mps": ("uk", "the House of Commons"),
    "members of parliament": ("uk", "the House of Commons"),
    "senate": ("us", "the Senate"), "senators": ("us", "the Senate"),
    "house of representatives": ("us", "the House of Representatives"),
}
_CHAMBER_RE = (r"(?P<chamber>House of Lords|House of Commons|House of Representatives|[Tt]he Lords|[Tt]he Commons|"
               r"MPs|[Pp]eers|[Mm]embers of [Pp]arliament|Senate|[Ss]enators)")
_REJECT = lazy_compile(
    rf"{_CHAMBER_RE}\s+(?:(?:overwhelmingly|narrowly|resoundingly|decisively|have|had)\s+)?"
    r"(?P<verb>rejected|voted down|defeated|threw out|voted against)\s+(?:the|his|her|their|its|a|an)\s+"
    r"(?:[\w'’-]+\s+){0,3}?(?P<object>bill|legislation|law|motion|amendment|measure|plan|deal|treaty|budget|proposal)\b"
)
_VERBS = ("rejected", "voted down", "defeated", "threw out", "voted against")
# The second statement reports another vote on purpose.
_ANOTHER = lazy_compile(
    r"(?i:\b(?:also|too|later|earlier|then|again|previously|after|before|once|both|second|turn|subsequently|"
    r"likewise|similarly|followed|amended|revised|new)\b)"
)
_MAX_GAP = 800  # characters: the two claims sit in neighbouring paragraphs


class ChamberVoteConflict(Rule):
    """The same rejection attributed to two different chambers of one parliament.

    ## What it flags
    A bill (motion, amendment…) said to be rejected by one chamber and, a paragraph later, the
    same bill rejected by the other chamber of the same parliament ("the House of Lords rejected
    the bill" … "MPs rejected the bill"), with nothing marking a second vote (also, then,
    again, later, amended…). Passing votes are left alone: a bill passes both chambers.

    ## Why it matters
    Translation often renders "peers", "lawmakers" and "MPs" interchangeably, moving a vote to
    the wrong chamber.

    ## Example
        The Senate rejected the spending bill on Tuesday.
        By 60 votes to 38, the House of Representatives rejected the bill in a late-night session.

    ## Suggested fix
    Check the source and name the chamber that voted.

    ## Fix safety
    No fix is offered.
    """

    code = "C109"
    name = "contradiction.chamber-vote"
    category = "contradiction"
    severity = "warning"
    summary = "The same rejection is attributed to two chambers of one parliament"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        anchors = find_all(text, _VERBS)
        if not anchors:
            return
        claims: list[re.Match[str]] = []
        for pos in anchors:
            for m in _REJECT.finditer(text, max(0, pos - 60), pos + 80):
                if m.start("verb") == pos:
                    claims.append(m)
                    break
        for i, later in enumerate(claims):
            for earlier in claims[:i]:
                if later.start() - earlier.end() > _MAX_GAP or earlier.group("object") != later.group("object"):
                    continue
                a = _CHAMBERS[earlier.group("chamber").lower()]
                b = _CHAMBERS[later.group("chamber").lower()]
                if a[0] != b[0] or a[1] == b[1]:
                    continue
                sent = sentence_span(article, later.start())
                if _ANOTHER.search(text, sent.start, sent.end):
                    continue
                yield self.finding(
                    Span(later.start(), later.end("verb")),
                    f"the {later.group('object')} is rejected by {b[1]} here but by {a[1]} earlier; "
                    f"one vote cannot be in both chambers",
                    related=[Related(Span(earlier.start(), earlier.end("verb")), f"rejected by {a[1]}")],
                    confidence=0.7,
                )
                break

"""B104: a capitalised function word in mid-sentence where a sentence break or quotation was lost."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span
from ..lazyre import lazy_compile
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..wordpatterns import prefix_tree

# Function words that are capitalised only at the start of a sentence (never as names or in most
# titles). "Will", "Can", "May", "Mark" and "It"/"This"/"Her" (film and book titles) are left out.
_WORDS = (
    "If When While Because Although Though But And However Would Could Should We They He She There Was Were "
    "Does Did Has Had Unless Whether Therefore Meanwhile Whereas Must Moreover Furthermore Despite Our Their"
).split()
# (?<=[a-z]) (...): the leading literal space lets the regex engine skip ahead, and a look at the
# first letter spares most spaces the trial of every word
_MID_CAPITAL = lazy_compile(
    r" (?<=[a-z] )(?=[" + "".join(sorted({w[0] for w in _WORDS})) + "])(" + "|".join(_WORDS) + r") (?=[a-z])"
)


def _any_pattern(words: list[str]) -> str:
    """A regex that matches at the capital wherever _MID_CAPITAL matches at the space before it:
    "B(?<=[a-z] B)(?:ecause|ut) (?=[a-z])" for "Because" and "But".

    Only to say whether the text holds a match at all: led by a capital letter, rarer than the space
    that leads _MID_CAPITAL, it lets the regex engine skip ahead over far more of the text.
    """
    tails: dict[str, list[str]] = {}
    for w in words:
        tails.setdefault(w[0], []).append(w[1:])
    branches = (f"{c}(?<=[a-z] {c}){prefix_tree(rest)}" for c, rest in sorted(tails.items()))
    return "(?:" + "|".join(branches) + r") (?=[a-z])"


_ANY_MID_CAPITAL = lazy_compile(_any_pattern(_WORDS))


class MidSentenceCapital(Rule):
    """A capitalised function word in mid-sentence: a lost sentence break or quotation.

    ## What it flags
    A function word that only takes a capital at the start of a sentence ("If", "When", "They",
    "Would") written with one in the middle of a sentence, right after a lower-case word, in body
    text outside quotations: "said earlier this week If the West fails to act". Names and titles
    ("Will Smith", "the film Her") are not in the word list.

    ## Why it matters
    The capital marks where a sentence, or an opening quotation mark, was dropped when the text
    was translated or scraped; the two sentences now run together and read as nonsense.

    ## Example
        The minister said earlier this week If the talks fail there will be consequences.

    ## Suggested fix
    Restore the break: a full stop, a colon or an opening quotation mark before the capital, or
    a lower-case word if the capital is a typo.

    ## Fix safety
    No automatic fix: whether a quotation, a colon or a full stop was lost needs a reader.
    """

    code = "B104"
    name = "broken-sentence.mid-sentence-capital"
    category = "broken-sentence"
    severity = "warning"
    summary = "A capitalised function word in mid-sentence marks a lost break or quotation"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        if not _ANY_MID_CAPITAL.search(text):
            return
        for ps in prose_sentences(article):
            for m in _MID_CAPITAL.finditer(text, ps.start, ps.end):
                if article.in_quote(m.start(1), m.end(1)):
                    continue
                # the span takes in the two words before the capital, for context
                before = [w for w in ps.words if w.end <= m.start()][-2:]
                start = before[0].start if before else m.start(1)
                after = next((w for w in ps.words if w.start > m.end(1)), None)
                end = after.end if after else m.end(1)
                yield self.finding(Span(start, end),
                                   f"'{m.group(1)}' is capitalised in mid-sentence: a sentence break or quotation was lost",
                                   confidence=0.7)

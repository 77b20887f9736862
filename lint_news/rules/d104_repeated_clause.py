"""D104: a headline that repeats its own clause."""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

_WORD = lazy_compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+(?:['’][^\W_]+)*")
HEADLINE_MAX_WORDS = 25  # a longer "headline" is a first paragraph (plain text without a title)
_JOINER = lazy_compile(r"\s*[,;–—-]\s*")
_EDGE = ".,;:!?\"'“”‘’()[]–—-"
HEADLINE_MIN = 4  # words a headline must repeat
STOP = frozenset("a an the of to in on at for and or but by with from as is was be has have had it its".split())


def repeated_run(tokens: list[str], minimum: int) -> tuple[int, int, int] | None:
    """(first start, second start, length) of the longest word run that occurs twice without overlap."""
    best: tuple[int, int, int] | None = None
    n = len(tokens)
    first_at: dict[tuple[str, ...], int] = {}
    for i in range(n - minimum + 1):
        gram = tuple(tokens[i : i + minimum])
        j = first_at.setdefault(gram, i)
        if j == i or i < j + minimum:
            continue
        length = minimum
        while i + length < n and j + length < i and tokens[j + length] == tokens[i + length]:
            length += 1
        if sum(w not in STOP and w[:1].isalpha() for w in tokens[i : i + length]) < 2:
            continue
        if best is None or length > best[2]:
            best = (j, i, length)
    return best


class RepeatedClause(Rule):
    """A headline that says the same clause twice.

    ## What it flags
    A run of four or more words (two of them content words) that a headline or standfirst repeats
    within itself, as in "X has been fined 2,000 euros and fined 2,000 euros". A "headline" of more
    than 25 words (the first paragraph of a plain-text file without a title) is left alone. The
    second copy, with the "and" or comma joining it, is flagged.

    ## Why it matters
    Spinners splice two versions of a clause together; the repeat is a visible defect in the most
    read line of the article.

    ## Example
        Former mayor has been fined for fraud and fined for fraud

    ## Suggested fix
    Delete the second copy of the clause.

    ## Fix safety
    Unsafe: the right wording may need one word of each copy.
    """

    code = "D104"
    name = "duplicate.repeated-clause"
    category = "duplicate"
    severity = "warning"
    summary = "A headline repeats its own clause"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        for block in article.blocks:
            # a "headline" of more than 25 words is a first paragraph (plain text without a title)
            if block.kind in ("headline", "standfirst") and text.count(" ", block.start, block.end) < HEADLINE_MAX_WORDS:
                yield from self._scan(text, block.start, block.end, HEADLINE_MIN)

    def _scan(self, text: str, start: int, end: int, minimum: int) -> Iterator[Finding]:
        rough = [w.strip(_EDGE) for w in text[start:end].lower().split()]
        if len(rough) < 2 * minimum or len(rough) - len(set(rough)) < minimum:
            return  # a repeated run of n words needs n repeated tokens (cheap test before tokenising)
        matches = list(_WORD.finditer(text, start, end))
        if len(matches) < 2 * minimum:
            return
        tokens = [m.group().lower() for m in matches]
        if len(tokens) - len(set(tokens)) < minimum:
            return  # a repeated run of n words needs at least n repeated tokens
        found = repeated_run(tokens, minimum)
        if found is None:
            return
        _, i, length = found
        a, b = matches[i].start(), matches[i + length - 1].end()
        if matches[i - 1].group().lower() in ("and", "or", "but"):
            a = matches[i - 1].start()
        else:
            gap = text[matches[i - 1].end() : a]
            if gap.strip() and _JOINER.fullmatch(gap):
                a -= len(gap.lstrip())
        phrase = text[matches[i].start() : b]
        yield self.finding(Span(a, b), f"'{phrase}' is said twice", [Suggestion("", "unsafe")], confidence=0.8)

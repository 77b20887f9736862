"""G102: the same word twice in a row ("the final final")."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, count, islice
from operator import eq

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

# \b([a-z]+)(\s+)(\1)\b: a lookbehind is cheaper than \b, possessive runs never backtrack
_REPEAT = lazy_compile(r"(?<!\w)([a-z]++)(\s++)(\1)\b")
# the same after an apostrophe or a hyphen ("well-to to"): one pattern per mark, as a leading
# literal is what the regex engine skips to fastest
_JOINED_REPEATS = [lazy_compile(mark + r"([a-z]++)(\s++)(\1)\b") for mark in ("'", "’", "-")]
# a repeat whose second word goes on after a hyphen or an apostrophe ("the the-end"), found in the
# reversed text ("dne-eht eht"), where the mark leads; (?!\w) there is _REPEAT's (?<!\w), and a
# match ending at i of the reversed text starts _REPEAT's at len(text) - i
_REVERSED_PREFIX_REPEATS = [lazy_compile(mark + r"([a-z]++)\s++\1(?!\w)") for mark in ("'", "’", "-")]
# Words that English legitimately doubles ("what he had had", "that that", "bye bye").
_ALLOWED = frozenset(
    """had that is do bye ha so no very really many far boo tsk pooh knock chop blah there hush tut ye woo ooh
    aah bang tick tock yeah go now well""".split()
)

# After a hyphen, a particle that ends a compound noun and starts the next phrase ("the line-up up
# to an hour before", "a sit-in in the square").
_PARTICLES = frozenset("up in out off on down over back by away about through".split())
# "whatever happens happens", "what happened happened", "whoever wins wins": a free relative clause
# and its verb, said again.
_FREE_RELATIVE = lazy_compile(r"(?i)(?<![\w'’-])(?:what|whatever|whoever|whichever)\s+$")


def _legitimate(text: str, start: int, word: str) -> bool:
    """A doubled word that English allows in its context."""
    if start and text[start - 1] == "-":
        return word in _PARTICLES
    return _FREE_RELATIVE.search(text, max(0, start - 12), start) is not None


class RepeatedWord(Rule):
    """The same lower-case word twice in a row.

    ## What it flags
    A lower-case word immediately repeated ("the final final", "to to"), or two ("ran to the to
    the end"), in any block. Words
    that English legitimately doubles ("had had", "that that", "bye bye"), a particle after the
    compound it ends ("the line-up up to a day before"), a verb after a free relative ("whatever
    happens happens") and capitalised names ("Walla Walla") are left alone.

    ## Why it matters
    Spinners and translation engines stutter when they merge two candidate renderings; the
    doubled word is the trace.

    ## Example
        The captains met before the final final of the cup.

    ## Suggested fix
    Delete the second word: "the final of the cup".

    ## Fix safety
    Unsafe: a doubled word is almost always a slip, but an editor should confirm which word to keep.
    """

    code = "G102"
    name = "grammar.repeated-word"
    category = "grammar"
    severity = "warning"
    summary = "The same word twice in a row"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text, words, lower = article.text, article.words, article.lower_words
        # A match starts a word or follows a hyphen or an apostrophe (_REPEAT's (?<!\w)); a word that
        # starts one is all [a-z] and the next word either equals it ("the the") or goes on after a
        # mark ("the the-end"): trying _REPEAT only there is far cheaper than at every position.
        starts: set[int] = set()
        if any(map(eq, islice(lower, 1, None), lower)):  # equal neighbours are rare: test first, then find
            starts.update(words[i].start for i in compress(count(), map(eq, islice(lower, 1, None), lower)))
        reverse, size = text[::-1], len(text)
        starts.update(size - m.end() for pattern in _REVERSED_PREFIX_REPEATS for m in pattern.finditer(reverse))
        starts.update(m.start(1) for joined in _JOINED_REPEATS for m in joined.finditer(text))
        end = 0
        for start in sorted(starts):
            if start < end:
                continue  # matches do not overlap, as in a scan of the text
            m = _REPEAT.match(text, start)
            if m is None:
                continue
            end = m.end()
            if m.group(1) in _ALLOWED or "\n" in m.group(2):  # blocks are joined by blank lines
                continue
            if _legitimate(text, m.start(), m.group(1)):
                continue
            yield self.finding(Span(m.start(), m.end()), f"'{m.group(1)}' is repeated",
                                   [Suggestion(m.group(1), "unsafe")], confidence=0.8)
        yield from self._repeated_pairs(article)

    def _repeated_pairs(self, article: Article) -> Iterator[Finding]:
        """Two words said twice in a row ("ran to the to the end"), one space between each."""
        text, words, lower = article.text, article.words, article.lower_words
        # lower[i] == lower[i + 2] is rare: test it in C over the list, then look closer
        for i in compress(count(), map(eq, islice(lower, 2, None), lower)):
            if i + 3 >= len(words) or lower[i + 1] != lower[i + 3] or lower[i] == lower[i + 1]:
                continue
            if (i + 4 < len(words) and lower[i + 4] == lower[i]) or (i and lower[i - 1] == lower[i + 1]):
                continue  # a chain: "door to door to door", "day by day by day"
            first, last = words[i], words[i + 3]
            phrase = text[first.start : words[i + 1].end]
            if not phrase.replace(" ", "").isalpha() or not phrase.islower():
                continue
            if text[first.start : last.end] != f"{phrase} {phrase}":
                continue  # punctuation or a line between ("to the, to the"), or capitals
            if first.start and text[first.start - 1] in "-'’":
                continue
            yield self.finding(Span(first.start, last.end), f"'{phrase}' is repeated",
                               [Suggestion(phrase, "unsafe")], confidence=0.8)

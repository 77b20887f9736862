"""V102: "he" or "his" right after a woman named in the article, with no man in between."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from itertools import repeat

from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..names.lexicon import is_lower_word
from ..names.mentions import mentions
from ..registry import Rule
from ..text.clauses import prose_sentences
from ..text.persons import FEMALE_GIVEN_NAMES, MALE_SIGNALS
from ..wordpatterns import prefix_tree

# given name + surname; the surname sits in a look-ahead so that "Chancellor Angela Berg" yields
# both "Chancellor Angela" and "Angela Berg"
_NAME = lazy_compile(r"\b([A-ZÀ-Þ][a-zà-ÿ]+(?:-[a-z]+)?) (?=((?:(?:Le|La|De|Van|Von|Di|Da) )?[A-ZÀ-Þ][a-zà-ÿ]+)\b)")
# any of the given names as a substring (literals, as a prefix tree: the regex engine skips ahead fast)
_FEMALE_NAME = lazy_compile(prefix_tree(FEMALE_GIVEN_NAMES))
# \b([Hh]e|[Hh]is|him|himself)\b, the \b after the first letter: a leading letter lets the regex engine skip ahead
_MALE_PRONOUN = lazy_compile(r"([Hh](?<!\w.)(?:e|is)|h(?<!\w.)im(?:self)?)\b")
_FULL_NAME = lazy_compile(r"(?<![.!?“\"‘(]\s)(?<!^)\b[A-ZÀ-Þ][a-zà-ÿ]+ [A-ZÀ-Þ][a-zà-ÿ]+\b", re.M)
_FEMALE_PRONOUN = lazy_compile(r"\b(?:[Ss]he|[Hh]er|herself)\b")
# "Ms", "Mrs", "Mme" as whole words (not "Madame Tussauds", "Madam Speaker"); the leading "M" is a
# literal the regex engine skips ahead to, the lookbehind then tests the word start
_WOMAN_TITLE = lazy_compile(r"M(?<!\wM)(?:rs|me|s)\.? ([A-ZÀ-Þ][a-zà-ÿ]+)\b")
_FIX = {"he": "she", "He": "She", "his": "her", "His": "Her", "him": "her", "himself": "herself"}


class GenderDrift(Rule):
    """A male pronoun for a woman the article has just named.

    ## What it flags
    "he", "his" or "him" in the narration, in the sentence that names a woman (by a known
    female given name, "Angela Merkel", "Élisabeth Borne", or by "Ms", "Mrs", "Mme": "Ms
    Jones") or in the next sentence, when no man is mentioned in between: no other full name, no
    "Mr", "husband", "spokesman" and the like.
    The list of given names is short on purpose; a name it does not know means silence.

    ## Why it matters
    Languages such as Finnish, Turkish, Persian, Chinese or Korean do not mark gender in the third
    person, and German "sie" or Spanish "su" are ambiguous; translation then turns a woman into
    "he", which misleads readers about who acts.

    ## Example
        Prime Minister Anna Berg opened the debate. In his speech, he defended the budget.

    ## Suggested fix
    Use the woman's pronoun: "In her speech, she defended the budget".

    ## Fix safety
    Unsafe: the pronoun might refer to a man the article names elsewhere.
    """

    code = "V102"
    name = "pronoun-drift.gender"
    category = "pronoun-drift"
    severity = "warning"
    summary = "A male pronoun right after a woman the article names, with no man in between"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        # a listed given name starts where one occurs as a substring (no name holds a capital after
        # a non-word character, so no occurrence hides another); _NAME confirms each one
        starts = [m.start() for m in _FEMALE_NAME.finditer(text)]
        women = [m for m in map(_NAME.match, repeat(text), starts) if m is not None and m.group(1) in FEMALE_GIVEN_NAMES]
        titled = {m.group(1) for m in _WOMAN_TITLE.finditer(text)}  # "Ms Jones", "Mrs. Patel"
        if not women and not titled:
            return
        surnames = {m.group(2).split()[-1] for m in women} | titled
        # a surname the article also gives a man ("Joyce Blake" and "Sir Peter Blake", "Mr Blake"):
        # its mentions may be his
        men = re.finditer(r"\b(?:Mr\.?|Sir|Lord|Prince|King) (?:[A-ZÀ-Þ][a-zà-ÿ]+ )?("
                          + "|".join(map(re.escape, surnames)) + r")\b", text)
        surnames -= {m.group(1) for m in men}
        if not surnames:
            return
        alternatives = "|".join(map(re.escape, sorted(surnames)))
        mention_re = re.compile(r"\b(" + alternatives + r")\b")
        # a window can hold a mention only where one of the surnames occurs in the text
        spans = [m.span() for m in re.finditer(alternatives, text)]
        starts = [s for s, _ in spans]
        ends = [e for _, e in spans]
        others = _other_people(article, surnames)
        prose = prose_sentences(article)
        for n, ps in enumerate(prose):
            # the last mention of a named woman in this sentence or the one before
            window_start = prose[n - 1].start if n and prose[n - 1].sentence.block == ps.sentence.block else ps.start
            i = bisect_right(ends, window_start)
            if i == len(spans) or spans[i][0] >= ps.end:
                continue
            found = starts[i : bisect_left(starts, ps.end, i)]
            mention = _last_mention(mention_re, text[window_start : ps.end], window_start, found)
            if mention is None or article.in_quote(*mention):
                continue  # named inside a quotation: someone else speaks ("Berg ran the race of her life," he said)
            for p in _MALE_PRONOUN.finditer(text, mention[1], ps.end):
                if article.in_quote(p.start(), p.end()):
                    continue
                between = self._unquoted(article, mention[1], p.start())
                if any(w.strip(".,;:") in MALE_SIGNALS for w in between.split()) or _FULL_NAME.search(between):
                    break
                if p.group(1) == "him" and _FEMALE_PRONOUN.search(between):
                    break  # "she" for her, then "him": another person ("She responds to him")
                if others is not None and others.search(self._unquoted(article, window_start, p.start())):
                    break  # another person named in the window ("Alvarez mocked Berg's figures; he ...")
                word = p.group(1)
                yield self.finding(Span(p.start(), p.end()),
                                   f"'{word}' right after {text[mention[0]:mention[1]]}, a woman: '{_FIX[word]}'?",
                                   [Suggestion(_FIX[word], "unsafe")],
                                   [Related(Span(*mention), "the woman the pronoun seems to refer to")],
                                   confidence=0.6)
                break

    @staticmethod
    def _unquoted(article: Article, start: int, end: int) -> str:
        """text[start:end] with quotations blanked out."""
        chars = list(article.text[start:end])
        for q in article.quotes:
            if q.end <= start or q.start >= end:
                continue
            for i in range(max(q.start, start), min(q.end, end)):
                chars[i - start] = " "
        return "".join(chars)


def _other_people(article: Article, women: set[str]) -> re.Pattern[str] | None:
    """The surnames of the other people the article names in full ("Paul Alvarez"), as a regex (the
    last words of name runs that are no ordinary word: not "Prime Minister")."""
    names = {run[-1].text for run in mentions(article).runs
             if len(run) >= 2 and not run[-1].initial and not is_lower_word(run[-1].text.lower())} - women
    if not names:
        return None
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names))) + r")\b")


def _last_mention(mention_re: re.Pattern[str], window: str, offset: int, found: list[int]) -> tuple[int, int] | None:
    """The last match of ``mention_re.finditer(window)`` as a span of the text, tried only where
    ``found`` (text offsets, ascending) says a surname occurs, from the last back.

    Every match starts at such an occurrence, and all occurrences were found: a surname's first
    character is [A-ZÀ-Þ] and its others [a-zà-ÿ], so no occurrence starts inside another. For the
    same reason the finditer matches are all the places where a match starts, and the last of them
    is the one at the last place; ``match(window, pos)`` sees the window as finditer does.
    """
    for at in reversed(found):
        if at < offset:
            break
        if (m := mention_re.match(window, at - offset)) is not None:
            return offset + m.start(), offset + m.end()
    return None

"""Capitalised tokens, name runs and word counts of one article (memoised with ``article.analysis``).

Both are read off the shared ``Article.words``, not found by scanning the text again. Only
capitalised tokens become objects; lower-case words are counted with C-level Counter calls, and
located again (``occurrences``) only for the few candidates a rule keeps.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from itertools import chain, compress, islice
from operator import itemgetter
from typing import NamedTuple

from .. import recache
from ..document import Article, Token
from .lexicon import not_lower_words, unknown

# Tokens as in ``Article.words``, with a possessive ending left out ("Biden’s" -> "Biden").
_WORD = r"[^\W_]+(?:-[^\W_]+|['’](?!s\b)[^\W_]+)*"
_WORD_RE = recache.compile(_WORD)
_POSS_RE = recache.compile(r"['’](?:s\b|(?=\W|$))")  # used with .match(text, end)
# A capitalised token: a token that does not start with an ASCII lower-case letter or a digit, with a
# possessive ending left out; ``compute`` finds these tokens among ``Article.words`` and uses this only
# to cut one at its possessive ending. (The first character comes first, as plain ranges, so that a
# search can skip ahead fast: a superset of [^\W\d_a-z] without the ASCII non-capitals, U+0080-U+00A9
# and the quotes and dashes of U+2000-U+206F, which hold no letter; the lookbehind checks the class.)
_CAPLIKE_RE = recache.compile(
    r"[A-Z\u00aa-\u1fff\u2070-\U0010ffff](?<=[^\W\d_a-z])(?<![\w'’-].)(?:[^\W_]*)(?:-[^\W_]+|['’](?!s\b)[^\W_]+)*")
# A lower-case word: a token of ``Article.words`` of this shape (an ending "'s" is a possessive, not
# a part) with no hyphen, apostrophe or "_" right before or after it (``_lower_counts``).
_LOWER_FORM_RE = recache.compile(r"[a-z]++(?:-[a-z]++|['’](?!s\b)[a-z]++)*+")
# A hyphen, apostrophe or "_" right after or before a token of ``Article.words``, one that does not
# join two parts of a token: after a letter or digit and not before one, the reverse, or "_" between.
_BORDER_RE = recache.compile(
    r"[-'’_](?:(?<=[^\W_].)(?![^\W_])|(?<![^\W_].)(?=[^\W_])|(?<=_)(?<=[^\W_].)(?=[^\W_]))")
_OPENERS = "\"“‘'«(—–-:[„\n"
_ENDERS = ".?!"
# Capitalised function words (mostly sentence starts): never names, so no token is made for them.
_FUNCTION_WORDS = frozenset(
    "The A An And But Or Nor In On At For To Of By With From As It He She They We You His Her Their Its Our "
    "This That These Those There Here When While If After Before Since Although Though However What Which Who "
    "Whom Whose Why How Where Some Many Most All Both Each Other Such No Not Now Then Also Still Yet So Than "
    "Under Over Into During About Against Between Among Despite Without Within According Meanwhile Earlier "
    "Later Even More Only Just Is Was Are Were Has Had Have Be Do Does Did Can Could Would Should "
    "Might Must Said Says Yes Mr Mrs Ms Dr One Two Three Last Next First".split())
# Blocks whose capitalisation says nothing (title case, labels).
_TITLE_BLOCKS = ("headline", "heading", "caption")


class Tok(NamedTuple):
    """A capitalised token ("Biden", not "NATO" or "biden")."""

    start: int
    end: int  # end of ``text`` (a possessive ending is left out)
    text: str
    initial: bool  # first word of a sentence, after an opening quote or colon, or in a headline
    block: int
    possessive: bool = False  # followed by 's or ’
    cap: bool = True


class Mentions:
    def __init__(self) -> None:
        self.toks: list[Tok] = []  # capitalised tokens only
        self.cap_counts: Counter[str] = Counter()  # every capitalised form
        self.mid_counts: Counter[str] = Counter()  # capitalised forms not sentence-initial
        self.lower_counts: Counter[str] = Counter()  # lower-case forms
        self.folded_counts: Counter[str] = Counter()  # lower-case and capitalised forms, lower-cased
        self.runs: list[list[Tok]] = []  # capitalised tokens separated by one space
        self._strange: set[str] | None = None
        self._not_lower: set[str] | None = None

    def not_lower(self) -> set[str]:
        """Lower-case forms of this article that are no ordinary lower-case word (computed once)."""
        if self._not_lower is None:
            self._not_lower = not_lower_words(self.lower_counts)
        return self._not_lower

    def strange(self) -> set[str]:
        """Lower-cased forms of this article that are in no word list (computed once)."""
        if self._strange is None:
            # A word in no list is no ordinary lower-case word either: of the lower-case forms only the
            # few in not_lower() are looked up. compute() fills folded_counts with lower_counts first, so
            # the keys after those are the capitalised forms that never occur in lower case.
            capitalised = islice(self.folded_counts, len(self.lower_counts), None)
            self._strange = unknown(chain(self.not_lower(), capitalised))
        return self._strange


def strip_possessive(word: str) -> str:
    for ending in ("’s", "'s", "’", "'"):
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def occurrences(text: str, word: str) -> Iterator[tuple[int, int]]:
    """Spans of ``word`` as a whole token (not inside a longer or hyphenated word).

    What ``_occurrences_re`` finds, with ``str.find``: no regex compiled for each word (a word
    character of a regex is one that ``isalnum()`` or "_").
    """
    if not word:
        yield from _occurrences_re(text, word)
        return
    find = text.find
    size = len(text)
    at = find(word)
    while at >= 0:
        end = at + len(word)
        before = text[at - 1] if at else " "
        after = text[end] if end < size else " "
        if (before.isalnum() or before in "_'’-" or after.isalnum() or after == "_"
                or (after in "-'’" and end + 1 < size and (text[end + 1].isalnum() or text[end + 1] == "_"))):
            at = find(word, at + 1)
        else:
            yield at, end
            at = find(word, end)


def _occurrences_re(text: str, word: str) -> Iterator[tuple[int, int]]:
    """``occurrences`` as a regex (one compiled for each word): its definition, and the test's reference."""
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w]|[-'’]\w)", text):
        yield m.start(), m.end()


def _initial_starts(article: Article) -> set[int]:
    """Offsets of the first word of each sentence."""
    text = article.text
    search = _WORD_RE.search
    out = set()
    for s in article.sentences:
        span = s.span
        start, end = span.start, span.end
        if start < end and text[start].isalnum():  # most sentences: the word starts the span ([^\W_])
            out.add(start)
        elif m := search(text, start, end):
            out.add(m.start())
    return out


def _lower_counts(text: str, words: list[Token], forms: list[str]) -> Counter[str]:
    r"""The lower-case words of ``text`` counted, from ``Article.words``: no scan of the text.

    The definition is ``Counter(re.findall(r"[a-z](?<![\w'’-].)[a-z]*+(?:-[a-z]++|['’](?!s\b)[a-z]++)*+
    (?![\w'’-])", text))`` (tests/test_mentions_speed.py). Such a match is a whole token of ``words``
    (the longest runs of letters and digits joined by single hyphens or apostrophes; ``forms`` are
    their texts): one of the shape of ``_LOWER_FORM_RE`` with no hyphen, apostrophe or "_" right
    before or after it (then \b after a last "s" holds in the token as in the text). ``_BORDER_RE``
    finds those rare neighbours, and their tokens are left out before counting, so that the counts
    and their order (of first occurrences) are findall's.
    """
    if (found := _BORDER_RE.search(text)) is not None:
        drop: set[int] = set()  # indexes into words
        start = itemgetter(0)
        for m in _BORDER_RE.finditer(text, found.start()):
            at = m.start()
            if at and text[at - 1].isalnum():  # the token that ends here
                drop.add(bisect_right(words, at, key=start) - 1)
            if at + 1 < len(text) and text[at + 1].isalnum():  # the token that starts after it
                drop.add(bisect_left(words, at + 1, key=start))
        forms = forms.copy()
        for i in sorted(drop, reverse=True):
            del forms[i]
    counts = Counter(compress(forms, map(str.islower, forms)))  # islower(): a superset of the shape
    for form in [f for f in counts if not (f.isascii() and f.isalpha())]:  # else all [a-z]: the shape
        if _LOWER_FORM_RE.fullmatch(form) is None:
            del counts[form]
    return counts


def compute(article: Article) -> Mentions:
    text = article.text
    m = Mentions()
    words = article.words
    forms = article.word_texts  # (read only: _lower_counts copies it before it drops items)
    m.lower_counts = _lower_counts(text, words, forms)
    initial_starts = _initial_starts(article)
    blocks = sorted(article.blocks, key=lambda b: b.start)
    title = {b.index for b in blocks if b.kind in _TITLE_BLOCKS}
    toks = m.toks
    append = toks.append
    mids: list[str] = []
    runs = m.runs
    run: list[Tok] = []
    marks = _OPENERS + _ENDERS
    skip = _FUNCTION_WORDS
    size = len(text)
    new = tuple.__new__
    bi, block, block_end, in_title = -1, 0, -1, False
    prev_end, prev_joins = -2, False  # end of the previous token; may a run go on after it
    # The tokens of _CAPLIKE_RE that start with a capital are the tokens of ``words`` that do, but
    # for those right after a hyphen, apostrophe or "_", and cut before a possessive ending: each
    # starts a token of ``words`` (after no letter, digit, hyphen or apostrophe), and the two
    # patterns go on alike up to an apostrophe.
    for start, end, word in compress(words, map(str.isupper, map(itemgetter(0), forms))):
        if word in skip:  # (a function word has no apostrophe: no possessive ending to cut)
            continue
        before = text[start - 1] if start else "\n"
        if before in "_'’-":  # (_CAPLIKE_RE's lookbehind)
            continue
        if "'" in word or "’" in word:
            match = _CAPLIKE_RE.match(text, start)
            assert match is not None  # one starts here (see above)
            end = match.end()
            word = match[0]
            if word in skip:
                continue
        if word.isupper():
            continue
        while start >= block_end and bi + 1 < len(blocks):
            bi += 1
            block, block_end = blocks[bi].index, blocks[bi].end
            in_title = block in title
        if before == " ":
            before = text[start - 2] if start > 1 else "\n"
        initial = in_title or start in initial_starts or before in marks
        possessive = end < size and text[end] in "'’" and _POSS_RE.match(text, end) is not None
        tok = new(Tok, (start, end, word, initial, block, possessive, True))
        append(tok)
        if not initial:
            mids.append(word)
        # a run: capitalised tokens separated by one space, the earlier ones not possessive
        if prev_joins and start == prev_end + 1 and text[prev_end] == " ":
            run.append(tok)
        else:
            if run:
                runs.append(run)
            run = [tok]
        prev_end, prev_joins = end, not possessive
    if run:
        runs.append(run)
    m.cap_counts.update(map(itemgetter(2), toks))
    m.mid_counts.update(mids)
    folded = m.folded_counts
    folded.update(m.lower_counts)
    folded.update(map(str.lower, map(itemgetter(2), toks)))
    return m


def mentions(article: Article) -> Mentions:
    result: Mentions = article.analysis("names.mentions", compute)
    return result


def first_names(ms: Mentions, form: str) -> set[str]:
    """Capitalised words written right before ``form`` in a name run ("Joe" for "Biden")."""
    return {run[k - 1].text for run in ms.runs for k in range(1, len(run)) if run[k].text == form}


def in_address(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is part of a URL, e-mail address, hashtag, handle or file name."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if before in "@#/\\_.:=&?~" or after in "@/\\_=&":
        return True
    if after in ".:" and after2.isalnum():
        return True
    left = text.rfind(" ", 0, start) + 1
    right = text.find(" ", end)
    chunk = text[left : right if right >= 0 else len(text)]
    return "://" in chunk or "www." in chunk or ("@" in chunk and "." in chunk)

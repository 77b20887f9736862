"""The fast paths of names.mentions agree with the plain definitions they replaced."""

from __future__ import annotations

import random
import re
from collections import Counter
from itertools import accumulate
from operator import itemgetter
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.document import Article
from lint_news.errors import PartialInputError
from lint_news.formats import format_of, load_articles
from lint_news.names import mentions as mod
from lint_news.names.mentions import Mentions, Tok

# The definitions: a scan of the text for capitalised tokens (split) and one for lower-case words.
_CAPLIKE_SPLIT_RE = re.compile(f"({mod._CAPLIKE_RE.pattern})")
_LOWER_RE = re.compile(r"[a-z](?<![\w'’-].)[a-z]*+(?:-[a-z]++|['’](?!s\b)[a-z]++)*+(?![\w'’-])")


def _reference(article: Article) -> Mentions:
    """``mentions.compute`` as it was before it read ``Article.words``: the two regex scans."""
    text = article.text
    m = Mentions()
    m.lower_counts.update(_LOWER_RE.findall(text))
    initial_starts = mod._initial_starts(article)
    blocks = sorted(article.blocks, key=lambda b: b.start)
    title = {b.index for b in blocks if b.kind in mod._TITLE_BLOCKS}
    mids: list[str] = []
    run: list[Tok] = []
    marks = mod._OPENERS + mod._ENDERS
    bi, block, block_end, in_title = -1, 0, -1, False
    prev_end, prev_joins = -2, False
    parts = _CAPLIKE_SPLIT_RE.split(text)
    offsets = accumulate(map(len, parts))
    for start, end, word in zip(offsets, offsets, parts[1::2], strict=False):
        if word in mod._FUNCTION_WORDS or not word[0].isupper() or word.isupper():
            continue
        while start >= block_end and bi + 1 < len(blocks):
            bi += 1
            block, block_end = blocks[bi].index, blocks[bi].end
            in_title = block in title
        before = text[start - 1] if start else "\n"
        if before == " ":
            before = text[start - 2] if start > 1 else "\n"
        initial = in_title or start in initial_starts or before in marks
        possessive = end < len(text) and text[end] in "'’" and mod._POSS_RE.match(text, end) is not None
        tok = Tok(start, end, word, initial, block, possessive, True)
        m.toks.append(tok)
        if not initial:
            mids.append(word)
        if prev_joins and start == prev_end + 1 and text[prev_end] == " ":
            run.append(tok)
        else:
            if run:
                m.runs.append(run)
            run = [tok]
        prev_end, prev_joins = end, not possessive
    if run:
        m.runs.append(run)
    m.cap_counts.update(map(itemgetter(2), m.toks))
    m.mid_counts.update(mids)
    m.folded_counts.update(m.lower_counts)
    m.folded_counts.update(map(str.lower, map(itemgetter(2), m.toks)))
    return m


def _contents(m: Mentions) -> tuple[Any, ...]:
    """Every field, in order, with the types of the token fields (True is not 1 here)."""
    types = [tuple(type(x).__name__ for x in t) for t in m.toks]
    counters = [list(c.items()) for c in (m.cap_counts, m.mid_counts, m.lower_counts, m.folded_counts)]
    return m.toks, types, m.runs, counters


def _articles(name: str, text: str) -> list[Article]:
    try:
        return load_articles(name, text, format_of(name))
    except PartialInputError as e:  # (Markdown with unterminated front matter: still an article)
        return list(e.articles)


def _assert_same(text: str, names: tuple[str, ...] = ("a.txt", "a.md")) -> None:
    for name in names:
        for article in _articles(name, text):
            assert _contents(mod.compute(article)) == _contents(_reference(article)), (name, article.text)


_PIECES = ("The Biden biden said Anna Varga Varga's Varga’s dogs' dogs’ it's don't NATO US NATO's Émile émigré "
           "'quoted' ‘quoted’ Putin well-known O'Neill O'Neill's Jean-Luc 3rd 1990s ǅemal Ǆ Ⅻ Ⓐbc 𝐀bc a𝐀 İstanbul "
           "ß Ж жук ² ½ ٣ s S 's ’s 'S A's-b a's-b a'sb X’s-Y The’s Mr In After “Yes,” — ( : ? ! . , ; _ - ' ’ "
           "a b A B x-y X-Y -x x- -X X- _x x_ _X X_ A_b a_b a__b A--B a--b é É x'-y X'-Y").split()
_SEPS = [" ", " ", " ", "  ", "", "\n", ". ", "-", "'", "’", "_", "\n\n", "\t", "—"]
_CHARS = "aAsSbBxX'’-_ .\n?!:(“‘«—–[„\"1²éÉǅⅫⓐⒶ𝐀ßİ\u0301\t"


def test_compute_agrees_with_the_two_scans_on_random_text() -> None:
    rng = random.Random(11)
    for _ in range(1500):
        if rng.random() < 0.5:
            text = "".join(rng.choice(_PIECES) + rng.choice(_SEPS) for _ in range(rng.randint(0, 40)))
        else:
            text = "".join(rng.choice(_CHARS) for _ in range(rng.randint(0, 50)))
        _assert_same(text)


def test_compute_agrees_whatever_the_neighbouring_character() -> None:
    """Every character before, after and inside lower-case and capitalised words (BMP, some astral)."""
    for code in [*range(0x20, 0x2100), *range(0x2100, 0x110000, 97)]:
        c = chr(code)
        if 0xD800 <= code < 0xE000:
            continue
        _assert_same(f"{c}ab x{c} {c}Ab Ab{c} a{c}b A{c}B Ab{c}s ab{c}s {c}\n\nOn{c} to{c}Al The{c}s", ("a.txt",))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=_CHARS + "yYzZ0", max_size=60))
def test_compute_agrees_with_the_two_scans(text: str) -> None:
    _assert_same(text)


def test_lower_counts_order_is_first_occurrences() -> None:
    """Tokens left out for a neighbour do not move a word's first occurrence."""
    (article,) = load_articles("a.txt", "-x y x z_ z 'y' w w-\n", format_of("a.txt"))
    counts = mod.compute(article).lower_counts
    assert list(counts.items()) == [("y", 1), ("x", 1), ("z", 1), ("w", 1)]
    assert counts == Counter(_LOWER_RE.findall(article.text))

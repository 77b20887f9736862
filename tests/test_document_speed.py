"""The fast paths of Article's shared analyses against the definitions they replaced."""

from __future__ import annotations

import re
from itertools import accumulate, repeat
from operator import itemgetter
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint_news.document import _ASTRAL_RE, _WORD_SPLIT_RE, Article, Token, _bmp_word_split, _memoised
from lint_news.formats.plaintext import load

_TRICKY = "aZé9_-'’ .,\n\t\u00a0İıΣσςΟΔ\u0301ß\u4e2d\u0661\U0001d400\U0001f600\ud800"
texts = st.text(alphabet=st.sampled_from(_TRICKY) | st.characters(), max_size=120)


def _greedy(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The split regex as it was: its tail greedy, not possessive."""
    assert pattern.pattern.endswith(")*+)")
    return re.compile(pattern.pattern[:-2] + ")")


def words_before(article: Article) -> tuple[list[Token], list[int]]:
    """``Article.words`` (and the ``_word_starts`` it left) as it was defined before."""
    text = article.text
    split = _WORD_SPLIT_RE if not text.isascii() and _ASTRAL_RE.search(text) else _bmp_word_split()
    parts = _greedy(split).split(text)
    offsets = list(accumulate(map(len, parts)))
    starts = offsets[:-1:2]
    return list(map(tuple.__new__, repeat(Token), zip(starts, offsets[1::2], parts[1::2], strict=False))), starts


def lower_words_before(article: Article) -> list[str]:
    return list(map(str.lower, map(itemgetter(2), article.words)))


@given(texts)
def test_the_possessive_split_regexes_split_as_the_greedy_ones(text: str) -> None:
    assert _WORD_SPLIT_RE.split(text) == _greedy(_WORD_SPLIT_RE).split(text)
    if not _ASTRAL_RE.search(text):
        assert _bmp_word_split().split(text) == _greedy(_bmp_word_split()).split(text)


def _check(raw: str) -> None:
    article = load("t.txt", "Headline\n\n" + raw.replace("\r", " "))[0]
    expected, starts = words_before(article)
    words = article.words
    assert words == expected
    assert all(type(w) is Token for w in words)
    assert article._word_starts == starts
    assert article.lower_words == lower_words_before(article)
    article.release()
    article.words  # noqa: B018
    del article.__dict__["word_texts"]  # word_texts and lower_words without the by-product
    assert article.lower_words == lower_words_before(article)


@given(texts)
def test_words_and_lower_words_as_before(text: str) -> None:
    _check(text)


@pytest.mark.parametrize("text", ["", "a", " ", "İstanbul ΟΔΟΣ. ΟΔΟΣ’Α", "don’t rock-'n'-roll --x- 'y'", "x\U0001f600y z",
                                  "end-", "-start", "’90s", "a’’b a--b a-’b", "\u00a0\u2028word\u2029"])
def test_words_and_lower_words_at_the_edges(text: str) -> None:
    _check(text)


def test_memoised_computes_once_keeps_the_value_in_the_instance_and_recomputes_after_release() -> None:
    calls: list[int] = []

    class Thing:
        @_memoised
        def value(self) -> list[int]:
            """A value."""
            calls.append(1)
            return [len(calls)]

    assert isinstance(Thing.__dict__["value"], _memoised)
    assert Thing.value.__doc__ == "A value."
    thing: Any = Thing()
    first = thing.value
    assert thing.value is first and thing.__dict__["value"] is first and calls == [1]
    del thing.__dict__["value"]
    assert thing.value == [2]


def test_release_drops_every_memoised_analysis() -> None:
    article = load("t.txt", "Headline\n\nOne two. Three “four”.")[0]
    for name in ("words", "lower_words", "_word_starts", "sentences", "quotes", "folded"):
        getattr(article, name)
    article.release()
    assert set(article.__dict__) & {"words", "_word_starts", "word_texts", "lower_words"} == set()

"""Article's shared analyses: words tokenised as ``WORD_RE`` says, by whichever regex is faster."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from lint_news.document import _WORD_SPLIT_RE, WORD_RE, _bmp_word_split
from lint_news.formats.plaintext import load


def test_the_spelt_out_class_is_exactly_letters_and_digits_on_the_whole_bmp() -> None:
    every = "".join(map(chr, range(0x10000)))  # lone surrogates included
    pattern = _bmp_word_split().pattern
    spelt_out = re.compile(pattern[1 : pattern.index("]") + 1])
    assert spelt_out.findall(every) == re.findall(r"[^\W_]", every)


def words_by_the_reference(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]


@given(st.text(alphabet=st.sampled_from("aZé9_-'’ .\n\u00e9\u4e2d\u0661\U0001d400\U0001f600\ud800") | st.characters(),
               max_size=80))
def test_words_match_the_reference_tokeniser(text: str) -> None:
    article = load("t.txt", "Headline\n\n" + text.replace("\r", " "))[0]
    assert [tuple(w) for w in article.words] == words_by_the_reference(article.text)
    if all(ord(ch) < 0x10000 for ch in text):  # the spelt-out class serves text within the BMP
        assert _bmp_word_split().split(text) == _WORD_SPLIT_RE.split(text)


def test_astral_text_uses_the_general_regex() -> None:
    text = "Headline\n\nThe \U0001d400lpha team met 𝐁ob’s crew 😀today."
    article = load("t.txt", text)[0]
    assert [tuple(w) for w in article.words] == words_by_the_reference(article.text)

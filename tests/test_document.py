"""Article's shared analyses: words tokenised as ``WORD_RE`` says, by whichever regex is faster;
sentence ends told from abbreviations as the regex of the reference says."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from lint_news.document import _WORD_SPLIT_RE, WORD_RE, _bmp_word_split
from lint_news.formats.plaintext import load
from lint_news.text.segment import ABBREVIATIONS, _is_abbreviation


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


@given(st.text(alphabet=st.sampled_from("aZé9_-'’ .\n\U0001d400"), max_size=40))
def test_word_starts_left_by_words_match_the_tokens(text: str) -> None:
    article = load("t.txt", "Headline\n\n" + text)[0]
    fresh = load("t.txt", "Headline\n\n" + text)[0]
    assert fresh._word_starts == [w.start for w in fresh.words]  # computed first, from words
    assert article.words and article._word_starts == [w.start for w in article.words]  # left behind by words
    article.release()
    assert "_word_starts" not in article.__dict__


_TOKEN_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")  # what _is_abbreviation told with a regex


def is_abbreviation_by_the_reference(text: str, dot: int) -> bool:
    m = _TOKEN_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    return len(word) == 1 or word in ABBREVIATIONS or re.fullmatch(r"[a-z](?:\.[a-z])+", word) is not None  # initials


@given(st.text(alphabet=st.sampled_from("aAbBmMrRsStTeEgG.\n .,'’é1"), max_size=20), st.sampled_from(list(ABBREVIATIONS)))
def test_abbreviations_match_the_reference_regex(text: str, abbreviation: str) -> None:
    for sample in (text, text + abbreviation, abbreviation.upper() + text, text + "\n" + abbreviation + "\n"):
        sample += "."
        for dot in (i for i, ch in enumerate(sample) if ch == "."):
            assert _is_abbreviation(sample, dot) == is_abbreviation_by_the_reference(sample, dot), (sample, dot)

"""Fast paths of G102, C112 and B104 against the plain definitions they replaced.

Each reference below is the rule's former code; the rule must report exactly what it reported,
on texts built from the characters where fast paths go wrong (apostrophes, hyphens, line breaks,
non-ASCII and astral letters, capitals, digits and units).
"""

from __future__ import annotations

from itertools import compress, count, islice

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.context import Context
from lint_news.document import Article
from lint_news.formats.plaintext import load
from lint_news.rules import b104_midsentence_capital as b104
from lint_news.rules import c112_unit_conversion as c112
from lint_news.rules import g102_repeated_word as g102

# -- references: the rules' former code -------------------------------------------------------


def g102_reference(article: Article) -> list[tuple[int, int]]:
    """G102's matches, tried at the starts of words the next word begins with (lower case)."""
    text, words, lower = article.text, article.words, article.lower_words
    starts = {words[i].start for i in compress(count(), map(str.startswith, islice(lower, 1, None), lower))}
    starts.update(m.start(1) for joined in g102._JOINED_REPEATS for m in joined.finditer(text))
    found, end = [], 0
    for start in sorted(starts):
        if start < end:
            continue
        m = g102._REPEAT.match(text, start)
        if m is None:
            continue
        end = m.end()
        if m.group(1) in g102._ALLOWED or "\n" in m.group(2) or g102._legitimate(text, m.start(), m.group(1)):
            continue
        found.append((m.start(), m.end()))
    return found


def g102_plain(article: Article) -> list[tuple[int, int]]:
    """G102's definition: every match of the pattern in a scan of the text, less the doubles English allows."""
    text = article.text
    return [(m.start(), m.end()) for m in g102._REPEAT.finditer(text)
            if m.group(1) not in g102._ALLOWED and "\n" not in m.group(2) and not g102._legitimate(text, m.start(), m.group(1))]


def c112_reference(text: str) -> list[tuple[int, int]]:
    """The matches of _PAIR that C112 goes on to test, searched in every anchor's window."""
    if "(" not in text and ", or " not in text:
        return []
    found, last = [], 0
    for anchor in c112._START.finditer(text):
        m = c112._PAIR.search(text, max(last, anchor.start() - 40), anchor.end() + 60)
        if m is None or m.end() <= last:
            continue
        last = m.end()
        found.append((m.start(), m.end()))
    return found


def c112_fast(text: str) -> list[tuple[int, int]]:
    """The same loop as C112's check, with its prefilter."""
    if "(" not in text and ", or " not in text:
        return []
    found, last = [], 0
    for anchor in c112._START.finditer(text):
        window = (max(last, anchor.start() - 40), anchor.end() + 60)
        m = c112._PAIR.search(text, *window) if c112._SECOND.search(text, *window) else None
        if m is None or m.end() <= last:
            continue
        last = m.end()
        found.append((m.start(), m.end()))
    return found


# -- inputs ----------------------------------------------------------------------------------

_PIECES = ["the", "The", "the-end", "to", "to-do", "well-to", "it's", "it’s", "x'the", "café", "Café", "İ", "ǅ",
           "\U0001d400", "😀", "a", "A", "ask", "Asks", "ASKS", "told", "call", "on", "allies", "support", "end",
           "If", "When", "We", "Were", "There", "Therefore", "But", "said", "week", "(", ")", ", or", ",", "-", "'",
           "’", "40", "1,200", "3.5", "twelve", "forty-two", "a hundred", "feet", "ft", "metres", "m", "km", "°C",
           "C", "F", "35C", "95F", "lb", "kg", "about", "over", "km/h", "mph", "sq ft", "_", "é", "k", "K"]
_SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", "\t", "", "-", "’", "'", ". ", ", ", "\u00a0", "\u2009"]

pieces_text = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=30).map(
    lambda parts: "".join(p + s for p, s in parts))
tricky_text = pieces_text | st.text(alphabet=st.sampled_from("aeht tT-'’\n(),.4oF°CmIfW\u00e9\U0001d400_"), max_size=60)


def _article(body: str) -> Article:
    return load("t.txt", "Headline\n\n" + body.replace("\r", " "))[0]


def _spans(rule: object, article: Article) -> list[tuple[int, int, str]]:
    return [(f.span.start, f.span.end, f.message) for f in rule.check(article, Context())]  # type: ignore[attr-defined]


# -- G102 --------------------------------------------------------------------------------------


@settings(max_examples=400)
@given(tricky_text)
def test_g102_finds_what_the_former_code_and_a_full_scan_find(body: str) -> None:
    article = _article(body)
    rule = g102.RepeatedWord()
    pairs = {(f.span.start, f.span.end) for f in rule._repeated_pairs(article)}  # two words twice: not in the former code
    found = [(s, e) for s, e, _ in _spans(rule, article) if (s, e) not in pairs]
    assert found == g102_reference(article) == g102_plain(article)


@pytest.mark.parametrize("body", ["the the end", "the the-end", "well-to to go", "it’s s’s", "x'the the-y",
                                  "the\nthe", "The the the", "aba-aba aba-aba", "to to-do", "the the",
                                  "line-up up to", "whatever happens happens", "sit-in in in"])
def test_g102_cases(body: str) -> None:
    article = _article(body)
    rule = g102.RepeatedWord()
    pairs = {(f.span.start, f.span.end) for f in rule._repeated_pairs(article)}  # two words twice: not in the former code
    found = [(s, e) for s, e, _ in _spans(rule, article) if (s, e) not in pairs]
    assert found == g102_reference(article) == g102_plain(article)


# -- C112 --------------------------------------------------------------------------------------

_MEASURES = st.lists(st.sampled_from(["40", "12", "1,200", "3.5", "twelve", "often", "forty-two", "a hundred", "feet",
                                      "foot", "metres", "metre", "-metre", "m", "km", "°C", "C", "F", "35C", "86F", "lb",
                                      "kg", "(", "( ", ")", ", or", ", or ", ",\tor ", "about", "just over",
                                      "approx.", "km/h", "sq ft", "square feet", "²", "x", "and", "–", " ", "\n"]),
                     max_size=40).map(" ".join)


@settings(max_examples=400)
@given(_MEASURES | tricky_text)
def test_c112_windows_give_the_former_matches(text: str) -> None:
    assert c112_fast(text) == c112_reference(text)


def test_c112_prefilter_keeps_a_conversion() -> None:
    text = "The whale measured 15 metres (15 feet) and a 40-foot (12-metre) boat, or 40 feet, or 12 metres, ok."
    assert c112_fast(text) == c112_reference(text) != []


# -- B104 --------------------------------------------------------------------------------------


@settings(max_examples=400)
@given(tricky_text)
def test_b104_gate_agrees_with_the_full_pattern(text: str) -> None:
    assert bool(b104._ANY_MID_CAPITAL.search(text)) == bool(b104._MID_CAPITAL.search(text))


@pytest.mark.parametrize("text", ["said If the", "said  If the", "said If The", "said\nIf the", "said Were they",
                                  "said We were", "x Therefore y", "X If the", "If the", "said Whereas a",
                                  "é If the", "said Thereforea b"])
def test_b104_gate_cases(text: str) -> None:
    assert bool(b104._ANY_MID_CAPITAL.search(text)) == bool(b104._MID_CAPITAL.search(text))

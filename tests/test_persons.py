"""text.persons: the word lists behind the pronoun-drift rules, and what V102's fast scan assumes of them."""

from __future__ import annotations

import re
from typing import Any

from lint_news.text.persons import FEMALE_GIVEN_NAMES


def test_no_given_name_holds_a_capital_after_a_non_word_character() -> None:
    """V102 finds given names as substrings, one scan without overlaps, then confirms each with its
    name pattern: a listed name with a capital inside ("Mary-Ann") could hide the start of another
    ("Ann") from that scan."""
    assert FEMALE_GIVEN_NAMES
    assert [name for name in FEMALE_GIVEN_NAMES if re.search(r"\W[A-ZÀ-Þ]", name)] == []



_PERSON_ALPHABET = [
    *"IiWwMmOoUuYyesrlfvx_1 .-/'’\n\u00e9\u0130\U0001d400",
    "I", "we", "We", "my", "My", "our", "Our", "us", "me", "you", "You", "your", "Your", "myself", "ourselves",
    "yourself", "Myself", "MY", "Yourself", "Ourselves", "yourselves", "Us", "Me", "wee", "mine", "i"]


def _person_spans(pattern: Any, text: str, pos: int, endpos: int) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text, pos, endpos)]


def test_person_pattern_is_its_definition() -> None:
    """V101's _PERSON (first letters as one class, the rest picked by lookbehinds) finds what
    ``\\b(I|we|...)\\b(?![/.]\\w)`` finds, also with pos and endpos (the headline scan)."""
    import random

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from lint_news.rules.v101_person_drift import _PERSON, _PERSON_REF

    ref = re.compile(_PERSON_REF)
    fast = _PERSON
    rng = random.Random(11)
    for _ in range(20000):
        text = "".join(rng.choice(_PERSON_ALPHABET) for _ in range(rng.randint(0, 8)))
        pos, endpos = rng.randint(0, len(text)), rng.randint(0, len(text))
        assert _person_spans(fast, text, 0, len(text)) == _person_spans(ref, text, 0, len(text)), text
        assert _person_spans(fast, text, pos, endpos) == _person_spans(ref, text, pos, endpos), (text, pos, endpos)

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(_PERSON_ALPHABET), max_size=12).map("".join))
    def check(text: str) -> None:
        assert _person_spans(fast, text, 0, len(text)) == _person_spans(ref, text, 0, len(text))

    check()


def test_given_names_file_is_sorted_and_one_sex_each() -> None:
    from lint_news.resources import data_file
    from lint_news.text.persons import given_names

    rows = [line.split("\t") for line in data_file("names", "given_names.tsv").read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    names = [name for name, _ in rows]
    assert names == sorted(names) and len(set(names)) == len(names)
    assert {sex for _, sex in rows} == {"f", "m"}
    female, male = given_names()
    assert female.isdisjoint(male)
    assert {"Helena", "Angela"} <= female and {"Peter", "Mohammed"} <= male
    assert not {"Andrea", "Jean", "Kim", "Sasha"} & (female | male)  # used for both sexes somewhere

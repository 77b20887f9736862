"""lint_news.text.fuzzy gives rapidfuzz's scores and orders exactly, before and after the switch."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from lint_news.text import fuzzy

_TEXT = st.text(alphabet=st.sampled_from("aeiounrstlBDÉéöß’'- \u00e9\U0001d400"), max_size=70)


@given(_TEXT, _TEXT)
@settings(max_examples=3000)
def test_python_ratio_is_rapidfuzz_ratio_to_the_bit(a: str, b: str) -> None:
    assert fuzzy.python_ratio(a, b) == fuzz.ratio(a, b)


@given(_TEXT, st.lists(_TEXT, max_size=12), st.sampled_from([0, 50, 79.0, 80, 88, 100]),
       st.sampled_from([None, 1, 2, 3]))
@settings(max_examples=500)
def test_extract_is_rapidfuzz_extract(query: str, choices: list[str], cutoff: float, limit: int | None) -> None:
    expected = process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff, limit=limit)
    assert fuzzy.extract(query, choices, cutoff, limit) == [tuple(hit) for hit in expected]
    one = process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=cutoff)
    assert fuzzy.extract_one(query, choices, cutoff) == (None if one is None else tuple(one))


def test_long_strings_and_equal_scores_in_list_order() -> None:
    a, b = "Zbyszko" * 40, "Zbysko" * 45  # more bits than a machine word
    assert fuzzy.python_ratio(a, b) == fuzz.ratio(a, b)
    assert fuzzy.extract("ab", ["ba", "ab", "x", "ab"], 0, None) == [("ab", 100.0, 1), ("ab", 100.0, 3),
                                                                      ("ba", 50.0, 0), ("x", 0.0, 2)]


def test_rapidfuzz_takes_over_after_the_first_comparisons(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fuzzy, "_calls", 0)
    monkeypatch.setattr(fuzzy, "_fuzz", None)
    monkeypatch.setattr(fuzzy, "_process", None)
    assert fuzzy.ratio("Scholz", "Schulz") == fuzz.ratio("Scholz", "Schulz") and fuzzy._fuzz is None
    assert fuzzy.ratio_function() is fuzzy.ratio
    fuzzy.extract("Scholz", ["Schulz"] * fuzzy.SWITCH_AFTER, 80, 2)
    assert fuzzy._fuzz is fuzz and fuzzy.ratio_function() is fuzz.ratio
    assert fuzzy.extract_one("Scholz", ["Olaf", "Schulz"], 80) == ("Schulz", fuzz.ratio("Scholz", "Schulz"), 1)

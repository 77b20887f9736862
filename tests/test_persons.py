"""text.persons: the word lists behind the pronoun-drift rules, and what V102's fast scan assumes of them."""

from __future__ import annotations

import re

from lint_news.text.persons import FEMALE_GIVEN_NAMES


def test_no_given_name_holds_a_capital_after_a_non_word_character() -> None:
    """V102 finds given names as substrings, one scan without overlaps, then confirms each with its
    name pattern: a listed name with a capital inside ("Mary-Ann") could hide the start of another
    ("Ann") from that scan."""
    assert FEMALE_GIVEN_NAMES
    assert [name for name in FEMALE_GIVEN_NAMES if re.search(r"\W[A-ZÀ-Þ]", name)] == []


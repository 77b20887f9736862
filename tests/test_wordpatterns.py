"""Regexes built from word lists."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from lint_news.wordpatterns import prefix_tree


@given(st.lists(st.text(alphabet="abn -.", min_size=1, max_size=5), min_size=1, max_size=8, unique=True),
       st.text(alphabet="abn -.x", max_size=40))
def test_prefix_tree_matches_as_the_longest_first_alternation(words: list[str], text: str) -> None:
    """prefix_tree(words) finds what "|".join(words, longest first) finds, where it finds it."""
    tree = re.compile(prefix_tree(words))
    plain = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert prefix_tree(["an", "anna", "anne", "b"]) == "(?:an(?:n(?:a|e))?|b)"

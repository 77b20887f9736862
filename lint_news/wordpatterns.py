"""Regexes built from word lists, shared by the rules and the fact analyses."""

from __future__ import annotations

import re
from collections.abc import Iterable


def prefix_tree(words: Iterable[str]) -> str:
    """A regex for any of the words, factored by prefix: "An(?:gela|n(?:a|e))".

    The regex engine then tests each letter once instead of trying every word in turn. Where
    several words match at one place, the longest is tried first, as in ``facts.kb.alternation``; under
    (?i) that holds only for words in one case.
    """
    tails: dict[str, list[str]] = {}
    for w in words:
        tails.setdefault(w[:1], []).append(w[1:])
    optional = "" in tails
    tails.pop("", None)
    branches = [re.escape(c + rest[0]) if len(rest) == 1 else re.escape(c) + prefix_tree(rest)
                for c, rest in sorted(tails.items())]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return "(?:" + body + ")?" if optional else body

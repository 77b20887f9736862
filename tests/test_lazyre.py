"""lint_news.lazyre: patterns compiled on first use behave as re.compile's."""

from __future__ import annotations

import pickle
import re

from lint_news.lazyre import LazyPattern, lazy_compile

TEXT = "Talks in Oslo, then talks in Geneva."


def test_not_compiled_until_used() -> None:
    lazy = lazy_compile(r"(?P<verb>talks) in (?P<place>[A-Z]\w+)", re.IGNORECASE)
    assert "search" not in vars(lazy) and lazy.pattern.startswith("(?P<verb>")
    assert lazy.search(TEXT) is not None
    assert "search" in vars(lazy)  # later calls go straight to the compiled pattern's method


def test_every_method_matches_re() -> None:
    source, flags = r"(talks) in (\w+)", re.IGNORECASE
    eager = re.compile(source, flags)
    for method, args in [("search", (TEXT, 3)), ("match", (TEXT,)), ("fullmatch", ("talks in Oslo",)),
                         ("findall", (TEXT,)), ("split", (TEXT,)), ("sub", (r"\2", TEXT)), ("subn", ("x", TEXT, 1))]:
        lazy = lazy_compile(source, flags)  # fresh: the first call is the one that compiles
        got, want = getattr(lazy, method)(*args), getattr(eager, method)(*args)
        if isinstance(want, re.Match):
            assert isinstance(got, re.Match) and got.span() == want.span() and got.groups() == want.groups()
        else:
            assert got == want, method
    lazy = lazy_compile(source, flags)
    assert [m.span() for m in lazy.finditer(TEXT)] == [m.span() for m in eager.finditer(TEXT)]
    assert lazy_compile(r"(?P<a>x)").groupindex == {"a": 1}


def test_pickles_as_its_source() -> None:
    lazy = lazy_compile(r"\bin\b", re.IGNORECASE)
    lazy.search(TEXT)
    copy = pickle.loads(pickle.dumps(lazy))
    assert isinstance(copy, LazyPattern) and copy.flags == lazy.flags and copy.findall(TEXT) == ["in", "in"]

"""rules/regex-cache.json (tools/build_regex_cache.py) must give exactly what re.compile gives."""

from __future__ import annotations

import json
import re
from array import array

import pytest

from lint_news.registry import regex_cache_stamp
from lint_news.resources import read_text


def test_cached_regexes_are_the_compiled_ones() -> None:
    data = json.loads(read_text("regex-cache.json"))
    if data["stamp"] != regex_cache_stamp():
        pytest.skip(f"cache made for {data['stamp']}, not this Python: it is ignored here")
    import _sre
    from re import _compiler  # type: ignore[attr-defined]

    assert data["patterns"]
    for pattern, flags, final_flags, code, groups, groupindex, indexgroup in data["patterns"]:
        cached = _sre.compile(pattern, final_flags, array("I", bytes.fromhex(code)).tolist(), groups, groupindex,
                              tuple(indexgroup))
        fresh = _compiler.compile(pattern, flags)
        assert cached == fresh, pattern  # Pattern equality compares flags, pattern and code
        assert (cached.flags, cached.groups, cached.groupindex) == (fresh.flags, fresh.groups, fresh.groupindex)


def test_preloaded_patterns_are_found_by_re_compile() -> None:
    data = json.loads(read_text("regex-cache.json"))
    if data["stamp"] != regex_cache_stamp():
        pytest.skip("cache made for another Python")
    pattern, flags = data["patterns"][0][:2]
    from lint_news.registry import preload_regexes

    preload_regexes()
    assert re.compile(pattern, flags).pattern == pattern

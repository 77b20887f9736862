"""report.indented_json: the same text as json.dumps(value, indent=N, ensure_ascii=True), faster."""

from __future__ import annotations

import json
import math
from enum import IntEnum
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint_news.report import indented_json

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text()  # floats include NaN and infinities
keys = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
                      | st.dictionaries(keys, inner, max_size=4), max_leaves=30)


@given(values, st.sampled_from([0, 1, 2, 4]))
def test_same_text_as_the_standard_library(value: Any, indent: int) -> None:
    assert indented_json.dumps(value, indent) == json.dumps(value, indent=indent, ensure_ascii=True)


class Level(IntEnum):
    LOW = 1


class Label(str):
    pass


def test_subclasses_lone_surrogates_and_special_floats() -> None:
    value = {"enum": Level.LOW, "label": Label("x\"y"), "surrogate": "a\ud800b", "nan": math.nan, "inf": [math.inf, -math.inf],
             "nested": {"empty": {}, "list": [], "tuple": (1, "é")}}
    expected = json.dumps(value, indent=1, ensure_ascii=True)
    assert indented_json.dumps(value, 1) == expected
    assert json.loads(expected)["surrogate"] == "a\ud800b"  # still valid JSON that reads back


def test_not_serialisable_raises_type_error_as_json_does() -> None:
    for bad in ({"a": {1, 2}}, [object()], {(1, 2): "tuple key"}):
        with pytest.raises(TypeError):
            json.dumps(bad, indent=1)
        with pytest.raises(TypeError):
            indented_json.dumps(bad, 1)


@given(values, st.sampled_from([1, 2]), st.integers(0, 3))
def test_a_value_nested_deeper_as_the_standard_library_writes_it(value: Any, indent: int, level: int) -> None:
    nested: Any = value
    for _ in range(level):
        nested = [nested]
    pad = " " * indent
    # json.dumps of [[...[value]...]]: each list opens a line one level deeper, then value at ``level``
    opening = "".join("[\n" + pad * (n + 1) for n in range(level))
    closing = "".join("\n" + pad * n + "]" for n in reversed(range(level)))
    assert opening + indented_json.dumps(value, indent, level) + closing == json.dumps(nested, indent=indent,
                                                                                      ensure_ascii=True)

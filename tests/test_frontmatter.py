"""lint_news.formats.frontmatter: front matter read without PyYAML reads exactly as PyYAML reads it."""

from __future__ import annotations

import datetime
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.formats.frontmatter import simple_yaml, split_front_matter


def _typed(value: Any) -> Any:
    """``value`` with every type spelled out: True == 1 and a date == its twin must not pass for equal."""
    if isinstance(value, dict):
        return [(_typed(k), _typed(v)) for k, v in value.items()]
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return type(value).__name__, value


def _pyyaml(raw: str) -> Any:
    data = yaml.safe_load(raw)
    return {} if data is None else data


@pytest.mark.parametrize("raw", [
    'title: "Storm closes schools across the coast"\ndescription: "Officials urge caution"\ndate: 2024-03-14\n',
    "title: Storm closes schools, thousands stay home\nauthor: Ana Lopes\n",
    "title: 'Talks resume in Geneva'\r\nslug: talks-resume\r\n",
    "title: He said \"later\" and left\n\ncategory: World\n",
    "title:   Extra spaces stay inside  the value   \n",
    "title: Élection présidentielle\nplace: Genève\n",
    "title: First\ntitle: Second\n",  # a repeated key: the later value wins
    "",
    "\n\n",
])
def test_plain_front_matter_is_read_without_pyyaml_exactly_as_pyyaml_reads_it(raw: str) -> None:
    data = simple_yaml(raw)
    assert data is not None
    assert _typed(data) == _typed(_pyyaml(raw))


@pytest.mark.parametrize("raw", [
    "tags: [world, politics]\n",  # flow sequence
    "tags:\n  - world\n",  # nesting
    "published: yes\n",  # a boolean
    "yes: title\n",  # a boolean key
    "draft: null\n",
    "count: 12\n",  # a number
    "date: 2024-02-30\n",  # no such day: PyYAML decides
    "time: 2024-03-14 10:00:00\n",
    "title: Talks: day two\n",  # a colon could end the key
    "title: Talks # draft\n",  # a comment
    'title: "Line\\nbreak"\n',  # an escape
    "title: 'It''s done'\n",
    "title: \"unclosed\n",
    "title: tab\there\n",
    "title: a\u2028b\n",  # a YAML line break inside a line
    "title: a\rb\n",
    "  title: indented\n",
    "# a comment line\ntitle: x\n",
    "title:\n",  # empty: null
    "title:no-space\n",
    "-title: x\n",
    "title: |\n  block\n",
    "title: x\n...\n",
])
def test_anything_else_is_left_to_pyyaml(raw: str) -> None:
    assert simple_yaml(raw) is None


_KEYS = st.sampled_from(["title", "Title", "date", "a-b", "x_1", "y", "n", "on", "Off", "NULL", "true", "ttl",
                         "k" * 127, "k" * 128, "k" * 129, "k" * 1025, "1title", "ti tle", "é"])
_SEPARATORS = st.sampled_from([": ", ":  ", ":", ":\t", " : ", ": \t"])
_VALUE_CHARS = st.sampled_from([*"aZé—' \"#:-,[]{}|>!&*%@`\\0123456789.\t\r\x85\xa0\u2028\ufeff", "😀", "~"])
_VALUES = st.one_of(
    st.sampled_from(["yes", "No", "null", "~", "true", "1", "0x1F", "1.5", ".inf", "2024-03-14", "2024-13-01",
                     "2024-3-14", "2024-03-14T10:00:00", "'a'", '"a"', "''", '""', "'It''s'", '"a\\"b"', "=",
                     "<<", "Talks resume", "a, b", "a [b]", "It's", "x ", " x"]),
    st.text(_VALUE_CHARS, max_size=12),
    st.builds(lambda q, s: q + s + q, st.sampled_from(["'", '"']), st.text(_VALUE_CHARS, max_size=8)),
)
_LINES = st.one_of(
    st.builds(lambda k, sep, v: k + sep + v, _KEYS, _SEPARATORS, _VALUES),
    st.sampled_from(["", " ", "# note", "- item", "  nested: x", "---", "..."]),
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(_LINES, max_size=4), st.sampled_from(["\n", "\r\n"]))
def test_whatever_is_read_without_pyyaml_is_what_pyyaml_reads(lines: list[str], newline: str) -> None:
    raw = newline.join(lines) + newline
    data = simple_yaml(raw)
    if data is None:
        return  # left to PyYAML
    assert _typed(data) == _typed(_pyyaml(raw))  # and PyYAML did not raise


# Lines of the accepted shape, with a character or a word that may make them something else
_NEAR_SIMPLE = st.builds(
    lambda k, sep, v: k + sep + v,
    st.sampled_from(["title", "slug", "y", "a-b", "on", "Null", "k" * 1025]),
    st.sampled_from([": ", ":  "]),
    st.one_of(
        st.builds(lambda a, b: a + b, st.sampled_from(list("aTéЖ")), st.text(_VALUE_CHARS, max_size=10)),
        st.builds(lambda q, s: q + s + q, st.sampled_from(["'", '"']), st.text(_VALUE_CHARS, max_size=10)),
        st.from_regex(r"[0-9]{4}-[0-9]{2}-[0-9]{2}( ?|T?[0-9:]{0,8})", fullmatch=True),
    ),
)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.one_of(_NEAR_SIMPLE, st.sampled_from(["", " "])), min_size=1, max_size=4),
       st.sampled_from(["\n", "\r\n"]))
def test_lines_of_the_accepted_shape_read_as_pyyaml_reads_them(lines: list[str], newline: str) -> None:
    raw = newline.join(lines) + newline
    data = simple_yaml(raw)
    if data is not None:
        assert _typed(data) == _typed(_pyyaml(raw))


def test_dates_are_dates() -> None:
    assert simple_yaml("date: 2024-03-14\n") == {"date": datetime.date(2024, 3, 14)}


def test_other_front_matter_still_goes_through_pyyaml() -> None:
    fm = split_front_matter("a.md", "---\ntitle: Storm\ntags: [a, b]\n---\nBody.\n")
    assert fm is not None and fm.data == {"title": "Storm", "tags": ["a", "b"]} and fm.problem is None
    bad = split_front_matter("a.md", "---\ntitle: [unclosed\n---\nBody.\n")
    assert bad is not None and bad.data == {} and bad.problem is not None and "malformed YAML" in bad.problem

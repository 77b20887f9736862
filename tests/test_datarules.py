"""Each entry of each YAML data rule flags its own `flag` examples and passes its `pass` ones."""

from __future__ import annotations

import pytest

from lint_news.datarules import DataRule
from lint_news.registry import default_registry
from ruletesting import flagged_texts, run_rule

ENTRIES = [
    (rule.info.code, n, kind, example)
    for rule in default_registry()
    if isinstance(rule, DataRule)
    for n, entry in enumerate(rule.entries)
    for kind, examples in (("flag", entry.flag), ("pass", entry.passes))
    for example in examples
]


@pytest.mark.parametrize(("code", "n", "kind", "example"), ENTRIES, ids=lambda v: str(v)[:40])
def test_entry_example(code: str, n: int, kind: str, example: object) -> None:
    found = flagged_texts(run_rule(code, example), code)
    if kind == "flag":
        assert found, f"{code} entry {n} should flag {example!r}"
    else:
        assert not found, f"{code} entry {n} should pass {example!r} but flagged {found}"

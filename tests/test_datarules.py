"""Each entry of each YAML data rule flags its own `flag` examples and passes its `pass` ones."""

from __future__ import annotations

import copy
import re

import pytest

from lint_news.datarules import DataRule, literal_test
from lint_news.document import Article
from lint_news.findings import Span
from lint_news.formats.plaintext import load
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


def _full_scan(rule: DataRule, article: Article) -> list[tuple[int, int, str]]:
    """The regex entries run over every block in scope, with no literal test: what the gates may skip."""
    out = []
    for e, regex in rule._regex_entries:
        for block in article.blocks:
            if block.kind in rule.block_kinds:
                for m in regex.finditer(article.text, block.start, block.end):
                    if m.end() > m.start():
                        out.extend((f.span.start, f.span.end, f.message) for f in rule._emit(article, e, Span(m.start(), m.end()), m))
    return sorted(out)


PHRASE_RULES = [rule for rule in default_registry() if isinstance(rule, DataRule) and rule.kind != "block" and rule._regex_entries]


@pytest.mark.parametrize("rule", PHRASE_RULES, ids=lambda r: r.info.code)
def test_literal_gates_skip_nothing_a_full_scan_finds(rule: DataRule) -> None:
    """Every flag example of every regex entry, in one article with padding before each (the scan of a
    block starts at most the pattern's width before its literal), found as a full scan finds it."""
    examples = [ex for e, _ in rule._regex_entries for ex in e.flag if isinstance(ex, str)]
    assert examples
    paragraphs = [f"{'Wider context here. ' * (n % 4)}{ex} And {ex.lower()}" for n, ex in enumerate(examples)]
    article = load("a.txt", "Trade talks resume in the capital\n\n" + "\n\n".join(paragraphs) + "\n")[0]
    regex_only = copy.copy(rule)
    regex_only.first_word = {}  # the word-list entries are another path
    found = sorted((f.span.start, f.span.end, f.message) for f in regex_only._check_phrases(article))
    assert found == _full_scan(rule, article) and len(found) >= len(examples)


def test_literal_test_reads_the_run_and_the_width_before_it() -> None:
    assert literal_test(re.compile(r"\bengagement reading\b", re.I)) == (("engagement reading",), 0)
    assert literal_test(re.compile(r"(?:big|large) data centre")) == ((" data centre",), 5)
    assert literal_test(re.compile(r"\w+ly reading")) == (("ly reading",), -1)  # unbounded before: scan the block
    assert literal_test(re.compile(r"\b(?:foo|barr)\b")) == (("foo", "barr"), 0)  # one of the branches' runs
    assert literal_test(re.compile(r"\b(?:fo|ba)\b")) == ((), -1)  # runs under three characters give no test

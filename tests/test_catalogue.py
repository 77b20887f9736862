"""Every rule has docs under the fixed headings and a case file with flag and pass cases."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from lint_news.datarules import DataRule
from lint_news.findings import CATEGORIES
from lint_news.registry import DOC_HEADINGS, Rule, default_registry

CASES = Path(__file__).parent / "cases"
RULES = list(default_registry())


def test_there_are_rules() -> None:
    assert len(RULES) >= 3


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.info.code)
def test_rule_has_docs(rule: Rule) -> None:
    info = rule.info
    assert info.summary and len(info.summary) < 120
    assert info.category in CATEGORIES
    missing = [h for h in DOC_HEADINGS if not info.docs.get(h)]
    assert not missing, f"{info.code} docs lack {missing}"


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.info.code)
def test_rule_has_cases(rule: Rule) -> None:
    if isinstance(rule, DataRule):
        assert all(e.flag and e.passes for e in rule.entries)
        return
    path = CASES / f"{rule.info.code}.yaml"
    assert path.is_file(), f"no case file {path.name} for {rule.info.code}"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data["rule"] == rule.info.code
    assert data.get("flag") and data.get("pass"), f"{path.name} needs flag and pass cases"

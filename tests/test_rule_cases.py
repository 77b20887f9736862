"""One runner for every rule's case file in tests/cases/CODE.yaml.

A case file lists `flag` cases (text, the exact `quote` that must be flagged, optionally the
expected first `suggestion`) and `pass` cases (text on which the rule must stay quiet). A case
runs the rule alone, or with the rules it names under `with`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ruletesting import flagged_texts, run_rule

CASES = Path(__file__).parent / "cases"


def _load() -> list[tuple[str, str, int, dict]]:
    out = []
    for path in sorted(CASES.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for kind in ("flag", "pass"):
            for n, case in enumerate(data.get(kind, [])):
                out.append((data["rule"], kind, n, case))
    return out


@pytest.mark.parametrize(("code", "kind", "n", "case"), _load(), ids=lambda v: str(v)[:30] if not isinstance(v, dict) else "")
def test_case(code: str, kind: str, n: int, case: dict) -> None:
    result = run_rule(code, case)
    found = flagged_texts(result, code)
    if kind == "pass":
        assert found == [], f"{code} should stay quiet but flagged {found}"
        return
    quote = case["quote"]
    assert quote in found, f"{code} should flag {quote!r}; flagged {found}"
    if "suggestion" in case:
        assert result.article is not None
        hits = [f for f in result.findings if f.rule == code and result.article.slice(f.span) == quote]
        firsts = [f.suggestions[0].replacement for f in hits if f.suggestions]
        assert case["suggestion"] in firsts, f"{code}: expected suggestion {case['suggestion']!r}, got {firsts}"

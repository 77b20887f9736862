"""The garble score: bounded, monotone in the evidence, normalised by length; --fail-score triages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lint_news.findings import Finding, Severity, Span
from lint_news.scoring import garble_score

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def f(rule: str = "P101", category: str = "punctuation", severity: Severity = "warning", confidence: float = 0.9) -> Finding:
    return Finding(rule, "x", category, severity, "m", Span(0, 1), confidence=confidence)


def test_clean_is_zero_and_scores_stay_in_range() -> None:
    assert garble_score([], 300) == 0
    assert garble_score([f(str(i), "contradiction", "error", 1.0) for i in range(500)], 10) == 100


def test_heavier_evidence_scores_higher() -> None:
    one = garble_score([f()], 300)
    assert 5 < one < 30, "one warning in a 300-word article is worth a look, not an alarm"
    assert garble_score([f(severity="error")], 300) > one > garble_score([f(severity="info")], 300)
    assert garble_score([f(confidence=0.4)], 300) < one
    assert garble_score([f(category="contradiction")], 300) > garble_score([f(category="readability")], 300)


def test_length_normalisation_with_a_floor_for_briefs() -> None:
    findings = [f(), f("N101", "name")]
    assert garble_score(findings, 1200) < garble_score(findings, 300)
    assert garble_score(findings, 40) == garble_score(findings, 150)


def test_repeats_of_one_rule_count_less() -> None:
    same = garble_score([f("S102", "spelling") for _ in range(10)], 400)
    varied = garble_score([f(f"S{i:03}", "spelling") for i in range(10)], 400)
    assert garble_score([f("S102", "spelling")], 400) < same < varied


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lint_news", "check", "--select", "P101", *args],
                          capture_output=True, text=True, cwd=cwd)


def test_fail_score_fails_only_articles_above_it(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text("Talks\n\nThey met on Friday.Negotiators left. It ended.Nobody won.\n")
    (tmp_path / "mild.txt").write_text("Talks\n\n" + "The talks went on all day. " * 60 + "It ended.Nobody won.\n")
    report = json.loads(cli("--format", "json", "bad.txt", "mild.txt", cwd=tmp_path).stdout)
    bad, mild = (entry["score"] for entry in report["files"])
    assert bad > mild > 0
    middle = f"{(bad + mild) / 2:.1f}"
    assert cli("--fail-score", middle, "mild.txt", cwd=tmp_path).returncode == 0
    failing = cli("--fail-score", middle, "bad.txt", "mild.txt", cwd=tmp_path)
    assert failing.returncode == 1 and "1 article above the fail score" in failing.stderr
    assert cli("--fail-score", "100", "bad.txt", cwd=tmp_path).returncode == 0
    # the config key does the same; an explicit --fail-level takes over from it
    (tmp_path / ".lint-news.toml").write_text(f"fail-score = {middle}\n")
    assert cli("mild.txt", cwd=tmp_path).returncode == 0
    assert cli("bad.txt", cwd=tmp_path).returncode == 1
    assert cli("--fail-level", "warning", "mild.txt", cwd=tmp_path).returncode == 1


@pytest.mark.skipif(not (SHARED / "corpus" / "clean").is_dir(), reason="../shared/corpus is not beside the checkout")
def test_score_separates_garbled_from_clean_articles() -> None:
    garbled = sorted((SHARED / "corpus" / "garbled").glob("*.txt"))
    clean = sorted((SHARED / "corpus" / "clean").glob("*.txt"))
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", "json", *map(str, garbled + clean)],
                          capture_output=True, text=True)
    scores: dict[str, list[float]] = {"garbled": [], "clean": []}
    for e in json.loads(proc.stdout)["files"]:
        scores[Path(e["path"]).parent.name].append(e["score"])
    pos, neg = scores["garbled"], scores["clean"]
    auc = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg) / (len(pos) * len(neg))
    print(f"garble score ROC AUC {auc:.3f} over {len(pos)} garbled and {len(neg)} clean articles")
    assert auc >= 0.85


def test_score_is_the_documented_formula() -> None:
    import math

    from lint_news.scoring import CATEGORY_WEIGHT, SEVERITY_WEIGHT, contributions

    findings = [f("P101", "punctuation", "info", 0.3), f("N101", "name", "error", 1.2), f("P101", "punctuation"),
                f("P101", "punctuation", "error", 0.5), f("N101", "name", "warning", -1.0), f("P101", "punctuation")]
    weight = {"punctuation": 0.0, "name": 0.0}
    for rule in ("P101", "N101"):
        weights = sorted((SEVERITY_WEIGHT[x.severity] * max(0.0, min(x.confidence, 1.0)) * CATEGORY_WEIGHT[x.category]
                          for x in findings if x.rule == rule), reverse=True)
        for k, w in enumerate(weights, start=1):
            weight[findings[0].category if rule == "P101" else "name"] += w / math.sqrt(k)
    assert contributions(findings) == weight
    density = 1000.0 * sum(weight.values()) / 150
    assert garble_score(findings, 90) == round(100.0 * (1.0 - math.exp(-density / 20.0)), 1)
    assert garble_score([], 90) == 0.0 and isinstance(garble_score([], 90), float)

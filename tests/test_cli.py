"""The command line: subcommands, formats, exit statuses and the options added for workflows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint_news.cli import build_parser, main

GLUED = "Talks\n\nThey met on Friday.Negotiators left.\n"


def test_every_format_is_offered() -> None:
    parser = build_parser()
    args = parser.parse_args(["check", "--format", "sarif", "x.md"])
    assert args.format == "sarif" and args.paths == ["x.md"]
    for fmt in ("text", "json", "sarif", "github", "html"):
        assert parser.parse_args(["check", "--format", fmt]).format == fmt
    fix = parser.parse_args(["fix", "--unsafe-fixes", "--diff", "a.txt"])
    assert fix.command == "fix" and fix.unsafe_fixes and fix.diff


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html"])
def test_each_format_writes_to_output_and_exits_one_on_findings(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "a.txt").write_text(GLUED)
    out = tmp_path / f"report.{fmt}"
    assert main(["check", "--select", "P101", "--format", fmt, "-o", str(out), str(tmp_path / "a.txt")]) == 1
    text = out.read_text(encoding="utf-8")
    assert "Friday" in text
    if fmt in ("json", "sarif"):
        json.loads(text)


def test_exit_statuses(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").write_text(GLUED)
    (tmp_path / "ok.txt").write_text("Talks\n\nThey met on Friday. Negotiators left.\n")
    assert main(["check", "--select", "P101", str(tmp_path / "ok.txt")]) == 0
    assert main(["check", "--select", "P101", str(tmp_path / "a.txt")]) == 1
    assert main(["check", "--select", "P101", "--fail-level", "error", str(tmp_path / "a.txt")]) == 0
    assert main(["check", "--select", "P101", str(tmp_path / "missing.txt")]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["check", "--format", "pdf"])
    assert exc.value.code == 2
    capsys.readouterr()


def test_rules_and_rule_docs(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 0
    assert "P101   punctuation.missing-space-after-sentence" in capsys.readouterr().out
    assert main(["rule", "p101"]) == 0
    assert "## Fix safety" in capsys.readouterr().out
    assert main(["rule", "Z999"]) == 2


def test_the_example_workflow_uses_real_options() -> None:
    import shlex

    import yaml

    workflow = Path(__file__).resolve().parent.parent / "examples" / "ci" / "lint-news.yml"
    steps = yaml.safe_load(workflow.read_text(encoding="utf-8"))["jobs"]["lint-news"]["steps"]
    commands = [s["run"].split("||")[0].split("#")[0] for s in steps if "lint-news check" in s.get("run", "")]
    assert len(commands) == 3
    for command in commands:
        args = build_parser().parse_args(shlex.split(command)[1:])
        assert args.command == "check"
        assert args.baseline or args.format == "html"
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)

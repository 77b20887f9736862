"""--format github: workflow commands with positions, titles and GitHub's escaping."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from lint_news.report.github import command, escape_data, escape_property


def test_escaping_follows_the_runner() -> None:
    assert escape_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert escape_property("a,b:c%") == "a%2Cb%3Ac%25"
    assert command("notice", "m: 1, 2", file="x,y.md", line=1) == "::notice file=x%2Cy.md,line=1::m: 1, 2"


def test_cli_prints_one_annotation_per_finding(tmp_path: Path) -> None:
    path = tmp_path / "a, b.txt"
    path.write_text("Talks\n\nThey met on Friday.Negotiators left.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", "github", "--select", "P101", str(path)],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    escaped = str(path).replace(",", "%2C").replace(":", "%3A")
    assert proc.stdout == (
        f"::warning file={escaped},line=3,col=13,endLine=3,endColumn=31,title=P101::"
        "no space after '.' between 'Friday' and 'Negotiators' (suggestion: Friday. Negotiators)\n")


def test_unreadable_file_is_an_error_annotation(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", "github", str(tmp_path / "gone.md")],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert proc.stdout.startswith("::error file=") and "no such file or directory" in proc.stdout

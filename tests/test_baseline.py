"""--baseline: the first run records the backlog; later runs fail only on new findings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BODY = "They met on Friday.Negotiators left. The talks ended.Nobody won.\n"


def cli(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lint_news", "check", "--select", "P101", *args],
                          capture_output=True, text=True, cwd=cwd)


def test_baseline_is_written_then_only_new_findings_fail(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(f"# Talks\n\n{BODY}")
    first = cli(tmp_path, "--baseline", "base.json", "story.md")
    assert first.returncode == 0, first.stdout + first.stderr
    assert "wrote baseline base.json with 2 findings" in first.stderr
    data = json.loads((tmp_path / "base.json").read_text())
    assert {e["path"] for e in data["findings"]} == {"story.md"}
    assert sorted(e["text"] for e in data["findings"]) == ["Friday.Negotiators", "ended.Nobody"]

    # lines move: paragraphs added above, the old findings are still known
    story.write_text(f"# Talks\n\nA new opening paragraph.\n\nAnd another.\n\n{BODY}")
    assert cli(tmp_path, "--baseline", "base.json", "story.md").returncode == 0

    # a new occurrence of the same text is new, and so is a new finding elsewhere
    story.write_text(f"# Talks\n\n{BODY}\nAgain on Friday.Negotiators met. Then it rained.Everyone left.\n")
    proc = cli(tmp_path, "--baseline", "base.json", "--format", "json", "story.md")
    assert proc.returncode == 1
    found = json.loads(proc.stdout)["files"][0]["findings"]
    assert [(f["text"], f["start"]["line"]) for f in found] == [("Friday.Negotiators", 5), ("rained.Everyone", 5)]

    # fixing a baselined finding needs nothing; --update-baseline records today's state
    assert cli(tmp_path, "--baseline", "base.json", "--update-baseline", "story.md").returncode == 0
    assert cli(tmp_path, "--baseline", "base.json", "story.md").returncode == 0


def test_a_bad_baseline_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "base.json").write_text("[1, 2]")
    (tmp_path / "a.txt").write_text("Talks\n\nQuiet.\n")
    proc = cli(tmp_path, "--baseline", "base.json", "a.txt")
    assert proc.returncode == 2 and "not a lint-news baseline" in proc.stderr


def test_paths_are_relative_to_the_baseline_so_any_working_folder_works(tmp_path: Path) -> None:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "story.txt").write_text(f"Talks\n\n{BODY}")
    assert cli(tmp_path, "--baseline", "base.json", "news").returncode == 0
    assert json.loads((tmp_path / "base.json").read_text())["findings"][0]["path"] == "news/story.txt"
    assert cli(tmp_path / "news", "--baseline", "../base.json", "story.txt").returncode == 0

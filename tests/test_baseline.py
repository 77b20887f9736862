"""--baseline: the first run records the backlog; later runs fail only on new findings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from lint_news.baseline import PathSpeller, normalise_path

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


def _reference_normalise_path(path: str, root: Path | None = None) -> str:
    """normalise_path as it was: two Path.resolve() calls for every path."""
    if path == "-":
        return path
    p = Path(path)
    try:
        return p.resolve().relative_to((root or Path.cwd()).resolve()).as_posix()
    except (ValueError, OSError):
        return p.as_posix()


def test_the_path_speller_spells_paths_as_resolving_each_one_did(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each folder is resolved once; symbolic links to folders and to files, ``..`` after a link,
    relative and absolute paths, missing files and paths outside the root are spelt as before."""
    (tmp_path / "repo" / "desk" / "deep").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "far.txt").write_text("x")
    (tmp_path / "repo" / "desk" / "a.txt").write_text("x")
    (tmp_path / "repo" / "desk" / "deep" / "b.md").write_text("x")
    (tmp_path / "repo" / "linked").symlink_to(tmp_path / "repo" / "desk")  # a folder link inside the root
    (tmp_path / "repo" / "out").symlink_to(tmp_path / "elsewhere")  # ... pointing outside it
    (tmp_path / "repo" / "desk" / "alias.txt").symlink_to(tmp_path / "repo" / "desk" / "deep" / "b.md")
    (tmp_path / "repo" / "desk" / "away.txt").symlink_to(tmp_path / "elsewhere" / "far.txt")
    monkeypatch.chdir(tmp_path / "repo")
    paths = ["desk/a.txt", "./desk/a.txt", "desk//deep/b.md", "linked/a.txt", "linked/deep/b.md", "linked/../desk/a.txt",
             "out/far.txt", "out/../repo/desk/a.txt", "desk/alias.txt", "desk/away.txt", "desk/missing.txt",
             "nowhere/missing.txt", "desk", "desk/.", "desk/..", "-", str(tmp_path / "repo" / "desk" / "a.txt"),
             str(tmp_path / "elsewhere" / "far.txt"), "../elsewhere/far.txt", "../repo/linked/a.txt"]
    for root in (None, tmp_path / "repo", tmp_path / "repo" / "linked", tmp_path):
        spell = PathSpeller(root)
        for path in paths * 2:  # the second time from its caches
            assert spell(path) == _reference_normalise_path(path, root) == normalise_path(path, root), (path, root)


def test_a_symbolic_link_loop_is_spelt_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Path.resolve() raises RuntimeError on a loop: it is a file problem to report, not a crash."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "ok.txt").write_text("Talks resume\n\nThe ministers met on Friday.Talks went on.\n", encoding="utf-8")
    assert PathSpeller()("a.txt") == "a.txt"
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", "sarif", "."], capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr, proc.stderr  # 2: files that could not be read
    run = json.loads(proc.stdout)["runs"][0]
    assert {n["message"]["text"] for n in run["invocations"][0]["toolExecutionNotifications"]} == {
        "symbolic link loop; skipped"}
    assert [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in run["results"]] == ["ok.txt"]

"""The pre-commit hooks, run by the real pre-commit (`pre-commit try-repo`) on a fresh repository."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GARBLED = """Harbour talks resume

Union leaders met the port authority on Friday.Negotiators said the talks would go on next week.
"""
CLEAN = """Museum reopens

The city museum reopened on Saturday after a two-year renovation, its director said.
"""


def pre_commit() -> list[str]:
    exe = Path(sys.executable).with_name("pre-commit")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("pre-commit")
    if found:
        return [found]
    if os.environ.get("CI"):
        pytest.fail("pre-commit is missing: install the test extra (pip install -e '.[test]')")
    pytest.skip("pre-commit is not installed (pip install -e '.[test]')")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args], cwd=repo, check=True,
                   capture_output=True)


@pytest.fixture(scope="module")
def env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    home = tmp_path_factory.mktemp("pre-commit-home")
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    environ["PRE_COMMIT_HOME"] = str(home)  # one hook environment for the module's tests
    return environ


def content_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "content"
    (repo / "news").mkdir(parents=True)
    (repo / "news" / "garbled.txt").write_text(GARBLED)
    (repo / "news" / "clean.md").write_text("# " + CLEAN)
    (repo / "notes.py").write_text("x = 'on Friday.Negotiators'\n")  # not an article: the hooks skip it
    git(repo, "init", "-q")
    git(repo, "add", ".")
    return repo


def head() -> str:
    """The checkout's commit: the hooks are tried as committed (others' work in progress stays out)."""
    proc = subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        pytest.skip("not a git checkout: pre-commit try-repo needs one")
    return proc.stdout.strip()


def try_repo(repo: Path, hook: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*pre_commit(), "try-repo", str(ROOT), hook, "--ref", head(), "--all-files", "--verbose"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=900)


def test_lint_news_hook_fails_on_the_garbled_article_only(tmp_path: Path, env: dict[str, str]) -> None:
    repo = content_repo(tmp_path)
    proc = try_repo(repo, "lint-news", env)
    out = proc.stdout + proc.stderr
    assert proc.returncode == 1, out
    assert "news/garbled.txt:3:" in out and "P101" in out
    assert "clean.md:" not in out and "notes.py" not in out


def test_lint_news_fix_hook_fixes_the_file_and_then_passes(tmp_path: Path, env: dict[str, str]) -> None:
    repo = content_repo(tmp_path)
    first = try_repo(repo, "lint-news-fix", env)
    assert first.returncode == 1, first.stdout + first.stderr  # files were modified
    assert "Friday. Negotiators" in (repo / "news" / "garbled.txt").read_text()
    assert (repo / "news" / "clean.md").read_text() == "# " + CLEAN
    git(repo, "add", ".")
    second = try_repo(repo, "lint-news-fix", env)
    assert second.returncode == 0, second.stdout + second.stderr

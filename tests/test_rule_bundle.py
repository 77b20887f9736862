"""The rule modules' code kept in one cached file (registry._exec_bundle): the same modules as an
import, and never stale code after a rule file changes."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint_news.registry import _exec_bundle, module_names


def _package(root: Path, name: str, modules: dict[str, str]) -> None:
    folder = root / name
    folder.mkdir()
    (folder / "__init__.py").write_text("", encoding="utf-8")
    for module, source in modules.items():
        (folder / f"{module}.py").write_text(source, encoding="utf-8")


def _fresh(name: str) -> object:
    for key in [k for k in sys.modules if k == name or k.startswith(name + ".")]:
        del sys.modules[key]
    return importlib.import_module(name)


def test_a_bundle_is_stored_then_executed_and_rebuilt_when_a_file_changes(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    _package(tmp_path, "bundled_rules", {"a_rule": "VALUE = 1\n", "b_rule": "from .a_rule import VALUE\nDOUBLE = VALUE * 2\n"})
    package = _fresh("bundled_rules")
    names = module_names(package.__path__)  # type: ignore[attr-defined]
    assert names == ["a_rule", "b_rule"]

    _exec_bundle(package, names)  # a miss: compiled and stored, nothing executed
    assert "bundled_rules.a_rule" not in sys.modules
    assert any(f.startswith("rules-code-") for f in os.listdir(tmp_path / "cache"))

    package = _fresh("bundled_rules")
    _exec_bundle(package, names)  # a hit: executed from the stored code
    a, b = sys.modules["bundled_rules.a_rule"], sys.modules["bundled_rules.b_rule"]
    assert a.VALUE == 1 and b.DOUBLE == 2
    assert a.__file__ == str(tmp_path / "bundled_rules" / "a_rule.py")
    assert importlib.import_module("bundled_rules.b_rule") is b  # the import system finds the same module

    (tmp_path / "bundled_rules" / "a_rule.py").write_text("VALUE = 5\n", encoding="utf-8")
    package = _fresh("bundled_rules")
    _exec_bundle(package, names)  # the stamps changed: rebuilt, nothing stale executed
    assert "bundled_rules.a_rule" not in sys.modules
    package = _fresh("bundled_rules")
    _exec_bundle(package, names)
    assert sys.modules["bundled_rules.b_rule"].DOUBLE == 10


def test_a_run_from_the_bundle_reports_what_a_run_without_any_cache_reports(tmp_path: Path) -> None:
    article = Path(__file__).resolve().parent.parent / "examples" / "garbled-summit.txt"
    env = {**os.environ, "LINT_NEWS_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("LINT_NEWS_NO_CACHE", None)
    command = [sys.executable, "-m", "lint_news", "check", "--format", "json", str(article)]
    runs = [subprocess.run(command, capture_output=True, text=True, env=env, check=False).stdout for _ in range(2)]
    uncached = subprocess.run(command, capture_output=True, text=True, env={**env, "LINT_NEWS_NO_CACHE": "1"},
                              check=False).stdout
    assert any(f.startswith("rules-code-") for f in os.listdir(tmp_path / "cache"))
    assert runs[0] == runs[1] == uncached
    assert '"rule"' in uncached

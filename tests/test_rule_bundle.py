"""The rule modules' code kept in one cached file (registry._exec_bundle): the same modules as an
import, and never stale code after a rule file changes."""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lint_news.registry import _bundle_key, _exec_bundle, _store_bundle, module_names


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


def _import_all(package: object, names: list[str]) -> None:
    for name in names:
        importlib.import_module(f"{package.__name__}.{name}")  # type: ignore[attr-defined]


def test_a_bundle_is_stored_then_executed_and_rebuilt_when_a_file_changes(tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)  # the bundle is read back from the .pyc files
    monkeypatch.syspath_prepend(str(tmp_path))
    _package(tmp_path, "bundled_rules", {"a_rule": "VALUE = 1\n", "b_rule": "from .a_rule import VALUE\nDOUBLE = VALUE * 2\n"})
    package = _fresh("bundled_rules")
    names = module_names(package.__path__)  # type: ignore[attr-defined]
    assert names == ["a_rule", "b_rule"]
    key = _bundle_key(package, names)
    assert key is not None

    assert not _exec_bundle(package, names, key)  # a miss: nothing executed
    _import_all(package, names)
    _store_bundle(package, names, key)  # the code the import used, kept
    assert any(f.startswith("rules-code-") for f in os.listdir(tmp_path / "cache"))

    package = _fresh("bundled_rules")
    assert _exec_bundle(package, names, key)  # a hit: executed from the stored code
    a, b = sys.modules["bundled_rules.a_rule"], sys.modules["bundled_rules.b_rule"]
    assert a.VALUE == 1 and b.DOUBLE == 2
    assert a.__file__ == str(tmp_path / "bundled_rules" / "a_rule.py")
    assert importlib.import_module("bundled_rules.b_rule") is b  # the import system finds the same module

    # (another size: within the same second Python's own .pyc check sees only the size change)
    (tmp_path / "bundled_rules" / "a_rule.py").write_text("VALUE = 50\n", encoding="utf-8")
    package = _fresh("bundled_rules")
    key = _bundle_key(package, names)
    assert key is not None
    assert not _exec_bundle(package, names, key)  # the stamps changed: nothing stale executed
    _import_all(package, names)
    assert sys.modules["bundled_rules.b_rule"].DOUBLE == 100
    _store_bundle(package, names, key)
    package = _fresh("bundled_rules")
    assert _exec_bundle(package, names, key)
    assert sys.modules["bundled_rules.b_rule"].DOUBLE == 100


def test_no_bundle_is_kept_without_bytecode_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    monkeypatch.setattr(sys, "dont_write_bytecode", True)  # (PYTHONDONTWRITEBYTECODE): nothing to read back
    monkeypatch.syspath_prepend(str(tmp_path))
    _package(tmp_path, "unbundled_rules", {"a_rule": "VALUE = 1\n"})
    package = _fresh("unbundled_rules")
    names = module_names(package.__path__)  # type: ignore[attr-defined]
    key = _bundle_key(package, names)
    assert key is not None
    _import_all(package, names)
    _store_bundle(package, names, key)  # no compiling of its own: nothing stored
    assert not (tmp_path / "cache").exists() or not any(f.startswith("rules-code-") for f in os.listdir(tmp_path / "cache"))


def test_a_stale_bytecode_file_is_never_kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A rule edited where .pyc files are not written (PYTHONDONTWRITEBYTECODE) still has its old .pyc:
    the import compiles the new source, and the bundle must not keep the old bytecode instead."""
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    monkeypatch.syspath_prepend(str(tmp_path))
    _package(tmp_path, "stale_rules", {"a_rule": "VALUE = 1\n"})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    package = _fresh("stale_rules")
    names = module_names(package.__path__)  # type: ignore[attr-defined]
    _import_all(package, names)  # writes a_rule's .pyc
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    (tmp_path / "stale_rules" / "a_rule.py").write_text("VALUE = 222\n", encoding="utf-8")  # (another size)
    package = _fresh("stale_rules")
    key = _bundle_key(package, names)
    assert key is not None
    assert not _exec_bundle(package, names, key)
    _import_all(package, names)
    assert sys.modules["stale_rules.a_rule"].VALUE == 222  # the import compiled the new source
    _store_bundle(package, names, key)
    package = _fresh("stale_rules")
    if _exec_bundle(package, names, key):  # (stored only when the code is the new one)
        assert sys.modules["stale_rules.a_rule"].VALUE == 222
    else:
        _import_all(package, names)
    assert sys.modules["stale_rules.a_rule"].VALUE == 222


def test_a_run_from_the_bundle_reports_what_a_run_without_any_cache_reports(tmp_path: Path) -> None:
    article = Path(__file__).resolve().parent.parent / "examples" / "garbled-summit.txt"
    env = {**os.environ, "LINT_NEWS_CACHE_DIR": str(tmp_path / "cache")}
    env.pop("LINT_NEWS_NO_CACHE", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # the bundle is read back from the .pyc files
    command = [sys.executable, "-m", "lint_news", "check", "--format", "json", str(article)]
    runs = [subprocess.run(command, capture_output=True, text=True, env=env, check=False).stdout for _ in range(2)]
    uncached = subprocess.run(command, capture_output=True, text=True, env={**env, "LINT_NEWS_NO_CACHE": "1"},
                              check=False).stdout
    assert any(f.startswith("rules-code-") for f in os.listdir(tmp_path / "cache"))
    assert runs[0] == runs[1] == uncached
    assert '"rule"' in uncached

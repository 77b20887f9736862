"""lint_news.recache: compiled patterns kept between runs, and never a wrong pattern from it."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from lint_news import recache

# Patterns that exercise the compiler: named groups, inline and argument flags, lookarounds,
# Unicode classes, alternations, backreferences, verbose mode.
PATTERNS: list[tuple[str, int]] = [
    (r"(?P<title>President|Prime Minister)\s+(?P<name>[A-Z]\w+)(?![\w-])", 0),
    (r"(?i:talks) in (?P<place>[^\W\d_]+)", 0),
    (r"(?<![\w'’-])Byden(?![\w]|[-'’]\w)", 0),
    (r"^\s*source link\s*:?\s*$", re.IGNORECASE | re.MULTILINE),
    (r"(\b\w+\b) \1", 0),
    (r"""
        (?P<num> \d{1,3} (?:,\d{3})+ | \d+ (?:\.\d+)? )   # a number
        \s* (?P<unit> km | miles? )                      # a unit
     """, re.VERBOSE),
    ("[“„«\"”»‘'’]", 0),
    ("[\u0400-\u04ff\u4e00-\u9fff]+", 0),
]
TEXT = ("President Byden said talks in Oslo would go on. Prime Minister Støre agreed, agreed.\n"
        "Source link:\n12,500 km or 3.5 miles — «Привет» 你好")

SCRIPT = """
import contextlib, json, re, sys
from re import _compiler
from lint_news import recache
patterns = json.loads(sys.argv[1])
if sys.argv[2].endswith("cache-only"):  # this run must take every pattern from the cache
    _compiler.compile = None
plain_re = sys.argv[2].startswith("serving")  # re.compile itself, inside recache.serving()
out = []
with recache.serving() if plain_re else contextlib.nullcontext():
    for source, flags in patterns:
        p = re.compile(source, flags) if plain_re else recache.compile(source, flags)
        text = sys.argv[3]
        out.append([p.flags, p.groups, dict(p.groupindex), [(m.span(), m.groups()) for m in p.finditer(text)],
                    p.sub("_", text)])
assert re.compile is recache._re_compile
print(json.dumps(out))
"""


def run(cache: Path, mode: str, **env: str) -> tuple[list[object], subprocess.CompletedProcess[str]]:
    environ = {k: v for k, v in os.environ.items() if k != "LINT_NEWS_NO_CACHE"}
    environ.update({"LINT_NEWS_CACHE_DIR": str(cache), **env})
    proc = subprocess.run([sys.executable, "-c", SCRIPT, json.dumps(PATTERNS), mode, TEXT],
                          capture_output=True, text=True, env=environ, check=False)
    return (json.loads(proc.stdout) if proc.returncode == 0 else []), proc


def expected() -> list[object]:
    out: list[object] = []
    for source, flags in PATTERNS:
        p = re.compile(source, flags)
        out.append([p.flags, p.groups, dict(p.groupindex), [[list(m.span()), list(m.groups())] for m in p.finditer(TEXT)],
                    p.sub("_", TEXT)])
    return out


def normal(result: list[object]) -> object:
    return json.loads(json.dumps(result))


def cache_files(cache: Path) -> list[Path]:
    return sorted(cache.glob("regex-*.marshal"))


def test_a_second_run_takes_its_patterns_from_the_cache(tmp_path: Path) -> None:
    first, proc = run(tmp_path, "normal")
    assert proc.returncode == 0, proc.stderr
    assert normal(first) == normal(expected())
    assert len(cache_files(tmp_path)) == 1  # written at exit
    second, proc = run(tmp_path, "cache-only")  # the compiler is gone: only the cache can serve
    assert proc.returncode == 0, proc.stderr
    assert normal(second) == normal(expected())


def test_serving_takes_re_compile_itself_from_the_cache(tmp_path: Path) -> None:
    first, proc = run(tmp_path, "serving")
    assert proc.returncode == 0, proc.stderr
    assert normal(first) == normal(expected())
    second, proc = run(tmp_path, "serving-cache-only")  # no compiler: re.compile served from the cache
    assert proc.returncode == 0, proc.stderr
    assert normal(second) == normal(expected())


def test_serving_puts_re_compile_back_after_an_error() -> None:
    from lint_news import recache

    with pytest.raises(RuntimeError), recache.serving():
        assert re.compile is recache.compile or not recache._enabled
        raise RuntimeError("an import failed")
    assert re.compile is recache._re_compile


def test_markdown_it_compiles_its_patterns_through_the_cache(tmp_path: Path) -> None:
    program = ("from re import _compiler\n"
               "real, count = _compiler.compile, [0]\n"
               "def counted(*args):\n    count[0] += 1\n    return real(*args)\n"
               "_compiler.compile = counted\n"
               "import re\nfrom lint_news import recache\nfrom lint_news.formats import commonmark\n"
               "assert re.compile is recache._re_compile\n"
               "print(count[0])\n")
    environ = {k: v for k, v in os.environ.items() if k != "LINT_NEWS_NO_CACHE"}
    environ["LINT_NEWS_CACHE_DIR"] = str(tmp_path)
    compiled = []
    for _ in range(2):
        proc = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, env=environ, check=True)
        compiled.append(int(proc.stdout))
    first, second = compiled
    assert first >= 30  # markdown-it's own patterns, compiled as it imports
    assert second <= first // 5  # the second import takes them from the cache


def test_no_cache_setting_writes_nothing(tmp_path: Path) -> None:
    result, proc = run(tmp_path, "normal", LINT_NEWS_NO_CACHE="1")
    assert proc.returncode == 0 and normal(result) == normal(expected())
    assert cache_files(tmp_path) == []


@pytest.mark.parametrize("damage", ["garbage", "other-python", "bad-entry"])
def test_a_damaged_or_foreign_cache_is_never_trusted(tmp_path: Path, damage: str) -> None:
    run(tmp_path, "normal")
    [path] = cache_files(tmp_path)
    if damage == "garbage":
        path.write_bytes(b"\x00not marshal")
    else:
        header, entries = marshal.loads(path.read_bytes())
        if damage == "other-python":
            header = (header[0], "2.7.18 (default)", *header[2:])
        else:  # a truncated program: the regex engine's own check must refuse it
            entries = {key: (e[0], e[1][: len(e[1]) // 2], *e[2:]) for key, e in entries.items()}
        path.write_bytes(marshal.dumps((header, entries)))
    result, proc = run(tmp_path, "normal")
    assert proc.returncode == 0, proc.stderr
    assert normal(result) == normal(expected())


def test_an_unwritable_cache_folder_is_not_an_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result, proc = run(blocker / "cache", "normal")  # makedirs fails: a file is in the way
    assert proc.returncode == 0 and proc.stderr == "" and normal(result) == normal(expected())


def test_where_the_cache_lives(monkeypatch: pytest.MonkeyPatch) -> None:
    from lint_news import recache

    monkeypatch.delenv("LINT_NEWS_CACHE_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert recache.cache_dir() == os.path.join("/somewhere", "lint-news")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert recache.cache_dir() == os.path.join(os.path.expanduser("~"), ".cache", "lint-news")
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", "/explicit")
    assert recache.cache_file().startswith("/explicit" + os.sep) and sys.implementation.cache_tag in recache.cache_file()


def test_debug_flag_and_bytes_bypass_the_cache() -> None:
    from lint_news import recache

    assert recache.compile(rb"ab+", 0).pattern == rb"ab+"  # type: ignore[arg-type]
    assert recache.compile("ab+", re.IGNORECASE).search("xABBy") is not None


def test_tables_keyed_by_file_stamps_get_a_file_per_installation(tmp_path: Path) -> None:
    one, two = tmp_path / "one" / "people.yaml", tmp_path / "two" / "people.yaml"
    for path in (one, two):
        path.parent.mkdir()
        path.write_text("people:\n  - Anna Varga\n", encoding="utf-8")
    assert recache.stamped_name("gazetteer", [one]) != recache.stamped_name("gazetteer", [two])
    assert recache.stamped_name("gazetteer", [one]) == recache.stamped_name("gazetteer", [one])
    assert recache.stamped_name("gazetteer", [one]).startswith("gazetteer-")

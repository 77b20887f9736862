"""The default path (`lint-news check FILE`) must not import the heavy optional parts.

Checked by module name in a fresh interpreter, not by timing: a pre-commit hook starts one
process per run, so every import on this path is paid on every commit.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = (
    "language_tool_python",  # the LanguageTool grammar rules: only with --languagetool
    "textstat",  # readability figures: only when a readability rule is selected
    "dask", "distributed", "pyarrow", "pandas",  # `lint-news corpus`
    "multiprocessing", "concurrent.futures",  # `check --jobs`: only when a pool starts
    "spacy", "torch", "nltk", "symspellpy", "harper",
)

SCRIPT = """
import json, sys
from lint_news.cli import main
status = main(sys.argv[1:])
print(json.dumps(sorted(sys.modules)))
"""


def loaded_modules(*args: str) -> set[str]:
    proc = subprocess.run([sys.executable, "-c", SCRIPT, *args], capture_output=True, text=True, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    return set(json.loads(proc.stdout.strip().splitlines()[-1]))


def heavy(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m in HEAVY or m.split(".")[0] in HEAVY)


def test_check_one_file_imports_nothing_heavy(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Talks resume in the capital\n\nThe ministers met on Friday.Negotiators said little.\n",
                       encoding="utf-8")
    modules = loaded_modules("check", "--format", "json", str(article))
    assert "lint_news.engine" in modules  # the run did happen
    assert heavy(modules) == []
    assert "markdown_it" not in modules and "lint_news.formats.html" not in modules  # loaders load on first use


def test_markdown_and_jsonl_import_nothing_heavy(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_text("---\ntitle: Talks resume\n---\n\nThe ministers met on Friday.\n", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"title": "Talks resume", "body": "They met on Friday."}\n', encoding="utf-8")
    assert heavy(loaded_modules("check", str(tmp_path / "a.md"), str(tmp_path / "b.jsonl"))) == []


def test_plain_front_matter_is_read_without_pyyaml(tmp_path: Path) -> None:
    article = tmp_path / "a.md"
    article.write_text("---\ntitle: Talks resume\ndate: 2024-03-14\n---\n\nThe ministers met on Friday.\n",
                       encoding="utf-8")
    modules = loaded_modules("check", str(article))
    assert "lint_news.formats.markdown" in modules and "yaml" not in modules  # (frontmatter.simple_yaml)
    other = tmp_path / "b.md"
    other.write_text("---\ntitle: Talks resume\ntags: [world]\n---\n\nThe ministers met on Friday.\n",
                     encoding="utf-8")
    assert "yaml" in loaded_modules("check", str(other))  # a list: PyYAML reads it


def test_listing_rules_imports_nothing_heavy() -> None:
    assert heavy(loaded_modules("rules")) == []


def test_plain_check_skips_what_it_does_not_use(tmp_path: Path) -> None:
    """Start-up costs that a text-format run without a config file must not pay."""
    article = tmp_path / "story.txt"
    article.write_text("Talks resume in the capital\n\nThe ministers met on Friday.\n", encoding="utf-8")
    modules = loaded_modules("check", str(article))
    assert "lint_news.report.text" in modules
    unused = {"lint_news.report.html", "lint_news.report.sarif", "lint_news.report.json_report",  # other formats
              "lint_news.archive.sources", "tomllib",  # `corpus`; config files (none here)
              "importlib.resources", "tempfile",  # the rules/ folder is found without them
              "dataclasses", "inspect"}  # records on this path are plain classes (lint_news.records)
    assert sorted(unused & modules) == []


def test_shipped_patterns_compile_on_first_use_only(tmp_path: Path) -> None:
    from lint_news.datarules import DataRule
    from lint_news.lazyre import LazyPattern
    from lint_news.registry import default_registry

    entries = [e for rule in default_registry() if isinstance(rule, DataRule) for e in rule.entries]
    lazy = [e.regex for e in entries if isinstance(e.regex, LazyPattern)]
    assert lazy and all(p.compiled().pattern == p.pattern for p in lazy)  # every shipped pattern is valid


def test_start_up_skips_shutil_and_unrelated_pyproject(tmp_path: Path) -> None:
    """argparse's help formatter would import shutil (and bz2, lzma) for the terminal width; a
    pyproject.toml that does not mention lint-news is not worth the TOML parser."""
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "newsroom-site"\n', encoding="utf-8")
    article = tmp_path / "story.txt"
    article.write_text("Talks resume in the capital\n\nThe ministers met on Friday.\n", encoding="utf-8")
    modules = loaded_modules("check", str(article))
    assert "lint_news.engine" in modules
    assert sorted({"shutil", "tomllib"} & modules) == []


def test_a_news_article_with_names_is_checked_without_rapidfuzz(tmp_path: Path) -> None:
    """The name rules make their first comparisons in Python (lint_news.text.fuzzy): importing
    rapidfuzz costs more than the few dozen comparisons of one article."""
    article = tmp_path / "story.txt"
    article.write_text("Talks resume in the capital\n\nChancellor Olaf Schultz met Emmanuel Macron on Friday. "
                       "Scholz said Macron agreed. Aides to Scholz and Schulz said little. Schols left at noon. "
                       "Scholz will return.\n", encoding="utf-8")
    modules = loaded_modules("check", "--format", "json", str(article))
    assert "lint_news.text.fuzzy" in modules  # names were compared
    assert not any(m.split(".")[0] == "rapidfuzz" for m in modules)

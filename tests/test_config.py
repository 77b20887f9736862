"""Issue 9.2: malformed config and rules, unknown codes and user patterns give a clear one-line error;
a user's catastrophic regex cannot hang the run."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from lint_news.config import KNOWN_KEYS, ConfigFinder, load_file
from lint_news.datarules import USER_REGEX_TIMEOUT, BoundedPattern, load_user_rules
from lint_news.engine import Engine, Options
from lint_news.errors import ConfigError, LintNewsError
from lint_news.registry import Registry, default_registry

GOOD = "Talks resume\n\nThe ministers met on Friday.Negotiators left the hall.\n"
RULE = """\
code: X101
name: house.banned-word
category: boilerplate
severity: warning
kind: phrase
summary: House style bans a few words.
docs: {what: Banned words., why: House style., example: "a café", fix: Reword., safety: Unsafe.}
entries:
"""


def write_rules(folder: Path, entries: str, name: str = "house.yaml", header: str = RULE) -> Path:
    path = folder / name
    path.write_text(header + entries, encoding="utf-8")
    return path


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lint_news", *args], cwd=cwd, capture_output=True, text=True,
                          check=False)


def one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode == 2, proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert any(all(n in line for n in needles) for line in (proc.stdout + proc.stderr).splitlines()), (
        needles, proc.stdout, proc.stderr)


@pytest.mark.parametrize(("config", "problem"), [
    ("select = [\n", "malformed TOML"),
    ("select = 'P101'\nbogus = 1\n", "unknown option(s) 'bogus'"),
    ("select = ['Q999']\n", "select: unknown rule code or prefix 'Q999'"),
    ("[severity]\nP101 = 'fatal'\n", "'severity' must map codes"),
    ("[per-file-ignores]\n'*.txt' = ['NOPE1']\n", "unknown rule code or prefix 'NOPE1'"),
    ("extra-rules = ['missing.yaml']\n", "extra-rules file"),
    ("fail-level = 3\n", "'fail-level' must be"),
    ("max-file-size = 'big'\n", "'max-file-size' must be a number of megabytes"),
])
def test_bad_config_is_one_line_and_exit_2(tmp_path: Path, config: str, problem: str) -> None:
    (tmp_path / ".lint-news.toml").write_text(config, encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    one_line_error(cli("check", "a.txt", cwd=tmp_path), "a.txt", problem)


def test_a_bad_config_in_one_folder_does_not_stop_the_others(tmp_path: Path) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / ".lint-news.toml").write_text("select = [", encoding="utf-8")
    (tmp_path / "bad" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    proc = cli("check", "bad/a.txt", "b.txt", cwd=tmp_path)
    one_line_error(proc, "malformed TOML")
    assert "b.txt:3:" in proc.stdout


def test_unknown_code_on_the_command_line(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    one_line_error(cli("check", "--select", "ZZ9", "a.txt", cwd=tmp_path), "unknown rule code or prefix 'ZZ9'")
    one_line_error(cli("rule", "Q123", cwd=tmp_path), "unknown rule code 'Q123'")


def test_known_keys_are_all_parsed(tmp_path: Path) -> None:
    """KNOWN_KEYS and parse() stay in sync: every known key is accepted with a sensible value."""
    values = {"select": "['P']", "ignore": "[]", "extend-select": "[]", "per-file-ignores": "{}",
              "severity": "{}", "fail-level": "'error'", "exclude": "[]", "names": "['Ana Lee']",
              "names-file": "'names.txt'", "languagetool": "'http://localhost:8081'", "fail-score": "40",
              "extra-rules": "['house.yaml']", "max-file-size": "64"}
    assert set(values) == KNOWN_KEYS
    (tmp_path / "names.txt").write_text("Ana Lee\n", encoding="utf-8")
    write_rules(tmp_path, "  - pattern: zebra\n    flag: ['a zebra']\n    pass: ['a horse']\n")
    cfg_file = tmp_path / ".lint-news.toml"
    cfg_file.write_text("".join(f"{k} = {v}\n" for k, v in values.items()), encoding="utf-8")
    cfg = load_file(cfg_file)
    assert cfg is not None and [r.info.code for r in cfg.extra_rules] == ["X101"]


@pytest.mark.parametrize(("body", "problem"), [
    ("entries: [\n", "malformed YAML (line"),
    ("  - regex: '(unclosed'\n    flag: ['x']\n    pass: ['y']\n", "bad regex '(unclosed'"),
    ("  - pattern: zebra\n", "needs 'flag' and 'pass' examples"),
    ("  - pattern: zebra\n    flag: [a]\n    pass: [b]\n    colour: red\n", "unknown key(s) colour"),
])
def test_malformed_user_rules(tmp_path: Path, body: str, problem: str) -> None:
    header = RULE if not body.startswith("entries") else RULE.replace("entries:\n", "")
    write_rules(tmp_path, body, header=header)
    (tmp_path / ".lint-news.toml").write_text("extra-rules = ['house.yaml']\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    one_line_error(cli("check", "a.txt", cwd=tmp_path), "house.yaml", problem)


def test_user_rule_code_clash_and_bad_code(tmp_path: Path) -> None:
    write_rules(tmp_path, "  - pattern: zebra\n    flag: [a zebra]\n    pass: [a horse]\n",
                header=RULE.replace("X101", "P101"))
    (tmp_path / ".lint-news.toml").write_text("extra-rules = ['house.yaml']\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    one_line_error(cli("check", "a.txt", cwd=tmp_path), "uses code P101, already taken")
    bad = write_rules(tmp_path, "  - pattern: zebra\n    flag: [a]\n    pass: [b]\n", "bad.yaml",
                      RULE.replace("X101", "house-1"))
    with pytest.raises(ConfigError, match="bad code 'house-1'"):
        load_user_rules(bad)


def test_user_rules_run_where_their_config_applies(tmp_path: Path) -> None:
    (tmp_path / "desk").mkdir()
    write_rules(tmp_path / "desk",
                "  - pattern: per cent\n    replacement: percent\n    flag: ['5 per cent']\n    pass: ['5 percent']\n")
    (tmp_path / "desk" / ".lint-news.toml").write_text("extra-rules = ['house.yaml']\n", encoding="utf-8")
    text = "Rates\n\nA standfirst line\n\nPrices rose 5 per cent in a year and then fell again.\n"
    (tmp_path / "desk" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.txt").write_text(text, encoding="utf-8")
    registry = Registry()
    registry.add(default_registry().get("P101"))  # type: ignore[arg-type]
    results = Engine(Options(), registry).run([str(tmp_path / "desk" / "a.txt"), str(tmp_path / "b.txt")])
    assert [(f.rule, f.suggestions[0].replacement) for f in results[0].findings] == [("X101", "percent")]
    assert results[1].findings == []  # b.txt is outside the folder whose config adds X101


@pytest.mark.parametrize(("pattern", "engine"), [
    (r"(a+)+$", "re2"), (r"(a|aa)+$", "re2"), (r"Z\w+ch", "re2"), (r"\bcafé\b", "regex"), (r"(?<=x)a", "regex"),
    (r"(ab)\1", "regex"),
])
def test_user_patterns_use_re2_when_they_can(pattern: str, engine: str) -> None:
    assert BoundedPattern(pattern, "test").engine == engine


def test_re2_classes_are_unicode_aware() -> None:
    found = BoundedPattern(r"Z\w+ch\s\d", "test").finditer("in Zürich\u00a0٣ and Zurich 3", 0)
    assert [m.group() for m in found] == ["Zürich\u00a0٣", "Zurich 3"]  # ü, no-break space, Arabic-Indic 3
    m = next(BoundedPattern(r"per (cent)", "test").finditer("xx per cent", 1, 11))
    assert (m.start(), m.end(), m.expand(r"\1")) == (3, 11, "cent")


def test_bounded_patterns_match_and_search_like_re() -> None:
    for pattern in (r"Z\w+ch", r"\bZ\w+ch\b"):  # RE2, and the time-limited engine
        bounded = BoundedPattern(pattern, "test")
        assert bounded.match("Zürich today").group() == "Zürich"
        assert bounded.search("in Zürich").group() == "Zürich"
        assert bounded.match("in Zürich") is None


def test_catastrophic_backtracking_is_bounded() -> None:
    text = "a" * 40 + "!"
    started = time.perf_counter()
    assert list(BoundedPattern(r"(a|aa)+$", "test").finditer(text)) == []  # RE2: linear time
    assert time.perf_counter() - started < 0.5
    with pytest.raises(LintNewsError, match=r"ran over 1 s on one block \(catastrophic backtracking"):
        list(BoundedPattern(r"\b(a|aa)+$", "house.yaml entry 1").finditer(text))
    assert time.perf_counter() - started < USER_REGEX_TIMEOUT * 20  # unbounded, (a|aa)+ on 40 a's takes hours


def test_a_hanging_user_rule_is_skipped_with_a_message(tmp_path: Path) -> None:
    write_rules(tmp_path, "  - regex: '\\b(a|aa)+$'\n    flag: ['aa']\n    pass: ['b']\n"
                          "  - pattern: zebra\n    flag: [a zebra]\n    pass: [a horse]\n")
    (tmp_path / ".lint-news.toml").write_text("extra-rules = ['house.yaml']\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(GOOD + "\n" + "a" * 40 + "!\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(GOOD, encoding="utf-8")
    proc = cli("check", "a.txt", "b.txt", cwd=tmp_path)
    one_line_error(proc, "a.txt", "rule X101", "ran over 1 s", "rule skipped for this file")
    assert "a.txt:3:" in proc.stdout and "b.txt:3:" in proc.stdout  # the other rules and files went on


def test_explicit_config_without_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"no \[tool.lint-news\] table"):
        ConfigFinder(tmp_path / "pyproject.toml")
    (tmp_path / "a.txt").write_text(GOOD, encoding="utf-8")
    one_line_error(cli("check", "--config", "nothere.toml", "a.txt", cwd=tmp_path), "nothere.toml", "cannot read config")


@pytest.mark.parametrize("scope", ["", "scope: span\n"])
def test_user_block_rules(tmp_path: Path, scope: str) -> None:
    header = RULE.replace("kind: phrase", "kind: block").replace("entries:\n", scope + "entries:\n")
    rules = write_rules(tmp_path, "  - regex: 'Read\\s+more\\b.*'\n    flag: ['Read more at our site']\n"
                                  "    pass: ['We read more books']\n", header=header)
    (tmp_path / ".lint-news.toml").write_text(f"extra-rules = ['{rules.name}']\n", encoding="utf-8")
    text = "Rates\n\nA standfirst line\n\nPrices rose in a year and then fell again.\n\nRead more at our site\n"
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    registry = Registry()
    results = Engine(Options(), registry).run([str(tmp_path / "a.txt")])
    assert not results[0].errors
    article = results[0].article
    assert article is not None
    assert [(f.rule, article.slice(f.span)) for f in results[0].findings] == [("X101", "Read more at our site")]

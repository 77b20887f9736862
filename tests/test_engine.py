"""The engine end to end: discovery, selection, suppression, exit codes, stdin."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint_news.api import check_text
from lint_news.config import Config
from lint_news.context import Context
from lint_news.document import Article
from lint_news.engine import Engine, Options
from lint_news.findings import Finding
from lint_news.loading import decode
from lint_news.registry import Registry, Rule

GARBLED = "Talks resume in the capital\n\nThe ministers met on Friday.Negotiators said progress was slow.\n"
CLEAN = "Talks resume in the capital\n\nThe ministers met on Friday. Negotiators said progress was slow.\n"


def run_cli(*args: str, stdin: str | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lint_news", *args], input=stdin, capture_output=True,
                          text=True, cwd=cwd, check=False)


def test_exit_codes(tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_text(GARBLED, encoding="utf-8")
    (tmp_path / "good.txt").write_text(CLEAN, encoding="utf-8")
    assert run_cli("check", "--select", "P101", str(tmp_path / "good.txt")).returncode == 0
    bad = run_cli("check", "--select", "P101", str(tmp_path / "bad.txt"))
    assert bad.returncode == 1
    assert f"{tmp_path / 'bad.txt'}:3:22: P101" in bad.stdout
    missing = run_cli("check", "--select", "P101", str(tmp_path / "nope.txt"), str(tmp_path / "bad.txt"))
    assert missing.returncode == 2
    assert "nope.txt: error: no such file or directory" in missing.stdout
    assert "bad.txt:3:22: P101" in missing.stdout  # the other file is still linted
    assert "Traceback" not in missing.stderr


def test_usage_error_is_exit_2() -> None:
    proc = run_cli("check", "--format", "nonsense", "x.txt")
    assert proc.returncode == 2
    assert proc.stderr.startswith("lint-news:")


def test_unknown_code_is_a_config_error() -> None:
    proc = run_cli("check", "--select", "ZZ999", "-", stdin=CLEAN)
    assert proc.returncode == 2
    assert "unknown rule code" in proc.stdout + proc.stderr


def test_stdin_with_filename() -> None:
    md = "---\ntitle: Talks resume\n---\n\nThe ministers met on Friday.Negotiators said progress was slow.\n"
    proc = run_cli("check", "--select", "P101", "--stdin-filename", "story.md", "-", stdin=md)
    assert proc.returncode == 1
    assert "story.md:5:22: P101" in proc.stdout


def test_directory_walk_honours_exclude(tmp_path: Path) -> None:
    (tmp_path / "drafts").mkdir()
    (tmp_path / "drafts" / "a.md").write_text(GARBLED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(GARBLED, encoding="utf-8")
    (tmp_path / "notes.py").write_text("x = 1\n", encoding="utf-8")
    (tmp_path / ".lint-news.toml").write_text('exclude = ["drafts/*"]\n', encoding="utf-8")
    results = Engine(Options(select=["P101"])).run([str(tmp_path)])
    assert [Path(r.path).name for r in results] == ["b.txt"]


def test_pyproject_config_and_per_file_ignores(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.lint-news]\nselect = ["P"]\nper-file-ignores = { "wire-*.txt" = ["P101"] }\nseverity = { P101 = "info" }\n',
        encoding="utf-8")
    (tmp_path / "wire-1.txt").write_text(GARBLED, encoding="utf-8")
    (tmp_path / "own.txt").write_text(GARBLED, encoding="utf-8")
    results = {Path(r.path).name: r for r in Engine().run([str(tmp_path)])}
    assert [f.rule for f in results["wire-1.txt"].findings] == []
    assert [(f.rule, f.severity) for f in results["own.txt"].findings] == [("P101", "info")]
    # info is below the default fail level: the run passes
    assert run_cli("check", str(tmp_path / "own.txt")).returncode == 0


def test_inline_suppression_in_markdown() -> None:
    md = (
        "---\ntitle: Talks resume\n---\n\n"
        "<!-- lint-news: disable-next-line P101 -->\n"
        "The ministers met on Friday.Negotiators said progress was slow.\n\n"
        "Officials left on Saturday.Reporters waited.\n\n"
        "<!-- lint-news: disable P -->\n\n"
        "A third meeting ended on Sunday.Nobody spoke.\n\n"
        "<!-- lint-news: enable P -->\n\n"
        "A fourth meeting ended on Monday.Everyone spoke.\n"
    )
    result = check_text(md, "story.md", select=["P101"])[0]
    assert result.article is not None
    assert [result.article.slice(f.span) for f in result.findings] == ["Saturday.Reporters", "Monday.Everyone"]


def test_html_suppression() -> None:
    page = ("<html><body><h1>Talks</h1><!-- lint-news: disable P101 --><p>They met on Friday.Nobody spoke.</p>"
            "<!-- lint-news: enable P101 --><p>They met on Monday.Everyone spoke.</p></body></html>")
    result = check_text(page, "page.html", select=["P101"])[0]
    assert result.article is not None
    assert [result.article.slice(f.span) for f in result.findings] == ["Monday.Everyone"]


def test_config_names_are_available_to_rules(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("# our beat\nAda Quartermaine\n", encoding="utf-8")
    cfg = Config(names=["Bo Lindqvist"], names_file=names)
    from lint_news.context import Context

    assert Context(cfg).extra_names == ["Bo Lindqvist", "Ada Quartermaine"]


def test_walk_spells_paths_as_pathlib_and_excludes_as_fnmatch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import fnmatch

    from lint_news.engine import DEFAULT_EXCLUDE, _any_pattern, discover

    patterns = (*DEFAULT_EXCLUDE, "drafts/*", "*.bak.md", "a?c/**/x*y", "[!a]b", "*[*]*")
    names = ["a", "b.md", ".git/x", "x/.git/y", "node_modules/z", "drafts/a.md", "drafts/b/c.md", "old.bak.md",
             "abc/d/xzy", "abc/xy", "bb", "ab", "a*b", "", "A.TXT"]
    matches = _any_pattern(patterns)
    for name in names:
        assert (matches(name) is not None) == any(fnmatch.fnmatch(name, p) for p in patterns), name

    (tmp_path / "sub").mkdir()
    for name in ("a.txt", "B.MD", "c.", "notes.py", "sub/d.html"):
        (tmp_path / name).write_text(CLEAN, encoding="utf-8")
    monkeypatch.chdir(tmp_path)  # "." and "./" must give "a.txt", as str(Path("./a.txt")) does
    engine = Engine(Options())
    for given in (".", "./", str(tmp_path), str(tmp_path) + "//"):
        found = [p for p, _ in discover([given], engine.finder)]
        assert found == [str(Path(given) / n) for n in ("B.MD", "a.txt", "sub/d.html")], given


def test_a_rule_with_some_spans_outside_the_text_keeps_the_others() -> None:
    from collections.abc import Iterable

    from lint_news.findings import Span

    class Mixed(Rule):
        code = "Z997"
        name = "test.mixed"
        category = "grammar"
        summary = "Some spans past the end of the text, returned as a list."

        def check(self, article: object, ctx: object) -> Iterable[Finding]:  # type: ignore[override]
            return [self.finding(Span(0, 4), "in"), self.finding(Span(3, 900), "out"),
                    self.finding(Span(5, 950), "out too"), self.finding(Span(1, 2), "in too")]

    registry = Registry()
    registry.add(Mixed())
    (result,) = Engine(Options(), registry).lint_text("a.txt", decode(CLEAN.encode(), "a.txt"), ".txt", Config())
    assert result.article is not None
    assert [f.message for f in result.findings] == ["in", "in too"]
    assert result.errors == [f"internal error in rule Z997: span 3..900 outside the article "
                             f"({len(result.article.text)} characters); finding dropped (please report it)"]


class CountingCorpusRule(Rule):
    """A cross-file rule for the test: counts its runs, flags every headline."""

    code = "D902"
    name = "test.counting"
    category = "duplicate"
    summary = "test"
    corpus = True
    runs = 0

    def check_corpus(self, articles: list[Article], ctx: Context) -> Iterator[tuple[int, Finding]]:
        type(self).runs += 1
        for i, article in enumerate(articles):
            if article.headline is not None:
                yield i, self.finding(article.headline.span, "seen")


@pytest.mark.parametrize(("options", "per_file", "runs", "flagged"), [
    (Options(), {}, 1, {"a.txt", "b.txt"}),
    (Options(ignore=["D902"]), {}, 0, set()),  # ignored everywhere: never run
    (Options(), {"b.txt": ["D902"]}, 1, {"a.txt"}),  # ignored for one file: run, kept for the other
])
def test_a_cross_file_rule_runs_only_where_selected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, options: Options,
                                                    per_file: dict[str, list[str]], runs: int, flagged: set[str]) -> None:
    monkeypatch.chdir(tmp_path)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(CLEAN, encoding="utf-8")
    if per_file:
        entries = ", ".join(f'"{path}" = ["{codes[0]}"]' for path, codes in per_file.items())
        (tmp_path / ".lint-news.toml").write_text(f"per-file-ignores = {{ {entries} }}\n", encoding="utf-8")
    registry = Registry()
    registry.add(CountingCorpusRule())
    CountingCorpusRule.runs = 0
    results = Engine(options, registry).run(["a.txt", "b.txt"])
    assert CountingCorpusRule.runs == runs
    assert {r.path for r in results if any(f.rule == "D902" for f in r.findings)} == flagged


class HoldsAnalyses(Rule):
    """Test rule: uses the shared word list, and records how many earlier articles still hold theirs."""

    code = "X901"
    name = "test.holds-analyses"
    category = "grammar"
    summary = "test"

    def __init__(self) -> None:
        super().__init__()
        self.seen: list[Article] = []
        self.held: list[int] = []

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        self.held.append(sum("words" in a.__dict__ for a in self.seen))
        if len(article.words) > 3:
            yield self.finding(article.blocks[-1].span, "long enough")
        self.seen.append(article)


def test_a_jsonl_files_articles_release_their_analyses_one_by_one(tmp_path: Path) -> None:
    """Thousands of articles in one file must not hold their analyses (~100 kB each) all at once."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(f'{{"title": "Story {i}", "body": "The talks went on for {i} days in the capital."}}\n'
                            for i in range(20)), encoding="utf-8")
    rule = HoldsAnalyses()
    registry = Registry()
    registry.add(rule)
    results = Engine(Options(), registry).lint_file(str(feed))
    assert len(results) == 20 and all(r.score and r.findings for r in results)  # scored, with their findings
    assert rule.held == [0] * 20
    assert all("words" not in r.article.__dict__ for r in results if r.article is not None)


def test_a_rule_reports_what_it_leaves_to_an_unselected_rule() -> None:
    """U105 leaves a word inside a foreign phrase to U104 and a near-English word to S101, but only
    when those rules run: selected alone it reports them itself."""
    phrase = "Talks on the budget\n\nA report from the capital.\n\nThe vote will take place la semaine prochaine, officials said on Monday.\n"
    near = "Talks on the budget\n\nA report from the capital.\n\nThe council said it was possibile to finish the bridge this year.\n"
    for text, words, other in ((phrase, ["semaine", "prochaine"], "U104"), (near, ["possibile"], "S101")):
        both = check_text(text, select=["U105", other])[0].findings
        assert [f.rule for f in both] == [other]
        alone = check_text(text, select=["U105"])[0].findings
        assert [(f.rule, text[f.span.start:f.span.end]) for f in alone] == [("U105", w) for w in words]


def test_context_runs_every_rule_when_the_selection_is_unknown() -> None:
    assert Context().runs("U104")
    assert Context(codes=frozenset({"U105"})).runs("U105")
    assert not Context(codes=frozenset({"U105"})).runs("U104")

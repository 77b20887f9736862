"""Fixes: source-mapped edits, markup safety, whole-block deletion, atomic writes, the fix command."""

from __future__ import annotations

import codecs
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

from lint_news.context import Context
from lint_news.document import Article
from lint_news.engine import Engine, Options
from lint_news.findings import Finding, Span, Suggestion
from lint_news.fixes import Edit, apply, fix_file, plan
from lint_news.registry import Registry, Rule
from lint_news.rules.p101_missing_space import MissingSpaceAfterSentence

GLUED = "Talks ended late on Friday.Negotiators will meet again."
FIXED = "Talks ended late on Friday. Negotiators will meet again."


def cli(*args: str, cwd: Path | None = None, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "lint_news", *args], capture_output=True, text=True, cwd=cwd,
                          input=stdin)


class ShareBlock(Rule):
    """Test rule: a "Share this article" block is site chrome; its suggestion deletes the block."""

    code = "W990"
    name = "test.share-block"
    category = "boilerplate"
    summary = "share block"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        for block in article.body:
            if article.block_text(block).lower().startswith("share this article"):
                yield self.finding(block.span, "site chrome", [Suggestion("", "safe")])


class Colour(Rule):
    """Test rule: 'colour' -> 'color', an unsafe suggestion."""

    code = "S990"
    name = "test.colour"
    category = "spelling"
    summary = "colour"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        for m in re.finditer(r"\bcolour\b", article.text):
            yield self.finding(Span(m.start(), m.end()), "US spelling", [Suggestion("color", "unsafe")])


class Quoted(Rule):
    """Test rule: a suggestion with quotation marks (harmless in prose, not in a YAML or JSON string)."""

    code = "T990"
    name = "test.quoted"
    category = "tortured-phrase"
    summary = "quoted"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        for m in re.finditer(r"(?<!\")\bpier\b(?!\")", article.text):
            yield self.finding(Span(m.start(), m.end()), "quote it", [Suggestion('"pier"', "safe")])


def engine(*rules: type[Rule]) -> Engine:
    registry = Registry()
    for cls in rules or (MissingSpaceAfterSentence,):
        registry.add(cls())
    return Engine(Options(), registry)


def fixed_text(path: Path, *rules: type[Rule], unsafe: bool = False) -> str:
    outcome = fix_file(engine(*rules), str(path), unsafe)
    assert not isinstance(outcome, str), outcome
    return outcome[0].fixed


def test_fix_command_writes_keeps_bom_crlf_and_mode_and_second_run_is_clean(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    original = f"Harbour talks resume\r\n\r\n{GLUED}\r\nThe mayor spoke.Nobody listened.\r\n"
    path.write_bytes(codecs.BOM_UTF8 + original.encode())
    path.chmod(0o640)
    proc = cli("fix", "--select", "P101", str(path))
    assert proc.returncode == 0, proc.stderr
    assert "fixed 2 problems in 1 file" in proc.stderr
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    assert data[3:].decode() == original.replace("Friday.N", "Friday. N").replace("spoke.N", "spoke. N")
    assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert not [p for p in tmp_path.iterdir() if p.name != "story.txt"], "no temporary file left behind"
    again = cli("fix", "--select", "P101", str(path))
    assert "fixed 0 problems" in again.stderr and path.read_bytes() == data


def test_diff_prints_a_unified_diff_and_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    text = f"# Harbour talks resume\n\n{GLUED}\n"
    path.write_text(text)
    proc = cli("fix", "--diff", "--select", "P101", str(path))
    assert proc.returncode == 1
    assert f"--- a/{path}" in proc.stdout and f"-{GLUED}" in proc.stdout and f"+{FIXED}" in proc.stdout
    assert path.read_text() == text


def test_check_fix_reports_what_is_left(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(f"Harbour talks resume\n\n{GLUED}\n")
    proc = cli("check", "--fix", "--select", "P101", str(path))
    assert proc.returncode == 0 and "Found 0 problems" in proc.stdout
    assert FIXED in path.read_text()


def test_stdin_fix_prints_the_fixed_text() -> None:
    proc = cli("fix", "--select", "P101", "-", stdin=f"Headline\n\n{GLUED}\n")
    assert proc.stdout == f"Headline\n\n{FIXED}\n"


def test_edits_never_cross_markup_or_entities(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text("# Talks\n\nThey met on **Friday**.Negotiators left. *The talks ended.Nobody won.*\n")
    assert fixed_text(md) == "# Talks\n\nThey met on **Friday**.Negotiators left. *The talks ended. Nobody won.*\n"
    html = tmp_path / "a.html"
    html.write_text("<h1>Talks</h1><p>They met on Friday.&#78;egotiators left. The talks ended.Nobody won.</p>")
    assert fixed_text(html) == "<h1>Talks</h1><p>They met on Friday.&#78;egotiators left. The talks ended. Nobody won.</p>"


def test_jsonl_edit_stays_inside_the_json_string(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text('{"title": "Talks", "body": "' + GLUED + '"}\n{"title": "Other", "body": "Quiet day."}\n')
    assert fixed_text(path) == '{"title": "Talks", "body": "' + FIXED + '"}\n{"title": "Other", "body": "Quiet day."}\n'


def test_whole_block_deletion_removes_the_markup_and_one_blank_line(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text("# Talks\n\nFirst paragraph.\n\n## Share this article\n\nSecond paragraph.\n\n- Share this article now\n")
    assert fixed_text(md, ShareBlock) == "# Talks\n\nFirst paragraph.\n\nSecond paragraph.\n"
    listed = tmp_path / "list.md"  # an item in the middle of a list: the list stays one list
    listed.write_text("# Talks\n\nFirst paragraph.\n\n- Share this article now\n- Other item\n")
    assert fixed_text(listed, ShareBlock) == "# Talks\n\nFirst paragraph.\n\n- Other item\n"
    setext = tmp_path / "setext.md"
    setext.write_text("# Talks\n\nFirst paragraph.\n\nShare this article\n------------------\n\nSecond.\n")
    assert fixed_text(setext, ShareBlock) == "# Talks\n\nFirst paragraph.\n\nSecond.\n"
    txt = tmp_path / "a.txt"
    txt.write_text("Talks\r\n\r\nFirst paragraph.\r\n\r\nShare this article\r\n\r\nSecond paragraph.\r\n")
    assert fixed_text(txt, ShareBlock) == "Talks\r\n\r\nFirst paragraph.\r\n\r\nSecond paragraph.\r\n"
    html = tmp_path / "a.html"
    html.write_text("<h1>Talks</h1>\n<p>First.</p>\n<p>Share this article</p>\n<p>Second.</p>\n")
    assert fixed_text(html, ShareBlock) == "<h1>Talks</h1>\n<p>First.</p>\n<p>Second.</p>\n"
    inline = tmp_path / "b.html"  # two blocks on one line: deleting only the text would leave an empty <p>
    inline.write_text("<h1>Talks</h1><p>First.</p><p>Share this article</p>")
    assert fixed_text(inline, ShareBlock) == "<h1>Talks</h1><p>First.</p><p></p>"


def test_unsafe_fixes_only_on_request(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Paint\n\nThe colour faded.\n")
    assert fixed_text(path, Colour) == "Paint\n\nThe colour faded.\n"
    assert fixed_text(path, Colour, unsafe=True) == "Paint\n\nThe color faded.\n"


def finding(span: Span, replacement: str, rule: str = "X101") -> Finding:
    return Finding(rule, "x", "grammar", "warning", "m", span, [Suggestion(replacement, "safe")])


def test_overlapping_edits_wait_for_the_next_round() -> None:
    from lint_news.formats import load_articles

    article = load_articles("a.txt", "Title\n\nabcdefghijkl\n")[0]
    base = article.text.index("abc")
    spans = [(0, 5, "x"), (3, 8, "y"), (8, 8, "!"), (8, 10, "z")]
    pairs = [(article, finding(Span(base + a, base + b), r)) for a, b, r in spans]
    src = article.source.index("abc")
    assert plan(pairs) == [Edit(src, src + 5, "x", "X101"), Edit(src + 8, src + 8, "!", "X101")]
    assert apply("abcdefghijkl", [Edit(4, 4, "-"), Edit(0, 2, "X")]) == "Xcd-efghijkl"
    # a separator the loader made up (between two blocks) is never edited
    assert plan([(article, finding(Span(base - 2, base + 1), ""))]) == []


def test_write_is_atomic_on_a_symlinked_path(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text(f"Headline\n\n{GLUED}\n")
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    assert cli("fix", "--select", "P101", str(link)).returncode == 0
    assert link.is_symlink() and FIXED in real.read_text()


def test_front_matter_values_get_only_plain_edits(tmp_path: Path) -> None:
    md = tmp_path / "a.md"
    md.write_text('---\ntitle: "Talks ended.Nobody won"\n---\n\nThey met on Friday.Negotiators left.\n')
    assert fixed_text(md) == '---\ntitle: "Talks ended. Nobody won"\n---\n\nThey met on Friday. Negotiators left.\n'
    quoted = tmp_path / "b.md"
    quoted.write_text('---\ntitle: "Paint colour"\n---\n\nThe colour faded.\n')
    assert fixed_text(quoted, Colour, unsafe=True) == '---\ntitle: "Paint color"\n---\n\nThe color faded.\n'
    yaml_md = tmp_path / "c.md"
    yaml_md.write_text('---\ntitle: "The pier reopens"\n---\n\nThe pier reopened.\n')
    assert fixed_text(yaml_md, Quoted) == '---\ntitle: "The pier reopens"\n---\n\nThe "pier" reopened.\n'
    feed = tmp_path / "feed.jsonl"
    feed.write_text('{"title": "T", "body": "The pier reopened."}\n')
    assert fixed_text(feed, Quoted) == '{"title": "T", "body": "The pier reopened."}\n'

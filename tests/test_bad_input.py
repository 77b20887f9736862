"""Issue 9.1: every kind of bad input ends with exit 0, 1 or 2 and one line naming the file and the
problem, never a traceback, and the other files of the run are still linted."""

from __future__ import annotations

import codecs
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint_news.config import Config
from lint_news.engine import Engine, FileResult, Options
from lint_news.findings import Span
from lint_news.registry import Registry, Rule, default_registry

GOOD = "Talks resume\n\nThe ministers met on Friday.Negotiators left the hall.\n"
FLAG = "Friday.Negotiators"
COL = GOOD.splitlines()[2].index(FLAG) + 1


def cli(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run([sys.executable, "-m", "lint_news", *args], cwd=cwd, input=stdin,
                          capture_output=True, check=False)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode("utf-8", "replace"),
                                       proc.stderr.decode("utf-8", "replace"))


def engine(select: list[str] | None = None) -> Engine:
    return Engine(Options(select=select or ["P101"]))


def lint_bytes(data: bytes, name: str = "a.txt", select: list[str] | None = None) -> list[FileResult]:
    from lint_news.formats import format_of

    return engine(select).lint_bytes(name, data, format_of(name), Config())


def flagged(result: FileResult) -> list[tuple[str, int, int, str]]:
    """(flagged text, line, column, the source text at the reported offsets) per finding."""
    assert result.article is not None, result.errors
    out = []
    for f in result.findings:
        start, end = result.article.positions(f.span)
        out.append((result.article.slice(f.span), start.line, start.column, result.article.source[start.offset:end.offset]))
    return out


# -- through the real command line ---------------------------------------------------------------
@pytest.fixture
def bad_tree(tmp_path: Path) -> Path:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (tmp_path / "latin1.txt").write_bytes("Head\n\nA café in Zürich.Nothing else\n".encode("latin-1"))
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "unterminated.md").write_text("---\ntitle: Talks\n\nBody text.Here\n", encoding="utf-8")
    (tmp_path / "badyaml.md").write_text("---\ntitle: [oops\n---\nBody text.Here\n", encoding="utf-8")
    (tmp_path / "feed.jsonl").write_text('{"title": "A", "body": "Fine.Here"}\n{broken\n', encoding="utf-8")
    (tmp_path / "broken.html").write_text("<p>Talks <b>ended.Then</i></div><p attr='", encoding="utf-8")
    (tmp_path / "loop.txt").symlink_to(tmp_path / "loop.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "back").symlink_to(tmp_path, target_is_directory=True)  # a folder loop
    return tmp_path


def _no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr + proc.stdout, proc.stderr


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_a_folder_of_bad_files_reports_each_in_one_line_and_lints_the_rest(bad_tree: Path, fmt: str) -> None:
    proc = cli("check", "--format", fmt, ".", "missing.txt", cwd=bad_tree)
    _no_traceback(proc)
    assert proc.returncode == 2
    out = proc.stdout + proc.stderr
    expected = {
        "binary.txt": "binary file", "latin1.txt": "invalid UTF-8 at byte", "empty.md": "empty file",
        "unterminated.md": "unterminated YAML front matter", "badyaml.md": "malformed YAML front matter",
        "feed.jsonl": "1 bad JSON line", "loop.txt": "symbolic link loop", "dangling.txt": "broken symbolic link",
        "missing.txt": "no such file or directory", "back": "symbolic link loop",
    }
    if fmt == "json":
        import json

        report = json.loads(proc.stdout)
        notes = {f["path"]: f.get("errors", []) + f.get("warnings", []) for f in report["files"]}
        out = "\n".join(f"{path}: {note}" for path, found in notes.items() for note in found)
        good = next(f for f in report["files"] if f["path"].endswith("good.txt"))
        assert [f["text"] for f in good["findings"] if f["rule"] == "P101"] == [FLAG]
    for name, problem in expected.items():
        lines = [ln for ln in out.splitlines() if name in ln and problem in ln]
        assert lines, f"no one-line message for {name} ({problem}) in:\n{out}"
    for linted in ("good.txt", "latin1.txt", "unterminated.md", "badyaml.md", "feed.jsonl", "broken.html"):
        assert linted in proc.stdout  # still linted and reported despite its neighbours


def test_unreadable_file(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    locked = tmp_path / "locked.txt"
    locked.write_text(GOOD, encoding="utf-8")
    locked.chmod(0)
    try:
        if os.geteuid() == 0:
            pytest.skip("running as root: permissions do not block reads (see test_unreadable_file_simulated)")
        proc = cli("check", "locked.txt", "good.txt", cwd=tmp_path)
        _no_traceback(proc)
        assert proc.returncode == 2 and "locked.txt: error: Permission denied" in proc.stdout
        assert "good.txt:3:" in proc.stdout
    finally:
        locked.chmod(0o644)


def test_unreadable_file_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "locked.txt").write_text(GOOD, encoding="utf-8")
    real = Engine.read

    def read(self: Engine, path: str, limit: int | None = None) -> bytes:
        if path.endswith("locked.txt"):
            raise PermissionError(13, "Permission denied", path)
        return real(self, path, limit)

    monkeypatch.setattr(Engine, "read", read)
    results = engine().run([str(tmp_path / "locked.txt"), str(tmp_path / "good.txt")])
    assert results[0].errors == ["Permission denied"]
    assert [t for t, *_ in flagged(results[1])] == [FLAG]


def test_binary_stdin_is_one_line(tmp_path: Path) -> None:
    proc = cli("check", "-", cwd=tmp_path, stdin=b"\x00\x01\x02PK\x03\x04" * 100)
    _no_traceback(proc)
    assert proc.returncode == 2 and "-: error: binary file" in proc.stdout


def test_a_directory_named_like_a_file_and_a_fifo_path(tmp_path: Path) -> None:
    (tmp_path / "folder.txt").mkdir()
    (tmp_path / "folder.txt" / "inner.txt").write_text(GOOD, encoding="utf-8")
    proc = cli("check", "folder.txt", cwd=tmp_path)
    _no_traceback(proc)
    assert proc.returncode == 1 and "inner.txt:3:" in proc.stdout


# -- through the engine ------------------------------------------------------------------------------
@pytest.mark.parametrize("bom,codec", [
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"), (b"", "utf-16-le"), (b"", "utf-16-be"),
])
def test_byte_order_marks_and_utf16(bom: bytes, codec: str) -> None:
    (result,) = lint_bytes(bom + GOOD.encode(codec))
    assert flagged(result) == [(FLAG, 3, COL, FLAG)]  # offsets count characters of the decoded text
    assert not result.errors
    if not bom:
        assert result.warnings == [f"no byte-order mark; read as {codec.upper()}"]


def test_invalid_utf8_says_where_and_lints_the_rest() -> None:
    data = b"Head\n\nAbout \xff\xfe money.\n\nThe ministers met on Friday.Negotiators left.\n"
    (result,) = lint_bytes(data)
    assert result.warnings[0].startswith("invalid UTF-8 at byte 12 (line 3, column 7); 2 undecodable")
    assert flagged(result) == [(FLAG, 5, COL, FLAG)]


@pytest.mark.parametrize("nl", ["\r\n", "\r", "\n"])
def test_newlines_keep_positions_end_to_end(nl: str) -> None:
    (result,) = lint_bytes(GOOD.replace("\n", nl).encode())
    assert flagged(result) == [(FLAG, 3, COL, FLAG)]


def test_control_zero_width_and_bidi_characters() -> None:
    text = "Head\x07line\n\n\u202eThe\u200b ministers\u2066 met on Friday.Negotiators left.\x1b[2J\n"
    (result,) = lint_bytes(text.encode())
    assert flagged(result) == [(FLAG, 3, 25, FLAG)]
    assert any("right-to-left override character U+202E at line 3" in w for w in result.warnings)


def test_empty_and_blank_files() -> None:
    assert lint_bytes(b"")[0].warnings == ["empty file; nothing to lint"]
    assert lint_bytes(b" \n\r\n\t", "a.md")[0].warnings == ["blank file; nothing to lint"]
    for name in ("a.txt", "a.md", "a.html", "a.jsonl"):
        (result,) = lint_bytes(b"", name)
        assert not result.errors and not result.findings


def test_binary_file() -> None:
    (result,) = lint_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert result.errors == ["binary file (contains NUL bytes); skipped"] and result.article is None


def test_ten_megabyte_paragraph() -> None:
    body = "The ministers met on Friday and talked. " * (10 * 1024 * 1024 // 40) + "Then Friday.Negotiators left."
    (result,) = lint_bytes(("Head\n\n" + body + "\n").encode())
    assert [t for t, *_ in flagged(result)] == [FLAG]
    assert flagged(result)[0][3] == FLAG


def test_twenty_thousand_nested_elements() -> None:
    html = "<html><body>" + "<div><span>" * 10_000 + "<p>Friday.Negotiators left.</p>" + "</span></div>" * 10_000
    (result,) = lint_bytes(html.encode(), "deep.html")
    assert not result.errors
    assert flagged(result) == [(FLAG, 1, 12 + 11 * 10_000 + 4, FLAG)]


def test_unclosed_nesting_without_end_tags() -> None:
    (result,) = lint_bytes(("<div>" * 20_000 + "Friday.Negotiators left.").encode(), "deep.html")
    assert not result.errors and [t for t, *_ in flagged(result)] == [FLAG]


def test_broken_html() -> None:
    html = "<p>Friday.Negotiators <b>left <i>early</p></div></span><!-- open comment <p a='unterminated"
    (result,) = lint_bytes(html.encode(), "broken.html")
    assert not result.errors and flagged(result)[0][3] == FLAG


def test_jsonl_with_bad_lines() -> None:
    data = (b'{"title": "One", "body": "Friday.Negotiators left."}\n{"title": \n[]\n"just a string"\n'
            b'{"title": "Two", "text": "Fine."}\n')
    results = lint_bytes(data, "feed.jsonl")
    assert [r.article.meta["line"] for r in results if r.article] == [1, 5]
    assert results[0].errors == ["3 bad JSON line(s) skipped (line 2: Expecting value; line 3: not a JSON object; "
                                 "line 4: not a JSON object)"]
    assert flagged(results[0]) == [(FLAG, 1, 27, FLAG)]


class Boom(Rule):
    code = "Z999"
    name = "test.boom"
    category = "grammar"
    summary = "Always raises."

    def check(self, article: object, ctx: object) -> Iterator[object]:  # type: ignore[override]
        yield self.finding(Span(0, 1), "partial")
        raise ZeroDivisionError("division by zero")


class OutOfRange(Rule):
    code = "Z998"
    name = "test.out-of-range"
    category = "grammar"
    summary = "Reports a span past the end of the text."

    def check(self, article: object, ctx: object) -> Iterator[object]:  # type: ignore[override]
        yield self.finding(Span(0, 10**9), "too far")


def test_a_crashing_rule_becomes_one_line_and_other_rules_and_files_go_on(tmp_path: Path) -> None:
    registry = Registry()
    for rule in (default_registry().get("P101"), Boom(), OutOfRange()):
        assert rule is not None
        registry.add(rule)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    results = Engine(Options(), registry).run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert len(results) == 2
    for result in results:
        assert result.errors == [
            "internal error in rule Z998: span 0..1000000000 outside the article (68 characters); "
            "finding dropped (please report it)",
            "internal error in rule Z999: ZeroDivisionError: division by zero (please report it)",
        ]
        assert [t for t, *_ in flagged(result)] == [FLAG]  # P101 still ran; Z999's partial finding dropped


def test_a_crashing_loader_is_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    from lint_news import formats

    def broken(path: str, source: str) -> list[object]:
        raise KeyError("oops")

    monkeypatch.setitem(formats.LOADERS, ".html", broken)
    (result,) = lint_bytes(b"<p>x</p>", "a.html")
    assert result.errors == ["internal error in the .html loader: KeyError: 'oops' (please report it)"]


def test_files_over_max_file_size_are_skipped_with_a_message(tmp_path: Path) -> None:
    (tmp_path / ".lint-news.toml").write_text("max-file-size = 0.001\n", encoding="utf-8")  # about 1 kB
    (tmp_path / "big.txt").write_text(GOOD * 40, encoding="utf-8")
    (tmp_path / "small.txt").write_text(GOOD, encoding="utf-8")
    proc = cli("check", "big.txt", "small.txt", cwd=tmp_path)
    _no_traceback(proc)
    assert proc.returncode == 2
    assert "big.txt: error: file is 2.7 kB, over the max-file-size of 1.0 kB; skipped" in proc.stdout
    assert "small.txt:3:" in proc.stdout
    proc = cli("check", "-", cwd=tmp_path, stdin=(GOOD * 40).encode())
    assert proc.returncode == 2 and "-: error: input is over the max-file-size of 1.0 kB" in proc.stdout


class CorpusBoom(Rule):
    code = "Z997"
    name = "test.corpus-boom"
    category = "duplicate"
    summary = "A cross-file rule that raises."
    corpus = True

    def check_corpus(self, articles: list[object], ctx: object) -> Iterator[tuple[int, object]]:  # type: ignore[override]
        raise RuntimeError("corpus exploded")


def test_a_crashing_cross_file_rule_is_one_line(tmp_path: Path) -> None:
    registry = Registry()
    for rule in (default_registry().get("P101"), CorpusBoom()):
        assert rule is not None
        registry.add(rule)
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(GOOD, encoding="utf-8")
    results = Engine(Options(), registry).run([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert results[0].errors == ["internal error in cross-file rule Z997: RuntimeError: corpus exploded "
                                 "(please report it)"]
    assert all([t for t, *_ in flagged(r)] == [FLAG] for r in results)


def test_devices_are_refused_and_streams_are_bounded(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    proc = cli("check", "/dev/zero", "/dev/null", "good.txt", cwd=tmp_path)
    _no_traceback(proc)
    assert proc.returncode == 2
    assert "/dev/zero: error: not a regular file (a device or socket); skipped" in proc.stdout
    assert "/dev/null: warning: empty file" in proc.stdout and "good.txt:3:" in proc.stdout


def test_a_named_pipe_in_a_folder_does_not_hang_the_walk(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "."], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, check=False)
    assert proc.returncode == 2 and "pipe.txt: error: a named pipe; skipped" in proc.stdout
    assert "good.txt:3:" in proc.stdout


def test_unreadable_folder_simulated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "a.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    from lint_news import engine as engine_module

    real = os.scandir

    def scandir(path: str | os.PathLike[str]) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(engine_module.os, "scandir", scandir)
    results = engine().run([str(tmp_path)])
    assert [(Path(r.path).name, r.errors) for r in results] == [
        ("good.txt", []), ("locked", ["cannot read folder: Permission denied"])]


def test_read_bounded_reads_whole_files_whatever_stat_says(tmp_path: Path) -> None:
    from lint_news.loading import read_bounded

    article = tmp_path / "a.txt"
    article.write_bytes(GOOD.encode() * 3)
    assert read_bounded(str(article), 16 * 1024 * 1024) == GOOD.encode() * 3
    assert read_bounded(str(article), None) == GOOD.encode() * 3
    assert read_bounded(str(article), len(GOOD.encode() * 3)) == GOOD.encode() * 3  # exactly at the limit
    proc_file = Path("/proc/self/status")
    if proc_file.exists():  # stat says 0 bytes; the content is still read
        assert b"Name:" in read_bounded(str(proc_file), 1024 * 1024)

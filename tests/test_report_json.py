"""The JSON report follows the contract, and every position points at the text it talks about."""

from __future__ import annotations

import html
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import ROOT, SHARED

EXAMPLES = ROOT / "examples"


def _report(paths: list[Path], *extra: str) -> dict:
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", "json", *extra, *map(str, paths)],
                          capture_output=True, text=True, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    line, start = 1, 0
    i = 0
    while i < offset:
        ch = text[i]
        if ch == "\n" or (ch == "\r" and (i + 1 >= len(text) or text[i + 1] != "\n")):
            line, start = line + 1, i + 1
        i += 1
    return line, offset - start + 1


def _check_positions(report: dict) -> int:
    checked = 0
    for entry in report["files"]:
        source = Path(entry["path"]).read_text(encoding="utf-8-sig")
        for f in entry["findings"]:
            for where in [f, *f["related"]]:
                for key in ("start", "end"):
                    pos = where[key]
                    assert (pos["line"], pos["column"]) == _line_col(source, pos["offset"]), (entry["path"], f)
            quoted = source[f["start"]["offset"] : f["end"]["offset"]]
            plain = f["text"].rstrip("…")
            # markup or entities may sit inside the span; the words themselves must be there
            visible = html.unescape(quoted)
            assert all(word in visible or word in quoted for word in plain.split()[:8]), (quoted, plain)
            checked += 1
    return checked


def test_contract_fields() -> None:
    report = _report([EXAMPLES])
    assert report["version"] == 1
    assert report["files"] and "summary" in report
    for entry in report["files"]:
        assert isinstance(entry["path"], str)
        assert 0 <= entry["score"] <= 100
        for f in entry["findings"]:
            assert {"rule", "name", "category", "severity", "message", "start", "end", "suggestions", "related"} <= set(f)
            assert f["severity"] in ("error", "warning", "info")
            for s in f["suggestions"]:
                assert s["safety"] in ("safe", "unsafe", "display")
                assert isinstance(s["replacement"], str)


def test_example_positions_point_at_the_flagged_text() -> None:
    report = _report([p for p in EXAMPLES.iterdir() if p.suffix != ".jsonl"])
    assert _check_positions(report) > 0


@pytest.mark.skipif(not (SHARED / "acceptance" / "seeds").is_dir(), reason="../shared is not beside the checkout")
def test_seed_positions_point_at_the_flagged_text() -> None:
    seeds = sorted((SHARED / "acceptance" / "seeds").glob("*.txt"))
    assert _check_positions(_report(seeds)) > 0


def test_jsonl_positions_are_in_the_file() -> None:
    path = EXAMPLES / "feed.jsonl"
    source = path.read_text(encoding="utf-8")
    report = _report([path])
    entries = [e for e in report["files"] if e["findings"]]
    assert entries
    for entry in entries:
        line = entry["article"]["line"]
        for f in entry["findings"]:
            assert f["start"]["line"] == line
            raw = source[f["start"]["offset"] : f["end"]["offset"]]
            assert json.loads(f'"{raw}"') == f["text"]


def test_the_report_is_written_a_file_at_a_time_as_the_whole_would_be(tmp_path: Path) -> None:
    """write() streams the file entries; the text is build()'s, indented as json.dumps(indent=1) writes it."""
    import io

    from lint_news.engine import Engine, Options
    from lint_news.report import json_report

    (tmp_path / "a.txt").write_text("Harbour strike ends after long talks today\n\nThey met on Friday.Talks ended.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Harbour strike ends after long talks today\n\nA clean line of copy.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    results = Engine(Options()).run([str(tmp_path), str(tmp_path / "missing.txt")])
    texts = []
    for run in (results, results[2:], []):
        out = io.StringIO()
        json_report.write(run, out, {})
        texts.append(out.getvalue())
        assert out.getvalue() == json.dumps(json_report.build(run), indent=1, ensure_ascii=True) + "\n"
    report = json.loads(texts[0])
    findings = [f for entry in report["files"] for f in entry["findings"]]
    assert {"D105", "P101"} <= {f["rule"] for f in findings}  # evidence in another file, positions
    assert [e for entry in report["files"] for e in entry.get("errors", [])]  # and file errors

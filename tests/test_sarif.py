"""--format sarif validates against the official SARIF 2.1.0 schema and points at the right text."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema

from lint_news.context import Context
from lint_news.document import Article
from lint_news.engine import Engine, Options
from lint_news.findings import Finding, Related, Span, Suggestion
from lint_news.registry import Registry, Rule
from lint_news.report import sarif
from lint_news.rules.p101_missing_space import MissingSpaceAfterSentence

HERE = Path(__file__).resolve().parent
SCHEMA_PATHS = (HERE.parent.parent / "shared" / "schemas" / "sarif-schema-2.1.0.json",
                HERE / "data" / "sarif-schema-2.1.0.json")


def validate(doc: dict[str, Any]) -> None:
    schema_path = next(p for p in SCHEMA_PATHS if p.exists())
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    errors = sorted(cls(schema).iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


class Spelling(Rule):
    """Test rule: two spellings of one name; the later one points back at the first as evidence."""

    code = "N990"
    name = "test.name-variant"
    category = "name"
    summary = "Name spelled two ways"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        first = article.text.find("Okonkwo")
        for m in re.finditer(r"Okonkow", article.text):
            yield self.finding(Span(m.start(), m.end()), "spelled Okonkwo elsewhere",
                               [Suggestion("Okonkwo", "unsafe")], [Related(Span(first, first + 7), "first spelling")])


def run(tmp_path: Path, *files: tuple[str, str]) -> tuple[dict[str, Any], list[Path]]:
    paths = []
    for name, text in files:
        p = tmp_path / name
        p.write_text(text, encoding="utf-8")
        paths.append(p)
    registry = Registry()
    registry.add(MissingSpaceAfterSentence())
    registry.add(Spelling())
    results = Engine(Options(), registry).run([str(p) for p in paths])
    return sarif.build(results, registry), paths


def test_cli_output_validates_and_lists_rule_metadata(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("# Talks\n\nThey met on Friday.Negotiators left &amp; the talks ended.Nobody won.\n")
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", "sarif", "--select", "P101", "a.md"],
                          capture_output=True, text=True, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    doc = json.loads(proc.stdout)
    validate(doc)
    run_ = doc["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    p101 = next(r for r in rules if r["id"] == "P101")
    assert p101["name"] == "punctuation.missing-space-after-sentence"
    assert p101["defaultConfiguration"]["level"] == "warning"
    assert "What it flags" in p101["help"]["text"] and p101["fullDescription"]["text"].startswith("A lower-case word")
    assert [r["ruleId"] for r in run_["results"]] == ["P101", "P101"]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in run_["results"])
    location = run_["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert location == {"uri": "a.md", "uriBaseId": "%SRCROOT%"}


def test_regions_fixes_and_related_locations_point_at_the_source(tmp_path: Path) -> None:
    text = "Talks\r\n\r\nMs Okonkwo said the talks ended.Nobody won &amp; Ms Okonkow left.\r\n"
    doc, [path] = run(tmp_path, ("a.html", f"<h1>Talks</h1>\r\n<p>{text}</p>"))
    validate(doc)
    source = path.read_bytes().decode("utf-8")
    results = {r["ruleId"]: r for r in doc["runs"][0]["results"]}
    glued = results["P101"]["locations"][0]["physicalLocation"]["region"]
    assert source[glued["charOffset"]:glued["charOffset"] + glued["charLength"]] == "ended.Nobody"
    line = source.splitlines(keepends=True)[glued["startLine"] - 1]
    assert line[glued["startColumn"] - 1:].startswith("ended.Nobody")
    [fix] = results["P101"]["fixes"]
    [change] = fix["artifactChanges"]
    [rep] = change["replacements"]
    assert rep["insertedContent"]["text"] == "ended. Nobody"
    assert source[rep["deletedRegion"]["charOffset"]:][:12] == "ended.Nobody"
    name = results["N990"]
    assert "fixes" not in name, "unsafe suggestions are not offered as SARIF fixes"
    [rel] = name["relatedLocations"]
    r = rel["physicalLocation"]["region"]
    assert source[r["charOffset"]:r["charOffset"] + r["charLength"]] == "Okonkwo"
    assert rel["message"]["text"] == "first spelling"


def test_partial_fingerprints_survive_line_shifts(tmp_path: Path) -> None:
    body = "Ms Okonkwo spoke.Officials left. Ms Okonkow stayed.\n"
    before, _ = run(tmp_path, ("a.txt", f"Talks\n\n{body}"))
    after, _ = run(tmp_path, ("a.txt", f"Talks\n\nA new first paragraph.\n\nAnother one.\n\n{body}"))

    def prints(doc: dict[str, Any]) -> list[str]:
        return sorted(r["partialFingerprints"]["lintNews/v1"] for r in doc["runs"][0]["results"])

    assert len(prints(before)) == 2 and prints(before) == prints(after)
    lines = [r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in after["runs"][0]["results"]]
    assert lines == [7, 7]


def test_file_errors_become_notifications(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    registry = Registry()
    registry.add(MissingSpaceAfterSentence())
    doc = sarif.build(Engine(Options(), registry).run([str(missing)]), registry)
    validate(doc)
    invocation = doc["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "no such file" in invocation["toolExecutionNotifications"][0]["message"]["text"]


def test_the_log_is_written_a_result_at_a_time_as_the_whole_would_be(tmp_path: Path, monkeypatch: Any) -> None:
    """write() streams the results (the run's last key); the text is build()'s, as json.dumps(indent=1) writes it."""
    import io

    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Harbour strike ends after long talks today\n\nThey met on Friday.Talks ended.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Harbour strike ends after long talks today\n\nA clean line of copy.\n",
                                    encoding="utf-8")
    (tmp_path / "c.txt").write_bytes(b"\x00\x01binary")
    engine = Engine(Options())
    results = engine.run(["."])
    for run in (results, [r for r in results if not r.findings], []):
        out = io.StringIO()
        sarif.write(run, out, {"registry": engine.registry})
        assert out.getvalue() == json.dumps(sarif.build(run, engine.registry), indent=1, ensure_ascii=True) + "\n"
    log = json.loads(out.getvalue())
    assert log["runs"][0]["results"] == [] and list(log["runs"][0])[-1] == "results"
    full = sarif.build(results, engine.registry)["runs"][0]
    assert {r["ruleId"] for r in full["results"]} >= {"D105", "P101"} and full["invocations"][0]["toolExecutionNotifications"]

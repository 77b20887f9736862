"""Issue 9.4: reports stay safe with hostile article text. The HTML report escapes everything (and in a
real browser an article full of script tags, event handlers and javascript: URLs runs nothing); JSON,
SARIF and GitHub annotations stay valid with control characters and lone surrogates."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

PAYLOADS = [
    "<script>window.__pwned = 1; document.title = 'PWNED'</script>",
    "<img src=x onerror=\"window.__pwned = 2\">",
    "<svg onload=window.__pwned=3>",
    "<a href=\"javascript:window.__pwned=4\">Click.Here</a>",
    "\"><script>window.__pwned=5</script>",
    "'--></style></script><script>window.__pwned=6</script>",
    "<iframe srcdoc=\"<script>parent.__pwned=7</script>\"></iframe>",
    "</textarea><body onload=window.__pwned=8>",
    "{{constructor.constructor('window.__pwned=9')()}}",
    "<meta http-equiv=refresh content=\"0;url=javascript:window.__pwned=10\">",
]
# Each payload sits next to damage the rules flag, so it lands in findings, messages and suggestions.
BODY = "\n\n".join(f"The ministers met on Friday.{p} Negotiators left ,then rested." for p in PAYLOADS)


def _files(tmp_path: Path) -> list[str]:
    (tmp_path / "evil.txt").write_text("Talks.Resume " + PAYLOADS[0] + "\n\n" + BODY + "\n", encoding="utf-8")
    (tmp_path / "evil.md").write_text("---\ntitle: \"" + PAYLOADS[1].replace('"', '\\"') + "\"\n---\n\n"
                                      + BODY.replace("Negotiators", "`code` Negotiators") + "\n", encoding="utf-8")
    escaped = BODY.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")  # shown, not markup
    (tmp_path / "evil.html").write_text(f"<html><head><title>{PAYLOADS[2]}</title></head><body>"
                                        f"<p>{escaped.replace(chr(10) * 2, '</p><p>')}</p></body></html>",
                                        encoding="utf-8")
    (tmp_path / "evil.jsonl").write_text(json.dumps({"title": PAYLOADS[3], "body": BODY}) + "\n", encoding="utf-8")
    return ["evil.txt", "evil.md", "evil.html", "evil.jsonl"]


def _report(tmp_path: Path, fmt: str, *names: str) -> str:
    out = tmp_path / f"report.{fmt}"
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", fmt, "--output", str(out), *names],
                          cwd=tmp_path, capture_output=True, text=True, check=False)
    assert proc.returncode == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    return out.read_text(encoding="utf-8")


class _Elements(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


@pytest.fixture
def html_report(tmp_path: Path) -> tuple[Path, str]:
    page = _report(tmp_path, "html", *_files(tmp_path))
    return tmp_path / "report.html", page


def test_html_report_has_no_markup_from_the_articles(html_report: tuple[Path, str]) -> None:
    _, page = html_report
    parsed = _Elements()
    parsed.feed(page)
    tags = [tag for tag, _ in parsed.tags]
    assert not {"img", "svg", "iframe", "textarea"} & set(tags) and tags.count("body") == 1
    assert sum(tag == "meta" and any(k == "http-equiv" and v == "refresh" for k, v in attrs)
               for tag, attrs in parsed.tags) == 0
    for tag, attrs in parsed.tags:
        for key, value in attrs:
            assert not key.startswith("on"), f"<{tag} {key}=...> from an article"
            assert not (value or "").strip().lower().startswith("javascript:"), f"<{tag} {key}={value!r}>"
    for script in parsed.scripts:  # article text only inside the JSON data island, with < > & escaped
        assert "</script" not in script.lower() and "<script" not in script.lower()
    assert "Friday.&lt;script&gt;" in page or "&lt;script&gt;" in page  # shown as text


def test_html_report_runs_nothing_in_a_browser(html_report: tuple[Path, str]) -> None:
    if not os.path.exists("/usr/bin/chromium"):
        if os.environ.get("CI"):
            pytest.fail("CI must install Debian's chromium (apt-get install chromium chromium-driver)")
        pytest.skip("Debian's chromium is not installed; CI installs it")
    from playwright.sync_api import Dialog, sync_playwright

    path, _ = html_report
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()

        def dismiss(dialog: Dialog) -> None:
            dialogs.append(dialog.message)
            dialog.dismiss()

        page.on("dialog", dismiss)
        errors: list[str] = []
        page.on("pageerror", lambda exc: errors.append(str(exc)))
        page.goto(path.as_uri())
        page.wait_for_load_state("load")
        # open every finding, so the panels render the messages, evidence and suggestions too
        marks = page.locator("[data-f]")  # highlighted passages and insertion points
        assert marks.count() > 0
        for i in range(min(marks.count(), 60)):
            marks.nth(i).click(force=True)
        page.wait_for_timeout(300)
        pwned = page.evaluate("() => [window.__pwned, document.title, location.href]")
        frames = len(page.frames)
        browser.close()
    assert pwned[0] is None, f"article script ran: __pwned={pwned[0]}"
    assert pwned[1] != "PWNED" and pwned[2] == path.as_uri()
    assert not dialogs and frames == 1 and not errors, (dialogs, frames, errors)


HOSTILE_JSONL = (
    '{"title": "Lone \\ud800 surrogate \\u0000 nul", '
    '"body": "Talks ended on Friday.Negotiators \\u001b[2J\\u001b]0;owned\\u0007 left \\udfff\\ud83d. '
    'The\\u0085 end.Fin \\u2028 x \\u202e reversed.Here \\ufeff"}\n'
)


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_json_and_sarif_stay_valid_with_control_characters_and_lone_surrogates(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "s.jsonl").write_text(HOSTILE_JSONL, encoding="utf-8")
    text = _report(tmp_path, fmt, "s.jsonl")
    report = json.loads(text)  # strict JSON, and (read as UTF-8 above) encodable
    if fmt == "json":
        findings = report["files"][0]["findings"]
        texts = {f["text"] for f in findings}
        assert "Friday.Negotiators" in texts and "reversed.Here" in texts
    else:
        import jsonschema

        schema_path = Path(__file__).parent / "data" / "sarif-schema-2.1.0.json"
        jsonschema.validate(report, json.loads(schema_path.read_text(encoding="utf-8")))
        messages = [r["message"]["text"] for run in report["runs"] for r in run["results"]]
        assert any("Friday" in m for m in messages)


def test_text_and_github_output_carry_no_terminal_escapes(tmp_path: Path) -> None:
    (tmp_path / "s.jsonl").write_text(HOSTILE_JSONL, encoding="utf-8")
    for fmt in ("text", "github"):
        out = _report(tmp_path, fmt, "s.jsonl")
        assert "\x1b" not in out and "\x07" not in out and "\x00" not in out
        for line in out.splitlines():
            assert "\u2028" not in line and "\x85" not in line  # one finding, one line


HOSTILE_NAMES = ["<img src=x onerror=window.__pwned=11>.txt", "evil\x1b[2J\nname.txt"]


def _hostile_names(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for name in HOSTILE_NAMES:
        (tmp_path / "in" / name).write_text("Head\n\nThe ministers met on Friday.Negotiators left.\n", encoding="utf-8")


def test_hostile_file_names_in_html_json_and_sarif(tmp_path: Path) -> None:
    _hostile_names(tmp_path)
    parsed = _Elements()
    parsed.feed(_report(tmp_path, "html", "in"))
    assert "img" not in [tag for tag, _ in parsed.tags]
    paths = {f["path"] for f in json.loads(_report(tmp_path, "json", "in"))["files"]}
    assert {Path(p).name for p in paths} == set(HOSTILE_NAMES)
    json.loads(_report(tmp_path, "sarif", "in"))


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_hostile_file_names_in_terminal_output(tmp_path: Path, fmt: str) -> None:
    _hostile_names(tmp_path)
    out = _report(tmp_path, fmt, "in")
    assert "\x1b" not in out
    assert all(line.startswith(("::", "  ", "Found")) or ":3:22:" in line for line in out.splitlines())

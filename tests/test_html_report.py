"""The HTML report: escaped text, an index by score, and the editor's workflow in real headless Chromium."""

from __future__ import annotations

import os
import random
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from lint_news.context import Context
from lint_news.document import Article
from lint_news.engine import Engine, FileResult, Options
from lint_news.findings import Finding, Related, Span, Suggestion
from lint_news.registry import Registry, Rule
from lint_news.report import html as html_report
from lint_news.rules.p101_missing_space import MissingSpaceAfterSentence

if TYPE_CHECKING:
    from playwright.sync_api import Locator, Page

CHROMIUM = "/usr/bin/chromium"
GARBLED = """Harbour talks resume

Minister Ada Okonkwo met union leaders on Friday.Negotiators said little.

Later Ms Okonkow told reporters the deal was close <script>window.pwned = 1;</script> <img src=x onerror="window.pwned=2">.

Share this article
"""
CLEAN = "Museum reopens\n\nThe city museum reopened on Saturday after a two-year renovation.\n"


class NameVariant(Rule):
    """Test rule: a second spelling of a name, with the first spelling as evidence."""

    code = "N990"
    name = "test.name-variant"
    category = "name"
    severity = "error"
    summary = "Name spelled two ways"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        first = article.text.find("Okonkwo")
        for m in re.finditer("Okonkow", article.text):
            yield self.finding(Span(m.start(), m.end()), "the article also spells this name Okonkwo",
                               [Suggestion("Okonkwo", "unsafe")], [Related(Span(first, first + 7), "other spelling")])


class ShareBlock(Rule):
    """Test rule: a share prompt is site chrome."""

    code = "W990"
    name = "test.share"
    category = "boilerplate"
    summary = "share prompt"

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        for block in article.body:
            if article.block_text(block) == "Share this article":
                yield self.finding(block.span, "site chrome", [Suggestion("", "safe")])


def report(tmp_path: Path) -> tuple[Path, list[FileResult]]:
    (tmp_path / "garbled.txt").write_text(GARBLED, encoding="utf-8")
    (tmp_path / "clean.txt").write_text(CLEAN, encoding="utf-8")
    registry = Registry()
    for rule in (MissingSpaceAfterSentence(), NameVariant(), ShareBlock()):
        registry.add(rule)
    results = Engine(Options(), registry).run([str(tmp_path / "clean.txt"), str(tmp_path / "garbled.txt")])
    out = tmp_path / "report.html"
    out.write_text(html_report.build(results), encoding="utf-8")
    return out, results


def test_article_text_is_escaped_and_the_index_is_sorted_by_score(tmp_path: Path) -> None:
    out, _ = report(tmp_path)
    page = out.read_text(encoding="utf-8")
    assert "<script>window.pwned" not in page and "onerror=\"window" not in page
    assert "&lt;script&gt;window.pwned = 1;&lt;/script&gt;" in page
    assert page.count("<script") == 2  # the JSON data island and the report's own (nonce) script
    assert "script-src 'nonce-" in page
    rows = re.findall(r'<tr><td><span class="score[^"]*">([\d.]+)</span></td><td><a href="#a\d+">([^<]+)</a>', page)
    assert [title for _, title in rows] == ["Harbour talks resume", "Museum reopens"]
    assert float(rows[0][0]) > float(rows[1][0]) == 0


def test_cli_writes_a_self_contained_file(tmp_path: Path) -> None:
    from lint_news.cli import main

    (tmp_path / "a.txt").write_text("Talks\n\nThey met on Friday.Negotiators left.\n", encoding="utf-8")
    assert main(["check", "--select", "P101", "--format", "html", "--output", str(tmp_path / "r.html"),
                 str(tmp_path / "a.txt")]) == 1
    page = (tmp_path / "r.html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Friday.Negotiators" in page
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page), "no external resources"


def chromium_or_skip() -> str:
    if os.path.exists(CHROMIUM):
        return CHROMIUM
    if os.environ.get("CI"):
        pytest.fail("CI must install Debian's chromium (apt-get install chromium chromium-driver)")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium chromium-driver); CI installs it")


def css_class(locator: Locator) -> str:
    """The element's class attribute: these elements are found by class, so they have one."""
    value = locator.get_attribute("class")
    assert value is not None
    return value


CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


@pytest.fixture
def page() -> Iterator[Page]:
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        context = browser.new_context(accept_downloads=True, viewport={"width": 1280, "height": 1000})
        yield context.new_page()
        context.close()
        browser.close()


def test_editor_accepts_a_suggestion_in_headless_chromium(tmp_path: Path, page: Page) -> None:
    out, _ = report(tmp_path)
    problems: list[str] = []
    page.on("pageerror", lambda exc: problems.append(str(exc)))
    page.on("console", lambda msg: problems.append(msg.text) if msg.type == "error" else None)
    page.goto(out.as_uri())
    page.wait_for_selector("html[data-ready='1']", timeout=10_000)

    # the article's <script> is text, never code
    assert page.evaluate("window.pwned === undefined")
    garbled = page.locator("section.article").first
    assert "<script>window.pwned = 1;</script>" in garbled.locator(".text").inner_text()
    assert garbled.locator("h2").inner_text() == "Harbour talks resume"

    # click the glued sentence: the panel shows the message and the suggestion; accept it
    mark = garbled.locator(".text .hl", has_text="Friday.Negotiators")
    mark.click()
    detail = garbled.locator("aside.detail")
    assert "P101" in detail.inner_text() and "Friday. Negotiators" in detail.inner_text()
    detail.locator("button[data-action='accept']").click()
    assert "accepted" in css_class(detail.locator(".card"))
    garbled.locator("details.corrected summary").click()
    corrected = garbled.locator(".corrected-text").inner_text()
    assert "on Friday. Negotiators said little." in corrected and "Share this article" in corrected

    # the name finding shows its evidence: the other spelling is marked in the text
    garbled.locator(".text .hl", has_text="Okonkow").click()
    assert "other spelling" in detail.inner_text()
    assert garbled.locator(".text .evidence").first.inner_text() == "Okonkwo"

    # reject the chrome deletion (chosen with the keyboard): the corrected text keeps it
    garbled.locator(".text .hl", has_text="Share this article").focus()
    page.keyboard.press("Enter")
    assert "W990" in detail.inner_text()
    detail.locator("button[data-action='reject']").click()
    assert "rejected" in detail.locator(".card .state").inner_text()
    assert "Share this article" in garbled.locator(".corrected-text").inner_text()

    # filters: hiding punctuation removes its highlight and its card
    page.locator(".filters input[data-category='punctuation']").uncheck()
    assert "off" in css_class(mark)
    assert not garbled.locator(".findings .card[data-id$='-0']").is_visible()
    page.locator(".filters input[data-category='punctuation']").check()
    page.locator(".filters input[data-severity='error']").uncheck()
    assert "off" in css_class(garbled.locator(".text .hl", has_text="Okonkow"))
    page.locator(".filters input[data-severity='error']").check()

    # download the corrected file: the original with the accepted edit, nothing else
    with page.expect_download() as info:
        garbled.locator("button.download").click()
    saved = tmp_path / "downloaded.txt"
    info.value.save_as(saved)
    assert info.value.suggested_filename == "garbled.txt"
    assert saved.read_text(encoding="utf-8") == GARBLED.replace("Friday.Negotiators", "Friday. Negotiators")

    shot = tmp_path / "report.png"
    page.screenshot(path=str(shot), full_page=True)
    print(f"screenshot: {shot}")
    assert shot.stat().st_size > 10_000
    assert not problems, problems


# -- the highlighting, against the definitions it replaced (each finding against each block and segment) --


def _reference_by_block(a: Article, findings: list[tuple[str, Finding]]) -> list[list[tuple[str, Finding]]]:
    return [[(fid, f) for fid, f in findings
             if (f.span.start < block.end and block.start < max(f.span.end, f.span.start + 1))
             or any(rel.span.start < block.end and block.start < rel.span.end for rel in f.related if rel.other in (None, a))
             or (f.span.start == f.span.end == block.end)] for block in a.blocks]


def _reference_segments(article: Article, start: int, end: int, findings: list[tuple[str, Finding]]) -> str:
    import itertools

    e = html_report.e
    cuts = {start, end}
    inserts: dict[int, list[str]] = {}
    for fid, f in findings:
        spans = [(f.span.start, f.span.end)] + [(r.span.start, r.span.end) for r in f.related if r.other in (None, article)]
        for a, b in spans:
            cuts.update(x for x in (a, b) if start < x < end)
        if f.span.start == f.span.end and start <= f.span.start <= end:
            inserts.setdefault(f.span.start, []).append(fid)
    out = []
    for a, b in itertools.pairwise(sorted(cuts)):
        for fid in inserts.pop(a, []):
            out.append(html_report._insert_marker(fid, dict(findings)))
        covering = [(fid, f) for fid, f in findings if f.span.start <= a and b <= f.span.end and f.span.end > f.span.start]
        text = e(article.text[a:b])
        if covering:
            covering.sort(key=lambda p: (-html_report.SEVERITIES.index(p[1].severity), p[1].span.end - p[1].span.start))
            top = covering[0][1]
            tip = " | ".join(f"{f.rule}: {f.message}" for _, f in covering)
            out.append(f'<span class="hl s-{top.severity} c-{e(top.category)}" data-s="{a}" data-e="{b}" '
                       f'data-f="{" ".join(fid for fid, _ in covering)}" title="{e(tip)}" tabindex="0">{text}</span>')
        else:
            out.append(f'<span data-s="{a}" data-e="{b}">{text}</span>')
    for point in sorted(inserts):
        out.extend(html_report._insert_marker(fid, dict(findings)) for fid in inserts[point])
    return "".join(out)


def _random_findings(article: Article, other: Article, rng: random.Random, count: int) -> list[tuple[str, Finding]]:
    size = len(article.text)
    found = []
    for i in range(count):
        a = rng.randrange(size + 1)
        b = min(size, a + rng.choice([0, 0, 1, 3, 10, 40, 200]))
        related = [Related(Span(x, min(size, x + rng.randrange(0, 30))), "evidence", rng.choice([None, None, article, other]))
                   for x in (rng.randrange(size + 1) for _ in range(rng.choice([0, 0, 1, 2])))]
        found.append((f"f0-{i}", Finding("X1", "x", rng.choice(["name", "grammar"]), rng.choice(["error", "warning", "info"]),
                                          f"message {i}", Span(a, b), related=related)))
    return found


def test_highlighting_matches_testing_every_finding_against_every_block_and_segment() -> None:
    from lint_news.api import check_text

    paragraphs = "\n\n".join(f"Paragraph {i} says the the talks went on.Here" + " and on" * (i % 4) for i in range(12))
    [result] = check_text(f"Harbour talks resume\n\n{paragraphs}\n", "story.txt")
    [other] = [r.article for r in check_text("Another headline here\n\nOther text.\n", "other.txt")]
    article = result.article
    assert article is not None and other is not None
    rng = random.Random(5)
    for _ in range(300):
        findings = _random_findings(article, other, rng, rng.choice([0, 1, 5, 30, 120]))
        by_block = html_report._findings_by_block(article, findings)
        assert by_block == _reference_by_block(article, findings)
        for block, inside in zip(article.blocks, by_block, strict=True):
            assert (html_report._segments(article, block.start, block.end, inside)
                    == _reference_segments(article, block.start, block.end, inside))

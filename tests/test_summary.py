"""ArticleSummary: what a worker sends back instead of a whole article, and the reports made from it."""

from __future__ import annotations

import json
import pickle
import re
from pathlib import Path

import pytest

from lint_news import parallel
from lint_news.api import check_text
from lint_news.cli import main
from lint_news.document import Article
from lint_news.findings import Finding, Span
from lint_news.summary import ArticleSummary, report_spans, summarize

GARBLED = ("Ministers meet in the capital for talks\n\n"
           "The ministers met on Friday.Talks will resume next week , a spokesperson said.\n\n"
           "The the delegation from Byden's office arrived late. Stated.\n")


def linted(text: str = GARBLED, filename: str = "story.txt") -> tuple[Article, list[Finding]]:
    [result] = check_text(text, filename)
    assert result.article is not None and result.findings
    return result.article, result.findings


def test_a_summary_answers_for_every_span_a_report_reads() -> None:
    article, findings = linted()
    summary = summarize(article, findings)
    spans = [Span(a, b) for a, b in report_spans(article, findings)]
    assert {(f.span.start, f.span.end) for f in findings} <= set(report_spans(article, findings))
    for span in spans:
        assert summary.positions(span) == article.positions(span)
        assert summary.start_position(span) == article.start_position(span) == article.positions(span)[0]
        assert summary.slice(span) == article.slice(span)
    head = article.headline
    assert head is not None and summary.headline == head
    assert summary.block_text(head) == article.block_text(head)
    assert summary.word_count == article.word_count and summary.path == article.path and summary.meta == article.meta
    longest = max(spans, key=lambda s: s.end - s.start)
    part = Span(longest.start + 1, longest.end - 1)
    assert summary.slice(part) == article.slice(part)  # part of a resolved span (a long span's quoted start)


def test_a_summary_refuses_what_it_was_not_given() -> None:
    article, findings = linted()
    summary = summarize(article, findings)
    covered = report_spans(article, findings)
    free = next(i for i in range(len(article.text)) if not any(a <= i < b for a, b in covered))
    far = Span(free, free + 1)  # in no span a report reads
    with pytest.raises(LookupError, match="not resolved"):
        summary.positions(far)
    with pytest.raises(LookupError, match="not resolved"):
        summary.slice(far)
    with pytest.raises(LookupError, match="no source map"):
        summary.smap.span(0, 1)
    assert summary.text == summary.source == ""


def test_a_summary_travels_light() -> None:
    article, findings = linted(GARBLED + "\n" + "Another line of ordinary copy. " * 300 + "\n")
    summary = summarize(article, findings)
    copy = pickle.loads(pickle.dumps(summary))
    assert isinstance(copy, ArticleSummary)
    assert copy.resolved == summary.resolved and copy.blocks == summary.blocks and copy.meta == summary.meta
    for f in findings:
        assert copy.positions(f.span) == article.positions(f.span)
    assert len(pickle.dumps(summary)) * 5 < len(pickle.dumps(article))
    assert summarize(article, findings, meta=False).meta == {}


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Articles worth a pool: garbled copy, a headline on three files (D105), suppression comments."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    root = tmp_path / "desk"
    root.mkdir()
    for i in range(12):
        headline = "Harbour strike ends after long talks in the port" if i % 5 == 0 else f"Story {i} from the desk today"
        body = GARBLED.split("\n\n", 1)[1] + "\n" + f"Line {i} of ordinary copy, which reads well. " * (20 + i)
        if i % 3 == 1:
            (root / f"s{i:02d}.md").write_text(f"---\ntitle: {headline}\n---\n\n<!-- lint-news: disable P101 -->\n{body}",
                                               encoding="utf-8")
        else:
            (root / f"s{i:02d}.txt").write_text(f"{headline}\n\n{body}", encoding="utf-8")
    return root


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_a_pooled_run_reports_what_one_process_reports(desk: Path, fmt: str, capsys: pytest.CaptureFixture[str]) -> None:
    outputs = []
    for jobs in ("1", "2"):
        status = main(["check", "--format", fmt, "--jobs", jobs, str(desk)])
        outputs.append((status, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert "D105" in outputs[0][1] and "P101" in outputs[0][1]  # a cross-file finding on summaries, and others
    if fmt == "json":
        report = json.loads(outputs[0][1])
        quoted = [f["text"] for entry in report["files"] for f in entry["findings"]]
        assert "Friday.Talks" in quoted


def test_a_pooled_run_writes_and_applies_the_same_baseline(desk: Path, capsys: pytest.CaptureFixture[str]) -> None:
    baselines = []
    for jobs in ("1", "2"):
        path = desk.parent / f"baseline{jobs}.json"
        main(["check", "--jobs", jobs, "--baseline", str(path), str(desk)])
        baselines.append(path.read_text(encoding="utf-8"))
        (desk / "s00.txt").write_text((desk / "s00.txt").read_text(encoding="utf-8") + "\nA new sentence.Glued on.\n",
                                      encoding="utf-8")
        main(["check", "--jobs", jobs, "--baseline", str(path), str(desk)])
        out = capsys.readouterr().out
        assert re.findall(r"P101", out) == ["P101"]  # only the new finding is left
        (desk / "s00.txt").write_text((desk / "s00.txt").read_text(encoding="utf-8").replace("\nA new sentence.Glued on.\n",
                                                                                           ""), encoding="utf-8")
    assert baselines[0] == baselines[1]


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_run_keeps_summaries_except_for_articles_with_comments(desk: Path, jobs: int) -> None:
    """In workers (sent back) and in one process alike (kept): the run holds no article texts."""
    from lint_news.engine import Engine, Options

    results = Engine(Options(jobs=jobs, summaries=frozenset())).run([str(desk)])
    kinds = {Path(r.path).suffix: type(r.article) for r in results}
    assert kinds == {".txt": ArticleSummary, ".md": Article}  # the Markdown files carry suppression comments
    assert all(r.decoded is None for r in results if isinstance(r.article, ArticleSummary))
    assert all(r.article is not None and r.article.meta == {} for r in results if r.path.endswith(".txt"))
    whole = Engine(Options(jobs=jobs)).run([str(desk)])
    assert {type(r.article) for r in whole} == {Article}  # reports that read the source get whole articles


@pytest.mark.parametrize("fmt", ["text", "json", "github", "sarif"])
def test_reports_from_summaries_are_the_reports_from_whole_articles(desk: Path, fmt: str) -> None:
    import io

    from lint_news.engine import Engine, Options
    from lint_news.report import reporter, summaries_for

    summaries = summaries_for(fmt)
    assert summaries is not None
    texts = []
    for options in (Options(), Options(summaries=summaries), Options(jobs=2, summaries=summaries)):
        engine = Engine(options)
        results = engine.run([str(desk)])
        assert any(isinstance(r.article, ArticleSummary) for r in results) == (options.summaries is not None)
        out = io.StringIO()
        reporter(fmt)(results, out, {"registry": engine.registry})
        texts.append(out.getvalue())
    assert texts[0] == texts[1] == texts[2] and "D105" in texts[0]


def test_formats_that_read_the_source_get_whole_articles() -> None:
    from lint_news.report import FORMATS, summaries_for

    assert {name: summaries_for(name) for name in FORMATS} == {
        "text": frozenset(), "json": {"meta"}, "github": frozenset(), "sarif": {"fixes"}, "html": None}


def test_a_summary_keeps_each_findings_fix_edit_when_asked() -> None:
    from lint_news.fixes import fix_suggestion

    article, findings = linted()
    fixable = [(f, s) for f in findings if (s := fix_suggestion(f)) is not None]
    assert fixable  # the garbled text has safe fixes (the missing space, the repeated word)
    summary = summarize(article, findings, fixes=True)
    for f, s in fixable:
        assert summary.fix_edit(f, s) == article.fix_edit(f, s)
    copy = pickle.loads(pickle.dumps(summary))
    assert [copy.fix_edit(f, s) for f, s in fixable] == [article.fix_edit(f, s) for f, s in fixable]
    with pytest.raises(LookupError, match="no fix edit"):
        summarize(article, findings).fix_edit(*fixable[0])

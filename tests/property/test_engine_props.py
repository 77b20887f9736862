"""Issue 9.5: the whole engine on generated articles in every format never crashes, and every reported
position (finding, suggestion, related evidence) is valid and points at the text it quotes."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.config import Config
from lint_news.engine import Engine, FileResult, Options
from lint_news.findings import Span
from lint_news.formats import format_of
from lint_news.loading import decode
from lint_news.report.model import file_dict

from .gen import html_chaos, html_docs, html_soup, jsonl_docs, markdown_docs, md_chaos, md_soup, scaled, txt_docs

ENGINE = Engine(Options())  # every default rule
DAMAGE = ["Friday.Negotiators", " the the ", " ,", "Obama Obma Obamma", "Click here to subscribe.",
          "Â£5 â€” cafÃ©", "\u202e", "\x07", "..", " ( ", "“quoted", "Mr.Smith", "3 .", "\ufffd"]


def _line_col(source: str, offset: int) -> tuple[int, int]:
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", source)]
    line = max(i for i, s in enumerate(starts) if s <= offset)
    return line + 1, offset - starts[line] + 1


def _check_position(source: str, pos: dict[str, int]) -> None:
    assert 0 <= pos["offset"] <= len(source)
    assert (pos["line"], pos["column"]) == _line_col(source, pos["offset"]), pos


def _check_results(results: list[FileResult]) -> None:
    for result in results:
        for problem in result.errors + result.warnings:
            assert problem and "\n" not in problem and "Traceback" not in problem
            assert "internal error" not in problem, problem  # a rule or loader crashed
        if result.article is None:
            continue
        article, source = result.article, result.article.source
        entry = file_dict(result)
        for finding, data in zip(result.findings, entry["findings"], strict=True):
            _check_position(source, data["start"])
            _check_position(source, data["end"])
            a, b = data["start"]["offset"], data["end"]["offset"]
            assert a <= b
            span = finding.span
            if span.end > span.start and article.smap.is_verbatim(span.start, span.end):
                assert source[a:b] == article.slice(span), (finding.rule, source[a:b], article.slice(span))
            for suggestion in finding.suggestions:
                s = suggestion.span or span
                assert 0 <= s.start <= s.end <= len(article.text)
            for rel in finding.related:
                other = rel.other or article
                assert 0 <= rel.span.start <= rel.span.end <= len(other.text)
                r0, r1 = other.source_span(Span(rel.span.start, rel.span.end))
                assert 0 <= r0 <= r1 <= len(other.source)


def _damaged(draw: st.DrawFn, source: str) -> str:
    """The document with damage spliced in at a few places (possibly inside markup: that is fine)."""
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(source)))
        source = source[:at] + draw(st.sampled_from(DAMAGE)) + source[at:]
    return source


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, str]:
    name = draw(st.sampled_from(["a.md", "a.html", "a.txt", "a.jsonl", "b.md", "b.html", "c.md", "c.html"]))
    if name == "a.md":
        source = draw(markdown_docs())[0]
    elif name == "a.html":
        source = draw(html_docs())[0]
    elif name == "a.txt":
        source = draw(txt_docs)
    elif name == "a.jsonl":
        source = draw(jsonl_docs())
        return name, source  # splicing would mostly break the JSON
    elif name.startswith("c."):
        source = draw(md_soup if name == "c.md" else html_soup)
    else:
        source = draw(md_chaos if name == "b.md" else html_chaos)
    return name, _damaged(draw, source)


@settings(max_examples=scaled(80))
@given(documents(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252"]), st.sampled_from(["\n", "\r\n", "\r"]))
def test_engine_never_crashes_and_positions_point_at_the_text(doc: tuple[str, str], encoding: str, nl: str) -> None:
    name, source = doc
    if name != "a.jsonl":
        source = re.sub(r"\r\n|\r|\n", lambda _: nl, source)
    data = source.encode(encoding, errors="replace")
    try:
        decoded = decode(data, name)
    except Exception as exc:  # only one-line input errors (binary, bad UTF-16) may stop a file
        assert type(exc).__name__ == "InputError" and "\n" not in str(exc)
        return
    _check_results(ENGINE.lint_text(name, decoded, format_of(name), Config()))


@settings(max_examples=scaled(40))
@given(st.binary(max_size=300), st.sampled_from(["a.txt", "a.md", "a.html", "a.jsonl"]))
def test_engine_on_random_bytes(data: bytes, name: str) -> None:
    _check_results(ENGINE.lint_bytes(name, data, format_of(name), Config()))

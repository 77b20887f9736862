"""Inline suppression comments in Markdown and HTML, with every newline style."""

from __future__ import annotations

import pytest

from lint_news.api import check_text

BAD = "They met on Friday.Negotiators left."


def flagged_lines(text: str, name: str) -> list[int]:
    (result,) = check_text(text, name, select=["P101"])
    assert result.article is not None and not result.errors, result.errors
    return [result.article.positions(f.span)[0].line for f in result.findings]


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
def test_markdown_disable_enable_and_next_line(nl: str) -> None:
    lines = ["# Title", "", BAD, "", "<!-- lint-news: disable P101 -->", "", BAD, "",
             "<!-- lint-news: enable P101 -->", "", BAD, "", "<!-- lint-news: disable-next-line P -->", "",
             BAD, "", BAD]
    assert flagged_lines(nl.join(lines) + nl, "a.md") == [3, 11, 17]


@pytest.mark.parametrize("nl", ["\n", "\r\n"])
def test_html_suppression(nl: str) -> None:
    lines = ["<html><body>", f"<p>{BAD}</p>", "<!-- lint-news: disable-next-line P101 -->", f"<p>{BAD}</p>",
             "<!-- lint-news: disable -->", f"<p>{BAD}</p>", "<!-- lint-news:enable-->", f"<p>{BAD}</p>", "</body></html>"]
    assert flagged_lines(nl.join(lines), "a.html") == [2, 8]


def test_other_codes_and_unclosed_disable() -> None:
    text = f"# T\n\n<!-- lint-news: disable N101, W -->\n\n{BAD}\n\n<!-- lint-news: disable -->\n\n{BAD}\n"
    assert flagged_lines(text, "a.md") == [5]  # a disable for other codes; then everything off to the end


def test_directive_inside_code_is_not_a_directive() -> None:
    text = f"# T\n\n```\n<!-- lint-news: disable -->\n```\n\n{BAD}\n\n`<!-- lint-news: disable -->` {BAD}\n"
    assert flagged_lines(text, "a.md") == [7, 9]

"""The Markdown loader's plain-prose path (markdown.plain_lines) against markdown-it: for every body it
accepts, the same text, blocks, source map and meta as the parser's path; anything that could be markup
goes to the parser."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdowntesting import load, state

from lint_news.document import Article
from lint_news.formats import markdown

FRONT_MATTERS = ["", "---\ntitle: Talks resume\n---\n", "---\ndescription: A short dek\n---\n\n",
                 "---\ndate: 2024-03-14\n---\n"]


def parsed(source: str, monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    """The loader with the plain path switched off: markdown-it reads every body."""
    with monkeypatch.context() as patch:
        patch.setattr(markdown, "plain_lines", lambda *args: None)
        return load(source)


def takes_plain_path(source: str) -> bool:
    fm = markdown.split_front_matter("story.md", source)
    return markdown.plain_lines(source[fm.body_start:] if fm else source, 0, True) is not None


# lines a news article's Markdown has, and lines that are markup (or might be) to a CommonMark parser
PROSE = st.text(st.sampled_from("abcdefghij ABC,.;'\"!?%$@^{}()/0123456789#:-+=\u00e9\u2019\u00a0\t"),
                min_size=1, max_size=30)
MARKUP_LINES = [
    "- a list item", "* starred", "+ plus", "1. first", "2) second", "2024. A year", "===", "---", "***",
    "> quoted", "    indented code", "\tindented", " one space", "trailing two  ", "trailing one ",
    "trailing tab\t", "\u00a0no-break start", "ends no-break\u00a0", "# Heading #", "#hashtag", "####### seven",
    "#", "## ", "a | b", ":-- | --:", "|a|", "`code`", "a *b* c", "a _b_ c", "[link](http://x.example)",
    "<b>bold</b>", "<!-- note -->", "a &amp; b", "a \\* b", "~~struck~~", "cr\rlf", "nul\0here",
    "line\u2028separator", "form\x0cfeed", "=== under", ":colon start",
]
MARKUP = st.sampled_from(MARKUP_LINES)
HEADING = st.builds(lambda marks, gap, text: "#" * marks + gap + text,
                    st.integers(1, 6), st.sampled_from([" ", "  ", "\t", " \t"]), PROSE)
LINE = st.one_of(PROSE, PROSE, HEADING, st.just(""), st.just(""), MARKUP)


@settings(max_examples=1500, deadline=None)
@given(st.sampled_from(FRONT_MATTERS), st.lists(LINE, max_size=12), st.booleans())
def test_the_plain_path_lays_out_what_markdown_it_parses(front: str, lines: list[str], final_newline: bool) -> None:
    source = front + "\n".join(lines) + ("\n" if final_newline else "")
    with pytest.MonkeyPatch.context() as monkeypatch:
        expected = state(parsed(source, monkeypatch))
    assert state(load(source)) == expected


@pytest.mark.parametrize("front", FRONT_MATTERS)
def test_plain_bodies_take_the_plain_path(front: str, monkeypatch: pytest.MonkeyPatch) -> None:
    body = ("# Ministers meet in the capital\n\nThe talks resumed on Friday, officials said.\nThey will go on\n"
            "until Sunday.\n## What comes next\nA second round is planned for 3 May; #2 on the list is trade.\n\n\n"
            "Talks: 40% done, \u00e9tape 2!\n")
    source = front + body
    assert takes_plain_path(source)
    articles = markdown.load("story.md", source)
    assert state(articles) == state(parsed(source, monkeypatch))
    [article] = articles
    kinds = [b.kind for b in article.blocks]
    assert kinds[-4:] == ["paragraph", "heading", "paragraph", "paragraph"]
    assert article.blocks[-4].kind == "paragraph" and "They will go on until Sunday." in article.block_text(article.blocks[-4])
    assert ("headline" in kinds) == ("description" not in front)  # a dek first: the heading is no headline


@pytest.mark.parametrize("line", MARKUP_LINES)
def test_markup_goes_to_the_parser(line: str) -> None:
    assert not takes_plain_path(f"A plain first line.\n{line}\nA plain last line.\n")


def test_the_parser_loads_only_for_markup() -> None:
    import subprocess
    import sys

    program = ("import sys\nfrom lint_news.formats import markdown\n"
               "markdown.load('a.md', '---\\ntitle: Talks\\n---\\n\\nThe talks resumed on Friday.\\n')\n"
               "print('markdown_it' in sys.modules)\n"
               "markdown.load('b.md', '> The talks resumed on Friday.\\n')\n"
               "print('markdown_it' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["False", "True"]

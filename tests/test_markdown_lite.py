"""mdlite against markdown-it: for every body it reads, the tokens the loader uses and the articles it
builds are markdown-it's; what it cannot read with certainty goes to markdown-it."""

from __future__ import annotations

import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdowntesting import load, state

from lint_news.document import Article
from lint_news.formats import markdown, mdlite
from lint_news.formats.commonmark import PARSER


def parsed(source: str) -> list[Article]:
    """The loader with both shortcuts off: markdown-it reads every body."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(markdown, "plain_lines", lambda *args: None)
        patch.setattr(mdlite, "block_tokens", lambda body: None)
        return load(source)


def token_view(tokens: Any) -> list[tuple[Any, ...]]:
    """What the loader reads of block tokens and their inline children."""
    view: list[tuple[Any, ...]] = []
    for tok in tokens:
        children = [(c.type, c.content, c.markup) for c in tok.children or []]
        content = tok.content if tok.type in ("inline", "html_block") else ""
        view.append((tok.type, tok.nesting, tok.map if tok.type in ("inline", "html_block") else None, content, children))
    return view


def merged_text(view: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Adjacent text children joined and empty ones left out (markdown-it leaves an empty text where
    emphasis marks were; the loader skips them), as markdown-it and mdlite may cut text differently."""
    out = []
    for kind, nesting, where, content, children in view:
        joined: list[tuple[str, str, str]] = []
        for child in children:
            if child[0] == "text" and not child[1]:
                continue
            if child[0] == "text" and joined and joined[-1][0] == "text":
                joined[-1] = ("text", joined[-1][1] + child[1], "")
            else:
                joined.append(child)
        out.append((kind, nesting, where, content, joined))
    return out


def agrees(body: str) -> bool:
    """Whether mdlite reads ``body``; asserts that it reads it as markdown-it does."""
    lite = mdlite.block_tokens(body)
    if lite is None:
        return False
    assert merged_text(token_view(lite)) == merged_text(token_view(PARSER.parse(body))), body
    return True


# Lines of news Markdown in the subset, lines just outside it, and lines of other markup
WORD = st.sampled_from(["talks", "Ministers", "2024", "the", "é", "x", "said", "40%", "U.S.", "A&B", "~", "|", "!",
                        "\u00a0", "\x7f", "\x01"])
MARK = st.sampled_from(["*", "**", "_", "__", "***", "`", "``"])
SPACE = st.sampled_from([" ", " ", " ", "", "\t", ", ", ". ", " (", ") ", "\"", "'"])
PIECE = st.one_of(WORD, WORD, WORD, MARK, SPACE, SPACE,
                  st.sampled_from(["[the report](https://example.org/r_1)", "[x](javascript:alert)", "[a]", "]",
                                   "![chart](c.png)", "<b>", "&amp;", "\\*", "[b](u \"t\")", "[ref][1]"]))
INLINE = st.lists(PIECE, min_size=1, max_size=9).map("".join)
LINE = st.one_of(
    INLINE, INLINE, INLINE,
    st.builds(lambda marks, text: marks + " " + text, st.sampled_from(["#", "##", "###", "#######"]), INLINE),
    st.builds(lambda bullet, text: bullet + text, st.sampled_from(["- ", "* ", "+ ", "-  ", "1. ", "-"]), INLINE),
    st.sampled_from(["", "", "", "<!-- lint-news: disable-next-line W -->", "<!-- a note", "still noting -->",
                     "---", "===", "***", "> quoted", "    code", "```", "|a|b|", "|---|---|", "[1]: https://x.org",
                     "trailing ", "# Heading #", "2. second", "<div>", "- - -", "_ _ _", "__init__ done", "+", "*", "-"]),
)


@settings(max_examples=2500, deadline=None)
@given(st.lists(LINE, max_size=10), st.booleans())
def test_what_mdlite_reads_markdown_it_reads_the_same(lines: list[str], final_newline: bool) -> None:
    body = "\n".join(lines) + ("\n" if final_newline else "")
    if agrees(body):
        assert state(load(body)) == state(parsed(body))


# What news articles in Markdown use: all of it is read without markdown-it
ARTICLES = [
    "# Rates on hold\n\nThe bank left its rate **unchanged** on Thursday.\n",
    "The minister *said* the talks would resume, according to [the agency](https://example.org/news?id=3).\n",
    "Prices rose.\n\n- **Inflation:** 2.6 percent\n- Growth: 0.1 percent\n* Jobs: steady\n\nMore follows.\n",
    "<!-- lint-news: disable-next-line W -->\nRead more: [our guide](https://example.com/rates)\n",
    "The `vote_count` field is updated hourly.\nA second line continues the paragraph.\n",
    "## What *comes* next\nThe __final__ round opens in May.\n<!-- a note\nover two lines -->\nLast words.\n",
    "Talks resumed (*briefly*) on Friday. Officials said: \"*Not yet.*\"\n",
    "- [Full statement](https://example.org/statement)\n- Reactions from the region\n",
    # a code span of a space, other whitespace and a space: markdown-it strips the spaces
    "The tag ` \u00a0 ` marks a no-break space, and ` \t ` a tab.\n",
]


@pytest.mark.parametrize("body", ARTICLES)
def test_news_markup_is_read_without_the_parser(body: str) -> None:
    assert agrees(body)
    for front in ("", "---\ntitle: Rates on hold\n---\n\n"):
        assert state(load(front + body)) == state(parsed(front + body))


# Markup whose reading needs CommonMark's finer rules, or that the subset leaves out: markdown-it reads it
OTHER = [
    "a **b *c* d** e", "a *b **c** d* e", "snake_case names", "5 * 3 = 15", "***bold italic***", "**a*",
    "*a* *b", "a*b*c", "![chart](c.png)", "[ref][1]\n\n[1]: https://x.org", "[a](https://x.org \"title\")",
    "[a](<https://x.org>)", "<https://x.org>", "a <b>b</b> c", "a &amp; b", "a \\* b", "1. first\n2. second",
    "> quoted", "Title\n===", "Title\n---", "    code", "```\ncode\n```", "|a|b|\n|-|-|\n|1|2|", "***",
    "- - -", "_ _ _", "- item\ncontinued lazily", "-  two spaces", "- 2024. a year", "a ``b`` c", "a `b",
    "[x](javascript:alert(1))", "[x](JavaScript:alert)", "a]b", "#hashtag", "# Heading #", "hard break  \nx",
    "- # heading in item", "- > quote in item", "a\n    indented continuation",
    # found by review: a bullet alone is an empty item; control characters end a link's target
    "+", "a\n\n+\nb", "* ", "[a](b\x7fc)", "See [a](b\x01).",
]


@pytest.mark.parametrize("body", OTHER)
def test_other_markup_goes_to_markdown_it(body: str) -> None:
    assert mdlite.block_tokens(body) is None
    assert state(load(body)) == state(parsed(body))


def test_a_news_file_loads_neither_markdown_it_nor_dataclasses() -> None:
    program = ("import sys\nfrom lint_news.formats import markdown\n"
               "markdown.load('a.md', '---\\ntitle: Talks\\n---\\n\\nThe talks **resumed**, [it said](http://x.example).\\n"
               "\\n- One\\n- Two\\n<!-- lint-news: disable W101 -->\\n')\n"
               "print('markdown_it' in sys.modules, 'dataclasses' in sys.modules)\n"
               "markdown.load('b.md', '> The talks resumed on Friday.\\n')\n"
               "print('markdown_it' in sys.modules)\n")
    proc = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert proc.stdout.split() == ["False", "False", "True"]

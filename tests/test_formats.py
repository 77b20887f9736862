"""Loaders on awkward but legal input: positions stay exact, problems are one line, the rest is linted."""

from __future__ import annotations

import pytest

from lint_news.document import Article
from lint_news.errors import InputError, PartialInputError
from lint_news.findings import Span
from lint_news.formats import load_articles


def _where(article: Article, needle: str) -> tuple[int, int, str]:
    """(line, column, source text) where ``needle`` of the plain text maps to."""
    i = article.text.index(needle)
    start, end = article.positions(Span(i, i + len(needle)))
    return start.line, start.column, article.source[start.offset : end.offset]


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
def test_newline_styles_keep_positions(nl: str) -> None:
    source = nl.join(["Headline", "", "First paragraph here.", "", "Second one.Here"]) + nl
    article = load_articles("a.txt", source)[0]
    assert _where(article, "one.Here") == (5, 8, "one.Here")


def test_mixed_newlines_and_blank_lines_keep_positions() -> None:
    source = "Headline\r\n \t\rStandfirst here\n\r\n\x0bPara one.Two \rnext.Line\r\n\u2028\nLast.One"
    article = load_articles("a.txt", source)[0]
    assert [article.block_text(b) for b in article.blocks] == [
        "Headline", "Standfirst here", "Para one.Two", "next.Line", "Last.One"]
    assert _where(article, "one.Two") == (5, 7, "one.Two")  # \x0b and \u2028 are not line breaks
    assert _where(article, "next.Line") == (6, 1, "next.Line")
    assert _where(article, "Last.One") == (8, 1, "Last.One")


@pytest.mark.parametrize("nl", ["\n", "\r\n", "\r"])
def test_markdown_newline_styles_keep_positions(nl: str) -> None:
    source = nl.join(["---", "title: Talks go on", "---", "", "Some *text* and one.Here"]) + nl
    article = load_articles("a.md", source)[0]
    assert _where(article, "Talks") == (2, 8, "Talks")
    assert _where(article, "one.Here") == (5, 17, "one.Here")


def test_unterminated_front_matter_is_reported_and_the_body_still_linted() -> None:
    with pytest.raises(PartialInputError) as info:
        load_articles("a.md", "---\ntitle: Talks\n\nBody text.Here\n")
    assert "unterminated YAML front matter" in info.value.message
    (article,) = info.value.articles
    assert "Body text.Here" in article.text


def test_malformed_front_matter_names_the_line_and_lints_the_body() -> None:
    with pytest.raises(PartialInputError) as info:
        load_articles("a.md", "---\ntitle: Fine\nsummary: [unclosed\n---\nBody text.Here\n")
    assert "malformed YAML front matter at line" in info.value.message and "\n" not in info.value.message
    assert [a.text for a in info.value.articles] == ["Body text.Here"]


def test_front_matter_that_is_not_a_mapping() -> None:
    with pytest.raises(PartialInputError, match="not a mapping"):
        load_articles("a.md", "---\n- a\n- b\n---\nBody\n")


def test_toml_front_matter_with_crlf() -> None:
    article = load_articles("a.md", '+++\r\ntitle = "Rates rise"\r\n+++\r\nBody.\r\n')[0]
    assert article.block_text(article.headline) == "Rates rise"  # type: ignore[arg-type]
    assert _where(article, "Rates") == (2, 10, "Rates")


def test_jsonl_lines_end_only_at_newline() -> None:
    # U+2028 and U+0085 are line breaks to str.splitlines, but not to JSON Lines
    source = '{"title": "A\u2028B", "body": "x\u0085y.Zed"}\n{"title": "Two", "body": "b"}\n'
    articles = load_articles("a.jsonl", source)
    assert [a.meta["line"] for a in articles] == [1, 2]
    assert _where(articles[0], "y.Zed")[2] == "y.Zed"


def test_jsonl_bad_lines_are_skipped_and_named() -> None:
    source = '{"title": "Good", "body": "Fine.Here"}\nnot json\n[1, 2]\n{"title": "Also", "text": "ok"}\n'
    with pytest.raises(PartialInputError) as info:
        load_articles("feed.jsonl", source)
    assert "2 bad JSON line(s)" in info.value.message and "line 2" in info.value.message
    assert [a.meta["line"] for a in info.value.articles] == [1, 4]


def test_jsonl_escapes_map_to_their_source() -> None:
    source = '{"title": "T", "body": "caf\\u00e9 \\"quoted\\" a\\/b"}\n'
    article = load_articles("a.jsonl", source)[0]
    assert _where(article, "café")[2] == "caf\\u00e9"
    assert _where(article, '"quoted"')[2] == '\\"quoted\\"'


def test_jsonl_runs_between_escapes_map_to_their_source() -> None:
    source = '{"id": "1"}\n{"title": "T", "body": "A\\tb\\ud83d\\ude00c one.Two\\n\\nPara \\u00e9t\\u00e9 x.Y"}\n'
    article = load_articles("a.jsonl", source)[1]
    assert article.text == "T\n\nA\tb\U0001F600c one.Two\n\nPara \u00e9t\u00e9 x.Y"
    assert _where(article, "c one.Two") == (2, 41, "c one.Two")
    assert _where(article, "\U0001F600c")[2] == "\\ud83d\\ude00c"
    assert _where(article, "t\u00e9 x.Y")[2] == "t\\u00e9 x.Y"


def test_html_entities_and_nesting() -> None:
    source = "<html><body>" + "<div>" * 3000 + "<p>Caf&eacute; talks&nbsp;ended.Here</p>" + "</div>" * 3000 + "</body></html>"
    article = load_articles("a.html", source)[0]
    assert _where(article, "Café")[2] == "Caf&eacute;"
    assert _where(article, "ended.Here")[2] == "ended.Here"


def test_broken_html_still_gives_text() -> None:
    article = load_articles("a.html", "<p>unclosed <b>bold <i>x</p></div></span><p>Talks.Ended <a href='")[0]
    assert "Talks.Ended" in article.text


def test_control_and_invisible_characters_keep_positions() -> None:
    source = "Head\n\nThe \u202ereversed\u200b text\x07 here.Now\n"
    article = load_articles("a.txt", source)[0]
    assert _where(article, "here.Now") == (3, 22, "here.Now")  # each invisible character is one column


def test_loaders_raise_only_input_errors() -> None:
    for fmt in ("a.md", "a.html", "a.txt", "a.jsonl"):
        try:
            load_articles(fmt, "\x00\ufeff---\n+++\n<<>>&#xFFFFFFFF;&#0;\\")
        except InputError as exc:
            assert "\n" not in exc.message


def test_markdown_table_cells_map_to_their_own_cell() -> None:
    source = "| a | b |\n|---|---|\n| talks | *talks*.Here |\n"
    article = load_articles("a.md", source)[0]
    second = article.text.rindex("talks")
    start, end = article.positions(Span(second, second + len("talks.Here")))
    assert (start.line, start.column, source[start.offset : end.offset]) == (3, 12, "talks*.Here")
    assert not article.smap.is_verbatim(second, second + len("talks.Here"))  # crosses the closing '*'


def test_html_deep_nesting_with_stray_end_tags() -> None:
    # stray end tags once searched the whole open-tag stack: quadratic on deep documents
    source = "<div>" * 100_000 + "<p>Talks.Ended</p>" + "</span>" * 1000 + "</div>" * 100_000
    article = load_articles("a.html", source)[0]
    assert _where(article, "Talks.Ended")[2] == "Talks.Ended"


@pytest.mark.parametrize("markup", ["<![Friday[x]]>", "<![foo[ never closed", "<![if !IE]>", "<![CDATA[x]]>", "<![ the end", "<!["])
def test_html_marked_sections_do_not_crash_the_parser(markup: str) -> None:
    # html.parser raises AssertionError on an unknown <![keyword[ (found by tests/property)
    article = load_articles("a.html", f"<p>Before {markup} after.Then</p><p>Next.Para</p>")[0]
    assert _where(article, "Next.Para")[2] == "Next.Para"
    tail = load_articles("a.html", f"<p>Before.Then {markup}")[0]  # unterminated at the very end
    assert _where(tail, "Before.Then")[2] == "Before.Then"
    if markup in tail.text:
        assert _where(tail, markup)[2] == markup


def test_html_with_mixed_newline_styles() -> None:
    # html.parser counts lines at \n only; a lone \r before a \n once shifted every later position
    source = "<p>a\rb\nc<b>x.Yz</b></p>\r<p>q&amp;r\r\n\rs.Tu</p>"
    article = load_articles("a.html", source)[0]
    assert _where(article, "x.Yz") == (3, 5, "x.Yz")
    assert _where(article, "s.Tu") == (6, 1, "s.Tu")
    assert _where(article, "q&r")[2] == "q&amp;r"


def test_markdown_links_without_url_normalisation() -> None:
    """Link targets are not normalised (never read): a script link is still not a link, autolinks
    (even with non-ASCII hosts and escapes) stay out of the prose, and positions after them hold."""
    source = ("# Talks resume\n\nSee [the summary](https://example.com/bücher?q=a%20b) or "
              "[click](JavaScript:alert(1)), <https://bücher.example/x%20y> and <press@example.org>. "
              "Then one.Here\n")
    article = load_articles("a.md", source)[0]
    assert "the summary" in article.text and "example.com" not in article.text
    assert "[click](JavaScript:alert(1))" in article.text  # not a valid link: its source is prose
    assert "bücher.example" not in article.text and "press@" not in article.text
    assert _where(article, "one.Here") == (3, source.splitlines()[2].index("one.Here") + 1, "one.Here")

"""Issue 2 item 3 / issue 9 item 5: for generated documents in every format, every block, sentence
and word span maps to source text equal to (or, for entities and escapes, decoding to) its text."""

from __future__ import annotations

from collections import Counter

from hypothesis import given

from lint_news.errors import InputError
from lint_news.formats import load_articles as _load

from .gen import VOCAB, html_chaos, html_docs, html_soup, jsonl_docs, markdown_docs, md_chaos, md_soup, txt_docs
from .mapcheck import check_article


def load_articles(path: str, source: str) -> list:
    """The articles a loader gives, including those it still lints beside a one-line problem."""
    try:
        return _load(path, source)
    except InputError as exc:
        assert "\n" not in exc.message and exc.message
        return list(getattr(exc, "articles", []))


def _visible(articles: list, words: list[str]) -> None:
    """Every prose word the generator wrote is in the plain text (nothing silently dropped)."""
    seen: Counter[str] = Counter()
    for a in articles:
        seen.update(w.text for w in a.words if w.text in VOCAB)
    missing = Counter(words) - seen
    assert not missing, f"words dropped from the plain text: {dict(missing)}"


@given(markdown_docs())
def test_markdown_maps_back(doc: tuple[str, list[str]]) -> None:
    source, words = doc
    articles = load_articles("a.md", source)
    for article in articles:
        check_article(article)
    _visible(articles, words)


@given(md_chaos)
def test_markdown_chaos_maps_back(source: str) -> None:
    for article in load_articles("a.md", source):
        check_article(article)


@given(html_docs())
def test_html_maps_back(doc: tuple[str, list[str]]) -> None:
    source, words = doc
    articles = load_articles("a.html", source)
    for article in articles:
        check_article(article)
    _visible(articles, words)


@given(html_chaos)
def test_html_chaos_maps_back(source: str) -> None:
    for article in load_articles("a.html", source):
        check_article(article)


@given(txt_docs)
def test_text_maps_back(source: str) -> None:
    for article in load_articles("a.txt", source):
        check_article(article)
        assert "".join(article.text.split()) == "".join(source.split())  # plain text keeps every character


@given(jsonl_docs())
def test_jsonl_maps_back(source: str) -> None:
    import json

    articles = load_articles("a.jsonl", source)
    assert len(articles) == source.count("\n")
    for article, line in zip(articles, source[:-1].split("\n"), strict=True):
        check_article(article)
        obj = json.loads(line)
        assert "".join(article.text.split()) == "".join((obj["title"] + obj.get("body", obj.get("text", ""))).split())


@given(md_soup)
def test_markdown_soup_maps_back(source: str) -> None:
    for article in load_articles("a.md", source):
        check_article(article)


@given(html_soup)
def test_html_soup_maps_back(source: str) -> None:
    for article in load_articles("a.html", source):
        check_article(article)

"""HTML: the article's visible text, each piece mapped to its source offset.

Built on the standard library's tolerant HTMLParser with character references left unconverted,
so that every text run and every entity is seen with its exact position in the source.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from html.parser import HTMLParser

from .. import recache
from ..document import Article, ArticleBuilder

SKIPPED = frozenset({"script", "style", "nav", "header", "footer", "noscript", "template", "svg", "head", "iframe", "object", "select"})
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"})
BLOCKS = {
    "p": "paragraph", "div": "paragraph", "section": "paragraph", "article": "paragraph", "main": "paragraph",
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "li": "list-item", "dt": "list-item", "dd": "list-item", "td": "list-item", "th": "list-item",
    "blockquote": "quote", "figcaption": "caption", "caption": "caption", "pre": "paragraph",
    "ul": "paragraph", "ol": "paragraph", "table": "paragraph", "tr": "paragraph", "form": "paragraph",
    "aside": "paragraph", "figure": "paragraph", "address": "paragraph", "body": "paragraph",
}
_ENTITY_AT = recache.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);?")


class _Extractor(HTMLParser):
    def __init__(self, builder: ArticleBuilder, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.builder = builder
        self.source = source
        # html.parser counts lines at \n only (a lone \r does not end its lines): index them the same way
        self.lf_starts = [0, *(m.end() for m in re.finditer("\n", source))]
        self.skip_depth = 0
        self.stack: list[str] = []
        self.open: Counter[str] = Counter()  # tags on the stack: a stray end tag is found in O(1)
        self.kinds: list[str] = []
        self.og_title: tuple[str, int, int] | None = None
        self.title: list[tuple[str, int]] = []
        self.in_title = False
        self.h1_blocks: list[int] = []
        self.comments: list[tuple[int, str]] = []
        self.block_open = False

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![word[ ... ]]>``: the standard library raises AssertionError on an unknown word."""
        where = self.getpos()
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:  # skip it like a bogus comment, up to the next '>'
            self.lineno, self.offset = where  # the base class moved the position before raising
            end = self.rawdata.find(">", i)
            return -1 if end < 0 else end + 1

    def source_offset(self) -> int:
        line, col = self.getpos()
        return self.lf_starts[line - 1] + col

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "title":
            self.in_title = True
            return
        if tag in VOID:
            if tag == "br" and not self.skip_depth:
                self.builder.add_synthetic(" ")
            return
        if tag in SKIPPED:
            self.skip_depth += 1
        self.stack.append(tag)
        self.open[tag] += 1
        if tag in BLOCKS and not self.skip_depth:
            self._open_block(BLOCKS[tag] if tag != "h1" else "h1")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(attrs)
        elif tag == "br" and not self.skip_depth:
            self.builder.add_synthetic(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if not self.open[tag]:
            return  # a stray end tag
        while self.stack:
            top = self.stack.pop()
            self.open[top] -= 1
            if top in SKIPPED:
                self.skip_depth -= 1
            if top in BLOCKS and not self.skip_depth:
                self._close_block()
            if top == tag:
                break

    def _open_block(self, kind: str) -> None:
        self.builder.end()
        self.kinds.append(kind)
        self.block_open = False

    def _close_block(self) -> None:
        self.builder.end()
        if self.kinds:
            self.kinds.pop()
        self.block_open = False

    def _ensure_block(self) -> None:
        if not self.block_open:
            kind = self.kinds[-1] if self.kinds else "paragraph"
            if kind == "h1":
                self.h1_blocks.append(len(self.builder._blocks))
                kind = "heading"
            self.builder.begin(kind)
            self.block_open = True

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title.append((data, self.source_offset()))
            return
        if self.skip_depth or not data:
            return
        if not data.strip() and not self.block_open:
            return
        self._ensure_block()
        self.builder.add(data, self.source_offset())

    def _reference(self, raw_start: int) -> None:
        m = _ENTITY_AT.match(self.source, raw_start)
        if not m:
            return
        decoded = html.unescape(m.group())
        if self.in_title:
            self.title.append((decoded, raw_start))
            return
        if self.skip_depth:
            return
        self._ensure_block()
        self.builder.add(decoded, m.start(), m.end())

    def handle_entityref(self, name: str) -> None:
        self._reference(self.source_offset())

    def handle_charref(self, name: str) -> None:
        self._reference(self.source_offset())

    def handle_comment(self, data: str) -> None:
        self.comments.append((self.source_offset(), f"<!--{data}-->"))

    def _meta(self, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if values.get("property") == "og:title" and values.get("content"):
            content = values["content"] or ""
            tag_text = self.get_starttag_text() or ""
            at = self.source_offset()
            inner = tag_text.find(content)
            if inner >= 0:
                self.og_title = (content, at + inner, at + inner + len(content))
            else:  # the attribute held references: pin the decoded value to the whole tag
                self.og_title = (content, at, at + len(tag_text))


def load(path: str, source: str) -> list[Article]:
    builder = ArticleBuilder(path, source, "html")
    parser = _Extractor(builder, source)
    parser.feed(source)
    parser.close()
    builder.end()
    article = builder.build()
    blocks = article.blocks
    headline_text: str | None = None
    if parser.og_title:
        headline_text = parser.og_title[0].strip()
    h1 = [i for i in parser.h1_blocks if i < len(blocks)]
    promote: int | None = None
    if h1 and (headline_text is None or _same(article.block_text(blocks[h1[0]]), headline_text)):
        promote = h1[0]
    if promote is not None:
        b = blocks[promote]
        blocks[promote] = type(b)("headline", b.span, b.index)
        headline_text = article.block_text(blocks[promote])
    elif parser.og_title or parser.title:
        article = _with_headline(path, source, parser)
        headline_text = article.block_text(article.headline) if article.headline else None
    article.meta["comments"] = sorted(parser.comments)
    if headline_text:
        article.meta["title"] = headline_text
    return [article]


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()).lower() == " ".join(b.split()).lower()


def _with_headline(path: str, source: str, parser: _Extractor) -> Article:
    """Rebuild with the og:title or <title> as a headline block in front of the body."""
    builder = ArticleBuilder(path, source, "html")
    builder.begin("headline")
    if parser.og_title:
        text, a, b = parser.og_title
        builder.add(text, a, b if b - a != len(text) else None)
    else:
        for piece, at in parser.title:
            if source.startswith(piece, at):
                builder.add(piece, at)
            else:  # a decoded character reference
                m = _ENTITY_AT.match(source, at)
                builder.add(piece, at, m.end() if m else at)
    builder.end()
    second = _Extractor(builder, source)
    second.feed(source)
    second.close()
    return builder.build()

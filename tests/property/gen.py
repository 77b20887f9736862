"""Hypothesis strategies for articles in every format.

Structured strategies return (source, words): ``words`` are the prose words a reader sees, drawn
from VOCAB, which no markup, URL, code or comment ever contains, so a test can check that the
loader kept every visible word. Chaos strategies return raw source from markup-heavy alphabets.
"""

from __future__ import annotations

import json
import os

from hypothesis import strategies as st

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"


def scaled(n: int) -> int:
    """Examples for a slow property: ``n`` by default, 50 times more in the fuzz profile."""
    return n * 50 if FUZZ else n

VOCAB = ("talks", "minister", "harbour", "zebra", "quiet", "market", "élan", "naïve", "東京", "Oslo", "rates")
ENTITIES = ("&amp;", "&eacute;", "&#233;", "&#x41;", "&copy;", "&lt;", "&quot;", "&nbsp;", "&#128512;")
ESCAPES = ("\\*", "\\_", "\\#", "\\[", "\\]", "\\\\", "\\`", "\\<", "\\&")

Built = tuple[str, list[str]]
word = st.sampled_from(VOCAB)


@st.composite
def _words(draw: st.DrawFn, min_size: int = 1, max_size: int = 5) -> Built:
    ws = draw(st.lists(word, min_size=min_size, max_size=max_size))
    return " ".join(ws), ws


# -- Markdown -----------------------------------------------------------------
@st.composite
def md_inline_item(draw: st.DrawFn, in_link: bool = False) -> Built:
    kind = draw(st.sampled_from(
        ["word", "word", "em", "strong", "under", "code", "link", "image", "autolink", "entity",
         "escape", "html", "comment", "hardbreak", "softbreak"] if not in_link else ["word", "em", "entity", "code"]
    ))
    w, ws = draw(_words(1, 3))
    if kind == "word":
        return w, ws
    if kind == "em":
        return f"*{w}*", ws
    if kind == "strong":
        return f"**{w}**", ws
    if kind == "under":
        return f"_{w}_", ws
    if kind == "code":
        return draw(st.sampled_from(["`x1`", "`` a`b ``", "`  y2 `"])), []
    if kind == "link":
        inner = draw(st.lists(md_inline_item(in_link=True), min_size=1, max_size=3))
        target = draw(st.sampled_from(["(http://e.example/a)", '(http://e.example/b "t")', "(<u v>)", "(/p(q))"]))
        return "[" + " ".join(s for s, _ in inner) + "]" + target, [x for _, xs in inner for x in xs]
    if kind == "image":
        return "![pic](http://e.example/i.png)", []
    if kind == "autolink":
        return "<http://e.example/x>", []
    if kind == "entity":
        return draw(st.sampled_from(ENTITIES)), []
    if kind == "escape":
        return draw(st.sampled_from(ESCAPES)), []
    if kind == "html":
        return f"<span class=\"c\">{w}</span>", ws
    if kind == "comment":
        return "<!-- c -->", []
    if kind == "hardbreak":
        return draw(st.sampled_from(["  \n", "\\\n"])) + w, ws
    return "\n" + w, ws  # softbreak, then a word so the next line never starts a new block


@st.composite
def md_inline(draw: st.DrawFn) -> Built:
    first, words = draw(_words(1, 2))
    items = draw(st.lists(md_inline_item(), max_size=6))
    src = first + "".join((" " + s if not s.startswith(("\n", "  \n", "\\\n")) else s) for s, _ in items)
    return src, words + [x for _, xs in items for x in xs]


@st.composite
def md_block(draw: st.DrawFn) -> Built:
    kind = draw(st.sampled_from(["para", "para", "heading", "list", "olist", "quote", "fence", "comment", "html",
                                 "setext", "table", "reflink", "nested", "indented"]))
    if kind == "setext":
        w, ws = draw(_words())
        return w + "\n" + draw(st.sampled_from(["===", "---"])), ws
    if kind == "table":
        (a, aw), (b, bw) = draw(_words(1, 2)), draw(_words(1, 2))
        return f"| x1 | y2 |\n|----|----|\n| {a} | *{b}* |", aw + bw
    if kind == "reflink":
        (a, aw), (b, bw) = draw(_words(1, 2)), draw(_words(1, 2))
        return f"{a} [{b}][r1] and [r1]\n\n[r1]: http://e.example/r \"t\"", aw + bw + ["r1"] * 0
    if kind == "nested":
        s, ws = draw(md_inline())
        return "- > " + s.replace("\n", "\n  > ") + "\n  - " + s.replace("\n", "\n    "), ws + ws
    if kind == "indented":
        return "    code x1 <b>\n    more x1", []
    if kind == "heading":
        w, ws = draw(_words())
        return "#" * draw(st.integers(1, 3)) + " " + w, ws
    if kind in ("list", "olist"):
        items = draw(st.lists(md_inline(), min_size=1, max_size=3))
        lines = [f"{'-' if kind == 'list' else str(n + 1) + '.'} {s.replace(chr(10), chr(10) + '   ')}"
                 for n, (s, _) in enumerate(items)]
        return "\n".join(lines), [x for _, xs in items for x in xs]
    if kind == "quote":
        s, ws = draw(md_inline())
        return "> " + s.replace("\n", "\n> "), ws
    if kind == "fence":
        return "```\ncode x1 <b>\n```", []
    if kind == "comment":
        return "<!-- lint-news: disable P101 -->", []
    if kind == "html":
        return "<div>\nblock x1\n</div>", []
    return draw(md_inline())


@st.composite
def front_matter(draw: st.DrawFn) -> Built:
    title, ws = draw(_words())
    style = draw(st.sampled_from(["yaml", "yaml-dq", "yaml-sq", "toml", "none-title", "folded", "comment"]))
    nl = draw(st.sampled_from(["\n", "\r\n"]))
    if style == "folded":  # a multi-line value: pinned to the whole front matter
        return f"---{nl}title: >{nl}  {title}{nl}  {title}{nl}tags: [x1]{nl}---{nl}", ws + ws
    if style == "comment":
        return f"---{nl}title: {title} # x1{nl}---{nl}", ws
    if style == "toml":
        return f"+++{nl}title = {json.dumps(title)}{nl}date = 2024-01-02{nl}+++{nl}", ws
    if style == "none-title":
        return f"---{nl}date: 2024-01-02{nl}---{nl}", []
    value = {"yaml": title, "yaml-dq": '"' + title + ' \\u00e9"', "yaml-sq": "'" + title + " it''s'"}[style]
    desc, dws = draw(_words())
    return f"---{nl}title: {value}{nl}description: {desc}{nl}---{nl}", ws + dws


@st.composite
def markdown_docs(draw: st.DrawFn) -> Built:
    fm, words = draw(st.one_of(st.just(("", [])), front_matter()))
    blocks = draw(st.lists(md_block(), min_size=1, max_size=6))
    body = "\n\n".join(s for s, _ in blocks) + draw(st.sampled_from(["", "\n"]))
    return fm + _mixed_newlines(draw, body), words + [x for _, xs in blocks for x in xs]


def _mixed_newlines(draw: st.DrawFn, text: str) -> str:
    """Each \\n of ``text`` kept, or made \\r\\n or a lone \\r (files edited on several systems)."""
    if not draw(st.booleans()):
        return text
    parts = text.split("\n")
    out = [parts[0]]
    for k, part in enumerate(parts[1:], start=1):
        nl = draw(st.sampled_from(["\n", "\r\n", "\r"]))
        if nl == "\r" and not part and k < len(parts) - 1:
            nl = "\n"  # a lone \r before the next \n would merge two line breaks into one \r\n
        out += [nl, part]
    return "".join(out)


md_chaos = st.text(alphabet="ab *_`[]()<>!&#;\\\n-=>:\"'é", max_size=200)

# -- HTML -----------------------------------------------------------------------
INLINE_TAGS = ("span", "b", "i", "em", "a", "strong")
BLOCK_TAGS = ("p", "div", "li", "h2", "blockquote", "section", "article", "td")
SKIPPED = ("script", "style", "nav", "header", "footer")


@st.composite
def html_text(draw: st.DrawFn) -> Built:
    parts = draw(st.lists(st.one_of(word, st.sampled_from(ENTITIES)), min_size=1, max_size=5))
    return " " + " ".join(parts) + " ", [p for p in parts if p in VOCAB]


def html_node(depth: int = 3) -> st.SearchStrategy[Built]:
    leaves: st.SearchStrategy[Built] = st.one_of(
        html_text(), html_text(),
        st.sampled_from([("<!-- c -->", []), ("<br>", []), ("<br/>", []), ('<img alt="pic" src="x.png">', []),
                         ("<script>if (a < b && c) { x1 = '</p>'; }</script>", []),
                         ("<style>p > b { color: red }</style>", []), ("<nav> menu x1 </nav>", []),
                         ("<footer> (c) x1 </footer>", []), ('<P TITLE="a>b">', []), ("<![CDATA[x1]]>", []),
                         ("<?xml x1?>", []), ("</p>", []), ("<p/>", []), ("<HR>", []), ("&unknown; &#0; &#x110000;", [])]),
    )
    if depth == 0:
        return leaves

    @st.composite
    def element(draw: st.DrawFn) -> Built:
        tag = draw(st.sampled_from(INLINE_TAGS + BLOCK_TAGS))
        attrs = draw(st.sampled_from(["", ' class="k"', ' href="http://e.example/?a=1&amp;b=2"', " title='t&lt;'"]))
        kids = draw(st.lists(html_node(depth - 1), max_size=4))
        close = draw(st.sampled_from([f"</{tag}>", f"</{tag}>", ""]))  # sometimes left open
        return f"<{tag}{attrs}>" + "".join(s for s, _ in kids) + close, [x for _, xs in kids for x in xs]

    return st.one_of(leaves, element())


@st.composite
def html_docs(draw: st.DrawFn) -> Built:
    head = draw(st.sampled_from([
        "", "<title>talks &amp; rates</title>", '<meta property="og:title" content="Oslo talks">',
        '<meta property="og:title" content="Oslo &amp; talks"><title>x1</title>',
    ]))
    h1 = draw(st.sampled_from(["", "<h1>Oslo talks</h1>", "<h1>zebra &eacute;</h1>"]))
    nodes = draw(st.lists(html_node(), min_size=1, max_size=6))
    nl = draw(st.sampled_from(["\n", "\r\n", "\r"]))
    body = nl.join(s for s, _ in nodes)
    src = f"<!DOCTYPE html>{nl}<html><head>{head}</head>{nl}<body>{h1}{nl}{body}{nl}</body></html>"
    src = _mixed_newlines(draw, src)
    return src, [x for _, xs in nodes for x in xs]


html_chaos = st.text(alphabet="ab <>/&#;!-=\"'pdivscrt\nx\\é", max_size=200)

# -- plain text and JSONL ---------------------------------------------------------
txt_docs = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="\r\n"), max_size=80),
    max_size=8,
).flatmap(lambda lines: st.sampled_from(["\n", "\r\n", "\r"]).map(lambda nl: nl.join(lines)))

json_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=120)


@st.composite
def jsonl_docs(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(1, 4))):
        obj: dict[str, object] = {"title": draw(json_text), draw(st.sampled_from(["body", "text"])): draw(json_text)}
        if draw(st.booleans()):
            obj["n"] = {"nested": [1, "x"]}
        line = json.dumps(obj, ensure_ascii=draw(st.booleans()))
        if draw(st.booleans()):
            line = line.replace("/", "\\/")
        lines.append(line)
    return draw(st.sampled_from(["\n", "\r\n"])).join(lines) + "\n"

# -- markup soup: grammar pieces in any order ---------------------------------------
MD_PIECES = ("*", "**", "_", "`", "``", "[", "](", ")", "]", "<", ">", "&amp;", "&eacute;", "&#x41;", "&bogus;", "\\",
             "\\*", "\n", "\n\n", "\r\n", "# ", "- ", "1. ", "> ", "|", "---", "===", "![", "<!--", "-->", "    ",
             "<span>", "</span>", "http://e.example", "talks", "Oslo", "é", " ", " ", "  \n", "```", "+++", ":")
HTML_PIECES = ("<p>", "</p>", "<div>", "</div>", "<b>", "</b>", "<script>", "</script>", "<style>", "</style>",
               "<!--", "-->", "<br>", "&amp;", "&eacute;", "&#233;", "&#x41;", "&bogus;", "&", "<", ">", "\"", "'",
               "<a href='x'>", "</a>", "<h1>", "</h1>", "<title>", "</title>", "<![CDATA[", "]]>", "<![x[", "<![", "<!",
               "<meta property=\"og:title\" content=\"Oslo &amp; talks\">", "talks", "Oslo", "é", " ", "\n", "\r\n",
               "<nav>", "</nav>", "<li>", "<pre>", "</pre>", "<textarea>", "</textarea>", "<!DOCTYPE html>")
md_soup = st.lists(st.sampled_from(MD_PIECES), max_size=60).map("".join)
html_soup = st.lists(st.sampled_from(HTML_PIECES), max_size=60).map("".join)

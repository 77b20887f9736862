"""The block tokens markdown-it would give for the markup news articles use, without loading it.

Importing markdown-it (and ``dataclasses``, which it needs) is about 15 ms of a single file's cold
start. Most articles in Markdown use little of CommonMark: paragraphs, ATX headings, one-line bullet
items, HTML comments (lint-news's own suppressions), emphasis, inline links and code spans.
``block_tokens`` reads exactly that subset and gives the tokens markdown-it ("commonmark" with
tables) gives for it, as far as the loader reads them: block types, nesting, line maps, and the
inline children's types, contents and markup. Anything outside the subset, or anything whose reading
depends on CommonMark's finer rules (a delimiter run that might not be emphasis, a link whose target
has spaces or a title, an entity, an escape, an indented line), returns None, and the caller parses
the body with markdown-it. tests/test_markdown_lite.py compares both readings on generated bodies.
"""

from __future__ import annotations

import re

from .. import recache

# Never read here: an escape, inline HTML or an autolink, characters markdown-it normalises, whitespace
# at a line's end (a hard break, or a paragraph's end markdown-it trims). "<" is allowed only on lines
# of an HTML comment block, which are checked apart.
_NEVER = recache.compile(r"[\\\r\0\x0b\x0c\x1c-\x1e\x85\u2028\u2029]|[^\S\n]$", re.MULTILINE)
_ENTITY = recache.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
# "## Words": marks, then blanks, then text that neither starts nor ends with '#' (no closing sequence)
_HEADING = recache.compile(r"(#{1,6})[ \t]+([^#\s](?:.*[^#\s])?)$")
# "- Words": a bullet, one space, and text that opens no other block (nested list, rule, heading, ...)
_ITEM = recache.compile(r"[-*+] (?=[0-9A-Za-z\"'(\[`]|([*_])\1?[^\s*_])(?![0-9]{1,9}[.)](?:[ \t]|$))")
# A line that can only be a paragraph's text (or its continuation), once _ITEM and _HEADING are ruled
# out (a bullet alone on its line is an empty list item)
_TEXT = recache.compile(r"(?![\s#>=:|~<-]|[*+](?:[ \t]|$)|[0-9]{1,9}[.)](?:[ \t]|$)|``|___?(?:[\s_]|$))")
# [text](target): no brackets, marks, code, HTML or line break in the text; a bare target without
# control characters (markdown-it's destination stops at them)
_LINK = recache.compile(r"\[([^\[\]\n`*_<]+)\]\(([^\s\x00-\x1f\x7f()<>`\"'\\]+)\)")
_BAD_TARGET = recache.compile(r"(?i)(?:vbscript|javascript|file|data):")
_OPEN_AFTER = frozenset(" \t\n(\"'")  # before an opening run: whitespace (or nothing) or an opening mark
_CLOSE_BEFORE = frozenset(" \t\n.,;:!?)\"'")  # after a closing run: whitespace (or nothing) or punctuation
_SPECIAL = recache.compile(r"[*_\[\]`!<\n]")


class LiteToken:
    """The fields of ``markdown_it.token.Token`` that the Markdown loader reads."""

    __slots__ = ("children", "content", "map", "markup", "nesting", "type")

    def __init__(self, type: str, nesting: int = 0, map: list[int] | None = None,
                 children: list[LiteToken] | None = None, content: str = "", markup: str = "") -> None:
        self.type = type
        self.nesting = nesting
        self.map = map
        self.children = children
        self.content = content
        self.markup = markup

    def __repr__(self) -> str:
        return f"LiteToken({self.type!r}, {self.nesting}, {self.map}, content={self.content!r}, markup={self.markup!r})"


def block_tokens(body: str) -> list[LiteToken] | None:
    """markdown-it's tokens for ``body``, or None when it uses markup outside the subset read here."""
    if _NEVER.search(body) or ("&" in body and _ENTITY.search(body)):
        return None
    lines = body.split("\n")
    ends_in_break = lines[-1] == ""
    if ends_in_break:
        lines.pop()  # the final line break ends the last line; it opens none
    out: list[LiteToken] = []
    bullet = ""  # the bullet of the open list ("" when none is open)
    i, count = 0, len(lines)
    while i < count:
        line = lines[i]
        if not line:
            i += 1
            continue
        if bullet and not _ITEM.match(line):  # any other block ends the list
            _close_list(out, bullet)
            bullet = ""
        if line.startswith("<!--"):  # an HTML comment block: to the line that closes the comment
            end = i
            while end < count and "-->" not in lines[end]:
                end += 1
            end = min(end + 1, count)
            content = "\n".join(lines[i:end]) + ("\n" if end < count or ends_in_break else "")
            out.append(LiteToken("html_block", map=[i, end], content=content))
            i = end
        elif "<" in line:
            return None
        elif line[0] == "#":
            heading = _HEADING.match(line)
            if heading is None or not _block(out, "heading", i, i + 1, heading.group(2)):
                return None
            i += 1
        elif _ITEM.match(line):
            following = lines[i + 1] if i + 1 < count else ""
            if following and not (following[0] == "#" or following.startswith("<!--") or _ITEM.match(following)):
                return None  # a lazy continuation, or a line that might open a block inside the item
            if bullet != line[0]:  # items with another bullet make another list
                _close_list(out, bullet)
                bullet = line[0]
                out.append(LiteToken("bullet_list_open", 1))
            out.append(LiteToken("list_item_open", 1))
            if not _block(out, "paragraph", i, i + 1, line[2:]):
                return None
            out.append(LiteToken("list_item_close", -1))
            i += 1
        elif _TEXT.match(line):
            end = i + 1
            while end < count and (nxt := lines[end]) and nxt[0] != "#" and not nxt.startswith("<!--") \
                    and not _ITEM.match(nxt):
                if "<" in nxt or not _TEXT.match(nxt):
                    return None
                end += 1
            if not _block(out, "paragraph", i, end, "\n".join(lines[i:end])):
                return None
            i = end
        else:
            return None
    _close_list(out, bullet)
    return out


def _close_list(out: list[LiteToken], bullet: str) -> None:
    if bullet:
        out.append(LiteToken("bullet_list_close", -1))


def _block(out: list[LiteToken], kind: str, first: int, end: int, content: str) -> bool:
    """Append an opening, the inline token and a closing for ``content``; False if its inline markup is not read here."""
    children = inline_children(content)
    if children is None:
        return False
    out.append(LiteToken(f"{kind}_open", 1, [first, end]))
    out.append(LiteToken("inline", 0, [first, end], children, content))
    out.append(LiteToken(f"{kind}_close", -1))
    return True


def inline_children(text: str) -> list[LiteToken] | None:
    """The inline tokens of one block's text, or None when a mark's reading is not certain here.

    Emphasis is read only in unnested pairs of runs of one or two marks, where the opening run
    follows whitespace or an opening mark and precedes a letter or digit, and the closing run follows
    anything but whitespace and precedes whitespace or ASCII punctuation: CommonMark's flanking rules
    (and its rule of three, as both runs have one length) then allow one reading only.
    """
    out: list[LiteToken] = []
    pending = 0  # start of the text not yet emitted
    opened = ""  # the marks of the open emphasis, if any
    n = len(text)
    special = _SPECIAL.search(text)
    while special is not None:
        i = special.start()
        c = text[i]
        if c == "\n":
            _text(out, text, pending, i)
            out.append(LiteToken("softbreak"))
            pending = i + 1
            special = _SPECIAL.search(text, pending)
            continue
        if c in "*_":
            j = i + 1
            while j < n and text[j] == c:
                j += 1
            marks = text[i:j]
            before = text[i - 1] if i else "\n"
            after = text[j] if j < n else "\n"
            if len(marks) > 2:
                return None
            if not opened:
                if before not in _OPEN_AFTER or not after.isalnum():
                    return None
                tag, nesting = ("strong" if len(marks) == 2 else "em") + "_open", 1
                opened = marks
            else:
                if marks != opened or after not in _CLOSE_BEFORE:
                    return None
                if before.isspace():
                    return None
                tag, nesting = ("strong" if len(marks) == 2 else "em") + "_close", -1
                opened = ""
            _text(out, text, pending, i)
            out.append(LiteToken(tag, nesting, markup=marks))
            pending = j
        elif c == "[":
            link = _LINK.match(text, i)
            if link is None or _BAD_TARGET.match(link.group(2)):
                return None
            _text(out, text, pending, i)
            out.append(LiteToken("link_open", 1))
            out.append(LiteToken("text", content=link.group(1)))
            out.append(LiteToken("link_close", -1))
            pending = link.end()
        elif c == "`":
            close = text.find("`", i + 1)
            if text.startswith("``", i) or close < 0 or text.startswith("``", close) or "\n" in text[i:close]:
                return None
            code = text[i + 1 : close]
            if code.startswith(" ") and code.endswith(" ") and code.strip(" "):  # (markdown-it strips unless all spaces)
                code = code[1:-1]
            _text(out, text, pending, i)
            out.append(LiteToken("code_inline", content=code, markup="`"))
            pending = close + 1
        elif c == "!":
            if text.startswith("![", i):
                return None  # an image
            special = _SPECIAL.search(text, i + 1)
            continue
        else:  # "]" outside a link, or "<"
            return None
        special = _SPECIAL.search(text, pending)
    if opened:
        return None
    _text(out, text, pending, n)
    return out


def _text(out: list[LiteToken], text: str, start: int, end: int) -> None:
    if end > start:
        out.append(LiteToken("text", content=text[start:end]))

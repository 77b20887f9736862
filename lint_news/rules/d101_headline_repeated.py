"""D101: the headline or the standfirst pasted again into the body."""

from __future__ import annotations

from collections.abc import Iterator

from ..chrome import (
    BODY_KINDS,
    Line,
    block_lines,
    first_key_char,
    is_truncated,
    normalize,
    strip_ellipsis,
)
from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..lazyre import lazy_compile
from ..registry import Rule

MIN_PREFIX_WORDS = 5  # a truncated copy must keep at least this many words of the original
_LINE_KINDS = (*BODY_KINDS, "standfirst")  # lines that may repeat a headline or standfirst
_ORIGINAL_KINDS = ("headline", "standfirst")
MAX_SITE = 40  # characters of a site's name after a repeated headline
# words of a subhead, not of a site's name ("Budget 2025 - What It Means For You")
_NOT_IN_A_NAME = frozenset("the a an what how why who when where it its is are you your we our for to of in on and with this that".split())
# "<headline> - Example News", "<headline> | Example.com": one to five capitalised words after a separator
_SITE_SUFFIX = lazy_compile(r"(.+?)\s+[-–—|]\s+((?:[A-Z0-9][\w.&'’-]*)(?:\s+[A-Z0-9][\w.&'’-]*){0,4})\s*$")


class HeadlineRepeated(Rule):
    """The headline or standfirst repeated in the body.

    ## What it flags
    A body line that repeats the headline or the standfirst, exactly or nearly: with other
    apostrophes or quotation marks, other capitals, a trailing " :" or cut off with "..." or "…",
    or followed by a site's name as in a page title ("... - Harbour Daily News"). Also the headline
    pasted as the first sentence of the body, after any dateline ("COPENHAGEN — Denmark Approves
    Largest Offshore Wind Farm. The agency on Wednesday ...").
    A Markdown or HTML file whose first heading repeats the front-matter title is normal and passes.

    ## Why it matters
    Scrapers copy the page title, the dek and the article body one after the other, so the
    headline appears twice; readers see a stutter and search engines a duplicate.

    ## Example
        Talks on the port deal collapse

        Talks on the port deal collapse :

        Negotiators left the capital on Friday without an agreement.

    ## Suggested fix
    Delete the repeated line.

    ## Fix safety
    Safe when the line is an exact copy of the headline or standfirst; otherwise unsafe, since a
    near copy may carry a word the editor wants to keep.
    """

    code = "D101"
    name = "duplicate.headline-repeated"
    category = "duplicate"
    severity = "warning"
    summary = "Headline or standfirst repeated in the body"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        yield from self._opening_sentence(article)
        lines = block_lines(article)
        # keys are built only for the lines compared below
        heads = [ln for ln in lines if ln.block.kind in _ORIGINAL_KINDS]
        # the headline and standfirst with words, each with the first character of its key
        originals = [(ln, first) for ln in heads if (first := first_key_char(ln.text)) is not None]
        if not originals:
            return
        longest = max(len(o.text) for o, _ in originals) + 10 + MAX_SITE  # a repeat is no longer than this
        shortest = min(len(o.text) for o, _ in originals) - 10  # below: far shorter than every original
        for line in lines:
            text = line.text
            size = len(text)
            if size > longest or (size < shortest and not is_truncated(text)) or line.block.kind not in _LINE_KINDS:
                continue  # (the length tests below would skip this line for every original)
            first = first_key_char(text)
            if first is None:
                continue  # no words: the key is empty, nothing to compare
            for orig, orig_first in originals:
                if orig is line or (line.block.kind == "standfirst" and orig.block.kind != "headline"):
                    continue
                if size < len(orig.text) - 10 and not is_truncated(text):
                    continue  # far shorter than the original and not cut off: not a copy
                if first and orig_first and first != orig_first:
                    continue  # an exact or cut-off copy starts with the original's first letter
                if not line.key:
                    break
                exact = line.key == orig.key
                cut = site = False
                if not exact and is_truncated(text):
                    part = normalize(strip_ellipsis(text))
                    cut = len(part.split()) >= MIN_PREFIX_WORDS and orig.key.startswith(part)
                elif not exact and size > len(orig.text) and line.key.startswith(orig.key):
                    site = _with_site_name(text, orig.key)
                if not (exact or cut or site):
                    continue
                if exact and line.block.kind == "heading" and orig.block.kind == "headline" and line is _first_body(lines):
                    break  # Markdown/HTML: the page heading repeats the front-matter title
                what = "headline" if orig.block.kind == "headline" else "standfirst"
                identical = text == orig.text
                how = ("repeated" if identical else "repeated (near copy)" if exact
                       else "repeated with a site's name" if site else "repeated, cut off")
                yield self.finding(
                    line.block.span,
                    f"the {what} is {how} in the body",
                    [Suggestion("", "safe" if identical else "unsafe")],
                    [Related(orig.block.span, f"the {what}")],
                    confidence=0.95 if exact else 0.85,
                )
                break

    def _opening_sentence(self, article: Article) -> Iterator[Finding]:
        """"COPENHAGEN — Denmark approves largest wind farm. The agency on Wednesday ...": the headline
        pasted as the body's first sentence."""
        found = _repeats_opening(article)
        if found is not None:
            sentence, head = found
            yield self.finding(sentence, "the headline is repeated as the body's first sentence",
                               [Suggestion("", "unsafe")], [Related(head, "the headline")], confidence=0.85)


DATELINE = lazy_compile(r"[A-Z][A-Z .'’-]{2,40}(?:\([^)]{1,30}\))?\s*[—–-]{1,2}\s*")


def _repeats_opening(article: Article) -> tuple[Span, Span] | None:
    """(the sentence, the headline) when the body's first paragraph opens, after any dateline
    ("COPENHAGEN — "), with the headline as a sentence of its own, followed by more."""
    head = article.headline
    body = next((b for b in article.blocks if b.kind in BODY_KINDS), None)
    if head is None or body is None:
        return None
    text = article.text
    first_word = text[head.start : head.end].split(" ", 1)[0].lower()
    start = body.start
    dateline = DATELINE.match(text, start, body.end)
    if dateline is not None:
        start = dateline.end()
    if not first_word or text[start : start + len(first_word)].lower() != first_word:
        return None  # (the body opens with another word: most articles, told without normalising)
    key = normalize(article.block_text(head))
    if len(key.split()) < 4:
        return None
    sentence = next((sn for sn in article.sentences if sn.block == body.index and sn.span.end > start), None)
    if sentence is None or sentence.span.end >= body.end - 1 or normalize(text[start : sentence.span.end]) != key:
        return None  # (a paragraph that is only the headline is a whole line: the check above)
    return Span(start, sentence.span.end), head.span


def _with_site_name(text: str, key: str) -> bool:
    """The line is the headline, a separator and a site's name: "Harbour strike ends - Example News"
    (a page title copied with the article)."""
    m = _SITE_SUFFIX.match(text)
    if m is None or normalize(m.group(1)) != key:
        return False
    words = m.group(2).lower().split()
    return not any(w in _NOT_IN_A_NAME for w in words[1:]) and words[0] not in _NOT_IN_A_NAME - {"the"}


def _first_body(lines: list[Line]) -> Line | None:
    return next((ln for ln in lines if ln.block.kind in BODY_KINDS), None)

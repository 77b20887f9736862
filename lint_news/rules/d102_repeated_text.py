"""D102: the same paragraph or sentence twice in the body."""

from __future__ import annotations

from collections.abc import Iterator
from operator import attrgetter, sub

from ..chrome import BODY_KINDS, Line, block_lines
from ..context import Context
from ..document import Article
from ..findings import Finding, Related, Span, Suggestion
from ..registry import Rule
from .d101_headline_repeated import DATELINE

MIN_BLOCK_WORDS = 4  # "Read more" twice is chrome, not a repeated paragraph
MIN_SENTENCE_WORDS = 8  # short stock sentences ("He declined to comment.") may recur legitimately
_START, _END = attrgetter("span.start"), attrgetter("span.end")


_OPENING = 24  # characters: as long as the shortest copies of eight words (8 of two letters and 7 spaces: 23)


class RepeatedText(Rule):
    """A paragraph or a sentence that appears twice.

    ## What it flags
    A body paragraph of four words or more that repeats an earlier one, and a sentence of eight
    words or more that repeats an earlier sentence of the article, word for word, or the start of
    one up to a comma or a semicolon (a copy cut short); and the lead paragraph pasted again
    without its dateline.
    Headline and standfirst repeats are D101's business.

    ## Why it matters
    Spinners and scrapers paste a paragraph twice or join two versions of the same story; the
    repeat reads as an error and inflates the article.

    ## Example
        The mayor said the bridge would reopen in June after repairs.

        Traffic has been diverted through the old town since March.

        The mayor said the bridge would reopen in June after repairs.

    ## Suggested fix
    Delete the second copy.

    ## Fix safety
    Safe for a repeated paragraph (an exact copy); unsafe for a sentence, which may be part of a
    longer paragraph.
    """

    code = "D102"
    name = "duplicate.repeated-text"
    category = "duplicate"
    severity = "warning"
    summary = "The same paragraph or sentence appears twice"
    fixable = True

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        text = article.text
        seen_blocks: dict[str, Span] = {}
        flagged: list[Span] = []
        lines = block_lines(article)
        texts = list(map(attrgetter("text"), lines))
        # most articles repeat no block at all: a set built in C says so without the loop below
        for line in lines if len(set(texts)) < len(texts) else ():
            if line.block.kind not in BODY_KINDS:
                continue
            key = line.text  # exact copies only: a cheap dictionary key
            if key.count(" ") < MIN_BLOCK_WORDS - 1:
                continue
            first = seen_blocks.get(key)
            if first is None:
                seen_blocks[key] = line.block.span
                continue
            flagged.append(line.block.span)
            yield self.finding(line.block.span, "this paragraph repeats an earlier one",
                               [Suggestion("", "safe")],
                               [Related(first, "first copy")], confidence=0.95)
        yield from self._lead_again(article, lines, flagged)
        seen: dict[str, Span] = {}
        in_body = [b.kind in BODY_KINDS for b in article.blocks]
        sentences = article.sentences
        # likewise for sentences: two copies have the same length, and lengths are cheaper than texts
        starts, ends = list(map(_START, sentences)), list(map(_END, sentences))
        twice = len(set(map(sub, ends, starts))) < len(sentences)
        twice = twice and len(set(map(text.__getitem__, map(slice, starts, ends)))) < len(sentences)
        for sent in sentences if twice else ():
            if not in_body[sent.block]:
                continue
            span = sent.span
            if text.count(" ", span.start, span.end) < MIN_SENTENCE_WORDS - 1:
                continue
            key = text[span.start : span.end]  # sentences: exact copies only (cheap)
            first = seen.get(key)
            if first is None:
                seen[key] = span
                continue
            if any(f.start <= span.start and span.end <= f.end for f in flagged):
                continue
            yield self.finding(span, "this sentence repeats an earlier one", [Suggestion("", "unsafe")],
                               [Related(first, "first copy")], confidence=0.9)
        yield from self._shortened_copies(article, in_body, flagged)

    def _lead_again(self, article: Article, lines: list[Line], flagged: list[Span]) -> Iterator[Finding]:
        """The lead paragraph pasted again without its dateline ("LIBREVILLE – Gabonese authorities
        said ..." then "Gabonese authorities said ..."): the exact test above sees two texts."""
        body = [line for line in lines if line.block.kind in ("paragraph", "standfirst")]  # (a short lead may be read as the standfirst)
        if len(body) < 2:
            return
        dateline = DATELINE.match(body[0].text)  # (as D101 reads one: "LIBREVILLE –", "KYIV (Reuters) -")
        if dateline is None:
            return
        lead = body[0].text[dateline.end() :]
        if lead.count(" ") < MIN_BLOCK_WORDS - 1:
            return
        for line in body[1:]:
            if line.text == lead:
                flagged.append(line.block.span)
                yield self.finding(line.block.span, "this paragraph repeats the lead without its dateline",
                                   [Suggestion("", "safe")], [Related(body[0].block.span, "the lead")], confidence=0.9)
                return

    def _shortened_copies(self, article: Article, in_body: list[bool], flagged: list[Span]) -> Iterator[Finding]:
        """A sentence of eight words or more that is the start of an earlier sentence, cut at a comma or
        a semicolon ("X finished ahead of Y, who started the day in yellow." after "X finished ahead of
        Y, who started the day in yellow, after a stage of 182 km.")."""
        text = article.text
        sentences = [s for s in article.sentences if in_body[s.block]]
        # a copy and its longer original open alike: most articles have no two sentences that do
        openings = [text[s.span.start : s.span.start + _OPENING] for s in sentences]
        if len(set(openings)) == len(openings):
            return
        cores = {}  # a sentence's text without its full stop, for the sentences that may be copies
        for sent in sentences:
            span = sent.span
            if text[span.end - 1 : span.end] == "." and text.count(" ", span.start, span.end) >= MIN_SENTENCE_WORDS - 1:
                cores[span.start] = text[span.start : span.end - 1]
        if not cores:
            return
        earlier: list[tuple[str, Span]] = []
        for sent in sentences:
            span = sent.span
            core = cores.get(span.start)
            if core is not None and not any(f.start <= span.start and span.end <= f.end for f in flagged):
                for whole, first in earlier:
                    if len(whole) > len(core) + 1 and whole.startswith(core) and whole[len(core)] in ",;":
                        yield self.finding(span, "this sentence repeats the start of an earlier one",
                                           [Suggestion("", "unsafe")], [Related(first, "the longer copy")], confidence=0.8)
                        break
            earlier.append((text[span.start : span.end], span))

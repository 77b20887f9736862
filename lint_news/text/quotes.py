"""Quotation regions: where reported speech is, so rules can treat it differently from narration.

Handles curly and straight double quotes, curly single quotes used as quotation marks, German
„low-high“ quotes, quotes that run over several sentences, and the news convention that a
quotation running over several paragraphs leaves the closing mark off all but the last (each
continued paragraph opens with a fresh mark). Unbalanced marks:
- an opening mark never closed ends at the end of its paragraph, unless the quotation carries on
  (the next paragraph opens with a mark, or closes one it never opened);
- a stray closing mark (” or » with nothing open) closes a quotation that began at the start of
  its paragraph, or after the previous quotation in it.
"""

from __future__ import annotations

from bisect import bisect_left

from ..facts.spans import find_all
from ..findings import Span

_OPEN_DOUBLE = "“„«"
_CLOSERS = {"“": "”»\"", "„": "“”\"", "«": "»", '"': '"”', "‘": "’'\"”", "'": "'’\"”"}
_STRAY_CLOSERS = "”»"
_CONTRACTION_TAILS = frozenset("ll s re ve d m t em tis twas".split())


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def quotation_spans(text: str, blocks: list[Span]) -> list[Span]:
    """Spans (quote marks included) of quotations, in text order."""
    out: list[Span] = []
    carry = False  # the previous paragraph left a quotation open
    marks = find_all(text, _MARKS)  # once for all blocks (str.find: faster than a regex testing every character)
    for block in blocks:
        lo, hi = bisect_left(marks, block.start), bisect_left(marks, block.end)
        if lo == hi:
            carry = False
            continue
        spans, carry = _block_quotes(text, block.start, block.end, carry, marks[lo:hi])
        out.extend(spans)
    return out


def _opens_single(text: str, i: int, start: int, end: int) -> bool:
    """A single mark that opens a quotation: after a non-word, before a word (not "’90s")."""
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    if _is_word(prev) or not _is_word(nxt) or nxt.isdigit():
        return False
    j = i + 1
    while j < end and text[j].isalpha():
        j += 1
    return text[i + 1 : j].lower() not in _CONTRACTION_TAILS  # "'ll think about it"


_MARKS = tuple("“„«\"”»‘'’")
_OPENERS_AFTER = "‘'(["  # may follow an opening mark, as a word may


def _block_quotes(text: str, start: int, end: int, carry: bool, marks: list[int]) -> tuple[list[Span], bool]:
    """Quotation spans in one block (``marks``: where its quotation marks are), and whether a
    quotation is left open at its end."""
    spans: list[Span] = []
    open_at: int | None = None
    closer = ""
    last_end = start  # where a quotation closed by a stray mark may have begun
    first_double = next((i for i in marks if text[i] not in "‘'’"), None) if carry else None
    if first_double is not None and text[first_double] in _STRAY_CLOSERS:
        # the quotation of the previous paragraph carries on up to this closing mark
        spans.append(Span(start, first_double + 1))
        last_end = first_double + 1
    for i in marks:
        if i < last_end:
            continue
        ch = text[i]
        if open_at is None:
            if ch in _OPEN_DOUBLE or ch == '"' or (ch in "‘'" and _opens_single(text, i, start, end)):
                open_at, closer = i, _CLOSERS[ch]
            elif ch in _STRAY_CLOSERS and i > last_end:
                spans.append(Span(last_end, i + 1))
                last_end = i + 1
        elif ch in closer:
            nxt = text[i + 1] if i + 1 < end else " "
            if ch in "’'" and _is_word(nxt):
                continue  # an apostrophe inside a word ("don’t")
            if ch == '"' and i > start and text[i - 1].isspace() and (_is_word(nxt) or nxt in _OPENERS_AFTER):
                continue  # it opens, as a curly “ would: a quotation carried on over paragraphs run together
                # ("... out of shape. "That is why I came." - the convention above, in one block)
            spans.append(Span(open_at, i + 1))
            open_at = None
            last_end = i + 1
    if open_at is not None:
        spans.append(Span(open_at, end))
        return spans, closer != "’'" and closer != "'"
    return spans, False

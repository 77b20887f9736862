"""Quotation regions: where reported speech is, so rules can treat it differently from narration.

Handles curly and straight double quotes, curly single quotes used as quotation marks, quotes
that run over several sentences, and the news convention that a quotation running over several
paragraphs leaves the closing mark off all but the last. An unbalanced opening mark closes at the
end of its paragraph.
"""

from __future__ import annotations

from ..findings import Span

_OPEN_DOUBLE = "“„«"
_CLOSE_DOUBLE = "”»"


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def quotation_spans(text: str, blocks: list[Span]) -> list[Span]:
    """Spans (quote marks included) of quotations, in text order."""
    out: list[Span] = []
    for block in blocks:
        out.extend(_block_quotes(text, block.start, block.end))
    return out


def _block_quotes(text: str, start: int, end: int) -> list[Span]:
    spans: list[Span] = []
    open_at: int | None = None
    closer = ""
    i = start
    while i < end:
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if open_at is None:
            if ch in _OPEN_DOUBLE:
                open_at, closer = i, "”»“"
            elif ch == '"':
                open_at, closer = i, '"”'
            elif ch in "‘'" and not _is_word(prev) and _is_word(nxt):
                open_at, closer = i, "’'"
        else:
            if ch in closer and ch in "’'":
                if not _is_word(nxt):  # not an apostrophe inside a word
                    spans.append(Span(open_at, i + 1))
                    open_at = None
            elif ch in closer or (closer == "”»“" and ch == '"'):
                spans.append(Span(open_at, i + 1))
                open_at = None
            elif closer == "’'" and ch in "”\"":
                # a quotation opened with a single mark and closed with a double one
                spans.append(Span(open_at, i + 1))
                open_at = None
        i += 1
    if open_at is not None:
        spans.append(Span(open_at, end))
    return spans

"""The source map and line index: the one place plain-text offsets become source positions."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from lint_news.sourcemap import LineIndex, SourceMap


def _reference_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]


@given(st.text(alphabet="ab\r\n\x85\u2028\x0b", max_size=60))
def test_line_index_counts_only_cr_lf_and_crlf(text: str) -> None:
    index = LineIndex(text)
    starts = _reference_starts(text)
    assert index.line_count == len(starts)
    for offset in range(len(text) + 1):
        line = max(i for i, s in enumerate(starts) if s <= offset)
        pos = index.position(offset)
        assert (pos.offset, pos.line, pos.column) == (offset, line + 1, offset - starts[line] + 1)


def test_line_index_clamps_and_is_linear_on_long_text() -> None:
    text = "x\n" * 200_000  # searching for \r from every line would take minutes here
    index = LineIndex(text)
    assert index.line_count == 200_001
    assert index.position(-5).offset == 0 and index.position(10**9).offset == len(text)
    assert index.line_start(0) == 0 and index.line_start(10**9) == len(text)


def test_verbatim_atomic_and_synthetic_pieces() -> None:
    # source: "Caf&eacute; <b>bar</b>"; plain: "Café" + " " (synthetic) + "bar"
    smap = SourceMap()
    smap.add_verbatim(0, 3)  # "Caf"
    smap.add_atomic(1, 3, 11)  # "é" <- "&eacute;"
    smap.add_synthetic(1, 11)  # " "
    smap.add_verbatim(15, 3)  # "bar"
    assert smap.plain_length == 8
    assert smap.span(0, 4) == (0, 11)  # a span ending inside an entity takes all of it
    assert smap.span(3, 4) == (3, 11)
    assert smap.span(5, 8) == (15, 18)
    assert smap.span(0, 8) == (0, 18)
    assert smap.span(4, 4) == (11, 11)  # empty spans are points
    assert smap.is_verbatim(0, 3) and smap.is_verbatim(5, 8)
    assert not smap.is_verbatim(0, 4)  # crosses an entity
    assert not smap.is_verbatim(2, 6)  # crosses a separator and markup
    assert smap.pieces() == [(0, 3, 0, 3), (3, 4, 3, 11), (4, 5, 11, 11), (5, 8, 15, 18)]


def test_empty_map() -> None:
    smap = SourceMap()
    assert smap.span(0, 0) == (0, 0) and smap.start(3) == 0 and smap.end(3) == 0 and smap.pieces() == []


_PIECE = st.tuples(st.sampled_from(["verbatim", "atomic", "synthetic"]), st.integers(0, 4), st.integers(0, 3))


@given(st.lists(_PIECE, max_size=8))
def test_span_is_start_and_end_of_its_bounds(pieces: list[tuple[str, int, int]]) -> None:
    smap, src = SourceMap(), 0
    for kind, length, gap in pieces:  # pieces with gaps (markup) between them, some of them empty
        src += gap
        if kind == "verbatim":
            smap.add_verbatim(src, length)
            src += length
        elif kind == "atomic":
            smap.add_atomic(length, src, src + 2 * length + 1)
            src += 2 * length + 1
        else:
            smap.add_synthetic(length, src)
    n = smap.plain_length
    for start in range(-2, n + 3):
        for end in range(-2, n + 3):
            first = smap.start(start)  # the plain definition of span
            expected = (first, first) if end <= start else (first, max(first, smap.end(end)))
            assert smap.span(start, end) == expected


@given(st.text(alphabet="ab\r\n", max_size=30))
def test_positions_is_a_pair_of_positions(text: str) -> None:
    index = LineIndex(text)
    for start in range(-2, len(text) + 3):
        for end in range(-2, len(text) + 3):
            assert index.positions(start, end) == (index.position(start), index.position(end))

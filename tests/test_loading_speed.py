"""Loading fast paths against the definitions they replaced: the plain-text loader (ArticleBuilder.add_lines,
one pass over the lines) gives the same text, blocks, source map pieces and meta; read_bounded the same bytes and errors."""

from __future__ import annotations

import os
import random
import re
from collections.abc import Callable, Iterable
from itertools import repeat
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.document import Article, ArticleBuilder
from lint_news.errors import InputError
from lint_news.formats import load_articles
from lint_news.formats.plaintext import _is_wrapped, _standfirst_candidate, add_plain_blocks
from lint_news.loading import _mb, read_bounded

# -- the former definition, kept as the reference ----------------------------------------------

_NEWLINE = re.compile(r"(\r\n|\r|\n)")


def _reference_content_lines(text: str) -> list[tuple[int, int, str]]:
    widths: Iterable[int]
    if "\r" in text:
        parts = _NEWLINE.split(text)
        lines, widths = parts[::2], [*map(len, parts[1::2]), 0]
    else:
        lines, widths = text.split("\n"), repeat(1)
    out = []
    start = 0
    for number, (line, width) in enumerate(zip(lines, widths, strict=False)):
        if line.strip():
            out.append((number, start, line))
        start += len(line) + width
    return out


def _reference_add_plain_blocks(
    builder: ArticleBuilder, text: str, add: Callable[[int, int], None] | None = None, headline: bool = True
) -> None:
    first = True
    prev_text = ""
    prev_number = -2
    seen_headline = not headline
    for idx, (number, a, line) in enumerate(_reference_content_lines(text)):
        adjacent = number == prev_number + 1
        if not seen_headline:
            builder.begin("headline")
            seen_headline = True
        elif first is False and idx == 1 and headline and _standfirst_candidate(line):
            builder.begin("standfirst")
        elif adjacent and prev_text and _is_wrapped(prev_text, line.lstrip()) and idx > 1:
            builder.add_synthetic(" ")
        else:
            builder.begin("paragraph")
        if add is None:
            builder.add(line, a)
        else:
            add(a, a + len(line))
        prev_text = line
        prev_number = number
        first = False


def _reference_load(path: str, source: str) -> list[Article]:
    builder = ArticleBuilder(path, source, "txt")
    _reference_add_plain_blocks(builder, source)
    article = builder.build()
    if article.headline:
        article.meta["title"] = article.block_text(article.headline)
    return [article]


# -- comparison ---------------------------------------------------------------------------------


def _state(article: Article) -> tuple[object, ...]:
    return (article.text, article.blocks, article.smap.pieces(), article.smap.plain_length, article.meta,
            article.format, article.path, article.source_offset)


def _assert_same_load(source: str) -> None:
    assert [_state(a) for a in load_articles("a.txt", source)] == [_state(a) for a in _reference_load("a.txt", source)]


def _assert_same_blocks(source: str, headline: bool) -> None:
    """add_plain_blocks with and without an ``add`` callback, into a builder that already has text."""
    for mapped in (False, True):
        built = []
        for fill in (add_plain_blocks, _reference_add_plain_blocks):
            builder = ArticleBuilder("a.jsonl", source, "jsonl")
            builder.begin("headline")
            builder.add("Title ", 0)
            add = (lambda a, b, builder=builder: builder.add(source[a:b], a)) if mapped else None
            fill(builder, source, add, headline)
            builder.add(" tail ", 0)  # the last block is still open: text goes on into it
            builder.add_synthetic(" ")
            built.append(_state(builder.build()))
        assert built[0] == built[1]


_CASES = [
    "",
    "\n",
    "   \n\t\n",
    "x",
    "Headline",
    "  Headline with spaces  ",
    "Headline\n\nShort standfirst\n\nBody paragraph one.\n\nBody two.",
    "Headline\nShort standfirst\nBody paragraph one.\nBody two.\n",
    "Headline\r\n\r\nStandfirst\r\n\r\nPara.\r\n",
    "Headline\rStandfirst\r\rPara one.\r",
    "Head\n \t\nStand\n\x0bPara\n\u2028\nLast\u00a0",
    "WASHINGTON (AP) — The headline\n\nWASHINGTON (AP) — A dateline is no standfirst.\n\nBody.",
    "Head\n\n" + " ".join(["word"] * 31) + "\n\nBody.",
    "Head\n\nStand\n\n" + "a" * 70 + " no stop\ncontinued in lower case\nand again\n\nNew.",
    "Head\n\nStand\n\n" + "b" * 70 + " ends.\ncontinued in lower case\n",
    "Head\nStand\n" + "c" * 65 + "\n  indented lower\t\n" + "d" * 61 + "\t\nlower\n",
    "x\nx\nx\nx\n" + "x" * 60 + "\nx\nx",  # equal (interned) one-letter lines
    "Tête\n\nÉté 𝐀𝐁 😀\n\n\U0001d400" * 3,
    "\ufeffHead\n\u3000\nPara\u3000\n",
    "\n\n\nHead\n\n\n",
]


@pytest.mark.parametrize("source", _CASES)
def test_plaintext_load_matches_its_former_definition(source: str) -> None:
    _assert_same_load(source)
    for headline in (True, False):
        _assert_same_blocks(source, headline)


_PIECES = ["", " ", "\t", "\n", "\n", "\n\n", "\r\n", "\r", "\x0b", "\u2028", "\u00a0", "a", "x", "é", "😀",
           "Head", "lower case words", "Sentence ends.", "WASHINGTON (AP) — ", "a" * 60, "b" * 62 + ",", "’",
           '"', ":", " ".join(["w"] * 30), " ".join(["w"] * 31)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25))
def test_plaintext_fast_path_on_generated_text(pieces: list[str]) -> None:
    source = "".join(pieces)
    _assert_same_load(source)
    _assert_same_blocks(source, headline=bool(len(pieces) % 2))


def test_plaintext_fast_path_on_random_text() -> None:
    rng = random.Random(11)
    for _ in range(1500):
        source = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(40)))
        _assert_same_load(source)
        _assert_same_blocks(source, headline=rng.random() < 0.5)


def test_add_lines_checks_its_input() -> None:
    builder = ArticleBuilder("a.txt", "", "txt")
    with pytest.raises(ValueError):
        builder.add_lines([(None, 0, "x")])
    with pytest.raises(ValueError):
        builder.add_lines([("paragraph", 0, "x"), ("nonsense", 2, "y")])



# -- read_bounded: os.open/os.read instead of open(), the same bytes and the same errors ---------------


def _reference_read_bounded(path: str, limit: int | None) -> bytes:
    # the former definition, with open()
    import os
    import stat
    import sys

    if path == "-":
        data = sys.stdin.buffer.read(limit + 1) if limit else sys.stdin.buffer.read()
        size = len(data)
    else:
        if stat.S_ISFIFO(os.stat(path).st_mode) and not path.startswith(("/dev/fd/", "/proc/self/fd/")):
            raise InputError("a named pipe; skipped (opening it would wait for a writer)", path)
        with open(path, "rb") as fh:
            st = os.fstat(fh.fileno())
            device = stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) or stat.S_ISSOCK(st.st_mode)
            if device and os.path.realpath(path) != os.devnull:
                raise InputError("not a regular file (a device or socket); skipped", path)
            size = st.st_size
            if limit and size > limit:
                data = b""
            elif 0 < size < (limit or size + 1):
                # read(limit + 1) would allocate a max-file-size buffer for every file: ask for the
                # size stat gives, plus one byte that shows whether the file grew meanwhile
                data = fh.read(size + 1)
                if len(data) > size:
                    data += fh.read(limit + 1 - len(data)) if limit else fh.read()
            else:  # no size to go by (/proc files, some file systems)
                data = fh.read(limit + 1) if limit else fh.read()
            size = max(size, len(data))
    if limit and size > limit:
        known = path != "-" and size > len(data)  # a regular file's size; a stream stopped at the limit
        what = f"file is {_mb(size)}, over" if known else "input is over"
        raise InputError(f"{what} the max-file-size of {_mb(limit)}; skipped (raise max-file-size in the config "
                         "to lint it)", path)
    return data


def _outcome(read: Callable[[str, int | None], bytes], path: str, limit: int | None) -> object:
    try:
        return read(path, limit)
    except OSError as exc:
        return (type(exc), exc.errno, exc.strerror, exc.filename, str(exc))
    except InputError as exc:
        return (InputError, exc.message)


@pytest.mark.parametrize("size", [0, 1, 100, 8191, 8192, 8193, 70000, 1 << 20, (1 << 20) + 3])
def test_read_bounded_matches_its_former_definition(tmp_path: Path, size: int) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(bytes(random.Random(size).randrange(256) for _ in range(size)))
    for limit in (None, 0, 1, size - 1, size, size + 1, 10 * 1024 * 1024):
        if limit is not None and limit < 0:
            continue
        assert _outcome(read_bounded, str(path), limit) == _outcome(_reference_read_bounded, str(path), limit)


def test_read_bounded_errors_match_its_former_definition(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for path in (str(tmp_path), str(tmp_path / "missing.txt"), str(tmp_path / "missing" / "a.txt"), str(fifo),
                 os.devnull, "/proc/version"):  # /proc: stat gives no size
        for limit in (None, 1, 1 << 20):
            assert _outcome(read_bounded, path, limit) == _outcome(_reference_read_bounded, path, limit)


def test_read_bounded_reads_a_pipe_to_its_end() -> None:
    for limit in (None, 5, 1 << 20):
        outcomes = []
        for read in (read_bounded, _reference_read_bounded):
            r, w = os.pipe()
            os.write(w, b"x" * 3000)
            os.close(w)
            try:
                outcomes.append(_outcome(read, f"/dev/fd/{r}", limit))
            finally:
                os.close(r)
        assert outcomes[0] == outcomes[1]

"""The article model: headline, standfirst and body blocks over one plain text with a source map."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from itertools import accumulate, repeat
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Generic, NamedTuple, TypeVar, overload

from . import recache
from .findings import Span

if TYPE_CHECKING:
    from .findings import Finding, Suggestion
    from .fixes import Edit
from .records import FrozenRecord, Record
from .sourcemap import LineIndex, Position, SourceMap

BLOCK_SEPARATOR = "\n\n"
# Kinds of block. "headline" and "standfirst" come from the title and dek; "heading" is an
# in-body heading; "paragraph" is prose; "list-item", "quote" and "caption" have their own grammar.
BLOCK_KINDS = ("headline", "standfirst", "heading", "paragraph", "list-item", "quote", "caption")


_T = TypeVar("_T")


class _memoised(Generic[_T]):
    """``functools.cached_property`` without its lock (Python 3.11 takes one at every first access,
    ten an article): computed on first access and stored in the instance's ``__dict__``, where it
    then shadows this non-data descriptor, just as cached_property's value does."""

    def __init__(self, func: Callable[[Any], _T]) -> None:
        self.func = func
        self.name = func.__name__  # (the attribute's name: each is a decorated method)
        self.__doc__ = func.__doc__

    @overload
    def __get__(self, instance: None, owner: type | None = None) -> _memoised[_T]: ...
    @overload
    def __get__(self, instance: object, owner: type | None = None) -> _T: ...
    def __get__(self, instance: object | None, owner: type | None = None) -> _memoised[_T] | _T:
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.func(instance)
        return value


class Block(FrozenRecord):
    __slots__ = _fields = ("kind", "span", "index")

    def __init__(self, kind: str, span: Span, index: int) -> None:
        self.kind = kind
        self.span = span
        self.index = index

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


class Sentence(FrozenRecord):
    __slots__ = _fields = ("span", "block")  # block: index into Article.blocks

    def __init__(self, span: Span, block: int) -> None:
        self.span = span
        self.block = block

    @property
    def start(self) -> int:
        return self.span.start

    @property
    def end(self) -> int:
        return self.span.end


class Token(NamedTuple):
    """A word: a tuple, because articles have many and tuples are cheap to make."""

    start: int
    end: int
    text: str


class Article(Record):
    """One article: its plain text, the blocks in it, and the map back to the source file."""

    _fields = ("path", "source", "text", "smap", "blocks", "format", "meta", "source_offset", "_cache")
    _hidden = frozenset({"_cache"})

    def __init__(self, path: str, source: str, text: str, smap: SourceMap, blocks: list[Block], format: str,
                 meta: dict[str, Any] | None = None, source_offset: int = 0,
                 _cache: dict[str, Any] | None = None) -> None:
        self.path = path
        self.source = source
        self.text = text
        self.smap = smap
        self.blocks = blocks
        self.format = format
        self.meta: dict[str, Any] = {} if meta is None else meta
        self.source_offset = source_offset  # where this article's source starts (JSONL: the line)
        self._cache: dict[str, Any] = {} if _cache is None else _cache

    # -- positions ---------------------------------------------------------
    @_memoised
    def lines(self) -> LineIndex:
        return LineIndex(self.source)

    def source_span(self, span: Span) -> tuple[int, int]:
        return self.smap.span(span.start, span.end)

    def positions(self, span: Span) -> tuple[Position, Position]:
        """Where ``span`` starts and ends in the source file (what every report shows)."""
        return self.lines.positions(*self.smap.span(span.start, span.end))

    def start_position(self, span: Span) -> Position:
        """``positions(span)[0]``, without resolving the end."""
        return self.lines.position(self.smap.start(span.start))

    def slice(self, span: Span) -> str:
        return self.text[span.start : span.end]

    def fix_edit(self, finding: Finding, suggestion: Suggestion) -> Edit | None:
        """``fixes.edit_for(self, finding, suggestion)``: the source edit that applies a suggestion."""
        from .fixes import edit_for

        return edit_for(self, finding, suggestion)

    # -- structure ---------------------------------------------------------
    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "headline"), None)

    @property
    def standfirst(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == "standfirst"), None)

    @_memoised
    def body(self) -> list[Block]:
        return [b for b in self.blocks if b.kind not in ("headline", "standfirst")]

    @property
    def date(self) -> str | None:
        value = self.meta.get("date")
        return str(value) if value else None

    def block_text(self, block: Block) -> str:
        return self.text[block.start : block.end]

    def block_at(self, offset: int) -> Block | None:
        i = bisect.bisect_right(self._block_starts, offset) - 1
        if i >= 0 and offset < self.blocks[i].end:
            return self.blocks[i]
        return None

    @_memoised
    def _block_starts(self) -> list[int]:
        return [b.start for b in self.blocks]

    # -- shared analyses (lazy, memoised) -----------------------------------
    @_memoised
    def sentences(self) -> list[Sentence]:
        from .text.segment import split_sentences

        text = self.text
        out: list[Sentence] = []
        for block in self.blocks:
            span, index = block.span, block.index  # (not Block's properties: a call less)
            for start, end in split_sentences(text, span.start, span.end):
                out.append(Sentence(Span(start, end), index))
        return out

    @_memoised
    def words(self) -> list[Token]:
        # split() yields separators and words alternately; running lengths give the offsets
        text = self.text
        split = _WORD_SPLIT_RE if not text.isascii() and _ASTRAL_RE.search(text) else _bmp_word_split()
        parts = split.split(text)
        offsets = list(accumulate(map(len, parts)))  # a word's start, then its end
        memo = self.__dict__
        memo["_word_starts"] = offsets[:-1:2]  # by-products: _word_starts and word_texts
        texts = memo["word_texts"] = parts[1::2]
        bounds = iter(offsets)  # zip(bounds, bounds, ...) takes a word's start, then its end
        # Token from a 3-tuple, without Token._make's length check
        return list(map(tuple.__new__, repeat(Token), zip(bounds, bounds, texts, strict=False)))

    @_memoised
    def _word_starts(self) -> list[int]:
        """Where each of ``words`` starts, for bisect (``words`` leaves it behind)."""
        return list(map(itemgetter(0), self.words))

    @_memoised
    def word_texts(self) -> list[str]:
        """The texts of ``words``, index for index (``words`` leaves it behind; not to be changed)."""
        return list(map(itemgetter(2), self.words))

    @_memoised
    def lower_words(self) -> list[str]:
        """``words`` in lower case, index for index."""
        return list(map(str.lower, self.word_texts))

    @_memoised
    def folded(self) -> str:
        """The text case-folded, for quick "does it contain ..." tests before a costly regex."""
        return self.text.casefold()

    @_memoised
    def word_count(self) -> int:
        words = self.__dict__.get("words")  # counting without building tokens is three times faster
        return len(words) if words is not None else len(WORD_RE.findall(self.text))

    @_memoised
    def quotes(self) -> list[Span]:
        from .text.quotes import quotation_spans

        return quotation_spans(self.text, [b.span for b in self.blocks])

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """True when [start, end) lies inside a quotation."""
        end = start + 1 if end is None else end
        spans = self.quotes
        i = bisect.bisect_right(self._quote_starts, start) - 1
        return i >= 0 and spans[i].start <= start and end <= spans[i].end

    @_memoised
    def _quote_starts(self) -> list[int]:
        return [s.start for s in self.quotes]

    def analysis(self, key: str, compute: Any) -> Any:
        """Memoise a rule-defined analysis that several rules share."""
        if key not in self._cache:
            self._cache[key] = compute(self)
        return self._cache[key]

    def release(self) -> None:
        """Forget memoised analyses (recomputed on demand): a run keeps many articles, not their tokens."""
        self.word_count  # noqa: B018 - kept: cheap to keep, scores and reports need it
        for name in _MEMOISED:
            self.__dict__.pop(name, None)
        self._cache = {}

    def __getstate__(self) -> dict[str, Any]:
        """Pickled (to and from worker processes) without memoised analyses, blocks as plain tuples
        (unpickling a frozen dataclass costs several times more than building it)."""
        state = {k: v for k, v in self.__dict__.items() if k not in _MEMOISED}
        state["_cache"] = {}
        state["blocks"] = [(b.kind, b.span.start, b.span.end, b.index) for b in self.blocks]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state["blocks"] = [Block(kind, Span(start, end), index) for kind, start, end, index in state["blocks"]]
        self.__dict__.update(state)


# memoised analyses that release() and pickling drop (word_count is kept)
_MEMOISED = ("words", "sentences", "quotes", "lines", "body", "lower_words", "folded", "_block_starts", "_quote_starts",
             "_word_starts", "word_texts")
WORD_RE = recache.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# WORD_RE with its tail possessive (``*+``, a tenth faster): the same matches, as nothing follows
# the tail to make the regex engine take back a joined part it matched
_WORD_SPLIT_RE = recache.compile(r"([^\W_]+(?:['’\-][^\W_]+)*+)")
_ASTRAL_RE = recache.compile("[\U00010000-\U0010ffff]")
_bmp_split: re.Pattern[str] | None = None


def _bmp_word_split() -> re.Pattern[str]:
    """``_WORD_SPLIT_RE`` for text within the Basic Multilingual Plane, its class ``[^\\W_]`` spelt
    out as ranges: the regex engine then tests a bitmap, not Unicode categories (a fifth faster)."""
    global _bmp_split
    if _bmp_split is None:
        data = bytearray(2 * 0x10000)  # every BMP character in order, lone surrogates too, built in C
        data[0::2] = bytes(range(256)) * 256
        data[1::2] = b"".join(bytes([high]) * 256 for high in range(256))
        runs = _ALNUM_RUN_RE.finditer(data.decode("utf-16-le", "surrogatepass"))
        alnum = "".join(f"{m[0][0]}-{m[0][-1]}" for m in runs)
        _bmp_split = recache.compile(f"([{alnum}]+(?:['’\\-][{alnum}]+)*+)")  # possessive, as above
    return _bmp_split


_ALNUM_RUN_RE = recache.compile(r"[^\W_]+")


class ArticleBuilder:
    """Collects blocks of plain text with their source ranges; loaders use it to build an Article."""

    _KINDS = frozenset(BLOCK_KINDS)

    def __init__(self, path: str, source: str, fmt: str) -> None:
        self.path = path
        self.source = source
        self.format = fmt
        self.smap = SourceMap()
        self._parts: list[str] = []
        self._length = 0
        self._blocks: list[Block] = []
        self._open: str | None = None
        self._block_start = 0
        self._block_part = 0
        self._last_src = 0
        self.meta: dict[str, Any] = {}

    def begin(self, kind: str) -> None:
        if kind not in self._KINDS:
            raise ValueError(f"unknown block kind {kind!r}")
        if self._open is not None:
            self.end()
        if self._blocks or self._length:
            self._emit_synthetic(BLOCK_SEPARATOR)
        self._open = kind
        self._block_start = self._length
        self._block_part = len(self._parts)

    def add(self, text: str, src_start: int, src_end: int | None = None) -> None:
        """Append plain text taken from source[src_start:src_end] (verbatim when src_end is None)."""
        if not text:
            return
        if self._open is None:
            self.begin("paragraph")
        length = len(text)
        if src_end is None or src_end - src_start == length:
            src_end = src_start + length
            self.smap.add_verbatim(src_start, length)
        else:
            self.smap.add_atomic(length, src_start, src_end)
        self._parts.append(text)
        self._length += length
        self._last_src = src_end

    def add_synthetic(self, text: str, src_point: int | None = None) -> None:
        """Append text with no source of its own (a space standing for a line break in markup)."""
        if self._open is None or not text:
            return
        self._emit_synthetic(text, src_point)

    def _emit_synthetic(self, text: str, src_point: int | None = None) -> None:
        self.smap.add_synthetic(len(text), self._last_src if src_point is None else src_point)
        self._parts.append(text)
        self._length += len(text)

    def end(self) -> None:
        if self._open is None:
            return
        parts = self._parts
        text = parts[-1] if self._block_part == len(parts) - 1 else "".join(parts[self._block_part :])
        start, end = self._block_start, self._length
        if text[:1].isspace() or text[-1:].isspace():
            content = text.lstrip()  # str.strip() and str.isspace() agree on what is whitespace
            start += len(text) - len(content)
            end = start + len(content.rstrip())
        if end > start:
            self._blocks.append(Block(self._open, Span(start, end), len(self._blocks)))
        self._open = None

    def add_lines(self, lines: list[tuple[str | None, int, str]]) -> None:
        """For each ``(kind, src_start, line)``: ``begin(kind)`` (None: ``add_synthetic(" ")``, the line
        continues the open block), then ``add(line, src_start)``. The same parts, blocks and source map,
        without a handful of calls a line. Every line must be non-blank (so that stripping a block's
        text only ever touches its first and last line) and the first must begin a block."""
        if not lines:
            return
        kind, a, line = lines[0]
        if kind is None:
            raise ValueError("the first line must begin a block")
        self.begin(kind)  # closes an open block, puts a separator after earlier text
        kinds, sep, parts, blocks = self._KINDS, BLOCK_SEPARATOR, self._parts, self._blocks
        block_start, block_part, first = self._length, len(parts), line
        # add(line, a) for the first line: a verbatim piece
        length, last_src = block_start + len(line), a + len(line)
        pieces = [block_start, length, a, last_src]  # plain start, plain end, source start, source end, ...
        parts.append(line)
        last = line
        for new_kind, a, line in lines[1:]:
            if new_kind is None:  # add_synthetic(" "), pinned to the end of the line before
                pieces += (length, length + 1, last_src, last_src)
                length += 1
                parts.append(" ")
            else:  # begin(new_kind): close the open block, then a separator
                if new_kind not in kinds:
                    raise ValueError(f"unknown block kind {new_kind!r}")
                start, end = block_start, length
                if first[0].isspace():  # strip the block's text, as end() does
                    start += len(first) - len(first.lstrip())
                if last[-1].isspace():
                    end -= len(last) - len(last.rstrip())
                blocks.append(Block(kind, Span(start, end), len(blocks)))
                pieces += (length, length + len(sep), last_src, last_src)
                length += len(sep)
                parts.append(sep)
                kind, block_start, block_part, first = new_kind, length, len(parts), line
            # add(line, a): a verbatim piece
            last_src = a + len(line)
            pieces += (length, length + len(line), a, last_src)
            length += len(line)
            parts.append(line)
            last = line
        self.smap.extend(pieces[0::4], pieces[1::4], pieces[2::4], pieces[3::4])
        self._length, self._last_src = length, last_src
        self._open, self._block_start, self._block_part = kind, block_start, block_part

    def has_blocks(self) -> bool:
        return bool(self._blocks)

    def build(self, source_offset: int = 0) -> Article:
        self.end()
        text = "".join(self._parts)
        return Article(self.path, self.source, text, self.smap, self._blocks, self.format, self.meta, source_offset)

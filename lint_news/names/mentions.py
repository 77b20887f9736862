"""Capitalised tokens and name runs of one article (memoised with ``article.analysis``)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..document import Article

_POSSESSIVE = ("’s", "'s", "’", "'")
_OPENERS = "\"“‘'«(—–-:[„"
# Blocks whose capitalisation says nothing (title case, labels).
_TITLE_BLOCKS = ("headline", "heading", "caption")


@dataclass(frozen=True, slots=True)
class Tok:
    index: int
    start: int
    end: int  # end of ``text`` (a possessive ending is left out)
    text: str
    cap: bool  # Capitalised with lower-case letters after ("Biden", not "NATO" or "biden")
    initial: bool  # first word of a sentence, after an opening quote or colon, or in a headline
    block: int


@dataclass
class Mentions:
    toks: list[Tok] = field(default_factory=list)
    cap_counts: Counter[str] = field(default_factory=Counter)  # every capitalised form
    mid_counts: Counter[str] = field(default_factory=Counter)  # capitalised forms not sentence-initial
    lower_counts: Counter[str] = field(default_factory=Counter)  # lower-case forms
    folded_counts: Counter[str] = field(default_factory=Counter)  # every form, lower-cased
    runs: list[list[Tok]] = field(default_factory=list)  # consecutive capitalised tokens

    def prev(self, tok: Tok) -> Tok | None:
        return self.toks[tok.index - 1] if tok.index > 0 else None

    def next(self, tok: Tok) -> Tok | None:
        return self.toks[tok.index + 1] if tok.index + 1 < len(self.toks) else None


def strip_possessive(word: str) -> str:
    for ending in _POSSESSIVE:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def _is_cap(word: str) -> bool:
    return word[:1].isupper() and any(ch.islower() for ch in word[1:])


def compute(article: Article) -> Mentions:
    text = article.text
    starts = {s.start for s in article.sentences}
    title_blocks = {b.index for b in article.blocks if b.kind in _TITLE_BLOCKS}
    block_of = {}
    for b in article.blocks:
        block_of[b.start] = b.index
    m = Mentions()
    block_starts = sorted(block_of)
    bi = 0
    prev_end = -1
    for i, w in enumerate(article.words):
        while bi + 1 < len(block_starts) and block_starts[bi + 1] <= w.start:
            bi += 1
        block = block_of[block_starts[bi]] if block_starts else 0
        word = strip_possessive(w.text)
        gap = text[prev_end:w.start] if prev_end >= 0 else ""
        sentence_start = w.start in starts or any(s in starts for s in range(max(0, w.start - 3), w.start))
        initial = (block in title_blocks or sentence_start or prev_end < 0
                   or any(ch in _OPENERS for ch in gap) or "\n" in gap or gap.strip().endswith((".", "?", "!")))
        tok = Tok(i, w.start, w.start + len(word), word, _is_cap(word), initial, block)
        m.toks.append(tok)
        m.folded_counts[word.lower()] += 1
        if tok.cap:
            m.cap_counts[word] += 1
            if not initial:
                m.mid_counts[word] += 1
        elif word.islower():
            m.lower_counts[word] += 1
        prev_end = w.end
    run: list[Tok] = []
    for tok in m.toks:
        if tok.cap and run and text[run[-1].end:tok.start] == " " and run[-1].block == tok.block \
                and run[-1].end == article.words[run[-1].index].end:
            run.append(tok)
            continue
        if run:
            m.runs.append(run)
        run = [tok] if tok.cap else []
    if run:
        m.runs.append(run)
    return m


def mentions(article: Article) -> Mentions:
    result: Mentions = article.analysis("names.mentions", compute)
    return result


def in_address(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is part of a URL, e-mail address, hashtag, handle or file name."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    after2 = text[end + 1] if end + 1 < len(text) else " "
    if before in "@#/\\_.:=&?~" or after in "@/\\_=&":
        return True
    if after in ".:" and after2.isalnum():
        return True
    # inside a longer non-space chunk that looks like an address
    left = text.rfind(" ", 0, start) + 1
    chunk = text[left : text.find(" ", end) if text.find(" ", end) >= 0 else len(text)]
    return "://" in chunk or "www." in chunk or ("@" in chunk and "." in chunk)

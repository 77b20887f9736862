"""The English word list: Zipf frequency and case of about 150,000 words (rules/names/words.tsv)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import chain

from ..resources import read_text

LOWER = 1  # an ordinary lower-case dictionary word ("may", "born")
PROPER = 2  # in the dictionary only capitalised ("Putin", "Paris")
_FLAGS = {"l": LOWER, "C": PROPER, "-": 0}
_LETTERS = "abcdefghijklmnopqrstuvwxyz"


@cache
def _groups() -> tuple[list[str], list[tuple[int, int, int]]]:
    """Every word of words.tsv in file order, and its groups as (value, first index, end index).

    The words of all lines are split in one call and the table built in one ``dict(zip())``: a few
    C calls instead of one per group (this load is most of a cold start's first article).
    """
    lines = read_text("names", "words.tsv").splitlines()
    groups: list[tuple[int, int, int]] = []
    texts: list[str] = []
    at = 0
    for line in lines:
        zipf, flag, words = line.split("\t")
        count = words.count(" ") + 1
        groups.append((int(zipf) * 4 + _FLAGS[flag], at, at + count))
        texts.append(words)
        at += count
    return " ".join(texts).split(" "), groups


@cache
def _table() -> dict[str, int]:
    """word -> zipf*10*4 + flags (one small int per word keeps memory low)."""
    words, groups = _groups()
    values: list[int] = []
    for value, start, end in groups:
        values += [value] * (end - start)
    return dict(zip(words, values, strict=True))


def _words_where(keep: Callable[[int], bool]) -> frozenset[str]:
    """The words of the groups whose value passes ``keep`` (a word is in one group only)."""
    words, groups = _groups()
    if len(_table()) != len(words):  # a word listed twice: its last group wins, as in the table
        table = _table()
        return frozenset(w for w, v in table.items() if keep(v))
    return frozenset(chain.from_iterable(words[start:end] for value, start, end in groups if keep(value)))


@cache
def lower_words() -> frozenset[str]:
    """Ordinary lower-case dictionary words, for set differences against an article's words."""
    return _words_where(lambda v: bool(v & LOWER))


@cache
def common_words(min_zipf: float = 3.0) -> frozenset[str]:
    """Dictionary words (lower-case or proper) at least this frequent: 'born', 'harris'."""
    floor = round(min_zipf * 10)
    return _words_where(lambda v: bool(v & 3) and v >> 2 >= floor)


def unknown(words: Iterable[str]) -> set[str]:
    """The words (lower-case) that are not in the list."""
    table = _table()
    return {w for w in words if w not in table}


def known(word: str) -> bool:
    """True when the (case-folded) word is in the list."""
    return word.lower() in _table()


def zipf(word: str) -> float:
    """Zipf frequency (0 when unknown): 6 is 'the'-like, 3 is 'ordinary but uncommon'."""
    value = _table().get(word.lower())
    return 0.0 if value is None else (value >> 2) / 10


def is_lower_word(word: str) -> bool:
    """True for an ordinary lower-case dictionary word (not only a proper noun)."""
    value = _table().get(word.lower())
    return value is not None and bool(value & LOWER)


def in_dictionary(word: str) -> bool:
    """True when the word is in the SCOWL dictionary (as a lower-case word or a proper noun)."""
    value = _table().get(word.lower())
    return value is not None and bool(value & 3)


def is_proper(word: str) -> bool:
    value = _table().get(word.lower())
    return value is not None and value & 3 == PROPER


def _edits1(word: str) -> Iterator[str]:
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        if right:
            yield left + right[1:]
        if len(right) > 1:
            yield left + right[1] + right[0] + right[2:]
        for c in _LETTERS:
            if right:
                yield left + c + right[1:]
            yield left + c + right


def corrections(word: str, min_zipf: float = 3.0) -> list[str]:
    """Known words one edit away (delete, swap, replace, insert), most frequent first.

    Candidates are generated and looked up in the hash table: no scan of the word list.
    """
    table = _table()
    lower = word.lower()
    found: dict[str, float] = {}
    for cand in _edits1(lower):
        value = table.get(cand)
        if value is not None and value & LOWER and cand != lower:
            z = (value >> 2) / 10
            if z >= min_zipf:
                found[cand] = z
    return sorted(found, key=lambda w: (-found[w], w))


# Second halves that usually make a real compound ("ownerless", "tighthead"), not two words.
_COMPOUND_TAILS = frozenset(
    "less head side like wide ness ship ward wards man men land work time line way ways day days house room point "
    "book body one thing where over out down up back off made able hood born based led free some ever self place "
    "field ball game fire water power light hold holder holders maker makers ground stone wood life".split())


def split_glued(word: str, min_zipf: float = 3.5, tail_zipf: float = 5.0) -> tuple[str, str] | None:
    """A word glued to a very frequent one ("Governmentsince" -> ("Government", "since")), else None."""
    table = _table()
    best: tuple[float, int] | None = None
    lower = word.lower()
    for i in range(4, len(lower) - 2):
        a, b = table.get(lower[:i]), table.get(lower[i:])
        if a is None or b is None or not (a & LOWER and b & LOWER) or lower[i:] in _COMPOUND_TAILS:
            continue
        if (a >> 2) / 10 < min_zipf or (b >> 2) / 10 < tail_zipf:
            continue
        score = min(a >> 2, b >> 2) / 10
        if best is None or score > best[0]:
            best = (score, i)
    if best is None:
        return None
    return word[: best[1]], word[best[1] :]


_SUFFIXES = ("es", "s", "ed", "d", "ing", "er", "ers", "est", "ly", "ness", "ism", "ist", "ists", "ize", "ized",
             "ise", "ised", "ian", "ians", "ity", "ment", "ments", "able", "ful", "less", "ship", "hood", "wise")
_PREFIXES = ("un", "re", "non", "pre", "anti", "over", "under", "post", "counter", "co", "de", "dis", "mis", "sub",
             "super", "inter", "multi", "semi", "mid", "ex", "self", "out", "cross", "mega", "micro", "ultra")


def plausible_derivation(word: str) -> bool:
    """True when the word is a known word plus a common prefix or suffix ("soloes", "overpolicing")."""
    table = _table()
    lower = word.lower()
    for suffix in _SUFFIXES:
        stem = lower[: -len(suffix)]
        if lower.endswith(suffix) and len(stem) >= 3 and (stem in table or stem + "e" in table
                                                          or (len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in table)):
            return True
    return any(lower.startswith(p) and len(lower) - len(p) >= 4 and lower[len(p):].lstrip("-") in table
               for p in _PREFIXES)

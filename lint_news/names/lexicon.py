"""The English word list: Zipf frequency and case of about 150,000 words (rules/names/words.tsv)."""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from functools import cache
from itertools import filterfalse, repeat

from .. import recache
from ..resources import data_file
from .sortedtsv import SortedTsv

LOWER = 1  # an ordinary lower-case dictionary word ("may", "born")
PROPER = 2  # in the dictionary only capitalised ("Putin", "Paris")
_FLAGS = {"l": LOWER, "C": PROPER, "-": 0}
_LETTER_LIST = list("abcdefghijklmnopqrstuvwxyz")
# Probes answered from the sorted text before the whole table is built: a single article needs a
# few hundred, so a cold start skips the 150,000-entry dict; a corpus run builds it early.
_PROBES_BEFORE_TABLE = 3000
# corrections(): the words of the list with a given prefix are scanned, not the 52 insertions and
# replacements at that position generated and looked up, when there are at most this many.
_SCAN_AT_MOST = 40


class _WordList:
    """words.tsv: one ``word<TAB>code`` line per word in code-point order; the code is the Zipf
    frequency in tenths and a case flag ("52l" for "born": Zipf 5.2, an ordinary lower-case word).

    Lookups are memoised and find a word's line in the sorted file (SortedTsv); after
    _PROBES_BEFORE_TABLE of them the whole table is built once and used from then on.
    """

    def __init__(self) -> None:
        self._lines = SortedTsv(data_file("names", "words.tsv").read_bytes())
        self._data = self._lines.data
        self._memo: dict[str, int | None] = {}
        self.table: dict[str, int] | None = None
        self._lower: frozenset[str] | None = None
        self._sorted: list[str] | None = None

    def value(self, word: str) -> int | None:
        """word -> zipf*10*4 + flags, or None; ``word`` is already lower-case."""
        if self.table is not None:
            return self.table.get(word)
        memo = self._memo
        if word in memo:
            return memo[word]
        if len(memo) >= _PROBES_BEFORE_TABLE:
            return self.full_table().get(word)
        value = memo[word] = self._search(word)
        return value

    def _search(self, word: str) -> int | None:
        code = self._lines.find(word)
        return None if code is None else _decode(code)

    def lower_set(self) -> frozenset[str]:
        """The ordinary lower-case words, for set differences in long runs (made with the table)."""
        if self._lower is None:
            self.full_table()  # makes both
        assert self._lower is not None
        return self._lower

    def sorted_words(self) -> list[str]:
        """Every word in code-point order: the table's order, as words.tsv is sorted (built once)."""
        if self._sorted is None:
            self._sorted = list(self.full_table())
        return self._sorted

    def full_table(self) -> dict[str, int]:
        """Every word and its value: for edit-distance searches and long runs.

        Built once per process (~48 ms with ``lower_set``), it is kept in the regex cache's folder
        with the exact bytes of words.tsv and read back for those bytes only (~23 ms): every worker
        of a pooled run builds its own tables."""
        if self.table is None:
            self.table, self._lower = self._table_and_lower()
        return self.table

    def _table_and_lower(self) -> tuple[dict[str, int], frozenset[str]]:
        """The table and the lower-case set: read back from the cache, or built (and stored)."""
        self._memo = {}
        cached = recache.load_table("words", (self._data,))
        if isinstance(cached, tuple) and len(cached) == 2:
            return cached[0], cached[1]
        # zip draws word, code, word, code... from one iterator: no slices of the 300,000 parts
        parts = iter(self._data.decode("utf-8").split())
        table = dict(zip(parts, map(_Codes().__getitem__, parts), strict=True))
        lower = frozenset(w for w, v in table.items() if v & LOWER)
        recache.store_table("words", (self._data,), (table, lower))
        return table, lower


def _decode(code: str) -> int:
    return int(code[:-1]) * 4 + _FLAGS[code[-1]]


class _Codes(dict[str, int]):
    """code -> value, each of the ~150 distinct codes decoded on its first lookup."""

    def __missing__(self, code: str) -> int:
        value = self[code] = _decode(code)
        return value


@cache
def _words() -> _WordList:
    return _WordList()


def _value(word: str) -> int | None:
    table = _words().table  # long runs: straight to the dict, one call less per word
    return table.get(word) if table is not None else _words().value(word)


def _known(lower: str) -> bool:
    return _value(lower) is not None


def is_common(word: str, min_zipf: float = 3.0) -> bool:
    """A dictionary word (lower-case or proper) at least this frequent: 'born', 'harris'."""
    value = _value(word.lower())
    return value is not None and bool(value & 3) and value >> 2 >= round(min_zipf * 10)


def unknown(words: Iterable[str]) -> set[str]:
    """The words (lower-case) that are not in the list."""
    word_list = _words()
    if word_list.table is not None:  # a long run: each word tested against the dict in C
        return set(filterfalse(word_list.table.__contains__, words))
    return {w for w in words if word_list.value(w) is None}


def not_lower_words(words: Iterable[str]) -> set[str]:
    """The words (lower-case) that are not ordinary lower-case dictionary words."""
    word_list = _words()
    if word_list.table is not None:  # a long run: each word tested against the set in C
        # (filterfalse, not set(words) - lower: only the few words left are put in a new set)
        return set(filterfalse(word_list.lower_set().__contains__, words))
    return {w for w in words if not (word_list.value(w) or 0) & LOWER}


def web_only(word: str) -> bool:
    """True when the (case-folded) word is in the list only as met in web text: no dictionary word,
    lower-case or proper ("cincinatti"); one lookup where ``known`` and ``in_dictionary`` take two."""
    value = _value(word.lower())
    return value is not None and not value & 3


def known(word: str) -> bool:
    """True when the (case-folded) word is in the list."""
    return _value(word.lower()) is not None


def zipf(word: str) -> float:
    """Zipf frequency (0 when unknown): 6 is 'the'-like, 3 is 'ordinary but uncommon'."""
    value = _value(word.lower())
    return 0.0 if value is None else (value >> 2) / 10


@cache
def _misspellings() -> SortedTsv:
    return SortedTsv(data_file("names", "misspellings.tsv").read_bytes())


def known_misspelling(word: str) -> list[str]:
    """The fixes of a common misspelling ("goverment": ["government"]) from rules/names/misspellings.tsv
    (codespell's list, less the words of its own that the English list holds); [] for any other word."""
    fixes = _misspellings().find(word) if len(word) >= 5 else None
    return fixes.split("|") if fixes else []


def is_lower_word(word: str) -> bool:
    """True for an ordinary lower-case dictionary word (not only a proper noun)."""
    value = _value(word.lower())
    return value is not None and bool(value & LOWER)


def in_dictionary(word: str) -> bool:
    """True when the word is in the SCOWL dictionary (as a lower-case word or a proper noun)."""
    value = _value(word.lower())
    return value is not None and bool(value & 3)


def is_proper(word: str) -> bool:
    value = _value(word.lower())
    return value is not None and value & 3 == PROPER


def _edits1(word: str) -> list[str]:
    """Every string one delete, swap, replacement or insertion away (with repeats)."""
    letters = _LETTER_LIST
    out: list[str] = []
    for i in range(len(word) + 1):
        left, right = word[:i], word[i:]
        out += map(str.join, letters, repeat((left, right)))  # c.join((left, right)): an insertion
        if right:
            tail = right[1:]
            out += map(str.join, letters, repeat((left, tail)))  # a replacement
            out.append(left + tail)  # a deletion
            if tail:
                out.append(left + tail[0] + right[0] + tail[1:])  # a swap
    return out


def _listed_edits1(word: str, table: dict[str, int], words: list[str]) -> set[str]:
    """``table.keys() & _edits1(word)``: the words of the list one edit away, with fewer strings made.

    Deletions and swaps are made and looked up. An insertion or replacement at position i is
    word[:i] + a letter + the rest, so it is a word of the list with the prefix word[:i]: those
    words are one range of ``words`` (sorted), narrowed by bisection as i grows. A short range is
    scanned for the words of the right length, letter and ending instead of making the 52 strings;
    past the point where no word has the prefix, the range is empty and nothing is made.
    """
    size = len(word)
    made: list[str] = []
    scanned: list[str] = []
    letters = _LETTER_LIST
    lo, hi = 0, len(words)
    for i in range(size + 1):
        left, right = word[:i], word[i:]
        if i:  # the words with the prefix ``left``: a sub-range of those with the prefix word[:i - 1]
            lo = bisect.bisect_left(words, left, lo, hi)
            hi = _prefix_end(words, left, lo, hi)
        tail = right[1:]
        if hi - lo > _SCAN_AT_MOST:
            made += map(str.join, letters, repeat((left, right)))  # an insertion
            if right:
                made += map(str.join, letters, repeat((left, tail)))  # a replacement
        elif lo < hi:
            for w in words[lo:hi]:  # each starts with ``left``
                n = len(w)
                if n == size + 1:
                    rest = right  # an insertion: left + a letter + right
                elif n == size and right:
                    rest = tail  # a replacement: left + a letter + tail
                else:
                    continue
                if "a" <= w[i] <= "z" and w.endswith(rest):
                    scanned.append(w)
        if right:
            made.append(left + tail)  # a deletion
            if tail:
                made.append(left + tail[0] + right[0] + tail[1:])  # a swap
    found = table.keys() & made
    found.update(scanned)
    return found


def _prefix_end(words: list[str], prefix: str, lo: int, hi: int) -> int:
    """The end of the range of ``words[lo:hi]`` (sorted) that starts with ``prefix`` at ``lo``.

    The strings with a prefix are those from it up to (not including) the prefix with its last
    character incremented; a last character U+10FFFF (no successor) is dropped first.
    """
    stem = prefix.rstrip("\U0010ffff")
    if not stem:
        return hi
    return bisect.bisect_left(words, stem[:-1] + chr(ord(stem[-1]) + 1), lo, hi)


def corrections(word: str, min_zipf: float = 3.0) -> list[str]:
    """Known words one edit away (delete, swap, replace, insert), most frequent first.

    Candidates are generated and looked up one by one; in a long run, where a short range of the
    sorted list holds every word a position could give, that range is read instead (_listed_edits1).
    """
    lower = word.lower()
    word_list = _words()
    table = word_list.table
    if table is not None:  # a long run: the words of the list one edit away, found with few lookups
        values = {cand: table[cand] for cand in _listed_edits1(lower, table, word_list.sorted_words())}
    else:
        values = {cand: value for cand in set(_edits1(lower)) if (value := _value(cand)) is not None}
    found: dict[str, float] = {}
    for cand, value in values.items():
        if value & LOWER and cand != lower:
            z = (value >> 2) / 10
            if z >= min_zipf:
                found[cand] = z
    return sorted(found, key=lambda w: (-found[w], w))


def two_words_in_one(word: str) -> bool:
    """Two dictionary words written as one ("yearend", "gasfield")."""
    return any(is_lower_word(word[:i]) and is_lower_word(word[i:]) for i in range(3, len(word) - 2))


# Second halves that usually make a real compound ("ownerless", "tighthead"), not two words.
_COMPOUND_TAILS = frozenset(
    "less head side like wide ness ship ward wards man men land work time line way ways day days house room point "
    "book body one thing where over out down up back off made able hood born based led free some ever self place "
    "field ball game fire water power light hold holder holders maker makers ground stone wood life".split())


_VOWELS = frozenset("aeiouy")


def typo_edit(word: str, target: str) -> bool:
    """Is ``word`` ``target`` with one slip of the hand that keeps its outline: a letter dropped
    inside it ("goverment"), a letter doubled ("ammount") or a double made single ("comittee"),
    two neighbours swapped ("recieve"), or one vowel (or "y") inside it for another ("seperate")? Edits
    at either end, and new letters that double nothing, are how words of their own differ
    ("fibre" and "fire", "cafes" and "cases", "dreamt" and "dream")."""
    n, m = len(word), len(target)
    if n == m - 1:  # a letter dropped, not the first nor the last
        i = next((k for k in range(n) if word[k] != target[k]), n)
        return 0 < i < m - 1 and word[i:] == target[i + 1 :]
    if n == m + 1:  # a letter doubled
        i = next((k for k in range(m) if word[k] != target[k]), m)
        return 0 < i < n - 1 and word[i + 1 :] == target[i:] and word[i] == word[i - 1]
    if n != m:
        return False
    diff = [k for k in range(n) if word[k] != target[k]]
    if len(diff) == 1:
        k = diff[0]
        return 0 < k < n - 1 and word[k] in _VOWELS and target[k] in _VOWELS
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        k = diff[0]
        if word.endswith("re") and target.endswith("er") and k == n - 2:
            return False  # "centre", "theatre": British spelling
        return k > 0 and word[k] == target[k + 1] and word[k + 1] == target[k]
    return False


def split_glued(word: str, min_zipf: float = 3.5, tail_zipf: float = 5.0) -> tuple[str, str] | None:
    """A word glued to a very frequent one ("Governmentsince" -> ("Government", "since")), else None."""
    best: tuple[float, int] | None = None
    lower = word.lower()
    for i in range(4, len(lower) - 2):
        b = _value(lower[i:])  # the tail first: few are frequent enough
        if b is None or not b & LOWER or (b >> 2) / 10 < tail_zipf or lower[i:] in _COMPOUND_TAILS:
            continue
        a = _value(lower[:i])
        if a is None or not a & LOWER or (a >> 2) / 10 < min_zipf:
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


_INFLECTIONS = frozenset(("es", "s", "ed", "d", "ing", "er", "ers", "est", "ly"))


def plausible_derivation(word: str, listed: bool = False, inflected_web_words: bool = False) -> bool:
    """True when the word is a known word plus a common prefix or suffix ("soloes", "overpolicing").
    ``listed``: the known word must be a dictionary's (SCOWL), not only met in web text ("reger" +
    "ing" is no English word); with ``inflected_web_words``, only for a derivation: an inflection
    of a word met in web text stays plausible ("capitalises"), "investi" + "ment" does not."""
    lower = word.lower()
    for suffix in _SUFFIXES:
        ok = _known if not listed or (inflected_web_words and suffix in _INFLECTIONS) else _listed
        stem = lower[: -len(suffix)]
        if suffix == "d" and not stem.endswith("e"):
            continue  # "closed" is "close" + "d"; "discoverd" is no derivation of "discover"
        if lower.endswith(suffix) and len(stem) >= 3 and (ok(stem) or ok(stem + "e")
                                                          or (len(stem) > 3 and stem[-1] == stem[-2] and ok(stem[:-1]))):
            return True
    ok = _listed if listed else _known
    return any(lower.startswith(p) and len(lower) - len(p) >= 4 and ok(lower[len(p):].lstrip("-"))
               for p in _PREFIXES)


def _listed(lower: str) -> bool:
    value = _value(lower)
    return value is not None and bool(value & 3)

"""Known people and places (rules/names/) and the names a user declares in config."""

from __future__ import annotations

import contextlib
import unicodedata
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .. import recache
from ..resources import data_file, read_text
from ..text import fuzzy

if TYPE_CHECKING:
    from collections.abc import Callable

    from ..context import Context


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case- and accent-folded key: 'Élisabeth' -> 'elisabeth'."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower().replace("’", "'")


class Person(NamedTuple):
    canonical: str
    forms: tuple[str, ...]  # canonical first, then aliases


def lookup_keys(first: str, last: str) -> tuple[str, str, str]:
    """The by_last, by_first and by_prefix keys of a folded "first last" pair."""
    return f"{last} {first[:1]}", f"{first} {last[:1]}", first[:1] + last[:3]


class Gazetteer:
    """People by index into ``rows``, kept as strings: reading the table back makes one string per
    person and per key, and a Person or a candidate list is made only when a lookup needs it
    (making them all was 15 ms of a cold start with 4,800 people)."""

    def __init__(self) -> None:
        self.rows: list[str] = []  # each person's forms, canonical first, joined by "|"
        self.forms: dict[str, int] = {}  # folded full form -> person
        self.pairs: list[str] = []  # "a b<TAB>person index" of each two-part form
        # indexes into ``pairs``, comma-separated (see entries()), by the keys of lookup_keys():
        # the folded last token, the folded first token, each with the other's initial (a
        # candidate must share both initials), and the first letter of the first + 3 of the last
        self.by_first: dict[str, str] = {}
        self.by_last: dict[str, str] = {}
        self.by_prefix: dict[str, str] = {}
        self.tokens: set[str] = set()  # every folded token of every form
        self.surnames: dict[str, str] = {}  # folded last token -> as written
        self.places: set[str] = set()  # folded place names
        self.countries: set[str] = set()  # folded countries, US states, continents
        self.major: dict[str, list[str]] = {}  # first letter -> countries, capitals and big cities as written
        self.cities: dict[str, list[str]] = {}  # first two letters -> the other cities of 100,000+ people as written

    def person(self, index: int) -> Person:
        forms = tuple(self.rows[index].split("|"))
        return Person(forms[0], forms)

    def entries(self, table: dict[str, str], key: str) -> list[tuple[str, int]]:
        """The ("a b", person index) entries of ``key`` in by_first, by_last or by_prefix."""
        value = table.get(key)
        if not value:
            return []
        pairs = self.pairs
        return [(pair, int(index)) for pair, index in (pairs[int(i)].split("\t") for i in value.split(","))]

    @property
    def people(self) -> list[Person]:
        return [self.person(i) for i in range(len(self.rows))]

    def add_person(self, person: Person) -> None:
        self.__dict__.pop("closest_memo", None)  # closest_person's answers may change
        index = len(self.rows)
        self.rows.append("|".join((person.canonical, *(f for f in person.forms if f != person.canonical))))
        for form in person.forms:
            parts = form.split()
            self.forms[fold(form)] = index
            self.tokens.update(fold(p) for p in parts)
            if len(parts) < 2:
                continue
            last = fold(parts[-1])
            self.surnames.setdefault(last, parts[-1])
            # "Recep Tayyip Erdogan" is also matched as "Tayyip Erdogan". In this order, not a set's:
            # lookups keep the first of equally good candidates, and a set's order changed from run
            # to run with string hashing.
            pairs = [(parts[0], parts[-1])]
            if parts[-2] != parts[0]:  # (a two-word name has one pair)
                pairs.append((parts[-2], parts[-1]))
            for a, b in pairs:
                pair = f"{a} {b}"
                self.forms.setdefault(fold(pair), index)
                entry = str(len(self.pairs))
                self.pairs.append(f"{pair}\t{index}")
                by_last, by_first, by_prefix = lookup_keys(fold(a), last)
                for table, key in ((self.by_first, by_first), (self.by_last, by_last), (self.by_prefix, by_prefix)):
                    table[key] = f"{table[key]},{entry}" if key in table else entry

    def is_place(self, text: str) -> bool:
        return fold(text) in self.places


@cache
def gazetteer() -> Gazetteer:
    """The shipped gazetteer: parsed on first use, then kept in the regex cache's folder (building it
    was ~25 ms of a single-file run, reading it back is ~5 ms) for as long as its files and this
    module's code are unchanged."""
    files = (data_file("names", "people.yaml"), data_file("names", "places.txt"), Path(__file__))
    inputs = _stamps(files)
    name = recache.stamped_name("gazetteer", files)
    table = recache.load_table(name, inputs)
    if table is not None:
        with contextlib.suppress(Exception):  # a table of another shape: build it anew
            return _from_table(table)
    people, places = read_text("names", "people.yaml"), read_text("names", "places.txt")
    gaz = build_gazetteer(people, places)
    recache.store_table(name, inputs, _to_table(gaz))
    return gaz


def _stamps(files: tuple[Path, ...]) -> tuple[str, ...]:
    """The cache stamps of the gazetteer's files and of this module's code (which builds the table:
    build_gazetteer, fold, lookup_keys ...): see recache.file_stamps."""
    return recache.file_stamps(files)


_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"})


def _with_transcriptions(forms: tuple[str, ...]) -> tuple[str, ...]:
    """The forms and, for German letters, their usual ASCII transcription ("Schäuble" and
    "Schaeuble"; folding alone gives "Schauble")."""
    extra = tuple(t for f in forms if (t := f.translate(_UMLAUTS)) != f and t not in forms)
    return forms + extra


def build_gazetteer(people: str, places: str) -> Gazetteer:
    """A gazetteer from the text of people.yaml and places.txt."""
    gaz = Gazetteer()
    # people.yaml is a YAML list of strings; read it line by line (PyYAML's pure-Python parser
    # would cost more than the whole gazetteer).
    for line in people.splitlines():
        line = line.strip()
        if not line.startswith("- "):
            continue
        forms = tuple(f.strip() for f in line[2:].split("|") if f.strip())
        if forms:
            gaz.add_person(Person(forms[0], _with_transcriptions(forms)))
    _add_places(gaz, places)
    return gaz


_TABLE_FIELDS = ("rows", "forms", "pairs", "by_first", "by_last", "by_prefix", "tokens", "surnames", "places", "countries", "major",
                 "cities")


_TABLE_VERSION = "4: strings, transcriptions, keys with initials, pairs by index"  # (code changes also change _stamps())


def _to_table(gaz: Gazetteer) -> tuple[Any, ...]:
    """The gazetteer in marshallable types (every field already is one)."""
    return (_TABLE_VERSION, *(getattr(gaz, name) for name in _TABLE_FIELDS))


def _from_table(table: tuple[Any, ...]) -> Gazetteer:
    if len(table) != len(_TABLE_FIELDS) + 1 or table[0] != _TABLE_VERSION:
        raise ValueError("a gazetteer table of another layout")
    gaz = Gazetteer()
    for name, value in zip(_TABLE_FIELDS, table[1:], strict=True):
        setattr(gaz, name, value)
    return gaz


def _fold_lines(text: str) -> list[str]:
    """``[fold(line) for line in text.split("\n")]``, with one normalisation for the whole text."""
    decomposed = unicodedata.normalize("NFKD", text)
    combining = {ord(ch): None for ch in set(decomposed) if unicodedata.combining(ch)}
    return decomposed.translate(combining).lower().replace("’", "'").split("\n")


def place_rows(text: str) -> tuple[list[str], list[str]]:
    """The kinds and the names of places.txt's ``kind<TAB>name`` lines, in file order."""
    body = text
    while body.startswith("#"):  # the header
        body = body.partition("\n")[2]
    if body.endswith("\n") and "\n#" not in body and "\n\n" not in body and body.count("\t") == body.count("\n"):
        fields = body.replace("\n", "\t").split("\t")  # kind, name, kind, name, ..., ""
        return fields[0:-1:2], fields[1::2]
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]
    return [kind for kind, _ in rows], [name for _, name in rows]


def _add_places(gaz: Gazetteer, text: str) -> None:
    """places.txt: lower-cased in one call, and the accented names folded in one more: a call per
    line was a tenth of a cold start."""
    kinds, names = place_rows(text)
    folded = "\n".join(names).lower().split("\n")  # lower() never adds or removes a line break
    accented = [i for i, name in enumerate(names) if not name.isascii()]
    if accented:  # (none: _fold_lines("") would still give one line)
        for i, key in zip(accented, _fold_lines("\n".join(names[i] for i in accented)), strict=True):
            folded[i] = key
    gaz.places.update(folded)
    for i, kind in enumerate(kinds):
        if kind == "country" or kind == "capital" or kind == "bigcity":
            name = names[i]
            if kind == "country":
                gaz.countries.add(folded[i])
            if name.isalpha() and name[:1].isupper():
                gaz.major.setdefault(name[0], []).append(name)
        elif kind == "city":
            name = names[i]
            if name.isalpha() and name[:1].isupper():
                gaz.cities.setdefault(name[:2], []).append(name)


class UserNames(NamedTuple):
    forms: frozenset[str]  # folded full names
    tokens: frozenset[str]  # folded tokens of those names


@cache
def common_surnames() -> frozenset[str]:
    """The commonest surnames (rules/names/surnames.txt, lower case): a name close to a known
    person's with one of these may belong to a namesake."""
    return frozenset(line for line in read_text("names", "surnames.txt").split("\n") if line and line[0] != "#")


@cache
def small_towns() -> frozenset[str]:
    """One-word names of towns too small for places.txt (rules/names/towns.txt, lower case)."""
    return frozenset(line for line in read_text("names", "towns.txt").split("\n") if line and line[0] != "#")


@cache
def _user_names(names: tuple[str, ...]) -> UserNames:
    forms = frozenset(fold(n) for n in names)
    tokens = frozenset(t for n in names for t in fold(n).split())
    return UserNames(forms, tokens)


@cache
def _names_file(path: str, mtime: float) -> tuple[str, ...]:
    from pathlib import Path

    lines = (line.split("#", 1)[0].strip() for line in Path(path).read_text(encoding="utf-8").splitlines())
    return tuple(line for line in lines if line)


def is_known_token(word: str, gaz: Gazetteer, user: UserNames) -> bool:
    """Is ``word`` a token of a known name: the gazetteer's or the user's ``names``?"""
    key = fold(word)
    return key in gaz.tokens or key in user.tokens


def user_names(ctx: Context) -> UserNames:
    """Names from config ``names`` / ``names-file``: always correct, never flagged (read once per file)."""
    names = tuple(ctx.config.names)
    path = ctx.config.names_file
    if path is not None:
        names += _names_file(str(path), path.stat().st_mtime)
    return _user_names(names)


def _ratio() -> Callable[[str, str], float]:
    """fuzz.ratio: in Python for a run's first comparisons, then rapidfuzz's (lint_news.text.fuzzy)."""
    return fuzzy.ratio_function()


_VOWEL_STARS = str.maketrans(dict.fromkeys("aeiouy", "*"))


def vowel_mask(folded: str) -> str:
    """The word with each vowel after the first letter as "*": vowel variants share it ("d*ll**n")."""
    return folded[:1] + folded[1:].translate(_VOWEL_STARS)


_VOWELS = frozenset("aeiouy")


def vowel_variant(a: str, b: str) -> bool:
    """Two folded words of five letters or more that differ only in vowels, letter for letter:
    "dullien" and "dollian", "powell" and "pawoll" (a transliteration's usual change), not
    "mahmoud" and "mohamed", "bates" and "betts", "wells" and "wiles"."""
    if len(a) != len(b) or len(a) < 5 or a[0] != b[0] or a == b:
        return False
    return all(x == y or (x in _VOWELS and y in _VOWELS) for x, y in zip(a, b, strict=True))


# How other languages spell the sounds of a transliterated name: German "w" for "v" ("Lawrow"),
# "sch" and "tsch" for "sh" and "ch", "j" for "y"; French "ou" for "u" ("Poutine") and a final mute "e"
_TRANSLITERATIONS = (("tsch", "ch"), ("sch", "sh"), ("w", "v"), ("ou", "u"), ("j", "y"), ("ph", "f"), ("kh", "h"))


def transliteration_key(folded: str) -> str:
    """A folded name with other languages' spellings of its sounds made English ones: "lawrow" and
    "lavrov" share a key, as do "poutine" and "putin"."""
    for theirs, ours in _TRANSLITERATIONS:
        folded = folded.replace(theirs, ours)
    return folded[:-1] if len(folded) > 4 and folded.endswith("e") and folded[-2] not in _VOWELS else folded


def transliteration_variant(a: str, b: str) -> bool:
    """Two folded names of four letters or more that another language's spelling tells apart, and
    only that: "lawrow" and "lavrov"."""
    return a != b and len(a) >= 4 and transliteration_key(a) == transliteration_key(b)


def rare_surname(folded: str, gaz: Gazetteer) -> bool:
    """A surname no namesake is likely to carry: in no dictionary, not among the commonest surnames,
    not a part of another listed name."""
    from .lexicon import in_dictionary

    return folded not in common_surnames() and folded not in gaz.tokens and not in_dictionary(folded)


def closest_person(gaz: Gazetteer, a: str, b: str) -> tuple[str, Person, float] | None:
    """The known two-part name closest to "a b", when both parts are close and start alike
    (memoised per gazetteer: a feed names the same people again and again)."""
    memo: dict[tuple[str, str], tuple[str, Person, float] | None] | None = gaz.__dict__.get("closest_memo")
    if memo is None:
        memo = gaz.__dict__["closest_memo"] = {}
    key = (a, b)
    if key not in memo:
        if len(memo) >= _CLOSEST_MEMO_SIZE:
            memo.clear()  # bounded: an archive's names are many
        memo[key] = _closest_person(gaz, a, b)
    return memo[key]


_CLOSEST_MEMO_SIZE = 50_000


def _closest_person(gaz: Gazetteer, a: str, b: str) -> tuple[str, Person, float] | None:
    fa, fb = fold(a), fold(b)
    by_last, by_first, by_prefix = lookup_keys(fa, fb)
    if by_last not in gaz.by_last and by_first not in gaz.by_first and by_prefix not in gaz.by_prefix:
        return None  # most pairs
    entries = gaz.entries
    candidates = entries(gaz.by_last, by_last) + entries(gaz.by_first, by_first) + entries(gaz.by_prefix, by_prefix)
    ratio = _ratio()
    best: tuple[str, int, float] | None = None
    ia, ib = fa[:1], fb[:1]
    for form, index in candidates:
        # form is "a b" (a and b have no space): the folds of its parts are add_person's keys
        known_a, known_b = form.split()
        first, last = fold(known_a), fold(known_b)
        if first[:1] != ia or last[:1] != ib:
            continue
        s1, s2 = ratio(fa, first), ratio(fb, last)
        if s1 == 100 and s2 == 100:
            return None  # the known name itself (possibly with a middle name)
        if s1 == 100 and s2 < 80 and (vowel_variant(fb, last) or transliteration_variant(fb, last)) \
                and rare_surname(fb, gaz):
            s2 = 80.0  # "Sebastian Dollian", "Sergei Lawrow": a transliteration's vowels or spelling
        if min(s1, s2) < 75 or (s1 < 100 and s2 < 100 and min(s1, s2) < 80):
            continue
        score = s1 + s2
        if best is None or score > best[2]:
            best = (form, index, score)
    if best is None:
        return None
    form, index, score = best
    return form, gaz.person(index), score

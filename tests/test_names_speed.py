"""Fast paths of N102, N104 and V102 against their former, plain code."""

from __future__ import annotations

import itertools
import random
import re
from bisect import bisect_left, bisect_right
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.names.gazetteer import (
    Gazetteer,
    Person,
    closest_person,
    fold,
    gazetteer,
    lookup_keys,
    rare_surname,
    vowel_variant,
)
from lint_news.names.mentions import Tok, compute
from lint_news.rules.n104_name_run_together import _joined, _spelled
from lint_news.rules.v102_gender_drift import _last_mention

_PAIR_INDEXES: dict[int, tuple[dict[Any, list[tuple[str, int]]], ...]] = {}


def _pair_index(gaz: Gazetteer) -> tuple[dict[Any, list[tuple[str, int]]], ...]:
    """Every two-part form of ``gaz.pairs``, in order, by (surname, given initial), (given name,
    surname initial) and prefix: built here from the pairs, not through the gazetteer's tables."""
    if id(gaz) not in _PAIR_INDEXES:
        same_last: dict[Any, list[tuple[str, int]]] = {}
        same_first: dict[Any, list[tuple[str, int]]] = {}
        same_prefix: dict[Any, list[tuple[str, int]]] = {}
        for entry in gaz.pairs:
            pair, index = entry.split("\t")
            first, last = map(fold, pair.split())
            same_last.setdefault((last, first[:1]), []).append((pair, int(index)))
            same_first.setdefault((first, last[:1]), []).append((pair, int(index)))
            same_prefix.setdefault(first[:1] + last[:3], []).append((pair, int(index)))
        _PAIR_INDEXES[id(gaz)] = (same_last, same_first, same_prefix)
    return _PAIR_INDEXES[id(gaz)]


def _closest_person_reference(gaz: Gazetteer, a: str, b: str) -> tuple[str, Person, float] | None:
    """closest_person as first written: each candidate's form split and folded again."""
    from rapidfuzz import fuzz

    fa, fb = fold(a), fold(b)
    same_last, same_first, same_prefix = _pair_index(gaz)
    candidates = [(form, gaz.person(i)) for form, i in
                  same_last.get((fb, fa[:1]), []) + same_first.get((fa, fb[:1]), []) + same_prefix.get(fa[:1] + fb[:3], [])]
    best: tuple[str, Person, float] | None = None
    for form, person in candidates:
        parts = form.split()
        first, last = fold(parts[0]), fold(parts[-1])
        if first[:1] != fa[:1] or last[:1] != fb[:1]:
            continue
        s1, s2 = fuzz.ratio(fa, first), fuzz.ratio(fb, last)
        if s1 == 100 and s2 == 100:
            return None
        if s1 == 100 and s2 < 80 and vowel_variant(fb, last) and rare_surname(fb, gaz):
            s2 = 80.0
        if min(s1, s2) < 75 or (s1 < 100 and s2 < 100 and min(s1, s2) < 80):
            continue
        score = s1 + s2
        if best is None or score > best[2]:
            best = (f"{parts[0]} {parts[-1]}", person, score)
    return best


def _name_parts(rng: random.Random, gaz: Gazetteer) -> list[str]:
    parts = [p for person in gaz.people for form in person.forms for p in form.split()]
    parts += ["".join(rng.choice("aeiourstnlkmbdÉéöß’'-") for _ in range(rng.randint(1, 9))).capitalize() for _ in range(300)]
    parts += [p[:-1] + rng.choice("xeaé") for p in rng.sample(parts, 600)]
    parts += [p[0] + p[2:] for p in rng.sample(parts, 300) if len(p) > 2]
    return [*parts, "Joe", "Olaf", "Solz", "O'Neill", "Jean-Luc", "Élisabeth", "Ségolène", "ﷺ", "ΟΔΟΣ", ""]


def test_closest_person_is_its_reference() -> None:
    gaz = gazetteer()
    rng = random.Random(11)
    parts = _name_parts(rng, gaz)
    known = [(f.split()[0], f.split()[-1]) for p in gaz.people for f in p.forms if " " in f]
    slips = [(a, b[:i] + rng.choice("aeéx") + b[i + 1 :]) for a, b in known for i in (1, len(b) - 1)]
    slips += [(a[:-1] + rng.choice("aeéx"), b) for a, b in known]
    found = 0
    for a, b in itertools.chain(itertools.product(rng.sample(parts, 250), rng.sample(parts, 250)), known, slips,
                                zip(rng.sample(parts, 2000), rng.sample(parts, 2000), strict=True)):
        got = closest_person(gaz, a, b)
        assert got == _closest_person_reference(gaz, a, b), (a, b)
        found += got is not None
    assert found > 500


def test_closest_person_memo_is_forgotten_when_a_person_is_added() -> None:
    gaz = Gazetteer()
    gaz.add_person(Person("Olaf Scholz", ("Olaf Scholz",)))
    assert closest_person(gaz, "Olaf", "Scholtz") is not None
    assert closest_person(gaz, "Angela", "Merkell") is None  # remembered as "no one"
    gaz.add_person(Person("Angela Merkel", ("Angela Merkel",)))
    found = closest_person(gaz, "Angela", "Merkell")
    assert found is not None and found[1].canonical == "Angela Merkel"
    assert closest_person(gaz, "Olaf", "Scholtz") == closest_person(gaz, "Olaf", "Scholtz")


def test_lookup_entries_are_the_pairs_of_each_form() -> None:
    gaz = Gazetteer()
    for forms in [("Recep Tayyip Erdoğan", "Erdogan"), ("Élisabeth Borne",), ("Jean-Luc Mélenchon",), ("A  B\u00a0C",)]:
        gaz.add_person(Person(forms[0], forms))
    gaz.add_person(Person("Joe Biden", ("Joe Biden", "Joseph Robinette Biden")))
    assert gaz.entries(gaz.by_last, "biden j") == [("Joe Biden", 4), ("Joseph Biden", 4)]
    assert gaz.entries(gaz.by_last, "biden r") == [("Robinette Biden", 4)]
    assert gaz.entries(gaz.by_first, "recep e") == [("Recep Erdoğan", 0)] and gaz.entries(gaz.by_first, "recep x") == []
    shipped = gazetteer()
    for g in (gaz, shipped):
        for table in (g.by_first, g.by_last, g.by_prefix):
            for key in table:
                for form, index in g.entries(table, key):
                    first, last = form.split()
                    assert any(len(f.split()) >= 2 and first in (f.split()[0], f.split()[-2]) and f.split()[-1] == last
                               for f in g.person(index).forms)
                    assert key in lookup_keys(fold(first), fold(last))


def _joined_reference(runs: list[list[Tok]]) -> tuple[dict[str, Tok], dict[str, str]]:
    """N104's run-together spellings as first written."""
    joined: dict[str, Tok] = {}
    spelled: dict[str, str] = {}
    for run in runs:
        if len(run) < 2:
            continue
        texts = [t.text for t in run]
        parts = [fold(text).replace("-", "") for text in texts]
        for size in (2, 3):
            for i in range(len(run) - size + 1):
                key = "".join(parts[i : i + size])
                if len(key) >= 8 and key not in joined:
                    joined[key] = run[i]
                    spelled[key] = " ".join(texts[i : i + size])
    return joined, spelled


def _assert_joined(runs: list[list[Tok]]) -> None:
    ref_joined, ref_spelled = _joined_reference(runs)
    got = _joined(runs)
    assert list(got) == list(ref_joined)
    for key, toks in got.items():
        assert toks[0] is ref_joined[key]
        assert _spelled(toks) == ref_spelled[key]


_PART = st.text(alphabet="AaBbKkPpJjwnoéÉ-’'ßİı", min_size=0, max_size=7)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_PART, min_size=1, max_size=6), max_size=8))
def test_run_together_spellings_are_the_reference(texts: list[list[str]]) -> None:
    at = 0
    runs = []
    for run_texts in texts:
        run = []
        for text in run_texts:
            run.append(Tok(at, at + len(text), text, False, 0))
            at += len(text) + 1
        runs.append(run)
    _assert_joined(runs)


def test_run_together_spellings_of_articles() -> None:
    from lint_news.formats import format_of, load_articles

    rng = random.Random(7)
    names = ["Park", "Ji-won", "Jiwon", "Park Ji-won", "Yoon Seok-yeol", "Kim", "Jong", "Un", "Ségolène Royal",
             "Moon Jae-in", "Parkjiwon", "Kimjong", "Ana", "María", "De La Cruz", "Olaf Scholz", "Royalsé"]
    fillers = ["said", "the", "and", ".", ",", "\n\n", "’s", "'s", "-", "Minister", "Talks"]
    for _ in range(150):
        body = " ".join(rng.choice(names if rng.random() < 0.6 else fillers) for _ in range(rng.randint(1, 40)))
        for article in load_articles("x.txt", "Head\n\n" + body + "\n", format_of("x.txt")):
            _assert_joined(compute(article).runs)


def _last_mention_reference(mention_re: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int] | None:
    """V102's mention of a window as first written: the last match of a scan of the window."""
    mention = None
    for m in mention_re.finditer(text[start:end]):
        mention = (start + m.start(), start + m.end())
    return mention


def _assert_last_mentions(text: str, surnames: list[str]) -> None:
    alternatives = "|".join(map(re.escape, surnames))
    mention_re = re.compile(r"\b(" + alternatives + r")\b")
    spans = [m.span() for m in re.finditer(alternatives, text)]
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    for start in range(len(text) + 1):
        for end in range(start, len(text) + 1):
            i = bisect_right(ends, start)
            found = starts[i : bisect_left(starts, end, i)]
            got = _last_mention(mention_re, text[start:end], start, found)
            assert got == _last_mention_reference(mention_re, text, start, end), (text, surnames, start, end)


# a surname is what V102 takes from its name pattern: [A-ZÀ-Þ][a-zà-ÿ]+ (× and ÷ are no word characters)
_SURNAME = st.builds(lambda a, b: a + b, st.sampled_from("BMA×ÀÞ"), st.text(alphabet="aer÷ßàÿ", min_size=1, max_size=3))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="BMA×ÀÞaer÷ßàÿ _-’.1", max_size=24), st.lists(_SURNAME, min_size=1, max_size=4))
def test_last_mention_is_the_reference(text: str, surnames: list[str]) -> None:
    _assert_last_mentions(text, surnames)


def test_last_mention_cases() -> None:
    _assert_last_mentions("Berg met Bergman. Berg÷ said Berg, Berg_ and Berg.", ["Berg", "Bergman"])
    _assert_last_mentions("Ab÷cd Ab÷ ×ab ×ab×ab a×ab", ["Ab÷", "Ab÷cd", "×ab"])
    _assert_last_mentions("Merkel. Merkels Merkel’s Merkel-Berg", ["Merkel", "Berg"])

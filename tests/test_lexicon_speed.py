"""Fast paths of the word list (names.lexicon) and of S101, S103 and N103 against the code they replaced.

Each reference below is the former code; the fast path must give exactly what it gave, on words and
texts built from the characters where fast paths go wrong (apostrophes, hyphens, line breaks,
non-ASCII and astral letters, U+0130 and the Kelvin sign, which change length or script when
lower-cased, and U+10FFFF, the last code point).
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lint_news.context import Context
from lint_news.document import Article
from lint_news.findings import Finding, Related, Span, Suggestion
from lint_news.formats.plaintext import load
from lint_news.names import lexicon
from lint_news.names.gazetteer import Gazetteer, Person, fold, gazetteer, is_known_token, user_names
from lint_news.names.lexicon import corrections, is_proper, known_misspelling, plausible_derivation, split_glued, zipf
from lint_news.names.mentions import in_address, mentions, occurrences
from lint_news.rules import n103_lowercase_name as n103
from lint_news.rules import s101_non_word as s101
from lint_news.rules import s103_glued_words as s103

# -- references: the former code ----------------------------------------------------------------


def listed_edits1_reference(word: str, table: dict[str, int]) -> set[str]:
    """The words of the list one edit away: every one-edit string made and looked up."""
    return table.keys() & lexicon._edits1(word)


class S101LowerCase(s101.NonWord):
    """S101 without its paths for a sentence's capitalised first word and for lower-case dates, which
    the reference predates."""

    def _capitalised_openers(self, *args: object) -> Iterator[Finding]:
        return iter(())

    def _lower_case_dates(self, *args: object) -> Iterator[Finding]:
        return iter(())


class S101Reference(s101.NonWord):
    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        gaz = gazetteer()
        user = user_names(ctx)
        text = article.text
        candidates = {w for w in ms.strange() if len(w) >= 5 and ms.lower_counts[w] == 1 and ms.folded_counts[w] == 1
                      and w.isascii() and w.isalpha()}
        # forms in the word list as web text only: every lower-case form used once, tried in turn
        # (a rare web-only slip of a common word: a step S101 took up later, with its guard below)
        listed = {w: fix for w, n in ms.lower_counts.items() if n == 1 and ms.folded_counts[w] == 1
                  and w not in candidates and (fix := s101.listed_misspelling_fix(w, gaz, user)
                                               or s101.rare_web_slip_fix(w, gaz, user)) is not None}
        for word in sorted(candidates | listed.keys()):
            if word in listed:
                fixes = [listed[word]]
            elif is_known_token(word, gaz, user):
                continue
            else:
                # (a long word may be the slip of a rarer word: the threshold S101 took up later)
                zipf_floor = 3.0 if len(word) < s101._LONG_WORD else 2.5
                fixes = known_misspelling(word) or ([] if plausible_derivation(word) else
                                                    corrections(word, zipf_floor) or s101._stutter_fix(word))
            if not fixes:
                continue
            rare_web = word in listed and not known_misspelling(word)
            for start, end in occurrences(text, word):
                if in_address(text, start, end):
                    continue
                if rare_web and s101._CAPITALISED_BEFORE.search(text, max(0, start - 30), start):
                    continue
                yield self.finding(
                    Span(start, end),
                    f"'{word}' is not a word; did you mean '{fixes[0]}'?",
                    [Suggestion(f, "unsafe") for f in fixes[:3]],
                    confidence=0.8 if len(fixes) == 1 else 0.65,
                )


class S103Reference(s103.GluedWords):
    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        gaz = gazetteer()
        user = user_names(ctx)
        text = article.text
        folded = ms.folded_counts
        candidates = {w for w in ms.strange() if len(w) >= 9 and folded[w] == 1 and w.isascii() and w.isalpha()}
        if not candidates:
            return
        forms = {w for w in ms.cap_counts if w.lower() in candidates}
        surnames = {tok.text for run in ms.runs for tok in run[1:]}  # (a surname after a given name: later)
        spans = [(t.start, t.end, t.text) for t in ms.toks if t.text in forms and t.text not in surnames] if forms else []
        if not candidates.isdisjoint(ms.lower_counts):
            spans += [(a, b, w) for w in ms.lower_counts if w in candidates for a, b in occurrences(text, w)]
        for start, end, word in spans:
            if any(c.isupper() for c in word[1:]):
                continue
            if is_known_token(word, gaz, user) or in_address(text, start, end):
                continue
            parts = split_glued(word)
            if parts is None or (parts[1].lower() == "long" and parts[0].lower() in s103._TIME_PLURALS):
                continue
            fixed = f"{parts[0]} {parts[1]}"
            yield self.finding(
                Span(start, end),
                f"'{word}' looks like two words run together: '{fixed}'",
                [Suggestion(fixed, "unsafe")],
                confidence=0.75,
            )


class N103Reference(n103.LowercaseName):
    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        ms = mentions(article)
        gaz = n103.gazetteer()  # (the one the rule uses, which a test may replace)
        text = article.text
        candidates: set[str] = set()
        counts = ms.lower_counts
        for word in ms.not_lower():
            if counts[word] > 2 or len(word) < 3 or not word.isalpha():
                continue
            proper = word.capitalize()
            known = fold(word) in gaz.surnames or is_proper(word)
            if not known and not (ms.mid_counts[proper] >= 2 and zipf(word) < 3.0):
                continue
            if ms.mid_counts[proper] == 0 and fold(word) not in gaz.surnames:
                continue
            if ms.mid_counts[proper] == 0 and not (n103._attributed(text, word) or n103._in_name_place(text, word, gaz)):
                continue  # (as the rule since it asks for a name's place: "the medina")
            candidates.add(word)
        for word in counts.keys() & gaz.surnames.keys():
            if counts[word] == 1 and zipf(word) < 3.5 and ms.mid_counts[word.capitalize()] >= 2:
                candidates.add(word)
        for word in sorted(candidates):
            proper = word.capitalize()
            for start, end in occurrences(text, word):
                if in_address(text, start, end):
                    continue
                anchor = next((t for t in ms.toks if t.text == proper), None)
                related = [Related(Span(anchor.start, anchor.end), f"capitalised here: '{proper}'")] if anchor else []
                yield self.finding(
                    Span(start, end),
                    f"'{word}' is a name written in lower case",
                    [Suggestion(proper, "safe")],
                    related,
                    confidence=0.85,
                )


# -- inputs ----------------------------------------------------------------------------------

_TRICKY = "abez-'’é\u0130\u212a\U0010ffff\U0001d400ЖßA_ "
tricky_word = st.text(alphabet=st.sampled_from("abcdeinostz" + _TRICKY), max_size=12)

# A real word with one letter dropped, added, changed or two swapped (and sometimes a tricky character).
edited_word = st.tuples(st.sampled_from(["annexation", "government", "the", "receive", "minister", "z", "zoo", "aa",
                                         "abacus", "ab", "announced", "president", "qu", "xylophone", "étude"]),
                        st.integers(0, 12), st.sampled_from("abcdefghijklmnopqrstuvwxyz" + _TRICKY),
                        st.sampled_from(["insert", "delete", "replace", "swap", "none"])).map(
    lambda t: _edit(*t))


def _edit(word: str, at: int, ch: str, how: str) -> str:
    at = min(at, len(word))
    if how == "insert":
        return word[:at] + ch + word[at:]
    if how == "delete":
        return word[:at] + word[at + 1:]
    if how == "replace":
        return word[:at] + ch + word[at + 1:]
    if how == "swap" and at + 1 < len(word):
        return word[:at] + word[at + 1] + word[at] + word[at + 2:]
    return word


_PIECES = ["annexationa", "Annexationa", "goverment", "recieve", "minsiter", "Governmentsince", "governmentsince",
           "GovernmentSince", "Presidentwhile", "presidentwhile", "Governme\u212atsince", "putin", "Putin", "Putin’s",
           "macron", "Macron", "støre", "Støre", "odd", "Odd", "ODD", "\u212aelvin", "kelvin", "Kelvin", "the",
           "The", "said", "It", "Anna", "Varga", "varga", "İstanbul", "\U0001d400bc", "well-known", "it's", "x'y",
           "#annexationa", "@putin", "www.annexationa.com", "soloes", "overpolicing", "Tighthead", "Zorba",
           "Finland", "zorba"]
_SEPARATORS = [" ", " ", " ", "  ", "\n", "\n\n", "", "-", "’", "'", ". ", ", ", "_", "/"]
pieces_text = st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(_SEPARATORS)), max_size=40).map(
    lambda parts: "".join(p + s for p, s in parts))


def _article(body: str) -> Article:
    return load("t.txt", "Headline\n\n" + body.replace("\r", " "))[0]


def _findings(rule: object, body: str) -> list[Finding]:
    return list(rule.check(_article(body), Context()))  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def table() -> dict[str, int]:
    return lexicon._words().full_table()


# -- the word list -------------------------------------------------------------------------------


def test_sorted_words_are_the_table_in_code_point_order(table: dict[str, int]) -> None:
    words = lexicon._words().sorted_words()
    assert words == list(table) == sorted(table)


@pytest.mark.parametrize("words", [["a", "ab", "abc", "abd", "b", "b\U0010ffff", "b\U0010ffffa", "c"],
                                   ["", "\U0010ffff", "\U0010ffff\U0010ffff", "\U0010ffffa"],
                                   ["ab", "ab\U0010ffff", "ac", "é", "éa", "\U0001d400", "\U0001d400\U0010ffff"]])
def test_prefix_end_is_where_the_prefix_stops(words: list[str]) -> None:
    words = sorted(words)
    for prefix in {w[:i] for w in words for i in range(len(w) + 1)} | {"b\U0010ffff\U0010ffff", "x", ""}:
        lo = next((i for i, w in enumerate(words) if w >= prefix), len(words))
        with_prefix = [w for w in words if w.startswith(prefix)]
        end = lexicon._prefix_end(words, prefix, lo, len(words))
        assert words[lo:end] == with_prefix, prefix


@pytest.mark.parametrize("scan_at_most", [-1, 0, 3, 40, sys.maxsize])
@pytest.mark.parametrize("word", ["", "a", "z", "zz", "thhe", "annexationa", "goverment", "recieve", "agrioensis",
                                  "visitin", "tighthead", "dicraeosaurid", "é", "é-x", "\U0010ffff", "a\U0010ffff",
                                  "zzzzzzzz\U0010ffff", "\u0130stanbul", "abacu", "xylophon", "ab'c", "aa"])
def test_listed_edits1_cases(word: str, scan_at_most: int, table: dict[str, int],
                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lexicon, "_SCAN_AT_MOST", scan_at_most)
    words = lexicon._words().sorted_words()
    assert lexicon._listed_edits1(word, table, words) == listed_edits1_reference(word, table), word


@settings(max_examples=500, deadline=None)
@given(edited_word | tricky_word, st.sampled_from([0, 2, 40, 1000]))
def test_listed_edits1_finds_what_the_lookups_find(word: str, scan_at_most: int) -> None:
    table = lexicon._words().full_table()
    words = lexicon._words().sorted_words()
    lower = word.lower()
    before = lexicon._SCAN_AT_MOST
    lexicon._SCAN_AT_MOST = scan_at_most
    try:
        assert lexicon._listed_edits1(lower, table, words) == listed_edits1_reference(lower, table), word
    finally:
        lexicon._SCAN_AT_MOST = before


@settings(max_examples=300, deadline=None)
@given(st.lists(edited_word | tricky_word | st.sampled_from(["may", "putin", "born", "harris", "the", "Putin"])))
def test_unknown_and_not_lower_with_the_table_are_their_definitions(words: list[str]) -> None:
    table = lexicon._words().full_table()
    assert lexicon.unknown(words) == set(words).difference(table) == {w for w in words if w not in table}
    assert lexicon.not_lower_words(words) == set(words) - lexicon._words().lower_set() == {
        w for w in words if not (table.get(w) or 0) & lexicon.LOWER}


# -- S103: candidates that split_glued does not split are dropped before their tokens are found ---------


@settings(max_examples=300, deadline=None)
@given(edited_word | tricky_word | st.sampled_from(["Governmentsince", "GOVERNMENTSINCE", "governme\u212atsince",
                                                     "Presidentwhile", "ownerless", "Tighthead"]))
def test_split_glued_decides_on_the_lower_case(word: str) -> None:
    assert (lexicon.split_glued(word) is None) == (lexicon.split_glued(word.lower()) is None), word


# -- the rules against their former code ------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(pieces_text)
def test_s101_and_s103_report_what_their_former_code_reported(body: str) -> None:
    lexicon._words().full_table()
    assert _findings(S101LowerCase(), body) == _findings(S101Reference(), body)
    assert _findings(s103.GluedWords(), body) == _findings(S103Reference(), body)


@pytest.mark.parametrize("body", ["The annexationa of the peninsula.", "The table of the Governmentsince March.",
                                  "They met the presidentwhile it rained.", "The Governmentsince March and governmentsince.",
                                  "Governmentsince. governmentsince Governmentsince", "Governme\u212atsince now",
                                  "minsiter goverment recieve #annexationa soloes", "x_annexationa www.goverment.com"])
def test_s101_and_s103_cases(body: str) -> None:
    assert _findings(S101LowerCase(), body) == _findings(S101Reference(), body)
    assert _findings(s103.GluedWords(), body) == _findings(S103Reference(), body)


def _odd_gazetteer() -> Gazetteer:
    """The shipped people and a few surnames that are not ASCII lower case (one not even folded)."""
    gaz = Gazetteer()
    shipped = gazetteer()
    for person in shipped.people:
        gaz.add_person(person)
    for forms in [("Jonas Gahr Støre",), ("Anna Varga",), ("Tom \u212aelvin",), ("Ali \u0130stanbul",)]:
        gaz.add_person(Person(forms[0], forms))
    gaz.surnames["ODD"] = "ODD"
    gaz.countries = shipped.countries
    return gaz


@settings(max_examples=300, deadline=None)
@given(pieces_text, st.booleans())
def test_n103_reports_what_its_former_code_reported(body: str, odd: bool) -> None:
    lexicon._words().full_table()
    gaz = _odd_gazetteer() if odd else gazetteer()
    before = n103.gazetteer
    n103.gazetteer = lambda: gaz  # type: ignore[assignment]
    try:
        assert _findings(n103.LowercaseName(), body) == _findings(N103Reference(), body)
    finally:
        n103.gazetteer = before


@pytest.mark.parametrize("body", ["Then Macron said and then Macron left, but macron came.", "Støre met Støre and støre.",
                                  "Mr Varga and Varga met varga.", "Anna Odd, Bo Odd and odd and ODD.",
                                  "Tom Kelvin, Ann Kelvin and kelvin.", "putin said \"Putin\" is Putin."])
def test_n103_cases(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    for gaz in (gazetteer(), _odd_gazetteer()):
        monkeypatch.setattr(n103, "gazetteer", lambda gaz=gaz: gaz)
        assert _findings(n103.LowercaseName(), body) == _findings(N103Reference(), body), body


def test_n103_surnames_found_from_the_capitalised_forms(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every surname of the lower-case words whose capitalised form the article uses is found."""
    for gaz in (gazetteer(), _odd_gazetteer()):
        for body in ["Macron said. Macron left. Then macron came.", "Støre met Støre and støre. ODD odd Odd",
                     "Varga, Varga and varga; Kelvin Kelvin kelvin \u212aelvin"]:
            ms = mentions(_article(body))
            full = ms.lower_counts.keys() & gaz.surnames.keys()
            found = n103._surnames_capitalised_twice(ms, gaz)
            assert found <= full
            assert {w for w in full if ms.mid_counts[w.capitalize()] >= 1} <= found

"""The name/word analyses shared by the N, U and S rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint_news.api import check_text
from lint_news.config import Config
from lint_news.document import Article
from lint_news.names import lexicon
from lint_news.names.gazetteer import Gazetteer, _add_places, fold, gazetteer
from lint_news.names.mentions import in_address, mentions, strip_possessive
from lint_news.names.scripts import latinise


def test_lexicon_frequency_and_case() -> None:
    assert lexicon.known("annexation") and not lexicon.known("annexationa")
    assert lexicon.is_lower_word("may") and not lexicon.is_lower_word("putin")
    assert lexicon.zipf("the") > 6 > lexicon.zipf("annexation") > 2


def test_corrections_best_first() -> None:
    assert lexicon.corrections("annexationa")[0] == "annexation"
    assert lexicon.corrections("thhe")[0] == "the"


def test_split_glued_needs_a_frequent_tail() -> None:
    assert lexicon.split_glued("Governmentsince") == ("Government", "since")
    assert lexicon.split_glued("ownerless") is None


def test_gazetteer_forms_and_places() -> None:
    gaz = gazetteer()
    assert fold("Élisabeth Borne") in gaz.forms
    assert gaz.person(gaz.forms[fold("Volodymyr Zelenskyy")]).canonical == "Volodymyr Zelensky"
    assert gaz.is_place("Finland") and fold("Finland") in gaz.countries
    assert gaz.is_place("Osaka") and fold("Osaka") not in gaz.countries
    assert gazetteer() is gaz  # loaded once


def test_places_with_or_without_accented_names() -> None:
    ascii_only = Gazetteer()
    _add_places(ascii_only, "# kind\tname\ncountry\tFinland\ncity\tOsaka\n")
    assert ascii_only.places == {"finland", "osaka"} and ascii_only.countries == {"finland"}
    accented = Gazetteer()
    _add_places(accented, "country\tFinland\ncapital\tBrasília\ncity\tGenève\n")
    assert accented.places == {"finland", "brasilia", "geneve"} and accented.major == {"F": ["Finland"], "B": ["Brasília"]}


def test_mentions_counts_and_runs() -> None:
    text = "Talks in the capital\n\nAides to Anna Varga met. Varga's office said Varga would speak.\n"
    article = check_text(text, select=["N101"])[0].article
    assert article is not None
    ms = mentions(article)
    assert ms.cap_counts["Varga"] == 3 and ms.mid_counts["Varga"] == 2  # one starts a sentence
    assert any([t.text for t in run] == ["Anna", "Varga"] for run in ms.runs)
    assert mentions(article) is ms  # memoised on the article


def test_helpers() -> None:
    assert strip_possessive("Biden’s") == "Biden"
    text = "see www.example.com and mail a@b.org or #tag"
    assert in_address(text, text.index("example"), text.index("example") + 7)
    assert in_address(text, text.index("tag"), text.index("tag") + 3)
    assert latinise("sаid") == "said" and latinise("said") is None and latinise("сказал") is None


def test_config_names_silence_a_finding() -> None:
    text = "Talks in the capital\n\nThe chess player Gary Kasparov spoke.\n"
    assert check_text(text, select=["N102"])[0].findings
    config = Config(names=["Gary Kasparov"])
    assert not check_text(text, select=["N102"], config=config)[0].findings


def test_word_list_sorted_and_searched_like_the_table() -> None:
    """The cold-start binary search over words.tsv answers exactly as the full table does."""
    words = lexicon._WordList()
    lines = words._data.decode("utf-8").strip("\n").split("\n")
    keys = [line.split("\t")[0] for line in lines]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)  # the search needs code-point order
    table = lexicon._WordList().full_table()
    sample = [*keys[::len(keys) // 500], keys[0], keys[-1], "", "zzzzzz", "aaaaaa", "annexationa", "étude", "b-b"]
    for word in sample:
        assert words._search(word) == table.get(word), word
    assert words.table is None  # answered without building the table


def test_word_list_builds_its_table_after_many_probes() -> None:
    words = lexicon._WordList()
    for i in range(lexicon._PROBES_BEFORE_TABLE + 1):
        words.value(f"nonword{i}")
    assert words.table is not None and words.value("born") == words.table["born"]


def test_has_foreign_agrees_with_the_character_class() -> None:
    import re

    from lint_news.names.scripts import FOREIGN, has_foreign

    pattern = re.compile(f"[{FOREIGN}]")
    for code in [*range(0x20, 0x3000, 7), *range(0x3000, 0x10000, 97), 0x0400, 0x052F, 0x0530, 0xD7AF, 0xD7B0]:
        text = f"plain {chr(code)} text"
        assert has_foreign(text) == bool(pattern.search(text)), hex(code)
    assert not has_foreign("“Curly” quotes — and € signs")


def test_not_lower_words_before_and_after_the_table() -> None:
    words = ["may", "putin", "annexationa", "born", "harris"]
    before = lexicon.not_lower_words(words)
    lexicon._words().full_table()
    assert before == lexicon.not_lower_words(words) == {w for w in words if not lexicon.is_lower_word(w)}
    assert "may" not in before and "annexationa" in before


def testplace_rows_fast_path_agrees_with_the_line_by_line_reading() -> None:
    from lint_news.names.gazetteer import place_rows
    from lint_news.resources import read_text

    shipped = read_text("names", "places.txt")
    rows = [line.split("\t") for line in shipped.splitlines() if line and not line.startswith("#")]
    assert place_rows(shipped) == ([k for k, _ in rows], [n for _, n in rows])
    irregular = "# header\ncity\tOslo\n\n# a note\ncountry\tNorway\ncapital\tOslo"  # blank line, no final newline
    assert place_rows(irregular) == (["city", "country", "capital"], ["Oslo", "Norway", "Oslo"])


def test_folding_many_lines_at_once_matches_fold() -> None:
    from lint_news.names.gazetteer import _fold_lines, fold

    names = ["Ḩalab", "Zürich", "São Paulo", "Kraków", "Đà Nẵng", "Hauts-de-Seine", "Côte d’Ivoire", "ﬁnland"]
    assert _fold_lines("\n".join(names)) == [fold(n) for n in names]


def test_unknown_and_corrections_before_and_after_the_table(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The long-run shortcuts (set operations against the full table) answer as single lookups do."""
    fresh = lexicon._WordList()
    monkeypatch.setattr(lexicon, "_words", lambda: fresh)
    words = ["may", "putin", "annexationa", "born", "harris", "goverment", "recieve", "teh", "xqzv"]
    misspelt = ["goverment", "recieve", "teh", "anounced", "minster", "presidnet", "a", "zz"]
    before = (lexicon.unknown(words), [lexicon.corrections(w) for w in misspelt])
    assert fresh.table is None
    fresh.full_table()
    after = (lexicon.unknown(words), [lexicon.corrections(w) for w in misspelt])
    assert before == after
    assert before[0] == {"annexationa", "goverment", "recieve", "xqzv"} - {w for w in words if lexicon.known(w)}
    assert "government" in before[1][0] and "receive" in before[1][1]


def test_capital_pattern_prefix_is_a_superset_of_its_class() -> None:
    """The fast first-character ranges of mentions._CAPLIKE_RE leave out no character of [^\\W\\d_a-z]."""
    import re

    from lint_news.names.mentions import _CAPLIKE_RE

    prefix = re.compile(_CAPLIKE_RE.pattern[: _CAPLIKE_RE.pattern.index("]") + 1])
    wanted = re.compile(r"[^\W\d_a-z]")
    for code in [*range(0x2100), *range(0x2100, 0x110000, 101)]:
        ch = chr(code)
        assert not wanted.match(ch) or prefix.match(ch), hex(code)


def test_edits1_makes_every_one_edit_string() -> None:
    def reference(word: str) -> set[str]:
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        letters = "abcdefghijklmnopqrstuvwxyz"
        return ({left + right[1:] for left, right in splits if right}
                | {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
                | {left + c + right[1:] for left, right in splits if right for c in letters}
                | {left + c + right for left, right in splits for c in letters})

    for word in ["", "a", "ab", "thhe", "annexationa", "é-x"]:
        assert set(lexicon._edits1(word)) == reference(word), word


def test_occurrences_finds_what_the_regex_finds() -> None:
    """The str.find loop of ``occurrences`` agrees with its regex definition, whatever the neighbours."""
    import random

    from lint_news.names.mentions import _occurrences_re, occurrences

    words = ["a", "ab", "aa", "b-a", "a'b", "é", "1"]
    rng = random.Random(7)
    alphabet = "ab-'’_ 1²½é.\u0663xЖ"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    texts += [f"x{c}ab{c}a ab-{c} {c}'ab" for c in map(chr, [*range(0x250), *range(0x250, 0x110000, 97)])]
    for text in texts:
        for word in words:
            assert list(occurrences(text, word)) == list(_occurrences_re(text, word)), (text, word)


def test_latin_share_counts_as_the_character_loop() -> None:
    from lint_news.names.scripts import latin_share

    def reference(text: str) -> float:
        letters = [ch for ch in text if ch.isalpha()]
        if not letters:
            return 1.0
        return sum(1 for ch in letters if ch.isascii() or "\u00c0" <= ch <= "\u024f") / len(letters)

    texts = ["plain", "", "— “ ” 12", "Café in Москва", "漢字 and ½ ² × ÷ ɏ ɐ", "a\ud800b", "ÀÖØöøÿĀſƀɏ"]
    texts += [f"ab {chr(code)} é" for code in [*range(0x80, 0x3000), *range(0x3000, 0x110000, 89)]]
    for text in texts:
        assert latin_share(text) == reference(text), text


def _random_articles(seed: int, count: int) -> list[Article]:
    """Articles of random words, cases, quotes, possessives and joiners (for the analyses' fast paths)."""
    import random

    from lint_news.formats import format_of, load_articles

    words = ("The Biden biden said Anna Varga Varga's dogs' it's don't NATO US Émile émigré 'quoted' Putin putin "
             "well-known O'Neill Jean-Luc 3rd 1990s Zelensky Kasparov Moskow moskow annexationa xqzv ß Ж жук ² "
             "Mr. In After “Yes,” — ( : ? ! . , ; _ - ' ’").split()
    seps = [" ", " ", " ", "  ", "", "\n", ". ", "-", "'", "’", "_"]
    rng = random.Random(seed)
    out: list[Article] = []
    for i in range(count):
        paras = ["".join(rng.choice(words) + rng.choice(seps) for _ in range(rng.randint(1, 30))).strip() or "x"
                 for _ in range(rng.randint(1, 4))]
        out += load_articles(f"r{i}.txt", "\n\n".join(paras) + "\n", format_of(f"r{i}.txt"))
    return out


def test_initial_starts_fast_path_agrees_with_the_regex() -> None:
    """A sentence whose first character is alphanumeric starts with its first word: str.isalnum is [^\\W_]."""
    import re

    from lint_news.names.mentions import _WORD_RE, _initial_starts

    word_char = re.compile(r"[^\W_]")
    for code in [*range(0x3000), *range(0x3000, 0x110000, 37)]:
        assert chr(code).isalnum() == bool(word_char.match(chr(code))), hex(code)
    for article in _random_articles(3, 400):
        text = article.text
        reference = {m.start() for s in article.sentences if (m := _WORD_RE.search(text, s.span.start, s.span.end))}
        assert _initial_starts(article) == reference, text


def test_strange_and_not_lower_look_up_what_the_definitions_do(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """strange() looks up only not_lower() and the capitalised forms: the same set as unknown(folded_counts)."""
    from lint_news.names.mentions import compute

    fresh = lexicon._WordList()
    monkeypatch.setattr(lexicon, "_words", lambda: fresh)
    for with_table in (False, True):
        if with_table:
            fresh.full_table()
        for article in _random_articles(5, 300):
            ms = compute(article)
            assert ms.not_lower() == lexicon.not_lower_words(ms.lower_counts)
            assert ms.strange() == lexicon.unknown(ms.folded_counts) == {
                w for w in ms.folded_counts if not lexicon.known(w)}
        assert (fresh.table is not None) == with_table


def test_the_word_table_is_kept_between_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    built = lexicon._WordList()
    table, lower = built.full_table(), built.lower_set()
    assert lower == frozenset(w for w, v in table.items() if v & lexicon.LOWER) and "may" in lower
    assert list(tmp_path.glob("words-*.marshal"))
    monkeypatch.setattr(lexicon, "_Codes", None)  # building is impossible now: only the cache can serve
    again = lexicon._WordList()
    assert again.full_table() == table and again.lower_set() == lower


def test_an_edited_word_list_is_built_anew(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    lexicon._WordList().full_table()
    edited = lexicon._WordList()
    edited._data += b"zzyzxq\t31l\n"
    assert edited.full_table()["zzyzxq"] == 31 * 4 + lexicon.LOWER and "zzyzxq" in edited.lower_set()
    assert "zzyzxq" not in lexicon._WordList().full_table()  # the shipped list is read back as it is


@pytest.mark.parametrize(("word", "target"), [
    ("goverment", "government"),  # a letter dropped inside
    ("ammount", "amount"),  # a letter doubled
    ("comittee", "committee"),  # a double made single
    ("recieve", "receive"),  # neighbours swapped
    ("seperate", "separate"),  # a vowel for a vowel
])
def test_typo_edit_accepts_slips_that_keep_the_outline(word: str, target: str) -> None:
    assert lexicon.typo_edit(word, target)


@pytest.mark.parametrize(("word", "target"), [
    ("fibre", "fire"),  # a new letter that doubles nothing
    ("cafes", "cases"),  # a consonant for another
    ("dreamt", "dream"),  # a letter added at the end
    ("trove", "prove"),  # the first letter changed
    ("centre", "center"),  # British spelling
    ("amount", "amount"),  # no edit at all
])
def test_typo_edit_rejects_other_words(word: str, target: str) -> None:
    assert not lexicon.typo_edit(word, target)


def test_a_bare_d_is_a_past_tense_only_after_e() -> None:
    assert lexicon.plausible_derivation("closed")
    assert not lexicon.plausible_derivation("discoverd")

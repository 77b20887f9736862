"""The foreign word list (rules/names/foreign.tsv) and its sorted-file lookup."""

from __future__ import annotations

from lint_news.names.foreign import LANGUAGE_NAMES, foreign_language, spelt_foreign
from lint_news.names.sortedtsv import SortedTsv
from lint_news.resources import data_file


def _lines() -> list[str]:
    return data_file("names", "foreign.tsv").read_text(encoding="utf-8").splitlines()


def test_foreign_list_is_sorted_by_code_point_with_known_languages() -> None:
    lines = _lines()
    keys = [line.split("\t")[0] for line in lines]
    assert keys == sorted(keys) and len(set(keys)) == len(keys)  # SortedTsv needs code-point order
    codes = [line.split("\t")[1].split(",") for line in lines]
    assert all(1 <= len(c) <= 3 and len(set(c)) == len(c) for c in codes)  # one to three, no repeats
    assert {code for c in codes for code in c} <= set(LANGUAGE_NAMES)
    assert all(k.islower() and k.isalpha() and len(k) >= 4 for k in keys)


def test_foreign_list_holds_no_english_dictionary_word() -> None:
    english = {line.split("\t")[0] for line in data_file("names", "words.tsv").read_text(encoding="utf-8").splitlines()
               if not line.endswith("-")}
    assert english.isdisjoint(line.split("\t")[0] for line in _lines())


def test_foreign_language_names_the_language() -> None:
    assert foreign_language("gobierno") == "Spanish"
    assert foreign_language("hükümet") == "Turkish"
    assert foreign_language("governo") == "Portuguese or Italian"  # as common in both
    assert foreign_language("presidente") is not None  # used in English web text, but far more in Spanish
    assert foreign_language("minder") is None  # English uses it ("a political minder")
    assert foreign_language("government") is None
    assert foreign_language("zzzzqx") is None


def test_sorted_tsv_finds_every_key_and_no_other() -> None:
    keys = [f"w{i:05d}" for i in range(3000)]  # several 4 kB blocks
    table = SortedTsv("".join(f"{k}\tv{i}\n" for i, k in enumerate(keys)).encode())
    assert [table.find(k) for k in keys] == [f"v{i}" for i in range(3000)]
    for missing in ("a", "w0", "w00000x", "w99999", "zz", ""):
        assert table.find(missing) is None


def test_sorted_tsv_last_line_without_a_newline() -> None:
    assert SortedTsv(b"a\t1\nb\t22").find("b") == "22"


def test_sorted_tsv_keys_outside_ascii() -> None:
    table = SortedTsv("año\t1\nçay\t2\nüber\t3\n".encode())
    assert (table.find("año"), table.find("çay"), table.find("über"), table.find("ano")) == ("1", "2", "3", None)


def test_trigram_file_is_sorted_for_its_binary_search() -> None:
    lines = [line for line in data_file("names", "trigrams.tsv").read_text(encoding="utf-8").splitlines() if line[:1] != "#"]
    keys = [line.split("\t")[0] for line in lines]
    assert keys == sorted(keys) and len(keys) == len(set(keys)) > 30_000


def test_spelling_tells_other_languages_from_english_coinages() -> None:
    # words of other languages in no list, and English words the list lacks (typos, trade terms)
    for word in ("kaupunginvaltuusto", "muutosneuvottelut", "situatsiya", "yangını"):
        assert spelt_foreign(word), word
    for word in ("writedown", "carryforward", "unitholders", "fertalisation", "tightlipped", "weighhouse"):
        assert not spelt_foreign(word), word
    assert not spelt_foreign("tenis")  # too short to judge

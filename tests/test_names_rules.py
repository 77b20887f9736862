"""Behaviour of the name rules beyond their case files: evidence, suggestions, config."""

from __future__ import annotations

from pathlib import Path

from lint_news.api import check_text
from lint_news.config import Config
from lint_news.findings import Finding
from lint_news.names.mentions import Mentions

HEAD = "Talks in the capital\n\n"


def _run(body: str, codes: list[str], config: Config | None = None) -> list[tuple[str, str, str]]:
    result = check_text(HEAD + body + "\n", select=codes, config=config)[0]
    assert result.article is not None
    return [(f.rule, result.article.slice(f.span), _first(f)) for f in result.findings]


def _first(f: Finding) -> str:
    return f.suggestions[0].replacement if f.suggestions else ""


def test_variant_points_at_majority_mention() -> None:
    body = "Delmar spoke. Aides to Delmar agreed, and Delmar left. Officials said Dellmar would return."
    result = check_text(HEAD + body, select=["N101"])[0]
    (finding,) = result.findings
    assert result.article is not None
    assert result.article.slice(finding.span) == "Dellmar"
    assert [result.article.slice(r.span) for r in finding.related] == ["Delmar"]


def test_majority_form_that_is_itself_misspelt_gets_the_known_name() -> None:
    body = ("Chancellor Olaf Solz spoke. Olaf Solz said the budget was fair. "
            "Critics of Olaf Solz disagreed. Officials said Soltz would stay.")
    found = _run(body, ["N101", "N102"])
    assert ("N101", "Soltz", "Scholz") in found
    assert ("N102", "Olaf Solz", "Olaf Scholz") in found


def test_another_spelling_of_a_misspelt_surname_gets_the_same_fix() -> None:
    body = ("Prime Minister Keir Starmir met union leaders on Monday. Afterwards Starmar said the talks "
            "had gone well, Starling Bank agreed, and Svenja Schulze was not there.")
    assert _run(body, ["N102"]) == [
        ("N102", "Keir Starmir", "Keir Starmer"),
        ("N102", "Starmar", "Starmer"),
    ]


def test_german_letters_may_be_transcribed() -> None:
    body = ("Markus Soeder spoke first. Wolfgang Schaeuble agreed with Sauli Niinistoe, "
            "but Markus Soedar did not.")
    assert _run(body, ["N102"]) == [("N102", "Markus Soedar", "Markus Söder")]


def test_a_common_given_name_is_no_family_name_written_first() -> None:
    assert _run("On Monday John Kery met the envoy.", ["N102"]) == [("N102", "John Kery", "John Kerry")]
    assert _run("On Monday Chen Shibiao met the envoy.", ["N102"]) == []


def test_a_surname_spelt_as_an_alias_is_no_slip_when_used_alone() -> None:
    body = "On Monday Volodimir Zelenskiy met the envoy in Kyiv. Later Zelenskiy said the talks went well."
    assert _run(body, ["N102"]) == [("N102", "Volodimir Zelenskiy", "Volodymyr Zelensky")]


def test_first_name_slip_does_not_flag_the_correct_surname() -> None:
    body = "President Emanuel Macron arrived. Macron said talks went well, and aides to Macron agreed."
    assert _run(body, ["N102"]) == [("N102", "Emanuel Macron", "Emmanuel Macron")]


def test_names_file_silences(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("# our beat\nKier Starmer  # a local councillor\n", encoding="utf-8")
    body = "The councillor Kier Starmer opened the fair."
    assert _run(body, ["N102"])
    assert _run(body, ["N102"], Config(names_file=names)) == []


def test_other_script_and_homoglyphs_are_separate() -> None:
    body = "The envoy sаid the talks ended in 2019 г. in Minsk."
    found = _run(body, ["S102", "U102"])
    assert ("S102", "sаid", "said") in found
    assert ("U102", "г.", "") in found


def test_known_name_prefilter_drops_only_pairs_without_candidates() -> None:
    """N102 skips a pair when no by_last/by_first/by_prefix key matches: closest_person has none then."""
    import itertools
    import random

    from lint_news.names.gazetteer import closest_person, fold, gazetteer, lookup_keys

    gaz = gazetteer()
    rng = random.Random(3)
    parts = [p for person in gaz.people[:300] for form in person.forms for p in form.split()]
    parts += ["".join(rng.choice("aeiourstnlkmbdÉéö") for _ in range(rng.randint(1, 9))).capitalize() for _ in range(200)]
    parts += [p[:-1] + "x" for p in parts[:300]] + ["Joe", "Olaf", "Solz", "O'Neill", "Jean-Luc"]
    skipped = 0
    for a, b in itertools.product(rng.sample(parts, 150), rng.sample(parts, 150)):
        fa, fb = fold(a), fold(b)
        key_last, key_first, key_prefix = lookup_keys(fa, fb)
        if key_last not in gaz.by_last and key_first not in gaz.by_first and key_prefix not in gaz.by_prefix:
            skipped += 1
            assert closest_person(gaz, a, b) is None, (a, b)
    assert skipped > 1000


def _n105_candidates_reference(ms: Mentions) -> set[str]:
    """N105's candidate words as first written: one-token runs filtered, then the word lists; no
    word that follows another capitalised word anywhere."""
    after_capital = {t.text for run in ms.runs for t in run[1:]}
    alone = {t.text for run in ms.runs if len(run) == 1 for t in run} - after_capital
    words = {w for w in alone if len(w) >= 5 and w.isalpha() and ms.cap_counts[w] <= 2}
    strange = {w.lower() for w in words} & ms.strange()
    return {w for w in words if w.lower() in strange}


def test_place_candidates_are_their_definition() -> None:
    """N105 tests the word lists first, over the distinct forms; the set must be the same."""
    import random

    from lint_news.formats import format_of, load_articles
    from lint_news.names.mentions import compute
    from lint_news.rules.n105_place_misspelled import _candidates

    rng = random.Random(5)
    vocab = ["Ukriane", "Moskow", "Paris", "Bajada Colorada", "Parkjiwon", "ZZZZZ", "Zorblax", "Zorblax's",
             "Kyiv", "Élodie", "Ärgerlich", "Qwertyx-Lander", "O'Qwerty", "Xylofant", "The", "word", "is", "said",
             "Qwertyxx Blorbin", "Gdansk", "Bloopville", "Krakov", "Snorblat’s", "Mc-Qwerty", "Abcdefq"]
    seps = [" ", " ", ". ", ", ", "\n\n", " (", "’ ", "-", "“"]
    for _ in range(400):
        text = "".join(rng.choice(vocab) + rng.choice(seps) for _ in range(rng.randint(0, 25)))
        for article in load_articles("t.txt", HEAD + text, format_of("t.txt")):
            ms = compute(article)
            assert _candidates(ms) == _n105_candidates_reference(ms), text

"""T104's index: every collocation with one word swapped for each of its substitutes, by its first two words."""

from __future__ import annotations

from lint_news.rules.t104_spun_collocation import build_index


def test_each_word_of_a_collocation_is_swapped_for_each_substitute() -> None:
    index = build_index(["central bank", "interest rate"], {"central": ["focal"], "interest": ["intrigue", "premium"],
                                                           "bank": ["financial institution"]}, set())
    assert index[("focal", "bank")] == (((), "central bank"),)
    assert index[("intrigue", "rate")] == (((), "interest rate"),)
    assert index[("premium", "rate")] == (((), "interest rate"),)
    assert index[("central", "financial")] == ((("institution",), "central bank"),)


def test_phrases_that_are_english_are_left_out() -> None:
    index = build_index(["central figure", "key figure", "public market"],
                        {"central": ["key", "focal"], "public": ["open"]}, {"open market"})
    assert ("key", "figure") not in index  # itself a collocation
    assert ("open", "market") not in index  # allowed: normal English
    assert index[("focal", "figure")] == (((), "central figure"),)


def test_longer_tails_are_tried_first_and_one_word_phrases_are_kept() -> None:
    index = build_index(["bird flu", "bird flu vaccine", "self-portrait"],
                        {"bird": ["winged creature"], "self-portrait": ["self-picture"]}, set())
    assert [rest for rest, _ in index[("winged", "creature")]] == [("flu", "vaccine"), ("flu",)]
    assert index[("self-picture",)] == (((), "self-portrait"),)


def test_a_name_keeps_its_capitals_for_the_suggestion() -> None:
    index = build_index(["White House"], {"house": ["abode"]}, set())
    assert index[("white", "abode")] == (((), "White House"),)

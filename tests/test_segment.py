"""Sentence segmentation: abbreviations, initials and initialisms do not end sentences."""

from __future__ import annotations

from lint_news.text.segment import split_sentences


def sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text, 0, len(text))]


def test_full_stops_end_sentences() -> None:
    assert sentences("The talks ended. It rained.") == ["The talks ended.", "It rained."]


def test_initials_of_a_name_do_not_end_a_sentence() -> None:
    assert sentences("The offer to the R.J. Dalton Group failed. It fell.") == [
        "The offer to the R.J. Dalton Group failed.", "It fell."]
    assert sentences("Said T.M. Okafor of the bank. Then he left.") == ["Said T.M. Okafor of the bank.", "Then he left."]
    assert sentences("John F. Kennedy spoke. Then he left.") == ["John F. Kennedy spoke.", "Then he left."]


def test_a_dotted_word_that_is_not_initials_still_ends_a_sentence() -> None:
    assert sentences("The file was data.csv. Then it failed.") == ["The file was data.csv.", "Then it failed."]

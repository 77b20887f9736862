"""text.loans: the phrases English borrowed whole, found around a word."""

from __future__ import annotations

from lint_news.text.loans import in_loan_phrase


def test_a_word_of_a_borrowed_phrase_is_found_and_a_lone_word_is_not() -> None:
    text = "The festival has a simple raison d'être, and the raison for it is money."
    first = text.index("raison")
    assert in_loan_phrase(text, first, first + len("raison"))
    second = text.index("raison", first + 1)
    assert not in_loan_phrase(text, second, second + len("raison"))


def test_case_and_curly_apostrophes_do_not_hide_a_phrase() -> None:
    text = "It was a Coup d’état in all but name."
    at = text.index("Coup")
    assert in_loan_phrase(text, at, at + 4)

"""U103's word lists: the article gate only holds function words that a sentence test counts."""

from __future__ import annotations

from lint_news.rules.u103_foreign_sentence import _ENGLISH, _FUNCTION_WORDS, _GATE, foreign_language


def test_the_gate_is_made_of_counted_function_words_english_does_not_use() -> None:
    counted = frozenset().union(*_FUNCTION_WORDS.values())
    assert _GATE.issubset(counted)
    assert not _GATE & _ENGLISH


def test_language_of_a_sentence() -> None:
    assert foreign_language("der streit um die rente geht weiter und wird lauter".split()) == "German"
    assert foreign_language("el gobierno no aceptará la propuesta para los sindicatos".split()) == "Spanish"
    assert foreign_language("the government will not accept the offer".split()) is None
    assert foreign_language("und mit von".split()) is None  # too short to be a sentence

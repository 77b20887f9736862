"""Common words of other Latin-script languages that English lacks (rules/names/foreign.tsv)."""

from __future__ import annotations

from functools import cache, lru_cache

from ..resources import data_file
from .sortedtsv import SortedTsv

LANGUAGE_NAMES = {
    "es": "Spanish", "pt": "Portuguese", "fr": "French", "it": "Italian", "de": "German", "nl": "Dutch",
    "tr": "Turkish", "pl": "Polish", "ro": "Romanian", "sv": "Swedish", "da": "Danish", "nb": "Norwegian",
    "fi": "Finnish", "cs": "Czech", "sk": "Slovak", "hu": "Hungarian", "id": "Indonesian", "ms": "Malay",
    "ca": "Catalan", "sh": "Serbo-Croatian", "sl": "Slovene", "lt": "Lithuanian", "lv": "Latvian", "is": "Icelandic",
}


@cache
def _words() -> SortedTsv:
    return SortedTsv(data_file("names", "foreign.tsv").read_bytes())


@lru_cache(maxsize=16384)
def foreign_language(word: str) -> str | None:
    """The languages (English names) whose common words include ``word`` (lower-case), or None:
    "Spanish", or "Portuguese or Italian" where the word is almost as common in the second."""
    codes = _words().find(word)
    if codes is None:
        return None
    names = [LANGUAGE_NAMES.get(code, code) for code in codes.split(",")]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


SPELLING_THRESHOLD = 0.5  # mean log-ratio per run above which a word is spelt like another language's
SPELLING_MIN_LETTERS = 6


@cache
def _trigram_ratios() -> SortedTsv:
    """rules/names/trigrams.tsv: three-letter run -> ln(P(other languages) / P(English)), searched
    in the sorted file: a dict of its 35,000 runs would cost a cold start ~40 ms."""
    return SortedTsv(data_file("names", "trigrams.tsv").read_bytes())


@lru_cache(maxsize=8192)
def spelling_score(word: str) -> float:
    """How much more a lower-case word's three-letter runs (with "^" and "$" for its ends) belong
    to the words of other Latin-script languages than to English ones: the mean log-ratio."""
    table = _trigram_ratios()
    padded = f"^{word}$"
    runs = len(padded) - 2
    ratios = (table.find(padded[i : i + 3]) for i in range(runs))
    return sum(float(r) for r in ratios if r is not None) / runs


def spelt_foreign(word: str) -> bool:
    """A word of six letters or more spelt as other languages spell and English does not
    ("kaupunginvaltuusto", "tenista"), by ``spelling_score``."""
    return len(word) >= SPELLING_MIN_LETTERS and spelling_score(word) >= SPELLING_THRESHOLD

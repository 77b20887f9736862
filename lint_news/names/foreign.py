"""Common words of other Latin-script languages that English lacks (rules/names/foreign.tsv)."""

from __future__ import annotations

from functools import cache

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


def foreign_language(word: str) -> str | None:
    """The languages (English names) whose common words include ``word`` (lower-case), or None:
    "Spanish", or "Portuguese or Italian" where the word is almost as common in the second."""
    codes = _words().find(word)
    if codes is None:
        return None
    names = [LANGUAGE_NAMES.get(code, code) for code in codes.split(",")]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]

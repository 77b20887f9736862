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
    """The language (its English name) whose common words include ``word`` (lower-case), or None."""
    code = _words().find(word)
    return None if code is None else LANGUAGE_NAMES.get(code, code)

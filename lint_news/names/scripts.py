"""Writing systems: other-script fragments and Latin look-alike letters (homoglyphs)."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from typing import TYPE_CHECKING

from .. import recache
from ..lazyre import lazy_compile

if TYPE_CHECKING:
    from ..document import Article

# Scripts that do not belong in English prose. Greek is left out (maths, units: "μg", "α").
_FOREIGN_RANGES = (
    (0x0400, 0x052F),  # Cyrillic
    (0x0531, 0x058F),  # Armenian
    (0x0590, 0x05FF), (0x0600, 0x06FF), (0x0750, 0x077F),  # Hebrew, Arabic
    (0x0900, 0x0DFF),  # Indic scripts
    (0x0E00, 0x0E7F),  # Thai
    (0x10A0, 0x10FF), (0x1200, 0x137F),  # Georgian, Ethiopic
    (0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF),  # kana, CJK
    (0xAC00, 0xD7AF), (0x1100, 0x11FF),  # Hangul
)
FOREIGN = "".join(f"{chr(a)}-{chr(b)}" for a, b in _FOREIGN_RANGES)  # as a regex character class body
_FOREIGN_LETTER = lazy_compile(f"[{FOREIGN}]")


def is_foreign(ch: str) -> bool:
    code = ord(ch)
    return any(a <= code <= b for a, b in _FOREIGN_RANGES)


def has_foreign(text: str) -> bool:
    """Does the text hold a letter of a foreign script? (One regex scan in C.)"""
    return not text.isascii() and _FOREIGN_LETTER.search(text) is not None


@cache
def fragment_re() -> re.Pattern[str]:
    """A fragment: whole words of foreign script (not letters inside a Latin word), with the spaces
    and punctuation between them, and a final abbreviation dot ("г."). Compiled on first use:
    the wide character ranges cost milliseconds, and most articles never need them."""
    word = f"(?<!\\w)[{FOREIGN}]+(?:[-'’][{FOREIGN}]+)*(?!\\w)"
    return recache.compile(f"{word}(?:[ ,;:]+{word})*\\.?")


# Cyrillic and Greek letters that look like Latin ones.
HOMOGLYPHS = {
    "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x", "і": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C", "Т": "T",
    "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S",
    "ο": "o", "Ο": "O", "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M",
    "Ν": "N", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
}


def latinise(word: str) -> str | None:
    """The word with look-alike letters replaced, when it mixes them into Latin text; else None.

    A word made only of look-alikes ("а" alone) counts too: the caller checks the context is Latin.
    """
    if not any(ch in HOMOGLYPHS for ch in word):
        return None
    others = [ch for ch in word if ch.isalpha() and ch not in HOMOGLYPHS]
    if any(not ch.isascii() and not ("\u00c0" <= ch <= "\u024f") for ch in others):
        return None  # real Cyrillic or Greek words have letters with no Latin twin
    return "".join(HOMOGLYPHS.get(ch, ch) for ch in word)


HOMOGLYPH_RE = recache.compile("[" + "".join(HOMOGLYPHS) + "]")


_ASCII_NON_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())
_NON_ASCII_RE = lazy_compile(r"[^\x00-\x7f]")


def latin_share(text: str) -> float:
    """Share of letters that are Latin: English prose is close to 1.

    ASCII letters are counted in C (the ASCII bytes less the non-letters); each distinct other
    character is tested once, with its count.
    """
    if text.isascii():
        return 1.0
    letters = latin = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    for ch, count in Counter(_NON_ASCII_RE.findall(text)).items():
        if ch.isalpha():
            letters += count
            if "\u00c0" <= ch <= "\u024f":
                latin += count
    if not letters:
        return 1.0
    return latin / letters


def article_latin_share(article: Article) -> float:
    """``latin_share`` of the article's text, memoised: S102 and U102 test the same articles."""
    share: float = article.analysis("scripts.latin-share", lambda a: latin_share(a.text))
    return share

"""Writing systems: other-script fragments and Latin look-alike letters (homoglyphs)."""

from __future__ import annotations

import re

# Scripts that do not belong in English prose. Greek is left out (maths, units: "μg", "α").
FOREIGN = (
    "\u0400-\u052f"  # Cyrillic
    "\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"  # Hebrew, Arabic
    "\u0900-\u0dff"  # Indic scripts
    "\u0e00-\u0e7f"  # Thai
    "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # kana, CJK
    "\uac00-\ud7af\u1100-\u11ff"  # Hangul
)
FOREIGN_RE = re.compile(f"[{FOREIGN}]")
# A fragment: whole words of foreign script (not letters inside a Latin word), with the spaces
# and punctuation between them, and a final abbreviation dot ("г.").
_WORD = f"(?<!\\w)[{FOREIGN}]+(?:[-'’][{FOREIGN}]+)*(?!\\w)"
FRAGMENT_RE = re.compile(f"{_WORD}(?:[ ,;:]+{_WORD})*\\.?")

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


HOMOGLYPH_RE = re.compile("[" + "".join(HOMOGLYPHS) + "]")


def latin_share(text: str) -> float:
    """Share of letters that are Latin: English prose is close to 1."""
    if text.isascii():
        return 1.0
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 1.0
    return sum(1 for ch in letters if ch.isascii() or "\u00c0" <= ch <= "\u024f") / len(letters)

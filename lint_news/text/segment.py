"""Sentence segmentation tuned for news: abbreviations, initials, decimals, quotes, ellipses."""

from __future__ import annotations

from .. import recache

ABBREVIATIONS = frozenset(
    """mr mrs ms dr st jr sr prof gen sen rep gov lt col sgt capt cmdr adm maj rev hon pres supt insp
    jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc al e.g i.e approx est dept univ inc corp
    co ltd plc bros mt ft ave blvd rd fig vol ch pp op cf u.s u.k u.n e.u a.m p.m""".split()
)
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, and
# the start of a next sentence (a capital, a digit or an opening quote).
_BOUNDARY = recache.compile(r"([.!?…]+)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])")
_TOKEN_BEFORE = recache.compile(r"([A-Za-z][A-Za-z.]*)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or an initial?"""
    m = _TOKEN_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1).rstrip(".").lower()
    if len(word) == 1:
        return True  # an initial: "John F. Kennedy"
    return word in ABBREVIATIONS


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding white space."""
    out: list[tuple[int, int]] = []
    cursor = start
    for m in _BOUNDARY.finditer(text, start, end):
        punct = m.group(1)
        if punct == "." and _is_abbreviation(text, m.start(1)):
            continue
        stop = m.end(2)
        if stop > cursor:
            out.append((cursor, stop))
        cursor = m.end(3)
    if cursor < end:
        out.append((cursor, end))
    trimmed = []
    for a, b in out:
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            trimmed.append((a, b))
    return trimmed

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
# ("[.!?…][.!?…]*", not "[.!?…]+": a leading character class lets the regex engine skip ahead)
_BOUNDARY = recache.compile(r"([.!?…][.!?…]*)([\"'”’)\]]*)(\s+)(?=[\"'“‘(\[]?[A-Z0-9À-ÖØ-Þ])")
_LETTERS_DOT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ."


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the full stop at ``dot`` part of an abbreviation or an initial?"""
    # the word is what ``([A-Za-z][A-Za-z.]*)$`` finds in text[dot - 12 : dot], told with str
    # methods: the run of letters and dots ending there ("$" also matches before a final "\n")
    window = text[max(0, dot - 12) : dot - 1 if dot and text[dot - 1] == "\n" else dot]
    word = window[len(window.rstrip(_LETTERS_DOT)) :].lstrip(".").rstrip(".").lower()
    if len(word) == 1:
        return True  # an initial: "John F. Kennedy"
    if word in ABBREVIATIONS:
        return True
    return len(word) >= 3 and word[1::2] == "." * (len(word) // 2) and "." not in word[::2]  # initials: "R.J. Dalton"


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end], trimmed of surrounding white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    # In the trimmed range every span is trimmed and not empty: each starts at ``start`` or after
    # white space and before a capital, each ends at ``end`` or on the boundary's last mark.
    out: list[tuple[int, int]] = []
    cursor = start
    find = text.find
    # A boundary's marks all lie before ``last``: white space and one more character follow them.
    # (max: a negative end would count from the end of the text in str.find.)
    last = max(start, end - 2)
    if find("!", start, last) < 0 and find("?", start, last) < 0 and find("…", start, last) < 0:
        # Most blocks: their only marks before ``last`` are full stops, so every boundary is a run
        # of full stops. Try the regex only at full stops, found with str.find (much faster than
        # the regex's own scan): it finds what finditer would, since a match that fails at one
        # full stop of a run fails at the next too (the same closing marks and white space follow).
        match = _BOUNDARY.match
        dot = find(".", start, last)
        while dot >= 0:
            m = match(text, dot, end)
            if m is None:
                dot = find(".", dot + 1, last)
                continue
            if m.group(1) != "." or not _is_abbreviation(text, dot):
                out.append((cursor, m.end(2)))
                cursor = m.end(3)
            dot = find(".", m.end(), last)
    else:
        for m in _BOUNDARY.finditer(text, start, end):
            if m.group(1) == "." and _is_abbreviation(text, m.start(1)):
                continue
            out.append((cursor, m.end(2)))
            cursor = m.end(3)
    if cursor < end:
        out.append((cursor, end))
    return out

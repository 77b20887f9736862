"""Readability figures (Flesch reading ease, Flesch-Kincaid grade, sentence lengths) without the network.

Syllables are counted with a vowel-group heuristic, which is fast (the default rule set must lint
hundreds of thousands of words a second) and needs no pronunciation dictionary: textstat 0.7
downloads NLTK's cmudict on its first syllable count. ``textstat_figures`` offers textstat's
formulas for comparison, with its dictionary look-up switched off so that it stays offline.
"""

from __future__ import annotations

from typing import Any

from .. import recache
from ..document import Article
from .clauses import prose_sentences

# Vowel groups are counted on bytes: every byte becomes "v" (a vowel, y included) or "x", and a
# group starts at each "xv" (two C passes, no per-word Python work).
_VOWEL_BYTES = bytes(ord("v") if chr(i) in "aeiouyAEIOUY" else ord("x") for i in range(256))
# Silent final e after a consonant ("make", "state"; not "table"), and -ed after a consonant other
# than t or d ("walked"; not "wanted"), each a syllable less; a short word ("the", "he", "le") is
# given its final e back. One pass counts both: where they cancel ("the") nothing matches, a match
# takes a syllable off, or gives one back when it captures the "l" of a short word ("le", "ble").
_CONS = "[b-df-hj-np-tv-xz]"  # of a short word; a silent e follows one other than l
_FINAL_E = recache.compile(
    rf"e(?:d\b(?<=[b-ce-hj-np-sv-xz]ed)"  # -ed
    rf"|\b(?:(?<=[b-df-hj-km-np-tv-xz]e)(?<!(?<!\w){_CONS}e)(?<!(?<!\w){_CONS}{_CONS}e)"  # silent, not short
    rf"|(?<=(l)e)(?:(?<=(?<!\w)le)|(?<=(?<!\w){_CONS}le))))"  # short, not silent
)


def syllable_total(text: str) -> int:
    """Estimated syllables of a run of English words: vowel groups less silent endings."""
    low = text.lower()
    marks = low.encode("latin-1", "replace").translate(_VOWEL_BYTES)
    groups = marks.count(b"xv") + (marks[:1] == b"v")
    finals = _FINAL_E.findall(low)  # "l" gives a syllable back, "" takes one off
    return groups + len(finals) - 2 * finals.count("")


def syllables(word: str) -> int:
    """Estimated syllables of one word."""
    return max(1, syllable_total(word))


def figures(n: int, sentences: int, syl: int) -> dict[str, float]:
    """Flesch figures from counts of words, sentences and syllables."""
    return _figures({}, n, sentences, syl)


def _figures(out: dict[str, Any], n: int, sentences: int, syl: int) -> dict[str, Any]:
    """``figures`` written into ``out`` (after what it holds): a paragraph's, after its "block",
    without building a second dict to merge."""
    out["words"] = n
    out["sentences"] = sentences
    if not n or not sentences:
        return out
    wps = n / sentences
    spw = syl / n
    out["words_per_sentence"] = round(wps, 1)
    out["flesch_reading_ease"] = round(206.835 - 1.015 * wps - 84.6 * spw, 1)
    out["flesch_kincaid_grade"] = round(0.39 * wps + 11.8 * spw - 15.59, 1)
    return out


def _compute(article: Article) -> dict[str, Any]:
    prose = prose_sentences(article)
    lengths = [len(ps.words) for ps in prose]
    paragraphs = []
    total = words = 0
    text = article.text
    i = 0
    while i < len(prose):  # a paragraph's sentences come together, ``count`` of them
        first = prose[i]
        count = first.count
        stop = i + count
        n = sum(lengths[i:stop])
        syl = max(n, syllable_total(text[first.start : prose[stop - 1].end]))
        total += syl
        words += n
        paragraphs.append(_figures({"block": first.sentence.block}, n, count, syl))
        i = stop
    summary: dict[str, Any] = figures(words, len(prose), total)
    summary["longest_sentence"] = max(lengths, default=0)
    summary["paragraphs"] = paragraphs
    return summary


def readability(article: Article) -> dict[str, Any]:
    """Per-article and per-paragraph figures of the body prose, memoised; also stored in meta."""
    result: dict[str, Any] = article.analysis("readability", _compute)
    article.meta["readability"] = result
    return result


def textstat_figures(text: str) -> dict[str, float]:
    """textstat's Flesch figures, offline: its cmudict look-up (an NLTK download) is switched off."""
    from textstat.backend.counts import _count_syllables  # heavy import, only on request

    _count_syllables.get_cmudict = lambda lang: None  # pyphen only: no network
    import textstat

    return {"flesch_reading_ease": float(textstat.flesch_reading_ease(text)),
            "flesch_kincaid_grade": float(textstat.flesch_kincaid_grade(text))}

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
# than t or d ("walked"; not "wanted"). Short words ("the", "he") are given their syllable back.
_SILENT = recache.compile(r"e\b(?<=[b-df-hj-km-np-tv-xz]e)|ed\b(?<=[b-ce-hj-np-sv-xz]ed)")
# \b[b-df-hj-np-tv-xz]{1,2}e\b, anchored on its final "e" (a leading literal lets the regex engine skip ahead)
_SHORT_E = recache.compile(r"e\b(?:(?<=(?<!\w)[b-df-hj-np-tv-xz]e)|(?<=(?<!\w)[b-df-hj-np-tv-xz][b-df-hj-np-tv-xz]e))")


def syllable_total(text: str) -> int:
    """Estimated syllables of a run of English words: vowel groups less silent endings."""
    low = text.lower()
    marks = low.encode("latin-1", "replace").translate(_VOWEL_BYTES)
    groups = marks.count(b"xv") + (marks[:1] == b"v")
    return groups - len(_SILENT.findall(low)) + len(_SHORT_E.findall(low))


def syllables(word: str) -> int:
    """Estimated syllables of one word."""
    return max(1, syllable_total(word))


def figures(n: int, sentences: int, syl: int) -> dict[str, float]:
    """Flesch figures from counts of words, sentences and syllables."""
    if not n or not sentences:
        return {"words": n, "sentences": sentences}
    wps = n / sentences
    spw = syl / n
    return {
        "words": n,
        "sentences": sentences,
        "words_per_sentence": round(wps, 1),
        "flesch_reading_ease": round(206.835 - 1.015 * wps - 84.6 * spw, 1),
        "flesch_kincaid_grade": round(0.39 * wps + 11.8 * spw - 15.59, 1),
    }


def _compute(article: Article) -> dict[str, Any]:
    prose = prose_sentences(article)
    by_block: dict[int, list[Any]] = {}
    for ps in prose:
        by_block.setdefault(ps.sentence.block, []).append(ps)
    paragraphs = []
    total = words = 0
    text = article.text
    for block_index, sentences in by_block.items():
        n = sum(len(ps.words) for ps in sentences)
        syl = max(n, syllable_total(text[sentences[0].start : sentences[-1].end]))
        total += syl
        words += n
        entry: dict[str, Any] = {"block": block_index}
        entry.update(figures(n, len(sentences), syl))
        paragraphs.append(entry)
    lengths = [len(ps.words) for ps in prose]
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

"""Readability figures (Flesch reading ease, Flesch-Kincaid grade, sentence lengths) without the network.

Syllables are counted with a vowel-group heuristic, which is fast (the default rule set must lint
hundreds of thousands of words a second) and needs no pronunciation dictionary: textstat 0.7
downloads NLTK's cmudict on its first syllable count. ``textstat_figures`` offers textstat's
formulas for comparison, with its dictionary look-up switched off so that it stays offline.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from ..document import Article
from .clauses import prose_sentences

_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


@lru_cache(maxsize=8192)
def syllables(word: str) -> int:
    """Estimated syllables of one word (English)."""
    w = word.lower().strip("'’")
    if not w:
        return 0
    if len(w) <= 3:
        return 1
    n = len(_VOWEL_GROUPS.findall(w))
    if w.endswith("e") and not w.endswith(("le", "ee", "ye")) and n > 1:
        n -= 1  # silent final e: "make", "state"
    elif w.endswith(("ed", "es")) and not w.endswith(("ted", "ded", "ses", "zes", "ces", "ges", "xes")) and n > 1:
        n -= 1  # "walked", "makes"
    return max(1, n)


def figures(words: list[str], sentences: int) -> dict[str, float]:
    """Flesch figures for a list of words and a sentence count."""
    n = len(words)
    if not n or not sentences:
        return {"words": n, "sentences": sentences}
    syl = sum(syllables(w) for w in words)
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
    all_words: list[str] = []
    for block_index, sentences in by_block.items():
        words = [w.text for ps in sentences for w in ps.words]
        all_words.extend(words)
        entry: dict[str, Any] = {"block": block_index}
        entry.update(figures(words, len(sentences)))
        paragraphs.append(entry)
    lengths = [len(ps.words) for ps in prose]
    summary: dict[str, Any] = figures(all_words, len(prose))
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

"""The garble score: one number from 0 (clean) to 100 per article.

Each finding weighs severity x confidence x category weight; the sum per 1,000 words of the
article (at least 150 words, so a short note is not judged on one finding) is squashed onto
0..100 with 100 * (1 - exp(-density / SCALE)). A density of SCALE scores about 63.
"""

from __future__ import annotations

import math

from .findings import Finding

SEVERITY_WEIGHT = {"error": 3.0, "warning": 2.0, "info": 0.5}
CATEGORY_WEIGHT = {
    "name": 1.5, "untranslated": 1.5, "spelling": 1.0, "broken-sentence": 1.5, "grammar": 1.0,
    "pronoun-drift": 1.5, "tortured-phrase": 1.5, "duplicate": 1.0, "boilerplate": 0.7,
    "punctuation": 0.5, "contradiction": 2.0, "readability": 0.3,
}
SCALE = 12.0
MIN_WORDS = 150


def garble_score(findings: list[Finding], word_count: int) -> float:
    weight = sum(
        SEVERITY_WEIGHT.get(f.severity, 1.0) * max(0.0, min(f.confidence, 1.0)) * CATEGORY_WEIGHT.get(f.category, 1.0)
        for f in findings
    )
    density = 1000.0 * weight / max(word_count, MIN_WORDS)
    return round(100.0 * (1.0 - math.exp(-density / SCALE)), 1)

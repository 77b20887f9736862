"""The garble score: one number per article, from 0 (clean) to 100 (badly garbled), to triage a feed.

1. Each finding weighs severity x confidence x category:
   severity error 3, warning 2, info 0.5; confidence clamped to 0..1; category weights below
   (a contradiction or a garbled name hurts more than a stray punctuation mark, readability least).
2. Repeats of one rule count less and less: the k-th heaviest finding of a rule counts 1/sqrt(k),
   so one rule firing on every line (or misfiring on one habit of a writer) cannot flood the score.
3. The sum is divided by the article's length: per 1,000 words, counting at least 150 words so
   that a short brief is not condemned by a single finding.
4. The density is squashed onto 0..100 with 100 * (1 - exp(-density / 20)).

Rough reading: one warning in a 300-word article scores about 15-25; a handful about 40-60;
anything above 80 is badly damaged. Clean text scores 0.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from operator import itemgetter

from .findings import Finding

SEVERITY_WEIGHT = {"error": 3.0, "warning": 2.0, "info": 0.5}
CATEGORY_WEIGHT = {
    "name": 1.5, "untranslated": 1.5, "spelling": 1.0, "broken-sentence": 1.5, "grammar": 1.0,
    "pronoun-drift": 1.5, "tortured-phrase": 1.5, "duplicate": 1.0, "boilerplate": 0.7,
    "punctuation": 0.5, "contradiction": 2.0, "readability": 0.3,
}
SCALE = 20.0
MIN_WORDS = 150


def finding_weight(f: Finding) -> float:
    confidence = max(0.0, min(f.confidence, 1.0))
    return SEVERITY_WEIGHT.get(f.severity, 1.0) * confidence * CATEGORY_WEIGHT.get(f.category, 1.0)


def contributions(findings: Iterable[Finding]) -> dict[str, float]:
    """Each category's share of the weight, repeats of a rule discounted (step 2)."""
    by_rule: dict[str, list[tuple[float, Finding]]] = defaultdict(list)
    for f in findings:
        by_rule[f.rule].append((finding_weight(f), f))  # weighed once, not again for the sort
    out: dict[str, float] = defaultdict(float)
    for group in by_rule.values():
        group.sort(key=itemgetter(0), reverse=True)  # stable, as sorting the findings by weight
        for k, (weight, f) in enumerate(group, start=1):
            out[f.category] += weight / math.sqrt(k)
    return dict(out)


def garble_score(findings: list[Finding], word_count: int) -> float:
    if not findings:
        return 0.0  # what the formula gives: most articles of a clean feed
    weight = sum(contributions(findings).values())
    density = 1000.0 * weight / max(word_count, MIN_WORDS)
    return round(100.0 * (1.0 - math.exp(-density / SCALE)), 1)

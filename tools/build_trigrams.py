"""Generate rules/names/trigrams.tsv: how much more often each three-letter run occurs in the words
of other Latin-script languages than in English words, as a natural log of the ratio.

U105 sums these over a word it finds in no list to tell an untranslated word ("ergastolo",
"kaupunginvaltuusto") from a rare English one, a compound or a typo ("writedown", "olein").
English: the ordinary lower-case words of rules/names/words.tsv. Other languages: the ``--top``
commonest lower-case alphabetic words of each of build_foreign_words.LANGUAGES (wordfreq, data
CC-BY-SA 4.0) that are not English words. Each word is counted once (types, not tokens), with
"^" and "$" for its ends; every language weighs the same. Run once:

    .venv/bin/pip install -e ".[data]" && .venv/bin/python tools/build_trigrams.py
"""

from __future__ import annotations

import argparse
import math
from collections import Counter
from pathlib import Path

from build_foreign_words import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "names" / "trigrams.tsv"
WORDS = ROOT / "rules" / "names" / "words.tsv"
SMOOTHING = 0.5  # added to every count (a run unseen in one language is not impossible there)
KEEP_ABOVE = 0.25  # runs about as likely in both are left out: a missing run counts 0


def grams(word: str) -> list[str]:
    padded = f"^{word}$"
    return [padded[i : i + 3] for i in range(len(padded) - 2)]


def english_words() -> tuple[list[str], set[str]]:
    """(the ordinary lower-case words, every word of the list)."""
    ordinary: list[str] = []
    listed: set[str] = set()
    for line in WORDS.read_text(encoding="utf-8").splitlines():
        word, _, code = line.partition("\t")
        if not word or word.startswith("#"):
            continue
        listed.add(word)
        if code.endswith("l") and word.isalpha() and word.islower():
            ordinary.append(word)
    return ordinary, listed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--top", type=int, default=20000, help="words per language")
    args = parser.parse_args()
    from wordfreq import top_n_list

    english, listed = english_words()
    english_counts = Counter(g for w in english for g in grams(w))
    foreign_counts: Counter[str] = Counter()
    for lang in LANGUAGES:
        words = [w for w in top_n_list(lang, args.top) if w.isalpha() and w.islower() and len(w) >= 3 and w not in listed]
        per_language = Counter(g for w in words for g in grams(w))
        total = sum(per_language.values())
        for gram, n in per_language.items():  # every language weighs the same
            foreign_counts[gram] += n / total
    english_total = sum(english_counts.values())
    foreign_total = sum(foreign_counts.values())
    vocabulary = len(set(english_counts) | set(foreign_counts)) + 1
    lines = [f"# Written by tools/build_trigrams.py: run<TAB>ln(P(other languages) / P(English)), add-{SMOOTHING}",
             f"# smoothing; runs whose ratio is within {KEEP_ABOVE} of 0 (as likely in both) are left out."]
    for gram in sorted(set(english_counts) | set(foreign_counts)):
        f = foreign_counts[gram] * english_total / foreign_total  # on English's scale
        ratio = _ratio(f, english_counts[gram], english_total, english_total, vocabulary)
        if abs(ratio) >= KEEP_ABOVE:
            lines.append(f"{gram}\t{ratio:.1f}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines) - 2} runs")
    return 0


def _ratio(foreign: float, english: float, foreign_total: float, english_total: float, vocabulary: int) -> float:
    return math.log((foreign + SMOOTHING) / (foreign_total + SMOOTHING * vocabulary)) - math.log(
        (english + SMOOTHING) / (english_total + SMOOTHING * vocabulary))


if __name__ == "__main__":
    raise SystemExit(main())

"""Generate rules/names/foreign.tsv: common words of other Latin-script languages that English lacks.

Each line is ``word<TAB>language`` (ISO 639-1), the lines in code-point order so that a run can
binary-search the file instead of building a table. A word is listed when it is among the
``--top`` most frequent words of one of LANGUAGES (wordfreq, data CC-BY-SA 4.0) with a Zipf
frequency of at least ``--min-zipf`` there, is lower-case, alphabetic and at least four letters
long, and is neither a dictionary word of rules/names/words.tsv (the English list: ordinary words
and names), nor one once its accents are dropped ("cafe"), nor used in English (Zipf >= 2 in
wordfreq's English).
The first language in LANGUAGES that lists a word names it. Run once:

    .venv/bin/pip install -e ".[data]" && .venv/bin/python tools/build_foreign_words.py
"""

from __future__ import annotations

import argparse
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "names" / "foreign.tsv"
WORDS = ROOT / "rules" / "names" / "words.tsv"
# Latin-script languages that news is often translated from (other scripts: rule U102)
LANGUAGES = "es pt fr it de nl tr pl ro sv da nb fi cs sk hu id ms ca sh sl lt lv is".split()


def _plain(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def build(top: int, min_zipf: float) -> dict[str, str]:
    from wordfreq import top_n_list, zipf_frequency

    # the English list's dictionary words (lower-case or names); its other words come from English
    # web text and are tested by their frequency there ("gobierno" is one, at Zipf 1.8)
    english = {word for word, code in (line.split("\t", 1) for line in WORDS.read_text(encoding="utf-8").splitlines())
               if code[-1] != "-"}
    found: dict[str, str] = {}
    for lang in LANGUAGES:
        for word in top_n_list(lang, top):
            if word in found or len(word) < 4 or not word.isalpha() or word != word.lower():
                continue
            if word in english or _plain(word) in english or zipf_frequency(word, "en") >= 2.0:
                continue
            if zipf_frequency(word, lang) < min_zipf:
                break  # top_n_list is in frequency order
            found[word] = lang
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--top", type=int, default=5_000)
    parser.add_argument("--min-zipf", type=float, default=3.3)
    args = parser.parse_args()
    found = build(args.top, args.min_zipf)
    OUT.write_text("".join(f"{w}\t{found[w]}\n" for w in sorted(found)), encoding="utf-8")
    print(f"{len(found)} words -> {OUT}")


if __name__ == "__main__":
    main()

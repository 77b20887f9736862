"""Generate rules/names/foreign.tsv: common words of other Latin-script languages that English lacks.

Each line is ``word<TAB>language`` (ISO 639-1), the lines in code-point order so that a run can
binary-search the file instead of building a table. A word is listed when it is among the
``--top`` most frequent words of one of LANGUAGES (wordfreq, data CC-BY-SA 4.0) with a Zipf
frequency of at least ``--min-zipf`` there, is lower-case, alphabetic and at least four letters
long, and is neither a dictionary word of rules/names/words.tsv (the English list: ordinary words
and names), nor one once its accents are dropped ("cafe"), nor used in English: Zipf >= 2 in
wordfreq's English, or for a word of six letters or more, Zipf >= 3 or within 2.8 of its Zipf in
its own language (English web text holds some Spanish: "presidente" is 2.5 in English, 5.6 in
Spanish), or one of ENGLISH_USE, words English writing uses in lower case ("double entendre",
"en passant", "kampung").
The language in which the word is commonest names it, with up to two more in which it is almost
as common ("governo": pt,it). Run once:

    .venv/bin/pip install -e ".[data]" && .venv/bin/python tools/build_foreign_words.py
"""

from __future__ import annotations

import argparse
import unicodedata
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "names" / "foreign.tsv"
WORDS = ROOT / "rules" / "names" / "words.tsv"
# Latin-script languages that news is often translated from (other scripts: rule U102)
LANGUAGES = "es pt fr it de nl tr pl ro sv da nb fi cs sk hu id ms ca sh sl lt lv is".split()


# Words of six letters or more that pass the frequency test but that English writing uses: English
# words the list lacks ("minder", "precis", "seiner", "filmer"), halves of borrowed phrases
# ("double entendre", "en passant", "ancien regime", "fin de siecle", "a propos"), words of
# Malaysian and Singaporean English ("rakyat", "kampung"), football's "calcio" and "mercato", brands.
ENGLISH_USE = frozenset("""lekker minder precis seiner simples entendre passant rammer spiller faller filmer centrum
    centra kantor absolut passat calcio mercato ancien siècle propos chemin mañana hombre rakyat kampung
    negeri bandar padang bahasa affaire""".split())


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
            if word in english or _plain(word) in english or word in ENGLISH_USE:
                continue
            own, in_english = zipf_frequency(word, lang), zipf_frequency(word, "en")
            if own < min_zipf:
                break  # top_n_list is in frequency order
            if in_english >= 2.0 and (len(word) < 6 or in_english >= 3.0 or own - in_english < 2.8):
                continue
            found[word] = lang
    return {word: _languages(word, zipf_frequency) for word in found}


def _languages(word: str, zipf_frequency: Callable[[str, str], float]) -> str:
    """The languages that use ``word`` most, as "pt,it": the commonest first, then up to two more
    in which the word is almost as common ("governo" is Portuguese and Italian)."""
    ranked = sorted(LANGUAGES, key=lambda lang: -zipf_frequency(word, lang))
    best = zipf_frequency(word, ranked[0])
    close = [lang for lang in ranked[1:3] if zipf_frequency(word, lang) >= best - 0.5]
    return ",".join([ranked[0], *close])


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

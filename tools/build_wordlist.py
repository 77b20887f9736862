"""Generate rules/names/words.tsv: English words with their frequency and case.

Each line is ``word<TAB>code`` for one (lower-cased) word, the lines in code-point order; the code
is the word's Zipf frequency in tenths (wordfreq, data CC-BY-SA 4.0) followed by a flag from the
SCOWL word list in /usr/share/dict/words (Debian package wamerican): ``l`` = an ordinary
lower-case word, ``C`` = only a capitalised (proper) noun there, ``-`` = not in that list
("born<TAB>52l"). The order lets a single-article run binary-search the text instead of building
a 150,000-entry table. Run once: python tools/build_wordlist.py [N]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "rules" / "names" / "words.tsv"
SCOWL = Path("/usr/share/dict/words")


def main() -> None:
    from wordfreq import top_n_list, zipf_frequency

    n = int(sys.argv[1]) if len(sys.argv) > 1 else 150_000
    lower: set[str] = set()
    proper: set[str] = set()
    for line in SCOWL.read_text(encoding="utf-8").splitlines():
        word = line.strip()
        if not word or "'" in word:
            continue
        (lower if word[0].islower() else proper).add(word.lower())
    rows: dict[str, tuple[int, str]] = {}
    for word in top_n_list("en", n):
        if word.isalpha():
            flag = "l" if word in lower else "C" if word in proper else "-"
            rows[word] = (round(zipf_frequency(word, "en") * 10), flag)
    for word in lower | proper:
        if word not in rows and word.isalpha():
            rows[word] = (round(zipf_frequency(word, "en") * 10), "l" if word in lower else "C")
    # one "word<TAB>code" line per word, in code-point order: lint_news.names.lexicon binary-searches it
    lines = [f"{word}\t{z}{f}" for word, (z, f) in sorted(rows.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")

if __name__ == "__main__":
    main()

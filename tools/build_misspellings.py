"""Generate rules/names/misspellings.tsv: common misspellings of English words and their fixes.

From codespell's main dictionary (codespell_lib/data/dictionary.txt, CC BY-SA 3.0, a derivative of
English Wikipedia's lists of common misspellings), the entries S101 can trust in news copy: a
misspelling of five letters or more, lower-case and alphabetic, that is no word of the English
list (rules/names/words.tsv: neither a dictionary word nor a name), each with its fixes (up to
three, in codespell's order) that are dictionary words. One ``misspelling<TAB>fix|fix`` line each,
in code-point order (S101 binary-searches the file). codespell's British-to-American, informal,
rare-word, code and name dictionaries are left out: their entries are words of their own. Run once:

    .venv/bin/pip install -e ".[data]" && .venv/bin/python tools/build_misspellings.py
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "names" / "misspellings.tsv"
WORDS = ROOT / "rules" / "names" / "words.tsv"
MIN_LETTERS = 5


def main() -> int:
    listed: dict[str, str] = {}
    for line in WORDS.read_text(encoding="utf-8").splitlines():
        word, _, code = line.partition("\t")
        if word and not word.startswith("#"):
            listed[word] = code
    dictionary = files("codespell_lib").joinpath("data", "dictionary.txt").read_text(encoding="utf-8")
    rows: dict[str, str] = {}
    for line in dictionary.splitlines():
        wrong, _, right = line.partition("->")
        if len(wrong) < MIN_LETTERS or not (wrong.isascii() and wrong.isalpha() and wrong.islower()):
            continue
        code = listed.get(wrong)
        if code is not None and code[-1] in "lC":
            continue  # a dictionary word or a name of its own ("prions", "morels")
        fixes = [f.strip() for f in right.split(",") if f.strip()]
        fixes = [f for f in fixes if listed.get(f.lower(), "-")[-1] in "lC"][:3]
        if fixes:
            rows[wrong] = "|".join(fixes)
    lines = [f"{wrong}\t{rows[wrong]}" for wrong in sorted(rows)]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} misspellings")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

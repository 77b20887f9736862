"""Generate rules/names/surnames.txt: the commonest surnames, one per line, lower case.

Source: the US Census Bureau's 1990 surname frequencies (public domain), as shipped in the
``names`` package on PyPI (MIT; ``names/dist.all.last``: name, frequency %, cumulative %, rank).
N102 reads the list to judge whether a name close to a known person's may be a namesake: "Kevin
Walsh" is not a misspelt "Kevin Warsh". Run with the package's source unpacked or installed
(``pip install names``); it is not a runtime dependency of lint-news.
Usage: python tools/build_surnames.py [TOP_N] [PATH_TO_dist.all.last]
"""

from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "rules" / "names" / "surnames.txt"
TOP_N = 2000  # rank 2000 is about one American in 16,000


def _census_file() -> Path:
    import names  # type: ignore[import-not-found]

    return Path(names.__file__).parent / "dist.all.last"


def build(top_n: int, source: Path) -> list[str]:
    rows = [line.split() for line in source.read_text(encoding="ascii").splitlines() if line.strip()]
    return [name.lower() for name, _freq, _cum, rank in rows if int(rank) <= top_n]


def main(argv: list[str]) -> int:
    top_n = int(argv[1]) if len(argv) > 1 else TOP_N
    source = Path(argv[2]) if len(argv) > 2 else _census_file()
    surnames = build(top_n, source)
    header = (f"# The {len(surnames)} commonest US surnames (US Census 1990, public domain; via the names package"
              " on PyPI); built by tools/build_surnames.py\n")
    OUT.write_text(header + "\n".join(surnames) + "\n", encoding="utf-8")
    print(f"{len(surnames)} surnames -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

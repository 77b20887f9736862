"""False alarms on clean news text that the project does not hold: the Lee corpus of ABC news.

    .venv/bin/python tools/clean_sweep.py [--show] [--keep DIR]

gensim's wheel ships, as test data, the Lee corpus: 350 news articles of the Australian
Broadcasting Corporation (2001-2002), one article per line, paragraphs run together. This
downloads that wheel from PyPI (``pip download``, cached in benchmarks/out/), writes the
articles as JSONL (bodies only; nothing is copied into the project), runs ``lint-news check``
over them and prints the findings per rule and per 1,000 words. Every finding here is a false
alarm or a slip of the original copy (it has a handful of typos: "inconsistancies", "the the");
``--show`` prints each finding with its sentence, for review.
"""

from __future__ import annotations

import argparse
import collections
import json
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / "out" / "clean-sweep"
WHEEL = "gensim==4.4.0"
MEMBERS = ("gensim/test/test_data/lee_background.cor", "gensim/test/test_data/lee.cor")


def fetch_wheel(cache: Path) -> Path:
    """gensim's wheel for this interpreter, downloaded once (its data files are the same in every wheel)."""
    cache.mkdir(parents=True, exist_ok=True)
    found = sorted(cache.glob("gensim-*.whl"))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", str(cache), WHEEL],
                       check=True)
        found = sorted(cache.glob("gensim-*.whl"))
    return found[-1]


def write_articles(wheel: Path, out: Path) -> tuple[int, int]:
    """The Lee articles as JSONL at ``out``; returns (articles, words)."""
    articles = words = 0
    with zipfile.ZipFile(wheel) as zf, out.open("w", encoding="utf-8") as sink:
        for member in MEMBERS:
            for line in zf.read(member).decode("utf-8", "replace").splitlines():
                body = line.strip()
                if body:
                    articles += 1
                    words += len(body.split())
                    sink.write(json.dumps({"id": f"{Path(member).name}:{articles}", "body": body}) + "\n")
    return articles, words


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--show", action="store_true", help="print every finding with its sentence")
    parser.add_argument("--keep", type=Path, default=CACHE, help="where the wheel and the JSONL go")
    args = parser.parse_args(argv)
    feed = args.keep / "lee.jsonl"
    articles, words = write_articles(fetch_wheel(args.keep), feed)
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", "json", str(feed)],
                          capture_output=True, text=True, cwd=ROOT)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr)
        return 2
    report = json.loads(proc.stdout)
    by_rule: collections.Counter[str] = collections.Counter()
    for entry in report["files"]:
        for finding in entry["findings"]:
            by_rule[finding["rule"]] += 1
            if args.show:
                print(f"line {finding['start']['line']}: {finding['rule']} {finding['text']!r}: {finding['message']}")
    total = sum(by_rule.values())
    print(f"{articles} articles, {words:,} words: {total} findings, {1000 * total / words:.2f} per 1,000 words")
    for rule, n in by_rule.most_common():
        print(f"  {rule}  {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Compare the reports of two revisions of lint-news on randomly damaged articles.

    .venv/bin/python tools/differential.py [--base REV] [--files 1500] [--seed 1] [--format json] [--jobs 1]

A speed-up must not change a report. This builds a corpus of mutated articles (the articles of
``examples/`` and, when present, ``../shared/corpus``, with quotes, full stops, look-alike
letters, dotless i, line endings, duplicated runs, ... inserted, cut or copied at random), in
plain text, Markdown (with and without front matter), HTML and JSONL; then runs ``lint-news
check`` from ``--base`` (default HEAD, in a temporary git worktree) and from this working tree,
and compares the two reports and the two stderr streams byte for byte. Exits 1 when they differ.
"""

from __future__ import annotations

import argparse
import html
import json
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
INSERTS = [
    "..", " .", ". .", "“", "”", '"', "'", "’", "(", ")", "[", "]", "ı", "İ", "ß", "ſ", "К", "о", "а", "е", "р",
    "é", "\u202e", "\t", "\r\n", "\r", "\n\n", " that ", " we ", " you ", " he ", " his ", " she ", "Monday",
    "Tuesday, Dec. 3", "1999", "2024", " km", "5 miles", "-", "—", "…", "!", "?", ";", ":", ",", "😀", "𝐁",
    "Source link", "Leave a Reply", "the the ", "to to ", "www.example.com", "@handle", "#tag", "e.g.", "U.S.",
    "Mr.", "3.5", "a)", "iv)", ":)", "'tis", "dogs'", "well-known", "_", "\u00a0", "\u2028", "\x0b", "Stated.",
]


def mutate(text: str, rng: random.Random, edits: int) -> str:
    chars = list(text)
    for _ in range(rng.randrange(0, edits + 1)):
        i = rng.randrange(0, len(chars) + 1)
        op = rng.random()
        if op < 0.6:
            chars[i:i] = list(rng.choice(INSERTS))
        elif op < 0.8:
            del chars[i : i + rng.randrange(1, 5)]
        elif chars:
            j = rng.randrange(0, len(chars))
            chars[i:i] = chars[j : j + rng.randrange(5, 80)]
    return "".join(chars)


def write_article(path: Path, text: str, kind: str, rng: random.Random) -> None:
    head, _, body = text.partition("\n")
    if kind == "md":
        top = f'---\ntitle: "{head.replace(chr(34), "")}"\n---\n\n' if rng.random() < 0.5 else f"# {head}\n\n"
        text = top + body
    elif kind == "html":
        paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in body.split("\n\n"))
        text = f"<html><body><h1>{html.escape(head)}</h1>{paragraphs}</body></html>"
    elif kind == "jsonl":
        ascii_only = rng.random() < 0.5
        text = "".join(json.dumps({"id": f"{path.stem}-{k}", "title": head, "body": text}, ensure_ascii=ascii_only) + "\n"
                       for k in range(rng.randrange(1, 4)))
    path.with_suffix(f".{kind}").write_text(text, encoding="utf-8", errors="surrogatepass")


def build(out: Path, files: int, seed: int) -> None:
    sources = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").rglob("*.txt"))
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sources]
    rng = random.Random(seed)
    for n in range(files):
        text = rng.choice(texts)
        if len(text) > 4000:
            start = rng.randrange(0, len(text) - 3000)
            text = text[start : start + 3000]
        kind = rng.choice(["txt", "txt", "txt", "md", "html", "jsonl"])
        write_article(out / f"f{n:05d}", mutate(text, rng, 80), kind, rng)


def run(cwd: Path, corpus: Path, fmt: str, jobs: int = 1) -> tuple[bytes, bytes]:
    """The report and messages of the lint_news package in ``cwd`` (this tree: the editable install's)."""
    env = {**os.environ, "PYTHONPATH": str(cwd), "LINT_NEWS_NO_CACHE": "1"}
    done = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", fmt, "--jobs", str(jobs), str(corpus)],
                          cwd=cwd, env=env, capture_output=True, check=False)
    return done.stdout, done.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--base", default="HEAD", help="the revision to compare this working tree with")
    parser.add_argument("--files", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--format", default="json", choices=["json", "sarif", "text", "github"])
    parser.add_argument("--jobs", type=int, default=1, help="worker processes for both runs (2: the pooled path)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        corpus, base = Path(tmp) / "corpus", Path(tmp) / "base"
        corpus.mkdir()
        build(corpus, args.files, args.seed)
        subprocess.run(["git", "worktree", "add", "--detach", "-q", str(base), args.base], cwd=ROOT, check=True)
        try:
            # rules/ is installed as lint_news.ruledata (pyproject's package-dir): the same from a checkout
            (base / "lint_news" / "ruledata").symlink_to(base / "rules")
            old, new = run(base, corpus, args.format, args.jobs), run(ROOT, corpus, args.format, args.jobs)
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=ROOT, check=False)
    same = old == new
    print(f"{args.files} mutated articles (seed {args.seed}), --format {args.format} --jobs {args.jobs}: {args.base} and "
          "this tree give "
          + ("the same report and messages" if same else "DIFFERENT output"))
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())

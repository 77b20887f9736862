"""Build a benchmark corpus of about N words from examples/ and ../shared/corpus.

The source articles are repeated in a seeded shuffle (each pass in a new order) until the corpus
holds the target number of words; each copy is one file, 500 files a folder. The corpus is written
under benchmarks/out/ (git-ignored) and reused while its manifest matches.

    python benchmarks/build_corpus.py [--words 1000000] [--out benchmarks/out/corpus-1000000]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCES = (ROOT / "examples", ROOT.parent / "shared" / "corpus")
OUT = ROOT / "benchmarks" / "out"


def default_out(words: int) -> Path:
    """One folder per size, so runs of different sizes do not rebuild each other's corpus."""
    return OUT / f"corpus-{words}"
SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")
PER_FOLDER = 500


@dataclass(frozen=True)
class Source:
    name: str  # file stem, used in the copies' names
    suffix: str  # the copy's suffix (a JSONL line becomes a .txt article)
    text: str

    @property
    def words(self) -> int:
        return len(self.text.split())


def _jsonl_articles(path: Path) -> list[Source]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), start=1):
        try:
            obj = json.loads(line)
        except ValueError:
            continue
        if not isinstance(obj, dict):
            continue
        body = obj.get("body") or obj.get("text") or ""
        title = obj.get("title") or ""
        if isinstance(body, str) and isinstance(title, str) and body.strip():
            out.append(Source(f"{path.stem}-{n}", ".txt", f"{title}\n\n{body}\n" if title else body))
    return out


def find_sources(folders: tuple[Path, ...] = DEFAULT_SOURCES) -> list[Source]:
    """Every article file under the folders (annotation files such as *.expected.json are skipped)."""
    sources: list[Source] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*")):
            if not path.is_file() or path.suffix.lower() not in SUFFIXES or path.name.startswith("."):
                continue
            if path.suffix.lower() == ".jsonl":
                sources.extend(_jsonl_articles(path))
                continue
            text = path.read_text(encoding="utf-8", errors="replace")
            if text.strip():
                sources.append(Source(path.stem, path.suffix.lower(), text))
    return sources


def _fingerprint(sources: list[Source], words: int, seed: int) -> str:
    h = hashlib.sha256(f"{words}:{seed}:{PER_FOLDER}".encode())
    for s in sources:
        h.update(s.name.encode() + s.suffix.encode() + hashlib.sha256(s.text.encode()).digest())
    return h.hexdigest()[:16]


def build(out: Path | None = None, words: int = 1_000_000, seed: int = 0,
          sources: list[Source] | None = None) -> dict[str, object]:
    """Write the corpus (unless an identical one is there) and return its manifest."""
    out = out or default_out(words)
    sources = sources if sources is not None else find_sources()
    sources = [s for s in sources if s.words]
    if not sources:
        raise SystemExit("no source articles: put some in examples/ or ../shared/corpus")
    fingerprint = _fingerprint(sources, words, seed)
    manifest_path = out / "manifest.json"
    if manifest_path.is_file():
        manifest: dict[str, object] = json.loads(manifest_path.read_text())
        if manifest.get("fingerprint") == fingerprint:
            return manifest
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    rng = random.Random(seed)
    total = files = 0
    order: list[Source] = []
    while total < words:
        if not order:
            order = sources[:]
            rng.shuffle(order)
        src = order.pop()
        folder = out / f"part{files // PER_FOLDER:03d}"
        if files % PER_FOLDER == 0:
            folder.mkdir()
        (folder / f"{files:06d}-{src.name}{src.suffix}").write_text(src.text, encoding="utf-8")
        total += src.words
        files += 1
    manifest = {"fingerprint": fingerprint, "files": files, "words": total, "bytes": sum(
        p.stat().st_size for p in out.rglob("*") if p.is_file()), "sources": len(sources), "seed": seed}
    manifest_path.write_text(json.dumps(manifest, indent=1) + "\n")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, help="default: benchmarks/out/corpus-WORDS")
    args = parser.parse_args(argv)
    out = args.out or default_out(args.words)
    manifest = build(out, args.words, args.seed)
    print(f"{out}: {manifest['files']} files, {manifest['words']} words", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Where a run spends its time, by call stack (pyinstrument, a sampling profiler).

    .venv/bin/python benchmarks/profile.py [--words 300000] [--jobs 1] [--interval 0.001]

Runs ``lint-news check`` in this process over the benchmark corpus (built as bench.py builds it)
under pyinstrument, and writes benchmarks/out/profile.txt and profile.html. Sampling keeps the
overhead low and the proportions true, where cProfile inflates code that makes many small calls.
Needs the ``bench`` extra (pip install -e '.[bench]').
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_corpus  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=300_000, help="corpus size in words")
    parser.add_argument("--jobs", type=int, default=1, help="--jobs of the profiled run (workers are not profiled)")
    parser.add_argument("--interval", type=float, default=0.001, help="seconds between samples")
    parser.add_argument("--out", type=Path, default=HERE / "out", help="where profile.txt and profile.html go")
    args = parser.parse_args(argv)
    try:
        from pyinstrument import Profiler
    except ImportError:
        raise SystemExit("pyinstrument is not installed: pip install -e '.[bench]'") from None
    from lint_news.cli import main as lint_news

    corpus = build_corpus.default_out(args.words)
    build_corpus.build(corpus, args.words)
    profiler = Profiler(interval=args.interval)
    with profiler, contextlib.redirect_stdout(io.StringIO()):
        status = lint_news(["check", "--jobs", str(args.jobs), str(corpus)])
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "profile.txt").write_text(profiler.output_text(unicode=True, color=False), encoding="utf-8")
    (args.out / "profile.html").write_text(profiler.output_html(), encoding="utf-8")
    print(profiler.output_text(unicode=True, color=False)[:6000])
    print(f"lint-news exited {status}; full profile: {args.out / 'profile.txt'}, {args.out / 'profile.html'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

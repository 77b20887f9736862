"""Whole archives on Dask: `lint-news corpus PATH...` over JSONL or Parquet files of articles.

Only the command's options live here; Dask and pyarrow load when the command runs (run.py).
"""

from __future__ import annotations

import argparse
from pathlib import Path

DEFAULT_OUTPUT = Path("lint-news-corpus")
DEFAULT_BLOCKSIZE = 16 * 1024 * 1024  # bytes of JSONL per partition


def _codes(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The `corpus` subcommand's options (registered by lint_news.cli)."""
    parser.add_argument("paths", nargs="+", help="JSONL or Parquet files of articles, or folders of them")
    parser.add_argument("--output", "-o", type=Path, default=DEFAULT_OUTPUT,
                        help=f"folder for articles/, findings/, duplicates/ and summary.json (default: {DEFAULT_OUTPUT})")
    parser.add_argument("--output-format", choices=("jsonl", "parquet"), default="jsonl")
    parser.add_argument("--scheduler", metavar="ADDRESS",
                        help="an existing Dask scheduler, e.g. tcp://HOST:8786 (default: a local cluster)")
    parser.add_argument("--workers", type=int, metavar="N", help="worker processes of the local cluster (default: cores)")
    parser.add_argument("--blocksize", type=int, default=DEFAULT_BLOCKSIZE, metavar="BYTES",
                        help="bytes of JSONL per partition (Parquet: one partition per row group)")
    parser.add_argument("--select", type=_codes, help="comma-separated codes or prefixes to run")
    parser.add_argument("--ignore", type=_codes, help="comma-separated codes or prefixes to skip")
    parser.add_argument("--config", type=Path, help="use this config file")
    parser.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                        help="show a progress bar (default: when stderr is a terminal)")


def main(args: argparse.Namespace) -> int:
    from .run import cmd_corpus

    return cmd_corpus(args)

"""The command line: `lint-news check|rules|rule`."""

from __future__ import annotations

import argparse
import os
import stat
import sys
from pathlib import Path
from typing import Any, TextIO

from . import __version__, gcpolicy
from .engine import Engine, FileResult, Options
from .errors import LintNewsError
from .findings import SEVERITY_RANK, Severity
from .registry import default_registry

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _terminal_width() -> int:
    """shutil.get_terminal_size().columns without importing shutil (and bz2, lzma) at every start."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
    except (AttributeError, ValueError, OSError):
        return 80


class _Formatter(argparse.HelpFormatter):
    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None) -> None:
        super().__init__(prog, indent_increment, max_help_position, _terminal_width() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(EXIT_ERROR, f"lint-news: {message}\n")


def _codes(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def add_lint_options(p: argparse.ArgumentParser) -> None:
    """Options shared by `check` and `fix`."""
    from .report import FORMATS

    p.add_argument("paths", nargs="*", default=["."], help="files, folders, or - for standard input")
    p.add_argument("--format", choices=sorted(FORMATS), default="text")
    p.add_argument("--output", "-o", type=Path, help="write the report to this file")
    p.add_argument("--select", type=_codes, help="comma-separated codes or prefixes to run (replaces the config)")
    p.add_argument("--ignore", type=_codes, help="comma-separated codes or prefixes to skip")
    p.add_argument("--config", type=Path, help="use this config file for every path")
    p.add_argument("--fail-level", choices=("error", "warning", "info"), help="lowest severity that fails the run")
    p.add_argument("--fail-score", type=float, metavar="N",
                   help="fail only on articles whose garble score is above N (instead of --fail-level)")
    p.add_argument("--baseline", type=Path, metavar="FILE",
                   help="report only findings not in FILE (written with the current findings when missing)")
    p.add_argument("--update-baseline", action="store_true", help="rewrite the --baseline file with the current findings")
    p.add_argument("--unsafe-fixes", action="store_true", help="with fixes, also apply unsafe ones")
    p.add_argument("--diff", action="store_true", help="print the fixes as a unified diff; write nothing")
    p.add_argument("--stdin-filename", default="-", help="name (and format, by suffix) for text read from stdin")
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument("--languagetool", metavar="URL", help="LanguageTool server for the grammar rules (or LANGUAGETOOL_URL)")


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes >= 1, got {value!r}")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="lint-news", description="Find the damage machine translation and article spinning leave in news text.")
    parser.add_argument("--version", action="version", version=f"lint-news {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, parser_class=_Parser)

    check = sub.add_parser("check", help="lint files, folders or - (stdin)")
    add_lint_options(check)
    check.add_argument("--fix", action="store_true", help="apply safe fixes, then report what is left")
    check.add_argument("--jobs", "-j", type=_jobs, metavar="N",
                       help="worker processes for many files (default: the number of cores; 1: one process)")
    fix = sub.add_parser("fix", help="apply safe fixes (like check --fix)")
    add_lint_options(fix)

    from . import archive

    archive.add_arguments(sub.add_parser("corpus", help="lint JSONL or Parquet archives of articles on Dask"))
    sub.add_parser("rules", help="list the rules")
    rule = sub.add_parser("rule", help="print a rule's documentation")
    rule.add_argument("code")
    return parser


def main(argv: list[str] | None = None) -> int:
    gcpolicy.pause()  # resumed before a long run (cmd_check), and as it was on return
    try:
        return _main(argv)
    finally:
        gcpolicy.restore()


def _main(argv: list[str] | None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if args.command == "rules":
            return cmd_rules(sys.stdout)
        if args.command == "rule":
            return cmd_rule(args.code, sys.stdout)
        if args.command == "corpus":
            from .archive import main as corpus_main

            return corpus_main(args)
        return cmd_check(args, fix=args.command == "fix" or args.fix)
    except LintNewsError as exc:
        print(f"lint-news: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("lint-news: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def cmd_rules(out: TextIO) -> int:
    registry = default_registry()
    out.write(f"{'code':6} {'name':44} {'category':16} {'severity':8} fixable\n")
    for rule in registry:
        info = rule.info
        flag = "yes" if info.fixable else "no"
        off = "" if info.default_enabled else "  (off by default)"
        out.write(f"{info.code:6} {info.name:44} {info.category:16} {info.severity:8} {flag}{off}\n")
    return EXIT_OK


def cmd_rule(code: str, out: TextIO) -> int:
    rule = default_registry().get(code)
    if rule is None:
        raise LintNewsError(f"unknown rule code {code!r} (see `lint-news rules`)")
    info = rule.info
    out.write(f"{info.code} {info.name}\n\n{info.summary}\n\n")
    out.write(f"Category: {info.category}\nDefault severity: {info.severity}\nFixable: {'yes' if info.fixable else 'no'}\n")
    if not info.default_enabled:
        out.write("Enabled: only when selected\n")
    for heading, body in info.docs.items():
        out.write(f"\n## {heading}\n{body}\n")
    return EXIT_OK


def _stdin_format(name: str) -> str:
    from .formats import format_of

    return format_of(name) if name != "-" else ".txt"


def _jobs_for(args: argparse.Namespace) -> int:
    from .parallel import default_jobs

    jobs = getattr(args, "jobs", None)  # `fix` has no --jobs
    return jobs if jobs is not None else default_jobs() if hasattr(args, "jobs") else 1


def cmd_check(args: argparse.Namespace, fix: bool = False) -> int:
    from .report import reporter, summaries_for

    context_options: dict[str, object] = {}
    if args.languagetool or os.environ.get("LANGUAGETOOL_URL"):
        context_options["languagetool"] = args.languagetool or os.environ["LANGUAGETOOL_URL"]
    options = Options(select=args.select, ignore=args.ignore, config=args.config,
                      stdin_format=_stdin_format(args.stdin_filename), stdin_name=args.stdin_filename,
                      context_options=context_options, jobs=_jobs_for(args), summaries=summaries_for(args.format))
    engine = Engine(options)
    fix_status = EXIT_OK
    if fix or args.diff:
        fix_status = run_fixes(engine, list(args.paths), args.unsafe_fixes, args.diff)
        if args.diff or args.paths == ["-"]:
            return fix_status
    if not small_run(args.paths):
        gcpolicy.long_run()
    results = engine.run(list(args.paths))
    if args.baseline:
        apply_baseline(args.baseline, results, args.update_baseline)
    out: TextIO
    handle = None
    if args.output:
        handle = open(args.output, "w", encoding="utf-8", newline="\n")  # noqa: SIM115 - closed below
        out = handle
    else:
        out = sys.stdout
    colour = args.color == "always" or (args.color == "auto" and out.isatty() and not os.environ.get("NO_COLOR"))
    try:
        reporter(args.format)(results, out, {"colour": colour, "registry": engine.registry})
    finally:
        if handle is not None:
            handle.close()
    if args.format != "text" or args.output:
        for r in results:
            for problem in r.errors:
                print(f"lint-news: {r.path}: {problem}", file=sys.stderr)
    above = [r for r in results if r.score is not None and (limit := score_limit(r, args.fail_level, args.fail_score)) is not None
             and r.score > limit]
    if above:
        print(f"lint-news: {len(above)} article{'s' if len(above) != 1 else ''} above the fail score", file=sys.stderr)
    status = exit_status(results, args.fail_level, args.fail_score)
    return EXIT_ERROR if fix_status == EXIT_ERROR else status


SMALL_RUN_BYTES = 1 << 20


def small_run(paths: list[str]) -> bool:
    """Files of under 1 MB in all (stdin counts as one file): too little garbage to be worth
    collecting as it goes."""
    total = 0
    for path in paths:
        try:
            info = os.stat(path)
        except OSError:
            continue  # stdin, or a missing file (reported as an error)
        if not stat.S_ISREG(info.st_mode):
            return False  # a folder: how much it holds is not known yet
        total += info.st_size
    return total < SMALL_RUN_BYTES


def run_fixes(engine: Engine, paths: list[str], unsafe: bool, diff: bool) -> int:
    """Fix every file (or print the diffs); stdin's fixed text goes to stdout."""
    from .engine import discover
    from .fixes import fix_file, write_atomic

    fixed = files = 0
    status = EXIT_OK
    for path, problem in discover(paths, engine.finder):
        outcome = None if problem else fix_file(engine, path, unsafe)
        if outcome is None or isinstance(outcome, str):
            print(f"lint-news: {path}: {problem or outcome}", file=sys.stderr)
            status = EXIT_ERROR
            continue
        result, decoded = outcome
        if diff:
            sys.stdout.write(result.diff())
            status = max(status, EXIT_FINDINGS if result.changed else EXIT_OK)
        elif path == "-":
            sys.stdout.write(result.fixed)
        elif result.changed:
            try:
                write_atomic(path, result.fixed, decoded)
            except OSError as exc:
                print(f"lint-news: {path}: cannot write the fixes: {exc.strerror or exc}", file=sys.stderr)
                status = EXIT_ERROR
                continue
        if result.changed:
            fixed += result.applied
            files += 1
    if not diff and paths != ["-"]:
        plural = "s" if fixed != 1 else ""
        print(f"lint-news: fixed {fixed} problem{plural} in {files} file{'s' if files != 1 else ''}", file=sys.stderr)
    return status


def apply_baseline(path: Path, results: list[FileResult], update: bool) -> None:
    from . import baseline

    if update or not path.exists():
        count = baseline.write(path, results)
        print(f"lint-news: wrote baseline {path} with {count} finding{'s' if count != 1 else ''}", file=sys.stderr)
    baseline.apply(results, baseline.load(path), path.resolve().parent)


def score_limit(result: FileResult, fail_level: Severity | None, fail_score: float | None) -> float | None:
    """The garble score above which this article fails, when scores decide (--fail-score or config)."""
    if fail_score is not None:
        return fail_score
    if fail_level is None and result.config is not None:
        return result.config.fail_score
    return None


def exit_status(results: list[FileResult], fail_level: Severity | None, fail_score: float | None = None) -> int:
    if any(r.errors for r in results):
        return EXIT_ERROR
    for r in results:
        limit = score_limit(r, fail_level, fail_score)
        if limit is not None:
            if r.score is not None and r.score > limit:
                return EXIT_FINDINGS
            continue
        level = fail_level or (r.config.fail_level if r.config else "warning")
        if any(SEVERITY_RANK[f.severity] >= SEVERITY_RANK[level] for f in r.findings):
            return EXIT_FINDINGS
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())

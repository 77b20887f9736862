"""lint-news speed and memory benchmark, with proselint run on the same files for comparison.

    .venv/bin/python benchmarks/bench.py [--words 1000000] [--json benchmarks/out/bench.json]

Builds (or reuses) a corpus of about --words words under benchmarks/out/ (see build_corpus.py),
then, each in a fresh process whose peak RSS is read with wait4():
- lint-news with one process (--jobs 1) and with --jobs N over the corpus folder;
- proselint over the same folder;
- a single-file run from a cold start (median of --cold-runs) of both tools, on a plain-text file
  and on a Markdown file with front matter (the pre-commit case: Markdown loads its own parsers);
and, in this process, the time each default rule takes on a sample (--rules-sample words).
Prints a table of the figures against the targets; exits 1 when a target is missed (--strict).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import build_corpus  # noqa: E402

BIN = Path(sys.executable).parent
TARGET_WPS = 300_000
TARGET_PEER_RATIO = 6.0
TARGET_RSS_MB = 150.0
TARGET_JOBS_SPEEDUP = 1.8


@dataclass
class Run:
    label: str
    seconds: float  # wall clock
    cpu: float  # user + system time of the process and its waited-for children
    rss_mb: float  # peak resident set of the process (the largest of its children for a pool)
    status: int


def _tool(name: str, module: str) -> list[str]:
    script = BIN / name
    return [str(script)] if script.exists() else [sys.executable, "-m", module]


def lint_news_cmd() -> list[str]:
    return _tool("lint-news", "lint_news")


def proselint_cmd() -> list[str]:
    return _tool("proselint", "proselint")


def peer_available() -> bool:
    import importlib.util

    return (BIN / "proselint").exists() or importlib.util.find_spec("proselint") is not None


# Children run as an installed tool does: with byte-code caches (some shells set PYTHONDONTWRITEBYTECODE)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measure(label: str, argv: list[str], cwd: Path | None = None) -> Run:
    """Wall time, CPU time and peak RSS of one fresh process (and the children it waited for)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=cwd, env=ENV)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # includes the pool's workers, reaped by the run
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    proc.returncode = os.waitstatus_to_exitcode(status)
    err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{label}: {' '.join(argv)} exited {proc.returncode}\n{err[-2000:]}")
    return Run(label, seconds, max(cpu, usage.ru_utime + usage.ru_stime), usage.ru_maxrss / 1024, proc.returncode)


def cold_start(label: str, argv: list[str], runs: int) -> Run:
    """Median of ``runs`` fresh processes, after one that writes the byte-code caches and fills the page cache."""
    measure(label, argv)
    samples = [measure(label, argv) for _ in range(runs)]
    return Run(label, statistics.median(s.seconds for s in samples), statistics.median(s.cpu for s in samples),
               max(s.rss_mb for s in samples), samples[-1].status)


def cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


def rule_profile(files: list[Path]) -> tuple[float, list[tuple[str, float]]]:
    """CPU seconds of the whole pipeline over ``files``, and per stage (load, shared analyses) and rule."""
    from lint_news.config import Config
    from lint_news.context import Context
    from lint_news.engine import Engine
    from lint_news.formats import format_of, load_articles
    from lint_news.loading import decode

    engine = Engine()
    for path in files[:20]:  # warm up: data files and lexicons load on first use
        engine.lint_file(str(path))
    t0 = time.process_time()
    for path in files:
        engine.lint_file(str(path))
    whole = time.process_time() - t0
    cfg = Config()
    rules = engine.rules_for(cfg, None)
    per_file = [r for r in rules if not r.corpus]
    times: dict[str, float] = {"load": 0.0, "analyses": 0.0}
    articles = []
    for path in files:
        t0 = time.process_time()
        loaded = load_articles(str(path), decode(path.read_bytes(), str(path)).text, format_of(str(path)))
        t1 = time.process_time()
        for a in loaded:
            _ = a.words, a.sentences, a.quotes, a.lower_words, a.folded
        times["load"] += t1 - t0
        times["analyses"] += time.process_time() - t1
        ctx = Context(cfg)
        for a in loaded:
            for rule in per_file:
                t0 = time.process_time()
                for _ in rule.check(a, ctx):
                    pass
                times[rule.info.code] = times.get(rule.info.code, 0.0) + time.process_time() - t0
            a.release()  # as the engine does: a run keeps its articles, not their tokens
        articles.extend(loaded)
    ctx = Context(cfg)
    for rule in rules:
        if rule.corpus:
            t0 = time.process_time()
            for _ in rule.check_corpus(articles, ctx):
                pass
            times[rule.info.code + " (corpus)"] = time.process_time() - t0
    return whole, sorted(times.items(), key=lambda kv: -kv[1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--words", type=int, default=1_000_000, help="corpus size in words")
    parser.add_argument("--out", type=Path, help="where the corpus is built (default: benchmarks/out/corpus-WORDS)")
    parser.add_argument("--jobs", type=int, default=cores(), help="workers for the parallel run (default: cores)")
    parser.add_argument("--cold-runs", type=int, default=9)
    parser.add_argument("--repeat", type=int, default=2, help="runs of each whole-corpus lint-news command (the best counts)")
    parser.add_argument("--rules-sample", type=int, default=200_000, help="words for the per-rule profile (0: skip)")
    parser.add_argument("--no-peer", action="store_true", help="skip proselint")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    parser.add_argument("--strict", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args(argv)

    corpus = args.out or build_corpus.default_out(args.words)
    manifest = build_corpus.build(corpus, args.words)
    words, nfiles = int(manifest["words"]), int(manifest["files"])  # type: ignore[call-overload]
    files = sorted(p for p in corpus.rglob("*") if p.is_file() and p.name != "manifest.json")
    one_file = next(p for p in files if p.suffix == ".txt")
    markdown = [p for p in files if p.suffix == ".md"]
    one_md = next((p for p in markdown if p.read_text(encoding="utf-8").startswith("---")), next(iter(markdown), None))
    print(f"corpus: {corpus} — {nfiles} files, {words:,} words; machine: {platform.machine()}, "
          f"{cores()} cores, Python {platform.python_version()}", flush=True)

    if not args.no_peer and not peer_available():
        raise SystemExit("proselint is not installed: pip install -e '.[bench]' (or run with --no-peer)")
    ln = lint_news_cmd()
    with tempfile.TemporaryDirectory() as tmp:  # neutral working folder: no config from the checkout
        cwd = Path(tmp)
        one_argv = [*ln, "check", "--jobs", "1", str(corpus)]
        jobs_argv = [*ln, "check", "--jobs", str(args.jobs), str(corpus)]
        ones: list[Run] = []
        pools: list[Run] = []
        for _ in range(args.repeat):  # alternated, so a burst of load elsewhere hits both alike
            ones.append(measure("lint-news --jobs 1", one_argv, cwd))
            pools.append(measure(f"lint-news --jobs {args.jobs}", jobs_argv, cwd))
        runs = {
            "one": min(ones, key=lambda r: r.seconds),
            "jobs": min(pools, key=lambda r: r.seconds),
            "cold": cold_start("lint-news check FILE.txt (cold)", [*ln, "check", str(one_file)], args.cold_runs),
        }
        if one_md is not None:
            runs["cold_md"] = cold_start("lint-news check FILE.md (cold)", [*ln, "check", str(one_md)], args.cold_runs)
        if not args.no_peer:
            runs["peer"] = measure("proselint", [*proselint_cmd(), "check", str(corpus)], cwd)
            runs["peer_cold"] = cold_start("proselint check FILE.txt (cold)", [*proselint_cmd(), "check", str(one_file)],
                                           args.cold_runs)
            if one_md is not None:
                runs["peer_cold_md"] = cold_start("proselint check FILE.md (cold)",
                                                  [*proselint_cmd(), "check", str(one_md)], args.cold_runs)

    one, jobs = runs["one"], runs["jobs"]
    wps = words / one.seconds
    print(f"\n{'run':34} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}  throughput (wall clock)")
    for k, r in runs.items():
        note = "" if "cold" in k else f"{words / r.seconds:,.0f} words/s, {nfiles / r.seconds:,.0f} files/s"
        print(f"{r.label:34} {r.seconds:8.3f} {r.cpu:8.3f} {r.rss_mb:8.1f}  {note}")
    load = os.getloadavg()[0]
    print(f"load average after the runs: {load:.2f} on {cores()} cores"
          + (" — the machine is busy: wall times are inflated, CPU times less so" if load > cores() + 0.5 else ""))

    cpu_wps = words / one.cpu
    checks: list[tuple[str, str, bool]] = [
        (f"one process >= {TARGET_WPS:,} words/s", f"{wps:,.0f} ({cpu_wps:,.0f} per CPU s)", wps >= TARGET_WPS),
        (f"peak memory < {TARGET_RSS_MB:.0f} MB (one process)", f"{one.rss_mb:.1f} MB", one.rss_mb < TARGET_RSS_MB),
        (f"--jobs {args.jobs} >= {TARGET_JOBS_SPEEDUP}x one process", f"{one.seconds / jobs.seconds:.2f}x",
         one.seconds / jobs.seconds >= TARGET_JOBS_SPEEDUP),
    ]
    if "peer" in runs:
        ratio = runs["peer"].seconds / one.seconds
        checks.append((f"speed >= {TARGET_PEER_RATIO:.0f}x proselint", f"{ratio:.1f}x", ratio >= TARGET_PEER_RATIO))
        cold, peer_cold = runs["cold"].seconds, runs["peer_cold"].seconds
        checks.append(("cold start <= proselint's (.txt)", f"{cold:.3f} s vs {peer_cold:.3f} s", cold <= peer_cold))
        if "cold_md" in runs:
            cold, peer_cold = runs["cold_md"].seconds, runs["peer_cold_md"].seconds
            checks.append(("cold start <= proselint's (.md)", f"{cold:.3f} s vs {peer_cold:.3f} s", cold <= peer_cold))
    print(f"\n{'target':40} {'measured':>36}  met")
    for name, value, ok in checks:
        print(f"{name:40} {value:>36}  {'yes' if ok else 'NO'}")

    profile: list[tuple[str, float]] = []
    count = 0
    if args.rules_sample:
        sample, count = [], 0
        for p in files:
            if count >= args.rules_sample:
                break
            sample.append(p)
            count += len(p.read_text(encoding="utf-8", errors="replace").split())
        whole, profile = rule_profile(sample)
        total = sum(s for _, s in profile)
        print(f"\nin-process CPU time on {count:,} words: whole pipeline {whole:.2f} s = {count / whole:,.0f} words/s; "
              f"by stage and rule (sum {total:.2f} s; an analysis a rule memoises is charged to the first rule using it)")
        for name, seconds in profile:
            print(f"{name:24} {seconds:8.3f} s  {100 * seconds / total:5.1f}%  {count / seconds if seconds else 0:>12,.0f} w/s")

    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "machine": {"cores": cores(), "python": platform.python_version(), "platform": platform.platform()},
            "corpus": {"files": nfiles, "words": words},
            "runs": {k: asdict(r) for k, r in runs.items()},
            "targets": [{"target": n, "measured": v, "met": ok} for n, v, ok in checks],
            "profile": dict(profile), "profile_words": count if args.rules_sample else 0,
        }, indent=1) + "\n")
    return 1 if args.strict and not all(ok for _, _, ok in checks) else 0


if __name__ == "__main__":
    raise SystemExit(main())

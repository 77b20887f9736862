"""Peak memory and time of `lint-news check` on huge inputs (issue 9: memory stays bounded).

    .venv/bin/python tools/measure_huge.py                 # 200 MB .txt and .jsonl, 10 MB paragraph
    .venv/bin/python tools/measure_huge.py --size-mb 50 --only txt --no-limit --select P101

Each case runs the real CLI in a child process; peak RSS comes from resource.getrusage on the child.
The generated files go to a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
from pathlib import Path

PARAGRAPH = ("The committee met on Tuesday to discuss the budget.The minister said the plan would be "
             "published next week, and officials declined to comment on the figures. ")


def make_txt(path: Path, size: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("A very large archive of reports\n\n")
        written, para = 0, (PARAGRAPH * 4).strip() + "\n\n"
        while written < size:
            fh.write(para)
            written += len(para)


def make_jsonl(path: Path, size: int) -> None:
    line = json.dumps({"title": "Budget talks resume", "body": (PARAGRAPH * 6).strip(), "url": "https://e.example/a"})
    with path.open("w", encoding="utf-8") as fh:
        for _ in range(size // (len(line) + 1) + 1):
            fh.write(line + "\n")


def make_paragraph(path: Path, size: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write("One enormous paragraph\n\n")
        fh.write(PARAGRAPH * (size // len(PARAGRAPH) + 1))
        fh.write("\n")


def run(path: Path, extra: list[str]) -> dict[str, object]:
    """Run the CLI on ``path`` in a fresh child; return exit status, seconds and peak RSS (MB)."""
    code = ("import resource, subprocess, sys, time\n"
            "t = time.perf_counter()\n"
            "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)\n"
            "peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss\n"
            "print(p.returncode, time.perf_counter() - t, peak, repr(p.stderr.strip().splitlines()[-1:] ))\n")
    cmd = [sys.executable, "-c", code, sys.executable, "-m", "lint_news", "check", "--format", "json",
           *extra, str(path)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.split(" ", 3)
    return {"exit": int(out[0]), "seconds": round(float(out[1]), 1), "peak_rss_mb": round(int(out[2]) / 1024),
            "stderr": out[3].strip()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size-mb", type=int, default=200)
    parser.add_argument("--paragraph-mb", type=int, default=10)
    parser.add_argument("--only", choices=("txt", "jsonl", "paragraph"), action="append")
    parser.add_argument("--select", help="passed to lint-news check --select (default: all default rules)")
    parser.add_argument("--no-limit", action="store_true", help="lint even files over max-file-size")
    args = parser.parse_args()
    extra = ["--select", args.select] if args.select else []
    cases = {"txt": (make_txt, args.size_mb), "jsonl": (make_jsonl, args.size_mb),
             "paragraph": (make_paragraph, args.paragraph_mb)}
    with tempfile.TemporaryDirectory() as tmp:
        if args.no_limit:
            (Path(tmp) / "nolimit.toml").write_text("max-file-size = 0\n", encoding="utf-8")
            extra += ["--config", str(Path(tmp) / "nolimit.toml")]
        for name, (make, mb) in cases.items():
            if args.only and name not in args.only:
                continue
            path = Path(tmp) / f"huge-{name}.{'jsonl' if name == 'jsonl' else 'txt'}"
            make(path, mb * 1024 * 1024)
            size_mb = os.path.getsize(path) / 1024 / 1024
            result = run(path, extra)
            print(json.dumps({"case": name, "file_mb": round(size_mb), **result}), flush=True)
            path.unlink()
    print(f"# baseline: an idle interpreter importing lint_news peaks near "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB (this script)")


if __name__ == "__main__":
    main()

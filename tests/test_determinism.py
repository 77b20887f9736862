"""The report does not depend on the interpreter's string hashing (PYTHONHASHSEED).

Sets of strings iterate in an order that changes from process to process; a rule or table that
takes "the first" of a set would report differently from run to run (the gazetteer's name pairs
once did). Two processes with different seeds must write the same report.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

ARTICLE = """Talks on the border resume in Ankara

Recep Tayyip Erdogan met the delegation on Monday. Erdogan said the talks would go on, and
Tayyip Erdogan later told reporters that Erdogen had no plans to travel. Prime Minister Kaja
Kallas and Kallas's aides joined by video.Officials from Brasília and Genève also attended.
"""


def _report(seed: str, *paths: str) -> str:
    env = {**os.environ, "PYTHONHASHSEED": seed, "LINT_NEWS_NO_CACHE": "1"}  # every table built anew
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", "--format", "json", "--jobs", "1", *paths],
                          capture_output=True, text=True, env=env, check=False)
    assert proc.returncode in (0, 1), proc.stderr
    return proc.stdout


def test_the_report_is_the_same_under_any_hash_seed(tmp_path: Path) -> None:
    article = tmp_path / "names.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    paths = (str(EXAMPLES), str(article))
    first = _report("1", *paths)
    assert '"N1' in first  # the name rules ran on something
    assert _report("2", *paths) == first
    assert _report("3", *paths) == first

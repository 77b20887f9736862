"""Generate rules/regex-cache.json: the compiled form of the regexes a default run compiles.

Python compiles a regex with a pure-Python parser and code generator (re._parser, re._compiler);
for the few hundred patterns of the rules that is about a quarter of a cold start. This file keeps
the output of that step (the code list ``_sre.compile`` takes) for the exact Python version and
regex engine that made it; ``lint_news.registry.preload_regexes`` puts the patterns into ``re``'s
own cache before the rules import, so ``re.compile`` finds them there. A pattern changed since
the file was made is simply compiled as before; another Python version ignores the whole file.

Deterministic: the patterns compiled while building the default registry and linting a fixed
sample article, sorted. Run after changing a rule's regexes: python tools/build_regex_cache.py
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from array import array
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "rules" / "regex-cache.json"
SAMPLE = (
    "Talks resume after a week of delays\n\n"
    "The ministers met on Friday in Geneva. President Joe Biden said the talks would go on.\n\n"
    "Read more: related stories\n"
)


def record() -> list[tuple[str, int]]:
    """(pattern, flags) of every str regex compiled by a default run, in first-compile order."""
    from re import _compiler  # type: ignore[attr-defined]

    seen: dict[tuple[str, int], None] = {}
    original = _compiler.compile

    def spy(p: Any, flags: int = 0) -> Any:
        if isinstance(p, str) and not flags & (re.DEBUG | re.TEMPLATE):  # type: ignore[attr-defined]
            seen[p, int(flags)] = None
        return original(p, flags)

    _compiler.compile = spy
    re.purge()
    try:
        sys.path.insert(0, str(ROOT))
        from lint_news import registry
        from lint_news.datarules import DataRule
        from lint_news.engine import Engine, Options
        from lint_news.facts import kb

        registry._regexes_preloaded = True  # record what compiling costs, not the old file
        for rule in registry.default_registry():
            if isinstance(rule, DataRule) and rule.kind == "block":
                rule._block_gate()  # built on first use, whatever the sample article holds
        kb.title_name_regex(), kb.holder_name_regex(), kb.country_regex()
        with tempfile.TemporaryDirectory() as tmp:
            story = Path(tmp) / "story.txt"
            story.write_text(SAMPLE, encoding="utf-8")
            Engine(Options()).run([str(story)])
    finally:
        _compiler.compile = original
    return list(seen)


def entry(pattern: str, flags: int) -> list[Any]:
    from re import _compiler, _parser  # type: ignore[attr-defined]

    p = _parser.parse(pattern, flags)
    code = array("I", _compiler._code(p, flags))
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return [pattern, flags, flags | p.state.flags, code.tobytes().hex(), p.state.groups - 1, groupindex, indexgroup]


def main() -> None:
    if sys.argv[1:] == ["--record"]:
        json.dump(record(), sys.stdout)
        return
    sys.path.insert(0, str(ROOT))
    from lint_news.registry import regex_cache_stamp

    # Patterns built from a set's iteration order differ from one process to the next: keep only
    # those two processes with different hash seeds agree on (the others could never be found).
    runs = []
    for seed in ("1", "2"):
        out = subprocess.run([sys.executable, __file__, "--record"], env={**os.environ, "PYTHONHASHSEED": seed},
                             check=True, capture_output=True, text=True).stdout
        runs.append({(p, f) for p, f in json.loads(out)})
    patterns = sorted(runs[0] & runs[1])
    data = {"stamp": regex_cache_stamp(), "patterns": [entry(p, f) for p, f in patterns]}
    OUT.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(patterns)} patterns ({len(runs[0] ^ runs[1])} that vary left out) for {data['stamp']} -> {OUT}")


if __name__ == "__main__":
    main()

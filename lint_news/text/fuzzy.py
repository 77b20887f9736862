"""rapidfuzz's ``fuzz.ratio``, ``process.extract`` and ``process.extractOne``, in Python for a run's
first comparisons.

Importing rapidfuzz costs about 5.5 ms, a sixteenth of a single-file run, which makes a few
hundred comparisons. The first ``SWITCH_AFTER`` comparisons of a process are made here, with the
same scores to the last bit (tests/test_fuzzy.py holds them to rapidfuzz's); after that rapidfuzz
is imported and does the rest, as a run over many files needs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

SWITCH_AFTER = 1000  # comparisons made in Python before rapidfuzz is imported (~4 ms of them)

_calls = 0
_fuzz: Any = None  # rapidfuzz.fuzz, once imported
_process: Any = None  # rapidfuzz.process


def _load() -> None:
    global _fuzz, _process
    from rapidfuzz import fuzz, process

    _fuzz, _process = fuzz, process


def _count(n: int) -> bool:
    """Count ``n`` comparisons; True when rapidfuzz is (now) to make them."""
    global _calls
    if _fuzz is not None:
        return True
    _calls += n
    if _calls > SWITCH_AFTER:
        _load()
        return True
    return False


def python_ratio(a: str, b: str) -> float:
    """fuzz.ratio: the normalised Indel similarity, 100 * (1 - (len(a) + len(b) - 2 * LCS) / (len(a) + len(b))),
    with the length of the longest common subsequence found bit-parallel (Hyyrö 2004: one step of
    integer arithmetic per character of ``b``)."""
    lensum = len(a) + len(b)
    if not lensum:
        return 100.0
    if not a or not b:
        return 0.0
    masks: dict[str, int] = {}
    bit = 1
    for c in a:
        masks[c] = masks.get(c, 0) | bit
        bit <<= 1
    full = bit - 1
    v = full
    for c in b:
        m = masks.get(c)
        if m:
            u = v & m
            v = (v + u) | (v - u)
    lcs = len(a) - (v & full).bit_count()
    return (1.0 - (lensum - 2 * lcs) / lensum) * 100


def ratio(a: str, b: str) -> float:
    """``rapidfuzz.fuzz.ratio(a, b)``."""
    if _fuzz is not None or _count(1):
        return float(_fuzz.ratio(a, b))
    return python_ratio(a, b)


def ratio_function() -> Callable[[str, str], float]:
    """The ratio to call in a loop: rapidfuzz's own once it is imported, else this module's."""
    return _fuzz.ratio if _fuzz is not None else ratio


def extract(query: str, choices: Sequence[str], score_cutoff: float, limit: int | None) -> list[tuple[str, float, int]]:
    """``process.extract(query, choices, scorer=fuzz.ratio, score_cutoff=..., limit=...)``: (choice,
    score, index) of the choices scoring at least ``score_cutoff`` (a whole number, as every caller
    passes: rapidfuzz lets a score a hair under a fractional cutoff through), best first, then in
    list order."""
    if _process is not None or _count(len(choices)):  # (rapidfuzz's list, as it is)
        return _process.extract(query, choices, scorer=_fuzz.ratio, score_cutoff=score_cutoff, limit=limit)
    return _python_extract(query, choices, score_cutoff, limit)


def _python_extract(query: str, choices: Sequence[str], score_cutoff: float,
                    limit: int | None) -> list[tuple[str, float, int]]:
    scored = [(c, s, i) for i, c in enumerate(choices) if (s := python_ratio(query, c)) >= score_cutoff]
    scored.sort(key=lambda hit: -hit[1])  # stable: equal scores keep the list order
    return scored if limit is None else scored[:limit]


def extract_one(query: str, choices: Sequence[str], score_cutoff: float) -> tuple[str, float, int] | None:
    """``process.extractOne(query, choices, scorer=fuzz.ratio, score_cutoff=...)``."""
    if _process is not None or _count(len(choices)):
        hit = _process.extractOne(query, choices, scorer=_fuzz.ratio, score_cutoff=score_cutoff)
        return None if hit is None else (hit[0], hit[1], hit[2])
    best = _python_extract(query, choices, score_cutoff, 1)  # (counted above, once)
    return best[0] if best else None

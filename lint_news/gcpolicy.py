"""Garbage collection in the ``lint-news`` command.

The cyclic collector is mostly wasted work here. Start-up builds only objects that live as long as
the process (modules, rules, word lists, the gazetteer): scanning them again and again was 4% of a
single-file run. A long run keeps every finding for its report, and each full collection scans
all of them again: on a million words, collections cost 3-5% of the run and freed nothing (lint
code makes next to no reference cycles). So the command pauses collection while it starts; a small
run (``cli.small_run``) never resumes it; a long one resumes it with the start-up objects frozen
out of its reach and a higher threshold (``LONG_RUN_THRESHOLD``), so it still reclaims cycles,
in bounded batches. A library user's collector is left alone: only ``lint_news.console`` and
``cli.main`` pause it, and ``restore`` puts it back as it was.
"""

from __future__ import annotations

import gc

LONG_RUN_THRESHOLD = (10_000, 10, 10)  # Python's default is (700, 10, 10)

_paused = False
_thresholds: tuple[int, int, int] | None = None  # what long_run() replaced


def pause() -> None:
    """Stop the cyclic collector, if it runs (a no-op when it is already stopped)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def long_run() -> None:
    """Restart a collector ``pause`` stopped, for a long run: start-up objects frozen, fewer passes."""
    global _paused, _thresholds
    if _paused:
        gc.freeze()
        _thresholds = gc.get_threshold()
        gc.set_threshold(*LONG_RUN_THRESHOLD)
        gc.enable()
        _paused = False


def restore() -> None:
    """Undo ``pause`` and ``long_run``: the collector runs again as it did before."""
    global _paused, _thresholds
    if _thresholds is not None:
        gc.set_threshold(*_thresholds)
        _thresholds = None
    if _paused:
        gc.enable()
        _paused = False

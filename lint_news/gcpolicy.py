"""Garbage collection in the ``lint-news`` command.

Start-up builds only objects that live as long as the process (modules, rules, word lists, the
gazetteer), and the cyclic collector scanning them again and again was 4% of a single-file run. The
command pauses collection while it starts, and resumes it (with the start-up objects frozen out of
its reach) before a run large enough to make garbage worth collecting. A library user's collector
is left alone: only ``lint_news.console`` and ``cli.main`` pause it, and they resume it on return.
"""

from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    """Stop the cyclic collector, if it runs (a no-op when it is already stopped)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume(freeze: bool = False) -> None:
    """Restart the collector if ``pause`` stopped it; ``freeze``: never scan today's objects again."""
    global _paused
    if _paused:
        if freeze:
            gc.freeze()
        gc.enable()
        _paused = False

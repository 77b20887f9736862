"""`check --jobs N`: lint files in a pool of worker processes, results in the order of the files.

Workers run ``Engine.lint_file`` on chunks of files and send the FileResults back pickled
(articles travel without their memoised analyses, see ``Article.__getstate__``). Cross-article
rules still run in the parent, over every article (``Engine.run_corpus_rules``). A small run stays
in one process: starting workers costs more than it saves.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # multiprocessing and the pool load only when a pool starts
    import multiprocessing.context

    from .engine import Engine, FileResult

MIN_FILES = 3  # one or two files never start a pool
MIN_BYTES = 512 * 1024  # about 80,000 words (~1 s): below this, forking and warming up workers eats the gain
CHUNKS_PER_WORKER = 8  # enough chunks to balance uneven files, few enough to keep overhead low
MAX_CHUNK = 16  # small chunks: the last one leaves the other workers idle for less time

_engine: Engine | None = None  # the engine in a worker process


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worth_a_pool(paths: list[str], jobs: int) -> bool:
    """True when ``paths`` are enough work for ``jobs`` processes (stdin is always read here)."""
    if jobs <= 1 or len(paths) < MIN_FILES or "-" in paths:
        return False
    total = 0
    for path in paths:
        try:
            total += os.stat(path).st_size
        except OSError:
            continue
        if total >= MIN_BYTES:
            return True
    return False


def chunks(paths: list[str], jobs: int) -> list[list[str]]:
    """Consecutive runs of paths, several per worker so a slow file does not idle the others."""
    size = max(1, min(MAX_CHUNK, -(-len(paths) // (jobs * CHUNKS_PER_WORKER))))
    return [paths[i : i + size] for i in range(0, len(paths), size)]


def _start(engine: Engine) -> None:
    import gc

    from .gcpolicy import LONG_RUN_THRESHOLD

    global _engine
    _engine = engine
    gc.set_threshold(*LONG_RUN_THRESHOLD)  # a worker is a long run (see gcpolicy)
    gc.enable()  # the parent paused collections while it gathers results; a worker makes garbage


def _lint_chunk(paths: list[str]) -> list[list[FileResult]]:
    from . import recache

    assert _engine is not None, "worker not initialised"
    results = [_engine.lint_file(path) for path in paths]
    recache.save()  # a worker leaves through os._exit, past atexit: keep the patterns it compiled (no-op if none)
    return results


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing
    import threading

    # fork shares the loaded rules for free; with other threads running (a host application) it is unsafe
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def lint_files(engine: Engine, paths: list[str], jobs: int) -> Iterator[list[FileResult]]:
    """``engine.lint_file(path)`` for each path, computed by ``jobs`` processes, yielded in order."""
    import gc
    from concurrent.futures import ProcessPoolExecutor

    work = chunks(paths, jobs)
    # What exists now (rules, lexicons) leaves the collector's view: forked workers neither scan nor
    # copy those pages; and the parent, which only gathers (acyclic) results, skips collections.
    gc.freeze()
    collecting = gc.isenabled()
    gc.disable()
    try:
        with ProcessPoolExecutor(min(jobs, len(work)), mp_context=_context(), initializer=_start,
                                 initargs=(engine,)) as pool:
            for batch in pool.map(_lint_chunk, work):
                yield from batch
    finally:
        gc.unfreeze()
        if collecting:
            gc.enable()

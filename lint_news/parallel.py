"""`check --jobs N`: lint files in a pool of worker processes, results in the order of the files.

The folder walk feeds the pool as it goes: once the files found so far are worth a pool, workers
start on the first chunks while the walk goes on, so the walk and the workers' warm-up overlap.
Workers run ``Engine.lint_file`` on chunks of files and send the FileResults back pickled: with
each article replaced by its summary when the report reads only positions and quoted text
(``Options.summaries``, lint_news.summary), else whole, without its memoised analyses (see
``Article.__getstate__``). Cross-article rules still run in the parent, over every article
(``Engine.run_corpus_rules``). A small run stays in one process: starting workers costs more than
it saves.
"""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # multiprocessing and the pool load only when a pool starts
    import multiprocessing.context
    from concurrent.futures import Future

    from .engine import Engine, FileResult

STDIN = "-"
MIN_FILES = 3  # one or two files never start a pool
MIN_BYTES = 512 * 1024  # about 80,000 words (~1 s): below this, forking and warming up workers eats the gain
# Files go to the workers in chunks: big ones while the walk goes on (each chunk costs the pool a
# round trip, a pickle each way and a wake-up of the main process: 16-file chunks made a million
# words ~2% slower), and small ones for the last files found, so both workers finish together.
MAX_CHUNK = 64  # files per chunk
CHUNK_BYTES = 256 * 1024  # ... and a chunk of big files (JSONL) closes sooner
TAIL_FILES, TAIL_BYTES = 64, 256 * 1024  # held back from big chunks until more files are found
TAIL_CHUNK, TAIL_CHUNK_BYTES = 8, 32 * 1024  # the chunks of the files held back at the end

_engine: Engine | None = None  # the engine in a worker process

Found = tuple[str, "str | None"]  # discover()'s (path, problem): problem is None for a file to lint


def default_jobs() -> int:
    """The number of cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported when it is linted


def lint_found(engine: Engine, found: Iterable[Found], jobs: int) -> Iterator[list[FileResult]]:
    """The FileResults of each entry of ``found``, in order: a problem becomes a one-line error and
    a file is linted, by a pool of ``jobs`` workers once the files found are worth it (MIN_FILES
    files and MIN_BYTES bytes), else in this process. Stdin is always read here."""
    entries = iter(found)
    seen: list[Found] = []
    if jobs > 1:
        files = size = 0
        for entry in entries:
            seen.append(entry)
            path, problem = entry
            if problem is None and path != STDIN:
                files += 1
                size += _size(path)
                if files >= MIN_FILES and size >= MIN_BYTES:
                    yield from _pooled(engine, chain(seen, entries), jobs)
                    return
    for entry in chain(seen, entries):
        yield _here(engine, entry)


def _here(engine: Engine, entry: Found) -> list[FileResult]:
    from .engine import FileResult

    path, problem = entry
    return [FileResult(path, errors=[problem])] if problem else _summarised(engine, engine.lint_file(path))


def _summarised(engine: Engine, results: list[FileResult]) -> list[FileResult]:
    """``results`` as the run keeps them: summarised when the report reads no more (Options.summaries)."""
    if engine.options.summaries is None:
        return results
    from .summary import summarise_results

    extras = engine.options.summaries
    return summarise_results(results, meta="meta" in extras, fixes="fixes" in extras)


def _start(engine: Engine) -> None:
    import gc

    from .gcpolicy import LONG_RUN_THRESHOLD

    global _engine
    _engine = engine
    gc.set_threshold(*LONG_RUN_THRESHOLD)  # a worker is a long run (see gcpolicy)
    gc.enable()  # the parent paused collections while it gathers results; a worker makes garbage


def _lint_chunk(paths: list[str]) -> list[list[FileResult]]:
    from . import recache
    from .datarules import store_literals

    assert _engine is not None, "worker not initialised"
    results = [_summarised(_engine, _engine.lint_file(path)) for path in paths]
    recache.save()  # a worker leaves through os._exit, past atexit: keep the patterns it compiled (no-op if none)
    store_literals()  # and the data rules' literal tests (no-op if none is new)
    return results


def _context() -> multiprocessing.context.BaseContext:
    import multiprocessing
    import threading

    # fork shares the loaded rules for free; with other threads running (a host application) it is unsafe
    if "fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def batches(entries: Iterable[Found]) -> Iterator[list[str] | Found]:
    """``entries`` in order, files to lint grouped into chunks, each problem or stdin entry on its own.

    A chunk of MAX_CHUNK files (or CHUNK_BYTES bytes) is yielded once the files found after it are
    TAIL_FILES (or TAIL_BYTES) more; the files held back when the walk ends, or when a problem or
    stdin comes next, go in chunks of TAIL_CHUNK files (or TAIL_CHUNK_BYTES).
    """
    pending: deque[tuple[str, int]] = deque()  # (path, size) of the files not yet in a chunk
    held = 0  # their bytes
    for entry in entries:
        path, problem = entry
        if problem is None and path != STDIN:
            size = _size(path)
            pending.append((path, size))
            held += size
            while len(pending) >= MAX_CHUNK + TAIL_FILES or held >= CHUNK_BYTES + TAIL_BYTES:
                chunk, taken = _take(pending, MAX_CHUNK, CHUNK_BYTES)
                held -= taken
                yield chunk
            continue
        while pending:  # the files found before this entry come first
            chunk, taken = _take(pending, TAIL_CHUNK, TAIL_CHUNK_BYTES)
            held -= taken
            yield chunk
        yield entry
    while pending:
        yield _take(pending, TAIL_CHUNK, TAIL_CHUNK_BYTES)[0]


def _take(pending: deque[tuple[str, int]], files: int, size: int) -> tuple[list[str], int]:
    """The first files of ``pending`` (removed from it), ``files`` of them or fewer once they add up
    to ``size`` bytes; and their bytes."""
    chunk: list[str] = []
    total = 0
    while pending and len(chunk) < files and total < size:
        path, file_size = pending.popleft()
        chunk.append(path)
        total += file_size
    return chunk, total


def _pooled(engine: Engine, entries: Iterable[Found], jobs: int) -> Iterator[list[FileResult]]:
    """``lint_found`` with a pool: chunks are submitted as the walk finds them, results yielded in order."""
    import gc
    from concurrent.futures import ProcessPoolExecutor

    # What exists now (rules, lexicons) leaves the collector's view: forked workers neither scan nor
    # copy those pages; and the parent, which only gathers (acyclic) results, skips collections.
    gc.freeze()
    collecting = gc.isenabled()
    gc.disable()
    try:
        with ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_start, initargs=(engine,)) as pool:
            order: list[Future[list[list[FileResult]]] | Found] = []  # a chunk's future, or an entry done here
            for batch in batches(entries):
                order.append(batch if isinstance(batch, tuple) else pool.submit(_lint_chunk, batch))  # starts now
            for item in order:
                if isinstance(item, tuple):
                    yield _here(engine, item)
                else:
                    yield from item.result()
    finally:
        # Every object, the results gathered meanwhile too, goes to the oldest generation (two list
        # splices): with collections paused, the results stayed young, and the next young
        # collection would otherwise walk them all (~40 ms for a million words).
        gc.freeze()
        gc.unfreeze()
        if collecting:
            gc.enable()

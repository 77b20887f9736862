"""lint_news.console: the command leaves without tearing the interpreter down, losing nothing."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from lint_news.console import exit_now

# A module-level object whose finaliser writes straight to fd 1: a normal exit frees it while
# tearing down the interpreter, a fast exit never does.
_FAST_EXIT_PROGRAM = """
import atexit, os, sys
from lint_news.console import exit_now

class Teardown:
    def __del__(self):
        os.write(1, b" teardown")

keep = Teardown()
atexit.register(lambda: print(" handler", end=""))
print("report", end="")  # still in the buffer of a pipe
exit_now(int(sys.argv[1]))
print(" after")
"""


def _python(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}  # output stays in the buffers
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, check=False,
                          env={**environ, **(env or {})})


def test_a_fast_exit_runs_the_exit_handlers_flushes_and_keeps_the_status() -> None:
    proc = _python("-c", _FAST_EXIT_PROGRAM, "3")
    assert proc.returncode == 3
    assert proc.stdout == "report handler"  # buffered output written, handler run, no teardown
    assert proc.stderr == ""


def test_another_thread_keeps_the_normal_exit() -> None:
    release = threading.Event()
    worker = threading.Thread(target=release.wait)
    worker.start()
    try:
        assert exit_now(5) == 5  # returned: the caller exits normally, which waits for the thread
    finally:
        release.set()
        worker.join()


def test_the_command_still_saves_the_regex_cache(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Talks resume\n\nThe ministers met on Friday.Negotiators said little.\n", encoding="utf-8")
    cache = tmp_path / "cache"
    proc = _python("-m", "lint_news", "check", str(article), env={"LINT_NEWS_CACHE_DIR": str(cache)})
    assert proc.returncode == 1 and "P101" in proc.stdout
    assert list(cache.glob("regex-*.marshal"))  # written by the exit handler the fast exit ran


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path: Path) -> None:
    for n in range(60):  # a report far larger than a pipe's buffer
        (tmp_path / f"story{n:02}.txt").write_text(
            "Talks resume\n\nThe ministers met on Friday.Negotiators said little.The the talks go on.\n" * 20,
            encoding="utf-8")
    proc = subprocess.Popen([sys.executable, "-m", "lint_news", "check", "--jobs", "1", "--format", "json",
                             str(tmp_path)], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"})
    assert proc.stdout is not None and proc.stderr is not None
    assert proc.stdout.read(100).startswith(b"{")
    proc.stdout.close()  # like `| head -c 100`
    status = proc.wait(timeout=60)
    stderr = proc.stderr.read().decode()
    proc.stderr.close()
    assert status == 0, stderr  # the reader chose to stop: not an error of the run
    assert stderr == ""

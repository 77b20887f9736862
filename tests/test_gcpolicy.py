"""The command pauses the cyclic garbage collector while it starts, and always gives it back."""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest

from lint_news import gcpolicy
from lint_news.cli import SMALL_RUN_BYTES, main, small_run


@pytest.fixture
def collecting() -> object:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_pause_and_restore_only_undo_their_own_work(collecting: object) -> None:
    gcpolicy.pause()
    assert not gc.isenabled()
    gcpolicy.restore()
    assert gc.isenabled()
    gc.disable()  # stopped by someone else: restore leaves it stopped
    gcpolicy.pause()
    gcpolicy.long_run()  # not paused by gcpolicy: nothing to resume
    gcpolicy.restore()
    assert not gc.isenabled()
    gc.enable()


def test_a_long_run_collects_in_bigger_batches_without_start_up_objects(collecting: object) -> None:
    before = gc.get_threshold()
    gcpolicy.pause()
    gcpolicy.long_run()
    try:
        assert gc.isenabled() and gc.get_freeze_count() > 0
        assert gc.get_threshold() == gcpolicy.LONG_RUN_THRESHOLD
    finally:
        gcpolicy.restore()
        gc.unfreeze()
    assert gc.get_threshold() == before and gc.isenabled()


def test_cli_gives_the_collector_back(tmp_path: Path, collecting: object, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Talks resume\n\nThe ministers met on Friday.Negotiators said little.\n", encoding="utf-8")
    before = gc.get_threshold()
    assert main(["check", str(article)]) == 1
    assert gc.isenabled()
    assert main(["check", str(tmp_path)]) == 1  # a folder: a long run, with its own threshold while it lasts
    assert gc.isenabled() and gc.get_threshold() == before
    gc.unfreeze()
    with pytest.raises(SystemExit):  # argparse exits on a bad option: the collector comes back all the same
        main(["check", "--format", "nonsense", str(article)])
    assert gc.isenabled()
    capsys.readouterr()


def test_small_run(tmp_path: Path) -> None:
    small = tmp_path / "a.txt"
    small.write_text("A short article.\n", encoding="utf-8")
    big = tmp_path / "b.txt"
    big.write_bytes(b"x" * SMALL_RUN_BYTES)
    assert small_run([str(small), str(tmp_path / "missing.txt"), "-"])
    assert not small_run([str(small), str(big)])  # a megabyte or more: collect as it goes
    assert not small_run([str(tmp_path)])  # a folder: size unknown


def test_the_console_entry_point_runs_the_cli(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Talks resume\n\nThe ministers met on Friday.Negotiators said little.\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "lint_news", "check", str(article)], capture_output=True, text=True,
                          check=False)
    assert proc.returncode == 1 and "P101" in proc.stdout

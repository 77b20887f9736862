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


def test_pause_and_resume_only_undo_their_own_work(collecting: object) -> None:
    gcpolicy.pause()
    assert not gc.isenabled()
    gcpolicy.resume()
    assert gc.isenabled()
    gc.disable()  # stopped by someone else: resume leaves it stopped
    gcpolicy.pause()
    gcpolicy.resume()
    assert not gc.isenabled()
    gc.enable()


def test_freeze_keeps_start_up_objects_out_of_later_collections(collecting: object) -> None:
    gcpolicy.pause()
    gcpolicy.resume(freeze=True)
    try:
        assert gc.get_freeze_count() > 0 and gc.isenabled()
    finally:
        gc.unfreeze()


def test_cli_gives_the_collector_back(tmp_path: Path, collecting: object, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "story.txt"
    article.write_text("Talks resume\n\nThe ministers met on Friday.Negotiators said little.\n", encoding="utf-8")
    assert main(["check", str(article)]) == 1
    assert gc.isenabled()
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

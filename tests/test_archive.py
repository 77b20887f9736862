"""`lint-news corpus` on Dask, end to end: a real scheduler and workers on 127.0.0.1, and a LocalCluster.

The archive is a few hundred generated articles in two JSONL files and one Parquet file, with
known damage (sentences glued at a full stop), exact and near copies of headlines, and a bad line.
"""

from __future__ import annotations

import json
import os
import random
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("distributed")
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

from lint_news.archive.lint import LintOptions  # noqa: E402
from lint_news.archive.run import run_corpus  # noqa: E402
from lint_news.archive.sources import plan, read_part  # noqa: E402
from lint_news.archive.writers import read_rows  # noqa: E402

PLACES = ["Lisbon", "Nairobi", "Osaka", "Quito", "Tbilisi", "Bergen", "Accra", "Hanoi", "Perth", "Recife"]
BODIES = ["harbour", "council", "railway", "hospital", "museum", "stadium", "airport", "library", "market", "bridge"]
VERBS = ["opens", "closes", "delays", "approves", "rejects", "funds", "reviews", "expands", "sells", "renames"]
SELECT = ("P101", "D105")


def _article(i: int, rng: random.Random) -> dict[str, str]:
    place, thing, verb = PLACES[i % 10], BODIES[(i // 10) % 10], VERBS[(i // 100) % 10]
    glued = i % 9 == 4
    stop = ".Officials" if glued else ". Officials"
    day = rng.choice(["Monday", "Tuesday", "Friday"])
    return {
        "id": f"art-{i:04d}",
        "title": f"{place} {thing} {verb} after a long debate number {i}",
        "body": f"The {thing} board in {place} voted on {day}{stop} said the decision would stand.\n\n"
                f"Residents had asked for the change for years, according to local reports.",
        "date": "2025-03-0" + str(1 + i % 9),
        "url": f"https://news.example/{i}",
    }


def glued_ids(articles: list[dict[str, str]]) -> set[str]:
    return {a["id"] for a in articles if ".Officials" in a["body"]}


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[dict[str, str]]]:
    """archive/a.jsonl, archive/b.jsonl (with one bad line), archive/c.parquet: 330 articles."""
    root = tmp_path_factory.mktemp("archive")
    rng = random.Random(8)
    articles = [_article(i, rng) for i in range(330)]
    articles[150]["title"] = articles[10]["title"]  # an exact copy in another file
    articles[290]["title"] = articles[20]["title"].replace("“", '"')  # an exact copy in the Parquet file
    articles[200]["title"] = articles[30]["title"].replace("long debate", "long public debate")  # a near copy
    a, b, c = articles[:120], articles[120:260], articles[260:]
    (root / "a.jsonl").write_text("".join(json.dumps(x) + "\n" for x in a), encoding="utf-8")
    lines = [json.dumps(x) for x in b]
    lines.insert(7, "{this is not json")
    (root / "b.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(c), root / "c.parquet", row_group_size=25)
    return root, articles


def _rows(folder: Path) -> list[dict[str, Any]]:
    return [row for part in sorted(folder.glob("part-*")) for row in read_rows(part)]


def check_outputs(out: Path, summary: dict[str, object], articles: list[dict[str, str]]) -> None:
    assert summary["articles"] == len(articles) == 330
    assert summary["errors"] == 1  # the bad JSON line
    article_rows = _rows(out / "articles")
    assert sorted(r["id"] for r in article_rows) == sorted(a["id"] for a in articles)
    findings = _rows(out / "findings")
    p101 = [f for f in findings if f["rule"] == "P101"]
    assert {f["id"] for f in p101} == glued_ids(articles)
    assert all(f["text"].endswith(".Officials") and f["suggestion"].endswith(". Officials") for f in p101)
    dupes = _rows(out / "duplicates")
    exact = {(r["id"], r["other_id"]) for r in dupes if r["kind"] == "exact"}
    assert exact == {("art-0010", "art-0150"), ("art-0150", "art-0010"), ("art-0020", "art-0290"),
                     ("art-0290", "art-0020")}
    near = {frozenset((r["id"], r["other_id"])) for r in dupes if r["kind"] == "near"}
    assert near == {frozenset(("art-0030", "art-0200"))}
    assert summary["duplicate_headlines"] == {"exact": 4, "near": 1}
    by_category = summary["by_category"]
    assert isinstance(by_category, dict)
    assert by_category["punctuation"] == len(p101)
    worst = summary["worst"]
    assert isinstance(worst, list) and worst and worst[0]["id"] in glued_ids(articles)
    assert json.loads((out / "summary.json").read_text()) == summary


def test_partitions_read_every_line_once(archive: tuple[Path, list[dict[str, str]]]) -> None:
    root, _ = archive
    expected = None
    for blocksize in (1, 97, 1000, 4096, 10**9):
        parts = plan([str(root)], blocksize)
        records = [(r.source, r.locator, r.fields.get("id"), r.problem is None) for p in parts for r in read_part(p)]
        if expected is None:
            expected = records
            assert len(records) == 331 and sum(ok for *_, ok in records) == 330
        assert records == expected, blocksize
    assert len(plan([str(root / "c.parquet")])) == 3  # one partition per row group


def test_a_partition_saves_the_patterns_it_compiled(archive: tuple[Path, list[dict[str, str]]], tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A Dask worker may exit without running atexit handlers, so each partition ends with recache.save()."""
    from lint_news import recache
    from lint_news.archive.lint import lint_part

    root, _ = archive
    saves: list[int] = []
    monkeypatch.setattr(recache, "save", lambda: saves.append(1))
    part = plan([str(root / "a.jsonl")], 4096)[0]
    summary, _ = lint_part(0, part, LintOptions(select=("P101",)), str(tmp_path), "jsonl")
    assert summary.articles > 0 and saves == [1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def scheduler_address(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A dask scheduler and two single-threaded workers as separate processes on loopback."""
    port = _free_port()
    tmp = tmp_path_factory.mktemp("dask-worker")
    address = f"tcp://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    procs = [subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_scheduler", "--host", "127.0.0.1",
                               "--port", str(port), "--dashboard-address", "127.0.0.1:0"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)]
    try:
        procs.append(subprocess.Popen([sys.executable, "-m", "distributed.cli.dask_worker", address, "--nworkers", "2",
                                       "--nthreads", "1", "--host", "127.0.0.1", "--no-dashboard",
                                       "--local-directory", str(tmp)], env=env,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        from distributed import Client

        with Client(address, timeout=30) as client:
            client.wait_for_workers(2, timeout=30)
        yield address
    finally:
        for proc in reversed(procs):
            proc.terminate()
        for proc in procs:
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def test_corpus_command_on_a_running_scheduler(archive: tuple[Path, list[dict[str, str]]], scheduler_address: str,
                                              tmp_path: Path) -> None:
    root, articles = archive
    out = tmp_path / "out"
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "lint_news", "corpus", str(root / "a.jsonl"), str(root / "b.jsonl"),
                           str(root / "c.parquet"), "--scheduler", scheduler_address, "--output", str(out),
                           "--blocksize", "9000", "--select", ",".join(SELECT), "--no-progress"],
                          capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 1, proc.stderr  # findings were found
    assert "330 articles" in proc.stdout and "duplicate headlines: 4 exact copies, 1 near pairs" in proc.stdout
    summary = json.loads((out / "summary.json").read_text())
    assert summary["partitions"] > 6  # several JSONL blocks and three row groups
    check_outputs(out, summary, articles)
    assert time.perf_counter() - start < 60


def test_local_cluster_writes_parquet(archive: tuple[Path, list[dict[str, str]]], tmp_path: Path) -> None:
    root, articles = archive
    out = tmp_path / "out"
    summary = run_corpus([str(root)], out, "parquet", workers=2, blocksize=20_000, options=LintOptions(select=SELECT))
    assert sorted(p.name for p in (out / "findings").iterdir())[0] == "part-00000.parquet"
    assert pq.read_schema(next((out / "findings").iterdir())).field("start").type == pa.int64()
    check_outputs(out, summary, articles)


def test_ignoring_d105_skips_the_shuffle(archive: tuple[Path, list[dict[str, str]]], scheduler_address: str,
                                          tmp_path: Path) -> None:
    from distributed import Client

    root, _ = archive
    with Client(scheduler_address) as client:
        summary = run_corpus([str(root / "a.jsonl")], tmp_path, options=LintOptions(select=("P101",)), client=client)
    assert summary["duplicate_headlines"] == {"exact": 0, "near": 0}
    assert not (tmp_path / "duplicates").exists()
    assert summary["by_rule"] == {"P101": len([i for i in range(120) if i % 9 == 4])}


def test_unknown_codes_fail_before_a_cluster_starts(archive: tuple[Path, list[dict[str, str]]], tmp_path: Path) -> None:
    root, _ = archive
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "lint_news", "corpus", str(root), "--select", "ZZ9", "-o", str(tmp_path)],
                          capture_output=True, text=True, timeout=60, check=False)
    assert proc.returncode == 2 and "unknown rule code" in proc.stderr
    assert not (tmp_path / "summary.json").exists() and time.perf_counter() - start < 20

"""`check --jobs N`: a process pool gives the same results, in the same order, as one process."""

from __future__ import annotations

import gc
import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest

from lint_news import parallel
from lint_news.cli import main
from lint_news.context import Context
from lint_news.document import Article
from lint_news.engine import Engine, FileResult, Options
from lint_news.findings import Finding, Related
from lint_news.registry import Registry, Rule
from lint_news.rules.p101_missing_space import MissingSpaceAfterSentence


class HeadlineTwice(Rule):
    """A corpus rule for the test: two articles of the run share a headline."""

    code = "D901"
    name = "test.headline-twice"
    category = "duplicate"
    summary = "test"
    corpus = True

    def check_corpus(self, articles: list[Article], ctx: Context) -> Iterator[tuple[int, Finding]]:
        first: dict[str, int] = {}
        for i, article in enumerate(articles):
            head = article.headline
            if head is None:
                continue
            text = article.block_text(head)
            if text in first:
                other = articles[first[text]]
                yield i, self.finding(head.span, "headline used twice", related=[Related(head.span, "here", other)])
            else:
                first[text] = i


def registry() -> Registry:
    reg = Registry()
    reg.add(MissingSpaceAfterSentence())
    reg.add(HeadlineTwice())
    return reg


def write_tree(root: Path, n: int = 24) -> list[Path]:
    """n articles in nested folders; every third glued at a full stop, two sharing a headline."""
    paths = []
    for i in range(n):
        folder = root / f"desk{i % 3}" / ("sub" if i % 2 else "")
        folder.mkdir(parents=True, exist_ok=True)
        stop = "Friday.Talks" if i % 3 == 0 else "Friday. Talks"
        headline = "Harbour strike ends after long talks" if i in (5, 17) else f"Story number {i} from the desk"
        path = folder / f"story{i:02d}.{'md' if i % 4 == 1 else 'txt'}"
        body = f"The unions met on {stop} resume next week, a spokesperson said.\n\n" + "Another line of copy. " * 40
        if path.suffix == ".md":
            path.write_text(f"---\ntitle: {headline}\n---\n\n{body}\n", encoding="utf-8")
        else:
            path.write_text(f"{headline}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    (root / "desk0" / "broken.txt").write_bytes(b"\x00\x01binary")
    return paths


def flat(results: list[FileResult]) -> list[tuple[object, ...]]:
    return [(r.path, r.score, tuple(r.errors), tuple((f.rule, f.span.start, f.span.end, f.message) for f in r.findings))
            for r in results]


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    write_tree(tmp_path / "news")
    return tmp_path / "news"


def test_pool_matches_one_process(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    submitted: list[list[str]] = []
    real = parallel.batches

    def batches(entries: Iterator[parallel.Found]) -> Iterator[list[str] | parallel.Found]:
        for batch in real(entries):
            if isinstance(batch, list):
                submitted.append(batch)
            yield batch

    monkeypatch.setattr(parallel, "batches", batches)
    paths = [str(tree), "missing.txt"]
    one = Engine(Options(jobs=1), registry()).run(paths)
    assert not submitted
    two = Engine(Options(jobs=2), registry()).run(paths)
    assert sum(map(len, submitted)) == 25  # the 24 articles and the binary file went to the pool
    assert gc.isenabled() and gc.get_freeze_count() == 0  # the parent's collector is back as it was
    article = next(r.article for r in two if r.article is not None)
    assert any(o is article for o in gc.get_objects(generation=2))  # results are old: young collections skip them
    assert flat(two) == flat(one)
    assert [r.path for r in two][-1] == "missing.txt"
    glued = [r for r in two if any(f.rule == "P101" for f in r.findings)]
    assert len(glued) == 8
    twice = [r for r in two if any(f.rule == "D901" for f in r.findings)]
    assert [Path(r.path).name for r in twice] == ["story17.md"]  # found by the corpus rule in the parent
    related = twice[0].findings[-1].related[0].other
    assert related is not None and Path(related.path).name == "story05.md"


def test_cli_output_is_identical(tree: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(parallel, "MIN_BYTES", 0)
    outputs = []
    for jobs in ("1", "2"):
        status = main(["check", "--select", "P101", "--format", "json", "--jobs", jobs, str(tree)])
        outputs.append((status, json.loads(capsys.readouterr().out)))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 2  # the binary file is an error, whichever way


def pooled_runs(monkeypatch: pytest.MonkeyPatch) -> list[list[parallel.Found]]:
    """Replaces the pool: each run that would start one records the entries it was given."""
    runs: list[list[parallel.Found]] = []

    def fake_pool(engine: Engine, entries: Iterator[parallel.Found], jobs: int) -> Iterator[list[FileResult]]:
        runs.append(list(entries))
        return iter([])

    monkeypatch.setattr(parallel, "_pooled", fake_pool)
    return runs


def test_small_runs_stay_in_one_process(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    runs = pooled_runs(monkeypatch)
    engine = Engine(Options(jobs=2), registry())
    small: list[parallel.Found] = [(str(p), None) for p in write_tree(tmp_path, 2)]
    assert len(list(parallel.lint_found(engine, small, 2))) == 2 and not runs  # linted here
    many: list[parallel.Found] = [(str(p), None) for p in write_tree(tmp_path / "more", parallel.MIN_BYTES // 900 + 20)]
    assert list(parallel.lint_found(engine, [("gone.txt", "no such file"), *many], 1)) and not runs
    list(parallel.lint_found(engine, [("gone.txt", "no such file"), ("-", None), *many], 2))
    assert runs == [[("gone.txt", "no such file"), ("-", None), *many]]  # everything, in order, went to the pool


def test_the_pool_starts_before_the_walk_ends(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Once enough work is found, the pool starts and takes over the rest of the walk."""
    many: list[parallel.Found] = [(str(p), None) for p in write_tree(tmp_path, 2 * parallel.MIN_BYTES // 900)]
    walked: list[str] = []
    walked_when_started: list[int] = []

    def walk() -> Iterator[parallel.Found]:
        for entry in many:
            walked.append(entry[0])
            yield entry

    def fake_pool(engine: Engine, entries: Iterator[parallel.Found], jobs: int) -> Iterator[list[FileResult]]:
        walked_when_started.append(len(walked))
        assert list(entries) == many
        return iter([])

    monkeypatch.setattr(parallel, "_pooled", fake_pool)
    list(parallel.lint_found(Engine(Options(jobs=2), registry()), walk(), 2))
    sizes = [Path(p).stat().st_size for p, _ in many]
    enough = next(n for n in range(1, len(sizes) + 1) if sum(sizes[:n]) >= parallel.MIN_BYTES)
    assert walked_when_started == [enough] and enough < len(many) // 2 + 2  # started half way through the walk
    assert len(walked) == len(many)


def test_batches_keep_order_and_cover_everything(tmp_path: Path) -> None:
    small = tmp_path / "small.txt"
    small.write_text("x" * 100)
    big = tmp_path / "big.jsonl"
    big.write_bytes(b"x" * parallel.CHUNK_BYTES)
    entries: list[parallel.Found] = [(str(small), None)] * 40 + [("gone", "no such file"), ("-", None), (str(big), None),
                                                                  (str(big), None), (str(small), None)]
    out = list(parallel.batches(entries))
    flat_out = [e for b in out for e in (b if isinstance(b, list) else [b[0]])]
    assert flat_out == [path for path, _ in entries]  # every entry, in order
    chunks = [b for b in out if isinstance(b, list)]
    # held back (no more files came), then cut at a problem in small chunks; big files alone
    assert [len(c) for c in chunks] == [8, 8, 8, 8, 8, 1, 1, 1]
    assert ("gone", "no such file") in out and ("-", None) in out  # problems and stdin are done in the parent


def test_batches_are_big_until_the_last_files(tmp_path: Path) -> None:
    """Big chunks cost the pool less; the files found last go in small ones, so the workers end together."""
    small = tmp_path / "small.txt"
    small.write_text("x" * 100)
    entries: list[parallel.Found] = [(str(small), None)] * 300
    chunks = [b for b in parallel.batches(entries) if isinstance(b, list)]
    assert sum(map(len, chunks)) == 300
    sizes = [len(c) for c in chunks]
    big = sizes.index(parallel.TAIL_CHUNK)  # where the small chunks begin
    assert sizes[:big] == [parallel.MAX_CHUNK] * 3 and max(sizes[big:]) == parallel.TAIL_CHUNK
    assert sum(sizes[big:]) >= parallel.TAIL_FILES  # at least a window of files is left for the end


def test_articles_travel_without_memoised_analyses() -> None:
    from lint_news.api import check_text

    article = check_text("A headline\n\nOne “quoted” sentence here. And a second one.\n")[0].article
    assert article is not None
    words, sentences = list(article.words), list(article.sentences)
    copy = pickle.loads(pickle.dumps(article))
    assert {"words", "sentences"}.isdisjoint(copy.__dict__) and copy.word_count == len(words) == 10
    assert copy.words == words and copy.sentences == sentences and copy.quotes == article.quotes
    assert copy.smap.span(2, 8) == article.smap.span(2, 8)


def test_workers_save_the_patterns_they_compile(tree: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker exits without running atexit handlers, so each chunk ends with recache.save()."""
    from lint_news import recache

    saves: list[int] = []
    monkeypatch.setattr(recache, "save", lambda: saves.append(1))
    monkeypatch.setattr(parallel, "_engine", Engine(Options(jobs=1), registry()))
    results = parallel._lint_chunk([str(p) for p in sorted(tree.rglob("*.txt"))[:3]])
    assert len(results) == 3 and saves == [1]

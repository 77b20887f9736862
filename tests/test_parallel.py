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
    calls: list[int] = []
    real = parallel.lint_files
    monkeypatch.setattr(parallel, "lint_files", lambda e, p, j: (calls.append(len(p)), real(e, p, j))[1])
    paths = [str(tree), "missing.txt"]
    one = Engine(Options(jobs=1), registry()).run(paths)
    assert not calls
    two = Engine(Options(jobs=2), registry()).run(paths)
    assert calls == [25]  # the 24 articles and the binary file went to the pool
    assert gc.isenabled() and gc.get_freeze_count() == 0  # the parent's collector is back as it was
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


def test_small_runs_stay_in_one_process(tmp_path: Path) -> None:
    small = [str(p) for p in write_tree(tmp_path, 2)]
    assert not parallel.worth_a_pool(small, 2)
    many = [str(p) for p in write_tree(tmp_path / "more", parallel.MIN_BYTES // 900 + 20)]  # ~1 KB each
    assert parallel.worth_a_pool(many, 2)
    assert not parallel.worth_a_pool(many, 1)
    assert not parallel.worth_a_pool([*many, "-"], 2)


def test_chunks_keep_order_and_cover_everything() -> None:
    paths = [f"f{i}" for i in range(1001)]
    parts = parallel.chunks(paths, 2)
    assert [p for part in parts for p in part] == paths
    assert len(parts) >= 16 and max(map(len, parts)) <= parallel.MAX_CHUNK


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

"""A small programmatic API: lint a string as if it were a file."""

from __future__ import annotations

from .config import Config
from .engine import Engine, FileResult, Options
from .formats import format_of
from .loading import DecodedText


def check_text(text: str, filename: str = "article.txt", select: list[str] | None = None,
               config: Config | None = None, engine: Engine | None = None) -> list[FileResult]:
    """Lint ``text`` as the file ``filename`` (its suffix picks the format)."""
    engine = engine or Engine(Options(select=select))
    cfg = config or Config()
    results = engine.lint_text(filename, DecodedText(text, "utf-8"), format_of(filename), cfg)
    engine.run_corpus_rules(results)  # several articles in one text (JSONL) are a run of their own
    return results

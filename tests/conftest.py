from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from lint_news.engine import FileResult
    from ruletesting import Lint

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# The regex cache (lint_news.recache) of this test run and its subprocesses: never the user's ~/.cache.
# Set at import, before any test module compiles a pattern.
os.environ.setdefault("LINT_NEWS_CACHE_DIR", tempfile.mkdtemp(prefix="lint-news-test-cache-"))


@pytest.fixture
def lint() -> Lint:
    """lint(text, filename='article.txt', select=None) -> the first FileResult."""
    from lint_news.api import check_text

    def run(text: str, filename: str = "article.txt", select: list[str] | None = None) -> FileResult:
        return check_text(text, filename, select)[0]

    return run


@pytest.fixture(autouse=True, scope="session")
def _languagetool_stub() -> Iterator[None]:
    """G101's case file runs against a local LanguageTool stub (tests/languagetool_stub.py)."""
    import os

    from languagetool_stub import serve

    if os.environ.get("LANGUAGETOOL_URL"):
        yield
        return
    with serve() as url:
        os.environ["LANGUAGETOOL_URL"] = url
        try:
            yield
        finally:
            os.environ.pop("LANGUAGETOOL_URL", None)

"""Reporters: turn results into text, JSON and the other formats; all share report.model.

Each reporter module is imported when its format is asked for: a plain ``check`` should not pay
for the HTML report's assets or SARIF's tables at start-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from ..engine import FileResult

Reporter = Callable[[list["FileResult"], TextIO, dict[str, object]], None]

# format name -> module of lint_news.report with a write(results, out, options) function
FORMATS: dict[str, str] = {
    "text": "text",
    "json": "json_report",
    "sarif": "sarif",
    "github": "github",
    "html": "html",
}
# formats that read of an article only its findings' positions and text, its path, format and word
# count, and what else they name ("meta"; "fixes": each finding's fix edit): a run keeps summaries
# (lint_news.summary), not whole articles. The HTML report reads the source.
SUMMARY_READERS: dict[str, frozenset[str]] = {"text": frozenset(), "github": frozenset(), "json": frozenset({"meta"}),
                                              "sarif": frozenset({"fixes"})}


def summaries_for(name: str) -> frozenset[str] | None:
    """``Options.summaries`` for the format ``name``: None when it reads whole articles."""
    return SUMMARY_READERS.get(name)


def reporter(name: str) -> Reporter:
    """The write function of the format ``name`` (one of FORMATS)."""
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    write: Reporter = module.write
    return write

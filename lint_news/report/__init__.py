"""Reporters: turn results into text, JSON and the other formats; all share report.model.

Each reporter module is imported when its format is asked for: a plain ``check`` should not pay
for the HTML report's assets or SARIF's tables at start-up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Literal, TextIO

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
# count, and (True) its meta: a pooled run's workers send summaries (lint_news.summary), not whole
# articles. The others (SARIF's fixes, the HTML report's text) read the source.
SUMMARY_READERS = {"text": False, "github": False, "json": True}


def summaries_for(name: str) -> Literal["meta", "no meta"] | None:
    """``Options.summaries`` for the format ``name``: None when it reads whole articles."""
    if name not in SUMMARY_READERS:
        return None
    return "meta" if SUMMARY_READERS[name] else "no meta"


def reporter(name: str) -> Reporter:
    """The write function of the format ``name`` (one of FORMATS)."""
    module = importlib.import_module(f"{__name__}.{FORMATS[name]}")
    write: Reporter = module.write
    return write

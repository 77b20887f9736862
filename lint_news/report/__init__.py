"""Reporters: turn results into text, JSON and the other formats; all share report.model."""

from __future__ import annotations

from collections.abc import Callable
from typing import TextIO

from ..engine import FileResult
from . import github, html, json_report, sarif, text

Reporter = Callable[[list[FileResult], TextIO, dict[str, object]], None]

REPORTERS: dict[str, Reporter] = {
    "text": text.write,
    "json": json_report.write,
    "sarif": sarif.write,
    "github": github.write,
    "html": html.write,
}

"""Loaders: one module per input format, each turning decoded source text into Articles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import PurePath

from ..document import Article
from . import html, jsonl, markdown, plaintext

Loader = Callable[[str, str], list[Article]]

LOADERS: dict[str, Loader] = {
    ".txt": plaintext.load,
    ".text": plaintext.load,
    ".md": markdown.load,
    ".markdown": markdown.load,
    ".html": html.load,
    ".htm": html.load,
    ".jsonl": jsonl.load,
}
SUFFIXES = tuple(LOADERS)


def format_of(path: str) -> str:
    suffix = PurePath(path).suffix.lower()
    return suffix if suffix in LOADERS else ".txt"


def load_articles(path: str, source: str, fmt: str | None = None) -> list[Article]:
    """Articles in ``source`` (the decoded text of ``path``), by the file's suffix or ``fmt``."""
    return LOADERS[fmt or format_of(path)](path, source)

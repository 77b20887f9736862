"""Loaders: one module per input format, each turning decoded source text into Articles.

A loader's module is imported the first time a file of its format is read: a run over plain text
never pays for the Markdown and HTML parsers.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable

from ..document import Article

Loader = Callable[[str, str], list[Article]]


def _lazy(module: str) -> Loader:
    def load(path: str, source: str) -> list[Article]:
        loader: Loader = importlib.import_module(f"{__name__}.{module}").load
        return loader(path, source)

    load.__qualname__ = f"{module}.load"
    return load


LOADERS: dict[str, Loader] = {
    ".txt": _lazy("plaintext"),
    ".text": _lazy("plaintext"),
    ".md": _lazy("markdown"),
    ".markdown": _lazy("markdown"),
    ".html": _lazy("html"),
    ".htm": _lazy("html"),
    ".jsonl": _lazy("jsonl"),
}
SUFFIXES = tuple(LOADERS)


def format_of(path: str) -> str:
    suffix = os.path.splitext(path)[1].lower()  # PurePath(path).suffix, without building a path
    return suffix if suffix in LOADERS else ".txt"


def load_articles(path: str, source: str, fmt: str | None = None) -> list[Article]:
    """Articles in ``source`` (the decoded text of ``path``), by the file's suffix or ``fmt``."""
    return LOADERS[fmt or format_of(path)](path, source)

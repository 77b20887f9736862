"""Optional grammar backends (LanguageTool, Harper). Nothing here is imported unless a G rule runs."""

from __future__ import annotations

import sys

_WARNED: set[str] = set()


def warn_once(key: str, message: str) -> None:
    """Say on stderr, once per process, that a backend is unavailable; the run goes on."""
    if key not in _WARNED:
        _WARNED.add(key)
        print(f"lint-news: {message}", file=sys.stderr)

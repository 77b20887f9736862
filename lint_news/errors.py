"""Errors that lint-news reports as one line, never as a traceback."""

from __future__ import annotations

from typing import Any


class LintNewsError(Exception):
    """A problem with the user's input, configuration or rules (exit status 2)."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(LintNewsError):
    """A file that cannot be read or parsed."""


class ConfigError(LintNewsError):
    """A malformed configuration file or an unknown option or rule code."""


class PartialInputError(InputError):
    """Part of a file could not be read; ``articles`` holds what could, and is still linted."""

    def __init__(self, message: str, path: str | None, articles: list[Any]) -> None:
        super().__init__(message, path)
        self.articles = articles


def internal_error(where: str, exc: BaseException) -> str:
    """A one-line message for a bug (a rule or loader that raised): what, where, no traceback."""
    if isinstance(exc, LintNewsError):  # a problem with the user's rules, not a bug
        return f"{where}: {exc}"
    if isinstance(exc, MemoryError):
        return f"out of memory in {where}; file skipped"
    detail = " ".join(str(exc).split())[:200]
    return f"internal error in {where}: {type(exc).__name__}{': ' + detail if detail else ''} (please report it)"

"""Errors that lint-news reports as one line, never as a traceback."""

from __future__ import annotations


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

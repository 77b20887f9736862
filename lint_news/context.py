"""What a rule may know besides the article: configuration and run-wide options."""

from __future__ import annotations

from typing import Any

from .config import Config
from .records import Record


class Context(Record):
    _fields = ("config", "options", "codes")

    def __init__(self, config: Config | None = None, options: dict[str, Any] | None = None,
                 codes: frozenset[str] | None = None) -> None:
        self.config = Config() if config is None else config
        self.options: dict[str, Any] = {} if options is None else options  # run-wide settings (languagetool URL, ...)
        self.codes = codes  # the rules that run on this file (None: not known, take them all to run)

    def runs(self, code: str) -> bool:
        """Does rule ``code`` run on this file? A rule that leaves a kind of damage to another rule
        reports it itself when that rule is not selected."""
        return self.codes is None or code in self.codes

    @property
    def extra_names(self) -> list[str]:
        """Names the user declared correct (config ``names`` and ``names-file``)."""
        names = list(self.config.names)
        if self.config.names_file is not None:
            for line in self.config.names_file.read_text(encoding="utf-8").splitlines():
                line = line.split("#", 1)[0].strip()
                if line:
                    names.append(line)
        return names

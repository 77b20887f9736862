"""What a rule may know besides the article: configuration and run-wide options."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .config import Config


@dataclass
class Context:
    config: Config = field(default_factory=Config)
    options: dict[str, Any] = field(default_factory=dict)  # run-wide settings (languagetool URL, ...)

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

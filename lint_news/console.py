"""The ``lint-news`` command: garbage collection pauses before the CLI's modules load (see gcpolicy)."""

from __future__ import annotations

from . import gcpolicy


def main() -> int:
    gcpolicy.pause()
    from .cli import main as cli_main

    return cli_main()

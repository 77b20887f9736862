"""Access to the data shipped from the top-level rules/ folder (package ``lint_news.ruledata``)."""

from __future__ import annotations

import importlib.resources
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path


@cache
def data_root() -> Traversable:
    """The rules/ folder: inside the installed wheel, or the checkout's when run from source."""
    try:
        root = importlib.resources.files("lint_news.ruledata")
        if root.joinpath("README.md").is_file():
            return root
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "rules"


def data_file(*parts: str) -> Traversable:
    node = data_root()
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    return data_file(*parts).read_text(encoding="utf-8")


def list_files(folder: str = "", suffix: str = ".yaml") -> list[Traversable]:
    node = data_file(folder) if folder else data_root()
    if not node.is_dir():
        return []
    return sorted((f for f in node.iterdir() if f.name.endswith(suffix) and f.is_file()), key=lambda f: f.name)

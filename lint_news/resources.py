"""Access to the data shipped from the top-level rules/ folder (package ``lint_news.ruledata``)."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any


@cache
def data_root() -> Path:
    """The rules/ folder: inside the installed package, or the checkout's when run from source.

    ``lint_news.ruledata`` is a namespace package (no __init__.py) whose folder is read directly:
    importlib.resources would import tempfile, shutil and random for nothing at every start.
    """
    try:
        import lint_news.ruledata as shipped

        for folder in shipped.__path__:
            if (Path(folder) / "README.md").is_file():
                return Path(folder)
    except ModuleNotFoundError:
        pass
    return Path(__file__).resolve().parent.parent / "rules"


def data_file(*parts: str) -> Path:
    node = data_root()
    for part in parts:
        node = node.joinpath(part)
    return node


def read_text(*parts: str) -> str:
    return data_file(*parts).read_text(encoding="utf-8")


def list_files(folder: str = "", suffix: str = ".yaml") -> list[Path]:
    node = data_file(folder) if folder else data_root()
    if not node.is_dir():
        return []
    return sorted((f for f in node.iterdir() if f.name.endswith(suffix) and f.is_file()), key=lambda f: f.name)


@cache
def _yaml_twins() -> dict[str, dict[str, str]]:
    """rules/yaml-cache.json (tools/build_yaml_cache.py): path -> {"source": YAML text, "json": its data}."""
    node = data_root().joinpath("yaml-cache.json")
    if not node.is_file():
        return {}
    import json

    twins = json.loads(node.read_text(encoding="utf-8"))
    return twins if isinstance(twins, dict) else {}


def _decode_date(obj: dict[str, Any]) -> Any:
    if len(obj) == 1 and "$date" in obj:
        import datetime

        return datetime.date.fromisoformat(obj["$date"])
    return obj


def yaml_twin(path: str, text: str) -> Any | None:
    """The data of shipped YAML file ``path`` (relative to rules/) as JSON parses it, or None.

    Parsing the rules' YAML (and importing PyYAML) costs a cold start ~30 ms; its JSON twin costs
    ~1 ms. The twin is used only when ``text`` is exactly the YAML it was made from, so an edited
    file is parsed as YAML until the twins are rebuilt. Each call returns new objects.
    """
    twin = _yaml_twins().get(path)
    if twin is None or twin.get("source") != text:
        return None
    import json

    return json.loads(twin["json"], object_hook=_decode_date)

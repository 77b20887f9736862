"""tools/clean_sweep.py: the Lee corpus lines become one JSONL article each."""

from __future__ import annotations

import importlib.util
import json
import zipfile
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def load_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("clean_sweep", ROOT / "tools" / "clean_sweep.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_each_line_of_the_corpus_is_an_article(tmp_path: Path) -> None:
    tool = load_tool()
    wheel = tmp_path / "gensim-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as zf:
        zf.writestr(tool.MEMBERS[0], "The council met on Monday. It agreed the budget.\n\nRain fell in the west.\n")
        zf.writestr(tool.MEMBERS[1], "Talks resumed in the capital.\n")
    out = tmp_path / "lee.jsonl"
    assert tool.write_articles(wheel, out) == (3, 19)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["body"] for r in records] == ["The council met on Monday. It agreed the budget.", "Rain fell in the west.",
                                            "Talks resumed in the capital."]
    assert [r["id"] for r in records] == ["lee_background.cor:1", "lee_background.cor:2", "lee.cor:3"]

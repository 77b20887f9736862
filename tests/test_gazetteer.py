"""lint_news.names.gazetteer: the gazetteer kept between runs is the gazetteer built from its files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from lint_news import recache
from lint_news.names import gazetteer as gazetteer_module
from lint_news.names.gazetteer import Gazetteer, _from_table, _to_table, build_gazetteer
from lint_news.resources import data_file, read_text

INPUTS = (read_text("names", "people.yaml"), read_text("names", "places.txt"))


def canonical(gaz: Gazetteer) -> dict[str, Any]:
    """Every attribute, lists and dicts in their order, sets sorted, people as lists."""
    out: dict[str, Any] = {}
    for name, value in vars(gaz).items():
        if isinstance(value, set):
            out[name] = sorted(value)
        else:
            out[name] = json.loads(json.dumps(value))
    return out


def test_a_table_round_trip_gives_the_same_gazetteer() -> None:
    built = build_gazetteer(*INPUTS)
    again = _from_table(_to_table(built))
    assert canonical(again) == canonical(built)
    assert list(vars(again)) == list(vars(built))
    assert again.people == built.people and len(built.people) == len(INPUTS[0].split("\n  - ")) - 1


PROGRAM = """
import json, sys
sys.path.insert(0, sys.argv[2])
from test_gazetteer import canonical
from lint_news.names import gazetteer as g
if sys.argv[1] == "cache-only":  # this run must read the gazetteer back
    g.build_gazetteer = None
print(json.dumps(canonical(g.gazetteer())))
"""


def _run(cache: Path, mode: str, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "LINT_NEWS_NO_CACHE"}
    environ.update({"LINT_NEWS_CACHE_DIR": str(cache), **env})
    return subprocess.run([sys.executable, "-c", PROGRAM, mode, str(Path(__file__).parent)], capture_output=True,
                          text=True, env=environ, check=False)


def test_a_second_run_reads_the_gazetteer_back(tmp_path: Path) -> None:
    first = _run(tmp_path, "normal")
    assert first.returncode == 0, first.stderr
    assert list(tmp_path.glob("gazetteer-*.marshal"))
    second = _run(tmp_path, "cache-only")  # building is impossible here: only the cache can serve
    assert second.returncode == 0, second.stderr
    assert json.loads(second.stdout) == json.loads(first.stdout) == canonical(build_gazetteer(*INPUTS))


def test_no_cache_setting_builds_every_time(tmp_path: Path) -> None:
    assert _run(tmp_path, "normal", LINT_NEWS_NO_CACHE="1").returncode == 0
    assert not list(tmp_path.glob("gazetteer-*"))


def test_a_table_is_read_back_only_for_its_own_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    recache.store_table("gazetteer", INPUTS, ["a table"])
    assert recache.load_table("gazetteer", INPUTS) == ["a table"]
    assert recache.load_table("gazetteer", (INPUTS[0] + "- Anna Varga\n", INPUTS[1])) is None  # an edited file
    [path] = tmp_path.glob("gazetteer-*.marshal")
    path.write_bytes(b"\x00damaged")
    assert recache.load_table("gazetteer", INPUTS) is None


def test_a_table_of_another_shape_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LINT_NEWS_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("LINT_NEWS_NO_CACHE", raising=False)
    keyed = gazetteer_module._stamps(_GAZETTEER_FILES)  # the data files and the module's code
    name = recache.stamped_name("gazetteer", _GAZETTEER_FILES)
    recache.store_table(name, keyed, ("too", "short"))
    rebuilt = gazetteer_module.gazetteer.__wrapped__()
    assert canonical(rebuilt) == canonical(build_gazetteer(*INPUTS))
    stored = recache.load_table(name, keyed)
    assert stored is not None and canonical(_from_table(stored)) == canonical(rebuilt)  # stored anew


def test_stamps_change_with_a_file_and_never_match_a_file_that_cannot_be_read(tmp_path: Path) -> None:
    data = tmp_path / "people.yaml"
    data.write_text("people:\n  - Anna Varga\n", encoding="utf-8")
    before = gazetteer_module._stamps((data,))
    assert gazetteer_module._stamps((data,)) == before
    data.write_text("people:\n  - Anna Varga\n  - Ivo Petrov\n", encoding="utf-8")
    assert gazetteer_module._stamps((data,)) != before  # edited: another size and time
    stamped = gazetteer_module._stamps((data,))
    times = os.stat(data)
    time.sleep(0.05)
    data.write_text("people:\n  - Anna Vargo\n  - Ivo Petrov\n", encoding="utf-8")  # same size ...
    os.utime(data, ns=(times.st_atime_ns, times.st_mtime_ns))  # ... and the old modification time back
    assert gazetteer_module._stamps((data,)) != stamped  # the change time tells
    missing = (tmp_path / "gone.yaml",)
    assert gazetteer_module._stamps(missing) != gazetteer_module._stamps(missing)


_GAZETTEER_FILES = (data_file("names", "people.yaml"), data_file("names", "places.txt"), Path(gazetteer_module.__file__))


def test_vowel_variants_differ_only_in_vowels_letter_for_letter() -> None:
    from lint_news.names.gazetteer import gazetteer, rare_surname, vowel_mask, vowel_variant

    assert vowel_variant("dullien", "dollian") and vowel_variant("powell", "pawoll")
    assert vowel_mask("dullien") == vowel_mask("dollian") == "d*ll**n"
    assert not vowel_variant("mahmoud", "mohamed")  # other consonants at a place
    assert not vowel_variant("bates", "betts") and not vowel_variant("wells", "wiles")
    assert not vowel_variant("kimball", "kimble") and not vowel_variant("paul", "pool")  # lengths; too short
    assert not vowel_variant("dullien", "dullien")
    gaz = gazetteer()
    assert rare_surname("dollian", gaz) and not rare_surname("wells", gaz) and not rare_surname("betts", gaz)


def test_transliteration_variants_share_a_key() -> None:
    from lint_news.names.gazetteer import transliteration_key, transliteration_variant

    assert transliteration_key("lawrow") == transliteration_key("lavrov")
    assert transliteration_key("poutine") == transliteration_key("putin")
    assert transliteration_variant("lawrow", "lavrov")
    assert not transliteration_variant("lavrov", "lavrov")  # the same name
    assert not transliteration_variant("walsh", "warsh")  # another consonant, not another spelling
    assert not transliteration_variant("wu", "vu")  # too short to tell

"""rules/yaml-cache.json (tools/build_yaml_cache.py) must give exactly what the YAML gives."""

from __future__ import annotations

import json

import yaml

from lint_news.resources import data_root, read_text, yaml_twin


def test_twins_give_the_yaml_data() -> None:
    twins = json.loads(data_root().joinpath("yaml-cache.json").read_text(encoding="utf-8"))
    assert twins
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    for path in twins:
        text = read_text(*path.split("/"))
        data = yaml_twin(path, text)
        if data is None:
            continue  # edited since the twins were made: parsed as YAML, the twin is not used
        assert repr(data) == repr(yaml.load(text, Loader=loader)), path  # same types, values and order


def test_an_edited_file_is_not_read_from_its_twin() -> None:
    twins = json.loads(data_root().joinpath("yaml-cache.json").read_text(encoding="utf-8"))
    path = next(iter(twins))
    assert yaml_twin(path, twins[path]["source"] + "\n# edited\n") is None
    assert yaml_twin("no-such-file.yaml", "") is None

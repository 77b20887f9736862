"""lint_news.records: the plain classes behave as the dataclasses they replace (repr, ==, hash, pickle)."""

from __future__ import annotations

import pickle

import pytest

from lint_news.config import Config
from lint_news.document import Block, Sentence
from lint_news.engine import FileResult
from lint_news.findings import Finding, Related, Span, Suggestion
from lint_news.registry import module_names


def test_repr_names_every_field_like_a_dataclass() -> None:
    assert repr(Span(3, 8)) == "Span(start=3, end=8)"
    assert repr(Suggestion("Biden")) == "Suggestion(replacement='Biden', safety='unsafe', span=None)"
    assert repr(Sentence(Span(0, 4), 1)) == "Sentence(span=Span(start=0, end=4), block=1)"


def test_equality_is_by_value_and_by_class() -> None:
    assert Span(1, 2) == Span(1, 2) and Span(1, 2) != Span(1, 3)
    assert Span(1, 2) != (1, 2)  # not a tuple
    assert Block("body", Span(0, 5), 0) == Block("body", Span(0, 5), 0)
    a = Finding("N101", "name.x", "name", "warning", "m", Span(0, 1))
    b = Finding("N101", "name.x", "name", "warning", "m", Span(0, 1))
    assert a == b and a.suggestions == [] and a.suggestions is not b.suggestions  # fresh lists, as default_factory
    b.confidence = 0.5
    assert a != b


def test_frozen_records_hash_and_mutable_ones_do_not() -> None:
    assert len({Span(1, 2), Span(1, 2), Span(2, 3)}) == 2
    assert hash(Related(Span(0, 1), "here")) == hash(Related(Span(0, 1), "here"))
    with pytest.raises(TypeError):
        hash(Finding("N101", "name.x", "name", "warning", "m", Span(0, 1)))
    with pytest.raises(TypeError):
        hash(FileResult("a.txt"))


def test_spans_still_validate() -> None:
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Span(-1, 2)


def test_records_pickle() -> None:
    finding = Finding("N101", "name.x", "name", "warning", "m", Span(0, 1), [Suggestion("x", "safe")],
                      [Related(Span(2, 3), "there")], 0.7)
    assert pickle.loads(pickle.dumps(finding)) == finding
    config = Config(names=["Garry Kasparov"])
    copy = pickle.loads(pickle.dumps(config))
    assert copy == config and copy.names == ["Garry Kasparov"] and copy.exclude == []


def test_module_names_lists_source_modules(tmp_path) -> None:  # type: ignore[no-untyped-def]
    for name in ("b_rule.py", "a_rule.py", "__init__.py", "notes.txt", "not-a-module.py"):
        (tmp_path / name).write_text("", encoding="utf-8")
    (tmp_path / "__pycache__").mkdir()
    assert module_names([str(tmp_path), str(tmp_path / "missing")]) == ["a_rule", "b_rule"]

"""Readability figures: computed offline, stored per article and per paragraph in the JSON report."""

from __future__ import annotations

import json
import socket

import pytest

from lint_news.cli import main
from lint_news.text.readability import figures, syllables, textstat_figures

TEXT = ("Talks in the capital\n\nA report from the news desk.\n\n"
        "The minister said the talks would resume on Monday. Officials declined to comment.\n\n"
        "The opposition criticised the government's extraordinary administrative complexity.\n")


def test_syllables() -> None:
    assert [syllables(w) for w in ("the", "talks", "minister", "resume", "walked", "administrative")] == [1, 1, 3, 2, 1, 5]


def test_figures_follow_the_flesch_formulas() -> None:
    f = figures(3, 1, 3)
    assert f["words_per_sentence"] == 3.0
    assert f["flesch_reading_ease"] == round(206.835 - 1.015 * 3 - 84.6 * 1, 1)


def test_report_carries_article_and_paragraph_figures(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    main(["check", "--format", "json", "--select", "L101,L102", str(path)])
    entry = json.loads(capsys.readouterr().out)["files"][0]
    figs = entry["readability"]
    assert figs["sentences"] == 3 and figs["words"] == 21
    assert [p["sentences"] for p in figs["paragraphs"]] == [2, 1]
    assert figs["paragraphs"][1]["flesch_reading_ease"] < figs["paragraphs"][0]["flesch_reading_ease"]


@pytest.fixture()
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access during a lint run")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


def test_readability_rules_never_touch_the_network(no_network: None, tmp_path, capsys) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    main(["check", "--format", "json", "--select", "L,B,V,T", str(path)])
    assert json.loads(capsys.readouterr().out)["files"][0]["readability"]["words"] == 21


def test_textstat_figures_stay_offline(no_network: None) -> None:
    f = textstat_figures("The minister said the talks would resume on Monday. Officials declined to comment.")
    assert 40 < f["flesch_reading_ease"] < 100

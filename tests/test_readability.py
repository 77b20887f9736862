"""Readability figures: computed offline, stored per article and per paragraph in the JSON report."""

from __future__ import annotations

import json
import re
import socket
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from lint_news.cli import main
from lint_news.document import Article
from lint_news.formats.plaintext import load
from lint_news.text.clauses import prose_sentences
from lint_news.text.readability import _VOWEL_BYTES, figures, readability, syllable_total, syllables, textstat_figures

TEXT = ("Talks in the capital\n\nA report from the news desk.\n\n"
        "The minister said the talks would resume on Monday. Officials declined to comment.\n\n"
        "The opposition criticised the government's extraordinary administrative complexity.\n")


def test_syllables() -> None:
    assert [syllables(w) for w in ("the", "talks", "minister", "resume", "walked", "administrative")] == [1, 1, 3, 2, 1, 5]


def test_figures_follow_the_flesch_formulas() -> None:
    f = figures(3, 1, 3)
    assert f["words_per_sentence"] == 3.0
    assert f["flesch_reading_ease"] == round(206.835 - 1.015 * 3 - 84.6 * 1, 1)


def test_report_carries_article_and_paragraph_figures(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
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


def test_readability_rules_never_touch_the_network(no_network: None, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(TEXT, encoding="utf-8")
    main(["check", "--format", "json", "--select", "L,B,V,T", str(path)])
    assert json.loads(capsys.readouterr().out)["files"][0]["readability"]["words"] == 21


def test_textstat_figures_stay_offline(no_network: None) -> None:
    f = textstat_figures("The minister said the talks would resume on Monday. Officials declined to comment.")
    assert 40 < f["flesch_reading_ease"] < 100


# syllable_total's endings as two regexes, one pass each: what the one-pass _FINAL_E must count
_SILENT = re.compile(r"e\b(?<=[b-df-hj-km-np-tv-xz]e)|ed\b(?<=[b-ce-hj-np-sv-xz]ed)")
_SHORT_E = re.compile(r"e\b(?:(?<=(?<!\w)[b-df-hj-np-tv-xz]e)|(?<=(?<!\w)[b-df-hj-np-tv-xz][b-df-hj-np-tv-xz]e))")


def syllables_by_the_reference(text: str) -> int:
    low = text.lower()
    marks = low.encode("latin-1", "replace").translate(_VOWEL_BYTES)
    groups = marks.count(b"xv") + (marks[:1] == b"v")
    return groups - len(_SILENT.findall(low)) + len(_SHORT_E.findall(low))


_WORDS = ["the", "he", "le", "ble", "table", "made", "walked", "wanted", "agreed", "bled", "shed", "eye", "ÉTÉ", "Σε",
          "İde", "ed", "e", "3e", "_be", "be_", "a", "y", "ye", "lye", "x-ray", "’twe"]


@given(st.lists(st.sampled_from(_WORDS) | st.text(alphabet="aeybdlhtkz_é1 .,'’\n", max_size=6), max_size=20),
       st.sampled_from(["", " ", "-", "'", "e"]))
def test_syllable_total_matches_the_two_regexes(words: list[str], sep: str) -> None:
    text = sep.join(words)
    assert syllable_total(text) == syllables_by_the_reference(text)


def figures_by_the_reference(article: Article) -> dict[str, Any]:
    """_compute as it was: sentences grouped by block in a dict."""
    prose = prose_sentences(article)
    by_block: dict[int, list[Any]] = {}
    for ps in prose:
        by_block.setdefault(ps.sentence.block, []).append(ps)
    paragraphs = []
    total = words = 0
    for block_index, sentences in by_block.items():
        n = sum(len(ps.words) for ps in sentences)
        syl = max(n, syllables_by_the_reference(article.text[sentences[0].sentence.span.start : sentences[-1].sentence.span.end]))
        total += syl
        words += n
        paragraphs.append({"block": block_index, **figures(n, len(sentences), syl)})
    summary: dict[str, Any] = figures(words, len(prose), total)
    summary["longest_sentence"] = max((len(ps.words) for ps in prose), default=0)
    summary["paragraphs"] = paragraphs
    return summary


@given(st.lists(st.lists(st.sampled_from(["The talks", "ended.", "Officials", "said", "“We", "agreed.”", "A Title Case Line",
                                          "Mr. Smith", "walked", "out!", "why?", "\n", "it’s"]), max_size=15),
                min_size=1, max_size=5))
def test_readability_matches_the_grouping_by_block(paragraphs: list[list[str]]) -> None:
    article = load("t.txt", "Headline\n\n" + "\n\n".join(" ".join(p) for p in paragraphs))[0]
    assert readability(article) == figures_by_the_reference(article)
    assert all((ps.start, ps.end) == (ps.sentence.span.start, ps.sentence.span.end) for ps in prose_sentences(article))

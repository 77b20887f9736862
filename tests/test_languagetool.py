"""G101 against a LanguageTool server: the stub speaks the documented /v2/check JSON over real HTTP."""

from __future__ import annotations

import os
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from languagetool_stub import matches_for, serve
from lint_news.api import check_text
from lint_news.backends import _WARNED
from lint_news.backends.languagetool import check_remote, check_url, parse_response
from lint_news.engine import Engine, FileResult, Options

HEADLINE = "Ministers meet in the capital"


@pytest.fixture()
def server() -> Iterator[str]:
    with serve() as url:
        yield url


def _lint(url: str, text: str, select: list[str]) -> FileResult:
    engine = Engine(Options(select=select, context_options={"languagetool": url}))
    return check_text(text, "a.txt", engine=engine)[0]


def test_check_url_accepts_bare_and_full_urls() -> None:
    assert check_url("http://h:8081") == "http://h:8081/v2/check"
    assert check_url("http://h:8081/v2/") == "http://h:8081/v2/check"
    assert check_url("http://h/v2/check") == "http://h/v2/check"


def test_parse_response_reads_the_documented_shape() -> None:
    [m] = parse_response({"matches": matches_for("He will explain the allies that.")})
    assert (m.offset, m.length, m.category, m.rule_id, m.replacements) == (
        8, 23, "grammar", "EXPLAIN_TO", ["explain to the allies that"])


def test_matches_become_findings_at_article_offsets(server: str) -> None:
    text = f"{HEADLINE}\n\nA note.\n\nThe minister wants to explain the allies that the plan is sound. Talks resume.\n"
    result = _lint(server, text, ["G101"])
    assert result.article is not None
    found = [(f.category, result.article.slice(f.span), f.suggestions[0].replacement) for f in result.findings]
    assert found == [("grammar", "explain the allies that", "explain to the allies that")]  # "Talks" (a capital) dropped
    start, _ = result.article.positions(result.findings[0].span)
    assert (start.line, start.column) == (5, text.splitlines()[4].index("explain") + 1)


def test_spelling_matches_take_the_spelling_category(server: str) -> None:
    result = _lint(server, f"{HEADLINE}\n\nA note.\n\nThe embassy received teh letter on Monday.\n", ["G101"])
    assert [(f.category, f.suggestions[0].replacement) for f in result.findings] == [("spelling", "the")]


def test_matches_overlapping_our_own_rules_are_dropped(server: str) -> None:
    text = f"{HEADLINE}\n\nA note.\n\nShares got teh support as the inventory market rallied.\n"
    assert len(check_remote(server, text)) == 1
    result = _lint(server, text, ["G101", "T101"])
    assert sorted(f.rule for f in result.findings) == ["G101", "T101"]
    text = f"{HEADLINE}\n\nA note.\n\nThe ministers was sure the inventory market got teh support.\n"
    result = _lint(server, text.replace("ministers was", "ministers were"), ["G101", "T101"])
    assert sorted(f.rule for f in result.findings) == ["G101", "T101"]


def test_unreachable_server_warns_once_and_runs_the_rest(capsys: pytest.CaptureFixture[str]) -> None:
    _WARNED.discard("languagetool")
    url = "http://127.0.0.1:9"  # the discard port: nothing listens
    text = f"{HEADLINE}\n\nA note.\n\nShares fell as the inventory market slid.\n"
    for _ in range(2):
        result = _lint(url, text, ["G101", "T101"])
        assert [f.rule for f in result.findings] == ["T101"]
        assert not result.errors
    assert capsys.readouterr().err.count("rule G101 skipped") == 1


def _live_url() -> str | None:
    url = os.environ.get("LANGUAGETOOL_LIVE_URL")
    if not url:
        return None
    try:
        urllib.request.urlopen(url.rstrip("/") + "/v2/languages", timeout=3).close()
    except OSError:
        return None
    return url


@pytest.mark.skipif(_live_url() is None, reason="no LanguageTool server reachable (set LANGUAGETOOL_LIVE_URL)")
def test_live_server_finds_an_agreement_error() -> None:
    url = _live_url()
    assert url is not None
    result = _lint(url, f"{HEADLINE}\n\nA note.\n\nThe ministers was in the capital on Monday.\n", ["G101"])
    assert any(f.category == "grammar" for f in result.findings)


def test_without_a_server_nothing_is_downloaded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    import socket

    from lint_news.backends import languagetool

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("network access")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.delenv("LANGUAGETOOL_URL", raising=False)
    monkeypatch.setenv("LTP_PATH", str(tmp_path))  # no LanguageTool installed here
    monkeypatch.setattr(languagetool, "_LOCAL", None)
    _WARNED.discard("languagetool")
    result = check_text(f"{HEADLINE}\n\nA note.\n\nThe ministers was in the capital.\n", "a.txt", select=["G101"])[0]
    assert result.findings == [] and not result.errors
    assert "never downloads" in capsys.readouterr().err

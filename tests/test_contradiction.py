"""The contradiction family (C1xx) as a whole: its contract, its silence on good copy, its speed."""

from __future__ import annotations

import json

from lint_news.api import check_text
from lint_news.cli import main
from lint_news.findings import Finding
from lint_news.registry import default_registry

GARBLED = """Leaders agree to talk

US President Joe Biden spoke with Russian President Vladimir Putin in a telephone call on Tuesday.
Biden offered to meet Putin in a third country later in the year.

Putin last met with a US president in 2015. Vienna hosted the Trump-Putin talks.

Officials in Moscow said Thursday's call had been requested by Washington.

Commentators said the proposal to meet in Russia would be a win for the Kremlin.
"""

CLEAN = """---
title: Ministers agree to resume trade talks
date: 2023-03-09
---
Trade ministers agreed on Wednesday, March 8, 2023, to resume talks that stalled last year.

German Chancellor Olaf Scholz and French President Emmanuel Macron welcomed the move in a joint
statement. Former Chancellor Angela Merkel, who led the first round in 2019, said on Tuesday that
the deal was within reach. In 2016, Prime Minister Shinzo Abe hosted a similar summit in Tokyo.

The agreement covers 1,200 companies, including 300 carmakers and 150 chemical groups. Of the 27
member states, 25 backed the plan and two abstained. The parliament approved it by 401 votes to
133 in the 705-seat chamber.

The negotiators met in a video call on Monday. A second call on Wednesday settled the last points,
and Friday's call will set a timetable. The ministers offered to meet in a third country; Berlin
instead invited them to meet in Germany, and no US president has attended such talks since 2009.

The Senate rejected the first draft in May. The House of Representatives later rejected the bill
as well. Peers rejected a separate motion, and MPs also rejected the motion a week later.

The new 300-metre bridge, about 984 feet long, opens on Friday, March 10. Its chief engineer,
Maria Costa, 47, was born in 1975. Her brother, Paulo Costa, 52, built the 12-metre (39-foot) pier.

Storms killed 14 people, including four children and nine adults. The regional council rejected the
funding plan in January; the council later approved the plan after cuts. In 2015, President Barack
Obama visited the region, and Chancellor Olaf Scholz, who was finance minister in 2019, praised it.
Ministers will hold a meeting on Monday to prepare Thursday's meeting of leaders. Highs between 30C
and 35C (86F and 95F) are expected; the tallest guard stands 6 feet 10 inches (2.08 m).
"""


def _contradictions(text: str, name: str = "a.txt") -> list[Finding]:
    result = check_text(text, name, select=["C"])[0]
    assert not result.errors, result.errors
    return result.findings


def test_every_rule_is_a_contradiction_rule_without_fixes() -> None:
    codes = [r for r in default_registry() if r.info.code.startswith("C1")]
    assert len(codes) >= 9
    for rule in codes:
        assert rule.info.category == "contradiction"
        assert not rule.info.fixable


def test_garbled_article_points_at_both_claims() -> None:
    findings = _contradictions(GARBLED)
    result = check_text(GARBLED, "a.txt", select=["C"])[0]
    assert result.article is not None
    quoted = {f.rule: result.article.slice(f.span) for f in findings}
    assert quoted.get("C102") == "meet in Russia"
    assert quoted.get("C103") == "in 2015"
    assert quoted.get("C108") == "Thursday's call"
    for f in findings:
        assert f.related, f
        assert not f.suggestions
        assert result.article.slice(f.related[0].span)
    c103 = next(f for f in findings if f.rule == "C103")
    assert result.article.slice(c103.related[0].span) == "Trump-Putin talks"
    assert "Donald Trump" in c103.message and "2015" in c103.message


def test_clean_article_stays_quiet() -> None:
    assert _contradictions(CLEAN, "a.md") == []


def test_json_report_carries_related(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "a.txt"
    path.write_text(GARBLED, encoding="utf-8")
    main(["check", "--format", "json", "--select", "C", str(path)])
    report = json.loads(capsys.readouterr().out)
    findings = report["files"][0]["findings"]
    assert findings and all(f["category"] == "contradiction" and f["related"] for f in findings)
    assert all(r["start"]["offset"] < r["end"]["offset"] for f in findings for r in f["related"])

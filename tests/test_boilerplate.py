"""Boilerplate family: a scraped article end to end, and the block data-rule machinery (gate, scope, requires)."""

from __future__ import annotations

import pytest

from lint_news.api import check_text
from lint_news.datarules import DataRule
from lint_news.registry import default_registry

SCRAPED = """Harbour strike ends after two weeks

Dock workers accept a pay rise of four percent over two years

Business News

Dock workers returned to work on Monday after the union accepted a pay offer from the port authority.

See also: Ferry fares rise again for the third time this year

The authority said ships would be cleared within a week. Photo: Example Press Agency

From the archive (May 2019): Council rejects plan for a second bridge

Share this story with friends

Source link Harbour strike ends after two weeks

The post Harbour strike ends after two weeks appeared first on Example Daily.

Leave a Reply

Your email address will not be published. Required fields are marked *

More like this

Council approves budget for new tram line to the airport

Council approves budget for new tram line...
"""

EXPECTED_CHROME = [
    "Business News",
    "See also: Ferry fares rise again for the third time this year",
    "Photo: Example Press Agency",
    "From the archive (May 2019): Council rejects plan for a second bridge",
    "Share this story with friends",
    "Source link Harbour strike ends after two weeks",
    "The post Harbour strike ends after two weeks appeared first on Example Daily.",
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
]

CLEAN = """Harbour strike ends after two weeks

Dock workers accept a pay rise of four percent over two years

Dock workers returned to work on Monday after the union accepted a pay offer from the port authority.

“We have won what we came for,” the union's leader said. “Now the ships can move again.”

The authority said ships would be cleared within a week, and that the share price of the port operator rose.

Read more about the settlement in the authority's statement, which was published on its website.
"""


def _flagged(text: str, select: list[str]) -> dict[str, list[str]]:
    (result,) = check_text(text, "article.txt", select=select)
    assert result.article is not None
    out: dict[str, list[str]] = {}
    for f in result.findings:
        out.setdefault(result.article.slice(f.span), []).append(f.rule)
    return out


def test_scraped_article_chrome_is_flagged_block_by_block() -> None:
    found = _flagged(SCRAPED, ["W"])
    for line in EXPECTED_CHROME:
        assert line in found, f"not flagged: {line!r}; flagged {sorted(found)}"
    widget = [span for span, rules in found.items() if "W110" in rules]
    assert widget and widget[0].startswith("More like this") and widget[0].endswith("new tram line...")


def test_duplicates_in_the_scraped_article() -> None:
    found = _flagged(SCRAPED, ["D"])
    assert found.get("Council approves budget for new tram line...") == ["D103"]


def test_clean_article_draws_nothing() -> None:
    assert _flagged(CLEAN, ["D", "W", "P"]) == {}


def test_headline_aware_footer_needs_the_headline() -> None:
    other = SCRAPED.replace("Source link Harbour strike ends after two weeks", "Source link Ferries resume service")
    assert "Source link Ferries resume service" not in _flagged(other, ["W102"])


def test_scope_span_flags_only_the_credit() -> None:
    found = _flagged("Talks end\n\nThe minister backed the deal on Friday. (Image: Example TV)\n", ["W104"])
    assert list(found) == ["(Image: Example TV)"]


BLOCK_RULES = [r for r in default_registry() if isinstance(r, DataRule) and r.kind == "block"]


@pytest.mark.parametrize("rule", BLOCK_RULES, ids=lambda r: r.info.code)
def test_gate_and_required_words_never_hide_a_match(rule: DataRule, monkeypatch: pytest.MonkeyPatch) -> None:
    """The fast paths (whole-text gate, required words) find exactly what the plain per-block loop finds."""
    texts = [SCRAPED, CLEAN]
    for entry in rule.entries:
        for example in [*entry.flag, *entry.passes]:
            texts.append(example if isinstance(example, str) else f"{example.get('headline', 'A headline')}\n\n{example['text']}")
    fast = [_flagged(t, [rule.info.code]) for t in texts]
    monkeypatch.setattr(rule, "_gate", None)
    monkeypatch.setattr(rule, "requires", ())
    slow = [_flagged(t, [rule.info.code]) for t in texts]
    assert fast == slow

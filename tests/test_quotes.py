"""Quotation regions: curly and straight marks, several paragraphs, unbalanced marks."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from lint_news.facts.spans import find_all
from lint_news.findings import Span
from lint_news.text.quotes import _MARKS, quotation_spans


def quoted(text: str) -> list[str]:
    blocks, start = [], 0
    for part in text.split("\n\n"):
        blocks.append(Span(start, start + len(part)))
        start += len(part) + 2
    return [text[s.start : s.end] for s in quotation_spans(text, blocks)]


def test_curly_and_straight() -> None:
    assert quoted("He said “we will win” and left. She said \"no\" too.") == ["“we will win”", '"no"']


def test_quote_over_sentences() -> None:
    assert quoted("“We won. We are happy.” she said.") == ["“We won. We are happy.”"]


def test_apostrophes_are_not_quotes() -> None:
    assert quoted("The party’s leader didn’t say; the ’90s were over.") == []


def test_contraction_tail_does_not_open_a_quote() -> None:
    assert quoted("'ll think about it, the candidate said.") == []


def test_single_quotes() -> None:
    assert quoted("The ‘red line’ was crossed.") == ["‘red line’"]


def test_unclosed_quote_ends_with_its_paragraph() -> None:
    text = "“We will fight on, he said.\n\nThe court adjourned."
    assert quoted(text) == ["“We will fight on, he said."]


def test_quote_continued_over_paragraphs() -> None:
    text = "“We will fight on.\n\n“We will never give up,” she said."
    assert quoted(text) == ["“We will fight on.", "“We will never give up,”"]


def test_straight_quote_continued_in_paragraphs_run_together() -> None:
    # a feed that joined the paragraphs of a long quotation: the second mark opens, it does not close
    text = 'He said: "We lost the first set. "We will win the next one. I am sure," he added. Then "Go," he said.'
    assert quoted(text) == ['"We lost the first set. "We will win the next one. I am sure,"', '"Go,"']


def test_straight_closing_mark_after_a_word_still_closes() -> None:
    assert quoted('She called it "a fine result" and said "thanks" twice.') == ['"a fine result"', '"thanks"']


def test_continued_paragraph_that_lost_its_opening_mark() -> None:
    text = "“We will fight on.\n\nWe will never give up,” she said."
    assert quoted(text) == ["“We will fight on.", "We will never give up,”"]


def test_stray_closing_mark_closes_from_paragraph_start() -> None:
    text = "We have a plan for the match,” the coach said. Then he left."
    assert quoted(text) == ["We have a plan for the match,”"]


def test_german_quotes() -> None:
    assert quoted("Sie sagte „wir schaffen das“ und ging.") == ["„wir schaffen das“"]


@given(st.text(alphabet=st.sampled_from("“„«\"”»‘'’ a.\n") | st.characters(), max_size=60))
def test_mark_positions_match_the_regex(text: str) -> None:
    assert find_all(text, _MARKS) == [m.start() for m in re.finditer("[“„«\"”»‘'’]", text)]

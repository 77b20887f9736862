"""Helpers shared by the rule case runner and the data-rule example runner."""

from __future__ import annotations

from typing import Protocol

from lint_news.api import check_text
from lint_news.engine import FileResult

DEFAULT_HEADLINE = "Officials meet in the capital for talks on trade"


class Lint(Protocol):
    """The type of conftest's ``lint`` fixture: lint(text, filename='article.txt', select=None)."""

    def __call__(self, text: str, filename: str = "article.txt", select: list[str] | None = None) -> FileResult: ...


def as_article(example: object) -> tuple[str, str]:
    """(text, filename) for a case: a string is a body paragraph under a neutral headline."""
    if isinstance(example, str):
        return f"{DEFAULT_HEADLINE}\n\n{example}\n", "article.txt"
    assert isinstance(example, dict), example
    filename = example.get("filename", "article.txt")
    if "headline" in example:
        return f"{example['headline']}\n\n{example['text']}\n", filename
    return example["text"], filename


def run_rule(code: str, example: object) -> FileResult:
    """Lint the case with rule ``code`` alone, and the rules the case lists under ``with`` (a rule
    that leaves some damage to another rule reports it itself when that rule does not run)."""
    text, filename = as_article(example)
    also = example.get("with", []) if isinstance(example, dict) else []
    return check_text(text, filename, select=[code, *also])[0]


def flagged_texts(result: FileResult, code: str) -> list[str]:
    assert result.article is not None, result.errors
    return [result.article.slice(f.span) for f in result.findings if f.rule == code]

"""Findings, suggestions and related evidence, in plain-text coordinates of one article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from .document import Article

Severity = Literal["error", "warning", "info"]
Safety = Literal["safe", "unsafe", "display"]

CATEGORIES: tuple[str, ...] = (
    "name",
    "untranslated",
    "spelling",
    "broken-sentence",
    "grammar",
    "pronoun-drift",
    "tortured-phrase",
    "duplicate",
    "boilerplate",
    "punctuation",
    "contradiction",
    "readability",
)
SEVERITIES: tuple[Severity, ...] = ("info", "warning", "error")
SEVERITY_RANK = {name: rank for rank, name in enumerate(SEVERITIES)}
SAFETIES: tuple[Safety, ...] = ("display", "unsafe", "safe")


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open range [start, end) of an article's plain text."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if self.start < 0 or self.end < self.start:
            raise ValueError(f"bad span {self.start}..{self.end}")

    def overlaps(self, other: Span) -> bool:
        return self.start < max(other.end, other.start + 1) and other.start < max(self.end, self.start + 1)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Replace ``span`` (the finding's span when None) with ``replacement``."""

    replacement: str
    safety: Safety = "unsafe"
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Related:
    """Evidence elsewhere: in the same article, or in ``other`` (another article of the run)."""

    span: Span
    message: str
    other: Article | None = None


@dataclass(slots=True)
class Finding:
    rule: str
    name: str
    category: str
    severity: Severity
    message: str
    span: Span
    suggestions: list[Suggestion] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    confidence: float = 0.8

    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.start, self.span.end, self.rule)

"""Findings, suggestions and related evidence, in plain-text coordinates of one article."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

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

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        # pickled as a call (check --jobs sends many): a slots dataclass's own setstate is several times slower
        return Span, (self.start, self.end)


@dataclass(frozen=True, slots=True)
class Suggestion:
    """Replace ``span`` (the finding's span when None) with ``replacement``."""

    replacement: str
    safety: Safety = "unsafe"
    span: Span | None = None

    def __reduce__(self) -> tuple[type[Suggestion], tuple[Any, ...]]:
        return Suggestion, (self.replacement, self.safety, self.span)


@dataclass(frozen=True, slots=True)
class Related:
    """Evidence elsewhere: in the same article, or in ``other`` (another article of the run)."""

    span: Span
    message: str
    other: Article | None = None

    def __reduce__(self) -> tuple[type[Related], tuple[Any, ...]]:
        return Related, (self.span, self.message, self.other)


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

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        return Finding, (self.rule, self.name, self.category, self.severity, self.message, self.span,
                         self.suggestions, self.related, self.confidence)

"""Findings, suggestions and related evidence, in plain-text coordinates of one article."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from .records import FrozenRecord, Record

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


class Span(FrozenRecord):
    """A half-open range [start, end) of an article's plain text."""

    __slots__ = _fields = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        if start < 0 or end < start:
            raise ValueError(f"bad span {start}..{end}")
        self.start = start
        self.end = end

    def overlaps(self, other: Span) -> bool:
        return self.start < max(other.end, other.start + 1) and other.start < max(self.end, self.start + 1)

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        # pickled as a call (check --jobs sends many): a slots dataclass's own setstate is several times slower
        return Span, (self.start, self.end)


class Suggestion(FrozenRecord):
    """Replace ``span`` (the finding's span when None) with ``replacement``."""

    __slots__ = _fields = ("replacement", "safety", "span")

    def __init__(self, replacement: str, safety: Safety = "unsafe", span: Span | None = None) -> None:
        self.replacement = replacement
        self.safety = safety
        self.span = span

    def __reduce__(self) -> tuple[type[Suggestion], tuple[Any, ...]]:
        return Suggestion, (self.replacement, self.safety, self.span)


class Related(FrozenRecord):
    """Evidence elsewhere: in the same article, or in ``other`` (another article of the run)."""

    __slots__ = _fields = ("span", "message", "other")

    def __init__(self, span: Span, message: str, other: Article | None = None) -> None:
        self.span = span
        self.message = message
        self.other = other

    def __reduce__(self) -> tuple[type[Related], tuple[Any, ...]]:
        return Related, (self.span, self.message, self.other)


class Finding(Record):
    __slots__ = _fields = ("rule", "name", "category", "severity", "message", "span", "suggestions", "related",
                           "confidence")

    def __init__(self, rule: str, name: str, category: str, severity: Severity, message: str, span: Span,
                 suggestions: list[Suggestion] | None = None, related: list[Related] | None = None,
                 confidence: float = 0.8) -> None:
        self.rule = rule
        self.name = name
        self.category = category
        self.severity = severity
        self.message = message
        self.span = span
        self.suggestions = [] if suggestions is None else suggestions
        self.related = [] if related is None else related
        self.confidence = confidence

    def sort_key(self) -> tuple[int, int, str]:
        return (self.span.start, self.span.end, self.rule)

    def __reduce__(self) -> tuple[type[Finding], tuple[Any, ...]]:
        return Finding, (self.rule, self.name, self.category, self.severity, self.message, self.span,
                         self.suggestions, self.related, self.confidence)

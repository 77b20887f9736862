"""An article as a worker of ``check --jobs N`` sends it back: what the reports read, resolved.

The main process of a pooled run only reports. Sending each article back whole (its source, its
plain text, its source map and blocks) cost the workers more pickling, and the main process more
unpickling and fresh memory, than anything else it did while both cores were busy. A summary keeps,
for each span a report can ask about (each finding's, its suggestions' and its evidence's in the
same article, and the headline's), the span's start and end positions in the file and its text;
and the article's path, format and word count, and its meta when the report reads it (JSON). Its
``text`` and ``source`` are empty.

The reports that read nothing else (``text``, ``json``, ``github``, ``sarif``:
report.SUMMARY_READERS), the baseline and the cross-file rules (D105 reads the headline) take a
summary where they took an article, through ``Article.positions``, ``start_position``, ``slice``,
``block_text``, ``fix_edit`` (SARIF's fixes, made here when asked) and ``headline``. Anything else
an article has is absent from a summary, and says so when asked (``smap``): a report that needs
the source (the HTML report) gets whole articles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .document import Article, Block
from .findings import Finding, Span
from .sourcemap import Position, SourceMap

if TYPE_CHECKING:
    from .engine import FileResult
    from .findings import Suggestion
    from .fixes import Edit

# (start offset, line, column, end offset, line, column, the span's text)
Resolved = tuple[int, int, int, int, int, int, str]


class _NoSourceMap(SourceMap):
    """A summary's source map: there is none, and asking for a position says so."""

    def start(self, offset: int) -> int:
        raise LookupError("an article summary has no source map: resolve positions before summarising")

    end = start

    def span(self, start: int, end: int) -> tuple[int, int]:
        raise LookupError("an article summary has no source map: resolve positions before summarising")


_NO_SOURCE_MAP = _NoSourceMap()  # (it holds nothing: one serves every summary)


class ArticleSummary(Article):
    """An article without its texts: positions and text of the spans resolved by ``summarize``."""

    def __init__(self, path: str, format: str, meta: dict[str, Any], source_offset: int, word_count: int,
                 headline: Block | None, resolved: dict[tuple[int, int], Resolved],
                 fixes: dict[tuple[str, int, int], tuple[int, int, str, str] | None] | None = None) -> None:
        super().__init__(path, "", "", _NO_SOURCE_MAP, [headline] if headline is not None else [], format, meta,
                         source_offset)
        self.__dict__["word_count"] = word_count
        self.resolved = resolved
        # (rule, span start, end) -> the source edit of the finding's fix suggestion, or None
        self.fixes = fixes

    def _entry(self, span: Span) -> Resolved:
        entry = self.resolved.get((span.start, span.end))
        if entry is None:
            raise LookupError(f"span {span.start}..{span.end} of {self.path} was not resolved before summarising")
        return entry

    def positions(self, span: Span) -> tuple[Position, Position]:
        o, line, column, end, end_line, end_column, _ = self._entry(span)
        return Position(o, line, column), Position(end, end_line, end_column)

    def start_position(self, span: Span) -> Position:
        o, line, column = self._entry(span)[:3]
        return Position(o, line, column)

    def slice(self, span: Span) -> str:
        """The text of a resolved span, or of a part of one (the JSON report quotes a long span's start)."""
        entry = self.resolved.get((span.start, span.end))
        if entry is not None:
            return entry[6]
        for (start, end), (*_, text) in self.resolved.items():
            if start <= span.start and span.end <= end:
                return text[span.start - start : span.end - start]
        raise LookupError(f"span {span.start}..{span.end} of {self.path} was not resolved before summarising")

    def block_text(self, block: Block) -> str:
        return self.slice(block.span)

    def fix_edit(self, finding: Finding, suggestion: Suggestion) -> Edit | None:
        """The edit ``summarize`` made for ``finding``'s fix suggestion (``fixes.fix_suggestion``)."""
        from .fixes import Edit

        if self.fixes is None or (key := (finding.rule, finding.span.start, finding.span.end)) not in self.fixes:
            raise LookupError(f"no fix edit of {finding.rule} at {finding.span.start}..{finding.span.end} of {self.path} "
                              "was made before summarising")
        edit = self.fixes[key]
        return None if edit is None else Edit(*edit)

    def __getstate__(self) -> dict[str, Any]:
        state = super().__getstate__()
        for name in ("source", "text", "smap", "_cache"):  # nothing in them: rebuilt on arrival
            del state[name]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        state.update(source="", text="", smap=_NO_SOURCE_MAP, _cache={})
        super().__setstate__(state)


def report_spans(article: Article, findings: list[Finding]) -> set[tuple[int, int]]:
    """Every span of ``article`` a report may resolve: the findings', their suggestions' and their
    evidence's in this article, and the headline's (a cross-file rule points there)."""
    spans = {(f.span.start, f.span.end) for f in findings}
    for f in findings:
        spans.update((s.span.start, s.span.end) for s in f.suggestions if s.span is not None)
        spans.update((r.span.start, r.span.end) for r in f.related if r.other is None or r.other is article)
    headline = article.headline
    if headline is not None:
        spans.add((headline.span.start, headline.span.end))
    return spans


def summarize(article: Article, findings: list[Finding], meta: bool = True, fixes: bool = False) -> ArticleSummary:
    """``article`` with the spans of ``findings`` (and its headline) resolved, its texts left out, and
    its meta too unless ``meta`` (the text and GitHub reports do not read it); with ``fixes``, the
    source edit of each finding's fix suggestion made (SARIF reports it)."""
    lines, smap, text = article.lines, article.smap, article.text
    resolved: dict[tuple[int, int], Resolved] = {}
    for start, end in report_spans(article, findings):
        (o, line, column), (o_end, end_line, end_column) = lines.positions(*smap.span(start, end))
        resolved[(start, end)] = (o, line, column, o_end, end_line, end_column, text[start:end])
    edits: dict[tuple[str, int, int], tuple[int, int, str, str] | None] | None = None
    if fixes:
        from .fixes import edit_for, fix_suggestion

        edits = {}
        for f in findings:
            if (suggestion := fix_suggestion(f)) is not None:
                edit = edit_for(article, f, suggestion)
                edits[(f.rule, f.span.start, f.span.end)] = (None if edit is None else
                                                             (edit.start, edit.end, edit.replacement, edit.rule))
    return ArticleSummary(article.path, article.format, article.meta if meta else {}, article.source_offset,
                          article.word_count, article.headline, resolved, edits)


def summarise_results(results: list[FileResult], meta: bool, fixes: bool = False) -> list[FileResult]:
    """``results`` with each article replaced by its summary (and the decoded file dropped), but for
    articles with suppression comments: a cross-file finding on one is checked against them after
    every file is linted, which needs the source."""
    for r in results:
        if r.article is not None and not r.article.meta.get("comments"):
            r.article, r.decoded = summarize(r.article, r.findings, meta, fixes), None
    return results

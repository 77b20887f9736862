"""Fixes: turn suggestions into source edits, apply them, and write files back atomically.

A suggestion becomes an :class:`Edit` of the original file only when its plain-text span was
copied verbatim from the source (the source map says so): an edit never touches markup, an entity
or a separator the loader made up. A suggestion that deletes a whole block removes the block's
lines (their markup with them) and one neighbouring blank line. Overlapping edits are left for the
next round; :func:`fix_text` re-lints and repeats until nothing is left to fix (bounded).
"""

from __future__ import annotations

import difflib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .document import Article
from .findings import Finding, Safety, Span, Suggestion
from .loading import DecodedText, encode

if TYPE_CHECKING:
    from .engine import Engine

MAX_ROUNDS = 10
# What may stand beside a block on its own source lines when the whole block is deleted.
_MD_PREFIX = re.compile(r"^[ \t]*(?:(?:#{1,6}|[-*+]|\d{1,9}[.)]|>)[ \t]*)*$")
_MD_SUFFIX = re.compile(r"^[ \t#]*$")
_SETEXT = re.compile(r"[ \t]{0,3}(?:=+|-+)[ \t]*(?:\r\n|\r|\n|$)")
_HTML_SIDE = re.compile(r"^(?:[ \t]*<[^<>]*>)*[ \t]*$")
_JSON_UNSAFE = re.compile(r'["\\\x00-\x1f]')
# Characters that could change the meaning of a front matter value (quotes, escapes, comments, keys).
_YAML_UNSAFE = re.compile(r"[\"'\\#:\x00-\x1f]")


@dataclass(frozen=True, slots=True)
class Edit:
    """Replace source[start:end] with ``replacement``."""

    start: int
    end: int
    replacement: str
    rule: str = ""

    def overlaps(self, other: Edit) -> bool:
        if self.start == self.end or other.start == other.end:  # an insertion touching a range conflicts
            return self.start <= other.end and other.start <= self.end
        return self.start < other.end and other.start < self.end


def allowed_safeties(unsafe: bool) -> tuple[Safety, ...]:
    return ("safe", "unsafe") if unsafe else ("safe",)


def fix_suggestion(finding: Finding, unsafe: bool = False) -> Suggestion | None:
    """The first suggestion of ``finding`` that may be applied automatically."""
    return next((s for s in finding.suggestions if s.safety in allowed_safeties(unsafe)), None)


def _newline(source: str) -> str:
    crlf = source.count("\r\n")
    return "\r\n" if crlf and crlf >= source.count("\n") - crlf else "\n"


def _line_bounds(source: str, start: int, end: int) -> tuple[int, int]:
    """The whole lines holding source[start:end]: (start of first line, start of the next line)."""
    a = max(source.rfind("\n", 0, start), source.rfind("\r", 0, start)) + 1
    m = re.compile(r"\r\n|\r|\n").search(source, end)
    return a, (m.end() if m else len(source))


def _blank_line_at(source: str, pos: int) -> int | None:
    """End of the blank line starting at ``pos`` (None when that line is not blank)."""
    m = re.compile(r"[ \t]*(?:\r\n|\r|\n)").match(source, pos)
    return m.end() if m else None


def _block_deletion(article: Article, span: Span) -> Edit | None:
    """A suggestion deleting a whole block: remove its lines and one blank line beside them."""
    block = article.block_at(span.start)
    if block is None or block.span != span or article.format not in ("txt", "md", "html"):
        return None
    source = article.source
    s, e = article.source_span(span)
    a, b = _line_bounds(source, s, e)
    before, after = source[a:s], source[e:b].rstrip("\r\n")
    side = _HTML_SIDE if article.format == "html" else None
    if side is not None:
        if not (side.match(before) and side.match(after)):
            return None
    elif not (_MD_PREFIX.match(before) and _MD_SUFFIX.match(after)):
        return None
    if article.format == "txt" and (before.strip() or after.strip()):
        return None
    if article.format == "md" and block.kind in ("heading", "headline") and (underline := _SETEXT.match(source, b)):
        b = underline.end()  # a setext heading's ===== or ----- line goes with it
    blank_end = _blank_line_at(source, b)
    if blank_end is not None:
        b = blank_end
    elif b == len(source) and a > 0:
        # the last block of the file: take the blank line before it instead
        prev_a, _ = _line_bounds(source, a - 1, a - 1)
        if _blank_line_at(source, prev_a) == a:
            a = prev_a
    return Edit(a, b, "")


def _in_front_matter(article: Article, offset: int) -> bool:
    from .formats.frontmatter import split_front_matter

    fm = split_front_matter(article.path, article.source)
    return fm is not None and offset < fm.body_start


def edit_for(article: Article, finding: Finding, suggestion: Suggestion) -> Edit | None:
    """The source edit for ``suggestion``, or None when it cannot be applied safely."""
    span = suggestion.span or finding.span
    if suggestion.replacement == "" and span.end > span.start:
        whole = _block_deletion(article, span)
        if whole is not None:
            return Edit(whole.start, whole.end, "", finding.rule)
    if not article.smap.is_verbatim(span.start, span.end):
        return None
    if span.end > span.start:
        s, e = article.source_span(span)
        if article.source[s:e] != article.slice(span):
            return None
    else:
        s = e = article.smap.start(span.start) if span.start < len(article.text) else article.smap.end(span.start)
    replacement = suggestion.replacement
    if article.format == "jsonl" and _JSON_UNSAFE.search(replacement):
        return None
    if article.format == "md" and _YAML_UNSAFE.search(replacement) and _in_front_matter(article, s):
        return None
    if "\n" in replacement:
        replacement = replacement.replace("\n", _newline(article.source))
    if replacement == article.source[s:e]:
        return None
    return Edit(s, e, replacement, finding.rule)


def plan(pairs: Iterable[tuple[Article, Finding]], unsafe: bool = False) -> list[Edit]:
    """Non-overlapping edits for the fixable findings, in source order (later overlaps wait)."""
    candidates: list[Edit] = []
    for article, finding in pairs:
        suggestion = fix_suggestion(finding, unsafe)
        if suggestion is None:
            continue
        edit = edit_for(article, finding, suggestion)
        if edit is not None:
            candidates.append(edit)
    candidates.sort(key=lambda e: (e.start, e.end))
    kept: list[Edit] = []
    for edit in candidates:
        if not any(edit.overlaps(k) for k in kept):
            kept.append(edit)
    return kept


def apply(source: str, edits: list[Edit]) -> str:
    """Apply non-overlapping edits (any order) to ``source``."""
    out = source
    for edit in sorted(edits, key=lambda e: (e.start, e.end), reverse=True):
        out = out[: edit.start] + edit.replacement + out[edit.end :]
    return out


@dataclass
class FixOutcome:
    path: str
    original: str
    fixed: str
    applied: int = 0
    rules: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return self.fixed != self.original

    def diff(self) -> str:
        lines = difflib.unified_diff(self.original.splitlines(keepends=True), self.fixed.splitlines(keepends=True),
                                     f"a/{self.path}", f"b/{self.path}")
        return "".join(line if line.endswith(("\n", "\r")) else line + "\n\\ No newline at end of file\n" for line in lines)


Linter = Callable[[str], list[tuple[Article, Finding]]]


def fix_text(path: str, text: str, lint: Linter, unsafe: bool = False, rounds: int = MAX_ROUNDS) -> FixOutcome:
    """Lint, apply edits, and repeat until a round has nothing to apply (at most ``rounds``)."""
    outcome = FixOutcome(path, text, text)
    for _ in range(rounds):
        edits = plan(lint(outcome.fixed), unsafe)
        if not edits:
            break
        outcome.fixed = apply(outcome.fixed, edits)
        outcome.applied += len(edits)
        outcome.rules.extend(e.rule for e in edits)
    return outcome


def write_atomic(path: str, text: str, decoded: DecodedText) -> None:
    """Replace ``path`` with ``text`` encoded as it was read, via a temporary file and a rename."""
    data = encode(text, decoded)
    target = os.path.realpath(path)
    folder = os.path.dirname(target) or "."
    mode = stat.S_IMODE(os.stat(target).st_mode)
    fd, tmp = tempfile.mkstemp(prefix=".lint-news-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def fix_file(engine: Engine, path: str, unsafe: bool = False) -> tuple[FixOutcome, DecodedText] | str:
    """Fix one file as ``engine`` would lint it; a one-line problem when it cannot be read."""
    from .errors import InputError, LintNewsError
    from .formats import format_of
    from .loading import decode

    display = engine.options.stdin_name if path == "-" else path
    fmt = engine.options.stdin_format if path == "-" else format_of(path)
    try:
        cfg = engine.finder.for_path(Path.cwd() / "_" if path == "-" else Path(path))
        decoded = decode(engine.read(path, cfg.max_file_size), display)
    except OSError as exc:
        return exc.strerror or str(exc)
    except InputError as exc:
        return exc.message
    except LintNewsError as exc:
        return str(exc)

    def lint(text: str) -> list[tuple[Article, Finding]]:
        copy = DecodedText(text, decoded.encoding, decoded.bom)
        return [(r.article, f) for r in engine.lint_text(display, copy, fmt, cfg) if r.article is not None
                for f in r.findings]

    return fix_text(display, decoded.text, lint, unsafe), decoded

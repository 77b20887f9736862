"""--format text: `path:line:col: CODE message [-> suggestion]`, grouped by file, coloured on a TTY."""

from __future__ import annotations

from typing import TextIO

from ..engine import FileResult

_COLOURS = {"error": "\033[31m", "warning": "\033[33m", "info": "\033[36m", "path": "\033[1m", "dim": "\033[2m"}
_RESET = "\033[0m"


def _clean(text: str) -> str:
    """One line, no control characters (an article cannot move the terminal's cursor)."""
    if text.isprintable():  # nearly always: one C call instead of one per character
        return text
    return "".join(ch if ch.isprintable() else " " for ch in text.replace("\n", " "))


def write(results: list[FileResult], out: TextIO, options: dict[str, object]) -> None:
    colour = bool(options.get("colour"))

    def c(kind: str, text: str) -> str:
        return f"{_COLOURS[kind]}{text}{_RESET}" if colour else text

    total = 0
    files_with = 0
    for result in results:
        for problem in result.errors:
            out.write(f"{c('path', _clean(result.path))}: {c('error', 'error')}: {_clean(problem)}\n")
        for note in result.warnings:
            out.write(f"{c('path', _clean(result.path))}: {c('warning', 'warning')}: {_clean(note)}\n")
        if result.article is None or not result.findings:
            continue
        files_with += 1
        start_position = result.article.start_position  # only the start is shown
        path = c("path", _clean(result.path))
        for f in result.findings:
            start = start_position(f.span)
            line = f"{path}:{start.line}:{start.column}: {c(f.severity, f.rule)} {_clean(f.message)}"
            if f.suggestions:
                s = f.suggestions[0]
                shown = _clean(s.replacement) if s.replacement else "(delete)"
                line += c("dim", f" -> {shown}")
            out.write(line + "\n")
            total += 1
        if result.score is not None:
            out.write(c("dim", f"  {_clean(result.path)}: garble score {result.score:g}") + "\n")
    articles = sum(1 for r in results if r.article is not None)
    errors = sum(len(r.errors) for r in results)
    summary = f"Found {total} problem{'s' if total != 1 else ''} in {files_with} of {articles} article{'s' if articles != 1 else ''}"
    if errors:
        summary += f"; {errors} file error{'s' if errors != 1 else ''}"
    out.write(summary + ".\n")

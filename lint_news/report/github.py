"""--format github: GitHub Actions workflow commands, shown as annotations on the changed files.

    ::warning file=a.md,line=3,col=21,endLine=3,endColumn=39,title=P101::message (suggestion: ...)

Escaping follows the runner's rules: in the message %, CR and LF are percent-encoded; in property
values also ':' and ','.
"""

from __future__ import annotations

from typing import TextIO

from ..engine import FileResult

LEVELS = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    # other control characters (a terminal escape in a file name) have no escape: replace them
    return "".join(ch if ch.isprintable() or ch == " " else "\ufffd" for ch in text)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: object) -> str:
    fields = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level} {fields}::{escape_data(message)}" if fields else f"::{level}::{escape_data(message)}"


def write(results: list[FileResult], out: TextIO, options: dict[str, object]) -> None:
    for r in results:
        for problem in r.errors:
            out.write(command("error", problem, file=r.path, title="lint-news") + "\n")
        if r.article is None:
            continue
        for f in r.findings:
            start, end = r.article.positions(f.span)
            message = f.message
            if f.suggestions:
                message += f" (suggestion: {f.suggestions[0].replacement or '(delete)'})"
            out.write(command(LEVELS[f.severity], message, file=r.path, line=start.line, col=start.column,
                              endLine=end.line, endColumn=end.column, title=f.rule) + "\n")

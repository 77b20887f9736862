"""markdown-it-py, set up for prose: imported only for Markdown that has markup (see markdown.plain_lines)."""

from __future__ import annotations

from .. import recache

with recache.serving():  # markdown-it compiles its patterns as it imports
    from markdown_it import MarkdownIt


class ProseParser(MarkdownIt):
    """markdown-it for prose: link targets are never read, so they are not normalised.

    Percent-encoding and punycoding every URL was about 30% of a link-heavy file's parse.
    ``validateLink`` now sees the raw target, and its test (a javascript:, vbscript:, file: or
    non-image data: scheme) reads only the scheme, which normalising leaves as it is. An autolink's
    text stays as written, which is what the aligner looks for in the source anyway.
    """

    def normalizeLink(self, url: str) -> str:
        return url

    def normalizeLinkText(self, link: str) -> str:
        return link


PARSER = ProseParser("commonmark").enable("table")

"""G101: LanguageTool's grammar, spelling and style matches (off by default)."""

from __future__ import annotations

import os
from collections.abc import Iterator

from ..context import Context
from ..document import Article
from ..findings import Finding, Span, Suggestion
from ..registry import Rule

# LanguageTool rules that our own rules already cover, or that are noise on news copy.
_SKIP_RULES = frozenset({"ENGLISH_WORD_REPEAT_RULE", "WHITESPACE_RULE", "EN_QUOTES", "DASH_RULE",
                         "COMMA_PARENTHESIS_WHITESPACE", "UPPERCASE_SENTENCE_START"})
_OWN_CATEGORIES = frozenset({"spelling", "punctuation", "grammar", "tortured-phrase", "broken-sentence", "name"})


def server_url(ctx: Context) -> str | None:
    """The LanguageTool server: --languagetool, then config ``languagetool``, then LANGUAGETOOL_URL."""
    url = ctx.options.get("languagetool") or ctx.config.languagetool or os.environ.get("LANGUAGETOOL_URL")
    return str(url) if url else None


def _own_spans(article: Article, ctx: Context) -> list[Span]:
    """Spans our other default rules flag in overlapping categories, to de-duplicate against."""
    from ..registry import default_registry

    spans: list[Span] = []
    for rule in default_registry():
        info = rule.info
        if info.code.startswith("G1") or not info.default_enabled or rule.corpus or info.category not in _OWN_CATEGORIES:
            continue
        try:
            spans.extend(f.span for f in rule.check(article, ctx))
        except Exception:  # another rule's failure is reported by the engine, not here
            continue
    return spans


class LanguageToolGrammar(Rule):
    """LanguageTool's matches as findings: grammar, spelling, punctuation, style.

    ## What it flags
    Whatever LanguageTool (https://languagetool.org) finds in the article's text: agreement and
    verb-pattern errors, confused words, typos, punctuation. Each match becomes a finding with
    LanguageTool's message and suggestions, in the category that matches LanguageTool's own
    (TYPOS -> spelling, PUNCTUATION -> punctuation, GRAMMAR and the rest -> grammar). Matches
    that overlap a finding of lint-news's own rules, repeated-word matches and typos in
    capitalised words (names) are dropped.

    Off by default. Switch it on with `--select G101` (or `select`/`extend-select` in the
    config) and give a server with `--languagetool URL`, the config key `languagetool`, or
    the environment variable LANGUAGETOOL_URL; without one a local LanguageTool is started
    through language_tool_python (Java 17+). When LanguageTool cannot be reached, lint-news says
    so once on stderr and runs the other rules.

    ## Why it matters
    A full grammar checker finds the agreement and construction errors that translation
    leaves ("He emphasised Putin that ..."), which word lists cannot.

    ## Example
        The minister want to emphasize the allies that the talks is important.

    ## Suggested fix
    LanguageTool's first replacement, when it offers one.

    ## Fix safety
    Unsafe: LanguageTool's replacements are suggestions for an editor to review.
    """

    code = "G101"
    name = "grammar.languagetool"
    category = "grammar"
    severity = "warning"
    summary = "LanguageTool grammar, spelling and style matches (needs a LanguageTool server)"
    fixable = True
    default_enabled = False

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        from ..backends import warn_once
        from ..backends.languagetool import LanguageToolUnavailable, check_local, check_remote

        url = server_url(ctx)
        try:
            matches = check_remote(url, article.text) if url else check_local(article.text)
        except LanguageToolUnavailable as exc:
            warn_once("languagetool", f"{exc}; rule G101 skipped")
            return
        own = _own_spans(article, ctx)
        size = len(article.text)
        for m in matches:
            if m.rule_id in _SKIP_RULES or m.length <= 0 or m.offset < 0 or m.offset + m.length > size:
                continue
            span = Span(m.offset, m.offset + m.length)
            found = article.slice(span)
            if m.category == "spelling" and found[:1].isupper():
                continue  # names: the N and S rules know them better
            if any(span.overlaps(o) for o in own):
                continue
            suggestions = [Suggestion(m.replacements[0], "unsafe")] if m.replacements else []
            yield Finding(self.info.code, self.info.name, m.category, self.info.severity,
                          f"{m.message} [LanguageTool {m.rule_id}]", span, suggestions, [], 0.6)

"""Rules written as data: YAML files in rules/ with a few kinds, each entry testing itself.

A file declares one rule (code, name, category, severity, summary, docs) and a list of entries.
Kinds:
- ``phrase``: entries match a phrase (word by word, case-insensitive unless ``case: exact``) or a
  ``regex``; each may carry a ``replacement`` (a suggestion) and its own ``message``.
- ``block``: entries are regexes matched at the start of a whole block (a line or paragraph);
  the block is flagged and the suggestion deletes it. ``{headline}`` in a pattern stands for the
  article's headline (escaped, with quotes and apostrophes matching either style).
Every entry has ``flag`` and ``pass`` examples; tests/test_datarules.py runs them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import yaml

from .errors import ConfigError
from .findings import CATEGORIES, SEVERITIES, Finding, Span, Suggestion
from .registry import DOC_HEADINGS, Rule, RuleInfo
from .resources import list_files

if TYPE_CHECKING:
    from .context import Context
    from .document import Article

KINDS = ("phrase", "block")
DOC_KEYS = {"what": "What it flags", "why": "Why it matters", "example": "Example", "fix": "Suggested fix", "safety": "Fix safety"}
_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
QUOTE_CLASS = "[\"'“”‘’«»„]"


@dataclass
class Entry:
    pattern: str
    regex: re.Pattern[str] | None
    words: tuple[str, ...]
    replacement: str | None
    safety: str
    message: str
    case_exact: bool
    flag: list[Any] = field(default_factory=list)
    passes: list[Any] = field(default_factory=list)
    headline_aware: bool = False
    confidence: float = 0.8


def _compile(pattern: str, where: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return re.compile(pattern, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regex {pattern!r}: {exc}") from None


def headline_regex(headline: str) -> str:
    """A regex for the headline tolerant of quote style, spacing and a trailing colon or ellipsis."""
    parts = []
    for token in re.split(r"(\s+)", headline.strip()):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
            continue
        parts.append("".join(QUOTE_CLASS if ch in "\"'“”‘’«»„" else re.escape(ch) for ch in token))
    return "".join(parts)


class DataRule(Rule):
    """A rule defined by a YAML file under rules/."""

    def __init__(self, info: RuleInfo, kind: str, entries: list[Entry], options: dict[str, Any]) -> None:
        super().__init__(info)
        self.kind = kind
        self.entries = entries
        self.block_kinds = tuple(options.get("blocks", ("paragraph", "heading", "list-item", "quote", "caption")))
        self.skip_quotes = bool(options.get("skip_quotes", False))
        self.first_word: dict[str, list[Entry]] = {}
        for e in entries:
            if e.words:
                self.first_word.setdefault(e.words[0], []).append(e)

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        if self.kind == "block":
            yield from self._check_blocks(article)
        else:
            yield from self._check_phrases(article)

    def _in_scope(self, article: Article, start: int) -> bool:
        block = article.block_at(start)
        return block is not None and block.kind in self.block_kinds

    def _check_phrases(self, article: Article) -> Iterator[Finding]:
        text = article.text
        words = article.words
        lowered = [w.text.lower() for w in words] if self.first_word else []
        for i, low in enumerate(lowered):
            for e in self.first_word.get(low, ()):
                k = len(e.words)
                if i + k > len(words):
                    continue
                ok = all(lowered[i + j] == e.words[j] for j in range(1, k)) and all(
                    text[words[i + j - 1].end : words[i + j].start].strip() == "" for j in range(1, k)
                )
                if not ok:
                    continue
                span = Span(words[i].start, words[i + k - 1].end)
                if e.case_exact and text[span.start : span.end] != e.pattern:
                    continue
                yield from self._emit(article, e, span)
        for e in self.entries:
            if e.regex is None or e.words:
                continue
            for block in article.blocks:
                if block.kind not in self.block_kinds:
                    continue
                for m in e.regex.finditer(text, block.start, block.end):
                    if m.end() > m.start():
                        yield from self._emit(article, e, Span(m.start(), m.end()), m)

    def _emit(self, article: Article, e: Entry, span: Span, m: re.Match[str] | None = None) -> Iterator[Finding]:
        if not self._in_scope(article, span.start):
            return
        if self.skip_quotes and article.in_quote(span.start, span.end):
            return
        found = article.text[span.start : span.end]
        suggestions = []
        if e.replacement is not None:
            replacement = m.expand(e.replacement) if m is not None else _match_case(e.replacement, found)
            suggestions.append(Suggestion(replacement, e.safety))  # type: ignore[arg-type]
        message = e.message.format(found=found, replacement=e.replacement or "")
        yield self.finding(span, message, suggestions, confidence=e.confidence)

    def _check_blocks(self, article: Article) -> Iterator[Finding]:
        headline = article.block_text(article.headline) if article.headline else ""
        head_re = headline_regex(headline) if headline else None
        for block in article.blocks:
            if block.kind not in self.block_kinds:
                continue
            text = article.block_text(block)
            for e in self.entries:
                regex = e.regex
                if e.headline_aware:
                    if head_re is None:
                        continue
                    regex = _compile(e.pattern.replace("{headline}", head_re), self.info.code, re.I)
                if regex is not None and regex.match(text):
                    message = e.message.format(found=text[:60] + ("…" if len(text) > 60 else ""), replacement="")
                    yield self.finding(block.span, message, [Suggestion("", e.safety)], confidence=e.confidence)  # type: ignore[arg-type]
                    break


def _match_case(replacement: str, found: str) -> str:
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _entry(raw: dict[str, Any], where: str, kind: str, default_message: str, default_safety: str) -> Entry:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: an entry must be a mapping")
    allowed = {"pattern", "regex", "replacement", "safety", "message", "case", "flag", "pass", "note", "confidence"}
    unknown = set(raw) - allowed
    if unknown:
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    pattern = raw.get("regex") or raw.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(f"{where}: an entry needs 'pattern' or 'regex'")
    case_exact = raw.get("case") == "exact"
    words: tuple[str, ...] = ()
    regex: re.Pattern[str] | None = None
    headline_aware = "{headline}" in pattern
    if kind == "block":
        if not headline_aware:
            regex = _compile(pattern, where, 0 if case_exact else re.I)
    elif "regex" in raw:
        regex = _compile(pattern, where, 0 if case_exact else re.I)
    else:
        words = tuple(w.lower() for w in _WORD.findall(pattern))
        if not words:
            raise ConfigError(f"{where}: pattern {pattern!r} has no words")
    safety = raw.get("safety", default_safety)
    if safety not in ("safe", "unsafe", "display"):
        raise ConfigError(f"{where}: safety must be safe, unsafe or display")
    flag, passes = raw.get("flag", []), raw.get("pass", [])
    if not flag or not passes:
        raise ConfigError(f"{where}: entry {pattern!r} needs 'flag' and 'pass' examples")
    return Entry(pattern, regex, words, raw.get("replacement"), safety, str(raw.get("message", default_message)),
                 case_exact, list(flag), list(passes), headline_aware, float(raw.get("confidence", 0.8)))


def load_data_rule(data: dict[str, Any], origin: str) -> DataRule:
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: a rule file must be a mapping")
    allowed = {"code", "name", "category", "severity", "kind", "summary", "docs", "message", "safety",
               "blocks", "skip_quotes", "entries", "sources"}
    unknown = set(data) - allowed
    if unknown:
        raise ConfigError(f"{origin}: unknown key(s) {', '.join(sorted(unknown))}")
    for key in ("code", "name", "category", "kind", "summary", "entries"):
        if key not in data:
            raise ConfigError(f"{origin}: missing '{key}'")
    if data["kind"] not in KINDS:
        raise ConfigError(f"{origin}: kind must be one of {', '.join(KINDS)}")
    if data["category"] not in CATEGORIES:
        raise ConfigError(f"{origin}: unknown category {data['category']!r}")
    severity = data.get("severity", "warning")
    if severity not in SEVERITIES:
        raise ConfigError(f"{origin}: unknown severity {severity!r}")
    docs_raw = data.get("docs") or {}
    docs = {DOC_KEYS.get(k, k): str(v).strip() for k, v in docs_raw.items()}
    default_message = data.get("message", "{found}")
    default_safety = data.get("safety", "unsafe")
    entries = [
        _entry(raw, f"{origin} entry {n}", data["kind"], default_message, default_safety)
        for n, raw in enumerate(data["entries"] or [], start=1)
    ]
    fixable = any(e.replacement is not None for e in entries) or data["kind"] == "block"
    info = RuleInfo(str(data["code"]), str(data["name"]), data["category"], severity, str(data["summary"]),
                    fixable, docs, origin)
    missing = [h for h in DOC_HEADINGS if not info.docs.get(h)]
    if missing:
        raise ConfigError(f"{origin}: docs lack {', '.join(missing)}")
    return DataRule(info, data["kind"], entries, data)


def load_yaml(text: str, origin: str) -> Any:
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" (line {where.line + 1})" if where is not None else ""
        raise ConfigError(f"{origin}: malformed YAML{at}: {getattr(exc, 'problem', None) or exc}") from None


def data_rules() -> list[DataRule]:
    """The rules defined by rules/*.yaml files that declare a ``code``."""
    out = []
    for f in list_files():
        data = load_yaml(f.read_text(encoding="utf-8"), f"rules/{f.name}")
        if isinstance(data, dict) and "code" in data and "kind" in data:
            out.append(load_data_rule(data, f"rules/{f.name}"))
    return out

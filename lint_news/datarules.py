"""Rules written as data: YAML files in rules/ with a few kinds, each entry testing itself.

A file declares one rule (code, name, category, severity, summary, docs) and a list of entries.
Kinds:
- ``phrase``: entries match a phrase (word by word, case-insensitive unless ``case: exact``) or a
  ``regex``; each may carry a ``replacement`` (a suggestion) and its own ``message``.
- ``block``: entries are regexes matched at the start of a whole block (a line or paragraph);
  the block is flagged and the suggestion deletes it (with ``scope: span`` the regex is searched
  anywhere in the block and only the match is flagged). ``{headline}`` in a pattern stands for the
  article's headline (escaped, with quotes and apostrophes matching either style). ``requires``
  lists words (lower case) one of which the article must contain for the rule to run at all.
Every entry has ``flag`` and ``pass`` examples; tests/test_datarules.py runs them.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from . import recache, resources
from .errors import ConfigError, LintNewsError
from .facts.spans import find_all, indexes
from .findings import CATEGORIES, SEVERITIES, Finding, Span, Suggestion
from .lazyre import LazyPattern, lazy_compile
from .records import Record
from .registry import CODE_RE, DOC_HEADINGS, Rule, RuleInfo
from .resources import list_files, yaml_twin

if TYPE_CHECKING:
    from .context import Context
    from .document import Article, Block

KINDS = ("phrase", "block")
DOC_KEYS = {"what": "What it flags", "why": "Why it matters", "example": "Example", "fix": "Suggested fix", "safety": "Fix safety"}
_WORD = recache.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
QUOTE_CLASS = "[\"'“”‘’«»„]"


class Entry(Record):
    _fields = ("pattern", "regex", "words", "replacement", "safety", "message", "case_exact", "flag", "passes",
               "headline_aware", "confidence", "skeleton")

    def __init__(self, pattern: str, regex: re.Pattern[str] | LazyPattern | None, words: tuple[str, ...],
                 replacement: str | None, safety: str, message: str, case_exact: bool, flag: list[Any] | None = None,
                 passes: list[Any] | None = None, headline_aware: bool = False, confidence: float = 0.8,
                 skeleton: re.Pattern[str] | LazyPattern | None = None) -> None:
        self.pattern = pattern
        self.regex = regex
        self.words = words
        self.replacement = replacement
        self.safety = safety
        self.message = message
        self.case_exact = case_exact
        self.flag: list[Any] = [] if flag is None else flag
        self.passes: list[Any] = [] if passes is None else passes
        self.headline_aware = headline_aware
        self.confidence = confidence
        self.skeleton = skeleton  # a headline-aware pattern with any text for the headline


def _compile(pattern: str, where: str, flags: int = 0) -> re.Pattern[str]:
    try:
        return recache.compile(pattern, flags)
    except re.error as exc:
        raise ConfigError(f"{where}: bad regex {pattern!r}: {exc}") from None


def _compile_shipped(pattern: str, where: str, flags: int = 0) -> LazyPattern:
    """The shipped rules' patterns compile on first use (their tests compile every one of them)."""
    return lazy_compile(pattern, flags)


# -- user-supplied patterns: bounded time ---------------------------------------------------
# A user's regex runs on RE2 (linear time, no backtracking) whenever RE2 accepts it; \w, \d and
# \s are rewritten to their Unicode classes first. Patterns RE2 cannot run (\b, look-around,
# back-references) run on the `regex` module with a time limit per block instead.
USER_REGEX_TIMEOUT = 1.0  # seconds per block, for patterns RE2 cannot run
# escape -> (outside a character class, inside one; None: RE2 cannot say it there)
_RE2_CLASSES = {"w": (r"[\p{L}\p{N}_]", r"\p{L}\p{N}_"), "d": (r"\p{Nd}", r"\p{Nd}"),
                "s": (r"[\s\p{Z}]", r"\s\p{Z}"), "W": (r"[^\p{L}\p{N}_]", None),
                "D": (r"\P{Nd}", r"\P{Nd}"), "S": (r"[^\s\p{Z}]", None)}


class PatternTimeout(LintNewsError):
    """A user pattern ran past its time limit on one block (catastrophic backtracking)."""


def _re2_syntax(pattern: str) -> str | None:
    """``pattern`` with Unicode-aware classes for RE2, or None when RE2 would change its meaning."""
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            esc = pattern[i + 1]
            if esc in "bB":
                return None  # RE2's word boundary is ASCII-only
            if esc in _RE2_CLASSES:
                repl = _RE2_CLASSES[esc][1 if in_class else 0]
                if repl is None:
                    return None
                out.append(repl)
            else:
                out.append(pattern[i : i + 2])
            i += 2
            continue
        if ch == "[" and not in_class:
            in_class = True
            out.append(ch)
            if pattern.startswith("^", i + 1):
                out.append("^")
                i += 1
            if pattern.startswith("]", i + 1):
                out.append("]")
                i += 1
        elif ch == "]" and in_class:
            in_class = False
            out.append(ch)
        else:
            out.append(ch)
        i += 1
    return "".join(out)


class _Shifted:
    """A match found in a slice of the text, reported at its place in the whole text."""

    def __init__(self, match: Any, shift: int) -> None:
        self._m, self._shift = match, shift

    def start(self, group: int = 0) -> int:
        return int(self._m.start(group)) + self._shift

    def end(self, group: int = 0) -> int:
        return int(self._m.end(group)) + self._shift

    def group(self, *groups: int | str) -> Any:
        return self._m.group(*groups)

    def expand(self, template: str) -> str:
        return str(self._m.expand(template))


class BoundedPattern:
    """A user's regex that cannot hang a run: RE2 when possible, else a time limit per call."""

    def __init__(self, pattern: str, where: str, flags: int = 0) -> None:
        import regex  # a dependency of wordfreq

        re2: Any
        try:
            re2 = importlib.import_module("re2")  # google-re2
        except ImportError:  # without RE2 every user pattern gets the time limit
            re2 = None
        self.pattern, self.where = pattern, where
        self.engine = "re2"
        self._re2: Any = None
        self._regex: Any = None
        translated = _re2_syntax(pattern)
        if translated is not None and re2 is not None:
            try:
                self._re2 = re2.compile(("(?i)" if flags & re.I else "") + translated)
            except Exception:  # RE2 does not support this syntax (look-around, back-references)
                self._re2 = None
        if self._re2 is None:
            self.engine = "regex"
            try:
                self._regex = regex.compile(pattern, regex.V0 | (regex.I if flags & re.I else 0))
            except regex.error as exc:
                raise ConfigError(f"{where}: bad regex {pattern!r}: {exc}") from None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[Any]:
        endpos = len(text) if endpos is None else endpos
        if self._re2 is not None:  # RE2 re-encodes its subject: give it just the block
            for m in self._re2.finditer(text[pos:endpos]):
                yield _Shifted(m, pos)
            return
        try:
            yield from self._regex.finditer(text, pos, endpos, timeout=USER_REGEX_TIMEOUT)
        except TimeoutError:
            raise self._timeout() from None

    def match(self, text: str) -> Any:
        if self._re2 is not None:
            return self._re2.match(text)
        try:
            return self._regex.match(text, timeout=USER_REGEX_TIMEOUT)
        except TimeoutError:
            raise self._timeout() from None

    def search(self, text: str) -> Any:
        if self._re2 is not None:
            return self._re2.search(text)
        try:
            return self._regex.search(text, timeout=USER_REGEX_TIMEOUT)
        except TimeoutError:
            raise self._timeout() from None

    def _timeout(self) -> PatternTimeout:
        return PatternTimeout(f"{self.where}: pattern {self.pattern!r} ran over {USER_REGEX_TIMEOUT:g} s on one "
                              "block (catastrophic backtracking?); rule skipped for this file")


def _compile_user(pattern: str, where: str, flags: int = 0) -> Any:
    return BoundedPattern(pattern, where, flags)


def headline_regex(headline: str) -> str:
    """A regex for the headline tolerant of quote style, spacing and a trailing colon or ellipsis."""
    parts = []
    for token in re.split(r"(\s+)", headline.strip()):
        if not token:
            continue
        if token.isspace():
            parts.append(r"\s+")
            continue
        parts.append(_QUOTES.sub(QUOTE_CLASS, re.escape(token)))
    return "".join(parts)


_QUOTES = recache.compile("[\"'“”‘’«»„]")  # re.escape leaves quotation marks as they are


class _RegexTest(NamedTuple):
    """A phrase rule's regex entry and what every match of it contains (see ``literal_test``)."""

    entry: Entry
    regex: Any
    need: tuple[str, ...]  # case-folded literals, one of which every match contains (empty: no test)
    before: int  # how far before its literal a match can start (-1: unknown)
    ascii_need: bool  # every literal is ASCII


class DataRule(Rule):
    """A rule defined by a YAML file under rules/."""

    def __init__(self, info: RuleInfo, kind: str, entries: list[Entry], options: dict[str, Any]) -> None:
        super().__init__(info)
        self.kind = kind
        self.entries = entries
        self.block_kinds = tuple(options.get("blocks", ("paragraph", "heading", "list-item", "quote", "caption")))
        self.skip_quotes = bool(options.get("skip_quotes", False))
        self.alone = bool(options.get("alone", False))  # only a match that is no part of a longer name
        self.compile: Any = _compile  # user rules: BoundedPattern
        self.user = False  # from a config's extra-rules: runs only where that config applies
        # block kind: ``scope: span`` searches the whole block and flags only the match
        self.search = options.get("scope") == "span"
        # block kind: ``requires``: words one of which the article must contain (lower case), a cheap
        # test that spares most articles the regexes
        self.requires = tuple(str(w).lower() for w in options.get("requires", ()))
        # each required word with its text without spaces, tested first when shorter: "|" is found
        # (or not) ten times faster than " | "
        self._required = [(w, w.strip() if w.strip() not in ("", w) else "") for w in self.requires]
        self._gate: re.Pattern[str] | bool | None = False  # False: not built yet
        self._tests: list[_RegexTest] | None = None  # phrase regexes with their literal tests
        self._needles: tuple[str, ...] = ()  # every literal of those tests, once
        self._needle_words: dict[str, frozenset[str]] = {}  # each literal's whole words (see whole_words)
        self._all_need = False  # every regex entry has literals
        self.first_word: dict[str, list[Entry]] = {}
        self._regex_entries = [(e, e.regex) for e in entries if e.regex is not None and not e.words]
        self._by_key: dict[str, list[tuple[int, Entry]]] = {}  # phrase entries (and their place) by key word
        self._words_of: dict[str, frozenset[str]] = {}  # phrase entries: their words
        for n, e in enumerate(entries):
            if e.words:
                self.first_word.setdefault(e.words[0], []).append(e)
                self._words_of[e.pattern] = frozenset(e.words)
                self._by_key.setdefault(_key_word(e.words), []).append((n, e))
        self._vocabulary = frozenset(w for e in entries for w in e.words)
        self._lookup = self._vocabulary  # and the literals' whole words, once _regex_tests has read them
        self._lead_words: frozenset[str] = frozenset()  # literals' first words that may end a joined token

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        if self.kind == "block":
            yield from self._check_blocks(article)
        else:
            yield from self._check_phrases(article)

    def _in_scope(self, article: Article, start: int) -> bool:
        block = article.block_at(start)
        return block is not None and block.kind in self.block_kinds

    def _check_phrases(self, article: Article) -> Iterator[Finding]:
        tests = self._regex_tests()
        vocabulary: frozenset[str] | None = None
        if self.first_word or self._lookup:
            # the entries' words the article has (set operations in C), and the regex literals' (see whole_words)
            vocabulary = self._lookup.intersection(article.lower_words)
        if self.first_word:
            assert vocabulary is not None
            yield from self._check_words(article, vocabulary)
        if tests:
            if vocabulary is not None and self._lead_words:
                # a literal's first word may also end a token joined by a hyphen or an apostrophe ("l'alcalde ")
                vocabulary = vocabulary | self._lead_words.intersection(joined_tails(article))
            yield from self._check_regexes(article, tests, vocabulary)

    def _check_words(self, article: Article, vocabulary: frozenset[str]) -> Iterator[Finding]:
        """The word-list entries: only those whose words all occur, and only where their first word is
        ("the" or "in" start some entries but would put most of the article's words on the list)."""
        text, words, lowered = article.text, article.words, article.lower_words
        entries: dict[str, list[Entry]] = {}
        # an entry is found through its key word, mostly a rare one: not every entry starting with "the"
        # is tested for every article; sorted back into the entries' order, grouped by first word
        for _, e in sorted(item for w in self._by_key.keys() & vocabulary for item in self._by_key[w]
                           if self._words_of[item[1].pattern] <= vocabulary):
            entries.setdefault(e.words[0], []).append(e)
        starts = sorted(i for w in entries for i in indexes(lowered, w)) if entries else []
        for i in starts:
            for e in entries[lowered[i]]:
                k = len(e.words)
                if i + k > len(words) or (k > 1 and tuple(lowered[i : i + k]) != e.words):
                    continue  # one comparison in C rejects most candidates
                if not all(text[words[i + j - 1].end : words[i + j].start].strip() == "" for j in range(1, k)):
                    continue
                span = Span(words[i].start, words[i + k - 1].end)
                if e.case_exact and text[span.start : span.end] != e.pattern:
                    continue
                yield from self._emit(article, e, span)

    def _regex_tests(self) -> list[_RegexTest]:
        """The regex entries with their literal tests (``literal_test``), built on first use."""
        if self._tests is None:
            tests = []
            for e, regex in self._regex_entries:
                need, before = ((), -1) if self.user else stored_literal_test(regex)
                tests.append(_RegexTest(e, regex, need, before, all(map(str.isascii, need))))
            self._needles = tuple(dict.fromkeys(n for t in tests for n in t.need))
            # a literal every match starts with, right after a word boundary ("\\bcrown (crisis|...)"):
            # its first word is a whole word of the text too (see lead_word)
            at_boundary: dict[str, bool] = {}
            for t in tests:
                starts = t.before == 0 and branches_start_at_boundary(getattr(t.regex, "pattern", ""))
                for n in t.need:
                    at_boundary[n] = at_boundary.get(n, True) and starts
            leads = {n: lead_word(n) if at_boundary[n] else frozenset() for n in self._needles}
            self._lead_words = frozenset().union(*leads.values())
            self._needle_words = {n: whole_words(n) | leads[n] for n in self._needles}
            self._lookup = self._vocabulary.union(*self._needle_words.values())
            self._all_need = all(t.need for t in tests)
            self._tests = tests
        return self._tests

    def _check_regexes(self, article: Article, tests: list[_RegexTest],
                       vocabulary: frozenset[str] | None) -> Iterator[Finding]:
        """The regex entries, each only where one of its literals is. ``vocabulary``: the article's words
        among ``_lookup`` (None: not looked up)."""
        text, folded = article.text, article.folded
        # each distinct literal is looked for once (substring tests in C), not once per entry using it
        if vocabulary is not None and len(folded) == len(text) and "ſ" not in text:
            # a literal is then in ``folded`` only where the article has its whole words (see whole_words):
            # a set test spares most substring tests
            words = self._needle_words
            present = {n for n in self._needles if words[n] <= vocabulary and n in folded}
        else:
            present = {n for n in self._needles if n in folded}
        if not present and self._all_need:
            return  # every entry needs a literal, and none is here
        aligned: bool | None = None  # see below; tested when first needed
        scoped: list[Block] | None = None
        for e, regex, need, before, ascii_need in tests:
            hits: list[int] = []
            if need:
                if present.isdisjoint(need):
                    continue  # no literal of this entry occurs: no match can
                if aligned is None:
                    # casefold kept every offset, and no "ı" (which re.I matches to "i"; casefold does not):
                    # an ASCII literal's place in ``folded`` is that of the match that contains it in ``text``
                    aligned = len(folded) == len(text) and "ı" not in folded
                if aligned and ascii_need:  # only the blocks where a literal is
                    hits = find_all(folded, tuple(n for n in need if n in present))
            if hits and before >= 0:
                yield from self._match_near(article, e, regex, hits, before)
                continue
            if hits:
                searched = self._hit_blocks(article, hits, before)
            else:
                if scoped is None:
                    kinds = self.block_kinds
                    scoped = [b for b in article.blocks if b.kind in kinds]
                searched = [(b.start, b.end) for b in scoped]
            for start, end in searched:
                for m in regex.finditer(text, start, end):
                    if m.end() > m.start():
                        yield from self._emit(article, e, Span(m.start(), m.end()), m)

    def _match_near(self, article: Article, e: Entry, regex: Any, hits: list[int], before: int) -> Iterator[Finding]:
        """The matches of ``regex`` that start at most ``before`` characters ahead of a hit of its
        literal (as every match does), tried there alone: what ``finditer`` over the blocks in scope
        finds (leftmost first, no overlaps), without scanning the rest of each block."""
        text, kinds = article.text, self.block_kinds
        block: Block | None = None
        pos = 0  # the first position not yet tried (or past the last match)
        for hit in hits:
            if hit < pos:
                continue
            if block is None or not block.start <= hit < block.end:
                block = article.block_at(hit)
                if block is None:
                    continue
            if block.kind not in kinds:
                continue
            end = block.end
            for at in range(max(hit - before, block.start, pos), hit + 1):
                m = regex.match(text, at, end)
                if m is not None and m.end() > m.start():
                    yield from self._emit(article, e, Span(m.start(), m.end()), m)
                    pos = m.end()
                    break
            else:
                pos = hit + 1

    def _hit_blocks(self, article: Article, hits: list[int], before: int) -> list[tuple[int, int]]:
        """Where to search: the blocks in scope that hold a literal's hit (in order, each once),
        each from ``before`` ahead of its first hit (``before`` < 0: from the block's start), so a
        literal found in one block of many costs one search, not a walk over every block."""
        out: list[tuple[int, int]] = []
        kinds = self.block_kinds
        last_end = -1
        for hit in hits:
            if hit < last_end:
                continue  # a later hit of a block already taken
            block = article.block_at(hit)
            if block is None:
                continue
            last_end = block.end
            if block.kind in kinds:
                out.append((block.start if before < 0 else max(block.start, hit - before), block.end))
        return out

    def _emit(self, article: Article, e: Entry, span: Span, m: re.Match[str] | None = None) -> Iterator[Finding]:
        if not self._in_scope(article, span.start):
            return
        if self.skip_quotes and article.in_quote(span.start, span.end):
            return
        if self.alone and in_longer_name(article, span):
            return
        found = article.text[span.start : span.end]
        suggestions = []
        replacement = ""
        if e.replacement is not None:
            # a regex entry's groups filled in ("corona \1" -> "corona infections"), the first letter
            # capitalised as the found text's ("Crown infections" -> "Corona infections")
            replacement = _match_case(m.expand(e.replacement) if m is not None else e.replacement, found)
            suggestions.append(Suggestion(replacement, e.safety))  # type: ignore[arg-type]
        message = e.message.format(found=found, replacement=replacement)
        yield self.finding(span, message, suggestions, confidence=e.confidence)

    def _block_gate(self) -> re.Pattern[str] | None:
        """One regex that matches wherever some entry could match: one call per block, not one per entry."""
        if self._gate is False:
            parts: list[str] = []
            for e in self.entries:
                pattern = e.skeleton.pattern if e.skeleton is not None else e.pattern
                if (e.headline_aware and e.skeleton is None) or not isinstance(e.regex or e.skeleton, (re.Pattern, LazyPattern)):
                    parts = []
                    break
                parts.append(f"(?{'' if e.case_exact and not e.headline_aware else 'i'}:{pattern})")
            gate = "|".join(parts)
            self._gate = None if self.user or not parts else recache.compile(gate)
        return self._gate if isinstance(self._gate, re.Pattern) else None

    def _candidates(self, article: Article, lowered: str) -> list[Block]:
        """Blocks worth trying: where the gate matches, or (``scope: span``) where a required word is."""
        gate = self._block_gate()
        if gate is not None and self.search and self.requires:  # finding the words is the requires test
            out: list[Block] = []
            for at in find_all(lowered, tuple(w for w, core in self._required if not core or core in lowered)):
                block = article.block_at(at)
                if block is not None and (not out or out[-1] is not block):
                    out.append(block)
            return out
        if self.requires and not any((not core or core in lowered) and w in lowered for w, core in self._required):
            return []
        if gate is None:
            return article.blocks
        text, kinds = article.text, self.block_kinds
        find = gate.search if self.search else gate.match
        return [b for b in article.blocks if b.kind in kinds and find(text, b.span.start, b.span.end)]

    def _check_blocks(self, article: Article) -> Iterator[Finding]:
        lowered: str = article.analysis("text.lower", lambda a: a.text.lower()) if self.requires else ""
        candidates = self._candidates(article, lowered)
        if not candidates:
            return
        headline = article.block_text(article.headline) if article.headline else ""
        compiled: dict[int, Any] = {}

        def headline_entry(n: int, e: Entry, text: str) -> Any:
            # a headline-aware entry is compiled for this article only when its skeleton matches
            if not headline or not (e.skeleton is None or e.skeleton.match(text)):
                return None
            if n not in compiled:
                compiled[n] = self.compile(e.pattern.replace("{headline}", headline_regex(headline)), self.info.code, re.I)
            return compiled[n]

        for block in candidates:
            if block.kind not in self.block_kinds:
                continue
            text = article.block_text(block)
            for n, e in enumerate(self.entries):
                regex = headline_entry(n, e, text) if e.headline_aware else e.regex
                if regex is None:
                    continue
                m = regex.search(text) if self.search else regex.match(text)
                if not m:
                    continue
                span, found = block.span, text
                if self.search:
                    span, found = Span(block.start + m.start(), block.start + m.end()), m.group()
                    if not found.strip():
                        continue
                message = e.message.format(found=found[:60] + ("…" if len(found) > 60 else ""), replacement="")
                yield self.finding(span, message, [Suggestion("", e.safety)], confidence=e.confidence)  # type: ignore[arg-type]
                break


# Lower-case words that join the parts of a name ("Université de Genève", "Banque du Liban")
_NAME_JOINERS = frozenset("de du des d la le les à al el del della di da dos das do van von der den y".split())
_WORD_BEFORE = lazy_compile(r"([\w’'.-]+)(\s*)$")


def in_longer_name(article: Article, span: Span) -> bool:
    """Is text[span] part of a longer name: after a capitalised word that does not open the
    sentence or after a joining particle ("Air Algérie", "Université de Genève"), or before a
    capitalised word or a hyphen ("Francia Márquez", "Bruxelles-Midi")?"""
    text = article.text
    after = text[span.end : span.end + 2]
    if after[:1] == "-" or (after[:1] == " " and after[1:2].isupper()):
        return True
    if span.start and text[span.start - 1] in "'’-":
        return True  # "d'Angleterre", "Saint-Louis"
    m = _WORD_BEFORE.search(text, max(0, span.start - 40), span.start)
    if m is None or not m.group(2) or "\n" in m.group(2):
        return False
    word = m.group(1)
    if word.lower() in _NAME_JOINERS and word.islower():
        return True
    if not word[:1].isupper():
        return False
    opens = text[max(0, m.start() - 2) : m.start()].rstrip()[-1:] in ("", ".", "!", "?", "\"", "“", ":")
    return not opens


def _key_word(words: tuple[str, ...]) -> str:
    """The word a phrase entry is looked up by: its longest (the last of those), seldom a word as
    common as "the" or "in"."""
    return max(reversed(words), key=len)


def whole_words(literal: str) -> frozenset[str]:
    """The words of a case-folded literal that stand between two spaces in it ("a", "look" in
    " take a look at"), when made of ASCII letters and digits only.

    Where ``literal`` is in ``article.folded``, each of these is then one of ``article.lower_words``
    provided the case-folding kept every offset and the text has no "ſ": the only characters that
    case-fold to a space or to an ASCII letter or digit are those themselves, "K" (Kelvin sign, lower
    case "k") and "ſ" (case-folded "s", lower case "ſ"); a space ends a word, so the text between the
    two spaces is one word, and lower-cased it is the word of the literal.
    """
    parts = literal.split(" ")[1:-1]  # the first and last part may be the end of a longer word
    return frozenset(p for p in parts if p.isascii() and p.isalnum())


def lead_word(literal: str) -> frozenset[str]:
    """The first word of a case-folded literal that a space follows, when made of ASCII letters and
    digits: a whole word of the text when every match starts with the literal right after a word
    boundary (``branches_start_at_boundary``), or the end of a token joined by a hyphen or an
    apostrophe ("l'alcalde": ``joined_tails``)."""
    first, space, _ = literal.partition(" ")
    return frozenset((first,)) if space and first and first.isascii() and first.isalnum() else frozenset()


_JOINED_TAIL = re.compile(r"[-'’]([^\W_]+)")


def joined_tails(article: Article) -> frozenset[str]:
    """The parts of the article's words after a hyphen or an apostrophe ("alcalde" of "l'alcalde")."""
    tails: frozenset[str] = article.analysis(
        "datarules.tails", lambda a: frozenset(_JOINED_TAIL.findall(a.folded)) if ("-" in a.folded or "'" in a.folded
                                                                                   or "’" in a.folded) else frozenset())
    return tails


def branches_start_at_boundary(pattern: str) -> bool:
    """Does every top-level branch of ``pattern`` open with \\b ("\\bfoo |\\bbar", not "\\bfoo|bar")?"""
    if not pattern:
        return False
    depth, start, in_class, escaped = 0, 0, False, False
    branches = []
    for i, c in enumerate(pattern):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
    branches.append(pattern[start:])
    return all(b.startswith("\\b") for b in branches)


def required_literals(regex: Any) -> tuple[str, ...]:
    """Case-folded texts one of which every match of ``regex`` contains (empty: no such test).

    The longest run of plain characters: "\\b(covid|pcr) take a look at\\b" gives " take a look at";
    a pattern that is one alternation gives one run per branch. Zero-width items (\\b, lookarounds)
    keep the characters around them adjacent; anything else ends a run. Runs shorter than three
    characters, and patterns this cannot read, give no test.
    """
    return literal_test(regex)[0]


_literals: dict[tuple[str, int], tuple[tuple[str, ...], int]] | None = None
_new_literals = False  # computed in this process and not stored yet
MAX_STORED_LITERALS = 2000


def _literals_inputs() -> tuple[str | bytes, ...]:
    """What the stored literal tests depend on: this module's code (literal_test is here)."""
    try:
        with open(__file__, "rb") as f:
            return (f.read(),)
    except OSError:  # no source file (a zip): the tests are computed in each run
        return ("no source",)


def stored_literal_test(regex: Any) -> tuple[tuple[str, ...], int]:
    """``literal_test(regex)``, kept between runs beside the regex cache: reading each pattern
    back with re's parser was ~7 ms of a single-file run. ``store_literals`` writes new ones."""
    global _literals, _new_literals
    if not isinstance(regex, (re.Pattern, LazyPattern)):
        return literal_test(regex)
    if _literals is None:
        loaded = recache.load_table("literals", _literals_inputs())
        _literals = loaded if isinstance(loaded, dict) else {}
    key = (regex.pattern, int(regex.flags))
    found = _literals.get(key)
    if found is None:
        found = _literals[key] = literal_test(regex)
        if not _new_literals:
            import atexit

            atexit.register(store_literals)
        _new_literals = True
    return found


def store_literals() -> None:
    """Store the literal tests computed in this process, with those already stored (a worker calls
    this itself: it leaves through os._exit, past atexit)."""
    global _new_literals
    if not _new_literals or _literals is None:
        return
    _new_literals = False
    inputs = _literals_inputs()
    stored = recache.load_table("literals", inputs)
    merged = {**stored, **_literals} if isinstance(stored, dict) else dict(_literals)
    recache.store_table("literals", inputs, merged if len(merged) <= MAX_STORED_LITERALS else dict(_literals))


def literal_test(regex: Any) -> tuple[tuple[str, ...], int]:
    """``required_literals(regex)``, and how far before its run a match can start at most (-1: unknown)."""
    if not isinstance(regex, (re.Pattern, LazyPattern)):
        return (), -1
    parser: Any = importlib.import_module("re._parser")
    const: Any = importlib.import_module("re._constants")
    try:
        tree = parser.parse(regex.pattern, regex.flags)
    except Exception:  # an internal module: never let it break a rule
        return (), -1
    items = list(tree)

    def longest(seq: list[Any]) -> tuple[str, int]:
        """The longest run and the maximum width of the items before it."""
        best, run, best_at, at = "", "", 0, 0
        for n, (op, arg) in enumerate(seq):
            if op is const.LITERAL:
                if not run:
                    at = n
                run += chr(arg)
            elif op not in (const.AT, const.ASSERT, const.ASSERT_NOT):
                if len(run) > len(best):
                    best, best_at = run, at
                run = ""
        if len(run) > len(best):
            best, best_at = run, at
        best = best.casefold()
        if len(best) < 3:
            return "", -1
        try:
            width = int(parser.SubPattern(tree.state, seq[:best_at]).getwidth()[1])
        except Exception:
            width = -1
        return best, (width if width < 1000 else -1)

    run, before = longest(items)
    if run:
        return (run,), before
    solid = [item for item in items if item[0] not in (const.AT, const.ASSERT, const.ASSERT_NOT)]
    if len(solid) == 1 and solid[0][0] is const.BRANCH:  # "\\b" shared by the branches is factored out
        found = [longest(list(branch)) for branch in solid[0][1][1]]
        if all(r for r, _ in found):
            widths = [w for _, w in found]
            return tuple(r for r, _ in found), (-1 if -1 in widths else max(widths))
    return (), -1


def _match_case(replacement: str, found: str) -> str:
    if found[:1].isupper() and replacement[:1].islower():
        return replacement[:1].upper() + replacement[1:]
    return replacement


_ENTRY_KEYS = frozenset({"pattern", "regex", "replacement", "safety", "message", "case", "flag", "pass", "note",
                         "confidence"})


def _entry(raw: dict[str, Any], where: str, kind: str, default_message: str, default_safety: str,
           compile: Any = _compile) -> Entry:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: an entry must be a mapping")
    if not _ENTRY_KEYS.issuperset(raw):
        unknown = set(raw) - _ENTRY_KEYS
        raise ConfigError(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
    pattern = raw.get("regex") or raw.get("pattern")
    if not isinstance(pattern, str) or not pattern:
        raise ConfigError(f"{where}: an entry needs 'pattern' or 'regex'")
    case_exact = raw.get("case") == "exact"
    words: tuple[str, ...] = ()
    regex: re.Pattern[str] | LazyPattern | None = None
    headline_aware = "{headline}" in pattern
    if kind == "block":
        if not headline_aware:
            regex = compile(pattern, where, 0 if case_exact else re.I)
    elif "regex" in raw:
        regex = compile(pattern, where, 0 if case_exact else re.I)
    else:
        # (plain words and spaces, as most entries are: split, not a regex, at every start)
        plain = pattern.replace(" ", "")
        words = tuple(pattern.lower().split()) if plain.isalpha() and plain.isascii() else \
            tuple(w.lower() for w in _WORD.findall(pattern))
        if not words:
            raise ConfigError(f"{where}: pattern {pattern!r} has no words")
    safety = raw.get("safety", default_safety)
    if safety not in ("safe", "unsafe", "display"):
        raise ConfigError(f"{where}: safety must be safe, unsafe or display")
    flag, passes = raw.get("flag", []), raw.get("pass", [])
    if not flag or not passes:
        raise ConfigError(f"{where}: entry {pattern!r} needs 'flag' and 'pass' examples")
    entry = Entry(pattern, regex, words, raw.get("replacement"), safety, str(raw.get("message", default_message)),
                  case_exact, list(flag), list(passes), headline_aware, float(raw.get("confidence", 0.8)))
    if headline_aware and kind == "block" and compile is not _compile_user:
        entry.skeleton = compile(pattern.replace("{headline}", "(?s:.+?)"), where, re.I)
    return entry


def load_data_rule(data: dict[str, Any], origin: str, user: bool = False) -> DataRule:
    """A rule from parsed YAML; ``user`` rules (config ``extra-rules``) get time-bounded regexes."""
    if not isinstance(data, dict):
        raise ConfigError(f"{origin}: a rule file must be a mapping")
    allowed = {"code", "name", "category", "severity", "kind", "summary", "docs", "message", "safety",
               "blocks", "skip_quotes", "alone", "entries", "sources", "scope", "requires"}
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
        _entry(raw, f"{origin} entry {n}", data["kind"], default_message, default_safety,
               _compile_user if user else _compile_shipped)
        for n, raw in enumerate(data["entries"] or [], start=1)
    ]
    fixable = any(e.replacement is not None for e in entries) or data["kind"] == "block"
    info = RuleInfo(str(data["code"]), str(data["name"]), data["category"], severity, str(data["summary"]),
                    fixable, docs, origin)
    missing = [h for h in DOC_HEADINGS if not info.docs.get(h)]
    if missing:
        raise ConfigError(f"{origin}: docs lack {', '.join(missing)}")
    rule = DataRule(info, data["kind"], entries, data)
    if user:
        rule.compile = _compile_user
        rule.user = True
    return rule


def load_yaml(text: str, origin: str) -> Any:
    import yaml  # only for user rules and edited rules/ files: the shipped ones have JSON twins

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built in
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" (line {where.line + 1})" if where is not None else ""
        raise ConfigError(f"{origin}: malformed YAML{at}: {getattr(exc, 'problem', None) or exc}") from None


def data_rules() -> list[DataRule]:
    """The rules defined by rules/*.yaml files that declare a ``code``."""
    return [load_data_rule(data, origin) for origin, data in _shipped_rule_data()]


def _shipped_rule_data() -> list[tuple[str, dict[str, Any]]]:
    """(origin, parsed YAML) of each rule file of rules/: kept between runs in lint_news.recache,
    keyed by the files' stamps (reading the files and parsing their JSON twins cost ~6 ms of every
    start; marshal reads the same data back in a fraction of one)."""
    files = list_files()
    # (the parsing code too: this module's load_yaml, resources.yaml_twin)
    stamps = recache.file_stamps([*files, __file__, resources.__file__])
    name = recache.stamped_name("ruledata", files)
    cached = recache.load_table(name, stamps)
    if isinstance(cached, list):
        return cached
    out = []
    for f in files:
        text = f.read_text(encoding="utf-8")
        data = yaml_twin(f.name, text)
        if data is None:
            data = load_yaml(text, f"rules/{f.name}")
        if isinstance(data, dict) and "code" in data and "kind" in data:
            out.append((f"rules/{f.name}", data))
    recache.store_table(name, stamps, out)  # (not stored if marshal cannot hold a value: a date)
    return out


def load_user_rules(path: Path) -> list[DataRule]:
    """The rules in a user's YAML file (one rule, or a list of rules), checked like rules/*.yaml."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read extra rules: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: extra rules file is not UTF-8") from None
    data = load_yaml(text, str(path))
    items = data if isinstance(data, list) else [data]
    rules = []
    for n, item in enumerate(items, start=1):
        origin = str(path) if len(items) == 1 else f"{path} rule {n}"
        rule = load_data_rule(item, origin, user=True)
        if not CODE_RE.match(rule.info.code):
            raise ConfigError(f"{origin}: bad code {rule.info.code!r} (letters then three digits, as N101)")
        rules.append(rule)
    return rules

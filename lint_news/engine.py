"""The engine: the one module that knows the whole pipeline.

paths -> files -> (decode, load) articles -> rules -> findings (suppressed, re-levelled) -> results
"""

from __future__ import annotations

import fnmatch
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from . import recache
from .config import DEFAULT_EXCLUDE, Config, ConfigFinder
from .context import Context
from .document import Article
from .errors import InputError, LintNewsError, internal_error
from .findings import Finding
from .formats import SUFFIXES, format_of, load_articles
from .loading import DecodedText, decode, link_problem, read_bounded
from .records import Record
from .registry import Registry, Rule, default_registry
from .scoring import garble_score
from .suppress import Suppressions

STDIN = "-"


class Options(Record):
    _fields = ("select", "ignore", "config", "stdin_format", "stdin_name", "context_options", "jobs", "summaries")

    def __init__(self, select: list[str] | None = None, ignore: list[str] | None = None, config: Path | None = None,
                 stdin_format: str = ".txt", stdin_name: str = "-", context_options: dict[str, object] | None = None,
                 jobs: int = 1, summaries: frozenset[str] | None = None) -> None:
        self.select = select
        self.ignore = ignore
        self.config = config
        self.stdin_format = stdin_format
        self.stdin_name = stdin_name
        self.context_options: dict[str, object] = {} if context_options is None else context_options
        self.jobs = jobs  # worker processes for a run over many files (lint_news.parallel)
        # None: the run keeps whole articles; else ArticleSummary objects, with the extras named
        # ("meta", "fixes"), for reports that read only positions and quoted text (lint_news.summary)
        self.summaries = summaries


class FileResult(Record):
    """The outcome for one article (a JSONL file gives one per line) or one unreadable file."""

    _fields = ("path", "article", "findings", "errors", "warnings", "score", "config", "decoded")

    def __init__(self, path: str, article: Article | None = None, findings: list[Finding] | None = None,
                 errors: list[str] | None = None, warnings: list[str] | None = None, score: float | None = None,
                 config: Config | None = None, decoded: DecodedText | None = None) -> None:
        self.path = path
        self.article = article
        self.findings: list[Finding] = [] if findings is None else findings
        self.errors: list[str] = [] if errors is None else errors  # one-line problems (exit status 2)
        self.warnings: list[str] = [] if warnings is None else warnings  # notes; the file was still linted
        self.score = score
        self.config = config
        self.decoded = decoded


def discover(paths: Iterable[str], finder: ConfigFinder) -> Iterator[tuple[str, str | None]]:
    """(path, problem) for every file to lint, walking folders; problem is None when readable."""
    for given in paths:
        if given == STDIN:
            yield given, None
            continue
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, finder)
        elif path.exists():
            yield given, None
        elif path.is_symlink():
            yield given, link_problem(given)
        else:
            yield given, "no such file or directory"


def _walk(root: Path, finder: ConfigFinder) -> Iterator[tuple[str, str | None]]:
    seen: set[tuple[int, int]] = set()

    def onerror(exc: OSError) -> None:
        raise exc

    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as exc:
            yield str(folder), f"cannot read folder: {exc.strerror}"
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            yield str(folder), "symbolic link loop; skipped"
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            yield str(folder), f"cannot read folder: {exc.strerror}"
            continue
        excluded = _excluder(finder.for_path(folder / "_"), folder)
        base = str(folder)
        subdirs = []
        for entry in entries:
            name = entry.name
            if name.startswith(".") or excluded(entry):
                continue
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(Path(entry.path))
            elif _suffix(name).lower() in SUFFIXES:
                path = name if base == "." else os.path.join(base, name)  # str(Path(entry.path)), without a Path
                if entry.is_symlink() and not Path(path).exists():
                    yield path, link_problem(path)
                else:
                    yield path, None
        stack.extend(reversed(subdirs))


def _suffix(name: str) -> str:
    """``Path(name).suffix``."""
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def _excluder(cfg: Config, folder: Path) -> Callable[[os.DirEntry[str]], bool]:
    """``cfg.is_excluded`` for the entries of ``folder``, resolving the folder once instead of every
    entry: the same test (the path relative to the config's root against the exclude patterns)."""
    base = cfg.relative(folder)
    matches = _any_pattern((*DEFAULT_EXCLUDE, *cfg.exclude))

    def excluded(entry: os.DirEntry[str]) -> bool:
        if entry.is_symlink():  # it may resolve anywhere: the full test
            return cfg.is_excluded(Path(entry.path))
        rel = entry.name if base == "." else f"{base}/{entry.name}"
        return matches(os.path.normcase(rel)) is not None

    return excluded


_PATTERN_SETS: dict[tuple[str, ...], Callable[[str], re.Match[str] | None]] = {}


def _any_pattern(patterns: tuple[str, ...]) -> Callable[[str], re.Match[str] | None]:
    """One regex for ``any(fnmatch.fnmatch(name, p) for p in patterns)``: the patterns' own
    translations as alternatives (one match call per entry instead of one per pattern)."""
    match = _PATTERN_SETS.get(patterns)
    if match is None:
        either = "|".join(fnmatch.translate(os.path.normcase(p)) for p in patterns)
        match = _PATTERN_SETS[patterns] = recache.compile(either).match
    return match


class Engine:
    def __init__(self, options: Options | None = None, registry: Registry | None = None) -> None:
        self.options = options or Options()
        self.registry = registry or default_registry()
        self.finder = ConfigFinder(self.options.config)
        self._codes: dict[tuple[int, Path | None], tuple[Config, frozenset[str]]] = {}
        self._rules: dict[frozenset[str], list[Rule]] = {}
        self._article_rules: dict[frozenset[str], list[Rule]] = {}  # the same without corpus rules
        self._configs: dict[str, Config] = {}  # folder -> config (lint_file)

    def codes_for(self, cfg: Config, path: Path | None) -> frozenset[str]:
        """The codes that run on ``path`` under ``cfg``, memoised (the path matters only for per-file-ignores)."""
        if not cfg.per_file_ignores:
            path = None
        hit = self._codes.get((id(cfg), path))
        if hit is None or hit[0] is not cfg:
            codes = frozenset(cfg.rules_for(self.registry, path, self.options.select, self.options.ignore))
            hit = self._codes[(id(cfg), path)] = (cfg, codes)
        return hit[1]

    def rules_for(self, cfg: Config, path: Path | None) -> list[Rule]:
        codes = self.codes_for(cfg, path)
        rules = self._rules.get(codes)
        if rules is None:
            rules = self._rules[codes] = [r for r in self.registry if r.info.code in codes]
        return rules

    def run(self, paths: list[str]) -> list[FileResult]:
        from .parallel import lint_found  # in this process unless the files found are worth a pool

        found = discover(paths, self.finder)
        results = [r for linted in lint_found(self, found, self.options.jobs) for r in linted]  # discovery order
        self.run_corpus_rules(results)
        return results

    def read(self, path: str, limit: int | None = None) -> bytes:
        """The bytes of ``path`` (or stdin); more than ``limit`` bytes is an InputError."""
        return read_bounded(path, limit)

    def lint_file(self, path: str) -> list[FileResult]:
        display = self.options.stdin_name if path == STDIN else path
        fmt = self.options.stdin_format if path == STDIN else format_of(path)
        try:
            cfg = self._config_for(path)
        except LintNewsError as exc:
            return [FileResult(display, errors=[str(exc)])]
        try:
            data = self.read(path, cfg.max_file_size)
        except OSError as exc:
            return [FileResult(display, errors=[exc.strerror or str(exc)])]
        except InputError as exc:
            return [FileResult(display, errors=[exc.message])]
        return self.lint_bytes(display, data, fmt, cfg)

    def _config_for(self, path: str) -> Config:
        """The validated config of ``path``'s folder, looked up once per folder of the run."""
        folder = "" if path == STDIN else os.path.dirname(path)
        cfg = self._configs.get(folder)
        if cfg is None:
            cfg = self.finder.for_path(Path.cwd() / "_" if path == STDIN else Path(path))
            cfg.validate(self.registry)  # raises for a bad config: not remembered, reported per file
            self._configs[folder] = cfg
        return cfg

    def lint_bytes(self, display: str, data: bytes, fmt: str, cfg: Config) -> list[FileResult]:
        try:
            decoded = decode(data, display)
        except InputError as exc:
            return [FileResult(display, errors=[exc.message])]
        return self.lint_text(display, decoded, fmt, cfg)

    def lint_text(self, display: str, decoded: DecodedText, fmt: str, cfg: Config) -> list[FileResult]:
        warnings = list(decoded.warnings)
        errors: list[str] = []
        try:
            articles = load_articles(display, decoded.text, fmt)
        except InputError as exc:
            partial = getattr(exc, "articles", None)
            if partial is None:
                return [FileResult(display, errors=[exc.message], decoded=decoded)]
            articles, errors = partial, [exc.message]
        except RecursionError:
            return [FileResult(display, errors=["markup nested too deeply to parse"], decoded=decoded)]
        except Exception as exc:  # a loader bug: one line for this file, the run goes on
            return [FileResult(display, errors=[internal_error(f"the {fmt} loader", exc)], decoded=decoded)]
        named = cfg.per_file_ignores and display != self.options.stdin_name
        path = Path(display) if named else None  # the path matters only for per-file-ignores
        codes = self.codes_for(cfg, path)
        ctx = Context(cfg, dict(self.options.context_options), codes)
        rules = self._article_rules.get(codes)
        if rules is None:
            rules = self._article_rules[codes] = [r for r in self.rules_for(cfg, path) if not r.corpus]
        results = []
        for article in articles:
            rule_errors: list[str] = []
            findings = self.check_article(article, rules, ctx, cfg, rule_errors)
            score = garble_score(findings, article.word_count)
            # memoised analyses are big (~100 kB for 250 words); reports recompute what they need.
            # Released one article at a time: a JSONL file's thousands of articles never hold theirs at once.
            article.release()
            results.append(FileResult(display, article, findings, rule_errors, warnings, score, cfg, decoded))
        if not results:
            results.append(FileResult(display, None, [], errors, warnings, None, cfg, decoded))
        elif errors:
            results[0].errors.extend(errors)
        return results

    def check_article(self, article: Article, rules: list[Rule], ctx: Context, cfg: Config,
                      errors: list[str] | None = None) -> list[Finding]:
        """Run ``rules``; a rule that raises or reports a span outside the text adds a line to ``errors``."""
        findings: list[Finding] = []
        size = len(article.text)
        for rule in rules:  # lean: most rules find nothing in most articles
            try:
                found = [*rule.check(article, ctx)]
            except Exception as exc:  # one broken rule must not stop the others or the run
                if errors is not None:
                    errors.append(internal_error(f"rule {rule.info.code}", exc))
                continue
            if not found:
                continue
            inside = [f for f in found if f.span.end <= size]
            if len(inside) < len(found) and errors is not None:
                bad = next(f for f in found if f.span.end > size)
                errors.append(f"internal error in rule {rule.info.code}: span {bad.span.start}..{bad.span.end} "
                              f"outside the article ({size} characters); finding dropped (please report it)")
            findings += inside
        return self.finish(article, findings, cfg)

    def finish(self, article: Article, findings: list[Finding], cfg: Config) -> list[Finding]:
        """Apply suppressions and severity overrides; sort; drop exact repeats."""
        if not findings:
            return []
        comments = article.meta.get("comments") or []
        sup = Suppressions(comments, article.source, article.lines) if comments else None
        out: list[Finding] = []
        seen: set[tuple[str, int, int]] = set()
        for f in findings:
            key = (f.rule, f.span.start, f.span.end)
            if key in seen:
                continue
            seen.add(key)
            if sup is not None and sup.suppressed(f.rule, article.smap.start(f.span.start)):
                continue
            if f.rule in cfg.severity:
                f.severity = cfg.severity[f.rule]
            out.append(f)
        out.sort(key=Finding.sort_key)
        return out

    def _codes_of(self, result: FileResult) -> frozenset[str]:
        """The codes that run on a linted file's articles."""
        assert result.config is not None
        named = result.path != self.options.stdin_name and result.config.per_file_ignores
        return self.codes_for(result.config, Path(result.path) if named else None)  # the path: per-file-ignores

    def run_corpus_rules(self, results: list[FileResult]) -> None:
        """Cross-article rules (duplicate headlines across files) over every article of the run."""
        linted = [r for r in results if r.article is not None and r.config is not None]
        if len(linted) < 2:
            return
        corpus_rules = [r for r in self.registry if r.corpus and any(r.info.code in self._codes_of(t) for t in linted)]
        if not corpus_rules:
            return  # none selected for any file of the run (--ignore D105): not run at all
        by_article = {id(r.article): r for r in results if r.article is not None}
        articles = [r.article for r in results if r.article is not None]
        ctx = Context(Config(), dict(self.options.context_options))
        changed: dict[int, FileResult] = {}  # rescored once each, after every corpus rule
        for rule in corpus_rules:
            try:
                found = list(rule.check_corpus(articles, ctx))
            except Exception as exc:  # reported once, against the first article of the run
                first = next(r for r in results if r.article is not None)
                first.errors.append(internal_error(f"cross-file rule {rule.info.code}", exc))
                continue
            for index, finding in found:
                target = by_article.get(id(articles[index]))
                if target is None or target.config is None or target.article is None:
                    continue
                if rule.info.code not in self._codes_of(target):
                    continue
                kept = self.finish(target.article, [finding], target.config)
                if kept:
                    target.findings = sorted(target.findings + kept, key=Finding.sort_key)
                    changed[id(target)] = target
        for target in changed.values():
            assert target.article is not None
            target.score = garble_score(target.findings, target.article.word_count)

"""The rule registry: Python analysis rules and YAML data rules under one set of codes."""

from __future__ import annotations

import importlib
import os
import re
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, ClassVar

from . import recache
from .findings import CATEGORIES, SEVERITIES, Finding, Related, Severity, Span, Suggestion
from .records import FrozenRecord

if TYPE_CHECKING:
    from .context import Context
    from .document import Article

CODE_RE = recache.compile(r"^[A-Z]{1,3}[0-9]{3}$")
DOC_HEADINGS = ("What it flags", "Why it matters", "Example", "Suggested fix", "Fix safety")


class RuleInfo(FrozenRecord):
    __slots__ = ("_docs", "category", "code", "default_enabled", "fixable", "name", "origin", "severity", "summary")
    _fields = ("code", "name", "category", "severity", "summary", "fixable", "docs", "origin", "default_enabled")

    def __init__(self, code: str, name: str, category: str, severity: Severity, summary: str, fixable: bool,
                 docs: dict[str, str] | str | None = None, origin: str = "", default_enabled: bool = True) -> None:
        self.code = code
        self.name = name
        self.category = category
        self.severity = severity
        self.summary = summary
        self.fixable = fixable
        # the sections, or the docstring they are parsed from when first asked for (a check never is)
        self._docs: dict[str, str] | str = {} if docs is None else docs
        self.origin = origin  # module or data file the rule comes from
        self.default_enabled = default_enabled  # off-by-default rules run only when selected

    @property
    def docs(self) -> dict[str, str]:
        if isinstance(self._docs, str):
            self._docs = parse_docs(self._docs)
        return self._docs


def parse_docs(text: str) -> dict[str, str]:
    """Sections of a rule's docs, keyed by their '## Heading'."""
    sections: dict[str, str] = {}
    current: str | None = None
    lines: list[str] = []
    for line in (text or "").splitlines():
        m = re.match(r"^\s*##\s+(.+?)\s*$", line)
        if m:
            if current:
                sections[current] = "\n".join(lines).strip()
            current, lines = m.group(1), []
        elif current:
            lines.append(line[4:] if line.startswith("    ") else line.strip() if not line.strip() else line.lstrip())
    if current:
        sections[current] = "\n".join(lines).strip()
    return sections


class Rule:
    """Base class of analysis rules; subclasses set the class attributes and write ``check``."""

    code: ClassVar[str]
    name: ClassVar[str]
    category: ClassVar[str]
    severity: ClassVar[Severity] = "warning"
    summary: ClassVar[str]
    fixable: ClassVar[bool] = False
    # Cross-article rules see every article of a run at once (``check_corpus``).
    corpus: ClassVar[bool] = False
    default_enabled: ClassVar[bool] = True

    def __init__(self, info: RuleInfo | None = None) -> None:
        self.info = info or self.describe()

    @classmethod
    def describe(cls) -> RuleInfo:
        return RuleInfo(cls.code, cls.name, cls.category, cls.severity, cls.summary, cls.fixable,
                        cls.__doc__ or "", cls.__module__, cls.default_enabled)

    def check(self, article: Article, ctx: Context) -> Iterator[Finding]:
        return iter(())

    def check_corpus(self, articles: list[Article], ctx: Context) -> Iterator[tuple[int, Finding]]:
        """Findings as (index of the article they belong to, finding)."""
        return iter(())

    def finding(
        self,
        span: Span,
        message: str,
        suggestions: Iterable[Suggestion] = (),
        related: Iterable[Related] = (),
        confidence: float = 0.8,
        severity: Severity | None = None,
    ) -> Finding:
        info = self.info
        return Finding(info.code, info.name, info.category, severity or info.severity, message, span,
                       list(suggestions), list(related), confidence)


class Registry:
    def __init__(self) -> None:
        self.rules: dict[str, Rule] = {}

    def add(self, rule: Rule) -> None:
        info = rule.info
        problems = []
        if not CODE_RE.match(info.code):
            problems.append(f"bad code {info.code!r}")
        if info.category not in CATEGORIES:
            problems.append(f"unknown category {info.category!r}")
        if info.severity not in SEVERITIES:
            problems.append(f"unknown severity {info.severity!r}")
        if info.code in self.rules:
            problems.append(f"code {info.code} is used twice ({self.rules[info.code].info.origin} and {info.origin})")
        if problems:
            from .errors import ConfigError

            raise ConfigError(f"rule {info.code} ({info.origin}): " + "; ".join(problems))
        self.rules[info.code] = rule

    def __iter__(self) -> Iterator[Rule]:
        return iter(sorted(self.rules.values(), key=lambda r: r.info.code))

    def get(self, code: str) -> Rule | None:
        return self.rules.get(code.upper())

    def codes(self) -> list[str]:
        return sorted(self.rules)

    def matches(self, selector: str) -> list[str]:
        """Codes that a selector names: a full code, a family prefix ("N", "N1") or "ALL"."""
        selector = selector.strip().upper()
        if selector == "ALL":
            return self.codes()
        return [c for c in self.codes() if c.startswith(selector)]


def module_names(folders: Iterable[str]) -> list[str]:
    """The Python source modules in a package's folders, by name: what pkgutil.iter_modules lists for
    a package of .py files, without the ``inspect`` import (~4 ms of every start) it makes."""
    names: set[str] = set()
    for folder in folders:
        try:
            entries = os.listdir(folder)
        except OSError:
            continue
        names.update(entry[:-3] for entry in entries if entry.endswith(".py") and entry[:-3].isidentifier())
    names.discard("__init__")
    return sorted(names)


def python_rules() -> list[type[Rule]]:
    """Every Rule subclass in the lint_news.rules package (one module per rule)."""
    from . import rules as package

    found: list[type[Rule]] = []
    names = module_names(package.__path__)
    key = _bundle_key(package, names)
    hit = key is not None and _exec_bundle(package, names, key)
    for name in names:
        try:
            module = importlib.import_module(f"{package.__name__}.{name}")
        except Exception as exc:  # a broken rule module is a one-line error, not a traceback
            from .errors import ConfigError

            raise ConfigError(f"rule module {name} cannot be loaded: {type(exc).__name__}: {exc}") from None
        for value in vars(module).values():
            if isinstance(value, type) and issubclass(value, Rule) and value is not Rule and getattr(value, "code", None) \
                    and value.__module__ == module.__name__:
                found.append(value)
    if key is not None and not hit:
        _store_bundle(package, names, key)
    return found


def _bundle_key(package: Any, names: list[str]) -> tuple[str, tuple[str, ...]] | None:
    """The cache table of the rule modules' code and the stamps of their source files (None: no
    cache, or a package of several folders)."""
    paths = list(package.__path__)
    if len(paths) != 1 or os.environ.get("LINT_NEWS_NO_CACHE"):
        return None
    files = [os.path.join(paths[0], f"{name}.py") for name in names]
    return recache.stamped_name("rules-code", files), recache.file_stamps(files)


def _exec_bundle(package: Any, names: list[str], key: tuple[str, tuple[str, ...]]) -> bool:
    """Run the rule modules from one cached file of their compiled code (True), when it was stored
    for these very source files (``_store_bundle``): importing 89 modules one by one (finders, stat
    calls, a file read each) cost ~5-10 ms of every start. False on a miss: the modules are then
    imported as usual."""
    codes = recache.load_table(*key)
    if not isinstance(codes, dict):
        return False
    import sys
    import types

    folder = package.__path__[0]
    for name in names:
        full = f"{package.__name__}.{name}"
        code = codes.get(name)
        if full in sys.modules or code is None:
            continue  # (imported already, by another rule module: "from .w110_related_posts import ...")
        module = types.ModuleType(full)
        module.__file__ = os.path.join(folder, f"{name}.py")
        module.__package__ = package.__name__
        sys.modules[full] = module
        try:
            exec(code, module.__dict__)  # (this package's own compiled modules)
        except Exception:
            sys.modules.pop(full, None)  # the usual import then reports it
            continue
        setattr(package, name, module)
    return True


def _store_bundle(package: Any, names: list[str], key: tuple[str, tuple[str, ...]]) -> None:
    """After a miss, keep the code the import just used, read back from the modules' bytecode files
    (no compiling); nothing when one has none (PYTHONDONTWRITEBYTECODE) or the cache is read-only,
    so such a run costs no more than an import."""
    import marshal
    import sys

    folder = recache.cache_dir()
    if not os.access(folder if os.path.isdir(folder) else os.path.dirname(folder), os.W_OK):
        return
    codes = {}
    for name in names:
        module = sys.modules.get(f"{package.__name__}.{name}")
        cached, source = getattr(module, "__cached__", None), getattr(module, "__file__", None)
        try:
            with open(cached or "", "rb") as f:
                data = f.read()
            if not _pyc_matches(data, source or ""):
                return  # a stale .pyc left from before an edit (the import compiled the source and could not write)
            codes[name] = marshal.loads(data[16:])  # (past the 16-byte header of a .pyc)
        except (OSError, ValueError, EOFError, TypeError):
            return
    recache.store_table(*key, codes)


def _pyc_matches(data: bytes, source: str) -> bool:
    """Is ``data`` a timestamp .pyc of this Python for ``source`` as it is now, the check the import
    system makes (magic number, flags 0, the source's mtime and size)? A hash-based .pyc is not trusted."""
    from importlib.util import MAGIC_NUMBER

    st = os.stat(source)
    return (len(data) > 16 and data[:4] == MAGIC_NUMBER and data[4:8] == b"\0\0\0\0"
            and int.from_bytes(data[8:12], "little") == int(st.st_mtime) & 0xFFFFFFFF
            and int.from_bytes(data[12:16], "little") == st.st_size & 0xFFFFFFFF)


_DEFAULT: Registry | None = None


def default_registry() -> Registry:
    """All built-in rules (Python and YAML), loaded once."""
    global _DEFAULT
    if _DEFAULT is None:
        from .datarules import data_rules

        registry = Registry()
        for cls in python_rules():
            registry.add(cls())
        for rule in data_rules():
            registry.add(rule)
        _DEFAULT = registry
    return _DEFAULT

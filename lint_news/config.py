"""Configuration: [tool.lint-news] in pyproject.toml or a .lint-news.toml, found from each file upward."""

from __future__ import annotations

import fnmatch
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .findings import SEVERITIES, Severity
from .records import Record
from .registry import Registry

CONFIG_FILES = (".lint-news.toml", "pyproject.toml")
KNOWN_KEYS = {
    "select", "ignore", "extend-select", "per-file-ignores", "severity", "fail-level", "exclude",
    "names", "names-file", "languagetool", "fail-score", "extra-rules",
    "max-file-size",
}
DEFAULT_MAX_FILE_MB = 16  # all rules: about 75 MB of memory per MB of text (tools/measure_huge.py)
DEFAULT_EXCLUDE = (".git/**", "**/.git/**", "node_modules/**", "**/node_modules/**", ".venv/**", "**/.venv/**")


class Config(Record):
    _fields = ("path", "root", "select", "extend_select", "ignore", "per_file_ignores", "severity", "fail_level",
               "exclude", "names", "names_file", "languagetool", "fail_score", "extra_rules", "max_file_size")

    def __init__(self, path: Path | None = None, root: Path | None = None, select: list[str] | None = None,
                 extend_select: list[str] | None = None, ignore: list[str] | None = None,
                 per_file_ignores: dict[str, list[str]] | None = None, severity: dict[str, Severity] | None = None,
                 fail_level: Severity = "warning", exclude: list[str] | None = None, names: list[str] | None = None,
                 names_file: Path | None = None, languagetool: str | None = None, fail_score: float | None = None,
                 extra_rules: list[Any] | None = None,
                 max_file_size: int | None = DEFAULT_MAX_FILE_MB * 1024 * 1024) -> None:
        self.path = path  # the file it came from
        self.root = Path.cwd() if root is None else root
        self.select = select
        self.extend_select: list[str] = [] if extend_select is None else extend_select
        self.ignore: list[str] = [] if ignore is None else ignore
        self.per_file_ignores: dict[str, list[str]] = {} if per_file_ignores is None else per_file_ignores
        self.severity: dict[str, Severity] = {} if severity is None else severity
        self.fail_level = fail_level
        self.exclude: list[str] = [] if exclude is None else exclude
        self.names: list[str] = [] if names is None else names
        self.names_file = names_file
        self.languagetool = languagetool
        self.fail_score = fail_score
        self.extra_rules: list[Any] = [] if extra_rules is None else extra_rules  # DataRules from extra-rules YAML
        # bytes; bigger files are skipped with a one-line message (0 or None: no limit)
        self.max_file_size = max_file_size

    def relative(self, path: Path) -> str:
        try:
            return _resolve(path).relative_to(_resolve(self.root)).as_posix()
        except ValueError:
            return path.as_posix()

    def is_excluded(self, path: Path) -> bool:
        rel = self.relative(path)
        return any(fnmatch.fnmatch(rel, pattern) for pattern in (*DEFAULT_EXCLUDE, *self.exclude))

    def rules_for(self, registry: Registry, path: Path | None, cli_select: list[str] | None = None,
                  cli_ignore: list[str] | None = None) -> set[str]:
        """The codes that run on ``path``."""
        self.register(registry)
        if cli_select:
            codes = _expand(registry, cli_select, "--select")
        elif self.select is not None:
            codes = _expand(registry, self.select, "select")
        else:
            codes = {r.info.code for r in registry if r.info.default_enabled}
        codes |= _expand(registry, self.extend_select, "extend-select")
        codes -= _expand(registry, self.ignore, "ignore")
        codes -= _expand(registry, cli_ignore or [], "--ignore")
        own = {r.info.code for r in self.extra_rules}
        codes -= {r.info.code for r in registry if getattr(r, "user", False) and r.info.code not in own}
        if path is not None:
            rel = self.relative(path)
            for pattern, selectors in self.per_file_ignores.items():
                if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(path.name, pattern):
                    codes -= _expand(registry, selectors, f"per-file-ignores[{pattern!r}]")
        return codes

    def register(self, registry: Registry) -> None:
        """Add this config's extra rules to the registry (once); a code already taken is an error."""
        for rule in self.extra_rules:
            taken = registry.rules.get(rule.info.code)
            if taken is rule:
                continue
            if taken is not None:
                raise ConfigError(f"{self.path}: extra-rules: {rule.info.origin} uses code {rule.info.code}, "
                                  f"already taken by {taken.info.origin or 'a built-in rule'}")
            registry.add(rule)

    def validate(self, registry: Registry) -> None:
        self.register(registry)
        for selectors, where in ((self.select or [], "select"), (self.ignore, "ignore"), (self.extend_select, "extend-select")):
            _expand(registry, selectors, where, self.path)
        for pattern, selectors in self.per_file_ignores.items():
            _expand(registry, selectors, f"per-file-ignores[{pattern!r}]", self.path)
        for code in self.severity:
            _expand(registry, [code], "severity", self.path)


def _resolve(path: Path) -> Path:
    """The real absolute path; for a symbolic-link loop, the absolute path as written."""
    try:
        return path.resolve()
    except (OSError, RuntimeError):
        return path.absolute()


def _expand(registry: Registry, selectors: list[str], where: str, origin: Path | None = None) -> set[str]:
    out: set[str] = set()
    for sel in selectors:
        found = registry.matches(sel)
        if not found:
            prefix = f"{origin}: " if origin else ""
            raise ConfigError(f"{prefix}{where}: unknown rule code or prefix {sel!r}")
        out.update(found)
    return out


def _str_list(value: Any, key: str, origin: Path) -> list[str]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{origin}: '{key}' must be a list of strings")
    return list(value)


def parse(table: dict[str, Any], origin: Path) -> Config:
    unknown = sorted(set(table) - KNOWN_KEYS)
    if unknown:
        raise ConfigError(f"{origin}: unknown option(s) {', '.join(repr(u) for u in unknown)}")
    cfg = Config(path=origin, root=origin.parent)
    if "select" in table:
        cfg.select = _str_list(table["select"], "select", origin)
    cfg.extend_select = _str_list(table.get("extend-select", []), "extend-select", origin)
    cfg.ignore = _str_list(table.get("ignore", []), "ignore", origin)
    pfi = table.get("per-file-ignores", {})
    if not isinstance(pfi, dict):
        raise ConfigError(f"{origin}: 'per-file-ignores' must be a table of glob = [codes]")
    cfg.per_file_ignores = {str(k): _str_list(v, f"per-file-ignores.{k}", origin) for k, v in pfi.items()}
    sev = table.get("severity", {})
    if not isinstance(sev, dict) or any(v not in SEVERITIES for v in sev.values()):
        raise ConfigError(f"{origin}: 'severity' must map codes to error, warning or info")
    cfg.severity = {str(k).upper(): v for k, v in sev.items()}
    level = table.get("fail-level", "warning")
    if level not in SEVERITIES:
        raise ConfigError(f"{origin}: 'fail-level' must be error, warning or info")
    cfg.fail_level = level
    cfg.exclude = _str_list(table.get("exclude", []), "exclude", origin)
    cfg.names = _str_list(table.get("names", []), "names", origin)
    if "names-file" in table:
        names_file = origin.parent / str(table["names-file"])
        if not names_file.is_file():
            raise ConfigError(f"{origin}: names-file {str(names_file)!r} does not exist")
        cfg.names_file = names_file
    if "languagetool" in table:
        if not isinstance(table["languagetool"], str):
            raise ConfigError(f"{origin}: 'languagetool' must be a URL string")
        cfg.languagetool = table["languagetool"]
    if "fail-score" in table:
        if not isinstance(table["fail-score"], (int, float)):
            raise ConfigError(f"{origin}: 'fail-score' must be a number")
        cfg.fail_score = float(table["fail-score"])
    if "max-file-size" in table:
        size = table["max-file-size"]
        if isinstance(size, bool) or not isinstance(size, (int, float)) or size < 0:
            raise ConfigError(f"{origin}: 'max-file-size' must be a number of megabytes (0 = no limit)")
        cfg.max_file_size = int(size * 1024 * 1024) or None
    if "extra-rules" in table:
        for name in _str_list(table["extra-rules"], "extra-rules", origin):
            rules_file = origin.parent / name
            if not rules_file.is_file():
                raise ConfigError(f"{origin}: extra-rules file {str(rules_file)!r} does not exist")
            cfg.extra_rules.extend(_cached_user_rules(rules_file))
    return cfg


_USER_RULES: dict[Path, list[Any]] = {}


def _cached_user_rules(path: Path) -> list[Any]:
    """One set of rule objects per rules file, however many configs name it."""
    from .datarules import load_user_rules

    key = _resolve(path)
    if key not in _USER_RULES:
        _USER_RULES[key] = load_user_rules(path)
    return _USER_RULES[key]


def load_file(path: Path) -> Config | None:
    """The config in ``path``; None for a pyproject.toml without [tool.lint-news]."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config is not UTF-8") from None
    if path.name == "pyproject.toml" and "lint-news" not in text:
        return None  # no [tool.lint-news] table: not worth importing and running the TOML parser
    import tomllib  # only when a config file is found

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: malformed TOML: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("lint-news")
        if table is None:
            return None
    else:
        table = data.get("tool", {}).get("lint-news", data)
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.lint-news] must be a table")
    return parse(table, path)


class ConfigFinder:
    """Finds, for each file, the nearest config upward from its folder; caches by folder."""

    def __init__(self, explicit: Path | None = None) -> None:
        self._explicit = load_file(explicit) if explicit else None
        if explicit and self._explicit is None:
            raise ConfigError(f"{explicit}: no [tool.lint-news] table")
        self._cache: dict[Path, Config] = {}

    def for_path(self, path: Path) -> Config:
        if self._explicit is not None:
            return self._explicit
        folder = _resolve(path if path.is_dir() else path.parent)
        return self._find(folder)

    def _find(self, folder: Path) -> Config:
        if folder in self._cache:
            return self._cache[folder]
        found: Config | None = None
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file():
                found = load_file(candidate)
                if found is not None:
                    break
        if found is None:
            found = self._find(folder.parent) if folder.parent != folder else Config()
        self._cache[folder] = found
        return found

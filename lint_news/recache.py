"""Compiled regular expressions kept between runs, as Python keeps byte code in __pycache__.

CPython compiles a regex in pure Python (parse, then code generation), and a single-file run
compiles about ninety of them: a fifth of its start-up. The result is a list of integers that
depends only on the pattern, the flags and the Python build, so it is stored in a cache file and
handed straight to the regex engine (``_sre.compile``) in later runs.

That constructor and the code generator are CPython internals, so the cache guards itself: the
file is keyed by the exact interpreter build and ``_sre.MAGIC``; a new entry is kept only when the
pattern rebuilt from it agrees with ``re.compile``'s; any error turns the cache off for the
process; and a pattern always compiles without it. Where the file lives: ``$LINT_NEWS_CACHE_DIR``,
else ``$XDG_CACHE_HOME/lint-news``, else ``~/.cache/lint-news``. ``LINT_NEWS_NO_CACHE=1`` turns the
cache off; an unwritable folder just means no cache. Other tables that are slow to build at
start-up (the gazetteer) are kept in the same folder by ``store_table``/``load_table``.
"""

from __future__ import annotations

import atexit
import contextlib
import marshal
import os
import re
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

try:  # CPython's regex engine; without it (another interpreter) the cache stays off
    import _sre
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - CPython always has them
    _sre = None

FORMAT = 1
MAX_ENTRIES = 4000  # past this, a save keeps only the patterns this process used
_Key = tuple[str, int]
_Entry = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]  # _sre.compile's arguments after the pattern

_re_compile = re.compile  # the real one, also while ``serving`` stands in for it
_entries: dict[_Key, _Entry] | None = None  # None until loaded
_used: set[_Key] = set()
_dirty = False
_enabled = _sre is not None


def cache_dir() -> str:
    explicit = os.environ.get("LINT_NEWS_CACHE_DIR")
    if explicit:
        return explicit
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lint-news")


def cache_file() -> str:
    return os.path.join(cache_dir(), f"regex-{sys.implementation.cache_tag}.marshal")


def _header() -> tuple[Any, ...]:
    return (FORMAT, sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))


def _read() -> dict[_Key, _Entry]:
    try:
        with open(cache_file(), "rb") as f:
            header, entries = marshal.loads(f.read())  # marshal.load(f) reads a file object piecemeal: 20x slower
        if header == _header() and isinstance(entries, dict):
            return entries
    except (OSError, ValueError, EOFError, TypeError):  # no file yet, or one from elsewhere
        pass
    return {}


def _load() -> dict[_Key, _Entry]:
    global _entries, _enabled
    if _entries is None:
        if os.environ.get("LINT_NEWS_NO_CACHE"):
            _enabled = False
            _entries = {}
        else:
            _entries = _read()
    return _entries


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache when this pattern was compiled before."""
    global _enabled
    flags = int(flags)
    if not _enabled or flags & re.DEBUG or not isinstance(pattern, str):
        return _re_compile(pattern, flags)
    key = (pattern, flags)
    entry = _load().get(key)
    if entry is not None:
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *entry)
            _used.add(key)
            return compiled
        except Exception:  # a damaged or foreign entry: compile normally from now on
            _enabled = False
    compiled = _re_compile(pattern, flags)
    _remember(key, compiled)
    return compiled


@contextlib.contextmanager
def serving() -> Iterator[None]:
    """Serve every ``re.compile`` from the cache while the block runs, for a package that compiles
    its patterns as it imports (markdown-it: ~70 patterns, ~6 ms of a Markdown file's run).

    ``re.compile`` itself is swapped for ``compile`` and put back after: use it only around an
    import at start-up, where nothing else compiles at the same time.
    """
    if not _enabled or re.compile is not _re_compile:  # off, or already serving
        yield
        return
    re.compile = compile  # type: ignore[assignment]
    try:
        yield
    finally:
        re.compile = _re_compile


def _entry_for(pattern: str, flags: int) -> _Entry:
    """What re._compiler.compile hands to _sre.compile, in plain ints (marshal cannot store opcodes)."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex, tuple(indexgroup)


def _remember(key: _Key, compiled: re.Pattern[str]) -> None:
    global _dirty, _enabled
    try:
        entry = _entry_for(*key)
        rebuilt = _sre.compile(key[0], *entry)
        same = (rebuilt.flags, rebuilt.groups, dict(rebuilt.groupindex)) == (
            compiled.flags, compiled.groups, dict(compiled.groupindex))
    except Exception:
        same = False
    if not same:  # this Python's internals are not what the cache expects
        _enabled = False
        return
    _load()[key] = entry
    _used.add(key)
    if not _dirty:
        _dirty = True
        atexit.register(save)


def save() -> None:
    """Write the cache if this process compiled something new (atomically; errors are ignored)."""
    global _dirty
    if not _dirty or not _enabled or _entries is None:
        return
    _dirty = False
    entries = {**_read(), **_entries}  # another process may have saved since this one loaded
    if len(entries) > MAX_ENTRIES:
        entries = {k: entries[k] for k in _used if k in entries}
    _write(cache_file(), (_header(), entries))


def _write(path: str, value: Any) -> None:
    """``value`` marshalled into ``path``, atomically; errors are ignored (no cache is no error)."""
    temp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temp, "wb") as f:
            f.write(marshal.dumps(value))
        os.replace(temp, path)
    except (OSError, ValueError):
        with contextlib.suppress(OSError):
            os.unlink(temp)


# Other start-up tables kept beside the patterns (the gazetteer): each in its own file, stored with
# a fingerprint of the inputs it was built from and read back only for the same fingerprint.


def _table_file(name: str) -> str:
    return os.path.join(cache_dir(), f"{name}-{sys.implementation.cache_tag}.marshal")


def _fingerprint(inputs: tuple[str | bytes, ...]) -> tuple[tuple[int, int], ...]:
    """(length, CRC-32) of each input: storing the inputs themselves to compare them made the
    gazetteer's file 180 KB larger, read at every start."""
    import zlib

    out = []
    for value in inputs:
        data = value if isinstance(value, bytes) else value.encode("utf-8", "surrogatepass")
        out.append((len(data), zlib.crc32(data)))
    return tuple(out)


def file_stamps(files: Iterable[str | os.PathLike[str]]) -> tuple[str, ...]:
    """Size, times and inode of each file, to key a table built from them: reading the files only to
    fingerprint them cost a millisecond of every start. The change time is in, as any write sets it
    and no copy (cp -p, rsync -t, tar) or touch can set it back. A file that cannot be stat'ed (no
    source file, a zip) gives a stamp of its own each run, so the table is built anew."""
    out = []
    for path in files:
        name = os.path.basename(path)
        try:
            st = os.stat(path)
            out.append(f"{name}:{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}")
        except OSError:
            out.append(f"{name}:unknown:{os.getpid()}:{time.time_ns()}")
    return tuple(out)


def stamped_name(name: str, files: Iterable[str | os.PathLike[str]]) -> str:
    """``name`` with a tag of the folders of ``files``: a table keyed by ``file_stamps`` gets a file of
    its own per installation. Two installs of the same version (a project's venv, pre-commit's) have
    files of equal content but other stamps; sharing one table file, each run would rebuild and
    overwrite what the other stored."""
    import zlib

    folders = "\0".join(sorted({os.path.dirname(os.path.abspath(f)) for f in files}))
    return f"{name}-{zlib.crc32(folders.encode('utf-8', 'surrogatepass')):08x}"


def load_table(name: str, inputs: tuple[str | bytes, ...]) -> Any | None:
    """What ``store_table(name, inputs, ...)`` stored, if built from exactly ``inputs`` by this Python
    build; else None (no file, another build, other inputs, damage, or the cache turned off)."""
    if os.environ.get("LINT_NEWS_NO_CACHE"):
        return None
    try:
        with open(_table_file(name), "rb") as f:
            header, stored, table = marshal.loads(f.read())
    except (OSError, ValueError, EOFError, TypeError):
        return None
    return table if header == (FORMAT, sys.version) and stored == _fingerprint(inputs) else None


def store_table(name: str, inputs: tuple[str | bytes, ...], table: Any) -> None:
    """Keep ``table`` (marshallable: str, numbers, tuples, lists, dicts, sets) built from ``inputs``."""
    if not os.environ.get("LINT_NEWS_NO_CACHE"):
        _write(_table_file(name), ((FORMAT, sys.version), _fingerprint(inputs), table))

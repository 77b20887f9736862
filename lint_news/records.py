"""Plain classes for the records on the ``check`` path, instead of dataclasses.

A single-file run paid ~14 ms for ``dataclasses``: importing it pulls in ``inspect`` (and ``ast``,
``dis``, ``tokenize``), and every decorated class ``exec``s its generated methods at import. A
record here lists its fields in ``_fields`` and writes a plain ``__init__``; ``Record`` gives it the
``repr`` and ``==`` a dataclass would have (and, like a dataclass with ``eq``, no hash), and
``FrozenRecord`` adds the field-based hash of a frozen dataclass. Frozen records are not
write-protected: nothing may change them after construction.
"""

from __future__ import annotations

from typing import Any, ClassVar


class Record:
    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()  # in constructor order: what == compares
    _hidden: ClassVar[frozenset[str]] = frozenset()  # fields the repr leaves out

    def _values(self) -> tuple[Any, ...]:
        return tuple([getattr(self, name) for name in self._fields])

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields if name not in self._hidden)
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    __hash__ = None  # type: ignore[assignment]  # mutable and compared by value: unhashable


class FrozenRecord(Record):
    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(self._values())

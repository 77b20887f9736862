"""Look a key up in a sorted ``key<TAB>value`` file without building a table."""

from __future__ import annotations

import bisect

_BLOCK = 4096  # bytes of the file per entry of the sparse index


class SortedTsv:
    """The lines of a ``key<TAB>value`` file in code-point order (UTF-8 sorts as code points do),
    searched through a sparse index (the first key of every 4 kB block) and one substring search
    in a block: a run that looks up a few hundred keys never builds a dict of the whole file."""

    def __init__(self, data: bytes) -> None:
        self.data = data = b"\n" + data  # every line, the first too, follows a newline
        self._starts: list[int] = []  # offset of the first line of each block
        self._keys: list[bytes] = []  # that line's key
        at = 1
        while 0 < at < len(data):
            self._starts.append(at)
            self._keys.append(data[at : data.find(b"\t", at)])
            at = data.find(b"\n", at + _BLOCK) + 1

    def find(self, key: str) -> str | None:
        """The value of ``key``'s line, or None."""
        wanted = key.encode("utf-8", "surrogatepass")
        block = bisect.bisect_right(self._keys, wanted) - 1
        if block < 0:
            return None
        end = self._starts[block + 1] if block + 1 < len(self._starts) else len(self.data)
        at = self.data.find(b"\n" + wanted + b"\t", self._starts[block] - 1, end)
        if at < 0:
            return None
        value = at + len(wanted) + 2
        stop = self.data.find(b"\n", value)
        return self.data[value : stop if stop >= 0 else len(self.data)].decode("utf-8")

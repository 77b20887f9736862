"""Bytes -> text: encodings, byte-order marks, binary files; newlines are kept as they are."""

from __future__ import annotations

import codecs

from . import recache
from .errors import InputError
from .records import Record

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# U+202D and U+202E force a direction and can make text read differently from how it displays
_FFFD_OR_ESCAPE = recache.compile("[\ufffd\udc80-\udcff]")
_BIDI_OVERRIDE = recache.compile("[\u202d\u202e]")


class DecodedText(Record):
    _fields = ("text", "encoding", "bom", "warnings", "undecodable")

    def __init__(self, text: str, encoding: str, bom: bytes = b"", warnings: list[str] | None = None,
                 undecodable: list[bytes | None] | None = None) -> None:
        self.text = text
        self.encoding = encoding
        self.bom = bom
        self.warnings: list[str] = [] if warnings is None else warnings
        # Invalid UTF-8: for each U+FFFD of ``text`` in order, the bytes it stands for (None: a real U+FFFD),
        # so that writing a fixed file back restores every undecodable byte exactly.
        self.undecodable = undecodable


def decode(data: bytes, path: str) -> DecodedText:
    """Decode a file's bytes; invalid UTF-8 is replaced and reported, binary data is refused."""
    decoded = _decode(data, path)
    text = decoded.text
    if not text or text.isspace():
        decoded.warnings.append("empty file; nothing to lint" if not text else "blank file; nothing to lint")
    # two substring tests are ~10x faster than the regex's scan of a text that has neither
    bidi = _BIDI_OVERRIDE.search(text) if "\u202d" in text or "\u202e" in text else None
    if bidi:
        line = _line_of(text, bidi.start())
        decoded.warnings.append(f"right-to-left override character U+{ord(bidi.group()):04X} at line {line} "
                                "(text may display in a different order than it reads)")
    return decoded


def _decode(data: bytes, path: str) -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom) and encoding != "utf-8":
            try:
                return DecodedText(data[len(bom):].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding.upper()} at byte {exc.start + len(bom)}", path) from None
    bom = codecs.BOM_UTF8 if data.startswith(codecs.BOM_UTF8) else b""
    data = data[len(bom):]
    if data.find(b"\x00", 0, 8192) >= 0:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise InputError("binary file (contains NUL bytes); skipped", path)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", bom)
    except UnicodeDecodeError as exc:
        at = exc.start + len(bom)
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8", "replace")) + 1
        text, undecodable = _replace_invalid(data)
        bad = sum(1 for u in undecodable if u is not None)
        note = (f"invalid UTF-8 at byte {at} (line {line}, column {column}); {bad} undecodable "
                "byte(s) read as U+FFFD (and written back unchanged by fixes), the rest linted")
        return DecodedText(text, "utf-8", bom, warnings=[note], undecodable=undecodable)


def _replace_invalid(data: bytes) -> tuple[str, list[bytes | None]]:
    """UTF-8 with each undecodable byte read as U+FFFD, and what every U+FFFD stands for."""
    escaped = data.decode("utf-8", errors="surrogateescape")  # bad byte 0xNN -> U+DCNN
    undecodable: list[bytes | None] = []
    for m in _FFFD_OR_ESCAPE.finditer(escaped):
        ch = m.group()
        undecodable.append(None if ch == "\ufffd" else bytes([ord(ch) - 0xDC00]))
    out = _FFFD_OR_ESCAPE.sub("\ufffd", escaped)
    return out, undecodable


def _bomless_utf16(data: bytes) -> DecodedText | None:
    """UTF-16 without a byte-order mark: mostly-ASCII text has a NUL in every other byte."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    if odd > 0.3 * half and even < 0.05 * half:
        encoding = "utf-16-le"
    elif even > 0.3 * half and odd < 0.05 * half:
        encoding = "utf-16-be"
    else:
        return None
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    if any(ch in text[:4096] for ch in "\x00\ufffe"):
        return None
    return DecodedText(text, encoding, warnings=[f"no byte-order mark; read as {encoding.upper()}"])


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + text.count("\r", 0, offset) - text.count("\r\n", 0, offset) + 1


def encode(text: str, decoded: DecodedText) -> bytes:
    """Encode text back the way it was read (same encoding, byte-order mark and undecodable bytes)."""
    if not decoded.undecodable:
        return decoded.bom + text.encode(decoded.encoding)
    pieces = text.split("\ufffd")
    if len(pieces) - 1 != len(decoded.undecodable):
        raise InputError("an edit added or removed a U+FFFD, so the file's undecodable bytes cannot be "
                         "restored; not written")
    out = [pieces[0].encode(decoded.encoding)]
    for original, piece in zip(decoded.undecodable, pieces[1:], strict=True):
        out.append("\ufffd".encode() if original is None else original)
        out.append(piece.encode(decoded.encoding))
    return decoded.bom + b"".join(out)


def link_problem(path: str) -> str:
    """Why a symbolic link cannot be followed: a loop, or a missing target."""
    import errno
    import os

    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop; skipped"
        return f"broken symbolic link ({exc.strerror or 'target missing'}); skipped"
    return "symbolic link cannot be followed; skipped"


def read_bounded(path: str, limit: int | None) -> bytes:
    """A file's bytes ("-" is standard input); over ``limit`` bytes is a one-line InputError.

    Never reads more than ``limit + 1`` bytes, so a pipe or a growing file cannot exhaust memory;
    devices and sockets are refused outright (``/dev/zero`` never ends).
    """
    import os
    import stat
    import sys

    if path == "-":
        data = sys.stdin.buffer.read(limit + 1) if limit else sys.stdin.buffer.read()
        size = len(data)
    else:
        if stat.S_ISFIFO(os.stat(path).st_mode) and not path.startswith(("/dev/fd/", "/proc/self/fd/")):
            raise InputError("a named pipe; skipped (opening it would wait for a writer)", path)
        # a bare descriptor: open() would wrap it in a FileIO and a BufferedReader, which cost more
        # than reading a news article; _read_fd() reads as BufferedReader.read does
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            st = os.fstat(fd)
            if stat.S_ISDIR(st.st_mode):  # the error open() raises for a folder
                import errno

                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), path)
            device = stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) or stat.S_ISSOCK(st.st_mode)
            if device and os.path.realpath(path) != os.devnull:
                raise InputError("not a regular file (a device or socket); skipped", path)
            size = st.st_size
            if limit and size > limit:
                data = b""
            elif 0 < size < (limit or size + 1):
                # read(limit + 1) would allocate a max-file-size buffer for every file: ask for the
                # size stat gives, plus one byte that shows whether the file grew meanwhile
                data = _read_fd(fd, size + 1)
                if len(data) > size:
                    data += _read_fd(fd, limit + 1 - len(data) if limit else None)
            else:  # no size to go by (/proc files, some file systems)
                data = _read_fd(fd, limit + 1 if limit else None)
        finally:
            os.close(fd)
        size = max(size, len(data))
    if limit and size > limit:
        known = path != "-" and size > len(data)  # a regular file's size; a stream stopped at the limit
        what = f"file is {_mb(size)}, over" if known else "input is over"
        raise InputError(f"{what} the max-file-size of {_mb(limit)}; skipped (raise max-file-size in the config "
                         "to lint it)", path)
    return data


def _read_fd(fd: int, count: int | None) -> bytes:
    """``count`` bytes from ``fd`` (None: all), fewer only at the end of the file: a read may return
    less than it was asked for (a pipe, a signal), so read until the count or the end is reached."""
    import os

    chunks = []
    while count is None or count > 0:
        chunk = os.read(fd, 1 << 20 if count is None else count)
        if not chunk:
            break
        chunks.append(chunk)
        if count is not None:
            count -= len(chunk)
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)


def _mb(size: int) -> str:
    if size < 100 * 1024:
        return f"{size / 1024:.1f} kB"
    return f"{size / 1024 / 1024:.1f} MB" if size % (1024 * 1024) else f"{size // 1024 // 1024} MB"

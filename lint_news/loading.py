"""Bytes -> text: encodings, byte-order marks, binary files; newlines are kept as they are."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


# U+202D and U+202E force a direction and can make text read differently from how it displays
_BIDI_OVERRIDE = re.compile("[\u202d\u202e]")


@dataclass
class DecodedText:
    text: str
    encoding: str
    bom: bytes = b""
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, path: str) -> DecodedText:
    """Decode a file's bytes; invalid UTF-8 is replaced and reported, binary data is refused."""
    decoded = _decode(data, path)
    if not decoded.text.strip():
        decoded.warnings.append("empty file; nothing to lint" if not decoded.text else "blank file; nothing to lint")
    bidi = _BIDI_OVERRIDE.search(decoded.text)
    if bidi:
        line = _line_of(decoded.text, bidi.start())
        decoded.warnings.append(f"right-to-left override character U+{ord(bidi.group()):04X} at line {line} "
                                "(text may display in a different order than it reads)")
    return decoded


def _decode(data: bytes, path: str) -> DecodedText:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom):].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} at byte {exc.start + len(bom)}", path) from None
    if b"\x00" in data[:8192]:
        utf16 = _bomless_utf16(data)
        if utf16 is not None:
            return utf16
        raise InputError("binary file (contains NUL bytes); skipped", path)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = len(data[data.rfind(b"\n", 0, exc.start) + 1 : exc.start].decode("utf-8", "replace")) + 1
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd") - data.count("\ufffd".encode())
        note = (f"invalid UTF-8 at byte {exc.start} (line {line}, column {column}); "
                f"{bad} undecodable byte sequence(s) replaced with U+FFFD, the rest linted")
        return DecodedText(text, "utf-8", warnings=[note])


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
    """Encode text back the way it was read (same encoding and byte-order mark)."""
    return decoded.bom + text.encode(decoded.encoding)


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
    """A file's bytes ("-" is standard input); over ``limit`` bytes is a one-line InputError."""
    import sys

    if path == "-":
        data = sys.stdin.buffer.read(limit + 1) if limit else sys.stdin.buffer.read()
        size = len(data)
    else:
        with open(path, "rb") as fh:
            import os

            size = os.fstat(fh.fileno()).st_size
            data = b"" if limit and size > limit else fh.read()
    if limit and size > limit:
        raise InputError(f"file is {_mb(size)}, over the max-file-size of {_mb(limit)}; skipped "
                         "(raise max-file-size in the config to lint it)", path)
    return data


def _mb(size: int) -> str:
    if size < 100 * 1024:
        return f"{size / 1024:.1f} kB"
    return f"{size / 1024 / 1024:.1f} MB" if size % (1024 * 1024) else f"{size // 1024 // 1024} MB"

"""Bytes -> text: encodings, byte-order marks, binary files; newlines are kept as they are."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

from .errors import InputError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class DecodedText:
    text: str
    encoding: str
    bom: bytes = b""
    warnings: list[str] = field(default_factory=list)


def decode(data: bytes, path: str) -> DecodedText:
    """Decode a file's bytes; invalid UTF-8 is replaced and reported, binary data is refused."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data[len(bom):].decode(encoding), encoding, bom)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {encoding} at byte {exc.start + len(bom)}", path) from None
    if b"\x00" in data[:8192]:
        raise InputError("binary file (contains NUL bytes); skipped", path)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        text = data.decode("utf-8", errors="replace")
        bad = sum(1 for ch in text if ch == "\ufffd")
        note = f"invalid UTF-8 at byte {exc.start} (line {line}); {bad} undecodable byte sequence(s) replaced with U+FFFD"
        return DecodedText(text, "utf-8", warnings=[note])


def encode(text: str, decoded: DecodedText) -> bytes:
    """Encode text back the way it was read (same encoding and byte-order mark)."""
    return decoded.bom + text.encode(decoded.encoding)

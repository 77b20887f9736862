"""Duplicate headlines across an archive, as two shuffles keyed on headline hashes.

1. Exact copies: every article's normalised headline is hashed; grouping by the hash brings all
   copies together whatever partition they came from. Each copy gets a row pointing at the first.
2. Near copies: one representative per distinct headline is MinHashed; grouping by band keys brings
   candidates together, and a pair is kept when the word sets' Jaccard similarity is high enough
   (the thresholds of rule D105, which does the same within one run).
Hashes are stable across processes (blake2b, not Python's salted ``hash``), so workers agree.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from ..document import Article
    from .sources import Record

try:  # the duplicate rules' normalisation and thresholds, when they are installed
    from ..chrome import normalize
    from ..rules.d105_headline_across_files import BANDS, JACCARD, MIN_WORDS, ROWS
except ImportError:  # pragma: no cover - the same definitions
    _WORDS = re.compile(r"[^\W_]+")

    def normalize(text: str) -> str:
        return " ".join(_WORDS.findall(text.replace("’", "").replace("'", "").lower()))

    MIN_WORDS, JACCARD, BANDS, ROWS = 5, 0.8, 5, 3

DUPLICATE_RULE = "D105"  # the per-run rule these shuffles scale out
MAX_BUCKET = 200  # candidates compared within one band bucket (a degenerate bucket stays linear)
_PRIME = (1 << 61) - 1
_SEEDS = [(int.from_bytes(hashlib.blake2b(f"a{i}".encode(), digest_size=8).digest(), "big") | 1,
           int.from_bytes(hashlib.blake2b(f"b{i}".encode(), digest_size=8).digest(), "big")) for i in range(BANDS * ROWS)]
DUPLICATE_FIELDS = ("kind", "source", "locator", "id", "url", "title", "other_source", "other_locator", "other_id",
                    "other_url", "other_title", "others", "similarity")


class HeadRef(NamedTuple):
    """An article's headline as the shuffles see it."""

    key: str  # hash of the normalised headline
    norm: str
    source: str
    locator: int
    id: str | None
    url: str | None
    title: str


def _hash(text: str) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")


def head_ref(article: Article, record: Record) -> HeadRef | None:
    """The headline's key, or None when it is too short to call a copy (as D105 decides)."""
    head = article.headline
    if head is None:
        return None
    title = article.block_text(head)
    norm = normalize(title)
    if len(set(norm.split())) < MIN_WORDS:
        return None
    ident, url = record.fields.get("id"), record.fields.get("url")
    return HeadRef(f"{_hash(norm):016x}", norm, record.source, record.locator,
                   None if ident is None else str(ident), None if url is None else str(url), title)


def _side(ref: HeadRef, prefix: str = "") -> dict[str, Any]:
    return {f"{prefix}source": ref.source, f"{prefix}locator": ref.locator, f"{prefix}id": ref.id,
            f"{prefix}url": ref.url, f"{prefix}title": ref.title}


def exact_group(group: tuple[str, list[HeadRef]]) -> tuple[list[dict[str, Any]], tuple[HeadRef, int]]:
    """Rows for the copies of one headline (each points at the first copy), and its representative."""
    refs = sorted(group[1], key=lambda r: (r.source, r.locator))
    rows = []
    if len(refs) > 1:
        for n, ref in enumerate(refs):
            other = refs[1] if n == 0 else refs[0]
            rows.append({"kind": "exact", **_side(ref), **_side(other, "other_"), "others": len(refs) - 1,
                         "similarity": 1.0})
    return rows, (refs[0], len(refs))


def minhash(norm: str) -> list[int]:
    values = [_hash(w) for w in set(norm.split())]
    return [min((a * v + b) % _PRIME for v in values) for a, b in _SEEDS]


def _first_shared_band(a: list[int], b: list[int]) -> int:
    return next((k for k in range(BANDS) if a[k * ROWS : (k + 1) * ROWS] == b[k * ROWS : (k + 1) * ROWS]), BANDS)


def band_keys(rep: tuple[HeadRef, int]) -> list[tuple[str, tuple[HeadRef, int]]]:
    sig = minhash(rep[0].norm)
    return [(f"{band}:{_hash(repr(sig[band * ROWS : (band + 1) * ROWS])):016x}", rep) for band in range(BANDS)]


def near_pairs(group: tuple[str, list[tuple[HeadRef, int]]]) -> Iterator[dict[str, Any]]:
    """Pairs of distinct headlines in one band bucket whose word sets are similar enough.

    A pair that shares several bands is reported by the first of them only, so no global
    de-duplication (a reduction to one task) is needed.
    """
    band = int(group[0].split(":", 1)[0])
    reps = sorted(group[1], key=lambda r: r[0].key)[:MAX_BUCKET]
    sets = [frozenset(r[0].norm.split()) for r in reps]
    sigs = [minhash(r[0].norm) for r in reps] if band else []
    for i, (a, _) in enumerate(reps):
        for j in range(i + 1, len(reps)):
            b, b_size = reps[j]
            if a.key == b.key:
                continue
            if band and _first_shared_band(sigs[i], sigs[j]) < band:
                continue
            similarity = len(sets[i] & sets[j]) / len(sets[i] | sets[j])
            if similarity >= JACCARD:
                yield {"kind": "near", **_side(a), **_side(b, "other_"), "others": b_size,
                       "similarity": round(similarity, 3)}

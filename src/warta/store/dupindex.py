"""Near-duplicates of newly stored articles, found against the whole store as they arrive.

The same test as :func:`warta.corpus.duplicates.find_duplicates` (word shingles, MinHash LSH
for candidates, the exact max(Jaccard, containment) score for each candidate), but the LSH
index lives in the store: each article's band keys in ``dup_bands`` and its shingles in
``dup_shingles``. Checking a new article costs one indexed lookup of its band keys and one
exact score per candidate, whatever the size of the store; a verbatim copy (the same shingles)
is found by a digest of its shingles alone and points at the first stored article with them,
as in ``find_duplicates``.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from warta.corpus.duplicates import (
    DUPLICATE_THRESHOLD,
    LSH_BANDS,
    LSH_ROWS,
    MIN_WORDS,
    NUM_PERM,
    normalise_words,
    shingles_of,
    similarity,
)
from warta.models import Article

# Odd 64-bit multipliers that spread a band's two MinHash values (and its number) over a key.
_MIX = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F], dtype=np.uint64)
_BAND_MIX = np.uint64(0x165667B19E3779F9)
_SHINGLE_TYPE = "<u4"  # shingles are crc32 values


@dataclass(frozen=True)
class Match:
    article: int  # store row of the repeating article
    duplicate_of: int  # store row of the article it repeats
    similarity: float


def index_and_match(db: sqlite3.Connection, articles: Sequence[tuple[int, Article]],
                    threshold: float = DUPLICATE_THRESHOLD) -> list[Match]:
    """Index the articles (store rows with their latest version) and say which repeat a stored one.

    Articles are taken in row order, so within one ingest a later article is checked against
    the earlier ones too. An article indexed before (a new version) is indexed afresh.
    """
    ordered = sorted(articles, key=lambda pair: pair[0])
    for row, _ in ordered:
        forget(db, row)
    found: list[Match] = []
    usable = [(row, shingles_of(a.body)) for row, a in ordered if len(normalise_words(a.body)) >= MIN_WORDS]
    for (row, shingles), keys in zip(usable, _band_keys([s for _, s in usable]), strict=True):
        match = _match_and_index(db, row, shingles, keys, threshold)
        if match is not None:
            found.append(match)
    return found


def _match_and_index(db: sqlite3.Connection, row: int, shingles: frozenset[int], keys: list[int],
                     threshold: float) -> Match | None:
    """The stored article this one repeats (recorded), then this one added to the index."""
    packed = np.array(sorted(shingles), dtype=_SHINGLE_TYPE).tobytes()
    digest = hashlib.blake2b(packed, digest_size=16).digest()
    match = _verbatim(db, row, digest) or _best_match(db, row, shingles, keys, threshold)
    if match is not None:
        db.execute("INSERT INTO duplicates (article, duplicate_of, similarity) VALUES (?, ?, ?)",
                   (match.article, match.duplicate_of, match.similarity))
    db.execute("INSERT INTO dup_shingles (article, shingles, digest) VALUES (?, ?, ?)",
               (row, packed, digest))
    db.executemany("INSERT INTO dup_bands (key, article) VALUES (?, ?)", [(key, row) for key in keys])
    return match


def forget(db: sqlite3.Connection, row: int) -> None:
    """Drop an article from the index and its duplicate record (its content is about to change)."""
    db.execute("DELETE FROM dup_bands WHERE article = ?", (row,))
    db.execute("DELETE FROM dup_shingles WHERE article = ?", (row,))
    db.execute("DELETE FROM duplicates WHERE article = ?", (row,))


def _verbatim(db: sqlite3.Connection, row: int, digest: bytes) -> Match | None:
    """The first stored article with exactly these shingles, never one that repeats this one."""
    first = db.execute("SELECT MIN(article) FROM dup_shingles WHERE digest = ? AND article != ? "
                       "AND article NOT IN (SELECT article FROM duplicates WHERE duplicate_of = ?)",
                       (digest, row, row)).fetchone()[0]
    return Match(row, int(first), 1.0) if first is not None else None


def _best_match(db: sqlite3.Connection, row: int, shingles: frozenset[int], keys: list[int],
                threshold: float) -> Match | None:
    """The most similar indexed article at or above the threshold, the lowest row on a tie."""
    best: Match | None = None
    for other, other_shingles in _candidates(db, row, keys):
        score = round(similarity(shingles, other_shingles), 4)
        if score >= threshold and (best is None or score > best.similarity):
            best = Match(row, other, score)
    return best


def _candidates(db: sqlite3.Connection, row: int, keys: list[int]) -> Iterator[tuple[int, frozenset[int]]]:
    """Indexed articles sharing a band with this one, lowest row first; never one that repeats it
    (a new version of an original must not become a copy of its own copy)."""
    marks = ",".join("?" * len(keys))
    rows = db.execute(
        f"SELECT s.article, s.shingles FROM dup_shingles s WHERE s.article IN "
        f"(SELECT DISTINCT article FROM dup_bands WHERE key IN ({marks})) AND s.article != ? "
        f"AND s.article NOT IN (SELECT article FROM duplicates WHERE duplicate_of = ?) ORDER BY s.article",
        [*keys, row, row])
    for other, blob in rows:
        yield int(other), frozenset(np.frombuffer(blob, dtype=_SHINGLE_TYPE).tolist())


def _band_keys(shingle_sets: list[frozenset[int]]) -> list[list[int]]:
    """LSH band keys of each shingle set: one signed 64-bit key per band (SQLite's INTEGER)."""
    if not shingle_sets:
        return []
    from datasketch import MinHash  # lazy: numpy and scipy cost import time

    # generator() draws the permutations once, from a fixed seed: keys agree across runs.
    sketches = MinHash.generator((sorted(s) for s in shingle_sets), num_perm=NUM_PERM, hashfunc=_identity)
    return [_keys_of(np.asarray(sketch.hashvalues, dtype=np.uint64)) for sketch in sketches]


def _keys_of(values: npt.NDArray[np.uint64]) -> list[int]:
    bands = values[: LSH_BANDS * LSH_ROWS].reshape(LSH_BANDS, LSH_ROWS)
    with np.errstate(over="ignore"):  # wrapping arithmetic is the point
        mixed = (bands * _MIX[:LSH_ROWS]).sum(axis=1, dtype=np.uint64)
        mixed ^= np.arange(LSH_BANDS, dtype=np.uint64) * _BAND_MIX
    return [int(key) >> 1 for key in mixed.tolist()]  # 63 bits fit SQLite's signed INTEGER


def _identity(value: int) -> int:
    """The shingles are already 32-bit hashes; MinHash need not hash them again."""
    return value

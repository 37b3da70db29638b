"""Near-duplicates of newly stored articles, found against the whole store as they arrive.

The same test as :func:`warta.corpus.duplicates.find_duplicates` (word shingles, MinHash LSH
for candidates, the exact max(Jaccard, containment) score for each candidate), but the LSH
index lives in the store: each article's band keys in ``dup_bands`` and its shingles in
``dup_shingles``. Checking a new article costs one indexed lookup of its band keys and one
exact score per candidate, whatever the size of the store; a verbatim copy (the same shingles)
is found by a digest of its shingles alone and points at the first stored article with them,
as in ``find_duplicates``.

Which of two near-duplicates is the copy follows the analysis (:func:`warta.corpus.across.find_duplicates`):
the one published later, and on one day the one saying it retells another outlet ("Dilansir dari
…"), not the one stored later. Articles of one ingest are indexed in publication order; an
original stored after its copy takes the copy's place as the original (the copy is recorded as
repeating it) unless that copy already repeats a third article.
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


# Publication order: (day, retells another outlet, moment as stated, store row); "~" sorts after
# any stated date, so undated articles and estimated dates come after the dated ones.
OrderKey = tuple[str, bool, str, int]


def order_key(row: int, published: str | None, published_source: str | None, retold: bool) -> OrderKey:
    """Where an article stands in publication order (the analysis's order, see the module doc)."""
    stated = "~" if published is None or published_source == "estimated" else published
    return stated[:10], retold, stated, row


def _article_key(row: int, article: Article) -> OrderKey:
    return order_key(row, article.published, article.published_source, bool(article.retold_from))


def _stored_key(db: sqlite3.Connection, row: int) -> OrderKey:
    """The publication order of a stored article (its latest version)."""
    found = db.execute("SELECT json_extract(v.record, '$.published'), "
                       "json_extract(v.record, '$.published_source'), "
                       "json_array_length(json_extract(v.record, '$.retold_from')) "
                       "FROM articles a JOIN versions v ON v.id = a.latest WHERE a.id = ?", (row,)).fetchone()
    if found is None:
        return order_key(row, None, None, False)
    return order_key(row, found[0], found[1], bool(found[2]))


@dataclass(frozen=True)
class Match:
    article: int  # store row of the repeating article
    duplicate_of: int  # store row of the article it repeats
    similarity: float


def index_and_match(db: sqlite3.Connection, articles: Sequence[tuple[int, Article]],
                    threshold: float = DUPLICATE_THRESHOLD) -> list[Match]:
    """Index the articles (store rows with their latest version) and say which repeat a stored one.

    Articles are taken in publication order, so within one ingest a later article is checked
    against the earlier ones too. An article indexed before (a new version) is indexed afresh.
    """
    ordered = sorted(articles, key=lambda pair: _article_key(*pair))
    for row, _ in ordered:
        forget(db, row)
    found: list[Match] = []
    usable = [(row, a, shingles_of(a.body)) for row, a in ordered
              if len(normalise_words(a.body)) >= MIN_WORDS]
    for (row, article, shingles), keys in zip(usable, _band_keys([s for *_, s in usable]), strict=True):
        match = _match_and_index(db, _article_key(row, article), shingles, keys, threshold)
        if match is not None:
            found.append(match)
    return found


def _match_and_index(db: sqlite3.Connection, key: OrderKey, shingles: frozenset[int], keys: list[int],
                     threshold: float) -> Match | None:
    """The duplicate pair of this article and a stored one (recorded), then this one added to the index."""
    row = key[-1]
    packed = np.array(sorted(shingles), dtype=_SHINGLE_TYPE).tobytes()
    digest = hashlib.blake2b(packed, digest_size=16).digest()
    match = _verbatim(db, row, digest) or _best_match(db, row, shingles, keys, threshold)
    if match is not None:
        match = _published_first(db, match, key)
        db.execute("INSERT INTO duplicates (article, duplicate_of, similarity) VALUES (?, ?, ?)",
                   (match.article, match.duplicate_of, match.similarity))
    db.execute("INSERT INTO dup_shingles (article, shingles, digest) VALUES (?, ?, ?)",
               (row, packed, digest))
    db.executemany("INSERT INTO dup_bands (key, article) VALUES (?, ?)", [(key, row) for key in keys])
    return match


def _published_first(db: sqlite3.Connection, match: Match, key: OrderKey) -> Match:
    """The match turned round when the new article was published before the stored one it
    repeats: the stored one is the copy. Not when the stored one already repeats another (it
    keeps that record; the chain's original stays where it is)."""
    stored = match.duplicate_of
    if key >= _stored_key(db, stored):
        return match
    if db.execute("SELECT 1 FROM duplicates WHERE article = ?", (stored,)).fetchone():
        return match
    return Match(stored, match.article, match.similarity)


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

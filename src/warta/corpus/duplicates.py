"""Near-duplicates and reposts: one article printed again, whole or in part.

An outlet that republishes another's article adds its own boilerplate, cuts it
short, shuffles or lightly edits it. Word shingles of the normalised body catch
all of these: MinHash LSH (datasketch) finds candidate pairs without comparing
every pair, and each candidate pair is then scored exactly on its shingle sets.
The score is the larger of Jaccard and containment (the share of the shorter
text's shingles found in the longer one), so a truncated repost of a long
article still scores high. Duplicates are reported, never dropped.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from collections.abc import Sequence
from dataclasses import dataclass

from warta.models import Article, Duplicate

# Three-word shingles survive light editing (a changed word breaks only the
# three shingles around it) yet rarely recur between different articles.
SHINGLE_WORDS = 3
# Chosen on the dev pairs of `warta bench duplicates` (see docs/benchmarks.md):
# the lowest score of a perturbed copy there is far above the highest score of
# two different articles from the same category.
DUPLICATE_THRESHOLD = 0.23
# Bodies shorter than this are too generic ("Foto: dok.", a one-line brief) to call copies.
MIN_WORDS = 25
# LSH bands of two rows: a pair with Jaccard 0.2 (a third of the words edited) shares
# a band with probability 1 - (1 - 0.2²)^BANDS. The bar must sit well below the
# threshold because LSH estimates Jaccard while a truncated copy scores on containment.
LSH_BANDS = 96
LSH_ROWS = 2
NUM_PERM = LSH_BANDS * LSH_ROWS

WORD = re.compile(r"\w+")
PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
# Paragraphs under this many words are left out of the shingles (see shingles_of).
SHORT_PARAGRAPH_WORDS = 15


@dataclass(frozen=True)
class Shingled:
    index: int
    shingles: frozenset[int]


def normalise_words(text: str) -> list[str]:
    """Lower-cased words of the text, accents and compatibility forms folded."""
    folded = unicodedata.normalize("NFKC", text).lower()
    return WORD.findall(folded)


def shingles_of(text: str, size: int = SHINGLE_WORDS) -> frozenset[int]:
    """Hashes of the word n-grams of the text's content paragraphs.

    Shingles stay inside a paragraph, so a shuffled repost keeps them all. Short
    paragraphs are left out when enough text remains: header, footer and "read
    also" lines are short, and two articles of one outlet share them.
    """
    paragraphs = [normalise_words(p) for p in PARAGRAPH_BREAK.split(text)]
    content = [words for words in paragraphs if len(words) >= SHORT_PARAGRAPH_WORDS]
    if sum(len(words) for words in content) < MIN_WORDS:
        content = paragraphs
    return frozenset(
        zlib.crc32(" ".join(words[i : i + size]).encode("utf-8"))
        for words in content
        for i in range(len(words) - size + 1)
    )


def similarity(a: frozenset[int], b: frozenset[int]) -> float:
    """max(Jaccard, containment of the smaller set in the larger)."""
    if not a or not b:
        return 0.0
    shared = len(a & b)
    jaccard = shared / (len(a) + len(b) - shared)
    containment = shared / min(len(a), len(b))
    return max(jaccard, containment)


def find_duplicates(articles: Sequence[Article], threshold: float = DUPLICATE_THRESHOLD) -> list[Duplicate]:
    """One record per article that repeats an earlier one (input order), with its similarity.

    ``duplicate_of`` is the most similar earlier article (the earliest on a tie),
    so every copy of one original points at the original.
    """
    shingled = [_shingled(i, article) for i, article in enumerate(articles)]
    usable = [s for s in shingled if s is not None]
    # Verbatim copies (same shingles) point at the first of them without LSH: reposts are
    # common, and a later near-copy ties them with the first anyway (earliest wins).
    first_with: dict[frozenset[int], int] = {}
    copies: dict[int, int] = {}
    for item in usable:
        copies_of = first_with.setdefault(item.shingles, item.index)
        if copies_of != item.index:
            copies[item.index] = copies_of
    candidates = _candidate_pairs([item for item in usable if item.index not in copies])
    found: list[Duplicate] = []
    for later in usable:
        if later.index in copies:
            found.append(_record(articles, later.index, copies[later.index], 1.0))
            continue
        best = _best_earlier(later, candidates.get(later.index, []), threshold)
        if best is not None:
            found.append(_record(articles, later.index, best[0].index, best[1]))
    return found


def _record(articles: Sequence[Article], later: int, earlier: int, score: float) -> Duplicate:
    return Duplicate(article=articles[later].id, duplicate_of=articles[earlier].id,
                     similarity=round(score, 4))


def _shingled(index: int, article: Article) -> Shingled | None:
    if len(normalise_words(article.body)) < MIN_WORDS:
        return None
    return Shingled(index, shingles_of(article.body))


def _best_earlier(later: Shingled, earlier: list[Shingled],
                  threshold: float) -> tuple[Shingled, float] | None:
    best: tuple[Shingled, float] | None = None
    for other in sorted(earlier, key=lambda s: s.index):
        score = similarity(later.shingles, other.shingles)
        if score >= threshold and (best is None or score > best[1]):
            best = (other, score)
    return best


def _candidate_pairs(items: list[Shingled]) -> dict[int, list[Shingled]]:
    """For each article, the earlier articles LSH puts in a bucket with it."""
    from datasketch import MinHash, MinHashLSH  # lazy: numpy and scipy cost import time

    lsh = MinHashLSH(num_perm=NUM_PERM, params=(LSH_BANDS, LSH_ROWS))
    by_index = {item.index: item for item in items}
    earlier: dict[int, list[Shingled]] = {}
    # generator() draws the permutations once for all articles.
    sketches = MinHash.generator((sorted(item.shingles) for item in items), num_perm=NUM_PERM,
                                 hashfunc=_identity)
    for item, minhash in zip(items, sketches, strict=True):
        earlier[item.index] = [by_index[int(key)] for key in lsh.query(minhash)]
        lsh.insert(str(item.index), minhash, check_duplication=False)
    return earlier


def _identity(value: int) -> int:
    """The shingles are already 32-bit hashes; MinHash need not hash them again."""
    return value

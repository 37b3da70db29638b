"""Grouping short texts that say the same thing: a repeated quote, a close paraphrase.

Comparing every text with every other is quadratic, so candidates come from blocking:
each text is filed under its rarest words (the words that identify it best), and only
texts sharing a block are compared. Similarity is the best of a character-level ratio
(catches light edits and spelling variants) and the containment of word pairs (catches
a quote that one outlet cut short).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from itertools import pairwise

from rapidfuzz import fuzz

from warta.unionfind import UnionFind

WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
# Words per text used as blocking keys; three rare words find a repeat even after edits.
BLOCK_KEYS = 3
# A block shared by more texts than this is a common word, not an identifier.
MAX_BLOCK = 200
# A truncated quote must keep this many words for containment to count.
MIN_CONTAINED_WORDS = 6


def words(text: str) -> list[str]:
    return WORD.findall(text.lower())


def _pairs(tokens: Sequence[str]) -> set[tuple[str, str]]:
    return set(pairwise(tokens))


def similarity(a: str, b: str) -> float:
    """0..1: how nearly two texts are the same words (order matters)."""
    wa, wb = words(a), words(b)
    if not wa or not wb:
        return 0.0
    ratio = fuzz.ratio(" ".join(wa), " ".join(wb)) / 100.0
    shorter = min(len(wa), len(wb))
    if shorter < MIN_CONTAINED_WORDS:
        return ratio
    pa, pb = _pairs(wa), _pairs(wb)
    containment = len(pa & pb) / max(1, min(len(pa), len(pb)))
    return max(ratio, containment)


def _block_keys(tokens: list[str], frequency: Counter[str]) -> list[str]:
    distinct = {t for t in tokens if len(t) > 2}
    return sorted(distinct, key=lambda t: (frequency[t], t))[:BLOCK_KEYS]


def near_groups(texts: Sequence[str], threshold: float) -> list[list[int]]:
    """Indices of texts grouped when a chain of pairs is at least ``threshold`` similar.

    Groups are in order of their first member; singletons are included.
    """
    tokens = [words(text) for text in texts]
    frequency: Counter[str] = Counter(t for toks in tokens for t in set(toks))
    blocks: dict[str, list[int]] = {}
    for i, toks in enumerate(tokens):
        for key in _block_keys(toks, frequency):
            blocks.setdefault(key, []).append(i)
    groups = UnionFind(len(texts))
    compared: set[tuple[int, int]] = set()
    for members in blocks.values():
        for n, i in enumerate(members[:MAX_BLOCK]):
            for j in members[n + 1:MAX_BLOCK]:
                if groups.find(i) == groups.find(j) or (i, j) in compared:
                    continue
                compared.add((i, j))
                if similarity(texts[i], texts[j]) >= threshold:
                    groups.union(i, j)
    by_root: dict[int, list[int]] = {}
    for i in range(len(texts)):
        by_root.setdefault(groups.find(i), []).append(i)
    return list(by_root.values())

"""Counting and one-to-one pairing of predictions with gold items: tallies, F1, span overlap."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

SPAN_MATCH = 0.5


@dataclass
class Tally:
    """Counts that add up over documents."""

    counts: dict[str, int] = field(default_factory=dict)

    def add(self, key: str, n: int = 1) -> None:
        self.counts[key] = self.counts.get(key, 0) + n

    def get(self, key: str) -> int:
        return self.counts.get(key, 0)


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def f1(hits: int, predicted: int, gold: int) -> tuple[float, float, float]:
    precision, recall = ratio(hits, predicted), ratio(hits, gold)
    harmonic = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, harmonic


def span_ratio(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Overlap over union of two [start, end) spans."""
    overlap = min(a[1], b[1]) - max(a[0], b[0])
    union = max(a[1], b[1]) - min(a[0], b[0])
    return overlap / union if overlap > 0 and union > 0 else 0.0


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return min(a[1], b[1]) > max(a[0], b[0])


def greedy_pairs(scores: Iterable[tuple[float, int, int]]) -> list[tuple[int, int]]:
    """One-to-one (predicted, gold) pairs, best score first."""
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, p, g in sorted(scores, key=lambda s: (-s[0], s[1], s[2])):
        if p not in used_p and g not in used_g:
            used_p.add(p)
            used_g.add(g)
            pairs.append((p, g))
    return pairs

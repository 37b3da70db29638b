"""How alike two groups of articles are: the vectors and the similarity stories use.

An article and a story are the same kind of thing here, a :class:`Profile`: sums
of unit vectors (content words, entities, optionally a sentence embedding) and
the span of days its members were published. An article is a profile of one.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

Vector = dict[str, float]

# How much each kind of evidence counts; a kind neither side has is left out.
LEXICAL_WEIGHT = 1.0
ENTITY_WEIGHT = 1.0
EMBEDDING_WEIGHT = 1.0
# Days apart that cost nothing (a story unfolds over days), and the scale of the
# decay after that: 90 days apart keeps about a twentieth of the similarity.
TIME_GRACE_DAYS = 3
TIME_SCALE_DAYS = 30.0
# An undated article meets no time gate: beside a dated story its gap is unknown and may
# be months (a relative date line, "2 hari yang lalu", leaves a whole article undated). So
# it must be alike by more, as if it were some weeks apart; the same holds for an undated
# story and a dated one. Where neither side has a date (ECB+'s usual setting) time tells
# nothing and nothing is discounted. Chosen on the development topics of `warta bench
# stories` with a share of their articles made undated (docs/benchmarks.md).
UNKNOWN_GAP_FACTOR = 0.8


@dataclass
class Centroid:
    """A sum of unit vectors with its squared norm kept up to date (never recomputed)."""

    sums: Vector = field(default_factory=dict)
    norm2: float = 0.0

    def add(self, other: Centroid) -> None:
        # |a + b|² = |a|² + 2 a·b + |b|²
        self.norm2 += 2 * dot(self.sums, other.sums) + other.norm2
        for key, value in other.sums.items():
            self.sums[key] = self.sums.get(key, 0.0) + value

    def cosine(self, other: Centroid) -> float:
        if self.norm2 <= 0 or other.norm2 <= 0:
            return 0.0
        return dot(self.sums, other.sums) / math.sqrt(self.norm2 * other.norm2)

    @classmethod
    def of(cls, unit: Vector) -> Centroid:
        return cls(sums=dict(unit), norm2=sum(v * v for v in unit.values()))

    def to_dict(self) -> dict[str, Any]:
        return {"sums": self.sums, "norm2": self.norm2}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Centroid:
        return cls(sums={str(k): float(v) for k, v in raw["sums"].items()}, norm2=float(raw["norm2"]))


@dataclass
class Profile:
    """What a story (or one article) is about and when."""

    terms: Centroid = field(default_factory=Centroid)
    entities: Centroid = field(default_factory=Centroid)
    embedding: Centroid = field(default_factory=Centroid)
    first_day: int | None = None
    last_day: int | None = None

    def add(self, other: Profile) -> None:
        self.terms.add(other.terms)
        self.entities.add(other.entities)
        self.embedding.add(other.embedding)
        days = [d for d in (self.first_day, self.last_day, other.first_day, other.last_day) if d is not None]
        if days:
            self.first_day, self.last_day = min(days), max(days)

    def sketch(self, terms: int, entities: int) -> Profile:
        """The profile cut to its strongest terms and entities, as unit vectors: cheap to compare."""
        return Profile(terms=Centroid.of(_top(self.terms.sums, terms)),
                       entities=Centroid.of(_top(self.entities.sums, entities)),
                       embedding=self.embedding, first_day=self.first_day, last_day=self.last_day)

    def gap(self, other: Profile) -> int | None:
        """Days between the two spans (0 when they overlap); None when either is undated."""
        if None in (self.first_day, self.last_day, other.first_day, other.last_day):
            return None
        return max(other.first_day - self.last_day, self.first_day - other.last_day, 0)  # type: ignore[operator]

    @property
    def dated(self) -> bool:
        return self.first_day is not None

    def to_dict(self) -> dict[str, Any]:
        return {"terms": self.terms.to_dict(), "entities": self.entities.to_dict(),
                "embedding": self.embedding.to_dict(), "first_day": self.first_day, "last_day": self.last_day}

    @classmethod
    def from_dict(cls, raw: dict[str, Any]) -> Profile:
        return cls(terms=Centroid.from_dict(raw["terms"]), entities=Centroid.from_dict(raw["entities"]),
                   embedding=Centroid.from_dict(raw["embedding"]),
                   first_day=raw["first_day"], last_day=raw["last_day"])


def similarity(a: Profile, b: Profile) -> float:
    """Weighted mean of the cosines both sides can be compared on, discounted by time apart."""
    parts = [(LEXICAL_WEIGHT, a.terms.cosine(b.terms))]
    if a.entities.norm2 > 0 or b.entities.norm2 > 0:
        parts.append((ENTITY_WEIGHT, a.entities.cosine(b.entities)))
    if a.embedding.norm2 > 0 and b.embedding.norm2 > 0:
        parts.append((EMBEDDING_WEIGHT, a.embedding.cosine(b.embedding)))
    score = sum(w * s for w, s in parts) / sum(w for w, _ in parts)
    return score * time_factor(a, b)


def time_factor(a: Profile, b: Profile) -> float:
    """What the days between two profiles leave of their similarity."""
    gap = a.gap(b)
    if gap is None:
        return UNKNOWN_GAP_FACTOR if a.dated != b.dated else 1.0
    if gap <= TIME_GRACE_DAYS:
        return 1.0
    return math.exp(-(gap - TIME_GRACE_DAYS) / TIME_SCALE_DAYS)


def dot(a: Vector, b: Vector) -> float:
    # The shared keys are found in C; most pairs share few of their words.
    return sum(a[k] * b[k] for k in a.keys() & b.keys())


def unit(vector: Vector) -> Vector:
    norm = math.sqrt(sum(v * v for v in vector.values()))
    return {k: v / norm for k, v in vector.items()} if norm > 0 else {}


def _top(vector: Vector, count: int) -> Vector:
    return unit({k: vector[k] for k in strongest(vector, count)})


def strongest(vector: Vector, count: int) -> list[str]:
    """The keys of the ``count`` largest values (ties in insertion order, so the order is stable)."""
    return [key for key, _ in heapq.nlargest(count, vector.items(), key=itemgetter(1))]

"""Word clusters and dense word vectors the NER CRF reads as features (:mod:`warta.article.ner_crf_features`).

Both come from the CNN's own PPMI word vectors at training time (:mod:`warta.train.ner_crf`):
k-means ids at a few granularities (shipped, ``clusters.npz``), and optionally the vectors
themselves as real-valued features (a variant that was not shipped)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np


@dataclass(frozen=True)
class Clusters:
    """Cluster ids of a word's lowercase form at a few granularities (k-means over word vectors)."""

    ids: dict[int, tuple[int, ...]]  # spaCy hash of the lowercase word -> one id per granularity
    sizes: tuple[int, ...]  # k of each granularity

    def of(self, word: str) -> tuple[int, ...] | None:
        from spacy.strings import get_string_id

        return self.ids.get(get_string_id(word.lower()))

    def save(self, path: Path) -> None:
        import numpy as np

        keys = np.array(sorted(self.ids), dtype=np.uint64)
        table = np.array([self.ids[int(k)] for k in keys], dtype=np.uint16).reshape(len(keys), -1)
        np.savez_compressed(path, keys=keys, ids=table, sizes=np.array(self.sizes, dtype=np.int32))

    @staticmethod
    def load(path: Path) -> Clusters:
        import numpy as np

        with np.load(path) as data:
            keys, table, sizes = data["keys"], data["ids"], data["sizes"]
        return Clusters({int(k): tuple(int(i) for i in row) for k, row in zip(keys, table, strict=True)},
                        tuple(int(s) for s in sizes))


@dataclass(frozen=True, eq=False)
class WordVectors:
    """Dense word vectors the CRF reads as real-valued features (optional)."""

    rows: dict[int, int]  # spaCy hash of the lowercase word -> row of ``table``
    table: np.ndarray  # float16, scaled so that each dimension is about unit size

    def of(self, word: str) -> np.ndarray | None:
        from spacy.strings import get_string_id

        row = self.rows.get(get_string_id(word.lower()))
        return None if row is None else self.table[row]

    def save(self, path: Path) -> None:
        import numpy as np

        keys = np.array(sorted(self.rows), dtype=np.uint64)
        rows = np.array([self.rows[int(k)] for k in keys], dtype=np.int32)
        np.savez_compressed(path, keys=keys, rows=rows, table=self.table)

    @staticmethod
    def load(path: Path) -> WordVectors:
        import numpy as np

        with np.load(path) as data:
            keys, rows, table = data["keys"], data["rows"], data["table"]
        return WordVectors({int(k): int(r) for k, r in zip(keys, rows, strict=True)}, table)


def with_vectors(features: list[list[str]], words: Sequence[str],
                 vectors: WordVectors) -> list[dict[str, float]]:
    """Sparse features as weights of 1, plus the word's vector as ``v0`` … ``vN`` (nothing if unknown)."""
    out = []
    for feats, word in zip(features, words, strict=True):
        item = dict.fromkeys(feats, 1.0)
        vector = vectors.of(word)
        if vector is not None:
            item |= {f"v{d}": float(x) for d, x in enumerate(vector)}
        out.append(item)
    return out


def kmeans(points: np.ndarray, k: int, seed: int, iterations: int = 25) -> np.ndarray:
    """Cluster id of each row of ``points`` (unit rows: cosine k-means, Lloyd's iterations)."""
    import numpy as np

    rng = np.random.default_rng(seed)
    centres = points[rng.choice(len(points), size=k, replace=False)].copy()
    assigned = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        assigned = np.argmax(points @ centres.T, axis=1)
        for c in range(k):
            members = points[assigned == c]
            if len(members):  # an empty cluster keeps its centre
                centre = members.sum(axis=0)
                centres[c] = centre / (np.linalg.norm(centre) or 1.0)
    return assigned

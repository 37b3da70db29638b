"""The CRF of :mod:`warta.article.ner_crf` scored and decoded in numpy, many sentences at once.

CRFsuite wants every token's feature strings (about 36) handed over one by one, and that
hand-over cost more than the CNN itself. Its weights are a table (attribute, label) -> weight,
so the score a word type brings wherever it stands (its own features at offset 0, its
context features at each window offset) is a sum that can be made once per type and kept as
one row; a token's scores are then a dozen rows added, the sentence's best tags a Viterbi
pass and its marginals a forward-backward pass, run for all the sentences of a text together.

The weights are read from the model file once (``weights.npz`` beside it, written by
:func:`export_weights`; python-crfsuite only to write it). CRFsuite's own dump prints weights
to six decimals, so scores differ from its own in the sixth place; the tags and spans were
checked to be the same (``tests/test_ner_crf.py``, ``docs/benchmarks.md``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from warta.article.ner_crf import (
    WINDOW,
    Clusters,
    _cluster_features,
    _own_features,
    capital_runs,
    case_pattern,
    gazetteer_hits,
)

if TYPE_CHECKING:
    import numpy as np

WEIGHTS_FILE = "weights.npz"
_OFFSETS = (0, *WINDOW)


@dataclass(frozen=True, eq=False)
class CrfWeights:
    labels: tuple[str, ...]
    attributes: dict[str, int]  # attribute -> row of ``state``
    state: np.ndarray  # (attributes, labels)
    transitions: np.ndarray  # (from label, to label)

    def save(self, path: Path) -> None:
        import numpy as np

        names = sorted(self.attributes, key=self.attributes.__getitem__)
        np.savez_compressed(path, labels=np.array(self.labels), attributes=np.array(names),
                            state=self.state, transitions=self.transitions)

    @staticmethod
    def load(path: Path) -> CrfWeights:
        import numpy as np

        with np.load(path) as data:
            labels = tuple(str(x) for x in data["labels"])
            names = [str(x) for x in data["attributes"]]
            return CrfWeights(labels, {name: row for row, name in enumerate(names)},
                              data["state"].astype(np.float64), data["transitions"].astype(np.float64))


def export_weights(model: Path, out: Path) -> CrfWeights:
    """The weights of a CRFsuite model file, written to ``out`` (``weights.npz``)."""
    import numpy as np
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    try:
        labels = tuple(tagger.labels())
        info = tagger.info()
    finally:
        tagger.close()
    column = {label: i for i, label in enumerate(labels)}
    names = sorted({attribute for attribute, _ in info.state_features})
    rows = {name: i for i, name in enumerate(names)}
    state = np.zeros((len(names), len(labels)))
    for (attribute, label), weight in info.state_features.items():
        state[rows[attribute], column[label]] = weight
    transitions = np.zeros((len(labels), len(labels)))
    for (first, second), weight in info.transitions.items():
        transitions[column[first], column[second]] = weight
    weights = CrfWeights(labels, rows, state, transitions)
    weights.save(out)
    return CrfWeights.load(out)


class RowTable:
    """Score rows (one weight per label), summed once per feature set and kept; row 0 is zeros."""

    def __init__(self, weights: CrfWeights) -> None:
        import numpy as np

        self.weights = weights
        self.rows = np.zeros((1024, len(weights.labels)))
        self.used = 1

    def add(self, attributes: Sequence[str]) -> int:
        """The row of the summed weights of ``attributes`` (0 when the model weighs none of them)."""
        import numpy as np

        found = [row for a in attributes if (row := self.weights.attributes.get(a)) is not None]
        if not found:
            return 0
        if self.used == len(self.rows):
            self.rows = np.concatenate([self.rows, np.zeros_like(self.rows)])
        self.rows[self.used] = self.weights.state[found].sum(axis=0)
        self.used += 1
        return self.used - 1


class FastCrf:
    """Scores, best tags and marginals of sentences under a CRF's weights (features as ``ner_crf``'s)."""

    def __init__(self, weights: CrfWeights, clusters: Clusters, limit: int = 200_000) -> None:
        self.weights = weights
        self.clusters = clusters
        self.limit = limit
        self._reset()

    def _reset(self) -> None:
        self.table = RowTable(self.weights)
        self.words: dict[str, tuple[str, str, tuple[int, ...]]] = {}  # word -> low, case, rows by offset
        self.around: dict[tuple[str, str, str], tuple[int, ...]] = {}  # (gaz tag, kind, run) -> rows
        self.fixed: dict[tuple[str | int, ...], int] = {}  # other sentence-level features -> row

    def _word(self, word: str) -> tuple[str, str, tuple[int, ...]]:
        found = self.words.get(word)
        if found is None:
            if len(self.words) >= self.limit:  # bounded: a long-running process meets endless new words
                self._reset()
            low, case = word.lower(), case_pattern(word)
            cl = _cluster_features(self.clusters, word)
            middle = cl[len(cl) // 2]
            rows = [self.table.add(["bias", *_own_features(word), *cl])]
            rows += [self.table.add([f"{d}:w={low}", f"{d}:case={case}", f"{d}:{middle}",
                                     f"{d}:s3={low[-3:]}"]) for d in WINDOW]
            found = self.words[word] = (low, case, tuple(rows))
        return found

    def _around(self, tag: str, kind: str, run: str) -> tuple[int, ...]:
        key = (tag, kind, run)
        found = self.around.get(key)
        if found is None:
            rows = [self.table.add([f"g={tag}", f"gk={kind}", f"run={run}"])]
            rows += [self.table.add([f"{d}:g={tag}", f"{d}:run={run}"]) for d in WINDOW]
            found = self.around[key] = tuple(rows)
        return found

    def _fixed(self, key: tuple[str | int, ...], attribute: str) -> int:
        found = self.fixed.get(key)
        if found is None:
            found = self.fixed[key] = self.table.add([attribute])
        return found

    def scores(self, words: Sequence[str]) -> tuple[np.ndarray, list[tuple[str, str]]]:
        """(tokens, labels) state scores of one sentence, and the gazetteer hits its features read."""
        import numpy as np

        hits = gazetteer_hits(words)
        runs = capital_runs(words)
        types = [self._word(w) for w in words]
        n = len(words)
        own = np.array([t[2] for t in types])  # (n, offsets)
        around = np.array([self._around(tag, kind, run) for (tag, kind), run in zip(hits, runs, strict=True)])
        pads = {d: self._fixed((d, "pad"), f"{d}:pad") for d in WINDOW}
        edges = self._fixed(("first",), "first"), self._fixed(("last",), "last")
        pairs = []
        for i, (_, case, _) in enumerate(types):
            prev_case = types[i - 1][1] if i else "<s>"
            pairs.append(self._fixed(("cases", prev_case, case), f"cases={prev_case}|{case}"))
        rows = self.table.rows  # no row is added below (adding may reallocate the table)
        total = rows[own[:, 0]] + rows[around[:, 0]]
        for k, d in enumerate(WINDOW, start=1):
            # Token i reads word i + d's context features at offset d; beyond the edge, "d:pad".
            if d < 0:
                inside, source = slice(-d, n), slice(0, max(0, n + d))
                outside = slice(0, min(n, -d))
            else:
                inside, source = slice(0, max(0, n - d)), slice(d, n)
                outside = slice(max(0, n - d), n)
            total[inside] += rows[own[source, k]] + rows[around[source, k]]
            total[outside] += rows[pads[d]]
        total[0] += rows[edges[0]]
        total[n - 1] += rows[edges[1]]
        total += rows[pairs]
        attributes, state = self.weights.attributes, self.weights.state
        for i, (low, _, _) in enumerate(types):
            bigram = attributes.get(f"bi={types[i - 1][0] if i else '<s>'}|{low}")
            if bigram is not None:
                total[i] += state[bigram]
        return total, hits

    def viterbi(self, scores: Sequence[np.ndarray]) -> list[tuple[str, ...]]:
        """Best tag sequence of each sentence (all decoded together, step by step)."""
        import numpy as np

        batch, lengths = _padded(scores)
        width, steps = batch.shape[0], batch.shape[1]
        trans = self.weights.transitions
        delta = batch[:, 0].copy()
        back = np.zeros((width, steps, len(self.weights.labels)), dtype=np.int64)
        for t in range(1, steps):
            candidates = delta[:, :, None] + trans[None]  # (sentence, from, to)
            best = candidates.argmax(axis=1)
            step = np.take_along_axis(candidates, best[:, None, :], axis=1)[:, 0] + batch[:, t]
            live = (t < lengths)[:, None]
            delta = np.where(live, step, delta)
            back[:, t] = best
        out = []
        for s in range(width):
            n = int(lengths[s])
            path = [int(delta[s].argmax())]
            for t in range(n - 1, 0, -1):
                path.append(int(back[s, t, path[-1]]))
            out.append(tuple(self.weights.labels[i] for i in reversed(path)))
        return out

    def marginals(self, scores: Sequence[np.ndarray]) -> list[np.ndarray]:
        """(tokens, labels) marginal probabilities of each sentence (scaled forward-backward)."""
        import numpy as np

        batch, lengths = _padded(scores)
        width, steps, _ = batch.shape
        step_exp = np.exp(batch - batch.max(axis=2, keepdims=True))
        trans = np.exp(self.weights.transitions)
        alpha = np.zeros_like(batch)
        alpha[:, 0] = step_exp[:, 0] / step_exp[:, 0].sum(axis=1, keepdims=True)
        for t in range(1, steps):
            a = (alpha[:, t - 1] @ trans) * step_exp[:, t]
            alpha[:, t] = a / a.sum(axis=1, keepdims=True)
        beta = np.ones_like(batch)
        for t in range(steps - 2, -1, -1):
            b = (beta[:, t + 1] * step_exp[:, t + 1]) @ trans.T
            b = b / b.sum(axis=1, keepdims=True)
            # A padded step's beta stays all ones, so a sentence's last token sees none after it.
            beta[:, t] = np.where((t + 1 < lengths)[:, None], b, 1.0)
        joint = alpha * beta
        joint /= joint.sum(axis=2, keepdims=True)
        return [joint[s, :int(lengths[s])] for s in range(width)]


def _padded(scores: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Sentences' score matrices stacked into (sentences, longest, labels), zeros past each end."""
    import numpy as np

    lengths = np.array([len(s) for s in scores])
    batch = np.zeros((len(scores), int(lengths.max()), scores[0].shape[1]))
    for i, s in enumerate(scores):
        batch[i, :len(s)] = s
    return batch, lengths

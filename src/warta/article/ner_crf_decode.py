"""The NER CRF decoded in numpy: its weights, then best tags and marginals of many sentences at once.

CRFsuite wants every token's feature strings (about 36) handed over one by one, and that
hand-over cost more than the CNN itself. Its weights are a table (attribute, label) -> weight:
exported once (``weights.npz`` beside the model, :func:`export_weights`; python-crfsuite only
to write it), a token's state scores are a sum of a few rows of it
(:mod:`warta.article.ner_crf_scores`), and the sentences of a text are decoded here together:
a Viterbi pass for the best tags, a scaled forward-backward pass for the marginals.

CRFsuite's own dump prints weights to six decimals, so scores differ from its own in the
sixth place; the tags and spans were checked to be the same (``tests/test_ner_crf*.py``,
``docs/benchmarks.md``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import numpy as np

WEIGHTS_FILE = "weights.npz"
_RESCALE_EVERY = 8


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
    """Score rows (one weight per label): row 0 zeros, then one row per attribute the model weighs
    (:meth:`attribute_row`), then sums of several, made once per feature set and kept."""

    def __init__(self, weights: CrfWeights) -> None:
        import numpy as np

        self.weights = weights
        count, labels = weights.state.shape
        self.rows = np.zeros((count + 1 + 1024, labels))
        self.rows[1:count + 1] = weights.state
        self.used = count + 1

    def attribute_row(self, attribute: str) -> int:
        """The row of one attribute's weights (0 when the model does not weigh it)."""
        row = self.weights.attributes.get(attribute)
        return 0 if row is None else row + 1

    def add(self, attributes: Sequence[str]) -> int:
        """The row of the summed weights of ``attributes`` (0 when the model weighs none of them)."""
        return self.add_many([attributes])[0]

    def add_many(self, groups: Sequence[Sequence[str]]) -> list[int]:
        """:meth:`add` of each group, summed in one numpy call (a new word brings five groups)."""
        import numpy as np

        attributes = self.weights.attributes
        found = [[row for a in group if (row := attributes.get(a)) is not None] for group in groups]
        filled = [rows for rows in found if rows]
        if not filled:
            return [0] * len(groups)
        starts = np.cumsum([0, *(len(rows) for rows in filled[:-1])])
        sums = np.add.reduceat(self.weights.state[[row for rows in filled for row in rows]], starts, axis=0)
        while self.used + len(filled) > len(self.rows):
            self.rows = np.concatenate([self.rows, np.zeros_like(self.rows)])
        self.rows[self.used:self.used + len(filled)] = sums
        out, next_row = [], self.used
        for rows in found:
            out.append(next_row if rows else 0)
            next_row += bool(rows)
        self.used = next_row
        return out


def viterbi(weights: CrfWeights, scores: Sequence[np.ndarray]) -> list[tuple[str, ...]]:
    """Best tag sequence of each sentence, all decoded together.

    Sentences start together and the shorter ones run on over padding. A step takes each label's
    best predecessor (argmax, several times cheaper in numpy than max on arrays this small) and reads
    its score from there; the paths are read back by pointer jumping."""
    import numpy as np

    batch, lengths = _padded(scores)
    width, steps, labels = batch.shape
    trans = weights.transitions
    by_step = np.ascontiguousarray(batch.transpose(1, 0, 2))  # (step, sentence, label)
    delta = np.empty_like(by_step)
    delta[0] = by_step[0]
    back = np.zeros((steps, width, labels), dtype=np.intp)  # back[t]: label at t -> best label at t - 1
    candidates = np.empty((width, labels, labels))  # (sentence, from, to)
    flat = candidates.reshape(-1)
    at = (np.arange(width)[:, None] * labels * labels + np.arange(labels)[None, :])  # where (s, 0, to) lies
    for t in range(1, steps):
        np.add(delta[t - 1][:, :, None], trans, out=candidates)
        best = candidates.argmax(axis=1)
        back[t] = best
        np.add(flat[best * labels + at], by_step[t], out=delta[t])
    ends = delta[lengths - 1, np.arange(width)].argmax(axis=1)
    paths = _read_back(back[1:].transpose(1, 0, 2), lengths, ends)
    names = weights.labels
    rows = zip(paths.tolist(), lengths.tolist(), strict=True)
    return [tuple(map(names.__getitem__, row[:n])) for row, n in rows]


def _read_back(back: np.ndarray, lengths: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """(sentence, step) best labels from the back pointers: label at t = back[t][label at t + 1], from
    each sentence's own last step. Step t's map is composed with the maps after it by doubling
    (log2(steps) gathers instead of a Python step per token)."""
    import numpy as np

    width, steps = len(lengths), int(lengths.max())
    labels = back.shape[2]
    maps = np.zeros((width, steps, labels), dtype=np.int64)  # maps[s, t]: label at t + 1 -> label at t
    maps[:, :steps - 1] = back
    step = np.arange(steps)[None, :]
    ended = step >= lengths[:, None] - 1  # its last step and the padding: its best end, whatever follows
    maps[ended] = np.repeat(ends, steps - lengths + 1)[:, None]
    span = 1
    while span < steps:
        later = maps[:, span:]
        maps[:, :-span] = np.take_along_axis(maps[:, :-span], later, axis=2)
        span *= 2
    return maps[:, :, 0]


def marginals(weights: CrfWeights, scores: Sequence[np.ndarray]) -> list[np.ndarray]:
    """(tokens, labels) marginal probabilities of each sentence (scaled forward-backward).

    Forward runs over sentences aligned at their starts, backward over the same aligned at their
    ends, so neither reads padding; the two run in one loop, as one stacked matrix product a step.
    Backward carries beta times the step's state weights (gamma), from which beta is one product
    after the loop. Rows are rescaled every few steps, not every step (the transition weights lie
    within ±16: 8 steps stay far from float overflow and underflow)."""
    import numpy as np

    forward, lengths = _padded(scores)
    backward = _padded(scores, at_end=True)[0]
    width, steps, labels = forward.shape
    trans = np.exp(weights.transitions)
    both = np.stack([trans, trans.T])
    emit = np.empty((2, steps, width, labels))  # [0]: forward from the start; [1]: backward from the end
    emit[0] = np.exp(forward - forward.max(axis=2, keepdims=True)).transpose(1, 0, 2)
    emit[1] = np.exp(backward - backward.max(axis=2, keepdims=True)).transpose(1, 0, 2)[::-1]
    sums = np.empty_like(emit)
    sums[:, 0] = emit[:, 0]
    for t in range(1, steps):
        np.multiply(sums[:, t - 1] @ both, emit[:, t], out=sums[:, t])
        if t % _RESCALE_EVERY == 0:
            sums[:, t] /= sums[:, t].sum(axis=2, keepdims=True)
    alpha = sums[0].transpose(1, 0, 2)  # (sentence, step, label)
    gamma = sums[1][::-1].transpose(1, 0, 2)  # aligned at the sentences' ends
    beta = np.ones_like(gamma)
    beta[:, :-1] = gamma[:, 1:] @ trans.T
    out = []
    for s, n in enumerate(lengths.tolist()):
        joint = alpha[s, :n] * beta[s, steps - n:]
        out.append(joint / joint.sum(axis=1, keepdims=True))
    return out


def _padded(scores: Sequence[np.ndarray], at_end: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Sentences' score matrices stacked into (sentences, longest, labels), zeros in the padding
    after each sentence (or before it, ``at_end``: sentences aligned at their last token)."""
    import numpy as np

    lengths = np.array([len(s) for s in scores])
    steps = int(lengths.max())
    batch = np.zeros((len(scores), steps, scores[0].shape[1]))
    for i, s in enumerate(scores):
        if at_end:
            batch[i, steps - len(s):] = s
        else:
            batch[i, :len(s)] = s
    return batch, lengths

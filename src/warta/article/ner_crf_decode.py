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
_RESCALE_EVERY = 8
Scored = tuple["np.ndarray", list[tuple[str, str]]]  # a sentence's state scores and gazetteer hits


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


class _IdRows:
    """A growing (ids, offsets) table of score-row numbers: one line per word type or gazetteer/run key."""

    def __init__(self) -> None:
        import numpy as np

        self.table = np.zeros((1024, len(_OFFSETS)), dtype=np.int64)
        self.count = 0

    def append(self, rows: Sequence[int]) -> int:
        import numpy as np

        if self.count == len(self.table):
            self.table = np.concatenate([self.table, np.zeros_like(self.table)])
        self.table[self.count] = rows
        self.count += 1
        return self.count - 1


class FastCrf:
    """Scores, best tags and marginals of sentences under a CRF's weights (features as ``ner_crf``'s)."""

    def __init__(self, weights: CrfWeights, clusters: Clusters, limit: int = 200_000) -> None:
        self.weights = weights
        self.clusters = clusters
        self.limit = limit
        self._reset()

    def _reset(self) -> None:
        self.table = RowTable(self.weights)
        self.words: dict[str, tuple[str, str, int]] = {}  # word -> low, case, its row of ``word_rows``
        self.word_rows = _IdRows()  # score rows of each word by offset (0, then WINDOW)
        self.around: dict[tuple[str, str, str], int] = {}  # (gaz tag, kind, run) -> row of around_rows
        self.around_rows = _IdRows()
        self.fixed: dict[tuple[str | int, ...], int] = {}  # other sentence-level features -> row

    def _words(self, words: Sequence[str]) -> list[tuple[str, str, int]]:
        """Each word's lower form, case pattern and id in ``word_rows``, new words built together."""
        known = self.words
        new = [w for w in dict.fromkeys(words) if w not in known]
        if new:
            if len(known) + len(new) > self.limit:  # bounded: a long-running process meets endless words
                self._reset()
                known = self.words
            groups: list[list[str]] = []
            for word in new:
                low, case = word.lower(), case_pattern(word)
                cl = _cluster_features(self.clusters, word)
                middle = cl[len(cl) // 2]
                groups.append(["bias", *_own_features(word), *cl])
                groups += [[f"{d}:w={low}", f"{d}:case={case}", f"{d}:{middle}", f"{d}:s3={low[-3:]}"]
                           for d in WINDOW]
            rows = self.table.add_many(groups)
            width = len(_OFFSETS)
            for k, word in enumerate(new):
                known[word] = (word.lower(), case_pattern(word),
                               self.word_rows.append(rows[k * width:(k + 1) * width]))
        return [known[w] for w in words]

    def _around(self, tag: str, kind: str, run: str) -> int:
        key = (tag, kind, run)
        found = self.around.get(key)
        if found is None:
            rows = [self.table.add([f"g={tag}", f"gk={kind}", f"run={run}"])]
            rows += [self.table.add([f"{d}:g={tag}", f"{d}:run={run}"]) for d in WINDOW]
            found = self.around[key] = self.around_rows.append(rows)
        return found

    def _fixed(self, key: tuple[str | int, ...], attribute: str) -> int:
        found = self.fixed.get(key)
        if found is None:
            found = self.fixed[key] = self.table.add([attribute])
        return found

    def _case_pair(self, before: str, case: str) -> int:
        key = ("cases", before, case)
        found = self.fixed.get(key)
        if found is None:
            found = self.fixed[key] = self.table.add([f"cases={before}|{case}"])
        return found

    def scores(self, words: Sequence[str]) -> tuple[np.ndarray, list[tuple[str, str]]]:
        """(tokens, labels) state scores of one sentence, and the gazetteer hits its features read."""
        return self.scores_many([words])[0]

    def scores_many(self, sentences: Sequence[Sequence[str]]) -> list[Scored]:
        """:meth:`scores` of non-empty sentences, their tokens laid end to end for the numpy part.

        Each token's score is a sum of rows: its own word's, its gazetteer/run row, each neighbour's
        rows for its offset (or that offset's pad, past its sentence's edge), first/last, its case
        pair and its bigram."""
        import numpy as np

        all_hits: list[list[tuple[str, str]]] = []
        own_ids: list[int] = []
        around_ids: list[int] = []
        pairs: list[int] = []
        bigrams: list[int] = []
        positions: list[int] = []
        lengths: list[int] = []
        for words in sentences:
            hits = gazetteer_hits(words)
            types = self._words(words)
            all_hits.append(hits)
            own_ids += [t[2] for t in types]
            around_ids += [self._around(tag, kind, run)
                            for (tag, kind), run in zip(hits, capital_runs(words), strict=True)]
            before_low, before_case = "<s>", "<s>"
            for low, case, _ in types:
                pairs.append(self._case_pair(before_case, case))
                bigrams.append(self.table.attribute_row(f"bi={before_low}|{low}"))
                before_low, before_case = low, case
            positions += range(len(words))
            lengths.append(len(words))
        pads = {d: self._fixed((d, "pad"), f"{d}:pad") for d in WINDOW}
        first, last = self._fixed(("first",), "first"), self._fixed(("last",), "last")
        own = self.word_rows.table[np.array(own_ids)]  # (tokens, offsets)
        around = self.around_rows.table[np.array(around_ids)]
        count = len(own_ids)
        position = np.array(positions)
        length = np.repeat(lengths, lengths)
        index = np.zeros((count, 2 + 2 * len(WINDOW) + 4), dtype=np.int64)
        index[:, 0], index[:, 1] = own[:, 0], around[:, 0]
        token = np.arange(count)
        for k, d in enumerate(WINDOW, start=1):
            inside = (position + d >= 0) & (position + d < length)
            neighbour = np.clip(token + d, 0, count - 1)
            index[:, 2 * k] = np.where(inside, own[neighbour, k], pads[d])
            index[:, 2 * k + 1] = np.where(inside, around[neighbour, k], 0)
        index[:, -4] = np.where(position == 0, first, 0)
        index[:, -3] = np.where(position == length - 1, last, 0)
        index[:, -2], index[:, -1] = pairs, bigrams
        total = self.table.rows[index].sum(axis=1)
        matrices = np.split(total, np.cumsum(lengths)[:-1])
        return list(zip(matrices, all_hits, strict=True))

    def viterbi(self, scores: Sequence[np.ndarray]) -> list[tuple[str, ...]]:
        """Best tag sequence of each sentence, all decoded together step by step.

        Sentences start together and the shorter ones run on over padding; each one's best path is
        read back from its own last step, so the padding needs no mask."""
        import numpy as np

        batch, lengths = _padded(scores)
        width, steps, labels = batch.shape
        trans = self.weights.transitions[None]
        delta = np.empty_like(batch)
        delta[:, 0] = batch[:, 0]
        back = np.zeros((width, steps, labels), dtype=np.int64)
        for t in range(1, steps):
            candidates = delta[:, t - 1, :, None] + trans  # (sentence, from, to)
            back[:, t] = candidates.argmax(axis=1)
            np.add(candidates.max(axis=1), batch[:, t], out=delta[:, t])
        ends = delta[np.arange(width), lengths - 1].argmax(axis=1).tolist()
        out = []
        for s, n in enumerate(lengths.tolist()):
            path, pointers = [ends[s]], back[s, :n].tolist()
            for t in range(n - 1, 0, -1):
                path.append(pointers[t][path[-1]])
            out.append(tuple(self.weights.labels[i] for i in reversed(path)))
        return out

    def marginals(self, scores: Sequence[np.ndarray]) -> list[np.ndarray]:
        """(tokens, labels) marginal probabilities of each sentence (scaled forward-backward).

        Forward runs over sentences aligned at their starts, backward over the same aligned at their
        ends, so neither reads padding; rows are rescaled every few steps, not every step (the
        transition weights lie within ±16: 8 steps stay far from float overflow and underflow)."""
        import numpy as np

        forward, lengths = _padded(scores)
        backward = _padded(scores, at_end=True)[0]
        steps = forward.shape[1]
        trans = np.exp(self.weights.transitions)
        ahead = np.exp(forward - forward.max(axis=2, keepdims=True))
        behind = np.exp(backward - backward.max(axis=2, keepdims=True))
        alpha = np.empty_like(forward)
        beta = np.empty_like(backward)
        alpha[:, 0] = ahead[:, 0]
        beta[:, -1] = 1.0
        for t in range(1, steps):
            np.multiply(alpha[:, t - 1] @ trans, ahead[:, t], out=alpha[:, t])
            np.matmul(beta[:, steps - t] * behind[:, steps - t], trans.T, out=beta[:, steps - t - 1])
            if t % _RESCALE_EVERY == 0:
                alpha[:, t] /= alpha[:, t].sum(axis=1, keepdims=True)
                beta[:, steps - t - 1] /= beta[:, steps - t - 1].sum(axis=1, keepdims=True)
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

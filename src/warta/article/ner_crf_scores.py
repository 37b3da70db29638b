"""The CRF's state scores of a text's lines, computed in numpy over all their tokens at once.

A token's score under the CRF is a sum of weight rows: its word type's own row, the row of
its gazetteer tag and capital-run place, each neighbour's row for its offset, first / last,
its case pair and its bigram (:mod:`warta.article.ner_crf_features` spells the features).
Everything but the gazetteer depends on word types and their order, so each type met gets an
id and, once, its rows and flags in arrays indexed by that id (:class:`WordTypes`); a text's
tokens are then one dict lookup each and the rest is array arithmetic over the whole text.
Only where a gazetteer name can start (a capitalised word that opens one) is there a Python
step, the gazetteer's own longest match.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warta.article.ner_crf_decode import RowTable
from warta.article.ner_crf_features import (
    OUTSIDE,
    WINDOW,
    case_pattern,
    cluster_features,
    own_features,
)
from warta.article.ner_crf_words import Clusters
from warta.article.tokens import Token, fold

if TYPE_CHECKING:
    import numpy as np

    from warta.article.gazetteer import Gazetteer
    from warta.article.ner_crf_decode import CrfWeights

OFFSETS = (0, *WINDOW)
CASES = ("upper", "title", "lower", "digit", "other")
RUNS = ("S", "B", "I", "E", "O")  # a capitalised word alone, first, inside or last of its run; not one
START = "<s>"  # what stands before a sentence's first word in its case pair and bigram
_RUN_O = RUNS.index("O")
Hits = dict[int, tuple[str, str]]  # token position in the batch -> (B-/I-TYPE, the row's kind)


class _Growing:
    """A numpy array of per-type values that doubles as types are added."""

    def __init__(self, width: int | None, dtype: str) -> None:
        import numpy as np

        self.array = np.zeros((1024,) if width is None else (1024, width), dtype=dtype)

    def put(self, start: int, values: np.ndarray | list[object]) -> None:
        import numpy as np

        while start + len(values) > len(self.array):
            self.array = np.concatenate([self.array, np.zeros_like(self.array)])
        self.array[start:start + len(values)] = values


@dataclass(frozen=True)
class Batch:
    """A text's lines laid end to end: each token's word-type id, and where each line starts."""

    words: list[str]
    ids: np.ndarray  # (tokens,) word-type ids
    starts: np.ndarray  # (lines + 1,) offset of each line, then the token count
    lengths: np.ndarray  # (lines,)

    def line(self, k: int) -> list[str]:
        return self.words[int(self.starts[k]):int(self.starts[k + 1])]


class WordTypes:
    """Word types met so far, by id: score rows at each window offset and the flags the scorer reads."""

    def __init__(self, weights: CrfWeights, clusters: Clusters, gazetteer: Gazetteer) -> None:
        self.clusters = clusters
        self.gazetteer = gazetteer
        self.table = RowTable(weights)
        self.index: dict[str, int] = {}
        self.tokens: list[Token] = []  # each type as the gazetteer reads it
        self.rows = _Growing(len(OFFSETS), "int64")  # score row of the type at offset 0, then WINDOW
        self.case = _Growing(None, "int64")  # index into CASES
        self.cap = _Growing(None, "bool")  # starts with a capital (capital runs)
        self.opens_name = _Growing(None, "bool")  # a gazetteer name may start with it
        self.first = _Growing(None, "int64")  # id as a bigram's first word, -1 if in none the model weighs
        self.second = _Growing(None, "int64")
        self.written = _Growing(4, "bool")  # has letters, has a capital, has a small letter, opens small
        self._bigrams = _bigram_index(weights, self.table)

    def __len__(self) -> int:
        return len(self.index)

    def batch(self, lines: Sequence[Sequence[str]]) -> Batch:
        """``lines`` as one batch, their new word types added first (together: one numpy sum)."""
        import numpy as np

        words = [w for line in lines for w in line]
        index = self.index
        new = [w for w in dict.fromkeys(words) if w not in index]
        if new:
            self._add(new)
        lengths = np.array([len(line) for line in lines], dtype=np.int64)
        starts = np.zeros(len(lines) + 1, dtype=np.int64)
        np.cumsum(lengths, out=starts[1:])
        ids = np.fromiter(map(index.__getitem__, words), dtype=np.int64, count=len(words))
        return Batch(words, ids, starts, lengths)

    def _add(self, new: list[str]) -> None:
        groups: list[list[str]] = []
        for word in new:
            low, case = word.lower(), case_pattern(word)
            clusters = cluster_features(self.clusters, word)
            middle = clusters[len(clusters) // 2]
            groups.append(["bias", *own_features(word), *clusters])
            groups += [[f"{d}:w={low}", f"{d}:case={case}", f"{d}:{middle}", f"{d}:s3={low[-3:]}"]
                       for d in WINDOW]
        rows = self.table.add_many(groups)
        start = len(self.index)
        width = len(OFFSETS)
        self.rows.put(start, [rows[k * width:(k + 1) * width] for k in range(len(new))])
        firsts, seconds = self._bigrams.firsts, self._bigrams.seconds
        lows = [w.lower() for w in new]
        self.case.put(start, [CASES.index(case_pattern(w)) for w in new])
        self.cap.put(start, [w[:1].isupper() for w in new])
        self.first.put(start, [firsts.get(low, -1) for low in lows])
        self.second.put(start, [seconds.get(low, -1) for low in lows])
        self.written.put(start, [(w.lower() != w.upper(), w.lower() != w, w.upper() != w, w[:1].islower())
                                 for w in new])
        tokens = [Token(0, len(w), w, fold(w)) for w in new]
        longest = self.gazetteer.longest
        self.opens_name.put(start, [bool(t.text) and t.is_cap and longest.get(t.key, 0) > 0 for t in tokens])
        self.tokens += tokens
        for k, word in enumerate(new):
            self.index[word] = start + k


@dataclass(frozen=True)
class _Bigrams:
    firsts: dict[str, int]  # lower-case word -> id as a weighed bigram's first word
    seconds: dict[str, int]
    keys: np.ndarray  # sorted first id * len(seconds) + second id
    rows: np.ndarray  # score row of each key


def _bigram_index(weights: CrfWeights, table: RowTable) -> _Bigrams:
    """The weighed ``bi=FIRST|SECOND`` attributes, by word ids (every ``|`` tried: a word may hold one)."""
    import numpy as np

    pairs: dict[tuple[str, str], int] = {}
    for attribute in weights.attributes:
        if attribute.startswith("bi="):
            body = attribute[3:]
            for cut in (i for i, ch in enumerate(body) if ch == "|"):
                pairs[body[:cut], body[cut + 1:]] = table.attribute_row(attribute)
    firsts = {w: i for i, w in enumerate(dict.fromkeys(first for first, _ in pairs))}
    seconds = {w: i for i, w in enumerate(dict.fromkeys(second for _, second in pairs))}
    keyed = sorted((firsts[a] * len(seconds) + seconds[b], row) for (a, b), row in pairs.items())
    return _Bigrams(firsts, seconds, np.array([k for k, _ in keyed], dtype=np.int64),
                    np.array([r for _, r in keyed], dtype=np.int64))


class Scorer:
    """State scores of batches of lines under a CRF's weights, with the word types' rows kept across calls."""

    def __init__(self, weights: CrfWeights, clusters: Clusters, limit: int = 200_000) -> None:
        self.weights = weights
        self.clusters = clusters
        self.limit = limit
        self._reset()

    def _reset(self) -> None:
        from warta.article.gazetteer import gazetteer

        self.types = WordTypes(self.weights, self.clusters, gazetteer())
        table = self.types.table
        self.around: dict[tuple[str, str, str], list[int]] = {}  # (gaz tag, kind, run) -> row by offset
        self.pads = [table.add([f"{d}:pad"]) for d in WINDOW]
        self.first_row, self.last_row = table.add(["first"]), table.add(["last"])
        import numpy as np

        befores = (*CASES, START)
        self.case_pairs = np.array([[table.add([f"cases={before}|{case}"]) for case in CASES]
                                    for before in befores], dtype=np.int64)
        self.plain_around = np.array([self._around(OUTSIDE, "", run) for run in RUNS], dtype=np.int64)

    def _around(self, tag: str, kind: str, run: str) -> list[int]:
        """Rows of a token's gazetteer tag, kind and run place: for itself, then as seen from each offset."""
        key = (tag, kind, run)
        found = self.around.get(key)
        if found is None:
            table = self.types.table
            found = [table.add([f"g={tag}", f"gk={kind}", f"run={run}"])]
            found += [table.add([f"{d}:g={tag}", f"{d}:run={run}"]) for d in WINDOW]
            self.around[key] = found
        return found

    def batch(self, lines: Sequence[Sequence[str]]) -> Batch:
        """The lines as a batch (word-type ids), starting afresh when the type table is full."""
        if len(self.types) > self.limit:  # bounded: a long-running process meets endless new words
            self._reset()
        return self.types.batch(lines)

    def scores(self, batch: Batch, chosen: Sequence[int]) -> tuple[list[np.ndarray], list[Hits]]:
        """(tokens, labels) state scores of the ``chosen`` lines of ``batch`` (none empty), and each
        one's gazetteer hits by position in its line."""
        import numpy as np

        lines = [batch.ids[batch.starts[k]:batch.starts[k + 1]] for k in chosen]
        ids = np.concatenate(lines)
        lengths = batch.lengths[list(chosen)]
        count = len(ids)
        starts = np.zeros(len(lines) + 1, dtype=np.int64)
        np.cumsum(lengths, out=starts[1:])
        position = np.arange(count) - np.repeat(starts[:-1], lengths)
        length = np.repeat(lengths, lengths)
        first, last = position == 0, position == length - 1
        hits = self._gazetteer_hits(ids, starts)
        runs = _capital_runs(self.types.cap.array[ids], first, last)
        around = self.plain_around[runs]
        for p, (tag, kind) in hits.items():
            around[p] = self._around(tag, kind, RUNS[runs[p]])
        own = self.types.rows.array[ids]
        index = np.zeros((2 + 2 * len(WINDOW) + 4, count), dtype=np.int64)  # one row per summed part
        index[0], index[1] = own[:, 0], around[:, 0]
        left = length - 1 - position  # tokens after this one in its line
        for k, d in enumerate(WINDOW, start=1):
            inside = position >= -d if d < 0 else left >= d
            own_row, around_row = np.full(count, self.pads[k - 1]), np.zeros(count, dtype=np.int64)
            here, there = (slice(-d, None), slice(None, d)) if d < 0 else (slice(None, -d), slice(d, None))
            own_row[here], around_row[here] = own[there, k], around[there, k]
            index[2 * k] = np.where(inside, own_row, self.pads[k - 1])
            index[2 * k + 1] = np.where(inside, around_row, 0)
        index[-4] = np.where(first, self.first_row, 0)
        index[-3] = np.where(last, self.last_row, 0)
        index[-2], index[-1] = self._pairs_and_bigrams(ids, first)
        total = self.types.table.rows[index].sum(axis=0)
        matrices = np.split(total, starts[1:-1])
        return matrices, _by_line(hits, starts)

    def _pairs_and_bigrams(self, ids: np.ndarray, first: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Each token's case-pair row and bigram row (0 where the model weighs no such bigram)."""
        import numpy as np

        types = self.types
        before = np.roll(ids, 1)
        case = types.case.array[ids]
        before_case = np.where(first, len(CASES), types.case.array[before])
        pairs = self.case_pairs[before_case, case]
        bigrams = types._bigrams
        left = np.where(first, bigrams.firsts.get(START, -1), types.first.array[before])
        right = types.second.array[ids]
        key = left * len(bigrams.seconds) + right
        found = np.zeros(len(ids), dtype=np.int64)
        if len(bigrams.keys):
            slot = np.minimum(np.searchsorted(bigrams.keys, key), len(bigrams.keys) - 1)
            hit = (left >= 0) & (right >= 0) & (bigrams.keys[slot] == key)
            found = np.where(hit, bigrams.rows[slot], 0)
        return pairs, found

    def _gazetteer_hits(self, ids: np.ndarray, starts: np.ndarray) -> Hits:
        """The gazetteer's longest names, left to right within each line, tried only where one can open."""
        import numpy as np

        types, gaz = self.types, self.types.gazetteer
        candidates = np.flatnonzero(types.opens_name.array[ids])
        if not len(candidates):
            return {}
        line_of = (np.searchsorted(starts, candidates, side="right") - 1).tolist()
        id_list = ids.tolist()
        hits: Hits = {}
        free = 0  # the first position not inside a name already found
        longest = gaz.longest
        for p, k in zip(candidates.tolist(), line_of, strict=True):
            if p < free:
                continue
            # The longest name that can open here is all the gazetteer reads: only those tokens are built.
            first = types.tokens[id_list[p]]
            stop = min(p + longest.get(first.key, 0), int(starts[k + 1]))
            hit = gaz.match([types.tokens[t] for t in id_list[p:stop]], 0)
            if hit is None:
                continue
            size, entry_ids = hit
            entry = gaz.entries[entry_ids[0]]
            hits[p] = (f"B-{entry.type}", entry.kind)
            for j in range(p + 1, p + size):
                hits[j] = (f"I-{entry.type}", entry.kind)
            free = p + size
        return hits


def _capital_runs(cap: np.ndarray, first: np.ndarray, last: np.ndarray) -> np.ndarray:
    """Index into RUNS of each token (as ``ner_crf_features.capital_runs``, over a whole batch)."""
    import numpy as np

    before = np.roll(cap, 1) & ~first
    after = np.roll(cap, -1) & ~last
    runs = np.full(len(cap), _RUN_O, dtype=np.int64)
    runs[cap] = RUNS.index("S")
    runs[cap & after] = RUNS.index("B")
    runs[cap & before] = RUNS.index("E")
    runs[cap & before & after] = RUNS.index("I")
    return runs


def _by_line(hits: Hits, starts: np.ndarray) -> list[Hits]:
    """Batch-wide hits split by line, positions made line-relative."""
    import numpy as np

    out: list[Hits] = [{} for _ in range(len(starts) - 1)]
    if hits:
        positions = list(hits)
        lines = (np.searchsorted(starts, positions, side="right") - 1).tolist()
        for p, k in zip(positions, lines, strict=True):
            out[k][p - int(starts[k])] = hits[p]
    return out

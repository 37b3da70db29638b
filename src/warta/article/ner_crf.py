"""A linear-chain CRF beside the CNN NER model, and the ways the two are combined.

The CNN (:mod:`warta.article.ner`) learns its own features from 240k labelled tokens;
a CRF over hand-made features (word, affixes, shape, a ±2-word window, the gazetteer's
types, word clusters of the CNN's own PPMI vectors) is the classic low-resource tagger
and errs differently, so the pair might gain where neither alone does. Trained by
:mod:`warta.train.ner_crf`. :func:`ensemble` gains about 2 points of F1 on dev and on the
cased test sets but halves the entity stage's speed and costs recall on warta's own entity
gold, so ``find_entities`` uses it only with ``WARTA_NER_CRF=1`` (``docs/benchmarks.md``,
NER section). Needs ``python-crfsuite`` (the ``crf`` extra).

Everything here works on pre-tokenised sentences (lists of words) and token spans
``(start, end, label)``, as the NER benchmark does.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.article.tokens import Token, fold

if TYPE_CHECKING:
    import numpy as np

Span = tuple[int, int, str]
MODEL_FILE = "model.crfsuite"
CLUSTERS_FILE = "clusters.npz"
VECTORS_FILE = "vectors.npz"  # only when the CRF was trained with dense word vectors
OUTSIDE = "O"
WINDOW = (-2, -1, 1, 2)
_BRACKETS = frozenset({"(", ")"})
_THREAD = threading.local()
# Same trailing words as the CNN's span trim (article/ner.py), so the two are cut alike.
_NEVER_LAST = frozenset({
    ".", ",", ";", ":", "!", "?", "pada", "kemarin", "di", "ke", "dari", "dan", "yang", "ini", "itu",
    "untuk", "dengan", "sejak", "saat", "ketika", "lalu", "pagi", "siang", "sore", "malam", "hari", "tadi",
    "akan", "telah", "sudah", "juga", "bahwa", "adalah", "merupakan", "tersebut", "sebagai", "oleh",
})


# ---------------------------------------------------------------- word clusters


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


# ---------------------------------------------------------------- features


def gazetteer_tags(words: Sequence[str]) -> list[str]:
    """``B-TYPE`` / ``I-TYPE`` of the longest gazetteer names, left to right, ``O`` elsewhere."""
    return [tag for tag, _ in gazetteer_hits(words)]


def gazetteer_hits(words: Sequence[str]) -> list[tuple[str, str]]:
    """(``B-TYPE`` / ``I-TYPE`` / ``O``, the row's kind or "") of each word, longest names first."""
    from warta.article.gazetteer import gazetteer

    gaz = gazetteer()
    tokens = [Token(0, len(w), w, fold(w)) for w in words]
    hits = [(OUTSIDE, "")] * len(words)
    i = 0
    while i < len(tokens):
        hit = gaz.match(tokens, i) if tokens[i].text else None
        if hit is None:
            i += 1
            continue
        end, ids = hit
        entry = gaz.entries[ids[0]]
        hits[i] = (f"B-{entry.type}", entry.kind)
        for j in range(i + 1, end):
            hits[j] = (f"I-{entry.type}", entry.kind)
        i = end
    return hits


def capital_runs(words: Sequence[str]) -> list[str]:
    """Where each word sits in its run of capitalised words: S (alone), B, I, E, or O (not capitalised).

    A run's edges are most of a name's edges; its length tells a lone sentence-initial
    capital from a long organisation name."""
    caps = [w[:1].isupper() for w in words]
    out = []
    for i, cap in enumerate(caps):
        if not cap:
            out.append("O")
            continue
        before = i > 0 and caps[i - 1]
        after = i + 1 < len(caps) and caps[i + 1]
        out.append("I" if before and after else "E" if before else "B" if after else "S")
    return out


def shape(word: str) -> str:
    """Xxxx → Xx, KPK → X, 2014 → d, Jong-un → Xx-x: character classes, runs collapsed."""
    out: list[str] = []
    for ch in word:
        kind = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def case_pattern(word: str) -> str:
    if word.isupper() and len(word) > 1:
        return "upper"
    if word[:1].isupper():
        return "title"
    if word.isalpha():
        return "lower"
    return "digit" if any(ch.isdigit() for ch in word) else "other"


@lru_cache(maxsize=65536)
def _own_features(word: str) -> tuple[str, ...]:
    low = word.lower()
    return (
        f"w={low}", f"p2={low[:2]}", f"p3={low[:3]}", f"s2={low[-2:]}", f"s3={low[-3:]}", f"s4={low[-4:]}",
        f"shape={shape(word)}", f"case={case_pattern(word)}", f"len={min(len(word), 8)}",
    )


def _cluster_features(clusters: Clusters, word: str) -> list[str]:
    ids = clusters.of(word)
    if ids is None:
        return ["c=none"]
    return [f"c{size}={i}" for size, i in zip(clusters.sizes, ids, strict=True)]


def sentence_features(words: Sequence[str], clusters: Clusters) -> list[list[str]]:
    """CRFsuite feature strings of every token of one sentence."""
    hits = gazetteer_hits(words)
    gaz = [tag for tag, _ in hits]
    runs = capital_runs(words)
    lows = [w.lower() for w in words]
    cases = [case_pattern(w) for w in words]
    cl = [_cluster_features(clusters, w) for w in words]
    # What a neighbour contributes: its word, case, gazetteer tag and middle cluster id.
    context = [[f"w={lows[i]}", f"case={cases[i]}", f"g={gaz[i]}", f"run={runs[i]}", cl[i][len(cl[i]) // 2],
                f"s3={lows[i][-3:]}"] for i in range(len(words))]
    out = []
    for i, word in enumerate(words):
        feats = ["bias", *_own_features(word), f"g={gaz[i]}", f"gk={hits[i][1]}", f"run={runs[i]}", *cl[i]]
        if i == 0:
            feats.append("first")
        if i == len(words) - 1:
            feats.append("last")
        for d in WINDOW:
            j = i + d
            feats.extend([f"{d}:{f}" for f in context[j]] if 0 <= j < len(words) else [f"{d}:pad"])
        prev_low = lows[i - 1] if i else "<s>"
        feats += [f"bi={prev_low}|{lows[i]}", f"cases={cases[i - 1] if i else '<s>'}|{cases[i]}"]
        out.append(feats)
    return out


# ---------------------------------------------------------------- tagging


def span_of_tags(tags: Sequence[str]) -> list[Span]:
    from warta.bench.ner import chunks

    return chunks(tags)


def trimmed(words: Sequence[str], spans: Sequence[Span]) -> list[Span]:
    """Spans cut at round brackets and shorn of a trailing function word, as the CNN's are."""
    out = []
    for start, end, label in spans:
        piece = start
        for i in range(start, end + 1):
            if i == end or words[i] in _BRACKETS:
                stop = i
                while stop > piece and words[stop - 1] in _NEVER_LAST:
                    stop -= 1
                if stop > piece:
                    out.append((piece, stop, label))
                piece = i + 1
    return out


@dataclass(frozen=True)
class CrfTagger:
    """A trained CRF and the word clusters its features read."""

    path: Path
    clusters: Clusters
    vectors: WordVectors | None = None

    @staticmethod
    def load(directory: Path) -> CrfTagger:
        vectors = directory / VECTORS_FILE
        return CrfTagger(directory / MODEL_FILE, Clusters.load(directory / CLUSTERS_FILE),
                         WordVectors.load(vectors) if vectors.is_file() else None)

    def features(self, words: Sequence[str]) -> list[list[str]] | list[dict[str, float]]:
        sparse = sentence_features(words, self.clusters)
        return sparse if self.vectors is None else with_vectors(sparse, words, self.vectors)

    def tagger(self) -> Any:
        """One open tagger per model file and thread (opening reads the whole model: once per article
        cost more than the tagging itself)."""
        import pycrfsuite

        taggers: dict[Path, Any] = _THREAD.__dict__.setdefault("taggers", {})
        if self.path not in taggers:
            taggers[self.path] = pycrfsuite.Tagger()
            taggers[self.path].open(str(self.path))
        return taggers[self.path]

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[Tagged]:
        """Best tags and per-token marginals of each sentence."""
        tagger = self.tagger()
        labels = list(tagger.labels())
        out = []
        for words in sentences:
            if not words:
                out.append(Tagged((), (), {}))
                continue
            tagger.set(self.features(words))
            tags = tuple(tagger.tag())
            marginals = {label: tuple(tagger.marginal(label, i) for i in range(len(words)))
                         for label in labels}
            out.append(Tagged(tuple(words), tags, marginals))
        return out


@dataclass(frozen=True)
class Tagged:
    words: tuple[str, ...]
    tags: tuple[str, ...]
    marginals: dict[str, tuple[float, ...]]  # label -> probability at each token

    @property
    def spans(self) -> list[Span]:
        return trimmed(self.words, span_of_tags(self.tags))

    def span_probability(self, span: Span) -> float:
        """Mean marginal of the tags that would spell ``span`` (B-X then I-X ...)."""
        start, end, label = span
        total = 0.0
        for i in range(start, end):
            column = self.marginals.get(f"{'B' if i == start else 'I'}-{label}", ())
            total += column[i] if i < len(column) else 0.0
        return total / (end - start)

    def outside_probability(self, span: Span) -> float:
        """Mean marginal of O over ``span``'s tokens: how sure the CRF is that it is no name."""
        start, end, _ = span
        outside = self.marginals.get(OUTSIDE, ())
        return sum(outside[start:end]) / (end - start)


# ---------------------------------------------------------------- combining with the CNN


def _overlaps(span: Span, others: Sequence[Span]) -> bool:
    return any(span[0] < o[1] and o[0] < span[1] for o in others)


def union(cnn: Sequence[Span], crf: Sequence[Span]) -> list[Span]:
    """The CNN's spans, plus the CRF's that touch none of them."""
    return sorted([*cnn, *(s for s in crf if not _overlaps(s, cnn))])


def intersection(cnn: Sequence[Span], crf: Sequence[Span]) -> list[Span]:
    """Spans both systems found, same edges and type."""
    return sorted(set(cnn) & set(crf))


def arbitrate(cnn: Sequence[Span], tagged: Tagged, add_above: float, drop_above: float) -> list[Span]:
    """The CNN's spans, less those the CRF is sure are no name (mean P(O) > ``drop_above``), plus the
    CRF's own spans it is sure of (mean span marginal > ``add_above``) that touch no kept span."""
    kept = [s for s in cnn if s in tagged.spans or tagged.outside_probability(s) <= drop_above]
    extra = [s for s in tagged.spans if not _overlaps(s, kept) and tagged.span_probability(s) > add_above]
    return sorted([*kept, *extra])


def arbitrate_overlaps(cnn: Sequence[Span], tagged: Tagged, add_above: float, drop_above: float,
                       doubt_below: float) -> list[Span]:
    """:func:`arbitrate`, and where the two overlap but differ, the CRF's span wins when it is sure of
    its own (> ``add_above``) and gives the CNN's little chance (< ``doubt_below``)."""
    sure = [s for s in tagged.spans if tagged.span_probability(s) > add_above]
    kept = []
    for span in cnn:
        rivals = [s for s in sure if s != span and _overlaps(s, [span])]
        if rivals and tagged.span_probability(span) < doubt_below:
            continue
        if span in tagged.spans or tagged.outside_probability(span) <= drop_above:
            kept.append(span)
    extra = [s for s in sure if not _overlaps(s, kept)]
    return sorted([*kept, *extra])


# ---------------------------------------------------------------- the shipped ensemble

# The combination and thresholds that scored best on dev (docs/benchmarks.md, NER section):
# a CRF span is sure above 0.9 mean marginal, a CNN span goes when the CRF puts O on it with
# mean probability above 0.8, and a sure CRF span beats an overlapping CNN span it gives under 0.2.
ADD_ABOVE = 0.9
DROP_ABOVE = 0.8
DOUBT_BELOW = 0.2


def crf_path() -> Path:
    """Directory of the shipped CRF (beside the CNN's files)."""
    from importlib import resources

    return Path(str(resources.files("warta") / "resources" / "ner" / "crf"))


def crf_available() -> bool:
    """Whether the CRF can run: its files are there and ``python-crfsuite`` is installed."""
    from importlib.util import find_spec

    return (crf_path() / MODEL_FILE).is_file() and find_spec("pycrfsuite") is not None


@lru_cache(maxsize=1)
def load_crf() -> CrfTagger:
    return CrfTagger.load(crf_path())


def ensemble(cnn: Sequence[Sequence[Span]], sentences: Sequence[Sequence[str]],
             crf: CrfTagger | None = None) -> list[list[Span]]:
    """The CNN's spans of each sentence arbitrated by the CRF (:func:`arbitrate_overlaps`)."""
    tagged = (crf or load_crf()).tag(sentences)
    return [arbitrate_overlaps(c, t, ADD_ABOVE, DROP_ABOVE, DOUBT_BELOW)
            for c, t in zip(cnn, tagged, strict=True)]


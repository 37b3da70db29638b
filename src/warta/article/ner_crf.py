"""A linear-chain CRF beside the CNN NER model, and the ways the two are combined.

The CNN (:mod:`warta.article.ner`) learns its own features from 240k labelled tokens;
a CRF over hand-made features (word, affixes, shape, a ±2-word window, the gazetteer's
types, word clusters of the CNN's own PPMI vectors) is the classic low-resource tagger
and errs differently, so the pair might gain where neither alone does. Trained by
:mod:`warta.train.ner_crf` (python-crfsuite, the ``crf`` extra); the ensemble decodes its
exported weights in numpy (:mod:`warta.article.ner_crf_decode`). :func:`ensemble` gains
about 1.5 points of F1 on dev and raises entity precision and recall on warta's own gold,
but costs the entity stage about a quarter of its speed, so ``find_entities`` uses it only
with ``WARTA_NER_CRF=1`` (``docs/benchmarks.md``, NER section; ``resources/ner_crf/MODEL_CARD.md``).

Everything here works on pre-tokenised sentences (lists of words) and token spans
``(start, end, label)``, as the NER benchmark does.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.article.tokens import Token, fold

if TYPE_CHECKING:
    import numpy as np

    from warta.article.ner_crf_decode import FastCrf

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
    tokens = [_token(w) for w in words]
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


@lru_cache(maxsize=65536)
def _token(word: str) -> Token:
    """A word as the gazetteer reads it (the offsets are not read)."""
    return Token(0, len(word), word, fold(word))


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


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """The features a word type brings wherever it stands, built once (CRFsuite attribute strings)."""

    low: str
    case: str
    own: tuple[str, ...]  # its own features (after "bias", before the sentence's)
    clusters: tuple[str, ...]
    context: dict[int, tuple[tuple[str, ...], tuple[str, ...]]]  # offset -> (word, case), (cluster, s3)


LabelKey = tuple[str | int, ...]


def _spell(key: LabelKey) -> str:
    """The attribute string of a sentence-dependent feature: ("g", "B-ORG") -> "g=B-ORG",
    (-1, "g", "O") -> "-1:g=O", (2, "pad") -> "2:pad", ("cases", "title", "lower") -> "cases=title|lower"."""
    if isinstance(key[0], int):
        offset, name, *value = key
        return f"{offset}:{name}" + (f"={value[0]}" if value else "")
    name, *values = key
    return f"{name}={'|'.join(str(v) for v in values)}" if values else str(name)


class FeatureMaker:
    """:func:`sentence_features` from per-word features cached across sentences and calls.

    Most of a token's features depend on its word type alone (its lower form, affixes, shape,
    clusters); building their strings once per type rather than once per token is what makes the
    CRF affordable beside the CNN. ``known``: the attributes the model weighs; the others are
    left out (CRFsuite ignores attributes it has no weight for: same scores, less to pass)."""

    def __init__(self, clusters: Clusters, known: frozenset[str] | None = None, limit: int = 200_000) -> None:
        self.clusters = clusters
        self.known = known
        self.limit = limit
        self.words: dict[str, WordFeatures] = {}
        self.labels: dict[LabelKey, tuple[str, ...]] = {}
        self._arounds: dict[tuple[str, ...], dict[int, tuple[str, ...]]] = {}

    def keep(self, features: Sequence[str]) -> tuple[str, ...]:
        known = self.known
        return tuple(features) if known is None else tuple(f for f in features if f in known)

    def label(self, key: LabelKey) -> tuple[str, ...]:
        """A sentence-dependent feature's string, or nothing when the model does not weigh it."""
        found = self.labels.get(key)
        if found is None:
            found = self.labels[key] = self.keep((_spell(key),))
        return found

    def _around(self, tag: str, kind: str, run: str) -> dict[int, tuple[str, ...]]:
        """Offset 0: "g=", "gk=", "run=" of a token; offset d: "d:g=", "d:run=" (read from d words away)."""
        key = ("around", tag, kind, run)
        found = self._arounds.get(key)
        if found is None:
            found = self._arounds[key] = {
                0: (*self.label(("g", tag)), *self.label(("gk", kind)), *self.label(("run", run))),
                **{d: (*self.label((d, "g", tag)), *self.label((d, "run", run))) for d in WINDOW}}
        return found

    def word(self, word: str) -> WordFeatures:
        found = self.words.get(word)
        if found is None:
            if len(self.words) >= self.limit:  # bounded: a long-running process meets endless new words
                self.words.clear()
            found = self.words[word] = self._build(word)
        return found

    def _build(self, word: str) -> WordFeatures:
        low, case = word.lower(), case_pattern(word)
        cl = _cluster_features(self.clusters, word)
        middle = cl[len(cl) // 2]
        context = {d: (self.keep((f"{d}:w={low}", f"{d}:case={case}")),
                       self.keep((f"{d}:{middle}", f"{d}:s3={low[-3:]}"))) for d in WINDOW}
        return WordFeatures(low, case, self.keep(_own_features(word)), self.keep(cl), context)

    def sentence(self, words: Sequence[str]) -> list[list[str]]:
        """Feature strings of every token of one sentence, in the order :func:`sentence_features` gives."""
        return self.sentence_and_hits(words)[0]

    def sentence_and_hits(self, words: Sequence[str]) -> tuple[list[list[str]], list[tuple[str, str]]]:
        """:meth:`sentence`, and the gazetteer's hits it read (:func:`gazetteer_hits`)."""
        hits = gazetteer_hits(words)
        runs = capital_runs(words)
        types = [self.word(w) for w in words]
        label, known, n = self.label, self.known, len(words)
        # What each token's gazetteer tag and capital run give itself and each neighbour, looked up once.
        around = [self._around(tag, kind, run) for (tag, kind), run in zip(hits, runs, strict=True)]
        out = []
        for i, wf in enumerate(types):
            feats = [*label(("bias",)), *wf.own, *around[i][0], *wf.clusters]
            if i == 0:
                feats += label(("first",))
            if i == n - 1:
                feats += label(("last",))
            for d in WINDOW:
                j = i + d
                if 0 <= j < n:
                    head, tail = types[j].context[d]
                    feats += head
                    feats += around[j][d]
                    feats += tail
                else:
                    feats += label((d, "pad"))
            prev = types[i - 1] if i else None
            bigram = f"bi={prev.low if prev else '<s>'}|{wf.low}"
            if known is None or bigram in known:
                feats.append(bigram)
            feats += label(("cases", prev.case if prev else "<s>", wf.case))
            out.append(feats)
        return out, hits


def sentence_features(words: Sequence[str], clusters: Clusters) -> list[list[str]]:
    """CRFsuite feature strings of every token of one sentence (all of them: training)."""
    return feature_maker(clusters).sentence(words)


_MAKERS: list[tuple[Clusters, frozenset[str] | None, FeatureMaker]] = []


def feature_maker(clusters: Clusters, known: frozenset[str] | None = None) -> FeatureMaker:
    """One :class:`FeatureMaker` (and its cache) per clusters table and attribute set."""
    for have_clusters, have_known, maker in _MAKERS:
        if have_clusters is clusters and have_known is known:
            return maker
    maker = FeatureMaker(clusters, known)
    _MAKERS[:] = [*_MAKERS[-3:], (clusters, known, maker)]  # a few at most (tests train tiny CRFs)
    return maker


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
        if self.vectors is not None:
            return with_vectors(sentence_features(words, self.clusters), words, self.vectors)
        return feature_maker(self.clusters, weighed_attributes(self.path)).sentence(words)

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
        return [self.tag_one(words) for words in sentences]

    def tag_many(self, sentences: Sequence[Sequence[str]],
                 near: Sequence[Sequence[Span]] | None = None) -> list[Tagged]:
        """:meth:`tag`, in numpy when the model's weights were exported (:mod:`warta.article.ner_crf_decode`:
        same tags, several times faster), else by CRFsuite. With ``near`` (the CNN's spans of each
        sentence), a sentence with none and no name in its best tags gets no marginals: nothing reads them."""
        fast = fast_decoder(self.path, self.clusters) if self.vectors is None else None
        if fast is None:
            return self.tag(sentences)
        out = [Tagged((), (), {})] * len(sentences)
        filled = [i for i, words in enumerate(sentences) if words]
        if not filled:
            return out
        scored = fast.scores_many([sentences[i] for i in filled])
        best = fast.viterbi([matrix for matrix, _ in scored])
        wanted = [k for k, i in enumerate(filled)
                  if near is None or near[i] or any(tag != OUTSIDE for tag in best[k])]
        marginals = {}
        if wanted:
            marginals = dict(zip(wanted, fast.marginals([scored[k][0] for k in wanted]), strict=True))
        labels = fast.weights.labels
        for k, i in enumerate(filled):
            columns = {}
            if k in marginals:
                by_label = marginals[k].T.tolist()
                columns = {label: tuple(column) for label, column in zip(labels, by_label, strict=True)}
            out[i] = Tagged(tuple(sentences[i]), best[k], columns, tuple(tag for tag, _ in scored[k][1]))
        return out

    def tag_one(self, words: Sequence[str], near: Sequence[Span] | None = None) -> Tagged:
        """Best tags of one sentence, and marginals: at every token, or with ``near`` given (the
        CNN's spans), only at the tokens of those and the CRF's own spans, all the ensemble reads
        (each marginal is a call into CRFsuite; elsewhere they read 0)."""
        if not words:
            return Tagged((), (), {})
        tagger = self.tagger()
        if self.vectors is None:
            maker = feature_maker(self.clusters, weighed_attributes(self.path))
            features, hits = maker.sentence_and_hits(words)
            tagger.set(features)
        else:
            tagger.set(self.features(words))
            hits = gazetteer_hits(words)
        tags = tuple(tagger.tag())
        labels = tagger.labels()
        if near is None:
            positions: Sequence[int] = range(len(words))
        else:
            spans = [*near, *span_of_tags(tags)]
            positions = sorted({i for start, end, _ in spans for i in range(start, end)})
        marginals = {}
        for label in labels:
            column = [0.0] * len(words)
            for i in positions:
                column[i] = tagger.marginal(label, i)
            marginals[label] = tuple(column)
        return Tagged(tuple(words), tags, marginals, tuple(tag for tag, _ in hits))


_DECODERS: dict[Path, tuple[Clusters, FastCrf | None]] = {}


def fast_decoder(model: Path, clusters: Clusters) -> FastCrf | None:
    """The numpy decoder of ``model`` (one per model file) when its exported weights lie beside it."""
    from warta.article.ner_crf_decode import WEIGHTS_FILE, CrfWeights, FastCrf

    known = _DECODERS.get(model)
    if known is None or known[0] is not clusters:
        weights = model.parent / WEIGHTS_FILE
        known = _DECODERS[model] = (clusters, FastCrf(CrfWeights.load(weights), clusters)
                                    if weights.is_file() else None)
    return known[1]


@lru_cache(maxsize=8)
def weighed_attributes(model: Path) -> frozenset[str]:
    """The attributes a CRF model has a weight for (the rest of the features it would ignore)."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    try:
        return frozenset(attribute for attribute, _ in tagger.info().state_features)
    finally:
        tagger.close()


@dataclass(frozen=True)
class Tagged:
    words: tuple[str, ...]
    tags: tuple[str, ...]
    marginals: dict[str, tuple[float, ...]]  # label -> probability at each token
    gazetteer: tuple[str, ...] = ()  # B-TYPE / I-TYPE / O of the gazetteer's longest names

    @cached_property
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
# A span with a word that has no common reading ("Dispenal", "Facebook") is vetoed only when the CRF is
# all but certain: below that its O is mostly a name it never saw (arbitrate_guarded).
RARE_DROP_ABOVE = 0.98
TITLE_CASE_MIN_WORDS = 5  # shorter lines ("Kata Presiden Joko Widodo") are mostly one name


def crf_path() -> Path:
    """Directory of the shipped CRF: its own folder, which ``warta train ner`` leaves alone."""
    from importlib import resources

    return Path(str(resources.files("warta") / "resources" / "ner_crf"))


@cache
def crf_available() -> bool:
    """Whether the ensemble can run: the CRF's exported weights and clusters are there (numpy decodes
    them; python-crfsuite is needed only to train, or to run a CRF with no exported weights)."""
    from importlib.util import find_spec

    from warta.article.ner_crf_decode import WEIGHTS_FILE

    path = crf_path()
    if not (path / CLUSTERS_FILE).is_file():
        return False
    if (path / WEIGHTS_FILE).is_file():
        return True
    return (path / MODEL_FILE).is_file() and find_spec("pycrfsuite") is not None


@lru_cache(maxsize=1)
def load_crf() -> CrfTagger:
    return CrfTagger.load(crf_path())


def cased(words: Sequence[str]) -> bool:
    """Whether a sentence is written in running-text case: some capitals, most words neither in
    capitals nor, in a longer line, capitalised (a headline in Title Case).

    The CRF leans on case (shape, capital runs, case patterns); on a lower-cased, ALL-CAPS or
    Title Case line those features mislead it ("Angin Puting Beliung Rusak Fasilitas ..."), and
    the CNN, trained with upper-cased copies, is the better judge alone."""
    # str methods, not a loop over characters: this runs on every line of every article.
    alphabetic = [w for w in words if w.lower() != w.upper()]
    upper = sum(w.lower() != w for w in alphabetic)  # has a capital
    lower = sum(w.upper() != w for w in alphabetic)  # has a small letter
    plain = sum(w[:1].islower() for w in alphabetic)
    title_case = len(alphabetic) >= TITLE_CASE_MIN_WORDS and plain * 4 < len(alphabetic)
    return upper > 0 and lower * 4 > len(alphabetic) and not title_case


def is_gazetteer_name(span: Span, gazetteer: Sequence[str]) -> bool:
    """Whether ``span`` is exactly one of the gazetteer's names, of the span's own type."""
    start, end, label = span
    if len(gazetteer) < end or gazetteer[start] != f"B-{label}":
        return False
    inside = f"I-{label}"
    return all(tag == inside for tag in gazetteer[start + 1:end]) and (
        end == len(gazetteer) or gazetteer[end] != inside)


def common_words_only(words: Sequence[str], span: Span) -> bool:
    """Whether every word of ``span`` with letters is a dictionary word ("Wajib Pajak", "Niat")."""
    from warta.article.common_words import is_dictionary_word

    lettered = [w for w in words[span[0]:span[1]] if any(ch.isalpha() for ch in w)]
    return bool(lettered) and all(is_dictionary_word(w) for w in lettered)


def _lower_edge(words: Sequence[str], span: Span) -> bool:
    return words[span[0]][:1].islower() or words[span[1] - 1][:1].islower()


def arbitrate_guarded(cnn: Sequence[Span], tagged: Tagged) -> list[Span]:
    """:func:`arbitrate_overlaps` with the shipped thresholds, and three guards that keep the CNN's
    names the CRF would wrongly take away (entity recall on warta's own gold, docs/benchmarks.md):

    - a span that is exactly a gazetteer name of its own type stays ("Indonesia" in "Pekerja
      Migran Indonesia", which the CRF reads into a longer law title);
    - the CRF's veto (mostly O) removes only a span of dictionary words, a capitalised common word
      ("Niat", "Wajib Pajak"), not a rare name it has not seen ("Dispenal", "Facebook");
    - a CRF span opening or closing on a lower-case word is no sure name ("kantor LBH")."""
    words = tagged.words
    sure = [s for s in tagged.spans if tagged.span_probability(s) > ADD_ABOVE and not _lower_edge(words, s)]
    kept = []
    for span in cnn:
        if is_gazetteer_name(span, tagged.gazetteer):
            kept.append(span)
            continue
        rivals = [s for s in sure if s != span and _overlaps(s, [span])]
        if rivals and tagged.span_probability(span) < DOUBT_BELOW:
            continue
        outside = tagged.outside_probability(span)
        if (span in tagged.spans or outside <= DROP_ABOVE
                or (outside <= RARE_DROP_ABOVE and not common_words_only(words, span))):
            kept.append(span)
    extra = [s for s in sure if not _overlaps(s, kept)]
    return sorted([*kept, *extra])


def ensemble(cnn: Sequence[Sequence[Span]], sentences: Sequence[Sequence[str]],
             crf: CrfTagger | None = None) -> list[list[Span]]:
    """The CNN's spans of each sentence arbitrated by the CRF (:func:`arbitrate_guarded`); a sentence
    not in running-text case (:func:`cased`) keeps the CNN's spans as they are."""
    tagger = crf or load_crf()
    out = [list(spans) for spans in cnn]
    chosen = [i for i, words in enumerate(sentences) if words and cased(words)]
    tagged_lines = tagger.tag_many([sentences[i] for i in chosen], [cnn[i] for i in chosen])
    for i, tagged in zip(chosen, tagged_lines, strict=True):
        out[i] = arbitrate_guarded(cnn[i], tagged)
    return out

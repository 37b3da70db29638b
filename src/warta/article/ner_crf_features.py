"""The NER CRF's features: what each token of a pre-tokenised sentence is described by.

The lowercased word, 2–3-letter prefixes and 2–4-letter suffixes, shape, case pattern,
length, first / last token, the word's place in its run of capitalised words, the
gazetteer's type and kind over its longest names, k-means cluster ids of the CNN's word
vectors (:mod:`warta.article.ner_crf_words`), a ±2-word window of word, case, gazetteer tag,
run place, cluster id and suffix, and the previous word and case pattern as pairs. Spelled
as CRFsuite attribute strings, for training (:mod:`warta.train.ner_crf`) and for CRFsuite
tagging; the numpy scorer (:mod:`warta.article.ner_crf_scores`) sums the same features'
weights without spelling them per token.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from warta.article.ner_crf_words import Clusters
from warta.article.tokens import Token, fold

OUTSIDE = "O"
WINDOW = (-2, -1, 1, 2)


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
def own_features(word: str) -> tuple[str, ...]:
    low = word.lower()
    return (
        f"w={low}", f"p2={low[:2]}", f"p3={low[:3]}", f"s2={low[-2:]}", f"s3={low[-3:]}", f"s4={low[-4:]}",
        f"shape={shape(word)}", f"case={case_pattern(word)}", f"len={min(len(word), 8)}",
    )


def cluster_features(clusters: Clusters, word: str) -> list[str]:
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
        cl = cluster_features(self.clusters, word)
        middle = cl[len(cl) // 2]
        context = {d: (self.keep((f"{d}:w={low}", f"{d}:case={case}")),
                       self.keep((f"{d}:{middle}", f"{d}:s3={low[-3:]}"))) for d in WINDOW}
        return WordFeatures(low, case, self.keep(own_features(word)), self.keep(cl), context)

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

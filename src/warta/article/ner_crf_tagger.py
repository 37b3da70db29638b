"""The NER CRF as a tagger: best tags and marginals of pre-tokenised sentences, and token spans.

A trained model (``model.crfsuite``, :mod:`warta.train.ner_crf`) is run by CRFsuite when only it
is there, or by the numpy decoder (:mod:`warta.article.ner_crf_fast`) when its exported weights
lie beside it: same tags, several times faster, and python-crfsuite is then not needed.
Spans are token spans ``(start, end, label)``, as the NER benchmark's.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from warta.article.ner_crf_features import OUTSIDE, feature_maker, gazetteer_hits, sentence_features
from warta.article.ner_crf_words import Clusters, WordVectors, with_vectors

if TYPE_CHECKING:
    import numpy as np

Span = tuple[int, int, str]
MODEL_FILE = "model.crfsuite"
CLUSTERS_FILE = "clusters.npz"
VECTORS_FILE = "vectors.npz"  # only when the CRF was trained with dense word vectors
_BRACKETS = frozenset({"(", ")"})
_THREAD = threading.local()
# Same trailing words as the CNN's span trim (article/ner.py), so the two are cut alike.
_NEVER_LAST = frozenset({
    ".", ",", ";", ":", "!", "?", "pada", "kemarin", "di", "ke", "dari", "dan", "yang", "ini", "itu",
    "untuk", "dengan", "sejak", "saat", "ketika", "lalu", "pagi", "siang", "sore", "malam", "hari", "tadi",
    "akan", "telah", "sudah", "juga", "bahwa", "adalah", "merupakan", "tersebut", "sebagai", "oleh",
})


def span_of_tags(tags: Sequence[str]) -> list[Span]:
    """The chunks of a tag sequence (``bench/ner.py`` ``chunks``); none at once when all are O."""
    from warta.bench.ner import chunks

    if isinstance(tags, tuple) and tags.count(OUTSIDE) == len(tags):  # most lines of a text
        return []
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
        """:meth:`tag`, in numpy when the model's weights were exported (:mod:`warta.article.ner_crf_fast`:
        same tags, several times faster), else by CRFsuite. With ``near`` (the CNN's spans of each
        sentence), a sentence with none and no name in its best tags gets no marginals: nothing reads them."""
        from warta.article.ner_crf_fast import fast_decoder

        fast = fast_decoder(self.path, self.clusters) if self.vectors is None else None
        if fast is None:
            return self.tag(sentences)
        batch = fast.scorer.batch(sentences)
        chosen = [k for k, words in enumerate(sentences) if words]
        out = [Tagged((), (), {})] * len(sentences)
        for k, tagged in zip(chosen, fast.tag(batch, chosen, near), strict=True):
            out[k] = tagged
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
    marginals: Mapping[str, Sequence[float] | np.ndarray]  # label -> probability at each token
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



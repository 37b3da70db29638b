"""The NER CRF run in numpy: state scores (:mod:`warta.article.ner_crf_scores`), then best tags and
marginals (:mod:`warta.article.ner_crf_decode`), for the lines of one text together."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from warta.article.ner_crf_decode import WEIGHTS_FILE, CrfWeights, marginals, viterbi
from warta.article.ner_crf_features import OUTSIDE
from warta.article.ner_crf_scores import Batch, Hits, Scorer
from warta.article.ner_crf_tagger import Span, Tagged
from warta.article.ner_crf_words import Clusters

if TYPE_CHECKING:
    pass

# Whether the combination will read a line's marginals, given its CNN spans and its best tags.
MarginalsRead = Callable[[Sequence[Span], Tagged], bool]


class FastCrf:
    """Best tags and marginals of sentences under a CRF's exported weights (features as CRFsuite's)."""

    def __init__(self, weights: CrfWeights, clusters: Clusters) -> None:
        self.weights = weights
        self.scorer = Scorer(weights, clusters)

    def tag(self, batch: Batch, chosen: Sequence[int], near: Sequence[Sequence[Span]] | None = None,
            reads: MarginalsRead | None = None) -> list[Tagged]:
        """The ``chosen`` (non-empty) lines of ``batch`` tagged. With ``near`` (the CNN's spans of every
        line of the batch), only the lines whose marginals are read get them: those ``reads`` (given
        the line's CNN spans and its marginal-less reading) says, else those with a CNN span or a
        name in their best tags."""
        if not chosen:
            return []
        scores, hits = self.scorer.scores(batch, chosen)
        best = viterbi(self.weights, scores)
        out = []
        for k, line in enumerate(chosen):
            words = tuple(batch.line(line))
            out.append(Tagged(words, best[k], {}, _gazetteer_tags(len(words), hits[k])))
        if near is None:
            wanted = list(range(len(chosen)))
        elif reads is None:
            wanted = [k for k, line in enumerate(chosen)
                      if near[line] or best[k].count(OUTSIDE) < len(best[k])]
        else:
            wanted = [k for k, line in enumerate(chosen) if reads(near[line], out[k])]
        labels = self.weights.labels
        found = marginals(self.weights, [scores[k] for k in wanted]) if wanted else []
        for k, matrix in zip(wanted, found, strict=True):
            # Columns of the matrix, not lists: most are never read.
            out[k] = replace(out[k], marginals={label: matrix[:, j] for j, label in enumerate(labels)})
        return out


def _gazetteer_tags(length: int, hits: Hits) -> tuple[str, ...]:
    if not hits:
        return (OUTSIDE,) * length
    tags = [OUTSIDE] * length
    for i, (tag, _) in hits.items():
        tags[i] = tag
    return tuple(tags)


_DECODERS: dict[Path, tuple[Clusters, FastCrf | None]] = {}


def fast_decoder(model: Path, clusters: Clusters) -> FastCrf | None:
    """The numpy decoder of ``model`` (one per model file) when its exported weights lie beside it."""
    known = _DECODERS.get(model)
    if known is None or known[0] is not clusters:
        weights = model.parent / WEIGHTS_FILE
        known = _DECODERS[model] = (clusters, FastCrf(CrfWeights.load(weights), clusters)
                                    if weights.is_file() else None)
    return known[1]

"""The NER ensemble (off by default, ``WARTA_NER_CRF=1``): the CNN's spans arbitrated by a CRF beside it.

The CNN (:mod:`warta.article.ner`) learns its own features from 240k labelled tokens; a CRF
over hand-made features (:mod:`warta.article.ner_crf_features`) is the classic low-resource
tagger and errs differently. Trained by :mod:`warta.train.ner_crf` (python-crfsuite, the
``crf`` extra), it is run in numpy from its exported weights (:mod:`warta.article.ner_crf_fast`),
and the two are combined by :func:`warta.article.ner_crf_combine.arbitrate_guarded`. Scores,
speed and the downstream checks: ``docs/benchmarks.md`` (NER section) and
``resources/ner_crf/MODEL_CARD.md``.

The modules: ``ner_crf_words`` (clusters, vectors), ``ner_crf_features`` (features as strings),
``ner_crf_tagger`` (tags, marginals, spans; CRFsuite), ``ner_crf_scores`` / ``ner_crf_decode`` /
``ner_crf_fast`` (the numpy path), ``ner_crf_combine`` (combination rules), and this one.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache
from pathlib import Path

from warta.article.ner_crf_combine import arbitrate_guarded, cased, cased_lines, reads_marginals
from warta.article.ner_crf_tagger import CLUSTERS_FILE, MODEL_FILE, CrfTagger, Span, Tagged


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



def ensemble(cnn: Sequence[Sequence[Span]], sentences: Sequence[Sequence[str]],
             crf: CrfTagger | None = None) -> list[list[Span]]:
    """The CNN's spans of each sentence arbitrated by the CRF (:func:`arbitrate_guarded`); a sentence
    not in running-text case (:func:`cased`) keeps the CNN's spans as they are."""
    tagger = crf or load_crf()
    out = [list(spans) for spans in cnn]
    for i, tagged in running_text_tagged(tagger, cnn, sentences).items():
        # A line given no marginals is one whose answer is the CNN's spans (reads_marginals).
        out[i] = arbitrate_guarded(cnn[i], tagged) if tagged.marginals else sorted(cnn[i])
    return out


def running_text_tagged(tagger: CrfTagger, cnn: Sequence[Sequence[Span]],
                        sentences: Sequence[Sequence[str]]) -> dict[int, Tagged]:
    """The CRF's reading of each sentence in running-text case, by sentence index (numpy when it can:
    the case test then reads per-word-type flags instead of every word)."""
    from warta.article.ner_crf_fast import fast_decoder

    fast = fast_decoder(tagger.path, tagger.clusters) if tagger.vectors is None else None
    if fast is None:
        chosen = [i for i, words in enumerate(sentences) if words and cased(words)]
        tagged = tagger.tag_many([sentences[i] for i in chosen], [cnn[i] for i in chosen])
        return dict(zip(chosen, tagged, strict=True))
    batch = fast.scorer.batch(sentences)
    written = fast.scorer.types.written.array[batch.ids]
    chosen = [i for i, running in enumerate(cased_lines(written, batch.starts)) if running]
    return dict(zip(chosen, fast.tag(batch, chosen, cnn, reads_marginals), strict=True))

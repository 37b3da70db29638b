"""Static word vectors for the NER model, built from licence-compatible raw text.

The labelled sets hold 240k tokens, so most words of a new article were never
seen in training; vectors learned from unlabelled text place them next to words
that were. They are count-based (PPMI over a ±2-word window, reduced by a
truncated SVD; Levy & Goldberg 2015 find this on a par with word2vec on small
corpora), need only numpy, and are learned on lowercased text so that headline
capitals share the vectors of body text: each row is stored under the word's
lowercase, Capitalised and UPPER forms. (spaCy's ``Vectors(attr="LOWER")``
would be neater, but spaCy 3.8 saves ``attr`` only for floret vectors, so a
loaded model would silently look up ``ORTH``.)

Text, read in place from ``../shared/data``:

- the *train* splits of NERGrit, idner-news-2k, NERP, POSP and BaPOS (MIT), words only;
- IndoSum fold-1 dev articles (CC BY-SA 4.0) and IndoNLI train premises and
  hypotheses (CC BY-SA: Wikipedia, news and web text).

Sentences that occur in an NER evaluation set (see :func:`held_out_keys`) are
left out, so the vectors have not read the test text either.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from warta.bench.ner import MIN_KEY_CHARS, read_columns, read_conll

if TYPE_CHECKING:
    import numpy as np
    from spacy.language import Language

WINDOW = 2
CONTEXTS = 10_000  # context words: the most frequent ones
SMOOTHING = 0.75  # context distribution smoothing (raises rare contexts' PMI less)
MIN_COUNT = 3
PRIOR_SCALE = 0.5  # name-list priors are in [0, 1]; a unit vector's 64 parts are ~0.125 each
CONTEXT_SEED = 20240611  # draws the raw-text windows embedded for the e5 part (ner_e5_vectors.py)
_NOT_ALNUM = re.compile(r"[\W_]+")
_WORD = re.compile(r"\w+(?:[-'.]\w+)*|[^\w\s]")

TRAIN_COLUMN_FILES = (
    "indonlu-nergrit/train_preprocess.txt",
    "idner-news-2k/train.txt",
    "indonlu-nerp/train_preprocess.txt",
    "indonlu-posp/train_preprocess.txt",
    "indonlu-bapos/train_preprocess.txt",
)


def _key(words: Sequence[str]) -> str:
    return _NOT_ALNUM.sub("", "".join(words).lower())


def held_out_keys(data_dir: Path) -> set[str]:
    """Sentence keys of every NER evaluation set, IndoLEM folds included."""
    sets = [
        ("idner-news-2k/test.txt", "idner"),
        ("idner-news-2k/dev.txt", "idner"),
        ("indonlu-nergrit/valid_preprocess.txt", "nergrit"),
        ("indonlu-nerp/valid_preprocess.txt", "nerp"),
    ]
    sets += [(f"{name}/{split}.0{fold}.tsv", "indolem") for name in ("indolem-nerui", "indolem-nerugm")
             for split in ("train", "dev", "test") for fold in range(1, 6)]
    keys = {s.key for path, corpus in sets for s in read_conll(data_dir / path, corpus)}
    return {key for key in keys if len(key) >= MIN_KEY_CHARS}


def raw_sentences(data_dir: Path) -> Iterator[list[str]]:
    """Lowercased token lists of every licence-compatible sentence, evaluation text left out."""
    for words in raw_cased_sentences(data_dir):
        yield [w.lower() for w in words]


def raw_cased_sentences(data_dir: Path) -> Iterator[list[str]]:
    """Token lists as written (NERP and POSP are lowercased as released), evaluation text left out."""
    banned = held_out_keys(data_dir)
    for words in _all_sentences(data_dir):
        if _key(words) not in banned:
            yield list(words)


def _all_sentences(data_dir: Path) -> Iterator[list[str]]:
    for path in TRAIN_COLUMN_FILES:
        for rows in read_columns(data_dir / path):
            yield [row[0] for row in rows]
    with (data_dir / "indosum" / "dev.01.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            for paragraph in json.loads(line)["paragraphs"]:
                yield from paragraph
    seen: set[str] = set()
    with (data_dir / "indonli" / "train.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            pair = json.loads(line)
            for text in (pair["premise"], pair["hypothesis"]):
                if text not in seen:  # a premise recurs in several pairs
                    seen.add(text)
                    yield _WORD.findall(text)


def ppmi_svd(sentences: Sequence[Sequence[str]], rows: int, dims: int,
             seed: int) -> tuple[list[str], np.ndarray]:
    """(words, unit-length vectors) for the ``rows`` most frequent words seen ``MIN_COUNT`` times."""
    import numpy as np

    words = vocabulary(sentences, rows)
    row_of = {w: i for i, w in enumerate(words)}
    col_of = {w: i for i, w in enumerate(words[:CONTEXTS])}
    pairs = np.zeros((len(words), len(col_of)), dtype=np.float32)
    for sentence in sentences:
        ids = [row_of.get(w, -1) for w in sentence]
        cols = [col_of.get(w, -1) for w in sentence]
        for i, row in enumerate(ids):
            if row < 0:
                continue
            for j in range(max(0, i - WINDOW), min(len(sentence), i + WINDOW + 1)):
                if j != i and cols[j] >= 0:
                    pairs[row, cols[j]] += 1.0
    return words, _reduce(_ppmi(pairs), dims, seed)


def vocabulary(sentences: Sequence[Sequence[str]], rows: int) -> list[str]:
    """The ``rows`` most frequent words seen at least ``MIN_COUNT`` times, most frequent first."""
    counts = Counter(w for s in sentences for w in s)
    return [w for w, n in counts.most_common(rows) if n >= MIN_COUNT]


def _ppmi(pairs: np.ndarray) -> np.ndarray:
    import numpy as np

    total = pairs.sum()
    row_p = pairs.sum(axis=1, keepdims=True) / total
    context = pairs.sum(axis=0, keepdims=True) ** SMOOTHING
    context_p = context / context.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log((pairs / total) / (row_p * context_p))
    positive: np.ndarray = np.maximum(np.nan_to_num(pmi, nan=0.0, neginf=0.0, posinf=0.0), 0.0)
    return positive.astype(np.float32)


def _reduce(matrix: np.ndarray, dims: int, seed: int) -> np.ndarray:
    """Randomised truncated SVD (Halko et al. 2011), rows scaled by sqrt of the singular values."""
    import numpy as np

    rng = np.random.default_rng(seed)
    probe = matrix @ rng.standard_normal((matrix.shape[1], dims + 16)).astype(np.float32)
    for _ in range(3):  # power iterations sharpen the leading subspace
        probe, _r = np.linalg.qr(matrix @ (matrix.T @ probe))
    basis, _r = np.linalg.qr(probe)
    small_u, singular, _vt = np.linalg.svd(basis.T @ matrix, full_matrices=False)
    vectors = (basis @ small_u[:, :dims]) * np.sqrt(singular[:dims])
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    unit: np.ndarray = vectors / np.maximum(norms, 1e-8)
    return unit.astype(np.float32)


def build_vectors(data_dir: Path, out_dir: Path, rows: int, dims: int, seed: int, e5_dims: int = 0,
                  e5_template: str = "{}", e5_contexts: int = 0, type_priors: bool = False) -> int:
    """Write a blank Indonesian pipeline holding the vectors (``[initialize] vectors``); return rows.

    ``dims`` PPMI-SVD dimensions, then ``e5_dims`` distilled from multilingual-e5
    (:mod:`warta.train.ner_e5_vectors`, each word embedded as ``e5_template``, or
    averaged over ``e5_contexts`` windows of its occurrences when > 0) for the same
    words; either may be 0. Each part is unit-length, the concatenation
    scaled back to unit length. With ``type_priors``, three name-list priors
    (:mod:`warta.train.ner_type_priors`) follow, scaled by ``PRIOR_SCALE``.
    """
    import numpy as np
    import spacy
    from spacy.vectors import Vectors  # type: ignore[import-not-found]  # Cython, no stubs

    cased = list(raw_cased_sentences(data_dir))
    lowered = [[w.lower() for w in s] for s in cased]
    words = vocabulary(lowered, rows)
    parts = []
    if dims:
        parts.append(ppmi_svd(lowered, rows, dims, seed)[1])
    if e5_dims:
        from warta.train.ner_e5_vectors import e5_context_vectors, e5_vectors

        if e5_contexts:  # the windows are drawn with a fixed seed: one cached table for every run
            parts.append(e5_context_vectors(cased, words, e5_dims, e5_contexts, CONTEXT_SEED))
        else:
            parts.append(e5_vectors(cased, words, e5_dims, e5_template))
    vectors = np.concatenate(parts, axis=1) / np.sqrt(len(parts))
    if type_priors:
        from warta.train.ner_type_priors import type_priors as priors_of

        vectors = np.concatenate([vectors, PRIOR_SCALE * priors_of(data_dir, words)], axis=1)
    nlp: Language = spacy.blank("id")
    table = Vectors(strings=nlp.vocab.strings, shape=vectors.shape)
    for i, word in enumerate(words):
        for form in {word, word[:1].upper() + word[1:], word.upper()}:
            table.add(form, row=i)
    table.data[:] = vectors
    nlp.vocab.vectors = table
    nlp.to_disk(out_dir)
    return len(words)

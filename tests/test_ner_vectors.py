"""Static word vectors for the NER model (warta.train.ner_vectors)."""

from __future__ import annotations

import random
from pathlib import Path

import numpy as np

from warta.train.ner_vectors import build_vectors, held_out_keys, ppmi_svd, raw_sentences

from .conftest import SHARED_DATA, needs_shared_data

DAYS = ["senin", "selasa", "rabu", "kamis", "jumat"]
CITIES = ["jakarta", "bandung", "medan", "surabaya", "makassar"]


def _toy_corpus(n: int = 600) -> list[list[str]]:
    """Days follow "pada hari", cities follow "tiba di kota": two clear context classes."""
    rng = random.Random(7)
    out = []
    for _ in range(n):
        if rng.random() < 0.5:
            out.append(["rapat", "digelar", "pada", "hari", rng.choice(DAYS), "pagi", "ini"])
        else:
            out.append(["menteri", "tiba", "di", "kota", rng.choice(CITIES), "kemarin", "sore"])
    return out


def test_words_sharing_contexts_get_close_vectors() -> None:
    words, vectors = ppmi_svd(_toy_corpus(), rows=100, dims=4, seed=1)
    row = {w: i for i, w in enumerate(words)}
    same = vectors[row["senin"]] @ vectors[row["rabu"]]
    other = vectors[row["senin"]] @ vectors[row["medan"]]
    assert same > other + 0.5


def test_vectors_are_unit_length_and_rare_words_are_left_out() -> None:
    corpus = [*_toy_corpus(), ["sekali", "saja"]]
    words, vectors = ppmi_svd(corpus, rows=100, dims=4, seed=1)
    assert "sekali" not in words  # seen once, under MIN_COUNT
    assert vectors.shape == (len(words), 4)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


@needs_shared_data
def test_no_evaluation_sentence_reaches_the_vectors() -> None:
    from warta.bench.ner import MIN_KEY_CHARS
    from warta.train.ner_vectors import _key

    banned = held_out_keys(SHARED_DATA)
    assert len(banned) > 5_000  # the NER test sets and every IndoLEM fold
    keys = {_key(words) for words in raw_sentences(SHARED_DATA)}
    assert not {k for k in keys if len(k) >= MIN_KEY_CHARS} & banned


@needs_shared_data
def test_built_vectors_share_a_row_across_case_forms(tmp_path: Path) -> None:
    import spacy

    rows = build_vectors(SHARED_DATA, tmp_path / "vectors", rows=2_000, dims=8, seed=1)
    nlp = spacy.load(tmp_path / "vectors")
    doc = nlp("JAKARTA Jakarta jakarta")
    assert rows == 2_000
    assert doc[0].has_vector
    assert np.array_equal(doc[0].vector, doc[1].vector) and np.array_equal(doc[1].vector, doc[2].vector)

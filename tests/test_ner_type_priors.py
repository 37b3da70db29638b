"""Name-list type priors for the NER word vectors (warta.train.ner_type_priors)."""

from __future__ import annotations

import numpy as np

from tests.conftest import SHARED_DATA, needs_shared_data
from warta.train.ner_type_priors import TYPES, type_priors, word_counts


def test_a_word_counts_once_per_name_whatever_its_case() -> None:
    counts = word_counts(["Kota Baru Kota Lama", "kota tua", "Persatuan Sepak Bola (PSB)"])
    assert counts["kota"] == 2
    assert counts["baru"] == 1
    assert counts["psb"] == 1
    assert "(" not in counts and "(psb)" not in counts


@needs_shared_data
def test_priors_point_name_words_to_their_type() -> None:
    words = ["kabupaten", "partai", "joko", "menonton"]
    priors = type_priors(SHARED_DATA, words)
    assert priors.shape == (4, len(TYPES))
    assert np.all((priors >= 0.0) & (priors <= 1.0))
    column = {label: i for i, label in enumerate(TYPES)}
    assert int(np.argmax(priors[0])) == column["LOC"]
    assert int(np.argmax(priors[1])) == column["ORG"]
    assert int(np.argmax(priors[2])) == column["PERSON"]
    assert priors[3].max() < priors[0].max()  # a verb is rare in names

"""The NER CRF's numpy path: scores as the features' summed weights, batched decoding as brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from spacy.strings import get_string_id

from warta.article.ner_crf_combine import cased, cased_lines
from warta.article.ner_crf_decode import CrfWeights, marginals, viterbi
from warta.article.ner_crf_features import sentence_features
from warta.article.ner_crf_scores import Scorer
from warta.article.ner_crf_words import Clusters

LABELS = ("O", "B-LOC", "I-LOC")
# Invented lines: a gazetteer place ("Amerika Serikat"), a lone capital, a first and last word,
# a word with "|" in it (bigram attributes are split at every "|"), and a one-word line.
LINES = [
    ["Warga", "Amerika", "Serikat", "pulang", "ke", "Wonokerto", "."],
    ["Harga", "cabai", "a|b", "naik", "di", "Pasar", "Legi"],
    ["Hujan"],
    ["Kemarin", "warga", "Wonokerto", "menanam", "padi", "."],
]


def _random_weights(attributes: list[str], labels: tuple[str, ...], seed: int) -> CrfWeights:
    rng = np.random.default_rng(seed)
    state = rng.normal(0, 1, (len(attributes), len(labels)))
    return CrfWeights(labels, {a: i for i, a in enumerate(attributes)}, state,
                      rng.normal(0, 2, (len(labels), len(labels))))


def test_numpy_scores_are_the_summed_weights_of_each_tokens_features() -> None:
    clusters = Clusters({get_string_id("wonokerto"): (1, 7), get_string_id("warga"): (0, 3)}, (2, 8))
    features = [sentence_features(line, clusters) for line in LINES]
    every = sorted({f for line in features for token in line for f in token})
    # Leave a third of the attributes unweighed, as a trained model leaves most features out.
    weighed = [f for k, f in enumerate(every) if k % 3 or "a|b" in f]
    assert "bi=cabai|a|b" in weighed and "bi=a|b|naik" in weighed
    weights = _random_weights(weighed, LABELS, seed=3)
    scorer = Scorer(weights, clusters)
    batch = scorer.batch(LINES)
    scores, hits = scorer.scores(batch, range(len(LINES)))
    for line, matrix, token_features in zip(LINES, scores, features, strict=True):
        assert matrix.shape == (len(line), len(LABELS))
        for row, feats in zip(matrix, token_features, strict=True):
            expected = sum((weights.state[weights.attributes[f]] for f in feats if f in weights.attributes),
                           np.zeros(len(LABELS)))
            assert row == pytest.approx(expected, abs=1e-9)
    assert hits[0] == {1: ("B-LOC", "country"), 2: ("I-LOC", "country")}  # the gazetteer's country


def _path_score(weights: CrfWeights, scores: np.ndarray, path: tuple[int, ...]) -> float:
    total = sum(scores[t, label] for t, label in enumerate(path))
    return float(total + sum(weights.transitions[a, b] for a, b in itertools.pairwise(path)))


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_batched_decoding_agrees_with_enumerating_every_path(seed: int) -> None:
    rng = np.random.default_rng(seed)
    weights = _random_weights(["bias"], LABELS, seed)
    sentences = [rng.normal(0, 2, (n, len(LABELS))) for n in (5, 1, 3, 6, 2)]
    best = viterbi(weights, sentences)
    probabilities = marginals(weights, sentences)
    for scores, tags, found in zip(sentences, best, probabilities, strict=True):
        paths = list(itertools.product(range(len(LABELS)), repeat=len(scores)))
        totals = np.array([_path_score(weights, scores, p) for p in paths])
        assert tags == tuple(LABELS[i] for i in paths[int(totals.argmax())])
        weight = np.exp(totals - totals.max())
        expected = np.zeros_like(scores)
        for path, w in zip(paths, weight, strict=True):
            expected[np.arange(len(path)), path] += w
        assert found == pytest.approx(expected / weight.sum(), abs=1e-12)


def test_the_case_test_over_a_batch_agrees_with_the_one_line_test() -> None:
    clusters = Clusters({}, (2,))
    lines = [
        ["Bupati", "Sutrisno", "meninjau", "sawah", "di", "Wonokerto", "."],
        ["bupati", "sutrisno", "meninjau", "sawah", "."],
        ["BUPATI", "SUTRISNO", "MENINJAU", "SAWAH", "."],
        ["Bupati", "Sutrisno", "Resmikan", "Pasar", "Baru", "di", "Wonokerto"],
        ["Koperasi", "Tani", "Makmur"],  # a name read alone, as the entity stage rereads a part
        ["Kata", "dia", ":", "Wonokerto", "aman", "."],
        [],
        [".", "2024"],
    ]
    weights = _random_weights(["bias"], LABELS, 0)
    scorer = Scorer(weights, clusters)
    batch = scorer.batch(lines)
    by_batch = cased_lines(scorer.types.written.array[batch.ids], batch.starts)
    assert by_batch == [cased(line) for line in lines]
    assert by_batch == [True, False, False, False, False, True, False, False]

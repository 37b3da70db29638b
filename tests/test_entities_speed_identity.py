"""The shortcuts taken for the entity stage's speed leave its answers as they were."""

from __future__ import annotations

import pytest

from warta.article import common_words
from warta.article.coref import _core_words
from warta.article.legal_forms import without_legal_forms

# Derived words, roots, names that look affixed, and words the stemmer cuts oddly.
_WORDS = [
    "Pernyataan", "Kewenangan", "Pelaksana", "Gabungan", "Tercoreng", "Dibekukan", "Menolak", "Penulisan",
    "Pembangunan", "Keberangkatan", "Pemerintah", "Sebayang", "Diego", "Selena", "Asian", "Mentawai",
    "Kebayoran", "Salakan", "Pemberdayaan", "Ketertiban", "Perdagangan", "Penyebaran", "Dipertanyakan",
    "Menyampaikan", "Pengelolaan", "Persatuan", "Berkeadilan", "Terlambat", "Kesehatan", "Setiawan",
    "Permana", "Handayani", "Kurniawan", "Pratiwi", "Menggunakan", "Penduduknya", "Kemenangannya",
]


def _without_filter(word: str) -> bool:
    """``is_derived_word`` as it reads with the root filter letting every word through."""
    original = common_words._may_split_round_root
    common_words._may_split_round_root = lambda lowered: True
    try:
        return common_words.is_derived_word.__wrapped__(word)
    finally:
        common_words._may_split_round_root = original


@pytest.mark.parametrize("word", _WORDS)
def test_root_filter_never_changes_a_derivation(word: str) -> None:
    if common_words._stemmer_and_roots() is None:
        pytest.skip("Sastrawi is not installed")
    assert common_words.is_derived_word.__wrapped__(word) == _without_filter(word)


def test_root_filter_spares_names_and_keeps_derivations() -> None:
    if common_words._stemmer_and_roots() is None:
        pytest.skip("Sastrawi is not installed")
    assert common_words._may_split_round_root("pernyataan")  # per-nyata-an
    assert common_words._may_split_round_root("penulisan")  # pe-n-ulis-an: the nasal took the t
    assert not common_words._may_split_round_root("kurniawan")
    assert common_words.is_derived_word("Penulisan") and not common_words.is_derived_word("Kurniawan")


@pytest.mark.parametrize("name", ["PT Pertamina (Persero)", "Perum Bulog", "Bulog", "PT Manis Sentosa Abadi Tbk"])
def test_memoised_core_words_match_the_legal_form_cut(name: str) -> None:
    assert list(_core_words(name)) == without_legal_forms(name.split())

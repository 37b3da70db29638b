"""Stance cues: evasion and inability to comment decline; regret over an accident disputes nothing."""

from __future__ import annotations

import pytest

from warta.article.event_lexicon import tokenize
from warta.article.stances import find_cues


def stances_in(sentence: str) -> list[str]:
    return [cue.stance for cue in find_cues(tokenize(sentence))]


@pytest.mark.parametrize("sentence", [
    "Juru bicara polisi mengatakan pihaknya tidak bisa berkomentar lebih jauh.",
    "Menteri itu berkelit ketika ditanya soal harga bahan bakar.",
    "Kepala Basarnas belum dapat berkomentar tentang penyebab kecelakaan.",
])
def test_evasion_and_inability_to_comment_decline(sentence: str) -> None:
    assert stances_in(sentence) == ["declines"]


def test_regret_over_an_accident_is_no_dispute() -> None:
    assert stances_in("Menteri Pendidikan menyayangkan peristiwa kebakaran asrama itu.") == []
    assert stances_in("Gubernur menyayangkan keputusan Pertamina memasang alat itu.") == ["disputes"]

"""Reported speech reads the shared negation words (resources/negation_words.tsv) before a speech verb."""

from __future__ import annotations

import pytest

from tests.quote_reading import quotes_of
from warta.article.event_negation import negation_words
from warta.article.quotes_indirect import NOT_VERB_NEGATORS, REFUSALS, speech_negators

SPEAKER = "Kepala Dinas Pendidikan Rudi Hartono"
CONTENT = "bahwa sekolah di tiga desa akan dibuka kembali pekan depan."


def test_control_sentence_reports_speech() -> None:
    assert [q.text for q in quotes_of(f"{SPEAKER} mengatakan {CONTENT}")] == [
        "sekolah di tiga desa akan dibuka kembali pekan depan"]


@pytest.mark.parametrize("before", ["tidak", "batal", "nggak", "enggan", "membuka rapat tanpa"])
def test_negated_or_refused_speech_reports_nothing(before: str) -> None:
    assert quotes_of(f"{SPEAKER} {before} mengatakan {CONTENT}") == []


def test_speech_negators_are_the_shared_list_with_named_exceptions() -> None:
    negators = speech_negators()
    assert negators == (negation_words() - NOT_VERB_NEGATORS) | REFUSALS
    assert {"tidak", "batal", "tanpa"} <= negators and "no" not in negators
    assert not REFUSALS & negation_words()  # a refusal word in the shared list needs no exception here

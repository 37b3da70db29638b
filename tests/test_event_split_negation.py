"""One list of negation words (resources/negation_words.tsv) for the event coder and the stance
cues: every word that negates an event makes a confirmation not confirming, and the reverse."""

from __future__ import annotations

import pytest

from warta.article.event_lexicon import tokenize
from warta.article.event_modifiers import is_negated
from warta.article.event_negation import negation_words
from warta.article.stances import find_cues


def _event_negated(sentence: str, trigger: str) -> bool:
    tokens = tokenize(sentence)
    return is_negated(tokens, next(i for i, t in enumerate(tokens) if t.low == trigger))


def _stances(sentence: str, lang: str = "id") -> list[str]:
    return [cue.stance for cue in find_cues(tokenize(sentence), lang)]


@pytest.mark.parametrize("word", sorted(negation_words()))
def test_every_negation_word_negates_events_and_confirmations_alike(word: str) -> None:
    assert _event_negated(f"Petugas {word} menahan pengemudi truk itu .", "menahan")
    assert _stances(f"Kepala dinas {word} membenarkan kabar penutupan pasar itu .") == ["does-not-confirm"]


@pytest.mark.parametrize("word", ["nggak", "enggak", "gak"])
def test_colloquial_negation_negates_an_event(word: str) -> None:
    assert _event_negated(f"Warga {word} menyerang pos ronda itu .", "menyerang")


def test_called_off_and_without_make_a_confirmation_not_confirming() -> None:
    assert _stances("Pengelola pasar batal membenarkan kabar itu .") == ["does-not-confirm"]
    assert _stances("The harbour office didn't confirm the closure .", "en") == ["does-not-confirm"]


def test_a_confirmation_with_no_negation_still_confirms() -> None:
    assert _stances("Kepala dinas membenarkan kabar penutupan pasar itu .") == ["confirms"]
    assert not _event_negated("Petugas menahan pengemudi truk itu .", "menahan")
